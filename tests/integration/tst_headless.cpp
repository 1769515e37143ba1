// zlauncher --headless as a user runs it: events on stdout, SIGINT stops every program and
// exits 0 with nothing left behind, --leave-running leaves them up, bad set-ups say why.
#include "testenvironment.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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
    void secondLauncherOnTheSameDirectoryIsRefused();

private:
    void writeConfig(const QByteArray &json);
    void startLauncher(const QStringList &extraArguments = {});
    QList<QJsonObject> events() const { return m_events; }
    QList<qint64> runningPids() const;
    void readEvents();

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<QProcess> m_launcher;
    QString m_configPath;
    QList<QJsonObject> m_events;
    QByteArray m_pending;
    QList<qint64> m_leftRunning;
};

void TestHeadless::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
    m_events.clear();
    m_pending.clear();
}

void TestHeadless::cleanup()
{
    if (m_launcher && m_launcher->state() != QProcess::NotRunning) {
        m_launcher->kill();
        QTRY_COMPARE(m_launcher->state(), QProcess::NotRunning);
    }
    for (qint64 pid : std::as_const(m_leftRunning)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    m_leftRunning.clear();
    m_launcher.reset();
    m_env.reset();
}

void TestHeadless::writeConfig(const QByteArray &json)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(json) == json.size());
}

void TestHeadless::startLauncher(const QStringList &extraArguments)
{
    m_launcher = std::make_unique<QProcess>();
    m_launcher->setProgram(QStringLiteral(ZL_LAUNCHER));
    m_launcher->setArguments(QStringList{u"--headless"_s, u"--events"_s, u"json"_s, u"--config"_s,
                                         m_configPath, u"--runtime-dir"_s,
                                         m_env->runtimeDir().path()}
                             + extraArguments);
    connect(m_launcher.get(), &QProcess::readyReadStandardOutput, this, &TestHeadless::readEvents);
    m_launcher->start();
    QVERIFY(m_launcher->waitForStarted());
}

void TestHeadless::readEvents()
{
    m_pending += m_launcher->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), line.constData());
        QVERIFY2(document.object().contains(u"time"_s), line.constData());
        m_events.append(document.object());
    }
}

QList<qint64> TestHeadless::runningPids() const
{
    QList<qint64> pids;
    for (const QJsonObject &event : m_events) {
        if (event[u"event"_s] == u"state"_s && event[u"state"_s] == u"running"_s) {
            pids.append(event[u"pid"_s].toInteger());
        }
    }
    return pids;
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
    startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(runningPids().size(), 2, 10000);
    const QList<qint64> pids = runningPids();

    QSignalSpy finished(m_launcher.get(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(m_launcher->processId()), SIGINT), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_launcher->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_launcher->exitCode(), 0);
    for (qint64 pid : pids) {
        QVERIFY2(!QFile::exists(u"/proc/%1"_s.arg(pid)), "a program outlived Ctrl-C");
    }
    int stopped = 0;
    for (const QJsonObject &event : m_events) {
        stopped += event[u"state"_s] == u"stopped"_s ? 1 : 0;
    }
    QCOMPARE(stopped, 2);
}

void TestHeadless::leaveRunningLeavesProgramsUp()
{
    writeConfig(twoBeaters());
    startLauncher({u"--leave-running"_s});
    QTRY_COMPARE_WITH_TIMEOUT(runningPids().size(), 2, 10000);
    m_leftRunning = runningPids();

    QSignalSpy finished(m_launcher.get(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(m_launcher->processId()), SIGTERM), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_launcher->exitCode(), 0);
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
    startLauncher({u"--runtime-dir"_s, open});
    QSignalSpy finished(m_launcher.get(), &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_launcher->exitCode(), 1);
    const QString message = QString::fromLocal8Bit(m_launcher->readAllStandardError());
    QVERIFY2(message.contains(u"chmod 700"_s), qPrintable(message));
}

void TestHeadless::invalidConfigurationNamesTheKey()
{
    writeConfig(
            R"({"programs": [{"name": "one", "program": "/bin/true", "heartbeatIntervalMs": "fast"}]})");
    startLauncher();
    QSignalSpy finished(m_launcher.get(), &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_launcher->exitCode(), 1);
    const QString message = QString::fromLocal8Bit(m_launcher->readAllStandardError());
    QVERIFY2(message.contains(u"one"_s) && message.contains(u"heartbeatIntervalMs"_s),
             qPrintable(message));
    // The file the user wrote is left as it was.
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"fast\""));
}

void TestHeadless::secondLauncherOnTheSameDirectoryIsRefused()
{
    writeConfig(twoBeaters());
    startLauncher();
    QTRY_COMPARE_WITH_TIMEOUT(runningPids().size(), 2, 10000); // it holds the lock by now
    m_leftRunning = runningPids(); // cleanup() kills the launcher, and programs outlive it
    QProcess second;
    second.start(QStringLiteral(ZL_LAUNCHER),
                 {u"--headless"_s, u"--config"_s, m_configPath, u"--runtime-dir"_s,
                  m_env->runtimeDir().path()});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    const QString message = QString::fromLocal8Bit(second.readAllStandardError());
    QVERIFY2(message.contains(QString::number(m_launcher->processId())), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
