// zlauncher --headless as a user runs it: events on stdout, SIGINT stops every program and
// exits 0 with nothing left behind, --leave-running leaves them up, bad set-ups say why.
#include "launcherprocess.h"
#include "testenvironment.h"

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sigintStopsEverythingAndExitsZero();
    void leaveRunningLeavesProgramsUp();
    void refusesAnOpenRuntimeDirectory();
    void invalidConfigurationNamesTheKey();
    void missingExplicitConfigurationIsAnError();
    void secondLauncherOnTheSameDirectoryIsRefused();
    void eventStreamFollowsARestart();
    void oneZeroMqContextServesEveryEndpoint();
    void frozenLauncherLosesNoHealthyProgram();

private:
    void writeConfig(const QByteArray &json);
    LauncherProcess &startLauncher(const QStringList &extraArguments = {});
    int finish(LauncherProcess &launcher);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<LauncherProcess> m_launcher;
    QString m_configPath;
    QList<qint64> m_leftRunning;
};

void TestHeadless::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
}

void TestHeadless::cleanup()
{
    m_launcher.reset();
    // Programs outlive a killed launcher by design.
    for (qint64 pid : std::as_const(m_leftRunning)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    m_leftRunning.clear();
    m_env.reset();
}

void TestHeadless::writeConfig(const QByteArray &json)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(json) == json.size());
}

LauncherProcess &TestHeadless::startLauncher(const QStringList &extraArguments)
{
    m_launcher = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s, m_env->runtimeDir().path()}
                    + extraArguments);
    [&] { QVERIFY(m_launcher->start()); }();
    return *m_launcher;
}

int TestHeadless::finish(LauncherProcess &launcher)
{
    if (launcher.process().state() != QProcess::NotRunning) {
        QSignalSpy finished(&launcher.process(), &QProcess::finished);
        if (!finished.wait(10000)) {
            return -1;
        }
    }
    return launcher.process().exitCode();
}

static QByteArray twoBeaters()
{
    return QByteArray(R"({"version": 1, "programs": [
        {"name": "one", "program": ")")
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 100},
        {"name": "two", "program": ")"
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 100}]})";
}

void TestHeadless::sigintStopsEverythingAndExitsZero()
{
    writeConfig(twoBeaters());
    LauncherProcess &launcher = startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    const QList<qint64> pids = launcher.runningPids();

    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
    QCOMPARE(launcher.process().exitStatus(), QProcess::NormalExit);
    for (qint64 pid : pids) {
        QVERIFY2(!QFile::exists(u"/proc/%1"_s.arg(pid)), "a program outlived Ctrl-C");
    }
    int stopped = 0;
    for (const QJsonObject &event : launcher.eventsOf(u"state"_s)) {
        stopped += event[u"state"_s] == u"stopped"_s ? 1 : 0;
    }
    QCOMPARE(stopped, 2);
    QVERIFY(launcher.allLinesWereEvents());
}

void TestHeadless::leaveRunningLeavesProgramsUp()
{
    writeConfig(twoBeaters());
    LauncherProcess &launcher = startLauncher({u"--leave-running"_s});
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    m_leftRunning = launcher.runningPids();

    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGTERM), 0);
    QCOMPARE(finish(launcher), 0);
    for (qint64 pid : std::as_const(m_leftRunning)) {
        QVERIFY2(::kill(static_cast<pid_t>(pid), 0) == 0, "a program did not outlive the launcher");
    }
}

void TestHeadless::refusesAnOpenRuntimeDirectory()
{
    writeConfig(twoBeaters());
    const QString open = m_env->filePath(u"open-run"_s);
    QVERIFY(QDir().mkpath(open));
    QVERIFY(QFile::setPermissions(open,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
    LauncherProcess &launcher = startLauncher({u"--runtime-dir"_s, open});
    QCOMPARE(finish(launcher), 1);
    const QString message = QString::fromLocal8Bit(launcher.process().readAllStandardError());
    QVERIFY2(message.contains(u"chmod 700"_s), qPrintable(message));
}

void TestHeadless::invalidConfigurationNamesTheKey()
{
    writeConfig(
            R"({"programs": [{"name": "one", "program": "/bin/true", "heartbeatIntervalMs": "fast"}]})");
    LauncherProcess &launcher = startLauncher();
    QCOMPARE(finish(launcher), 1);
    const QString message = QString::fromLocal8Bit(launcher.process().readAllStandardError());
    QVERIFY2(message.contains(u"one"_s) && message.contains(u"heartbeatIntervalMs"_s),
             qPrintable(message));
    // The file the user wrote is left as it was.
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"fast\""));
}

void TestHeadless::missingExplicitConfigurationIsAnError()
{
    LauncherProcess &launcher = startLauncher({u"--config"_s, m_env->filePath(u"typo.json"_s)});
    QCOMPARE(finish(launcher), 1);
    const QString message = QString::fromLocal8Bit(launcher.process().readAllStandardError());
    QVERIFY2(message.contains(u"typo.json"_s) && message.contains(u"does not exist"_s),
             qPrintable(message));
}

void TestHeadless::secondLauncherOnTheSameDirectoryIsRefused()
{
    writeConfig(twoBeaters());
    LauncherProcess &launcher = startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000); // it holds the lock now
    QProcess second;
    second.start(QStringLiteral(ZL_LAUNCHER),
                 {u"--headless"_s, u"--config"_s, m_configPath, u"--runtime-dir"_s,
                  m_env->runtimeDir().path()});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    const QString message = QString::fromLocal8Bit(second.readAllStandardError());
    QVERIFY2(message.contains(QString::number(launcher.process().processId())),
             qPrintable(message));
    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
}

void TestHeadless::eventStreamFollowsARestart()
{
    writeConfig(twoBeaters());
    LauncherProcess &launcher = startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    zmq::context_t context;
    zmq::socket_t subscriber(context, zmq::socket_type::sub);
    subscriber.set(zmq::sockopt::subscribe, "");
    subscriber.set(zmq::sockopt::rcvtimeo, 100);
    subscriber.connect(m_env->runtimeDir().eventsEndpoint().toStdString());

    // Events published before the subscription reached the launcher are lost, so kill again
    // until the stream shows a restart: an exit of "one", then it running again.
    const qint64 launcherPid = launcher.process().processId();
    QList<QJsonObject> streamed;
    const auto sawRestart = [&] {
        bool exited = false;
        for (const QJsonObject &event : std::as_const(streamed)) {
            if (event[u"program"_s] == u"one"_s && event[u"event"_s] == u"exit"_s) {
                exited = true;
            } else if (exited && event[u"program"_s] == u"one"_s
                       && event[u"state"_s] == u"running"_s) {
                return true;
            }
        }
        return false;
    };
    for (int attempt = 0; attempt < 20 && !sawRestart(); ++attempt) {
        qint64 pidOfOne = 0;
        for (const QJsonObject &event : launcher.eventsOf(u"state"_s, u"one"_s)) {
            if (event[u"state"_s] == u"running"_s) {
                pidOfOne = event[u"pid"_s].toInteger();
            }
        }
        QVERIFY(pidOfOne > 0);
        ::kill(static_cast<pid_t>(pidOfOne), SIGKILL);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 1000 && !sawRestart()) {
            zmq::message_t message;
            if (subscriber.recv(message)) {
                const QJsonDocument document = QJsonDocument::fromJson(
                        QByteArray(static_cast<const char *>(message.data()),
                                   static_cast<qsizetype>(message.size())));
                QVERIFY2(document.isObject() && document.object().contains(u"time"_s),
                         message.to_string().c_str());
                streamed.append(document.object());
            }
            QCoreApplication::processEvents();
        }
    }
    QVERIFY2(sawRestart(), "the event stream did not show the restart");
    QCOMPARE(launcher.process().processId(), launcherPid);
    QCOMPARE(::kill(static_cast<pid_t>(launcherPid), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
}

// Each ZeroMQ context brings its own I/O and reaper threads ("ZMQbg/IO/0", "ZMQbg/Reaper"):
// a launcher with its heartbeat bus, control server and event publisher listening has one.
void TestHeadless::oneZeroMqContextServesEveryEndpoint()
{
    writeConfig(twoBeaters());
    LauncherProcess &launcher = startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    const QDir tasks(u"/proc/%1/task"_s.arg(launcher.process().processId()));
    QStringList threadNames;
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly)) {
            threadNames.append(QString::fromUtf8(comm.readAll().trimmed()));
        }
    }
    QCOMPARE(threadNames.count(u"ZMQbg/Reaper"_s), 1);
    QCOMPARE(threadNames.count(u"ZMQbg/IO/0"_s), 1);
}

void TestHeadless::frozenLauncherLosesNoHealthyProgram()
{
    // Four programs beat on while the launcher is stopped for three lost timeouts; a fifth is
    // frozen with it and stays so.
    const QStringList names{u"b0"_s, u"b1"_s, u"b2"_s, u"b3"_s, u"frozen"_s};
    QJsonArray programs;
    for (const QString &name : names) {
        programs.append(QJsonObject{{u"name"_s, name},
                                    {u"program"_s, QStringLiteral(ZL_TC_BEATER)},
                                    {u"heartbeatIntervalMs"_s, 200},
                                    {u"lostTimeoutMs"_s, 1000}});
    }
    writeConfig(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"programs"_s, programs}}).toJson());
    LauncherProcess &launcher = startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), names.size(), 10000);
    const auto lostPrograms = [&launcher] {
        QStringList lost;
        for (const QJsonObject &event : launcher.eventsOf(u"state"_s)) {
            if (event[u"state"_s] == u"lost"_s) {
                lost.append(event[u"program"_s].toString());
            }
        }
        return lost;
    };
    qint64 frozenPid = 0;
    for (const QJsonObject &event : launcher.eventsOf(u"state"_s, u"frozen"_s)) {
        frozenPid = event[u"pid"_s].toInteger();
    }
    QVERIFY(frozenPid > 0);
    const auto launcherPid = static_cast<pid_t>(launcher.process().processId());

    QCOMPARE(::kill(launcherPid, SIGSTOP), 0);
    QCOMPARE(::kill(static_cast<pid_t>(frozenPid), SIGSTOP), 0);
    // The freeze itself: its length is what the test is about, not a wait for an outcome.
    QTest::qWait(3000);
    QCOMPARE(::kill(launcherPid, SIGCONT), 0);

    // The frozen program is caught, a lost timeout after the resume; by then a healthy program
    // wrongly judged on the stall would have been lost at the resume itself.
    QTRY_VERIFY_WITH_TIMEOUT(lostPrograms().contains(u"frozen"_s), 10000);
    QCOMPARE(lostPrograms(), QStringList{u"frozen"_s});
    bool stallTold = false;
    for (const QJsonObject &event : launcher.events()) {
        stallTold = stallTold
                || event[u"message"_s].toString().contains(u"the launcher did not run for"_s);
    }
    QVERIFY(stallTold);
    QCOMPARE(::kill(launcherPid, SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
