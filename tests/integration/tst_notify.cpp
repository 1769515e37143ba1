// systemd's notify protocol with real processes, through a Supervisor on a fake clock: the
// Python daemon of clients/python/notify_client.py, written from sd_notify(3) alone, is Running
// only after READY=1, lost at its watchdog timeout to the millisecond when frozen, lost at
// WATCHDOG=trigger, given more time by EXTEND_TIMEOUT_USEC=, stopped with SIGTERM. A datagram
// from a process that is no program's is dropped and counted; malformed assignments are told.
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"

#include "fakeclock.h"
#include "notifyfixture.h"
#include "testenvironment.h"

#include <csignal>

#include <QFile>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotify : public NotifyFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runningOnlyAfterReady();
    void frozenIsLostAtItsWatchdogTimeout();
    void watchdogTriggerIsLostAtOnce();
    void noReadyWithinTheStartTimeoutIsLost();
    void extendTimeoutMovesTheStartDeadline();
    void statusErrnoAndMalformedAssignments();
    void datagramFromAStrangerIsDroppedAndCounted();
    void stopSendsSigterm();
    void otherKindsGetNoNotifySocket();

private:
    /// The Python daemon of clients/python/notify_client.py.
    static ProgramSpec notifySpec(const QString &name, const QStringList &arguments = {})
    {
        return NotifyFixture::notifySpec(name, u"/usr/bin/python3"_s,
                                         QStringList{QStringLiteral(ZL_PYTHON_NOTIFY_CLIENT)}
                                                 + arguments);
    }

    std::unique_ptr<FakeClock> m_clock;
};

void TestNotify::init()
{
    m_clock = std::make_unique<FakeClock>();
    QString error;
    QVERIFY2(setUp(m_clock.get(), &error), qPrintable(error));
}

void TestNotify::cleanup()
{
    tearDown();
    m_clock.reset();
}

void TestNotify::runningOnlyAfterReady()
{
    const QString marker = m_env->filePath(u"ready-sent"_s);
    QVERIFY(m_supervisor->addProgram(
            notifySpec(u"daemon"_s, {u"--ready-after"_s, u"300"_s, u"--marker"_s, marker})));
    bool markerAtRunning = false;
    connect(m_supervisor.get(), &Supervisor::stateChanged, this,
            [&](const QString &, ProgramState now) {
                if (now == ProgramState::Running) {
                    markerAtRunning = QFile::exists(marker);
                }
            });
    m_supervisor->startProgram(u"daemon"_s);
    QCOMPARE(state(u"daemon"_s), ProgramState::Starting);
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Running);
    QVERIFY2(markerAtRunning, "Running before the program sent READY=1");
    QCOMPARE(m_supervisor->snapshot(u"daemon"_s)->statusText, u"ready"_s);
}

void TestNotify::frozenIsLostAtItsWatchdogTimeout()
{
    ProgramSpec spec = notifySpec(u"daemon"_s);
    // The program pings at half its WATCHDOG_USEC, as sd_watchdog_enabled(3) advises.
    spec.lostTimeoutMs = 500;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"daemon"_s);
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Running);
    QTRY_VERIFY(m_supervisor->snapshot(u"daemon"_s)->heartbeatCount >= 2);
    const qint64 pid = m_supervisor->snapshot(u"daemon"_s)->pid;

    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
    // A ping sent just before the freeze may still be queued: each one read moves the
    // deadline, which is then where it must be lost, and not a millisecond before.
    qint64 due = m_supervisor->snapshot(u"daemon"_s)->lastHeartbeatAtMs + 500;
    for (int round = 0; round < 20 && state(u"daemon"_s) == ProgramState::Running; ++round) {
        m_clock->advance(due - 1 - m_clock->nowMs());
        QCOMPARE(state(u"daemon"_s), ProgramState::Running);
        m_clock->advance(1);
        due = m_supervisor->snapshot(u"daemon"_s)->lastHeartbeatAtMs + 500;
    }
    QCOMPARE(state(u"daemon"_s), ProgramState::Lost);
    QVERIFY(hasEvent(u"daemon"_s, EventKind::State, u"no WATCHDOG=1 for 500 ms"_s));
    QTRY_VERIFY(state(u"daemon"_s) == ProgramState::Starting
                || state(u"daemon"_s) == ProgramState::Running);
    QVERIFY(m_supervisor->snapshot(u"daemon"_s)->pid != pid);
    QCOMPARE(*m_supervisor->snapshot(u"daemon"_s)->lastExit->signal, SIGKILL);
}

void TestNotify::watchdogTriggerIsLostAtOnce()
{
    ProgramSpec spec = notifySpec(u"daemon"_s, {u"--trigger-after"_s, u"100"_s});
    spec.restart = RestartPolicy::Never;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"daemon"_s);
    QTRY_VERIFY(hasEvent(u"daemon"_s, EventKind::State, u"WATCHDOG=trigger"_s));
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Failed);
    QCOMPARE(*m_supervisor->snapshot(u"daemon"_s)->lastExit->signal, SIGKILL);
}

void TestNotify::noReadyWithinTheStartTimeoutIsLost()
{
    ProgramSpec spec = notifySpec(u"slow"_s, {u"--ready-after"_s, u"600000"_s});
    spec.startTimeoutMs = 1000;
    spec.restart = RestartPolicy::Never;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"slow"_s);
    m_clock->advance(999);
    QCOMPARE(state(u"slow"_s), ProgramState::Starting);
    m_clock->advance(1);
    QCOMPARE(state(u"slow"_s), ProgramState::Lost);
    QVERIFY(hasEvent(u"slow"_s, EventKind::State, u"no READY=1 within 1000 ms of start"_s));
}

void TestNotify::extendTimeoutMovesTheStartDeadline()
{
    ProgramSpec spec
            = notifySpec(u"slow"_s, {u"--extend"_s, u"5000"_s, u"--ready-after"_s, u"600000"_s});
    spec.startTimeoutMs = 1000;
    spec.restart = RestartPolicy::Never;
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"slow"_s);
    QTRY_VERIFY(hasEvent(u"slow"_s, EventKind::Notify, u"EXTEND_TIMEOUT_USEC"_s));
    m_clock->advance(4999);
    QCOMPARE(state(u"slow"_s), ProgramState::Starting);
    m_clock->advance(1);
    QCOMPARE(state(u"slow"_s), ProgramState::Lost);
}

void TestNotify::statusErrnoAndMalformedAssignments()
{
    QVERIFY(m_supervisor->addProgram(
            notifySpec(u"daemon"_s,
                       {u"--status"_s, u"serving"_s, u"--errno"_s, u"2"_s, u"--send"_s,
                        u"garbage\\nMAINPID=abc\\nSTATUS=still serving"_s})));
    m_supervisor->startProgram(u"daemon"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"daemon"_s)->statusText, u"still serving"_s);
    QCOMPARE(state(u"daemon"_s), ProgramState::Running);
    QVERIFY(hasEvent(u"daemon"_s, EventKind::Notify, u"reports error 2"_s));
    QVERIFY(hasEvent(u"daemon"_s, EventKind::Notify, u"garbage: not an assignment"_s));
    QVERIFY(hasEvent(u"daemon"_s, EventKind::Notify, u"MAINPID=abc: not a process id"_s));
}

void TestNotify::datagramFromAStrangerIsDroppedAndCounted()
{
    QVERIFY(m_supervisor->addProgram(notifySpec(u"daemon"_s)));
    m_supervisor->startProgram(u"daemon"_s);
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Running);
    QVERIFY(sendDatagram(notifySocket(), "READY=1\nSTATUS=forged"));
    QTRY_COMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(1));
    QTRY_VERIFY(hasEvent(QString(), EventKind::Notify, u"not supervised programs"_s));
    QCOMPARE(m_supervisor->snapshot(u"daemon"_s)->statusText, u"ready"_s);
    QCOMPARE(state(u"daemon"_s), ProgramState::Running);
}

void TestNotify::stopSendsSigterm()
{
    QVERIFY(m_supervisor->addProgram(notifySpec(u"daemon"_s)));
    m_supervisor->startProgram(u"daemon"_s);
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Running);
    m_supervisor->stopProgram(u"daemon"_s);
    QVERIFY(hasEvent(u"daemon"_s, EventKind::Stop, u"notify program; sending SIGTERM"_s));
    QTRY_COMPARE(state(u"daemon"_s), ProgramState::Stopped);
    QCOMPARE(m_supervisor->snapshot(u"daemon"_s)->lastExit->code.value_or(-1), 0);
}

void TestNotify::otherKindsGetNoNotifySocket()
{
    // A launcher run by systemd has $NOTIFY_SOCKET itself: no program may inherit it.
    qputenv("NOTIFY_SOCKET", "/run/systemd/notify");
    qputenv("WATCHDOG_USEC", "1000000");
    const auto unset = qScopeGuard([] {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
    });
    const QString out = m_env->filePath(u"environment.txt"_s);
    ProgramSpec plain = TestEnvironment::spec(
            u"plain"_s, u"/bin/sh"_s,
            {u"-c"_s, u"echo \"[$NOTIFY_SOCKET][$WATCHDOG_USEC]\" > \"$0\"; exec sleep 100"_s,
             out});
    plain.kind = ProgramKind::Plain;
    QVERIFY(m_supervisor->addProgram(plain));
    m_supervisor->startProgram(u"plain"_s);
    const auto written = [&out] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    };
    QTRY_VERIFY(!written().isEmpty());
    QCOMPARE(written(), QByteArray("[][]"));
}

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
