#include "testagent.h"

#include "core/remote/curvekeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>

using namespace Qt::StringLiterals;

TestAgent::TestAgent(const TestEnvironment &environment, QString launcher, QString ctl)
    : m_launcher(std::move(launcher))
    , m_ctl(std::move(ctl))
    , m_configPath(environment.filePath(u"agent.json"_s))
    , m_home(environment.filePath(u"agent-config"_s))
    , m_runtimeDir(environment.filePath(u"agent-runtime"_s))
{ }

quint16 TestAgent::freePortPair()
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

bool TestAgent::prepare(const QByteArray &configuration, const QByteArray &clientKey,
                        QString *error)
{
    QFile config(m_configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(configuration) != configuration.size()) {
        *error = u"cannot write %1: %2"_s.arg(m_configPath, config.errorString());
        return false;
    }
    config.close();
    if (!AuthorizedKeys::append(m_home + u"/zlauncher/authorized_keys"_s, clientKey, u"test"_s,
                                error)) {
        return false;
    }
    const quint16 port = freePortPair();
    if (port == 0) {
        *error = u"no free pair of loopback ports"_s;
        return false;
    }
    m_endpoint = u"tcp://127.0.0.1:%1"_s.arg(port);
    return true;
}

bool TestAgent::start()
{
    m_process = std::make_unique<LauncherProcess>(m_launcher,
                                                  QStringList{u"--config"_s, m_configPath,
                                                              u"--runtime-dir"_s, m_runtimeDir,
                                                              u"--listen"_s, m_endpoint}
                                                          + m_extraArguments);
    m_process->process().setProcessEnvironment(environment());
    return m_process->start();
}

QByteArray TestAgent::serverKey() const
{
    QProcess ctl;
    ctl.setProcessEnvironment(environment());
    ctl.start(m_ctl, {u"--runtime-dir"_s, m_runtimeDir, u"--json"_s, u"info"_s});
    ctl.waitForFinished(30000);
    return QJsonDocument::fromJson(ctl.readAllStandardOutput())[u"serverKey"].toString().toLatin1();
}

QProcessEnvironment TestAgent::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home);
    return environment;
}
