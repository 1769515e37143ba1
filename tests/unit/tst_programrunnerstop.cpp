// ProgramRunner's stop escalation on a fake clock and a fake ProcessControl (RunnerHarness): no
// process is started and no socket opened. A stop request answered sends no signal; unanswered,
// SIGTERM follows, then SIGKILL at the grace; an exit during Stopping; kill(); an edit waits
// for the next instance. Launch, liveness and restarts: tst_programrunner.cpp.
#include "core/supervision/programrunner.h"

#include "runnerharness.h"

#include <csignal>

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

class TestProgramRunnerStop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answeredStopSendsNoSignal();
    void unansweredStopEscalates_data();
    void unansweredStopEscalates();
    void plainProgramIsStoppedWithSigterm();
    void replyReceivedBeforeTheExitIsStillTold();
    void exitDuringStopping();
    void killSignalsTheGroup();
    void editWaitsForTheNextInstance();

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

void TestProgramRunnerStop::init()
{
    m_h = std::make_unique<RunnerHarness>();
    QVERIFY2(m_h->isValid(), qPrintable(m_h->errorString()));
}

void TestProgramRunnerStop::cleanup()
{
    m_runner = nullptr;
    m_h.reset();
    // The proof that nothing was started: this process has no child, not even a zombie.
    QVERIFY(RunnerHarness::hasNoChild());
}

void TestProgramRunnerStop::startRunning()
{
    m_runner->start();
    QCOMPARE(state(), ProgramState::Starting);
    beat();
    QCOMPARE(state(), ProgramState::Running);
}

void TestProgramRunnerStop::answeredStopSendsNoSignal()
{
    makeRunner(spec());
    startRunning();
    m_runner->stop();
    QCOMPARE(state(), ProgramState::Stopping);
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 1000);
    QCOMPARE(snapshot().countdownToMs, m_h->clock().nowMs() + 1000);
    QCOMPARE(m_h->processes().requests.size(), 1);
    const FakeProcessControl::Request &request = m_h->processes().requests.at(0);
    QCOMPARE(request.pid, pid());
    QCOMPARE(request.endpoint, m_h->environment().runtimeDir().programControlEndpoint(u"beater"_s));
    QCOMPARE(request.request, QByteArray("stop"));
    QCOMPARE(request.timeoutMs, 333); // a third of the grace: the rest is for SIGTERM

    live()->reply("ok", 2500);
    QVERIFY(hasEvent(EventKind::Stop, u"stop acknowledged in 2.5 ms"_s));
    m_h->clock().advance(400);
    live()->exit(exitedWith(0));
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsSent.isEmpty());
    QCOMPARE(m_h->processes().spawned.size(), 1);
    QVERIFY(m_runner->instanceSpec() == nullptr);
    QVERIFY(snapshot().deaths.constLast().stopRequested);
    // The grace deadline is gone with the instance.
    m_h->clock().advance(5000);
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsSent.isEmpty());
}

void TestProgramRunnerStop::unansweredStopEscalates_data()
{
    QTest::addColumn<bool>("timedOut");
    QTest::addRow("request timed out") << true;
    QTest::addRow("unexpected reply") << false;
}

void TestProgramRunnerStop::unansweredStopEscalates()
{
    QFETCH(bool, timedOut);
    makeRunner(spec(u"stubborn"_s));
    startRunning();
    const qint64 stubborn = pid();
    m_runner->stop();
    QVERIFY(m_h->processes().signalsSent.isEmpty());
    m_h->clock().advance(333);
    if (timedOut) {
        live()->failRequest(u"no reply within 333 ms"_s);
        QVERIFY(hasEvent(EventKind::Stop, u"stop request failed: no reply within 333 ms"_s));
    } else {
        live()->reply("what?");
        QVERIFY(hasEvent(EventKind::Stop, u"unexpected reply \"what?\" to stop"_s));
    }
    QCOMPARE(m_h->processes().signalsTo(stubborn), QList<int>{SIGTERM});

    // SIGTERM is ignored: SIGKILL at the grace, and not 1 ms before.
    m_h->clock().advance(666);
    QCOMPARE(state(), ProgramState::Stopping);
    QCOMPARE(m_h->processes().signalsTo(stubborn), QList<int>{SIGTERM});
    m_h->clock().advance(1);
    QCOMPARE(m_h->processes().signalsTo(stubborn), (QList<int>{SIGTERM, SIGKILL}));
    QVERIFY(hasEvent(EventKind::Stop, u"still running 1000 ms after the stop request"_s));
    QCOMPARE(snapshot().countdownToMs, -1);
    live()->exit(killedBy(SIGKILL));
    QCOMPARE(state(), ProgramState::Stopped);
    QCOMPARE(*snapshot().lastExit->signal, SIGKILL);
    QCOMPARE(m_h->processes().spawned.size(), 1);
}

void TestProgramRunnerStop::plainProgramIsStoppedWithSigterm()
{
    ProgramSpec plain = spec(u"plain"_s);
    plain.kind = ProgramKind::Plain;
    makeRunner(plain);
    m_runner->start();
    m_runner->stop();
    QCOMPARE(state(), ProgramState::Stopping);
    // No protocol to ask it with.
    QVERIFY(m_h->processes().requests.isEmpty());
    QCOMPARE(m_h->processes().signalsTo(pid()), QList<int>{SIGTERM});
    live()->exit(killedBy(SIGTERM));
    QCOMPARE(state(), ProgramState::Stopped);
}

void TestProgramRunnerStop::replyReceivedBeforeTheExitIsStillTold()
{
    makeRunner(spec());
    startRunning();
    m_runner->stop();
    // The reply is in, unread, when the exit is seen: it is told, and escalates nothing.
    live()->queueReply("ok");
    live()->exit(exitedWith(0));
    QVERIFY(hasEvent(EventKind::Stop, u"stop acknowledged"_s));
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsSent.isEmpty());
}

void TestProgramRunnerStop::exitDuringStopping()
{
    makeRunner(spec());
    startRunning();
    m_runner->stop();
    // Started again while it stops: it becomes a restart once the exit is seen.
    m_runner->start();
    QCOMPARE(state(), ProgramState::Stopping);
    QCOMPARE(m_h->processes().spawned.size(), 1);
    const qint64 firstPid = pid();
    live()->exit(exitedWith(0));
    QCOMPARE(state(), ProgramState::Starting);
    QVERIFY(pid() != firstPid);
    QCOMPARE(m_h->processes().spawned.size(), 2);
    // That restart is not counted against the policy.
    QCOMPARE(snapshot().restartCount, 0);

    // A plain exit during a stop is the end: no restart, whatever the policy (always).
    beat();
    m_runner->stop();
    live()->exit(exitedWith(1));
    QCOMPARE(state(), ProgramState::Stopped);
    QCOMPARE(m_h->processes().spawned.size(), 2);
    QCOMPARE(m_runner->deadline(), ProgramRunner::noDeadline);
}

void TestProgramRunnerStop::killSignalsTheGroup()
{
    makeRunner(spec());
    // Without an instance, a kill is a stop.
    m_runner->kill();
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsSent.isEmpty());

    startRunning();
    m_runner->kill();
    QCOMPARE(state(), ProgramState::Stopping);
    QCOMPARE(m_h->processes().signalsTo(pid()), QList<int>{SIGKILL});
    QVERIFY(m_h->processes().requests.isEmpty());
    QCOMPARE(m_runner->deadline(), ProgramRunner::noDeadline);
    QVERIFY(hasEvent(EventKind::Stop, u"SIGKILL"_s));
    live()->exit(killedBy(SIGKILL));
    QCOMPARE(state(), ProgramState::Stopped);
    QCOMPARE(m_h->processes().spawned.size(), 1);
}

void TestProgramRunnerStop::editWaitsForTheNextInstance()
{
    makeRunner(spec());
    startRunning();
    const qint64 firstPid = pid();

    // A longer lost timeout is for the next instance: this one is still lost after 300 ms,
    // even counted from a beat that came after the edit.
    ProgramSpec longer = spec();
    longer.lostTimeoutMs = 5000;
    m_runner->setSpec(longer);
    QCOMPARE(m_runner->spec().lostTimeoutMs, 5000);
    QCOMPARE(m_runner->instanceSpec()->lostTimeoutMs, 300);
    m_h->clock().advance(100);
    beat();
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 300);
    m_h->clock().advance(300);
    QCOMPARE(state(), ProgramState::Lost);

    // Its replacement runs with the edit.
    live()->exit(killedBy(SIGKILL));
    QVERIFY(pid() != firstPid);
    beat();
    QCOMPARE(state(), ProgramState::Running);
    QCOMPARE(m_runner->instanceSpec()->lostTimeoutMs, 5000);
    QCOMPARE(m_runner->deadline(), m_h->clock().nowMs() + 5000);

    // Made plain while it runs, it is still stopped as the heartbeat program it is: by a
    // stop request, not SIGTERM.
    ProgramSpec plain = longer;
    plain.kind = ProgramKind::Plain;
    m_runner->setSpec(plain);
    m_runner->stop();
    QCOMPARE(m_h->processes().requests.size(), 1);
    live()->reply("ok");
    live()->exit(exitedWith(0));
    QCOMPARE(state(), ProgramState::Stopped);
    QVERIFY(m_h->processes().signalsTo(pid()).isEmpty());
    QVERIFY(!hasEvent(EventKind::Stop, u"SIGTERM"_s));
    QCOMPARE(snapshot().lastExit->code, 0);
    QVERIFY(m_runner->instanceSpec() == nullptr);
}

QTEST_GUILESS_MAIN(TestProgramRunnerStop)
#include "tst_programrunnerstop.moc"
