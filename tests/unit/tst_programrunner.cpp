// ProgramRunner's state machine on a fake clock and a fake ProcessControl (RunnerHarness): no
// process is started and no socket opened. Launch, heartbeats, start and lost timeouts,
// restarts with backoff and the launcher-stall renewal happen exactly when the clock and the
// test say; the stop escalation is in tst_programrunnerstop.cpp. The same behaviours with real
// processes: tests/integration/tst_runnerprocesses.cpp.
#include "core/supervision/programrunner.h"

#include "core/zmq/heartbeatbus.h"
#include "runnerharness.h"

#include <csignal>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ExitStatus exitedWith(int code)
{
    return ExitStatus{code, std::nullopt};
}

ExitStatus killedBy(int signal)
{
    return ExitStatus{std::nullopt, signal};
}

} // namespace

class TestProgramRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void launchSpawnsAndWatches();
    void firstHeartbeatMakesItRunning();
    void silentProgramIsLostAtStartTimeout();
    void hungProgramIsLostAtLostTimeout();
    void plainProgramIsRunningAfterMinUptime();
    void quickDeathsBackOffThenFail();
    void deathAfterMinUptimeRestartsAtOnce();
    void restartPolicy_data();
    void restartPolicy();
    void unwatchableInstanceIsKilled();
    void launchEnvironmentFollowsTheSpec();
    void exitIsAnnouncedBeforeWhatFollows_data();
    void exitIsAnnouncedBeforeWhatFollows();
    void launcherStallRenewsLivenessDeadlines();
    void adoptionWatchesWithoutSpawning();

private:
    void makeRunner(const ProgramSpec &spec) { m_runner = &m_h->makeRunner(spec); }
    static ProgramSpec spec(const QString &name = u"beater"_s) { return RunnerHarness::spec(name); }
    ProgramState state() const { return m_runner->state(); }
    const ProgramSnapshot &snapshot() const { return m_runner->snapshot(); }
    qint64 pid() const { return m_runner->snapshot().pid; }
    FakeProcess *live() const { return m_h->live(); }
    void beat() { m_h->beat(); }
    bool hasEvent(EventKind kind, const QString &text) const { return m_h->hasEvent(kind, text); }
    /// Starts the runner and brings it to Running with one beat.
    void startRunning();

    std::unique_ptr<RunnerHarness> m_h;
    ProgramRunner *m_runner = nullptr;
};

void TestProgramRunner::init()
{
    m_h = std::make_unique<RunnerHarness>();
    QVERIFY2(m_h->isValid(), qPrintable(m_h->errorString()));
}

void TestProgramRunner::cleanup()
{
    m_runner = nullptr;
    m_h.reset();
    // The proof that nothing was started: this process has no child, not even a zombie.
    QVERIFY(RunnerHarness::hasNoChild());
}

void TestProgramRunner::startRunning()
{
    m_runner->start();
    QCOMPARE(state(), ProgramState::Starting);
    beat();
    QCOMPARE(state(), ProgramState::Running);
}

void TestProgramRunner::launchSpawnsAndWatches()
{
    makeRunner(spec());
    QStringList spawnedAtAnnouncement;
    QString announcedToken;
    connect(m_runner, &ProgramRunner::aboutToLaunch, this, [&](const QString &token) {
        announcedToken = token;
        spawnedAtAnnouncement.append(QString::number(m_h->processes().spawned.size()));
    });
    m_runner->start();

    QCOMPARE(state(), ProgramState::Starting);
    QCOMPARE(m_h->processes().spawned.size(), 1);
    // The token is told before the instance exists.
    QCOMPARE(spawnedAtAnnouncement, QStringList{u"0"_s});
    const SpawnRequest &request = m_h->processes().spawned.at(0);
    QCOMPARE(request.program, u"/bin/true"_s);
    QCOMPARE(request.arguments, QStringList{u"--beat"_s});
    QCOMPARE(request.appendFile, m_h->environment().logDirectory() + u"/beater.log"_s);
    QVERIFY(request.environment.contains(u"ZLAUNCHER_INSTANCE="_s + announcedToken));
    QCOMPARE(snapshot().instanceToken, announcedToken);
    QCOMPARE(m_h->processes().watched, QList<qint64>{pid()});
    QVERIFY(live() && live()->pid() == pid());
    QCOMPARE(snapshot().startedAtMs, m_h->clock().nowMs());
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 3000);
    QCOMPARE(m_runner->processGroup(), pid());
    QVERIFY(m_runner->instanceSpec() != nullptr);
    QVERIFY(m_h->processes().signalsSent.isEmpty());
}

void TestProgramRunner::firstHeartbeatMakesItRunning()
{
    makeRunner(spec());
    m_runner->start();
    m_h->clock().advance(40);
    m_runner->handleHeartbeat({u"beater"_s, pid(), 7, u"warming up"_s});
    QCOMPARE(state(), ProgramState::Running);
    QCOMPARE(snapshot().lastHeartbeatAtMs, m_h->clock().nowMs());
    QCOMPARE(snapshot().lastSequence, 7u);
    QCOMPARE(snapshot().statusText, u"warming up"_s);
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);

    // A wrapper's child beats with its own pid, from the program's group.
    live()->addToGroup(pid() + 50);
    m_h->clock().advance(100);
    m_runner->handleHeartbeat({u"beater"_s, pid() + 50, 8, {}});
    QCOMPARE(snapshot().heartbeatCount, 2u);
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);

    // A beat from elsewhere is a stray: told once, and it moves nothing.
    const qint64 deadline = m_runner->deadline();
    m_h->clock().advance(10);
    m_runner->handleHeartbeat({u"beater"_s, 99999, 1, {}});
    m_runner->handleHeartbeat({u"beater"_s, 99999, 2, {}});
    QCOMPARE(snapshot().heartbeatCount, 2u);
    QCOMPARE(m_runner->deadline(), deadline);
    const auto strays
            = std::count_if(m_h->events().cbegin(), m_h->events().cend(), [](const Event &e) {
                  return e.kind == EventKind::Protocol && e.message.contains(u"pid 99999"_s);
              });
    QCOMPARE(strays, 1);
}

void TestProgramRunner::silentProgramIsLostAtStartTimeout()
{
    ProgramSpec silent = spec(u"silent"_s);
    silent.startTimeoutMs = 5000;
    makeRunner(silent);
    m_runner->start();
    const qint64 firstPid = pid();

    m_h->clock().advance(4999);
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(m_h->processes().signalsSent.isEmpty());
    m_h->clock().advance(1);
    QCOMPARE(state(), ProgramState::Lost);
    QVERIFY(hasEvent(EventKind::Stop, u"no heartbeat within 5000 ms"_s));
    QCOMPARE(m_h->processes().signalsTo(firstPid), QList<int>{SIGKILL});

    // Killed, then restarted at once (it had been up for 5 s).
    live()->exit(killedBy(SIGKILL));
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(pid() != firstPid);
    QCOMPARE(m_h->processes().spawned.size(), 2);
    QCOMPARE(snapshot().restartCount, 1);
    QVERIFY(snapshot().lastExit && snapshot().lastExit->signal == SIGKILL);
}

void TestProgramRunner::hungProgramIsLostAtLostTimeout()
{
    makeRunner(spec());
    startRunning();
    const qint64 firstPid = pid();
    m_h->clock().advance(250);
    beat();

    m_h->clock().advance(299);
    QCOMPARE(state(), ProgramState::Running);
    m_h->clock().advance(1);
    QCOMPARE(state(), ProgramState::Lost);
    QVERIFY(hasEvent(EventKind::Stop, u"no heartbeat for 300 ms"_s));
    QCOMPARE(m_h->processes().signalsTo(firstPid), QList<int>{SIGKILL});
    // Its beats until the kill is reaped do not bring it back.
    beat();
    QCOMPARE(state(), ProgramState::Lost);

    live()->exit(killedBy(SIGKILL));
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(pid() != firstPid);
    QVERIFY(snapshot().lastExit->signal == SIGKILL);
}

void TestProgramRunner::plainProgramIsRunningAfterMinUptime()
{
    ProgramSpec plain = spec(u"plain"_s);
    plain.kind = ProgramKind::Plain;
    plain.minUptimeMs = 700;
    makeRunner(plain);
    m_runner->start();
    m_h->clock().advance(699);
    QCOMPARE(state(), ProgramState::Starting);
    m_h->clock().advance(1);
    QCOMPARE(state(), ProgramState::Running);
    QCOMPARE(m_runner->deadline(), ProgramRunner::noDeadline);
    // Nothing judges its liveness but its exit.
    m_h->clock().advance(1000000);
    QCOMPARE(state(), ProgramState::Running);
}

void TestProgramRunner::quickDeathsBackOffThenFail()
{
    ProgramSpec crashy = spec(u"crashy"_s);
    crashy.minUptimeMs = 1000;
    crashy.maxRestarts = 3;
    crashy.restartWindowMs = 60000;
    makeRunner(crashy);
    m_runner->start();

    // First death: restarted at once. Second: 100 ms of backoff.
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Starting);
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Backoff);
    QCOMPARE(snapshot().restartCount, 2);
    QCOMPARE(snapshot().countdownToMs, m_h->clock().nowMs() + 100);
    QVERIFY(snapshot().lastExit && snapshot().lastExit->code == 3);
    QCOMPARE(m_h->processes().spawned.size(), 2);

    m_h->clock().advance(99);
    QCOMPARE(state(), ProgramState::Backoff);
    m_h->clock().advance(1);
    QCOMPARE(state(), ProgramState::Starting);
    QCOMPARE(m_h->processes().spawned.size(), 3);
    // Third death: the backoff doubles.
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Backoff);
    QCOMPARE(snapshot().countdownToMs, m_h->clock().nowMs() + 200);
    QCOMPARE(snapshot().restartCount, 3);
    m_h->clock().advance(200);
    // Fourth death: three restarts within the window already, so it gives up.
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Failed);
    QVERIFY2(snapshot().reason.contains(u"gave up"_s), qPrintable(snapshot().reason));
    QVERIFY(hasEvent(EventKind::Error, u"gave up"_s));
    QCOMPARE(m_runner->deadline(), ProgramRunner::noDeadline);

    // A start by the user forgets the history: immediate restart, then 100 ms again.
    m_runner->start();
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Starting);
    live()->exit(exitedWith(3));
    QCOMPARE(state(), ProgramState::Backoff);
    QCOMPARE(snapshot().countdownToMs, m_h->clock().nowMs() + 100);
}

void TestProgramRunner::deathAfterMinUptimeRestartsAtOnce()
{
    ProgramSpec beater = spec();
    beater.minUptimeMs = 1000;
    beater.lostTimeoutMs = 1000000;
    makeRunner(beater);
    startRunning();
    const qint64 firstPid = pid();

    // Quick deaths before would make the next one wait; one past minUptimeMs forgets them.
    m_h->clock().advance(5000);
    live()->exit(exitedWith(1));
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(pid() != firstPid);
    QCOMPARE(snapshot().restartCount, 1);
    QVERIFY(hasEvent(EventKind::Exit, u"code 1"_s));
    QCOMPARE(snapshot().deaths.size(), 1);
    QCOMPARE(snapshot().deaths.at(0).pid, firstPid);
    QCOMPARE(snapshot().deaths.at(0).uptimeMs, 5000);
}

void TestProgramRunner::restartPolicy_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<ProgramState>("expected");
    QTest::addRow("never, failure") << u"never"_s << 3 << ProgramState::Failed;
    QTest::addRow("never, success") << u"never"_s << 0 << ProgramState::Stopped;
    QTest::addRow("on-failure, success") << u"on-failure"_s << 0 << ProgramState::Stopped;
    QTest::addRow("on-failure, failure") << u"on-failure"_s << 3 << ProgramState::Backoff;
    QTest::addRow("always, success") << u"always"_s << 0 << ProgramState::Backoff;
}

void TestProgramRunner::restartPolicy()
{
    QFETCH(QString, policy);
    QFETCH(int, exitCode);
    QFETCH(ProgramState, expected);
    ProgramSpec crashy = spec(u"crashy"_s);
    crashy.restart = *restartPolicyFromString(policy);
    crashy.minUptimeMs = 1000;
    makeRunner(crashy);
    m_runner->start();
    // Restarted programs die at once again, so they end up in Backoff on the fake clock.
    for (int death = 0; death < 2 && live(); ++death) {
        live()->exit(exitedWith(exitCode));
    }
    QCOMPARE(state(), expected);
    QCOMPARE(snapshot().lastExit->code, exitCode);
    QCOMPARE(m_h->processes().spawned.size(), expected == ProgramState::Backoff ? 2 : 1);
}

void TestProgramRunner::unwatchableInstanceIsKilled()
{
    makeRunner(spec());
    m_h->processes().watchError = u"cannot watch process: Too many open files"_s;
    m_runner->start();
    // Unsupervised, it would run on beside the next instance.
    QCOMPARE(m_h->processes().signalsSent.size(), 1);
    QCOMPARE(m_h->processes().signalsSent.at(0).pid, m_h->processes().nextPid - 1);
    QCOMPARE(m_h->processes().signalsSent.at(0).signal, SIGKILL);
    QVERIFY(!m_h->processes().signalsSent.at(0).toGroup);
    QCOMPARE(state(), ProgramState::Failed);
    QVERIFY2(snapshot().reason.contains(u"cannot supervise beater"_s),
             qPrintable(snapshot().reason));
    QVERIFY(m_runner->instanceSpec() == nullptr);
}

void TestProgramRunner::launchEnvironmentFollowsTheSpec()
{
    // The environment is built once per spec: an edit must reach the next launch, and every
    // launch carries its own token, once, whatever the launcher's own environment holds.
    qputenv("ZLAUNCHER_INSTANCE", "the-launchers-own");
    const auto unset = qScopeGuard([] { qunsetenv("ZLAUNCHER_INSTANCE"); });
    ProgramSpec env = spec(u"env"_s);
    env.environment.insert(u"ZL_TEST_VALUE"_s, u"one"_s);
    makeRunner(env);
    const auto variables = [this](qsizetype launch, const QString &name) {
        return m_h->processes().spawned.at(launch).environment.filter(
                QRegularExpression(u"^"_s + QRegularExpression::escape(name) + u'='));
    };
    m_runner->start();
    const QString firstToken = snapshot().instanceToken;
    QCOMPARE(variables(0, u"ZL_TEST_VALUE"_s), QStringList{u"ZL_TEST_VALUE=one"_s});
    QCOMPARE(variables(0, u"ZLAUNCHER_INSTANCE"_s),
             QStringList{u"ZLAUNCHER_INSTANCE="_s + firstToken});
    QCOMPARE(variables(0, u"ZLAUNCHER_NAME"_s), QStringList{u"ZLAUNCHER_NAME=env"_s});

    m_runner->stop();
    live()->exit(exitedWith(0));
    env.environment.insert(u"ZL_TEST_VALUE"_s, u"two"_s);
    m_runner->setSpec(env);
    m_runner->start();
    const QString secondToken = snapshot().instanceToken;
    QVERIFY(secondToken != firstToken);
    QCOMPARE(variables(1, u"ZL_TEST_VALUE"_s), QStringList{u"ZL_TEST_VALUE=two"_s});
    QCOMPARE(variables(1, u"ZLAUNCHER_INSTANCE"_s),
             QStringList{u"ZLAUNCHER_INSTANCE="_s + secondToken});
}

void TestProgramRunner::exitIsAnnouncedBeforeWhatFollows_data()
{
    QTest::addColumn<bool>("programRemoved");
    QTest::addRow("spawn fails") << false;
    QTest::addRow("program removed") << true;
}

void TestProgramRunner::exitIsAnnouncedBeforeWhatFollows()
{
    QFETCH(bool, programRemoved);
    ProgramSpec beater = spec();
    beater.minUptimeMs = 0;
    makeRunner(beater);
    startRunning();

    // The exit is announced after the replacement is spawned, but before its Starting.
    qsizetype from = m_h->events().size();
    qsizetype spawnsAtExitEvent = -1;
    connect(m_runner, &ProgramRunner::eventOccurred, this, [&](const Event &event) {
        if (event.kind == EventKind::Exit) {
            spawnsAtExitEvent = m_h->processes().spawned.size();
        }
    });
    const qint64 firstPid = pid();
    live()->exit(killedBy(SIGKILL));
    QCOMPARE(m_h->events().size() - from, 2);
    QCOMPARE(m_h->events().at(from).kind, EventKind::Exit);
    QCOMPARE(m_h->events().at(from).pid, firstPid);
    QVERIFY(m_h->events().at(from).exitSignal == SIGKILL);
    QCOMPARE(spawnsAtExitEvent, 2);
    QCOMPARE(m_h->events().at(from + 1).kind, EventKind::State);
    QCOMPARE(m_h->events().at(from + 1).state, ProgramState::Starting);
    const qint64 secondPid = pid();
    QVERIFY(secondPid > 0 && secondPid != firstPid);
    QCOMPARE(m_h->events().at(from + 1).pid, secondPid);
    beat();

    // A replacement that cannot be spawned: the exit, then why, then Failed.
    const QString missing = m_h->environment().filePath(u"gone"_s);
    if (programRemoved) {
        beater.program = missing;
        m_runner->setSpec(beater);
    } else {
        m_h->processes().spawnError = u"No such file or directory"_s;
    }
    from = m_h->events().size();
    live()->exit(killedBy(SIGKILL));
    QStringList seen;
    for (qsizetype i = from; i < m_h->events().size(); ++i) {
        seen.append(toText(m_h->events().at(i)));
    }
    QVERIFY2(m_h->events().size() - from == 3, qPrintable(seen.join(u" | ")));
    QCOMPARE(m_h->events().at(from).kind, EventKind::Exit);
    QCOMPARE(m_h->events().at(from).pid, secondPid);
    QCOMPARE(m_h->events().at(from + 1).kind, EventKind::Error);
    const QString why = programRemoved ? missing + u" does not exist"_s
                                       : u"/bin/true: No such file or directory"_s;
    QVERIFY2(m_h->events().at(from + 1).message.contains(why),
             qPrintable(m_h->events().at(from + 1).message));
    QCOMPARE(m_h->events().at(from + 2).kind, EventKind::State);
    QCOMPARE(m_h->events().at(from + 2).state, ProgramState::Failed);
    QCOMPARE(state(), ProgramState::Failed);
}

void TestProgramRunner::launcherStallRenewsLivenessDeadlines()
{
    makeRunner(spec());
    m_runner->start();
    // Not due yet: nothing to renew.
    QVERIFY(!m_runner->renewLivenessDeadline());

    // The launcher's loop was away past the start deadline (the clock moved on, no wake-up
    // ran; the Supervisor tells the stall, then renews): one whole start timeout from now.
    m_h->stopWaking();
    m_h->clock().advance(m_runner->deadline() - m_h->clock().nowMs() + 5000);
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(m_runner->renewLivenessDeadline());
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 3000);
    QCOMPARE(state(), ProgramState::Starting);

    // Running: one whole lost timeout from now, and a beat before it keeps it alive.
    beat();
    m_h->clock().advance(5000);
    QVERIFY(m_runner->renewLivenessDeadline());
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);
    QVERIFY(!m_runner->renewLivenessDeadline());
    QCOMPARE(state(), ProgramState::Running);

    // Frozen meanwhile, it is caught one whole timeout after the resume, not later.
    m_h->clock().advance(299);
    m_runner->handleDeadline();
    QCOMPARE(state(), ProgramState::Running);
    m_h->clock().advance(1);
    m_runner->handleDeadline();
    QCOMPARE(state(), ProgramState::Lost);
    // Lost is not a liveness deadline to renew.
    m_h->clock().advance(1000);
    QVERIFY(!m_runner->renewLivenessDeadline());
}

void TestProgramRunner::adoptionWatchesWithoutSpawning()
{
    makeRunner(spec());
    QString error;
    m_h->processes().watchError = u"no such process"_s;
    QVERIFY(!m_runner->adopt(777, 60000, u"token-1"_s, &error));
    QCOMPARE(error, u"no such process"_s);
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsSent.isEmpty());

    m_h->processes().watchError.reset();
    QVERIFY2(m_runner->adopt(777, 60000, u"token-1"_s, &error), qPrintable(error));
    QVERIFY(m_h->processes().spawned.isEmpty());
    QCOMPARE(m_h->processes().watched, (QList<qint64>{777, 777}));
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(snapshot().adopted);
    QCOMPARE(snapshot().instanceToken, u"token-1"_s);
    QCOMPARE(snapshot().startedAtMs, m_h->clock().nowMs() - 60000);
    // Already running: it owes a beat within its lost timeout, not its start timeout, and so
    // after a stall of the launcher too.
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);
    m_h->stopWaking();
    m_h->clock().advance(1000);
    QVERIFY(m_runner->renewLivenessDeadline());
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);
    beat();
    QCOMPARE(state(), ProgramState::Running);
}

QTEST_GUILESS_MAIN(TestProgramRunner)
#include "tst_programrunner.moc"
