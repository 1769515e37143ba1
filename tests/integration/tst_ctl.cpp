// zlauncherctl as a user or a script runs it, against a real headless launcher: exit statuses
// (0 ok, 1 refused, 2 usage, 3 no launcher), the list table and --json, wait, events, add.
#include "launcherprocess.h"
#include "testenvironment.h"

#include "core/model/event.h"

#include <algorithm>
#include <csignal>
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

struct CtlRun
{
    int exitCode = -1; ///< -1: crashed or did not finish
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

/// Never lost while the test runs, however busy the machine: a restart would change the pids
/// the tests compare.
QByteArray twoBeaters()
{
    return QByteArray(R"({"version": 1, "programs": [
        {"name": "alpha", "program": ")")
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000},
        {"name": "beta", "program": ")"
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000}]})";
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // No launcher needed.
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

    // Against a headless launcher.
    void infoHonoursTheEnvironment();
    void listShowsATableAndJson();
    void statusShowsProbesAndConditions();
    void refusedRequestExitsOneWithTheLaunchersMessage();
    void stopThenWaitForStopped();
    void waitTimesOutNamingTheState();
    void eventsCountFollowsARestart();
    void addPassesEverythingAfterProgramToIt();
    void addSpecResolvesRelativePathsHere();
    void killedLauncherLeavesAStaleSocket();
    void quitStopsTheLauncher();

private:
    CtlRun ctl(const QStringList &arguments, const QProcessEnvironment &environment = {},
               const QString &workingDirectory = {});
    /// Waits until `running` programs are Running.
    void startLauncher(const QStringList &extraArguments = {}, int running = 2);
    qint64 pidOf(const QString &program) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<LauncherProcess> m_launcher;
    QString m_configPath;
};

void TestCtl::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(twoBeaters()) > 0);
}

void TestCtl::cleanup()
{
    if (m_launcher && m_launcher->process().state() != QProcess::NotRunning) {
        // SIGINT stops the programs too; the destructor's SIGKILL would leave them running.
        ::kill(static_cast<pid_t>(m_launcher->process().processId()), SIGINT);
        m_launcher->process().waitForFinished(10000);
    }
    m_launcher.reset();
    m_env.reset();
}

CtlRun TestCtl::ctl(const QStringList &arguments, const QProcessEnvironment &environment,
                    const QString &workingDirectory)
{
    QProcess process;
    if (!environment.isEmpty()) {
        process.setProcessEnvironment(environment);
    }
    process.setWorkingDirectory(workingDirectory);
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(QStringLiteral(ZL_CTL), arguments);
    CtlRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.elapsedMs = elapsed.elapsed();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestCtl::startLauncher(const QStringList &extraArguments, int running)
{
    m_launcher = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s, m_env->runtimeDir().path()}
                    + extraArguments);
    QVERIFY(m_launcher->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_launcher->runningPids().size(), running, 10000);
}

qint64 TestCtl::pidOf(const QString &program) const
{
    qint64 pid = 0;
    for (const QJsonObject &event : m_launcher->eventsOf(u"state"_s, program)) {
        if (event[u"state"_s] == u"running"_s) {
            pid = event[u"pid"_s].toInteger();
        }
    }
    return pid;
}

void TestCtl::helpReadsLikeAManPage()
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

void TestCtl::helpOfOneCommand()
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

void TestCtl::usageErrorsExitTwo_data()
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

void TestCtl::usageErrorsExitTwo()
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

void TestCtl::durationsAreAccepted_data()
{
    QTest::addColumn<QString>("duration");
    for (const QString &duration : {u"500ms"_s, u"5s"_s, u"1.5s"_s, u"2m"_s, u"3"_s, u"0.2"_s}) {
        QTest::addRow("%s", qPrintable(duration)) << duration;
    }
}

void TestCtl::durationsAreAccepted()
{
    QFETCH(QString, duration);
    // Past the parser (2 would be a usage error), to find that no launcher runs.
    const CtlRun run = ctl(
            {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--timeout"_s, duration, u"list"_s});
    QVERIFY2(run.exitCode == 3, qPrintable(run.err));
}

void TestCtl::noLauncherExitsThree()
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

void TestCtl::liveSocketWithoutLauncherExitsThreeAtOnce()
{
    // Something listens on R/control, but no launcher holds R's lock: whatever it is, it is
    // not a launcher, and waiting the whole --timeout for it would only waste the user's time.
    zmq::context_t context;
    zmq::socket_t impostor(context, zmq::socket_type::rep);
    impostor.set(zmq::sockopt::linger, 0);
    impostor.bind(m_env->runtimeDir().controlEndpoint().toStdString());
    QVERIFY(QFile::exists(m_env->runtimeDir().path() + u"/control"));
    const CtlRun run = ctl(
            {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--timeout"_s, u"20s"_s, u"list"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"no launcher is running"_s), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCtl::unreadableReplyExitsOneNamingTheRuntimeDir_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addRow("not JSON") << QByteArray("pong");
    QTest::addRow("not an object") << QByteArray("[true]");
    QTest::addRow("without ok") << QByteArray(R"({"programs": []})");
}

void TestCtl::unreadableReplyExitsOneNamingTheRuntimeDir()
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

void TestCtl::eventsReadBackPrintAsTheLauncherDoes()
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

void TestCtl::infoHonoursTheEnvironment()
{
    startLauncher();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ZLAUNCHER_RUNTIME_DIR"_s, m_env->runtimeDir().path());
    const CtlRun text = ctl({u"info"_s}, environment);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"headless"_s)
                     && text.out.contains(QString::number(m_launcher->process().processId())),
             qPrintable(text.out + text.err));
    const CtlRun json = ctl({u"--json"_s, u"info"_s}, environment);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject reply = parseObject(json.out);
    QCOMPARE(reply[u"ok"_s].toBool(), true);
    QCOMPARE(reply[u"pid"_s].toInteger(), m_launcher->process().processId());
    QCOMPARE(reply[u"mode"_s].toString(), u"headless"_s);
}

void TestCtl::listShowsATableAndJson()
{
    startLauncher();
    const QString runtimeDir = m_env->runtimeDir().path();
    // A heartbeat age shows once the first beat is in.
    QTRY_VERIFY_WITH_TIMEOUT(
            ctl({u"--runtime-dir"_s, runtimeDir, u"list"_s}).out.count(u"ago"_s) == 2, 10000);
    const CtlRun table = ctl({u"--runtime-dir"_s, runtimeDir, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.at(0).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(header,
             (QStringList{u"NAME"_s, u"STATE"_s, u"PID"_s, u"CPU"_s, u"MEMORY"_s, u"UPTIME"_s,
                          u"HEARTBEAT"_s, u"RESTARTS"_s, u"STATUS"_s}));
    const QStringList alpha = lines.at(1).split(u' ', Qt::SkipEmptyParts);
    QVERIFY2(alpha.size() >= 5, qPrintable(lines.at(1)));
    QCOMPARE(alpha.at(0), u"alpha"_s);
    QCOMPARE(alpha.at(1), u"running"_s);
    QCOMPARE(alpha.at(2), QString::number(pidOf(u"alpha"_s)));
    // Columns line up: every row's STATE starts where the header's does.
    const qsizetype stateColumn = lines.at(0).indexOf(u"STATE"_s);
    QCOMPARE(lines.at(1).indexOf(u"running"_s), stateColumn);
    QCOMPARE(lines.at(2).indexOf(u"running"_s), stateColumn);
    QVERIFY2(lines.at(1).contains(u"beat "_s), qPrintable(lines.at(1))); // tc_beater's status

    const CtlRun json = ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"list"_s});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonArray programs = document.object()[u"programs"_s].toArray();
    QCOMPARE(programs.size(), 2);
    QCOMPARE(programs.at(0)[u"name"_s].toString(), u"alpha"_s);
    QCOMPARE(programs.at(1)[u"name"_s].toString(), u"beta"_s);
    QCOMPARE(programs.at(0)[u"pid"_s].toInteger(), pidOf(u"alpha"_s));
    // Headless samples CPU and memory as the window does: there from the second sample on.
    const auto sampled = [&] {
        const QJsonArray listed = QJsonDocument::fromJson(ctl({u"--runtime-dir"_s, runtimeDir,
                                                               u"--json"_s, u"list"_s})
                                                                  .out.toUtf8())
                                          .object()[u"programs"_s]
                                          .toArray();
        return listed.size() == 2 && listed.at(0)[u"memory"_s].toInteger() > 0
                && listed.at(0)[u"cpu"_s].toDouble(-1) >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sampled(), 20000);
    QVERIFY(ctl({u"--runtime-dir"_s, runtimeDir, u"list"_s}).out.contains(u" MiB"_s));

    const CtlRun ping = ctl({u"--runtime-dir"_s, runtimeDir, u"ping"_s, u"alpha"_s});
    QCOMPARE(ping.exitCode, 0);
    QVERIFY2(ping.out.startsWith(u"alpha: pong"_s), qPrintable(ping.out + ping.err));
}

void TestCtl::statusShowsProbesAndConditions()
{
    // alpha passes its readiness probe; beta waits for it to be healthy, and its own probe
    // never passes (nothing listens on port 1).
    const QByteArray beater = ZL_TC_BEATER;
    const QByteArray config = R"({"version": 1, "programs": [
        {"name": "alpha", "program": ")"
            + beater + R"(", "heartbeatIntervalMs": 50,
         "lostTimeoutMs": 60000, "readinessProbe": {"exec": ["true"], "periodMs": 100}},
        {"name": "beta", "program": ")"
            + beater + R"(", "heartbeatIntervalMs": 50,
         "lostTimeoutMs": 60000, "dependsOn": [{"name": "alpha", "condition": "healthy"}],
         "readinessProbe": {"tcp": "127.0.0.1:1", "periodMs": 100, "timeoutMs": 500}}]})";
    QVERIFY(writeFile(m_configPath, config));
    startLauncher({}, 1);
    const QString runtimeDir = m_env->runtimeDir().path();
    const auto status = [&](const QString &name) {
        return ctl({u"--runtime-dir"_s, runtimeDir, u"status"_s, name}).out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(status(u"alpha"_s).contains(u"exec true: passing; last: exit 0"_s),
                             10000);
    QTRY_VERIFY2_WITH_TIMEOUT(status(u"beta"_s).contains(u"failing ("_s),
                              qPrintable(status(u"beta"_s)), 10000);
    const QString beta = status(u"beta"_s);
    QVERIFY2(beta.contains(QRegularExpression(
                     uR"(readiness +tcp 127\.0\.0\.1:1: failing \(\d+ in a row\); last: )"
                     uR"(Connection refused)"_s)),
             qPrintable(beta));
    QVERIFY2(beta.contains(u"state"_s) && beta.contains(u"starting"_s), qPrintable(beta));

    const QJsonObject json
            = parseObject(ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, u"beta"_s})
                                  .out)[u"program"_s]
                      .toObject();
    const QJsonObject probe = json[u"readinessProbe"_s].toObject();
    QCOMPARE(probe[u"passing"_s], QJsonValue(false));
    QVERIFY(probe[u"checks"_s].toInteger() >= 3);
    QCOMPARE(json[u"spec"_s][u"dependsOn"_s][0][u"condition"_s].toString(), u"healthy"_s);
}

void TestCtl::refusedRequestExitsOneWithTheLaunchersMessage()
{
    startLauncher();
    const QString runtimeDir = m_env->runtimeDir().path();
    const CtlRun stop = ctl({u"--runtime-dir"_s, runtimeDir, u"stop"_s, u"gamma"_s});
    QCOMPARE(stop.exitCode, 1);
    QVERIFY2(stop.err.startsWith(u"zlauncherctl: "_s) && stop.err.contains(u"gamma"_s),
             qPrintable(stop.err));
    QVERIFY2(stop.err.contains(u"alpha"_s), qPrintable(stop.err)); // the names it does know
    QVERIFY(stop.out.isEmpty());
    // --json shows the refusal as the launcher sent it, and still exits 1.
    const CtlRun json = ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, u"gamma"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject reply = parseObject(json.out);
    QCOMPARE(reply[u"ok"_s].toBool(true), false);
    const QString error = reply[u"error"_s].toString();
    QVERIFY2(error.contains(u"gamma"_s), qPrintable(json.out));
    QCOMPARE(json.err.trimmed(), u"zlauncherctl: "_s + error);
    // Nothing else was touched: both programs still run, as the same processes.
    const QJsonObject list
            = parseObject(ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"list"_s}).out);
    const QJsonArray programs = list[u"programs"_s].toArray();
    QCOMPARE(programs.size(), 2);
    for (const QJsonValue &program : programs) {
        const QString name = program[u"name"_s].toString();
        QCOMPARE(program[u"state"_s].toString(), u"running"_s);
        QVERIFY(pidOf(name) > 0);
        QCOMPARE(program[u"pid"_s].toInteger(), pidOf(name));
        QCOMPARE(program[u"restarts"_s].toInt(), 0);
    }
}

void TestCtl::stopThenWaitForStopped()
{
    startLauncher();
    const QString runtimeDir = m_env->runtimeDir().path();
    const CtlRun stop = ctl({u"--runtime-dir"_s, runtimeDir, u"stop"_s, u"alpha"_s});
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.out.contains(u"alpha"_s), qPrintable(stop.out));
    // --json: one object, the same whether the state came by an event or a status reply.
    const CtlRun wait = ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"wait"_s, u"alpha"_s,
                             u"--state"_s, u"stopped"_s, u"--timeout"_s, u"10s"_s});
    QVERIFY2(wait.exitCode == 0, qPrintable(wait.err));
    const QJsonObject expected{
            {u"ok"_s, true}, {u"name"_s, u"alpha"_s}, {u"state"_s, u"stopped"_s}};
    QJsonParseError parseError;
    const QJsonDocument waited = QJsonDocument::fromJson(wait.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(wait.out));
    QCOMPARE(waited.object(), expected);
    const QJsonObject status = parseObject(
            ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, u"alpha"_s}).out);
    QCOMPARE(status[u"program"_s][u"state"_s].toString(), u"stopped"_s);
    // The launcher's own output agrees (read from the event loop, hence QTRY).
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"alpha"_s).isEmpty(), 5000);
    QVERIFY(m_launcher->eventsOf(u"exit"_s, u"beta"_s).isEmpty());
    // Already there: at once, and the same output.
    const CtlRun again = ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"wait"_s, u"alpha"_s,
                              u"--state"_s, u"stopped"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, wait.out);
    const CtlRun text = ctl(
            {u"--runtime-dir"_s, runtimeDir, u"wait"_s, u"alpha"_s, u"--state"_s, u"stopped"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, u"alpha is stopped\n"_s);
}

void TestCtl::waitTimesOutNamingTheState()
{
    startLauncher();
    const CtlRun wait = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"wait"_s, u"alpha"_s,
                             u"--state"_s, u"stopped"_s, u"--timeout"_s, u"300ms"_s});
    QCOMPARE(wait.exitCode, 1);
    QVERIFY2(wait.err.contains(u"running"_s) && wait.err.contains(u"stopped"_s),
             qPrintable(wait.err));
    QVERIFY2(wait.elapsedMs < 5000, qPrintable(QString::number(wait.elapsedMs)));
    QVERIFY(wait.out.isEmpty());
    const CtlRun unknown = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"wait"_s,
                                u"gamma"_s, u"--state"_s, u"running"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"gamma"_s), qPrintable(unknown.err));

    // --json: one object in either case, saying why; the message on stderr as well.
    const CtlRun late = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--json"_s, u"wait"_s,
                             u"alpha"_s, u"--state"_s, u"stopped"_s, u"--timeout"_s, u"300ms"_s});
    QCOMPARE(late.exitCode, 1);
    const QJsonObject lateReply = parseObject(late.out);
    QCOMPARE(lateReply.keys(), (QStringList{u"error"_s, u"name"_s, u"ok"_s, u"state"_s}));
    QCOMPARE(lateReply[u"ok"_s], QJsonValue(false));
    QCOMPARE(lateReply[u"name"_s].toString(), u"alpha"_s);
    QCOMPARE(lateReply[u"state"_s].toString(), u"running"_s);
    QCOMPARE(u"zlauncherctl: "_s + lateReply[u"error"_s].toString(), late.err.trimmed());
    QVERIFY2(late.err.contains(u"running, not stopped"_s), qPrintable(late.err));
    const CtlRun unknownJson = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--json"_s,
                                    u"wait"_s, u"gamma"_s, u"--state"_s, u"running"_s});
    QCOMPARE(unknownJson.exitCode, 1);
    const QJsonObject unknownReply = parseObject(unknownJson.out);
    QCOMPARE(unknownReply.keys(), (QStringList{u"error"_s, u"name"_s, u"ok"_s}));
    QCOMPARE(unknownReply[u"ok"_s], QJsonValue(false));
    QCOMPARE(unknownReply[u"name"_s].toString(), u"gamma"_s);
    QVERIFY2(unknownReply[u"error"_s].toString().contains(u"gamma"_s), qPrintable(unknownJson.out));
}

void TestCtl::eventsCountFollowsARestart()
{
    // --verbose: heartbeats are events too, so the follower shows at once that it is live.
    startLauncher({u"--verbose"_s});
    constexpr int count = 60; // at 50 ms a beat, about 3 s of events: the restart fits in
    QProcess events;
    events.start(QStringLiteral(ZL_CTL),
                 {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--json"_s, u"--timeout"_s,
                  u"30s"_s, u"events"_s, u"alpha"_s, u"--count"_s, QString::number(count)});
    QVERIFY(events.waitForStarted());
    QSignalSpy output(&events, &QProcess::readyReadStandardOutput);
    QVERIFY2(output.wait(10000), "no event came");

    const CtlRun restart
            = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"restart"_s, u"alpha"_s});
    QCOMPARE(restart.exitCode, 0);
    QVERIFY(events.waitForFinished(30000));
    QCOMPARE(events.exitStatus(), QProcess::NormalExit);
    QVERIFY2(events.exitCode() == 0, events.readAllStandardError().constData());

    const QList<QByteArray> lines = events.readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), count + 1); // the last one is empty
    QStringList states;
    for (const QByteArray &line : lines.first(count)) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(event[u"program"_s].toString(), u"alpha"_s); // beta's are filtered out
        if (event[u"event"_s] == u"state"_s) {
            states << event[u"state"_s].toString();
        }
    }
    QVERIFY2(states.indexOf(u"stopping"_s) >= 0
                     && states.indexOf(u"running"_s, states.indexOf(u"stopping"_s)) > 0,
             qPrintable(states.join(u", ")));

    // The readable form: one line per event, as zlauncher --headless prints them.
    const CtlRun text = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"events"_s, u"beta"_s,
                             u"--count"_s, u"2"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList textLines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(textLines.size(), 2);
    QVERIFY2(textLines.at(0).contains(u" beta heartbeat"_s), qPrintable(textLines.at(0)));
    // Each line is one the launcher itself printed, with --events text, for one of its events.
    for (const QString &line : textLines) {
        QTRY_VERIFY2_WITH_TIMEOUT(
                std::any_of(m_launcher->events().cbegin(), m_launcher->events().cend(),
                            [&line](const QJsonObject &json) {
                                const std::optional<Event> event = eventFromJson(json);
                                return event && toText(*event) == line;
                            }),
                qPrintable(line), 5000);
    }
}

void TestCtl::addPassesEverythingAfterProgramToIt()
{
    startLauncher();
    const QString runtimeDir = m_env->runtimeDir().path();
    // -c belongs to sh, not to zlauncherctl: options end at PROGRAM.
    const CtlRun add = ctl({u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--kind"_s, u"plain"_s,
                            u"--start"_s, u"gamma"_s, u"/bin/sh"_s, u"-c"_s, u"exec sleep 60"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(ctl({u"--runtime-dir"_s, runtimeDir, u"wait"_s, u"gamma"_s, u"--state"_s, u"running"_s,
                  u"--timeout"_s, u"10s"_s})
                     .exitCode,
             0);
    const QJsonObject status = parseObject(
            ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, u"gamma"_s}).out);
    const QJsonObject spec = status[u"program"_s][u"spec"_s].toObject();
    QCOMPARE(spec[u"kind"_s].toString(), u"plain"_s);
    QCOMPARE(spec[u"arguments"_s].toArray(), (QJsonArray{u"-c"_s, u"exec sleep 60"_s}));

    QCOMPARE(ctl({u"--runtime-dir"_s, runtimeDir, u"remove"_s, u"gamma"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
            ctl({u"--runtime-dir"_s, runtimeDir, u"status"_s, u"gamma"_s}).exitCode == 1, 10000);

    // A "--" after PROGRAM is the program's too, as it is; one before NAME or PROGRAM ends
    // zlauncherctl's options.
    const auto argumentsOf = [&](const QString &name) {
        return parseObject(ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, name})
                                   .out)[u"program"_s][u"spec"_s][u"arguments"_s]
                .toArray();
    };
    const CtlRun after = ctl({u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--no-autostart"_s,
                              u"delta"_s, u"/bin/echo"_s, u"--"_s, u"--flag"_s, u"--"_s});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(argumentsOf(u"delta"_s), (QJsonArray{u"--"_s, u"--flag"_s, u"--"_s}));
    const CtlRun before = ctl({u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--no-autostart"_s,
                               u"epsilon"_s, u"--"_s, u"/bin/echo"_s, u"--flag"_s, u"--"_s});
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(argumentsOf(u"epsilon"_s), (QJsonArray{u"--flag"_s, u"--"_s}));
    const CtlRun last = ctl({u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--no-autostart"_s,
                             u"zeta"_s, u"/bin/echo"_s});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    QCOMPARE(argumentsOf(u"zeta"_s), QJsonArray());
}

void TestCtl::addSpecResolvesRelativePathsHere()
{
    startLauncher();
    const QString runtimeDir = m_env->runtimeDir().path();
    // The user's directory, elsewhere than the launcher's configuration folder.
    const QString here = m_env->filePath(u"here"_s);
    QVERIFY(QDir().mkpath(here + u"/bin"_s) && QDir().mkpath(here + u"/work"_s));
    QVERIFY(QFile::link(QStringLiteral(ZL_TC_BEATER), here + u"/bin/beater"_s));
    // As the ctl's getcwd() gives it.
    const QString canonicalHere = QDir(here).canonicalPath();
    QVERIFY(writeFile(here + u"/gamma.json"_s,
                      R"({"name": "gamma", "program": "./bin/beater", "workingDirectory": "work",
                          "heartbeatIntervalMs": 50})"));
    const CtlRun add = ctl(
            {u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--start"_s, u"--spec"_s, u"gamma.json"_s},
            {}, here);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.out, u"Added gamma\n"_s);
    const CtlRun wait = ctl({u"--runtime-dir"_s, runtimeDir, u"wait"_s, u"gamma"_s, u"--state"_s,
                             u"running"_s, u"--timeout"_s, u"10s"_s});
    QVERIFY2(wait.exitCode == 0, qPrintable(wait.err));
    const QJsonObject gamma = parseObject(ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s,
                                               u"status"_s, u"gamma"_s})
                                                  .out)[u"program"_s]
                                      .toObject();
    QCOMPARE(gamma[u"spec"_s][u"program"_s].toString(), canonicalHere + u"/bin/beater"_s);
    QCOMPARE(gamma[u"spec"_s][u"workingDirectory"_s].toString(), canonicalHere + u"/work"_s);
    QCOMPARE(QFileInfo(u"/proc/%1/cwd"_s.arg(gamma[u"pid"_s].toInteger())).symLinkTarget(),
             canonicalHere + u"/work"_s);

    // What does not exist here is left to the launcher, which takes it from its configuration
    // file's folder as in that file; a bare name stays a name looked up in PATH.
    QVERIFY(writeFile(here + u"/delta.json"_s,
                      R"({"name": "delta", "program": "elsewhere/beater",
                          "workingDirectory": "nowhere"})"));
    QVERIFY(writeFile(here + u"/epsilon.json"_s, R"({"name": "epsilon", "program": "beater"})"));
    QVERIFY(QFile::link(QStringLiteral(ZL_TC_BEATER), here + u"/beater"_s));
    for (const QString &name : {u"delta"_s, u"epsilon"_s}) {
        const CtlRun other
                = ctl({u"--runtime-dir"_s, runtimeDir, u"add"_s, u"--spec"_s, name + u".json"_s},
                      {}, here);
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    }
    const auto specOf = [&](const QString &name) {
        return parseObject(ctl({u"--runtime-dir"_s, runtimeDir, u"--json"_s, u"status"_s, name})
                                   .out)[u"program"_s][u"spec"_s]
                .toObject();
    };
    QCOMPARE(specOf(u"delta"_s)[u"program"_s].toString(), u"elsewhere/beater"_s);
    QCOMPARE(specOf(u"delta"_s)[u"workingDirectory"_s].toString(), u"nowhere"_s);
    QCOMPARE(specOf(u"epsilon"_s)[u"program"_s].toString(), u"beater"_s);
}

void TestCtl::killedLauncherLeavesAStaleSocket()
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
                            u"20s"_s, u"status"_s, u"alpha"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"no launcher is running"_s), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCtl::quitStopsTheLauncher()
{
    startLauncher();
    const QList<qint64> programs = m_launcher->runningPids();
    const CtlRun quit = ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"quit"_s});
    QVERIFY2(quit.exitCode == 0, qPrintable(quit.err));
    QVERIFY(m_launcher->process().waitForFinished(15000));
    QCOMPARE(m_launcher->process().exitCode(), 0);
    for (qint64 pid : programs) {
        QVERIFY2(!QFile::exists(u"/proc/%1"_s.arg(pid)), "a program outlived quit");
    }
    QCOMPARE(ctl({u"--runtime-dir"_s, m_env->runtimeDir().path(), u"info"_s}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
