// Programs outlive the launcher, and a launcher started after a crash adopts them instead of
// starting them twice; a pid reused by another process is not adopted; a program that died
// meanwhile is restarted and the gap reported; a successor started just before the launcher
// died is found by the token recorded for it while its predecessor ran.
#include "core/os/instancestate.h"

#include "launcherprocess.h"
#include "testenvironment.h"

#include <csignal>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAdoption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedLauncherIsSucceededWithoutDuplicates();
    void reusedPidIsNotAdopted();
    void programThatDiedMeanwhileIsRestarted();
    void respawnCarriesTheRecordedSuccessorToken();
    void recordedSuccessorIsAdopted();

private:
    QJsonObject recordOf(const QString &name) const;
    void writeConfig(int programs);
    std::unique_ptr<LauncherProcess> launcher();
    /// A launcher of one program, once that program runs and the launcher's record names
    /// it; null if that does not happen within 10 s.
    std::unique_ptr<LauncherProcess> launcherRunningOne();
    void stop(LauncherProcess &launcher);
    /// SIGKILLs the launcher, as a crash would, and waits for its end.
    static bool killed(LauncherProcess &launcher);

    std::unique_ptr<TestEnvironment> m_env;
    QString m_configPath;
    QList<qint64> m_pids;
};

void TestAdoption::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
    m_pids.clear();
}

void TestAdoption::cleanup()
{
    for (qint64 pid : std::as_const(m_pids)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    m_env.reset();
}

void TestAdoption::writeConfig(int programs)
{
    QJsonArray list;
    for (int i = 0; i < programs; ++i) {
        list.append(QJsonObject{{u"name"_s, u"p%1"_s.arg(i)},
                                {u"program"_s, QStringLiteral(ZL_TC_BEATER)},
                                {u"heartbeatIntervalMs"_s, 100}});
    }
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"programs"_s, list}}).toJson());
}

std::unique_ptr<LauncherProcess> TestAdoption::launcher()
{
    auto process = std::make_unique<LauncherProcess>(QStringLiteral(ZL_LAUNCHER),
                                                     QStringList{u"--config"_s, m_configPath,
                                                                 u"--runtime-dir"_s,
                                                                 m_env->runtimeDir().path()});
    return process->start() ? std::move(process) : nullptr;
}

std::unique_ptr<LauncherProcess> TestAdoption::launcherRunningOne()
{
    writeConfig(1);
    auto process = launcher();
    if (!process) {
        return nullptr;
    }
    // The record is saved right after the state event that announces the pid: a launcher
    // killed in between would leave a record of an instance being started.
    const auto runsAndIsRecorded = [this, &process] {
        return process->runningPids().size() == 1
                && recordOf(u"p0"_s)[u"pid"_s].toInteger() == process->runningPids().first();
    };
    return QTest::qWaitFor(runsAndIsRecorded, 10000) ? std::move(process) : nullptr;
}

void TestAdoption::stop(LauncherProcess &launcher)
{
    QSignalSpy finished(&launcher.process(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(launcher.process().exitCode(), 0);
}

bool TestAdoption::killed(LauncherProcess &launcher)
{
    QSignalSpy finished(&launcher.process(), &QProcess::finished);
    return ::kill(static_cast<pid_t>(launcher.process().processId()), SIGKILL) == 0
            && finished.wait(5000);
}

void TestAdoption::killedLauncherIsSucceededWithoutDuplicates()
{
    constexpr int count = 20;
    writeConfig(count);
    auto first = launcher();
    QVERIFY(first);
    QTRY_COMPARE_WITH_TIMEOUT(first->runningPids().size(), count, 20000);
    m_pids = first->runningPids();
    QVERIFY(killed(*first));
    for (qint64 pid : std::as_const(m_pids)) {
        QVERIFY2(::kill(static_cast<pid_t>(pid), 0) == 0, "a program died with its launcher");
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    auto second = launcher();
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->runningPids(true).size(), count, 20000);
    qInfo("adopted %d programs in %lld ms after the new launcher started", count,
          sinceStart.elapsed());
    QList<qint64> adopted = second->runningPids(true);
    std::sort(adopted.begin(), adopted.end());
    std::sort(m_pids.begin(), m_pids.end());
    QCOMPARE(adopted, m_pids);
    // Nothing was started: every state event of the new launcher is of an adopted instance.
    for (const QJsonObject &event : second->eventsOf(u"state"_s)) {
        QVERIFY2(event[u"adopted"_s].toBool(),
                 qPrintable(QString::fromUtf8(QJsonDocument(event).toJson())));
    }

    stop(*second);
    for (qint64 pid : std::as_const(m_pids)) {
        // Gone or a zombie (this machine's init may not reap the adopted ones' remains).
        QTRY_VERIFY(!InstanceState::processStartTime(pid));
    }
}

void TestAdoption::reusedPidIsNotAdopted()
{
    writeConfig(1);
    // A record that names this very test process with a start time it never had.
    QFile record(m_env->runtimeDir().path() + u"/instances.json"_s);
    QVERIFY(record.open(QIODevice::WriteOnly));
    record.write(QJsonDocument(
                         QJsonObject{{u"version"_s, 1},
                                     {u"instances"_s,
                                      QJsonObject{{u"p0"_s,
                                                   QJsonObject{{u"pid"_s,
                                                                QCoreApplication::applicationPid()},
                                                               {u"startTime"_s, u"1"_s}}}}}})
                         .toJson());
    record.close();

    auto second = launcher();
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->runningPids().size(), 1, 10000);
    m_pids = second->runningPids();
    QVERIFY(m_pids.first() != QCoreApplication::applicationPid());
    QVERIFY(second->runningPids(true).isEmpty());
    const auto exits = second->eventsOf(u"exit"_s, u"p0"_s);
    QVERIFY(!exits.isEmpty());
    QVERIFY2(exits.first()[u"message"_s].toString().contains(u"another process"_s),
             qPrintable(exits.first()[u"message"_s].toString()));
    stop(*second);
}

void TestAdoption::programThatDiedMeanwhileIsRestarted()
{
    auto first = launcherRunningOne();
    QVERIFY(first);
    const qint64 old = first->runningPids().first();
    QVERIFY(killed(*first));
    QCOMPARE(::kill(static_cast<pid_t>(old), SIGKILL), 0);

    auto second = launcher();
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->runningPids().size(), 1, 10000);
    m_pids = second->runningPids();
    QVERIFY(m_pids.first() != old);
    const auto exits = second->eventsOf(u"exit"_s, u"p0"_s);
    QVERIFY(!exits.isEmpty());
    QVERIFY2(exits.first()[u"message"_s].toString().contains(u"while no launcher was running"_s),
             qPrintable(exits.first()[u"message"_s].toString()));
    stop(*second);
}

QJsonObject TestAdoption::recordOf(const QString &name) const
{
    QFile record(m_env->runtimeDir().path() + u"/instances.json"_s);
    if (!record.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(record.readAll())[u"instances"_s][name].toObject();
}

void TestAdoption::respawnCarriesTheRecordedSuccessorToken()
{
    auto first = launcherRunningOne();
    QVERIFY(first);
    const qint64 old = first->runningPids().first();
    const QJsonObject record = recordOf(u"p0"_s);
    const QString successor = record[u"nextToken"_s].toString();
    QVERIFY(!successor.isEmpty());
    QVERIFY(successor != record[u"token"_s].toString());
    // Found by its token as adoption finds it: in the environment of the process.
    QCOMPARE(InstanceState::processesByToken().value(record[u"token"_s].toString()), old);

    QCOMPARE(::kill(static_cast<pid_t>(old), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(first->runningPids().size(), 2, 10000);
    const qint64 respawned = first->runningPids().last();
    m_pids = {respawned};
    // The record saved while the killed instance ran already led to this one.
    QCOMPARE(InstanceState::processesByToken().value(successor), respawned);
    QTRY_COMPARE(recordOf(u"p0"_s)[u"pid"_s].toInteger(), respawned);
    QCOMPARE(recordOf(u"p0"_s)[u"token"_s].toString(), successor);
    QVERIFY(recordOf(u"p0"_s)[u"nextToken"_s].toString() != successor);
    stop(*first);
}

void TestAdoption::recordedSuccessorIsAdopted()
{
    auto first = launcherRunningOne();
    QVERIFY(first);
    const qint64 old = first->runningPids().first();
    const QString successor = recordOf(u"p0"_s)[u"nextToken"_s].toString();
    QVERIFY(!successor.isEmpty());
    QFile environ(u"/proc/%1/environ"_s.arg(old));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    const QList<QByteArray> variables = environ.readAll().split('\0');

    // The launcher dies as it respawns: the instance is gone, and its successor runs, started
    // before the launcher could record its pid. Played here by hand, in that order.
    QVERIFY(killed(*first));
    QCOMPARE(::kill(static_cast<pid_t>(old), SIGKILL), 0);
    QTRY_VERIFY(!InstanceState::processStartTime(old));
    QStringList environment;
    for (const QByteArray &variable : variables) {
        if (!variable.isEmpty()) {
            environment.append(variable.startsWith("ZLAUNCHER_INSTANCE=")
                                       ? u"ZLAUNCHER_INSTANCE="_s + successor
                                       : QString::fromLocal8Bit(variable));
        }
    }
    QProcess successorProcess;
    successorProcess.setProgram(QStringLiteral(ZL_TC_BEATER));
    successorProcess.setEnvironment(environment);
    successorProcess.start();
    QVERIFY(successorProcess.waitForStarted());
    m_pids = {successorProcess.processId()};

    auto second = launcher();
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->runningPids(true).size(), 1, 10000);
    QCOMPARE(second->runningPids(true).first(), successorProcess.processId());
    QCOMPARE(second->runningPids().size(), 1); // adopted, and nothing started beside it
    QVERIFY(second->eventsOf(u"exit"_s, u"p0"_s).isEmpty());
    stop(*second);
    QTRY_COMPARE(successorProcess.state(), QProcess::NotRunning);
}

QTEST_GUILESS_MAIN(TestAdoption)
#include "tst_adoption.moc"
