// RemoteLauncher against a real agent on loopback tcp: it follows the agent's programs
// (snapshot, then events), is unreachable while the agent is gone, refuses commands with that
// sentence, and comes back resynchronised with the agent that replaced it (docs/remote.md).
#include "launcherprocess.h"
#include "twobeaters.h"
#include "testenvironment.h"

#include "core/remote/remotelauncher.h"

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// A port p with p + 1 free too (the agent's stream), on loopback.
quint16 freePortPair()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first;
        QTcpServer second;
        if (first.listen(QHostAddress::LocalHost)
            && second.listen(QHostAddress::LocalHost, first.serverPort() + 1)) {
            return first.serverPort();
        }
    }
    return 0;
}

} // namespace

class TestRemoteLauncher : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment agentEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_agentHome);
        return environment;
    }
    void startAgent()
    {
        m_agent = std::make_unique<LauncherProcess>(
                QStringLiteral(ZL_LAUNCHER),
                QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s,
                            m_env->runtimeDir().path(), u"--listen"_s, m_endpoint});
        m_agent->process().setProcessEnvironment(agentEnvironment());
        QVERIFY(m_agent->start());
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->runningPids().size() >= 2, 20000);
    }
    QString agentKey()
    {
        QProcess ctl;
        ctl.setProcessEnvironment(agentEnvironment());
        ctl.start(QStringLiteral(ZL_CTL),
                  {u"--runtime-dir"_s, m_env->runtimeDir().path(), u"--json"_s, u"info"_s});
        ctl.waitForFinished(30000);
        return QJsonDocument::fromJson(ctl.readAllStandardOutput())[u"serverKey"].toString();
    }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<LauncherProcess> m_agent;
    QString m_configPath;
    QString m_agentHome;
    QString m_endpoint;

private Q_SLOTS:
    void followsLosesAndResynchronises()
    {
        m_env = std::make_unique<TestEnvironment>();
        QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
        m_configPath = m_env->filePath(u"zlauncher.json"_s);
        QFile config(m_configPath);
        QVERIFY(config.open(QIODevice::WriteOnly) && config.write(twoBeaters()) > 0);
        config.close();
        m_agentHome = m_env->filePath(u"agent-config"_s);
        const quint16 port = freePortPair();
        QVERIFY(port > 0);
        m_endpoint = u"tcp://127.0.0.1:%1"_s.arg(port);

        const CurveKeyPair client = CurveKeys::generate();
        QString error;
        QVERIFY2(AuthorizedKeys::append(m_agentHome + u"/zlauncher/authorized_keys"_s,
                                        client.publicKey, u"test"_s, &error),
                 qPrintable(error));
        startAgent();
        const QString serverKey = agentKey();
        QCOMPARE(serverKey.size(), 40);

        zmq::context_t context;
        RemoteLauncher remote(context, {u"bench"_s, m_endpoint, serverKey.toLatin1()}, client);
        QSignalSpy states(&remote, &RemoteLauncher::stateChanged);
        // No periodic snapshot within the test: what changes must come through the stream.
        remote.start(600000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 20000);
        QCOMPARE(remote.mirror().names(), (QStringList{u"alpha"_s, u"beta"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"alpha"_s)[u"state"].toString(),
                                  u"running"_s, 20000);

        // A command, and its effect arriving through the stream.
        QJsonObject reply;
        remote.request({{u"command"_s, u"stop"_s}, {u"name"_s, u"alpha"_s}},
                       [&reply](const QJsonObject &answer, const QString &) { reply = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.value(u"ok"_s).toBool(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"alpha"_s)[u"state"].toString(),
                                  u"stopped"_s, 20000);
        QVERIFY(remote.mirror().lastSeq() >= static_cast<quint64>(reply[u"seq"].toInteger()));

        // The agent dies: unreachable, and commands are refused with that sentence.
        QElapsedTimer lost;
        lost.start();
        m_agent.reset(); // SIGKILL; its programs go on
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Unreachable, 30000);
        qInfo("unreachable %lld ms after the agent was killed", lost.elapsed());
        QString refusal;
        remote.request({{u"command"_s, u"start"_s}, {u"name"_s, u"alpha"_s}},
                       [&refusal](const QJsonObject &, const QString &why) { refusal = why; });
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.startsWith(u"bench is unreachable since "_s), qPrintable(refusal));

        // A new agent on the same address adopts the programs; the mirror follows it.
        startAgent();
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"beta"_s)[u"state"].toString(),
                                  u"running"_s, 20000);
        QCOMPARE(states.size() >= 3, true);
    }
    void cleanup()
    {
        if (m_agent && m_agent->process().state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_agent->process().processId()), SIGINT);
            m_agent->process().waitForFinished(10000);
        }
        m_agent.reset();
        m_env.reset();
    }
};

QTEST_GUILESS_MAIN(TestRemoteLauncher)
#include "tst_remotelauncher.moc"
