// The control endpoint (docs/control.md) over a real socket, with real programs: every command on
// programs, and that a waiting ping holds up no other client.
#include "controlfixture.h"

#include "core/config/programstore.h"
#include "core/zmq/controlrequest.h"

#include <csignal>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestControl : public ControlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void info();
    void listAndStatus();
    void startStopRestartKill();
    void statusTellsTheDeaths();
    void outputGivesTheTailThenWhatFollows();
    void allPrograms();
    void pingAnswersWithTheRoundTrip();
    void pingErrors();
    void waitingPingHoldsUpNoOtherClient();
    void addValidatesLikeTheConfiguration();
    void addAndStart();
    void removeStopsFirstOrLeavesRunning();
    void showOnlyInWindowMode();
    void quitRepliesThenAsks();
};

void TestControl::info()
{
    openServer();
    const QJsonObject reply = ask({{u"command"_s, u"info"_s}});
    QCOMPARE(reply.value(u"ok").toBool(), true);
    QCOMPARE(reply.value(u"mode").toString(), u"headless"_s);
    QCOMPARE(reply.value(u"pid").toInteger(), QCoreApplication::applicationPid());
    QCOMPARE(reply.value(u"runtimeDir").toString(), m_env->runtimeDir().path());
    QCOMPARE(reply.value(u"configuration").toString(), m_configPath);
}

void TestControl::listAndStatus()
{
    ProgramSpec plain = TestEnvironment::spec(u"sleeper"_s, u"/bin/sleep"_s, {u"60"_s});
    plain.kind = ProgramKind::Plain;
    plain.autostart = false;
    writeConfiguration({beater(u"b1"_s), plain});
    openServer();
    m_supervisor->startProgram(u"b1"_s);
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Running);
    QTRY_VERIFY(m_supervisor->snapshot(u"b1"_s)->heartbeatCount >= 2);

    // Both read the CPU and memory figures: the launcher samples them every second then.
    QSignalSpy resourcesRead(m_server.get(), &ControlServer::resourcesRead);
    ask({{u"command"_s, u"info"_s}});
    QCOMPARE(resourcesRead.count(), 0);
    const QJsonObject list = ask({{u"command"_s, u"list"_s}});
    QCOMPARE(resourcesRead.count(), 1);
    QVERIFY(list.value(u"ok").toBool());
    const QJsonArray programs = list.value(u"programs").toArray();
    QCOMPARE(programs.size(), 2);
    const QJsonObject b1 = programs.at(0).toObject();
    QCOMPARE(b1.value(u"name").toString(), u"b1"_s);
    QCOMPARE(b1.value(u"state").toString(), u"running"_s);
    QCOMPARE(b1.value(u"pid").toInteger(), pid(u"b1"_s));
    QVERIFY(b1.value(u"uptimeMs").toInteger() >= 0);
    QVERIFY(b1.value(u"heartbeatAgeMs").toInteger() >= 0);
    QVERIFY(b1.value(u"heartbeatAgeMs").toInteger() < 1000);
    QVERIFY(b1.value(u"heartbeats").toInteger() >= 2);
    QVERIFY(b1.value(u"status").toString().startsWith(u"beat"));
    QCOMPARE(b1.value(u"kind").toString(), u"heartbeat"_s);
    QVERIFY(!b1.contains(u"spec"));
    const QJsonObject sleeper = programs.at(1).toObject();
    QCOMPARE(sleeper.value(u"state").toString(), u"stopped"_s);
    QCOMPARE(sleeper.value(u"pid").toInteger(), 0);
    QCOMPARE(sleeper.value(u"uptimeMs").toInteger(), -1);
    QCOMPARE(sleeper.value(u"heartbeatAgeMs").toInteger(), -1);
    QCOMPARE(names(sleeper.value(u"arguments")), QStringList{u"60"_s});

    const QJsonObject status = ask({{u"command"_s, u"status"_s}, {u"name"_s, u"sleeper"_s}});
    QVERIFY(status.value(u"ok").toBool());
    QCOMPARE(resourcesRead.count(), 2);
    const QJsonObject spec = status.value(u"program").toObject().value(u"spec").toObject();
    QCOMPARE(spec.value(u"kind").toString(), u"plain"_s);
    QCOMPARE(spec.value(u"program").toString(), u"/bin/sleep"_s);
    QCOMPARE(spec.value(u"autostart").toBool(true), false);

    const QJsonObject unknown = ask({{u"command"_s, u"status"_s}, {u"name"_s, u"b2"_s}});
    QCOMPARE(unknown.value(u"ok").toBool(true), false);
    QCOMPARE(unknown.value(u"error").toString(),
             u"there is no program named \"b2\" (programs: b1, sleeper)"_s);
    const QJsonObject nameless = ask({{u"command"_s, u"status"_s}});
    QCOMPARE(nameless.value(u"error").toString(), u"status needs the \"name\" of a program"_s);
}

void TestControl::startStopRestartKill()
{
    writeConfiguration({beater(u"b1"_s)});
    openServer();
    QJsonObject reply = ask({{u"command"_s, u"start"_s}, {u"name"_s, u"b1"_s}});
    QVERIFY(reply.value(u"ok").toBool());
    QCOMPARE(names(reply.value(u"names")), QStringList{u"b1"_s});
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Running);
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &event) {
        return event.kind == EventKind::Control && event.program == u"b1";
    }));

    const qint64 first = pid(u"b1"_s);
    QVERIFY(ask({{u"command"_s, u"restart"_s}, {u"name"_s, u"b1"_s}}).value(u"ok").toBool());
    QTRY_VERIFY(pid(u"b1"_s) != first && state(u"b1"_s) == ProgramState::Running);

    QVERIFY(ask({{u"command"_s, u"stop"_s}, {u"name"_s, u"b1"_s}}).value(u"ok").toBool());
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Stopped);
    QCOMPARE(m_supervisor->snapshot(u"b1"_s)->lastExit->code, std::optional<int>(0));

    m_supervisor->startProgram(u"b1"_s);
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Running);
    QVERIFY(ask({{u"command"_s, u"kill"_s}, {u"name"_s, u"b1"_s}}).value(u"ok").toBool());
    // Killed by the user: restarted per policy ("always"), by a new instance.
    QTRY_COMPARE(m_supervisor->snapshot(u"b1"_s)->lastExit->signal, std::optional<int>(SIGKILL));

    for (const QString &command : {u"start"_s, u"stop"_s, u"restart"_s, u"kill"_s}) {
        const QJsonObject missing = ask({{u"command"_s, command}});
        QCOMPARE(missing.value(u"error").toString(),
                 QString(command + u" needs the \"name\" of a program, or \"all\": true"));
        const QJsonObject unknown = ask({{u"command"_s, command}, {u"name"_s, u"nope"_s}});
        QCOMPARE(unknown.value(u"ok").toBool(true), false);
        QVERIFY(unknown.value(u"error").toString().contains(u"\"nope\""));
    }
}

void TestControl::statusTellsTheDeaths()
{
    writeConfiguration({beater(u"b1"_s)});
    openServer();
    m_supervisor->startProgram(u"b1"_s);
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Running);
    const qint64 first = pid(u"b1"_s);
    ::kill(static_cast<pid_t>(first), SIGKILL);
    QTRY_VERIFY(pid(u"b1"_s) != first && state(u"b1"_s) == ProgramState::Running);
    QVERIFY(ask({{u"command"_s, u"stop"_s}, {u"name"_s, u"b1"_s}}).value(u"ok").toBool());
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Stopped);

    const QJsonArray deaths = ask({{u"command"_s, u"status"_s}, {u"name"_s, u"b1"_s}})
                                      .value(u"program")
                                      .toObject()
                                      .value(u"deaths")
                                      .toArray();
    QCOMPARE(deaths.size(), 2);
    const QJsonObject crash = deaths.at(0).toObject();
    QCOMPARE(crash.value(u"pid").toInteger(), first);
    QCOMPARE(crash.value(u"signal").toInt(), SIGKILL);
    QCOMPARE(crash.value(u"stopRequested").toBool(true), false);
    QVERIFY(crash.value(u"uptimeMs").toInteger() >= 0);
    const QJsonObject stop = deaths.at(1).toObject();
    QCOMPARE(stop.value(u"code").toInt(-1), 0);
    QCOMPARE(stop.value(u"stopRequested").toBool(), true);
}

void TestControl::outputGivesTheTailThenWhatFollows()
{
    // Writes three lines, then "four" on SIGUSR1.
    ProgramSpec talker
            = TestEnvironment::spec(u"talker"_s, u"/bin/sh"_s,
                                    {u"-c"_s,
                                     u"echo one; echo two; echo three; trap 'echo four' USR1; "
                                     u"while :; do sleep 0.1; done"_s});
    talker.kind = ProgramKind::Plain;
    writeConfiguration({talker});
    openServer();
    m_supervisor->startProgram(u"talker"_s);
    QJsonObject reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply = ask({{u"command"_s, u"output"_s}, {u"name"_s, u"talker"_s}}))
                                             .value(u"lines")
                                             .toArray()
                                             .size()
                                     == 3,
                             eventuallyMs);
    QVERIFY2(reply.value(u"ok").toBool(), qPrintable(reply.value(u"error").toString()));
    QCOMPARE(reply.value(u"file").toString(), snapshot(u"talker"_s).logFile);
    QCOMPARE(names(reply.value(u"lines")), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    QCOMPARE(ask({{u"command"_s, u"output"_s}, {u"name"_s, u"talker"_s}, {u"lines"_s, 1}})
                     .value(u"lines")
                     .toArray(),
             QJsonArray{u"three"_s});

    // From the offset reached: nothing, then only what came since.
    const qint64 end = reply.value(u"end").toInteger();
    QVERIFY(end > 0);
    const QJsonObject since
            = {{u"command"_s, u"output"_s}, {u"name"_s, u"talker"_s}, {u"from"_s, end}};
    QCOMPARE(ask(since).value(u"lines").toArray(), QJsonArray());
    QCOMPARE(::kill(static_cast<pid_t>(pid(u"talker"_s)), SIGUSR1), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ask(since).value(u"lines").toArray(), QJsonArray{u"four"_s},
                              eventuallyMs);
    QCOMPARE(ask(since).value(u"restarted").toBool(true), false);

    // Refusals say what is wrong.
    QCOMPARE(ask({{u"command"_s, u"output"_s}, {u"name"_s, u"nobody"_s}}).value(u"error"),
             u"there is no program named \"nobody\" (programs: talker)"_s);
    QVERIFY(ask({{u"command"_s, u"output"_s}, {u"name"_s, u"talker"_s}, {u"lines"_s, u"ten"_s}})
                    .value(u"error")
                    .toString()
                    .startsWith(u"output needs the \"name\" of a program"_s));
}

void TestControl::allPrograms()
{
    writeConfiguration({beater(u"b1"_s), beater(u"b2"_s)});
    openServer();
    const QJsonObject started = ask({{u"command"_s, u"start"_s}, {u"all"_s, true}});
    QCOMPARE(names(started.value(u"names")), (QStringList{u"b1"_s, u"b2"_s}));
    QTRY_VERIFY(state(u"b1"_s) == ProgramState::Running && state(u"b2"_s) == ProgramState::Running);
    // A "stop all" through the control endpoint stops the programs, not the launcher.
    QSignalSpy allStopped(m_supervisor.get(), &Supervisor::allStopped);
    QVERIFY(ask({{u"command"_s, u"stop"_s}, {u"all"_s, true}}).value(u"ok").toBool());
    QTRY_COMPARE(allStopped.size(), 1);
    QCOMPARE(state(u"b1"_s), ProgramState::Stopped);
    QCOMPARE(state(u"b2"_s), ProgramState::Stopped);
    QVERIFY(ask({{u"command"_s, u"list"_s}}).value(u"ok").toBool());
}

void TestControl::pingAnswersWithTheRoundTrip()
{
    writeConfiguration({beater(u"b1"_s)});
    openServer();
    m_supervisor->startProgram(u"b1"_s);
    QTRY_COMPARE(state(u"b1"_s), ProgramState::Running);
    const QJsonObject reply = ask({{u"command"_s, u"ping"_s}, {u"name"_s, u"b1"_s}});
    QVERIFY2(reply.value(u"ok").toBool(), qPrintable(reply.value(u"error").toString()));
    QVERIFY(reply.value(u"reply").toString().startsWith(u"pong"));
    const qint64 roundTripUs = reply.value(u"roundTripUs").toInteger();
    QVERIFY(roundTripUs > 0);
    QVERIFY(roundTripUs < 1'000'000);
    // The outcome also reaches the log and the program's snapshot.
    QTRY_COMPARE(m_supervisor->snapshot(u"b1"_s)->lastPingRoundTripUs, roundTripUs);
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [roundTripUs](const Event &event) {
        return event.kind == EventKind::Ping && event.roundTripUs == roundTripUs;
    }));
    const QJsonObject status = ask({{u"command"_s, u"status"_s}, {u"name"_s, u"b1"_s}});
    QCOMPARE(status.value(u"program")
                     .toObject()
                     .value(u"lastPing")
                     .toObject()
                     .value(u"roundTripUs")
                     .toInteger(),
             roundTripUs);
}

void TestControl::pingErrors()
{
    ProgramSpec plain = TestEnvironment::spec(u"sleeper"_s, u"/bin/sleep"_s, {u"60"_s});
    plain.kind = ProgramKind::Plain;
    ProgramSpec silent
            = TestEnvironment::spec(u"silent"_s, QStringLiteral(ZL_TC_SILENT), {u"--no-control"_s});
    silent.startTimeoutMs = 60000;
    writeConfiguration({beater(u"b1"_s), plain, silent});
    openServer();
    m_supervisor->startProgram(u"sleeper"_s);
    m_supervisor->startProgram(u"silent"_s);
    QTRY_COMPARE(state(u"silent"_s), ProgramState::Starting);

    auto error = [this](const QJsonObject &request) {
        const QJsonObject reply = ask(request);
        return reply.value(u"ok").toBool(true) ? u"(ok)"_s : reply.value(u"error").toString();
    };
    QCOMPARE(error({{u"command"_s, u"ping"_s}}), u"ping needs the \"name\" of a program"_s);
    QVERIFY(error({{u"command"_s, u"ping"_s}, {u"name"_s, u"nope"_s}})
                    .startsWith(u"there is no program named \"nope\""));
    QCOMPARE(error({{u"command"_s, u"ping"_s}, {u"name"_s, u"b1"_s}}),
             u"b1: b1 is not running (Stopped)"_s);
    QCOMPARE(error({{u"command"_s, u"ping"_s}, {u"name"_s, u"sleeper"_s}}),
             u"sleeper: sleeper is a plain program: it has no control endpoint to answer a ping"_s);
    QCOMPARE(error({{u"command"_s, u"ping"_s}, {u"name"_s, u"silent"_s}, {u"timeoutMs"_s, 0}}),
             u"\"timeoutMs\" must be between 1 and 60000"_s);
    // silent runs without its control socket: the REQ's monitor saw no connection.
    const QString neverConnected
            = u"no reply within 150 ms: its control endpoint %1 was never connected (the program "
              u"has not bound it; does it read $ZLAUNCHER_CONTROL?)"_s.arg(
                      m_env->runtimeDir().programControlEndpoint(u"silent"_s));
    QCOMPARE(error({{u"command"_s, u"ping"_s}, {u"name"_s, u"silent"_s}, {u"timeoutMs"_s, 150}}),
             QString(u"silent: "_s + neverConnected));
    QTRY_COMPARE(m_supervisor->snapshot(u"silent"_s)->lastPingRoundTripUs, -1);
    QCOMPARE(m_supervisor->snapshot(u"silent"_s)->lastPingResult, neverConnected);
}

void TestControl::waitingPingHoldsUpNoOtherClient()
{
    ProgramSpec silent
            = TestEnvironment::spec(u"silent"_s, QStringLiteral(ZL_TC_SILENT), {u"--no-control"_s});
    silent.startTimeoutMs = 60000;
    writeConfiguration({silent});
    openServer();
    m_supervisor->startProgram(u"silent"_s);
    QTRY_COMPARE(state(u"silent"_s), ProgramState::Starting);

    // The first client's ping waits 10 s for an answer that never comes: long enough that the list
    // below, on a busy machine under sanitizers, is answered first.
    zmq::socket_t pinger(m_zmq, zmq::socket_type::req);
    pinger.set(zmq::sockopt::linger, 0);
    pinger.connect(m_env->runtimeDir().controlEndpoint().toStdString());
    const QByteArray ping = R"({"command": "ping", "name": "silent", "timeoutMs": 10000})";
    pinger.send(zmq::buffer(ping.constData(), static_cast<size_t>(ping.size())));
    // The ping is out once the supervisor holds its request to the program.
    QTRY_COMPARE(m_supervisor->findChildren<ControlRequest *>().size(), 1);

    const QJsonObject list = ask({{u"command"_s, u"list"_s}});
    QVERIFY(list.value(u"ok").toBool());

    zmq::message_t reply;
    QVERIFY(!pinger.recv(reply, zmq::recv_flags::dontwait));
    QVERIFY(QTest::qWaitFor(
            [&] { return pinger.recv(reply, zmq::recv_flags::dontwait).has_value(); },
            eventuallyMs));
    const QJsonObject answer
            = QJsonDocument::fromJson(QByteArray(static_cast<const char *>(reply.data()),
                                                 static_cast<qsizetype>(reply.size())))
                      .object();
    QVERIFY2(answer.value(u"error").toString().startsWith(
                     u"silent: no reply within 10000 ms: its control endpoint"_s),
             qPrintable(answer.value(u"error").toString()));
}

void TestControl::addValidatesLikeTheConfiguration()
{
    writeConfiguration({beater(u"b1"_s)});
    openServer();
    auto error = [this](const QJsonValue &program) {
        const QJsonObject reply = ask({{u"command"_s, u"add"_s}, {u"program"_s, program}});
        return reply.value(u"ok").toBool(true) ? u"(ok)"_s : reply.value(u"error").toString();
    };
    QVERIFY(error(QJsonValue()).startsWith(u"add needs a \"program\" object"));
    QCOMPARE(error(QJsonObject{{u"name"_s, u"x"_s}}), u"program \"x\": \"program\" is missing"_s);
    QCOMPARE(error(QJsonObject{{u"name"_s, u"x"_s},
                               {u"program"_s, u"/bin/true"_s},
                               {u"heartbeatIntervalMs"_s, u"fast"_s}}),
             u"program \"x\": \"heartbeatIntervalMs\" must be a whole number between -2147483648 "
             u"and 2147483647 (got \"fast\")"_s);
    QCOMPARE(error(QJsonObject{{u"name"_s, u"b1"_s}, {u"program"_s, u"/bin/true"_s}}),
             u"a program named \"b1\" already exists"_s);
    QCOMPARE(error(QJsonObject{{u"name"_s, u"x"_s},
                               {u"program"_s, u"/bin/true"_s},
                               {u"dependsOn"_s, QJsonArray{u"ghost"_s}}}),
             u"program \"x\": \"dependsOn\" names \"ghost\", which is not a configured program"_s);
    QCOMPARE(m_supervisor->programNames(), QStringList{u"b1"_s});
}

void TestControl::addAndStart()
{
    openServer();
    QJsonObject program = ProgramStore::toJson(beater(u"fresh"_s));
    const QJsonObject reply
            = ask({{u"command"_s, u"add"_s}, {u"program"_s, program}, {u"start"_s, true}});
    QVERIFY2(reply.value(u"ok").toBool(), qPrintable(reply.value(u"error").toString()));
    QCOMPARE(reply.value(u"name").toString(), u"fresh"_s);
    QTRY_COMPARE(state(u"fresh"_s), ProgramState::Running);
    // Relative paths of an added program resolve against the configuration's folder.
    ProgramSpec expected = beater(u"fresh"_s);
    expected.baseDirectory = m_env->path();
    QCOMPARE(*m_supervisor->spec(u"fresh"_s), expected);
}

void TestControl::removeStopsFirstOrLeavesRunning()
{
    writeConfiguration({beater(u"b1"_s), beater(u"b2"_s)});
    openServer();
    m_supervisor->startAll();
    QTRY_VERIFY(state(u"b1"_s) == ProgramState::Running && state(u"b2"_s) == ProgramState::Running);
    const qint64 leftPid = pid(u"b2"_s);
    // Once removed, no supervisor kills it: this case does, whatever check fails first.
    const auto killLeft = qScopeGuard([leftPid] { ::kill(static_cast<pid_t>(leftPid), SIGKILL); });

    QVERIFY(ask({{u"command"_s, u"remove"_s}, {u"name"_s, u"b1"_s}}).value(u"ok").toBool());
    QTRY_VERIFY(!m_supervisor->hasProgram(u"b1"_s));
    QVERIFY(ask({{u"command"_s, u"remove"_s}, {u"name"_s, u"b2"_s}, {u"leaveRunning"_s, true}})
                    .value(u"ok")
                    .toBool());
    QVERIFY(!m_supervisor->hasProgram(u"b2"_s));
    QCOMPARE(::kill(static_cast<pid_t>(leftPid), 0), 0); // still alive, unsupervised

    QCOMPARE(ask({{u"command"_s, u"remove"_s}}).value(u"error").toString(),
             u"remove needs the \"name\" of a program"_s);
    QCOMPARE(ask({{u"command"_s, u"remove"_s}, {u"name"_s, u"b1"_s}}).value(u"error").toString(),
             u"there is no program named \"b1\" (no program is configured)"_s);
}

void TestControl::showOnlyInWindowMode()
{
    openServer(ControlServer::Mode::Headless);
    QCOMPARE(ask({{u"command"_s, u"show"_s}}).value(u"error").toString(),
             u"this launcher runs headless: there is no window to show"_s);
    m_server.reset();
    m_server = std::make_unique<ControlServer>(m_supervisor.get(), m_keeper.get(),
                                               ControlServer::Mode::Window);
    QString error;
    QVERIFY2(m_server->bind(m_env->runtimeDir().controlEndpoint(), &error), qPrintable(error));
    QSignalSpy shown(m_server.get(), &ControlServer::showRequested);
    QVERIFY(ask({{u"command"_s, u"show"_s}}).value(u"ok").toBool());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(ask({{u"command"_s, u"info"_s}}).value(u"mode").toString(), u"window"_s);
}

void TestControl::quitRepliesThenAsks()
{
    openServer();
    QSignalSpy quit(m_server.get(), &ControlServer::quitRequested);
    QVERIFY(ask({{u"command"_s, u"quit"_s}, {u"leaveRunning"_s, true}}).value(u"ok").toBool());
    QTRY_COMPARE(quit.size(), 1);
    QCOMPARE(quit.at(0).at(0).toBool(), true);
    QVERIFY(ask({{u"command"_s, u"quit"_s}}).value(u"ok").toBool());
    QTRY_COMPARE(quit.size(), 2);
    QCOMPARE(quit.at(1).at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestControl)
#include "tst_control.moc"
