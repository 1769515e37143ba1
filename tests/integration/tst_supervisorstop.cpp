// The supervisor stopping real processes in real time (short test timings): a program that
// stops when asked, one that ignores it, and a stop, start or kill that comes while another
// is under way.
#include "supervisorfixture.h"

#include <csignal>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSupervisorStop : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cooperativeStopIsAcknowledged();
    void ignoredStopIsKilledAtGrace();
    void stopDuringBackoffStops();
    void startDuringStopRestartsAfterTheExit();
    void killDuringStopEndsStopped();
    void staleStopRequestDoesNotReachTheNextInstance();
};

void TestSupervisorStop::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
}

void TestSupervisorStop::cleanup()
{
    tearDown();
}

void TestSupervisorStop::cooperativeStopIsAcknowledged()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.stopGraceMs = 3000;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);

    QElapsedTimer sinceStop;
    qint64 stoppedAfterUs = -1;
    connect(m_supervisor.get(), &Supervisor::stateChanged, this,
            [&](const QString &, ProgramState state) {
                if (state == ProgramState::Stopped) {
                    stoppedAfterUs = sinceStop.nsecsElapsed() / 1000;
                }
            });
    sinceStop.start();
    m_supervisor->stopProgram(u"beater"_s);
    QCOMPARE(snapshot(u"beater"_s).state, ProgramState::Stopping);
    QTRY_VERIFY(stoppedAfterUs >= 0);
    qInfo("cooperative stop took %lld us", stoppedAfterUs);
    // A cooperative stop needs no signal: the program's own exit ended it. Its log says the
    // request reached it; the "stop acknowledged" event may be missing, as the exit can be read
    // before libzmq's I/O thread has handed the reply over.
    QCOMPARE(snapshot(u"beater"_s).lastExit->code, 0);
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Stop, u"SIGTERM"_s));
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Stop, u"SIGKILL"_s));
    const auto logSays = [path = snapshot(u"beater"_s).logFile](const QByteArray &text) {
        QFile log(path);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains(text);
    };
    QTRY_VERIFY(logSays("tc_beater: stopping"));
}

void TestSupervisorStop::ignoredStopIsKilledAtGrace()
{
    const QString pidFile = m_env->filePath(u"grandchild.pid"_s);
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP),
                                             {u"--grandchild-pid-file"_s, pidFile});
    spec.stopGraceMs = 1000;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"stubborn"_s).state, ProgramState::Running);
    QTRY_VERIFY(QFile::exists(pidFile));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t grandchild = file.readAll().trimmed().toInt();
    QVERIFY(grandchild > 0);

    QElapsedTimer sinceStop;
    sinceStop.start();
    m_supervisor->stopProgram(u"stubborn"_s);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(u"stubborn"_s).state, ProgramState::Stopped, 10000);
    const qint64 elapsed = sinceStop.elapsed();
    qInfo("stop of a program that ignores it: killed after %lld ms (grace 1000 ms)", elapsed);
    QVERIFY(elapsed >= spec.stopGraceMs);
    QCOMPARE(*snapshot(u"stubborn"_s).lastExit->signal, SIGKILL);
    QVERIFY(hasEvent(u"stubborn"_s, EventKind::Stop, u"SIGTERM"_s));
    QVERIFY(hasEvent(u"stubborn"_s, EventKind::Stop, u"SIGKILL"_s));
    QTRY_VERIFY(!QFile::exists(u"/proc/%1"_s.arg(grandchild)));
}

void TestSupervisorStop::stopDuringBackoffStops()
{
    ProgramSpec spec = TestEnvironment::spec(u"crashy"_s, QStringLiteral(ZL_TC_CRASHY));
    spec.minUptimeMs = 60000; // every death is quick: backoff grows, never fails in this test
    spec.maxRestarts = 100;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"crashy"_s).state, ProgramState::Backoff);
    m_supervisor->stopProgram(u"crashy"_s);
    QCOMPARE(snapshot(u"crashy"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"crashy"_s).countdownToMs, -1);
    const int restarts = snapshot(u"crashy"_s).restartCount;
    // The backoff deadline is gone: no restart happens later.
    QTest::qWait(500);
    QCOMPARE(snapshot(u"crashy"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"crashy"_s).restartCount, restarts);
}

void TestSupervisorStop::startDuringStopRestartsAfterTheExit()
{
    const QString pidFile = m_env->filePath(u"grandchild.pid"_s);
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP),
                                             {u"--grandchild-pid-file"_s, pidFile});
    spec.stopGraceMs = 600;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"stubborn"_s).state, ProgramState::Running);
    const qint64 first = snapshot(u"stubborn"_s).pid;

    m_supervisor->stopProgram(u"stubborn"_s);
    m_supervisor->startProgram(u"stubborn"_s); // becomes a restart
    QCOMPARE(snapshot(u"stubborn"_s).state, ProgramState::Stopping);
    QCOMPARE(snapshot(u"stubborn"_s).pid, first); // never two instances at once
    QTRY_VERIFY(snapshot(u"stubborn"_s).pid != first && snapshot(u"stubborn"_s).pid > 0);
    QTRY_COMPARE(snapshot(u"stubborn"_s).state, ProgramState::Running);
    QVERIFY(!QFile::exists(u"/proc/%1"_s.arg(first)));
}

void TestSupervisorStop::killDuringStopEndsStopped()
{
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP));
    spec.stopGraceMs = 30000;
    addAndStart(spec);
    QTRY_COMPARE(snapshot(u"stubborn"_s).state, ProgramState::Running);
    m_supervisor->stopProgram(u"stubborn"_s);
    QCOMPARE(snapshot(u"stubborn"_s).state, ProgramState::Stopping);
    m_supervisor->killProgram(u"stubborn"_s);
    QCOMPARE(snapshot(u"stubborn"_s).countdownToMs, -1);
    QTRY_COMPARE(snapshot(u"stubborn"_s).state, ProgramState::Stopped);
    QCOMPARE(*snapshot(u"stubborn"_s).lastExit->signal, SIGKILL);
}

void TestSupervisorStop::staleStopRequestDoesNotReachTheNextInstance()
{
    // The first instance dies on its own before binding its control endpoint, while the stop
    // request of a restart waits in its REQ socket (1 s timeout); the next instance binds the
    // same endpoint 200 ms later and must not receive that old request.
    const QString marker = m_env->filePath(u"started-once"_s);
    ProgramSpec spec = TestEnvironment::spec(
            u"late"_s, u"sh"_s,
            {u"-c"_s,
             u"if [ -e \"$1\" ]; then sleep 0.2; exec \"$0\"; fi; touch \"$1\"; sleep 0.05; exit 1"_s,
             QStringLiteral(ZL_TC_BEATER), marker});
    spec.stopGraceMs = 3000;
    addAndStart(spec);
    const qint64 first = snapshot(u"late"_s).pid;
    m_supervisor->restartProgram(u"late"_s);
    QTRY_VERIFY(snapshot(u"late"_s).pid != first && snapshot(u"late"_s).pid > 0);
    const qint64 second = snapshot(u"late"_s).pid;
    QTRY_COMPARE(snapshot(u"late"_s).state, ProgramState::Running);
    QTRY_VERIFY(snapshot(u"late"_s).heartbeatCount >= 10);
    QCOMPARE(snapshot(u"late"_s).pid, second);
    QVERIFY(!hasEvent(u"late"_s, EventKind::Stop, u"acknowledged"_s));
}

QTEST_GUILESS_MAIN(TestSupervisorStop)
#include "tst_supervisorstop.moc"
