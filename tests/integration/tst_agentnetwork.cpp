// Two agents on two "hosts": network namespaces joined to the test's by veth pairs, each agent
// with its own configuration home and runtime directory. zlauncherctl in the test's namespace
// drives both by name (hosts.json); a cut link makes one unreachable while it goes on
// supervising, and it is reachable again when the link comes back (docs/remote.md). Needs root
// and iproute2; skips, saying why, where network namespaces cannot be made (a chroot).
#include "launcherprocess.h"
#include "twobeaters.h"
#include "processrun.h"
#include "testenvironment.h"

#include "core/remote/remotelauncher.h"

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = ProcessRun;

Run ip(const QStringList &arguments)
{
    return runProcess(u"ip"_s, arguments);
}

/// One agent's host: a namespace, the veth pair that joins it to the test's, its addresses.
struct Host
{
    QString name; ///< also the host's name in hosts.json
    QString namespaceName;
    QString outsideLink; ///< the veth end in the test's namespace
    QString insideLink;  ///< its peer in the host's namespace
    QString address;     ///< the agent's, inside
    QString configHome;
    QString runtimeDir;
    std::unique_ptr<LauncherProcess> agent;
};

} // namespace

class TestAgentNetwork : public QObject
{
    Q_OBJECT

private:
    /// Makes the namespace and its link; empty on success, else why not.
    QString makeHost(Host &host, int index)
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
                {u"-n"_s, host.namespaceName, u"addr"_s, u"add"_s, host.address + u"/24"_s,
                 u"dev"_s, inside},
                {u"-n"_s, host.namespaceName, u"link"_s, u"set"_s, inside, u"up"_s},
                {u"-n"_s, host.namespaceName, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
        };
        m_namespaces.append(host.namespaceName);
        for (const QStringList &step : steps) {
            const Run run = ip(step);
            if (run.exitCode != 0) {
                return u"ip %1: %2"_s.arg(step.join(u' '), run.err.trimmed());
            }
        }
        host.configHome = m_env->filePath(host.name + u"-config"_s);
        host.runtimeDir = m_env->filePath(host.name + u"-run"_s);
        QDir().mkpath(host.runtimeDir);
        QFile::setPermissions(host.runtimeDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        return {};
    }

    QProcessEnvironment environmentOf(const QString &configHome) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
        return environment;
    }
    Run client(const QStringList &arguments)
    {
        return runProcess(QStringLiteral(ZL_CTL), arguments, environmentOf(m_clientHome));
    }
    Run onHost(const Host &host, const QStringList &arguments)
    {
        return runProcess(QStringLiteral(ZL_CTL),
                          QStringList{u"--runtime-dir"_s, host.runtimeDir} + arguments,
                          environmentOf(host.configHome));
    }

    /// The agent runs inside the host's namespace: the child joins it before its exec.
    void startAgent(Host &host)
    {
        QVERIFY(onHost(host, {u"authorize"_s, m_clientKey}).exitCode == 0);
        host.agent = std::make_unique<LauncherProcess>(
                QStringLiteral(ZL_LAUNCHER),
                QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s, host.runtimeDir,
                            u"--listen"_s, u"tcp://%1:7700"_s.arg(host.address)});
        host.agent->process().setProcessEnvironment(environmentOf(host.configHome));
        const QByteArray path = QFile::encodeName(u"/run/netns/"_s + host.namespaceName);
        host.agent->process().setChildProcessModifier([path] {
            const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0 || ::setns(fd, CLONE_NEWNET) != 0) {
                ::_exit(126);
            }
            ::close(fd);
        });
        QVERIFY(host.agent->start());
        QTRY_COMPARE_WITH_TIMEOUT(host.agent->runningPids().size(), 2, 20000);
        const Run info = onHost(host, {u"--json"_s, u"info"_s});
        const QString serverKey
                = QJsonDocument::fromJson(info.out.toUtf8())[u"serverKey"].toString();
        QVERIFY2(serverKey.size() == 40, qPrintable(info.out + info.err));
        const Run added = client(
                {u"hosts"_s, u"add"_s, host.name, u"tcp://%1:7700"_s.arg(host.address), serverKey});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    qint64 lastRunningPid(const Host &host, const QString &program) const
    {
        qint64 pid = 0;
        for (const QJsonObject &event : host.agent->eventsOf(u"state"_s, program)) {
            if (event[u"state"_s] == u"running"_s) {
                pid = event[u"pid"_s].toInteger();
            }
        }
        return pid;
    }

    std::unique_ptr<TestEnvironment> m_env;
    QString m_configPath;
    QString m_clientHome;
    QString m_clientKey;
    QStringList m_namespaces;
    Host m_a;
    Host m_b;

private Q_SLOTS:
    void init()
    {
        if (::geteuid() != 0) {
            QSKIP("network namespaces need root");
        }
        m_env = std::make_unique<TestEnvironment>();
        QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
        m_configPath = m_env->filePath(u"rig.json"_s);
        QFile config(m_configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(twoBeaters());
        config.close();
        m_clientHome = m_env->filePath(u"client-config"_s);
        const Run keygen = client({u"--json"_s, u"keygen"_s});
        m_clientKey = QJsonDocument::fromJson(keygen.out.toUtf8())[u"publicKey"].toString();
        QCOMPARE(m_clientKey.size(), 40);
        for (auto [host, index] : {std::pair{&m_a, 1}, std::pair{&m_b, 2}}) {
            if (const QString why = makeHost(*host, index); !why.isEmpty()) {
                QSKIP(qPrintable(u"cannot make a network namespace here: "_s + why));
            }
        }
    }
    void cleanup()
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
        m_namespaces.clear();
        m_env.reset();
    }

    void oneClientDrivesTwoAgentsThroughACutLink()
    {
        startAgent(m_a);
        startAgent(m_b);
        for (const Host *host : {&m_a, &m_b}) {
            const Run list = client({u"--host"_s, host->name, u"list"_s});
            QVERIFY2(list.exitCode == 0 && list.out.contains(u"alpha"_s), qPrintable(list.err));
        }
        const Run stop = client({u"--host"_s, m_b.name, u"stop"_s, u"beta"_s});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QTRY_VERIFY_WITH_TIMEOUT(!m_b.agent->eventsOf(u"exit"_s, u"beta"_s).isEmpty(), 20000);
        QVERIFY(m_a.agent->eventsOf(u"exit"_s, u"beta"_s).isEmpty());

        // A follower of A, as the window will be: synchronised before the cut.
        QString error;
        const std::optional<CurveKeyPair> keys
                = CurveKeys::load(m_clientHome + u"/zlauncher/keys/client.key_secret"_s, &error);
        QVERIFY2(keys, qPrintable(error));
        const Run info = onHost(m_a, {u"--json"_s, u"info"_s});
        const QByteArray aKey
                = QJsonDocument::fromJson(info.out.toUtf8())[u"serverKey"].toString().toLatin1();
        zmq::context_t context;
        RemoteLauncher follower(context, {m_a.name, u"tcp://%1:7700"_s.arg(m_a.address), aKey},
                                *keys);
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Synchronised, 20000);

        // Cut A's cable at A's end: the test's end stays up, so the route stays and the
        // packets for A go into the dead link, not to the default route.
        const QStringList cable{u"-n"_s, m_a.namespaceName, u"link"_s, u"set"_s, m_a.insideLink};
        QCOMPARE(ip(cable + QStringList{u"down"_s}).exitCode, 0);
        QElapsedTimer cutAt;
        cutAt.start();
        // No packet says the link is gone: the ZMTP heartbeats or an unanswered refresh do.
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Unreachable, 30000);
        qInfo("the follower saw %s unreachable %lld ms after the cut", qPrintable(m_a.name),
              cutAt.elapsed());

        const Run cut = client({u"--host"_s, m_a.name, u"--timeout"_s, u"5s"_s, u"list"_s});
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.err.contains(u"unreachable"_s), qPrintable(cut.err));
        const Run hosts = client({u"--json"_s, u"--timeout"_s, u"10s"_s, u"hosts"_s});
        const QJsonArray rows = QJsonDocument::fromJson(hosts.out.toUtf8())[u"hosts"].toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1)[u"state"].toString(), u"unreachable"_s);
        QCOMPARE(rows.at(2)[u"state"].toString(), u"reachable"_s);

        // Cut off, A goes on supervising: a program killed meanwhile comes back.
        const qint64 before = lastRunningPid(m_a, u"alpha"_s);
        QCOMPARE(::kill(static_cast<pid_t>(before), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(lastRunningPid(m_a, u"alpha"_s) != before, 20000);
        QVERIFY(::kill(static_cast<pid_t>(lastRunningPid(m_a, u"beta"_s)), 0) == 0);

        // The cable back, A answers again, with what happened meanwhile.
        QCOMPARE(ip(cable + QStringList{u"up"_s}).exitCode, 0);
        QElapsedTimer upAt;
        upAt.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Synchronised, 30000);
        qInfo("the follower was synchronised with %s again %lld ms after the cable came back",
              qPrintable(m_a.name), upAt.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(
                client({u"--host"_s, m_a.name, u"--timeout"_s, u"10s"_s, u"list"_s}).exitCode == 0,
                30000);
        QTRY_COMPARE_WITH_TIMEOUT(follower.mirror().program(u"alpha"_s)[u"pid"].toInteger(),
                                  lastRunningPid(m_a, u"alpha"_s), 20000);
        const Run status = client({u"--host"_s, m_a.name, u"--json"_s, u"status"_s, u"alpha"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())[u"program"][u"pid"].toInteger(),
                 lastRunningPid(m_a, u"alpha"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgentNetwork)
#include "tst_agentnetwork.moc"
