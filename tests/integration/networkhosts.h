// Two agents on two "hosts", for the tests of docs/remote.md: network namespaces joined to the
// test's by veth pairs, each agent with its own configuration home and runtime directory, all
// running twoBeaters(). A client configuration home in the test's namespace has its key
// authorized by both and both in its hosts.json (bench-a, bench-b), so that zlauncherctl
// --host, a RemoteLauncher or the window reach them by name. Needs root and iproute2.
#pragma once

#include "launcherprocess.h"
#include "processrun.h"
#include "testenvironment.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class NetworkHosts final
{
public:
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

    NetworkHosts();
    /// Stops the agents (their programs with them) and deletes the namespaces and links.
    ~NetworkHosts();

    /// Makes the client's key and both hosts' namespaces; empty when done, else why not
    /// (no root, no namespaces in a chroot): a reason to skip.
    QString prepare();
    /// Starts host's agent inside its namespace, authorizes the client there and adds the host
    /// to the client's hosts.json; empty when its programs run, else what went wrong.
    QString startAgent(Host &host);

    Host &a() { return m_a; }
    Host &b() { return m_b; }
    TestEnvironment &environment() { return *m_env; }
    /// The client's XDG_CONFIG_HOME, and the files the window reads there.
    QString clientHome() const { return m_clientHome; }
    QString hostsPath() const { return m_clientHome + QStringLiteral("/zlauncher/hosts.json"); }
    QString clientKeyPath() const
    {
        return m_clientHome + QStringLiteral("/zlauncher/keys/client.key_secret");
    }

    /// zlauncherctl as the client, in the test's namespace.
    ProcessRun client(const QStringList &arguments) const
    {
        return clientAs(m_clientHome, arguments);
    }
    /// The same with another configuration home: another user, another key.
    ProcessRun clientAs(const QString &configHome, const QStringList &arguments) const;
    /// zlauncherctl on host, against its agent's runtime directory.
    ProcessRun onHost(const Host &host, const QStringList &arguments) const;
    /// Takes host's end of its cable down or up: the test's end stays up, so the route stays
    /// and packets for the host go into the dead link, not to the default route.
    bool setCable(const Host &host, bool up) const;

    /// The pid of program's last "running" state event from host's agent; 0 if none.
    static qint64 lastRunningPid(const Host &host, const QString &program);
    /// The processes running executable whose network namespace is host's (a /proc scan).
    QList<qint64> pidsInside(const Host &host, const QString &executable) const;

private:
    QString makeHost(Host &host, int index);
    QProcessEnvironment environmentOf(const QString &configHome) const;

    std::unique_ptr<TestEnvironment> m_env;
    QString m_configPath;
    QString m_clientHome;
    QString m_clientKey;
    QStringList m_namespaces;
    Host m_a;
    Host m_b;
};
