#include "networkhosts.h"

#include "twobeaters.h"

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

ProcessRun ip(const QStringList &arguments)
{
    return runProcess(u"ip"_s, arguments);
}

/// The inode that names a network namespace (as /proc/PID/ns/net shows it); 0 when unreadable.
quint64 namespaceInode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

NetworkHosts::NetworkHosts() = default;

NetworkHosts::~NetworkHosts()
{
    for (Host *host : {&m_a, &m_b}) {
        if (host->agent && host->agent->process().state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(host->agent->process().processId()), SIGINT);
            host->agent->process().waitForFinished(10000);
        }
        host->agent.reset();
    }
    // The veth pairs go with their namespace.
    for (const QString &name : std::as_const(m_namespaces)) {
        ip({u"netns"_s, u"del"_s, name});
    }
}

QString NetworkHosts::prepare()
{
    if (::geteuid() != 0) {
        return u"network namespaces need root"_s;
    }
    m_env = std::make_unique<TestEnvironment>();
    if (!m_env->isValid()) {
        return m_env->errorString();
    }
    m_configPath = m_env->filePath(u"rig.json"_s);
    QFile config(m_configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(twoBeaters()) < 0) {
        return u"cannot write %1"_s.arg(m_configPath);
    }
    config.close();
    m_clientHome = m_env->filePath(u"client-config"_s);
    const ProcessRun keygen = client({u"--json"_s, u"keygen"_s});
    m_clientKey = QJsonDocument::fromJson(keygen.out.toUtf8())[u"publicKey"].toString();
    if (m_clientKey.size() != 40) {
        return u"zlauncherctl keygen: "_s + keygen.err;
    }
    for (auto [host, index] : {std::pair{&m_a, 1}, std::pair{&m_b, 2}}) {
        if (const QString why = makeHost(*host, index); !why.isEmpty()) {
            return u"cannot make a network namespace here: "_s + why;
        }
    }
    return {};
}

QString NetworkHosts::makeHost(Host &host, int index)
{
    const QString suffix = QString::number(QCoreApplication::applicationPid() % 100000);
    host.name = index == 1 ? u"bench-a"_s : u"bench-b"_s;
    host.namespaceName = u"zlt%1-%2"_s.arg(index).arg(suffix);
    host.outsideLink = u"zlo%1-%2"_s.arg(index).arg(suffix);
    host.insideLink = u"zli%1-%2"_s.arg(index).arg(suffix);
    const QString &inside = host.insideLink;
    const QString subnet
            = u"10.213.%1"_s.arg(index + (QCoreApplication::applicationPid() % 50) * 2);
    host.address = subnet + u".2"_s;
    const QList<QStringList> steps = {
            {u"netns"_s, u"add"_s, host.namespaceName},
            {u"link"_s, u"add"_s, host.outsideLink, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s,
             inside},
            {u"link"_s, u"set"_s, inside, u"netns"_s, host.namespaceName},
            {u"addr"_s, u"add"_s, subnet + u".1/24"_s, u"dev"_s, host.outsideLink},
            {u"link"_s, u"set"_s, host.outsideLink, u"up"_s},
            {u"-n"_s, host.namespaceName, u"addr"_s, u"add"_s, host.address + u"/24"_s, u"dev"_s,
             inside},
            {u"-n"_s, host.namespaceName, u"link"_s, u"set"_s, inside, u"up"_s},
            {u"-n"_s, host.namespaceName, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
    };
    m_namespaces.append(host.namespaceName);
    for (const QStringList &step : steps) {
        const ProcessRun run = ip(step);
        if (run.exitCode != 0) {
            return u"ip %1: %2"_s.arg(step.join(u' '), run.err.trimmed());
        }
    }
    host.configHome = m_env->filePath(host.name + u"-config"_s);
    host.runtimeDir = m_env->filePath(host.name + u"-run"_s);
    QDir().mkpath(host.runtimeDir);
    QFile::setPermissions(host.runtimeDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QProcessEnvironment NetworkHosts::environmentOf(const QString &configHome) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    return environment;
}

ProcessRun NetworkHosts::clientAs(const QString &configHome, const QStringList &arguments) const
{
    return runProcess(QStringLiteral(ZL_CTL), arguments, environmentOf(configHome));
}

ProcessRun NetworkHosts::onHost(const Host &host, const QStringList &arguments) const
{
    return runProcess(QStringLiteral(ZL_CTL),
                      QStringList{u"--runtime-dir"_s, host.runtimeDir} + arguments,
                      environmentOf(host.configHome));
}

QString NetworkHosts::startAgent(Host &host)
{
    if (const ProcessRun run = onHost(host, {u"authorize"_s, m_clientKey}); run.exitCode != 0) {
        return u"zlauncherctl authorize: "_s + run.err;
    }
    host.agent = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s, host.runtimeDir,
                        u"--listen"_s, u"tcp://%1:7700"_s.arg(host.address)});
    host.agent->process().setProcessEnvironment(environmentOf(host.configHome));
    // The agent runs inside the host's namespace: the child joins it before its exec.
    const QByteArray path = QFile::encodeName(u"/run/netns/"_s + host.namespaceName);
    host.agent->process().setChildProcessModifier([path] {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::setns(fd, CLONE_NEWNET) != 0) {
            ::_exit(126);
        }
        ::close(fd);
    });
    if (!host.agent->start()) {
        return u"the agent of %1 did not start"_s.arg(host.name);
    }
    if (!QTest::qWaitFor([&] { return host.agent->runningPids().size() >= 2; }, 20000)) {
        return u"the programs of %1 did not start: %2"_s.arg(
                host.name, QString::fromUtf8(host.agent->process().readAllStandardError()));
    }
    const ProcessRun info = onHost(host, {u"--json"_s, u"info"_s});
    const QString serverKey = QJsonDocument::fromJson(info.out.toUtf8())[u"serverKey"].toString();
    if (serverKey.size() != 40) {
        return u"zlauncherctl info on %1: %2%3"_s.arg(host.name, info.out, info.err);
    }
    const ProcessRun added = client(
            {u"hosts"_s, u"add"_s, host.name, u"tcp://%1:7700"_s.arg(host.address), serverKey});
    return added.exitCode == 0 ? QString() : u"zlauncherctl hosts add: "_s + added.err;
}

bool NetworkHosts::setCable(const Host &host, bool up) const
{
    return ip({u"-n"_s, host.namespaceName, u"link"_s, u"set"_s, host.insideLink,
               up ? u"up"_s : u"down"_s})
                   .exitCode
            == 0;
}

qint64 NetworkHosts::lastRunningPid(const Host &host, const QString &program)
{
    qint64 pid = 0;
    for (const QJsonObject &event : host.agent->eventsOf(u"state"_s, program)) {
        if (event[u"state"_s] == u"running"_s) {
            pid = event[u"pid"_s].toInteger();
        }
    }
    return pid;
}

QList<qint64> NetworkHosts::pidsInside(const Host &host, const QString &executable) const
{
    const quint64 inside = namespaceInode(u"/run/netns/"_s + host.namespaceName);
    const QString target = QFileInfo(executable).canonicalFilePath();
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number || QFileInfo(u"/proc/%1/exe"_s.arg(pid)).canonicalFilePath() != target) {
            continue;
        }
        if (inside != 0 && namespaceInode(u"/proc/%1/ns/net"_s.arg(pid)) == inside) {
            pids.append(pid);
        }
    }
    return pids;
}
