// systemd's notify protocol as unmodified programs speak it, with real processes, real sockets
// and the real clock ("Supervise what programs already speak", point 1): systemd-notify run
// from a shell wrapper, a libsystemd daemon (tests/clients/sdnotify, sd_notify() and
// sd_watchdog_enabled() only), a storm of 100 000 datagrams a second beside other programs,
// oversize datagrams and datagrams of another user. tst_notify covers the protocol itself,
// message by message, on a fake clock.
//
// Only eventual outcomes and the order of things are checked, never how long they took: the
// deadlines below are generous bounds for a loaded machine.
#include "core/supervision/supervisor.h"

#include "notifyfixture.h"
#include "testenvironment.h"

#include <algorithm>
#include <csignal>

#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int eventuallyMs = 30000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

} // namespace

class TestNotifyClients : public NotifyFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void systemdNotifyFromAShellWrapper();
    void libsystemdDaemonReadyBeatsAndHangs();
    void stormBesideOtherPrograms();
    void oversizeDatagramIsDroppedAndTold();
    void datagramOfAnotherUserIsDroppedAndTold();

private:
    /// tc_sdnotify, the libsystemd daemon, with a 500 ms watchdog.
    static ProgramSpec sdnotifySpec(const QString &name, const QStringList &arguments = {})
    {
        ProgramSpec spec = notifySpec(name, QStringLiteral(ZL_TC_SDNOTIFY), arguments);
        spec.lostTimeoutMs = 500;
        return spec;
    }
    const ProgramSnapshot &snapshot(const QString &name) const
    {
        return *m_supervisor->snapshot(name);
    }
    /// Programs that were Lost at some point.
    QStringList m_lost;
};

void TestNotifyClients::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
    m_lost.clear();
    connect(m_supervisor.get(), &Supervisor::stateChanged, this,
            [this](const QString &name, ProgramState now) {
                if (now == ProgramState::Lost) {
                    m_lost.append(name);
                }
            });
}

void TestNotifyClients::cleanup()
{
    tearDown();
}

void TestNotifyClients::systemdNotifyFromAShellWrapper()
{
    // systemd-notify (systemd 252, Debian 12) first sends its message with the credentials of
    // the process that ran it (here the shell, the program's main process), which only
    // CAP_SYS_ADMIN may do (as root); otherwise, or on failure, with its own pid. It then sends
    // BARRIER=1 with its own pid, and waits for the launcher to answer it. Either pid is in the
    // program's process group, which is how the launcher credits it. Checked by hand with a
    // receiver printing SCM_CREDENTIALS: as root, READY=1 came with the shell's pid and
    // BARRIER=1 with systemd-notify's; as uid 65534 both came with systemd-notify's.
    const QString systemdNotify = QStandardPaths::findExecutable(u"systemd-notify"_s);
    QVERIFY2(!systemdNotify.isEmpty(), "no systemd-notify: scripts/setup installs systemd");
    const QString go = m_env->filePath(u"go"_s);
    ProgramSpec spec = notifySpec(u"wrapped"_s, u"/bin/sh"_s,
                                  {u"-c"_s,
                                   u"\"$0\" --status=warming || exit 3\n"
                                   "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                   "\"$0\" --ready --status=serving || exit 4\n"
                                   "exec sleep 600"_s,
                                   systemdNotify, go});
    spec.lostTimeoutMs.reset(); // no watchdog: the shell does not ping
    QVERIFY(m_supervisor->addProgram(spec));
    m_supervisor->startProgram(u"wrapped"_s);

    QTRY_COMPARE_WITH_TIMEOUT(snapshot(u"wrapped"_s).statusText, u"warming"_s, eventuallyMs);
    QCOMPARE(state(u"wrapped"_s), ProgramState::Starting);
    QVERIFY(QFile(go).open(QIODevice::WriteOnly));
    QTRY_COMPARE_WITH_TIMEOUT(state(u"wrapped"_s), ProgramState::Running, eventuallyMs);
    QCOMPARE(snapshot(u"wrapped"_s).statusText, u"serving"_s);
    // Both BARRIER=1 were credited too: nothing was a stranger's.
    QCOMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(0));
}

void TestNotifyClients::libsystemdDaemonReadyBeatsAndHangs()
{
    QVERIFY(m_supervisor->addProgram(
            sdnotifySpec(u"daemon"_s, {u"--ready-after"_s, u"300"_s, u"--status"_s, u"up"_s})));
    QString statusAtRunning;
    quint64 beatsAtRunning = 1;
    const QObject scope; // disconnects the lambda below before its captures go
    connect(m_supervisor.get(), &Supervisor::stateChanged, &scope,
            [&](const QString &, ProgramState now) {
                if (now == ProgramState::Running && statusAtRunning.isEmpty()) {
                    statusAtRunning = snapshot(u"daemon"_s).statusText;
                    beatsAtRunning = snapshot(u"daemon"_s).heartbeatCount;
                }
            });
    m_supervisor->startProgram(u"daemon"_s);
    QCOMPARE(state(u"daemon"_s), ProgramState::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"daemon"_s), ProgramState::Running, eventuallyMs);
    // Running with READY=1's own datagram (which carried STATUS=up), and not before: the daemon
    // sends nothing before it, and pings only after it.
    QCOMPARE(statusAtRunning, u"up"_s);
    QCOMPARE(beatsAtRunning, quint64(0));
    // It pings because sd_watchdog_enabled() found the WATCHDOG_USEC the launcher gave it.
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(u"daemon"_s).heartbeatCount >= 3, eventuallyMs);
    QVERIFY(m_lost.isEmpty());

    const qint64 pid = snapshot(u"daemon"_s).pid;
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
    // On the real clock the event says how long it really was silent ("no WATCHDOG=1 for 506
    // ms"); tst_notify checks on a fake clock that it is lost at 500 ms and not a ms before.
    QTRY_VERIFY_WITH_TIMEOUT(
            hasEvent(u"daemon"_s, EventKind::State, u"(its watchdog timeout: 500 ms)"_s),
            eventuallyMs);
    QCOMPARE(m_lost, QStringList{u"daemon"_s});
    // Restarted (restart "always"): the frozen instance killed, a new one ready.
    QTRY_VERIFY_WITH_TIMEOUT(state(u"daemon"_s) == ProgramState::Running
                                     && snapshot(u"daemon"_s).pid != pid,
                             eventuallyMs);
    QCOMPARE(*snapshot(u"daemon"_s).lastExit->signal, SIGKILL);
}

void TestNotifyClients::stormBesideOtherPrograms()
{
    // Beside the storm: a heartbeat program and a notify program, each with a short timeout.
    ProgramSpec beater = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    beater.lostTimeoutMs = 1000;
    QVERIFY(m_supervisor->addProgram(beater));
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"calm"_s)));
    const QString report = m_env->filePath(u"storm-report"_s);
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(
            u"storm"_s,
            {u"--storm-ms"_s, u"1000"_s, u"--storm-rate"_s, u"100000"_s, u"--report"_s, report})));
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"late"_s)));
    m_supervisor->startProgram(u"beater"_s);
    m_supervisor->startProgram(u"calm"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state(u"beater"_s) == ProgramState::Running
                                     && state(u"calm"_s) == ProgramState::Running,
                             eventuallyMs);

    // A timer on the launcher's event loop samples the programs while the storm runs; on its
    // first tick within the storm, another notify program is started.
    struct Sample
    {
        quint64 storm;
        quint64 beater;
        quint64 calm;
    };
    QList<Sample> duringStorm;
    quint64 stormAtLateRunning = 0;
    bool lateStarted = false;
    const QObject scope; // disconnects the lambdas below before their captures go
    QTimer sampler;
    sampler.setInterval(20);
    connect(&sampler, &QTimer::timeout, this, [&] {
        const quint64 storm = snapshot(u"storm"_s).heartbeatCount;
        if (storm == 0 || !readAll(report).isEmpty()) {
            return; // before the storm, or after it ended
        }
        duringStorm.append(
                {storm, snapshot(u"beater"_s).heartbeatCount, snapshot(u"calm"_s).heartbeatCount});
        if (!lateStarted) {
            lateStarted = true;
            m_supervisor->startProgram(u"late"_s);
        }
    });
    connect(m_supervisor.get(), &Supervisor::stateChanged, &scope,
            [&](const QString &name, ProgramState now) {
                if (name == u"late"_s && now == ProgramState::Running) {
                    stormAtLateRunning = snapshot(u"storm"_s).heartbeatCount;
                }
            });
    sampler.start();
    m_supervisor->startProgram(u"storm"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!readAll(report).isEmpty(), eventuallyMs);
    bool ok = false;
    const quint64 sent = readAll(report).toULongLong(&ok);
    QVERIFY(ok);
    qInfo("the storm sent %llu datagrams; the sampler ticked %lld times during it", sent,
          duringStorm.size());
    QVERIFY(sent > 1000);
    // Every datagram is either credited or dropped and counted. A Unix datagram socket loses
    // none (a full queue blocks the sender), and all came from the program: none is dropped.
    QTRY_VERIFY_WITH_TIMEOUT(
            snapshot(u"storm"_s).heartbeatCount + m_supervisor->droppedNotifyDatagrams() >= sent,
            eventuallyMs);
    QCOMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(0));
    // In order: the status it sent after the storm is the last one.
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(u"storm"_s).statusText, u"stormed %1"_s.arg(sent),
                              eventuallyMs);

    // The launcher stayed responsive: its timers fired during the storm, another program was
    // started, became Running on its READY=1 before the storm was over, and the programs
    // beside it were credited their beats meanwhile. Nobody was lost.
    QVERIFY2(duringStorm.size() >= 2, "no timer event served during the storm");
    QTRY_COMPARE_WITH_TIMEOUT(state(u"late"_s), ProgramState::Running, eventuallyMs);
    QVERIFY2(stormAtLateRunning > 0 && stormAtLateRunning < sent,
             qPrintable(u"late was Running after %1 of %2 storm datagrams"_s.arg(stormAtLateRunning)
                                .arg(sent)));
    QVERIFY(duringStorm.constLast().beater > duringStorm.constFirst().beater
            || duringStorm.constLast().calm > duringStorm.constFirst().calm);
    QCOMPARE(m_lost, QStringList());
    for (const QString &name : {u"beater"_s, u"calm"_s, u"storm"_s}) {
        QCOMPARE(state(name), ProgramState::Running);
    }
}

void TestNotifyClients::oversizeDatagramIsDroppedAndTold()
{
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"witness"_s)));
    m_supervisor->startProgram(u"witness"_s);
    QVERIFY(m_supervisor->addProgram(
            sdnotifySpec(u"big"_s, {u"--oversize"_s, u"5000"_s, u"--status"_s, u"fine"_s})));
    m_supervisor->startProgram(u"big"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QString(), EventKind::Notify, u"1 larger than 4096 bytes"_s),
                             eventuallyMs);
    QCOMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(1));
    // Its next datagram, READY=1 with STATUS=fine, is taken as if nothing happened.
    QTRY_COMPARE_WITH_TIMEOUT(state(u"big"_s), ProgramState::Running, eventuallyMs);
    QCOMPARE(snapshot(u"big"_s).statusText, u"fine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"witness"_s), ProgramState::Running, eventuallyMs);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(u"big"_s).heartbeatCount >= 2, eventuallyMs);
    QCOMPARE(m_lost, QStringList());
}

void TestNotifyClients::datagramOfAnotherUserIsDroppedAndTold()
{
    // A datagram without credentials cannot be sent on Linux: with SO_PASSCRED on the
    // receiving socket the kernel adds them to every datagram (a pid 0 when the sender's pid
    // is not visible in the launcher's pid namespace, dropped as a stranger's). What can come
    // is another user's: a process that connected to the socket, then changed its uid.
    if (::getuid() != 0) {
        QSKIP("changing uid after connecting needs root");
    }
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"witness"_s, {u"--status"_s, u"fine"_s})));
    m_supervisor->startProgram(u"witness"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"witness"_s), ProgramState::Running, eventuallyMs);

    QProcess other;
    other.start(u"/usr/bin/python3"_s,
                {u"-c"_s,
                 u"import os, socket, sys\n"
                 "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)\n"
                 "s.connect(sys.argv[1])\n"
                 "os.setgid(65534)\n"
                 "os.setuid(65534)\n"
                 "s.send(b'READY=1\\nSTATUS=forged')\n"_s,
                 notifySocket()});
    QVERIFY(other.waitForFinished(eventuallyMs));
    QCOMPARE(other.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QString(), EventKind::Notify,
                                      u"1 without the sender's credentials or from another user"_s),
                             eventuallyMs);
    QCOMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(1));
    QCOMPARE(snapshot(u"witness"_s).statusText, u"fine"_s);
    QCOMPARE(state(u"witness"_s), ProgramState::Running);
}

QTEST_GUILESS_MAIN(TestNotifyClients)
#include "tst_notifyclients.moc"
