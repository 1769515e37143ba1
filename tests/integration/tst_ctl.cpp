// zlauncherctl as a user or a script runs it, against a real headless launcher: exit statuses
// (0 ok, 1 refused), the list table and --json, status, wait, events, logs, add, quit.
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

class TestCtl : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void infoHonoursTheEnvironment();
    void listShowsATableAndJson();
    void statusShowsProbesAndConditions();
    void refusedRequestExitsOneWithTheLaunchersMessage();
    void stopThenWaitForStopped();
    void waitTimesOutNamingTheState();
    void eventsCountFollowsARestart();
    void logsPrintsThenFollows();
    void addPassesEverythingAfterProgramToIt();
    void addSpecResolvesRelativePathsHere();
    void quitStopsTheLauncher();
};

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

void TestCtl::logsPrintsThenFollows()
{
    startLauncher();
    const QStringList here{u"--runtime-dir"_s, m_env->runtimeDir().path()};
    // tc_beater says so on stderr when it stops: its log file gets one line a restart.
    QCOMPARE(ctl(here + QStringList{u"restart"_s, u"alpha"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
            ctl(here + QStringList{u"logs"_s, u"alpha"_s}).out.contains(u"tc_beater: stopping"_s),
            30000);

    const CtlRun json = ctl(here + QStringList{u"--json"_s, u"logs"_s, u"alpha"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject reply = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(reply[u"lines"_s].toArray().last().toString(), u"tc_beater: stopping"_s);
    QVERIFY(reply[u"end"_s].toInteger() > 0);

    // Following: what the next restart writes comes after what was there.
    QProcess follow;
    follow.start(QStringLiteral(ZL_CTL),
                 here + QStringList{u"logs"_s, u"alpha"_s, u"--count"_s, u"1"_s, u"--follow"_s});
    QVERIFY(follow.waitForStarted());
    QByteArray followed;
    QTRY_VERIFY_WITH_TIMEOUT((followed += follow.readAllStandardOutput()).count('\n') == 1, 20000);
    QCOMPARE(followed, QByteArray("tc_beater: stopping\n"));
    QCOMPARE(ctl(here + QStringList{u"restart"_s, u"alpha"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT((followed += follow.readAllStandardOutput()).count('\n') == 2, 30000);
    QCOMPARE(followed, QByteArray("tc_beater: stopping\ntc_beater: stopping\n"));
    follow.kill();
    QVERIFY(follow.waitForFinished());

    const CtlRun unknown = ctl(here + QStringList{u"logs"_s, u"gamma"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"there is no program named \"gamma\""_s),
             qPrintable(unknown.err));
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
