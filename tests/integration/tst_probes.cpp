// Health probes and dependency conditions (docs/design.md, "Health probes") with real processes, a
// real HTTP server and real TCP ports: readiness holds Starting → Running and the "healthy"
// condition, a failing liveness probe restarts, a one-shot gates its dependents, and bad probes
// (missing, hung, endless output, silent server, reset port) are said and harm nothing else.
#include "core/os/probecheck.h"
#include "core/supervision/supervisor.h"

#include "httpresponder.h"
#include "supervisorfixture.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestProbes : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readinessHoldsStartingUntilItPasses();
    void httpLivenessFailuresRestartTheProgram();
    void healthyConditionWaitsForTheReadinessProbe();
    void completedSuccessfullyGatesADependent();
    void failedOneShotLeavesItsDependentWaitingWithWhy();
    void startedConditionNeedsOnlyALiveInstance();
    void missingProbeCommandIsSaid();
    void hungProbeIsKilledAndTheNextSkipped();
    void endlessProbeOutputIsCutShort();
    void silentHttpServerTimesOut();
    void stopDuringACheckAbandonsIt();
    void refusedTcpPortFailsTheProbe();
    void execChecksDueTogetherAllRun();

private:
    /// A plain program that sleeps: its health is whatever its probes say.
    static ProgramSpec sleeper(const QString &name) { return TestEnvironment::plainSleeper(name); }
    /// A loopback port that was free a moment ago and is closed now (a connection to it is
    /// refused); 0 if none could be had. server can listen on it again later.
    static quint16 closedPort(QTcpServer &server)
    {
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            return 0;
        }
        const quint16 number = server.serverPort();
        server.close();
        return number;
    }
    /// A one-shot "migrate" running script, and "app" waiting for it to complete successfully.
    void addMigrationGatingApp(const QString &script)
    {
        ProgramSpec migrate = sleeper(u"migrate"_s);
        migrate.program = u"/bin/sh"_s;
        migrate.arguments = {u"-c"_s, script};
        migrate.restart = RestartPolicy::Never;
        add(migrate);
        ProgramSpec app = sleeper(u"app"_s);
        app.dependsOn = {u"migrate"_s};
        app.dependencyConditions.insert(u"migrate"_s, DependencyCondition::CompletedSuccessfully);
        add(app);
    }
    static ProbeSpec probe(ProbeType type, int periodMs = 50)
    {
        ProbeSpec probe;
        probe.type = type;
        probe.periodMs = periodMs;
        probe.timeoutMs = 2000;
        return probe;
    }
    /// A program that stays Running beside the bad probes: it must never be touched by them.
    void addBystander();
    void checkBystanderUntouched();

    qint64 m_bystanderPid = 0;
};

void TestProbes::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
}

void TestProbes::cleanup()
{
    tearDown();
}

void TestProbes::addBystander()
{
    add(TestEnvironment::spec(u"bystander"_s, QStringLiteral(ZL_TC_BEATER)));
    m_supervisor->startProgram(u"bystander"_s);
    QTRY_COMPARE(snapshot(u"bystander"_s).state, ProgramState::Running);
    m_bystanderPid = snapshot(u"bystander"_s).pid;
}

void TestProbes::checkBystanderUntouched()
{
    QCOMPARE(snapshot(u"bystander"_s).state, ProgramState::Running);
    QCOMPARE(snapshot(u"bystander"_s).pid, m_bystanderPid);
    QCOMPARE(snapshot(u"bystander"_s).restartCount, 0);
}

void TestProbes::readinessHoldsStartingUntilItPasses()
{
    const QString flag = m_env->filePath(u"ready.flag"_s);
    ProgramSpec spec = sleeper(u"server"_s);
    spec.readinessProbe = probe(ProbeType::Exec);
    spec.readinessProbe->command = {u"test"_s, u"-e"_s, flag};
    addAndStart(spec);

    // Up (alive past its minimum uptime), yet Starting while its probe fails.
    QTRY_VERIFY(snapshot(u"server"_s).readiness.consecutiveFailures >= 3);
    QCOMPARE(snapshot(u"server"_s).state, ProgramState::Starting);
    QVERIFY(snapshot(u"server"_s).reason.contains(u"readiness probe"_s));
    QCOMPARE(snapshot(u"server"_s).readiness.passing, std::optional<bool>(false));
    QVERIFY(hasEvent(u"server"_s, EventKind::Probe, u"readiness probe failed (1 of 3): exit 1"_s));

    QFile file(flag);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QTRY_COMPARE(snapshot(u"server"_s).state, ProgramState::Running);
    QVERIFY(hasEvent(u"server"_s, EventKind::Probe, u"ready: its readiness probe passes"_s));
    QCOMPARE(snapshot(u"server"_s).readiness.lastResult, u"exit 0"_s);
    QCOMPARE(snapshot(u"server"_s).restartCount, 0);
}

void TestProbes::httpLivenessFailuresRestartTheProgram()
{
    HttpResponder server;
    QVERIFY(server.isListening());
    ProgramSpec spec = sleeper(u"web"_s);
    spec.livenessProbe = probe(ProbeType::Http);
    spec.livenessProbe->target = server.url();
    spec.livenessProbe->failureThreshold = 3;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"web"_s).state, ProgramState::Running);
    QTRY_VERIFY(snapshot(u"web"_s).liveness.checks >= 3);
    QCOMPARE(snapshot(u"web"_s).liveness.lastResult, u"HTTP 200"_s);
    const qint64 firstPid = snapshot(u"web"_s).pid;

    server.setStatus(500, "database unreachable\nmore");
    const int before = server.requests();
    QTRY_VERIFY(snapshot(u"web"_s).pid != firstPid && snapshot(u"web"_s).pid > 0);
    // Killed after the third failure in a row, not before, with the server's answer.
    QVERIFY(server.requests() - before >= 3);
    QVERIFY(hasEvent(u"web"_s, EventKind::Probe,
                     u"liveness probe failed (3 of 3): HTTP 500: database unreachable"_s));
    const qsizetype lost = firstEvent(u"web"_s, EventKind::Stop,
                                      u"its liveness probe failed 3 time(s) in a row: HTTP 500"_s);
    QVERIFY(lost >= 0);
    QVERIFY(firstEvent(u"web"_s, EventKind::Probe, u"(3 of 3)"_s) < lost);
    QCOMPARE(snapshot(u"web"_s).restartCount, 1);
}

void TestProbes::healthyConditionWaitsForTheReadinessProbe()
{
    // Nothing answers on the database's port yet.
    QTcpServer port;
    const quint16 number = closedPort(port);
    QVERIFY(number > 0);
    ProgramSpec db = sleeper(u"db"_s);
    db.readinessProbe = probe(ProbeType::Tcp);
    db.readinessProbe->target = u"127.0.0.1:%1"_s.arg(number);
    add(db);
    ProgramSpec app = sleeper(u"app"_s);
    app.dependsOn = {u"db"_s};
    app.dependencyConditions.insert(u"db"_s, DependencyCondition::Healthy);
    add(app);

    m_supervisor->startProgram(u"app"_s);
    QTRY_VERIFY(snapshot(u"db"_s).readiness.consecutiveFailures >= 2);
    QCOMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"app"_s).waitingFor, QStringList{u"db"_s});
    QCOMPARE(snapshot(u"app"_s).waitingReasons,
             QStringList{u"db has not passed its readiness probe"_s});
    QVERIFY(!snapshot(u"app"_s).waitingBlocked);
    QVERIFY(snapshot(u"db"_s).readiness.lastResult.contains(u"refused"_s));

    QVERIFY(port.listen(QHostAddress::LocalHost, number));
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Running);
    const qsizetype dbReady = firstEvent(u"db"_s, EventKind::Probe, u"ready: its readiness"_s);
    const auto appStarting = std::find_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.program == u"app"_s && e.kind == EventKind::State
                && e.state == ProgramState::Starting;
    });
    QVERIFY(dbReady >= 0 && appStarting != m_events.cend());
    QVERIFY(dbReady < appStarting - m_events.cbegin());
    QVERIFY(snapshot(u"app"_s).waitingFor.isEmpty());
}

void TestProbes::completedSuccessfullyGatesADependent()
{
    const QString marker = m_env->filePath(u"migrated"_s);
    addMigrationGatingApp(u"sleep 0.2; touch '%1'"_s.arg(marker));

    m_supervisor->startProgram(u"app"_s);
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Running);
    // The migration had ended, successfully, before the app was started.
    QVERIFY(QFile::exists(marker));
    QCOMPARE(snapshot(u"migrate"_s).state, ProgramState::Stopped);
    QVERIFY(snapshot(u"migrate"_s).lastExit && snapshot(u"migrate"_s).lastExit->isSuccess());

    // Done once is done: starting the app again does not run the migration again.
    QVERIFY(QFile::remove(marker));
    m_supervisor->stopProgram(u"app"_s);
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    const qsizetype migrationStarts
            = std::count_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
                  return e.program == u"migrate"_s && e.kind == EventKind::State
                          && e.state == ProgramState::Starting;
              });
    QCOMPARE(migrationStarts, 1);
    m_supervisor->startProgram(u"app"_s);
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Running);
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(snapshot(u"migrate"_s).state, ProgramState::Stopped);
}

void TestProbes::failedOneShotLeavesItsDependentWaitingWithWhy()
{
    addMigrationGatingApp(u"exit 3"_s);

    m_supervisor->startProgram(u"app"_s);
    QTRY_VERIFY(snapshot(u"migrate"_s).lastExit.has_value());
    QTRY_COMPARE(snapshot(u"app"_s).waitingReasons, QStringList{u"migrate failed, exit 3"_s});
    QVERIFY(snapshot(u"app"_s).waitingBlocked);
    QCOMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"app"_s).pid, 0);
    // Stop cancels the wait, as for any other condition.
    m_supervisor->stopProgram(u"app"_s);
    QTRY_VERIFY(snapshot(u"app"_s).waitingFor.isEmpty());
}

void TestProbes::startedConditionNeedsOnlyALiveInstance()
{
    // A heartbeat program that never beats stays Starting: "started" is enough, "ready" not.
    ProgramSpec silent = TestEnvironment::spec(u"silent"_s, QStringLiteral(ZL_TC_SILENT));
    silent.startTimeoutMs = 60000;
    add(silent);
    ProgramSpec app = sleeper(u"app"_s);
    app.dependsOn = {u"silent"_s};
    app.dependencyConditions.insert(u"silent"_s, DependencyCondition::Started);
    add(app);
    m_supervisor->startProgram(u"app"_s);
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Running);
    QCOMPARE(snapshot(u"silent"_s).state, ProgramState::Starting);
}

void TestProbes::missingProbeCommandIsSaid()
{
    addBystander();
    ProgramSpec spec = sleeper(u"app"_s);
    spec.livenessProbe = probe(ProbeType::Exec);
    spec.livenessProbe->command = {u"zl-no-such-probe-command"_s};
    spec.livenessProbe->failureThreshold = 2;
    addAndStart(spec);
    QTRY_VERIFY(hasEvent(u"app"_s, EventKind::Probe,
                         u"zl-no-such-probe-command was not found in PATH"_s));
    QTRY_VERIFY(snapshot(u"app"_s).restartCount >= 1);
    checkBystanderUntouched();
}

void TestProbes::hungProbeIsKilledAndTheNextSkipped()
{
    addBystander();
    ProgramSpec spec = sleeper(u"app"_s);
    spec.readinessProbe = probe(ProbeType::Exec, 50);
    spec.readinessProbe->command = {u"/bin/sleep"_s, u"600"_s};
    spec.readinessProbe->timeoutMs = 300;
    addAndStart(spec);
    QTRY_VERIFY(snapshot(u"app"_s).readiness.checks >= 2);
    QVERIFY(snapshot(u"app"_s).readiness.lastResult.contains(u"still running after 300 ms"_s));
    QVERIFY(snapshot(u"app"_s).readiness.skipped > 0);
    QVERIFY(hasEvent(u"app"_s, EventKind::Probe, u"this one is skipped"_s));
    // Said once a streak, not once a skip.
    const auto skips = std::count_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.message.contains(u"this one is skipped"_s);
    });
    QVERIFY(quint64(skips) < snapshot(u"app"_s).readiness.skipped);
    QCOMPARE(snapshot(u"app"_s).state, ProgramState::Starting);
    checkBystanderUntouched();
}

void TestProbes::endlessProbeOutputIsCutShort()
{
    addBystander();
    ProgramSpec spec = sleeper(u"app"_s);
    spec.readinessProbe = probe(ProbeType::Exec, 200);
    // 100 MB on stdout, then a failure.
    spec.readinessProbe->command
            = {u"/bin/sh"_s, u"-c"_s, u"head -c 100000000 /dev/zero | tr '\\0' x; exit 4"_s};
    spec.readinessProbe->timeoutMs = 60000;
    addAndStart(spec);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(u"app"_s).readiness.checks >= 1, 60000);
    const QString result = snapshot(u"app"_s).readiness.lastResult;
    QVERIFY2(result.startsWith(u"exit 4: xxxx"_s), qPrintable(result.left(100)));
    QVERIFY(result.size() <= ProbeCheck::keptOutputBytes + 20);
    checkBystanderUntouched();
}

void TestProbes::silentHttpServerTimesOut()
{
    addBystander();
    HttpResponder server;
    server.setStatus(0);
    ProgramSpec spec = sleeper(u"app"_s);
    spec.readinessProbe = probe(ProbeType::Http, 100);
    spec.readinessProbe->target = server.url();
    spec.readinessProbe->timeoutMs = 200;
    addAndStart(spec);
    QTRY_VERIFY(snapshot(u"app"_s).readiness.consecutiveFailures >= 2);
    QCOMPARE(snapshot(u"app"_s).readiness.lastResult, u"no answer within 200 ms"_s);
    QVERIFY(server.requests() >= 2);
    checkBystanderUntouched();
}

void TestProbes::stopDuringACheckAbandonsIt()
{
    // The check in flight is dropped with its instance; its reply, aborted, reaches nobody.
    HttpResponder server;
    server.setStatus(0);
    ProgramSpec spec = sleeper(u"app"_s);
    spec.livenessProbe = probe(ProbeType::Http, 100);
    spec.livenessProbe->target = server.url();
    spec.livenessProbe->timeoutMs = 60000;
    addAndStart(spec);
    QTRY_VERIFY(server.requests() >= 1);
    QCOMPARE(snapshot(u"app"_s).liveness.checks, quint64(0));
    m_supervisor->stopProgram(u"app"_s);
    QTRY_COMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"app"_s).liveness.checks, quint64(0));
    QVERIFY(!hasEvent(u"app"_s, EventKind::Probe, u"liveness probe failed"_s));
}

void TestProbes::refusedTcpPortFailsTheProbe()
{
    addBystander();
    QTcpServer port;
    ProgramSpec spec = sleeper(u"app"_s);
    spec.livenessProbe = probe(ProbeType::Tcp);
    const quint16 number = closedPort(port);
    QVERIFY(number > 0);
    spec.livenessProbe->target = u"127.0.0.1:%1"_s.arg(number);
    spec.livenessProbe->failureThreshold = 2;
    addAndStart(spec);
    QTRY_VERIFY(snapshot(u"app"_s).restartCount >= 1);
    QVERIFY(hasEvent(u"app"_s, EventKind::Stop, u"Connection refused"_s));
    checkBystanderUntouched();
}

void TestProbes::execChecksDueTogetherAllRun()
{
    // Started together, their checks fall due together: spread over turns of the event loop,
    // every one still runs, and none is taken for another.
    constexpr int programs = 24;
    for (int i = 0; i < programs; ++i) {
        ProgramSpec spec = sleeper(u"app%1"_s.arg(i));
        spec.readinessProbe = probe(ProbeType::Exec, 200);
        spec.readinessProbe->command = {u"/bin/sh"_s, u"-c"_s, u"echo $0"_s, spec.name};
        add(spec);
    }
    for (int i = 0; i < programs; ++i) {
        m_supervisor->startProgram(u"app%1"_s.arg(i));
    }
    for (int i = 0; i < programs; ++i) {
        const QString name = u"app%1"_s.arg(i);
        QTRY_COMPARE(snapshot(name).state, ProgramState::Running);
        QCOMPARE(snapshot(name).readiness.lastResult, u"exit 0: "_s + name);
    }
}

QTEST_GUILESS_MAIN(TestProbes)
#include "tst_probes.moc"
