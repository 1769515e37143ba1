// zlauncherctl without a launcher to talk to: its help, its usage errors (exit 2), and how it
// tells that no launcher runs (exit 3) or that what answers is not one (exit 1), at once rather
// than after its --timeout; and events read back as the launcher prints them.
#include "ctlfixture.h"

#include "core/model/event.h"

#include <algorithm>
#include <csignal>
#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

class TestCtlUsage : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void helpReadsLikeAManPage();
    void helpOfOneCommand();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void durationsAreAccepted_data();
    void durationsAreAccepted();
    void noLauncherExitsThree();
    void liveSocketWithoutLauncherExitsThreeAtOnce();
    void unreadableReplyExitsOneNamingTheRuntimeDir_data();
    void unreadableReplyExitsOneNamingTheRuntimeDir();
    void eventsReadBackPrintAsTheLauncherDoes();
    void killedLauncherLeavesAStaleSocket();
};

void TestCtlUsage::helpReadsLikeAManPage()
{
    const CtlRun run = ctl({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &section : {u"NAME"_s, u"SYNOPSIS"_s, u"COMMANDS"_s, u"OPTIONS"_s,
                                   u"EXIT STATUS"_s, u"ENVIRONMENT"_s, u"FILES"_s, u"EXAMPLES"_s}) {
        QVERIFY2(run.out.contains(u'\n' + section + u'\n') || run.out.startsWith(section + u'\n'),
                 qPrintable(section));
    }
    for (const QString &command :
         {u"info"_s, u"list"_s, u"status NAME"_s, u"stop NAME|--all"_s, u"kill NAME|--all"_s,
          u"ping NAME"_s, u"remove NAME"_s, u"reload [FILE]"_s, u"save [FILE]"_s, u"show"_s,
          u"quit"_s, u"events [NAME...]"_s, u"wait NAME --state STATE"_s}) {
        QVERIFY2(run.out.contains(u"\n    " + command), qPrintable(command));
    }
    QVERIFY(run.out.contains(u"ZLAUNCHER_RUNTIME_DIR"_s));
}

void TestCtlUsage::helpOfOneCommand()
{
    const CtlRun wait = ctl({u"help"_s, u"wait"_s});
    QCOMPARE(wait.exitCode, 0);
    QVERIFY2(wait.out.contains(u"--state"_s) && wait.out.contains(u"backoff"_s),
             qPrintable(wait.out));
    const CtlRun add = ctl({u"add"_s, u"--help"_s});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.contains(u"--spec"_s), qPrintable(add.out));
    QCOMPARE(ctl({u"help"_s, u"frobnicate"_s}).exitCode, 2);
}

void TestCtlUsage::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no command") << QStringList{} << u"missing COMMAND"_s;
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("unknown option") << QStringList{u"list"_s, u"--frob"_s} << u"frob"_s;
    QTest::addRow("stop without name") << QStringList{u"stop"_s} << u"NAME"_s;
    QTest::addRow("stop name and all") << QStringList{u"stop"_s, u"a"_s, u"--all"_s} << u"both"_s;
    QTest::addRow("status without name") << QStringList{u"status"_s} << u"NAME"_s;
    QTest::addRow("too many arguments") << QStringList{u"status"_s, u"a"_s, u"b"_s} << u"\"b\""_s;
    // Quoted: the message's own examples (500ms, 5s) hold a 0 and a 5 whatever the value.
    QTest::addRow("bad duration") << QStringList{u"--timeout"_s, u"5x"_s, u"list"_s} << u"\"5x\""_s;
    QTest::addRow("zero duration")
            << QStringList{u"--timeout"_s, u"0"_s, u"list"_s} << u"\"0\" is not a duration"_s;
    QTest::addRow("ping timeout above 60s")
            << QStringList{u"--timeout"_s, u"61s"_s, u"ping"_s, u"a"_s} << u"at most 60 s"_s;
    QTest::addRow("ping timeout of 2m")
            << QStringList{u"ping"_s, u"a"_s, u"--timeout"_s, u"2m"_s} << u"\"2m\""_s;
    QTest::addRow("wait without state") << QStringList{u"wait"_s, u"a"_s} << u"--state"_s;
    QTest::addRow("wait bad state")
            << QStringList{u"wait"_s, u"a"_s, u"--state"_s, u"sleeping"_s} << u"sleeping"_s;
    QTest::addRow("option of another command") << QStringList{u"list"_s, u"--all"_s} << u"--all"_s;
    QTest::addRow("count not a number")
            << QStringList{u"events"_s, u"--count"_s, u"many"_s} << u"many"_s;
    QTest::addRow("add without program") << QStringList{u"add"_s, u"x"_s} << u"PROGRAM"_s;
    QTest::addRow("add bad kind") << QStringList{u"add"_s, u"--kind"_s, u"odd"_s, u"x"_s,
                                                 u"/bin/true"_s}
                                  << u"odd"_s;
}

void TestCtlUsage::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    // No launcher runs: a usage error is found before any request is sent.
    const CtlRun run = ctl(QStringList{u"--runtime-dir"_s, m_env->runtimeDir().path()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"zlauncherctl: "_s) && run.err.contains(expected),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCtlUsage::durationsAreAccepted_data()
{
    QTest::addColumn<QString>("duration");
    for (const QString &duration : {u"500ms"_s, u"5s"_s, u"1.5s"_s, u"2m"_s, u"3"_s, u"0.2"_s}) {
        QTest::addRow("%s", qPrintable(duration)) << duration;
    }
}

void TestCtlUsage::durationsAreAccepted()
{
    QFETCH(QString, duration);
    // Past the parser (2 would be a usage error), to find that no launcher runs.
    const CtlRun run = ctl(
            {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--timeout"_s, duration, u"list"_s});
    QVERIFY2(run.exitCode == 3, qPrintable(run.err));
}

void TestCtlUsage::noLauncherExitsThree()
{
    const QString runtimeDir = m_env->runtimeDir().path();
    const CtlRun run = ctl({u"--runtime-dir"_s, runtimeDir, u"list"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"no launcher is running on "_s + runtimeDir), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"zlauncher --headless"_s), qPrintable(run.err));
    // A directory that does not even exist is no different.
    QCOMPARE(ctl({u"--runtime-dir"_s, m_env->filePath(u"nowhere"_s), u"info"_s}).exitCode, 3);
    QCOMPARE(ctl({u"--runtime-dir"_s, runtimeDir, u"events"_s}).exitCode, 3);
    // 60 s is the longest a program may take to answer a ping: past the parser.
    QCOMPARE(ctl({u"--runtime-dir"_s, runtimeDir, u"--timeout"_s, u"60s"_s, u"ping"_s, u"a"_s})
                     .exitCode,
             3);
    QCOMPARE(ctl({u"--runtime-dir"_s, runtimeDir, u"wait"_s, u"a"_s, u"--state"_s, u"running"_s})
                     .exitCode,
             3);
}

void TestCtlUsage::liveSocketWithoutLauncherExitsThreeAtOnce()
{
    // Something listens on R/control, but no launcher holds R's lock: whatever it is, it is
    // not a launcher, and waiting the whole --timeout for it would only waste the user's time.
    zmq::context_t context;
    zmq::socket_t impostor(context, zmq::socket_type::rep);
    impostor.set(zmq::sockopt::linger, 0);
    impostor.bind(m_env->runtimeDir().controlEndpoint().toStdString());
    QVERIFY(QFile::exists(m_env->runtimeDir().path() + u"/control"));
    const CtlRun run = ctl(
            {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--timeout"_s, u"10m"_s, u"list"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"no launcher is running"_s), qPrintable(run.err));
}

void TestCtlUsage::unreadableReplyExitsOneNamingTheRuntimeDir_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addRow("not JSON") << QByteArray("pong");
    QTest::addRow("not an object") << QByteArray("[true]");
    QTest::addRow("without ok") << QByteArray(R"({"programs": []})");
}

void TestCtlUsage::unreadableReplyExitsOneNamingTheRuntimeDir()
{
    QFETCH(QByteArray, reply);
    // Something that holds R's lock, as a launcher does, but answers what no launcher would.
    const QString runtimeDir = m_env->runtimeDir().path();
    QLockFile lock(RuntimeDir::lockFilePath(runtimeDir));
    QVERIFY(lock.tryLock());
    zmq::context_t context;
    zmq::socket_t impostor(context, zmq::socket_type::rep);
    impostor.set(zmq::sockopt::linger, 0);
    impostor.bind(m_env->runtimeDir().controlEndpoint().toStdString());
    QProcess process;
    process.start(QStringLiteral(ZL_CTL), {u"--runtime-dir"_s, runtimeDir, u"list"_s});
    QVERIFY(process.waitForStarted());
    zmq::pollitem_t item = {impostor.handle(), 0, ZMQ_POLLIN, 0};
    QCOMPARE(zmq::poll(&item, 1, std::chrono::milliseconds(10000)), 1);
    zmq::message_t request;
    QVERIFY(impostor.recv(request));
    QCOMPARE(QJsonDocument::fromJson(QByteArray(static_cast<const char *>(request.data()),
                                                static_cast<qsizetype>(request.size())))
                     .object()[u"command"_s]
                     .toString(),
             u"list"_s);
    QVERIFY(impostor.send(zmq::buffer(reply.constData(), static_cast<size_t>(reply.size()))));
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith(u"zlauncherctl: the launcher on "_s + runtimeDir + u" sent a reply"_s),
             qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestCtlUsage::eventsReadBackPrintAsTheLauncherDoes()
{
    // zlauncherctl events reads each event back from its JSON and prints it with toText(), as
    // `zlauncher --events text` prints the event itself: the two must agree, for every kind.
    const QDateTime time = QDateTime::fromString(u"2026-11-24T19:50:00.123Z"_s, Qt::ISODateWithMs);
    QList<Event> events;
    Event state = Event::make(u"client1"_s, EventKind::State, Severity::Info, u"Running (pid 4)"_s);
    state.state = ProgramState::Running;
    state.pid = 4;
    state.adopted = true;
    events << state;
    Event lost = Event::make(u"client1"_s, EventKind::State, Severity::Warning, u"Lost"_s);
    lost.state = ProgramState::Lost;
    events << lost;
    Event exited = Event::make(u"client1"_s, EventKind::Exit, Severity::Warning, u"crashed"_s);
    exited.pid = 4;
    exited.exitSignal = SIGSEGV;
    events << exited;
    Event ended = Event::make(u"client1"_s, EventKind::Exit, Severity::Info, u"exited"_s);
    ended.pid = 5;
    ended.exitCode = 0;
    events << ended;
    Event beat = Event::make(u"client1"_s, EventKind::Heartbeat, Severity::Info, {});
    beat.pid = 4;
    beat.sequence = 18446744073709551615ULL;
    events << beat;
    Event ping = Event::make(u"client1"_s, EventKind::Ping, Severity::Info, u"pong"_s);
    ping.roundTripUs = 310;
    events << ping;
    events << Event::make(u"client1"_s, EventKind::Ping, Severity::Warning, u"no answer"_s)
           << Event::make(u"client1"_s, EventKind::Stop, Severity::Info, u"stop requested"_s)
           << Event::make({}, EventKind::Error, Severity::Error, u"cannot bind"_s)
           << Event::make(u"x"_s, EventKind::Protocol, Severity::Warning, u"bad frame"_s)
           << Event::make({}, EventKind::Control, Severity::Info, u"quit requested"_s)
           << Event::make(u"client1"_s, EventKind::Connection, Severity::Info, u"connected"_s);
    for (Event &event : events) {
        event.time = time;
        const QJsonObject json = toJson(event);
        // Through the wire as the launcher publishes it.
        const QJsonObject received
                = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact))
                          .object();
        const std::optional<Event> readBack = eventFromJson(received);
        QVERIFY2(readBack, qPrintable(toText(event)));
        QCOMPARE(toText(*readBack), toText(event));
        QCOMPARE(toJson(*readBack), json);
    }
    QVERIFY(toText(events.first()).startsWith(u"2026-11-24T19:50:00.123Z client1 state: "_s));
    // What this version cannot read is not taken for an event.
    QVERIFY(!eventFromJson({}));
    QVERIFY(!eventFromJson({{u"time"_s, u"2026-11-24T19:50:00.123Z"_s}, {u"event"_s, u"new"_s}}));
    QVERIFY(!eventFromJson({{u"time"_s, u"yesterday"_s}, {u"event"_s, u"stop"_s}}));
    QVERIFY(!eventFromJson({{u"time"_s, u"2026-11-24T19:50:00.123Z"_s},
                            {u"event"_s, u"state"_s},
                            {u"state"_s, u"asleep"_s}}));
}

void TestCtlUsage::killedLauncherLeavesAStaleSocket()
{
    startLauncher();
    const QList<qint64> programs = m_launcher->runningPids();
    QCOMPARE(::kill(static_cast<pid_t>(m_launcher->process().processId()), SIGKILL), 0);
    QVERIFY(m_launcher->process().waitForFinished(5000));
    // Programs outlive the launcher by design; this test does not want them.
    for (qint64 pid : programs) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    QVERIFY2(QFile::exists(m_env->runtimeDir().path() + u"/control"), "no socket file was left");
    const CtlRun run = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--timeout"_s,
                            u"10m"_s, u"status"_s, u"alpha"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"no launcher is running"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCtlUsage)
#include "tst_ctlusage.moc"
