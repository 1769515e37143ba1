// systemd's notify protocol as unmodified programs speak it, with real processes, real sockets
// and the real clock ("Supervise what programs already speak", point 1): systemd-notify run
// from a shell wrapper, a libsystemd daemon (tests/clients/sdnotify, sd_notify() and
// sd_watchdog_enabled() only), a storm offering 100 000 datagrams a second, without waiting for
// the launcher to read them, beside other programs and the control endpoint,
// oversize datagrams and datagrams of another user. tst_notify covers the protocol itself,
// message by message, on a fake clock.
//
// Only eventual outcomes and the order of things are checked, never how long they took: the
// deadlines below are generous bounds for a loaded machine.
#include "core/config/configurationkeeper.h"
#include "core/remote/controlserver.h"
#include "core/supervision/supervisor.h"

#include "notifyfixture.h"
#include "testenvironment.h"

#include <algorithm>
#include <csignal>
#include <functional>
#include <string_view>

#include <unistd.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

constexpr int eventuallyMs = 30000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

/// Runs the event loop until condition holds (checked every 10 ms), or for timeoutMs at most:
/// QTRY_* and qWaitFor sleep up to 10 ms between turns, which a storm fills, so the launcher
/// would read its socket a hundred times a second and no more. Returns condition().
bool runUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!condition()) {
        loop.exec();
    }
    return condition();
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
    /// One request to the control endpoint, its reply waited for; empty if none came.
    QJsonObject askControl(const char *request);

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
    // Beside the storm: a heartbeat program and a notify program, each with a short timeout,
    // and the launcher's control endpoint.
    ProgramSpec beater = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    beater.lostTimeoutMs = 1000;
    QVERIFY(m_supervisor->addProgram(beater));
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"calm"_s)));
    // 100 000 datagrams a second offered whatever the launcher reads, for a second at least,
    // then until SIGUSR1.
    constexpr qint64 rate = 100000;
    const QString report = m_env->filePath(u"storm-report"_s);
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"storm"_s,
                                                  {u"--storm-ms"_s, u"1000"_s, u"--storm-rate"_s,
                                                   QString::number(rate), u"--report"_s, report})));
    QVERIFY(m_supervisor->addProgram(sdnotifySpec(u"late"_s)));
    ConfigurationKeeper keeper(m_supervisor.get());
    ControlServer control(m_supervisor.get(), &keeper, ControlServer::Mode::Headless);
    QString error;
    QVERIFY2(control.bind(m_env->runtimeDir().controlEndpoint(), &error), qPrintable(error));
    m_supervisor->startProgram(u"beater"_s);
    m_supervisor->startProgram(u"calm"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state(u"beater"_s) == ProgramState::Running
                                     && state(u"calm"_s) == ProgramState::Running,
                             eventuallyMs);
    const qint64 beaterPid = snapshot(u"beater"_s).pid;
    const qint64 calmPid = snapshot(u"calm"_s).pid;

    m_supervisor->startProgram(u"storm"_s);
    QVERIFY(runUntil([&] { return snapshot(u"storm"_s).heartbeatCount > 1000; }, eventuallyMs));
    const quint64 beaterBefore = snapshot(u"beater"_s).heartbeatCount;
    const quint64 calmBefore = snapshot(u"calm"_s).heartbeatCount;
    // In the storm: another program starts and is Running on its READY=1, the control endpoint
    // answers, and the programs beside it are credited their beats.
    m_supervisor->startProgram(u"late"_s);
    QVERIFY(runUntil([&] { return state(u"late"_s) == ProgramState::Running; }, eventuallyMs));
    const QJsonObject status = askControl(R"({"command": "status", "name": "calm"})");
    QCOMPARE(status.value(u"program"_s).toObject().value(u"state"_s).toString(), u"running"_s);
    QVERIFY(runUntil(
            [&] {
                return snapshot(u"beater"_s).heartbeatCount > beaterBefore
                        && snapshot(u"calm"_s).heartbeatCount > calmBefore;
            },
            eventuallyMs));
    QVERIFY2(readAll(report).isEmpty(), "the storm ended before SIGUSR1");
    QCOMPARE(::kill(pid_t(snapshot(u"storm"_s).pid), SIGUSR1), 0);

    QVERIFY(runUntil([&] { return !readAll(report).isEmpty(); }, eventuallyMs));
    const QList<QByteArray> counts = readAll(report).split(' '); // offered refused sent ms
    QCOMPARE(counts.size(), 4);
    const qint64 offered = counts[0].toLongLong();
    const qint64 refused = counts[1].toLongLong();
    const qint64 sent = counts[2].toLongLong();
    const qint64 elapsedMs = counts[3].toLongLong();
    // Every datagram is either credited or dropped and counted; all came from the program, so
    // none is dropped. In order: the status it sent after the storm is the last one.
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(u"storm"_s).statusText, u"stormed %1"_s.arg(sent),
                              eventuallyMs);
    const quint64 taken = snapshot(u"storm"_s).heartbeatCount;
    qInfo("storm of %lld ms: %lld datagrams offered (%lld/s), %lld refused by the kernel (queue "
          "full), %lld sent; taken in by the launcher: %llu (%lld/s)",
          elapsedMs, offered, offered * 1000 / std::max<qint64>(elapsedMs, 1), refused, sent, taken,
          qint64(taken) * 1000 / std::max<qint64>(elapsedMs, 1));
    QVERIFY(elapsedMs >= 1000);
    QVERIFY(offered >= elapsedMs * rate / 1000);
    QCOMPARE(refused + sent, offered);
    QVERIFY(taken + m_supervisor->droppedNotifyDatagrams() >= quint64(sent));
    QCOMPARE(m_supervisor->droppedNotifyDatagrams(), quint64(0));

    // Nobody was lost or restarted; the storm's program is Running like the others.
    QCOMPARE(m_lost, QStringList());
    for (const QString &name : {u"beater"_s, u"calm"_s, u"storm"_s, u"late"_s}) {
        QCOMPARE(state(name), ProgramState::Running);
        QCOMPARE(snapshot(name).restartCount, 0);
    }
    QCOMPARE(snapshot(u"beater"_s).pid, beaterPid);
    QCOMPARE(snapshot(u"calm"_s).pid, calmPid);
}

QJsonObject TestNotifyClients::askControl(const char *request)
{
    zmq::context_t context;
    zmq::socket_t socket(context, zmq::socket_type::req);
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(m_env->runtimeDir().controlEndpoint().toStdString());
    socket.send(zmq::buffer(std::string_view(request)));
    zmq::message_t reply;
    bool answered = false; // a REQ socket takes one recv of its reply, not two
    const auto hasAnswer = [&] {
        answered = answered || socket.recv(reply, zmq::recv_flags::dontwait).has_value();
        return answered;
    };
    if (!runUntil(hasAnswer, eventuallyMs)) {
        return {};
    }
    return QJsonDocument::fromJson(
                   QByteArray(static_cast<const char *>(reply.data()), qsizetype(reply.size())))
            .object();
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
