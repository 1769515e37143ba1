// ProgramRunner with real processes, through a Supervisor on a fake clock: what its unit test
// (tests/unit/tst_programrunner.cpp, on a fake ProcessControl) cannot show. A frozen program
// is killed at its lost timeout, a stop reaches the grandchildren and reaps them, the launch
// environment reaches the program, a spawn's error is told, and the launcher's stall is told
// while real beats go on.
#include "core/supervision/supervisor.h"

#include "fakeclock.h"
#include "testenvironment.h"

#include <csignal>
#include <functional>

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestRunnerProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hungProgramIsLostAtLostTimeout();
    void stopEscalatesToKillAtGrace();
    void launchEnvironmentFollowsTheSpec();
    void exitIsAnnouncedBeforeWhatFollows();
    void launcherStallRenewsLivenessDeadlines();
    void editWaitsForTheNextInstance();

private:
    ProgramState state(const QString &name) const { return m_supervisor->snapshot(name)->state; }
    bool hasEvent(const QString &program, EventKind kind, const QString &text) const;
    /// Moves the clock to dueMs, where name (Running, frozen) must become Lost, and not 1 ms
    /// before; justBefore runs at dueMs - 1. Beats sent just before the freeze may still be
    /// queued: the supervisor reads them before it judges a deadline, and each moves the
    /// deadline one timeoutMs on, which is then where it must be lost.
    void expectLostAt(const QString &name, qint64 dueMs, qint64 timeoutMs,
                      const std::function<void()> &justBefore = {});

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Supervisor> m_supervisor;
    QList<Event> m_events;
};

void TestRunnerProcesses::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_clock = std::make_unique<FakeClock>();
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(),
                                                m_clock.get());
    m_events.clear();
    connect(m_supervisor.get(), &Supervisor::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
}

void TestRunnerProcesses::cleanup()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_supervisor.reset();
    m_clock.reset();
    m_env.reset();
}

bool TestRunnerProcesses::hasEvent(const QString &program, EventKind kind,
                                   const QString &text) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == kind && e.message.contains(text);
    });
}

void TestRunnerProcesses::expectLostAt(const QString &name, qint64 dueMs, qint64 timeoutMs,
                                       const std::function<void()> &justBefore)
{
    for (int deadline = 0; deadline < 20; ++deadline) {
        m_clock->advance(dueMs - 1 - m_clock->nowMs());
        QCOMPARE(state(name), ProgramState::Running);
        if (justBefore) {
            justBefore();
        }
        m_clock->advance(1);
        if (state(name) == ProgramState::Lost) {
            return;
        }
        const qint64 lastBeat = m_supervisor->snapshot(name)->lastHeartbeatAtMs;
        QVERIFY2(lastBeat >= dueMs - 1, "not lost at its deadline, and no beat moved it");
        dueMs = lastBeat + timeoutMs;
    }
    QFAIL("a frozen program was still not lost after 20 timeouts");
}

void TestRunnerProcesses::hungProgramIsLostAtLostTimeout()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.lostTimeoutMs = 300;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Running);
    const qint64 pid = m_supervisor->snapshot(u"beater"_s)->pid;

    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
    expectLostAt(u"beater"_s, m_clock->nowMs() + 300, 300);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(state(u"beater"_s) == ProgramState::Starting
                || state(u"beater"_s) == ProgramState::Running);
    QVERIFY(m_supervisor->snapshot(u"beater"_s)->pid != pid);
    QVERIFY(m_supervisor->snapshot(u"beater"_s)->lastExit->signal == SIGKILL);
}

void TestRunnerProcesses::stopEscalatesToKillAtGrace()
{
    const QString pidFile = m_env->filePath(u"grandchild.pid"_s);
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP),
                                             {u"--grandchild-pid-file"_s, pidFile});
    spec.stopGraceMs = 1000;
    spec.lostTimeoutMs = 1000000;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"stubborn"_s);
    QTRY_COMPARE(state(u"stubborn"_s), ProgramState::Running);
    QTRY_VERIFY(QFile::exists(pidFile));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t grandchild = file.readAll().trimmed().toInt();
    QVERIFY(grandchild > 0);
    QCOMPARE(::kill(grandchild, 0), 0);

    m_supervisor->stopProgram(u"stubborn"_s);
    QCOMPARE(state(u"stubborn"_s), ProgramState::Stopping);
    // The stop request goes unanswered (real time), so SIGTERM follows; it is ignored.
    QTRY_VERIFY(hasEvent(u"stubborn"_s, EventKind::Stop, u"SIGTERM"_s));
    m_clock->advance(999);
    QCOMPARE(state(u"stubborn"_s), ProgramState::Stopping);
    m_clock->advance(1);
    QTRY_COMPARE(state(u"stubborn"_s), ProgramState::Stopped);
    QCOMPARE(*m_supervisor->snapshot(u"stubborn"_s)->lastExit->signal, SIGKILL);
    // The grandchild went with the group, and was reaped (no zombie left).
    QTRY_VERIFY(!QFile::exists(u"/proc/%1"_s.arg(grandchild)));
}

void TestRunnerProcesses::launchEnvironmentFollowsTheSpec()
{
    // The environment is built once per spec: an edit must reach the next launch, and every
    // launch carries its own token, once, whatever the launcher's own environment holds.
    qputenv("ZLAUNCHER_INSTANCE", "the-launchers-own");
    const auto unset = qScopeGuard([] { qunsetenv("ZLAUNCHER_INSTANCE"); });
    const QString out = m_env->filePath(u"environment.txt"_s);
    ProgramSpec spec = TestEnvironment::spec(
            u"env"_s, u"/bin/sh"_s,
            {u"-c"_s,
             u"echo \"$ZL_TEST_VALUE $(env | grep -c ^ZLAUNCHER_INSTANCE=) $ZLAUNCHER_INSTANCE\" "
             u">> \"$0\"; exec sleep 100"_s,
             out});
    spec.kind = ProgramKind::Plain;
    spec.environment.insert(u"ZL_TEST_VALUE"_s, u"one"_s);
    QVERIFY(m_supervisor->addProgram(spec));
    const auto lines = [&out] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)
                : QStringList();
    };
    m_supervisor->startProgram(u"env"_s);
    QTRY_COMPARE(lines().size(), 1);
    const QString firstToken = m_supervisor->snapshot(u"env"_s)->instanceToken;
    QCOMPARE(lines().at(0), u"one 1 "_s + firstToken);

    m_supervisor->stopProgram(u"env"_s);
    QTRY_COMPARE(state(u"env"_s), ProgramState::Stopped);
    spec.environment.insert(u"ZL_TEST_VALUE"_s, u"two"_s);
    QString error;
    QVERIFY2(m_supervisor->updateProgram(u"env"_s, spec, &error), qPrintable(error));
    m_supervisor->startProgram(u"env"_s);
    QTRY_COMPARE(lines().size(), 2);
    const QString secondToken = m_supervisor->snapshot(u"env"_s)->instanceToken;
    QVERIFY(secondToken != firstToken);
    QCOMPARE(lines().at(1), u"two 1 "_s + secondToken);
}

void TestRunnerProcesses::exitIsAnnouncedBeforeWhatFollows()
{
    // A copy of the program, so that it can be taken away while an instance runs.
    const QString program = m_env->filePath(u"beater"_s);
    QVERIFY(QFile::copy(QStringLiteral(ZL_TC_BEATER), program));
    QVERIFY(QFile::setPermissions(program, QFile::permissions(program) | QFile::ExeOwner));
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, program);
    spec.minUptimeMs = 0;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Running);

    // The exit is announced after the replacement is spawned, but before its Starting.
    const auto eventsFromNowOn = [this, from = m_events.size()] {
        QList<Event> events;
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const Event &event = m_events.at(i);
            // Not the connection events, which come from the socket's side.
            if (event.program == u"beater"
                && (event.kind == EventKind::Exit || event.kind == EventKind::State
                    || event.kind == EventKind::Error)) {
                events.append(event);
            }
        }
        return events;
    };
    const qint64 firstPid = m_supervisor->snapshot(u"beater"_s)->pid;
    QCOMPARE(::kill(static_cast<pid_t>(firstPid), SIGKILL), 0);
    QTRY_VERIFY(eventsFromNowOn().size() >= 2);
    QList<Event> events = eventsFromNowOn();
    QCOMPARE(events.at(0).kind, EventKind::Exit);
    QCOMPARE(events.at(0).pid, firstPid);
    QVERIFY(events.at(0).exitSignal == SIGKILL);
    QCOMPARE(events.at(1).kind, EventKind::State);
    QCOMPARE(events.at(1).state, ProgramState::Starting);
    const qint64 secondPid = m_supervisor->snapshot(u"beater"_s)->pid;
    QVERIFY(secondPid > 0 && secondPid != firstPid);
    QCOMPARE(events.at(1).pid, secondPid);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Running);

    // A replacement that cannot be spawned: the exit, then why, then Failed.
    QVERIFY(QFile::remove(program));
    const qsizetype before = eventsFromNowOn().size();
    QCOMPARE(::kill(static_cast<pid_t>(secondPid), SIGKILL), 0);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Failed);
    events = eventsFromNowOn().mid(before);
    QStringList seen;
    for (const Event &event : std::as_const(events)) {
        seen.append(toText(event));
    }
    QVERIFY2(events.size() == 3, qPrintable(seen.join(u" | ")));
    QCOMPARE(events.at(0).kind, EventKind::Exit);
    QCOMPARE(events.at(0).pid, secondPid);
    QCOMPARE(events.at(1).kind, EventKind::Error);
    QVERIFY2(events.at(1).message.contains(program + u" does not exist"),
             qPrintable(events.at(1).message));
    QCOMPARE(events.at(2).kind, EventKind::State);
    QCOMPARE(events.at(2).state, ProgramState::Failed);
}

void TestRunnerProcesses::launcherStallRenewsLivenessDeadlines()
{
    // The launcher's loop is away for 5 s (SIGSTOP, a debugger, an overloaded machine): one
    // program beats on all along, the other is frozen meanwhile.
    for (const QString &name : {u"healthy"_s, u"frozen"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_BEATER));
        spec.lostTimeoutMs = 300;
        QVERIFY(m_supervisor->addProgram(spec));
        m_supervisor->startProgram(name);
    }
    QTRY_COMPARE(state(u"healthy"_s), ProgramState::Running);
    QTRY_COMPARE(state(u"frozen"_s), ProgramState::Running);
    const qint64 frozenPid = m_supervisor->snapshot(u"frozen"_s)->pid;
    QCOMPARE(::kill(static_cast<pid_t>(frozenPid), SIGSTOP), 0);

    // The loop is truly away for a few beat intervals, so the healthy one's beats of that time
    // wait in the socket, as they would after a real stall.
    QThread::msleep(4 * 50);

    // Both deadlines passed while the launcher was away: that says nothing of the programs,
    // so neither is lost, and the stall is told with its length and both programs it renewed,
    // the one whose beats were still queued included.
    m_clock->stall(5000);
    QCOMPARE(state(u"healthy"_s), ProgramState::Running);
    QCOMPARE(state(u"frozen"_s), ProgramState::Running);
    QVERIFY(hasEvent({}, EventKind::Error, u"the launcher did not run for 4700 ms"_s));
    QVERIFY(hasEvent({}, EventKind::Error, u"; 2 program(s) whose heartbeat was due"_s));

    // The frozen one is caught one whole timeout after the resume, not later; the healthy one
    // beats on (in real time, each beat moves its deadline 300 ms past the fake clock's now).
    expectLostAt(u"frozen"_s, m_clock->nowMs() + 300, 300, [this] {
        const quint64 beats = m_supervisor->snapshot(u"healthy"_s)->heartbeatCount;
        QTRY_VERIFY(m_supervisor->snapshot(u"healthy"_s)->heartbeatCount > beats);
    });
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(state(u"healthy"_s), ProgramState::Running);
    QTRY_VERIFY(m_supervisor->snapshot(u"frozen"_s)->pid != frozenPid);
}

void TestRunnerProcesses::editWaitsForTheNextInstance()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.lostTimeoutMs = 300;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Running);
    const qint64 firstPid = m_supervisor->snapshot(u"beater"_s)->pid;

    // A longer lost timeout is for the next instance: this one is still lost after 300 ms,
    // even counted from a beat that came after the edit.
    ProgramSpec longer = spec;
    longer.lostTimeoutMs = 5000;
    QString error;
    QVERIFY2(m_supervisor->updateProgram(u"beater"_s, longer, &error), qPrintable(error));
    QCOMPARE(m_supervisor->spec(u"beater"_s)->lostTimeoutMs, 5000);
    QCOMPARE(m_supervisor->instanceSpec(u"beater"_s)->lostTimeoutMs, 300);
    const quint64 beats = m_supervisor->snapshot(u"beater"_s)->heartbeatCount;
    QTRY_VERIFY(m_supervisor->snapshot(u"beater"_s)->heartbeatCount > beats);
    QCOMPARE(::kill(static_cast<pid_t>(firstPid), SIGSTOP), 0);
    expectLostAt(u"beater"_s, m_supervisor->snapshot(u"beater"_s)->lastHeartbeatAtMs + 300, 300);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Its replacement runs with the edit.
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Running);
    QVERIFY(m_supervisor->snapshot(u"beater"_s)->pid != firstPid);
    QCOMPARE(m_supervisor->instanceSpec(u"beater"_s)->lostTimeoutMs, 5000);

    // Made plain while it runs, it is still stopped as the heartbeat program it is: by a
    // stop request, not SIGTERM.
    ProgramSpec plain = longer;
    plain.kind = ProgramKind::Plain;
    QVERIFY2(m_supervisor->updateProgram(u"beater"_s, plain, &error), qPrintable(error));
    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(state(u"beater"_s), ProgramState::Stopped);
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Stop, u"SIGTERM"_s));
    QCOMPARE(m_supervisor->snapshot(u"beater"_s)->lastExit->code, 0);
    QVERIFY(m_supervisor->instanceSpec(u"beater"_s) == nullptr);
}

QTEST_GUILESS_MAIN(TestRunnerProcesses)
#include "tst_runnerprocesses.moc"
