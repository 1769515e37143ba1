// The agents a window follows besides its own launcher (docs/remote.md): the hosts of
// hosts.json, each followed by a RemoteLauncher with this user's client key. Adding or
// removing one rewrites hosts.json, so that `zlauncherctl --host` knows it too.
#pragma once

#include "core/remote/curvekeys.h"
#include "core/remote/hostlist.h"
#include "core/remote/remotelauncher.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class RemoteHosts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteHosts)

public:
    /// hostsPath and clientKeyPath default to HostList::defaultPath() and the client key of
    /// `zlauncherctl keygen`.
    explicit RemoteHosts(zmq::context_t &context, QString hostsPath = {},
                         QString clientKeyPath = {}, QObject *parent = nullptr);
    ~RemoteHosts() override;

    /// Reads hosts.json and follows every host in it. With no host, nothing is needed; with
    /// hosts, the client key must exist. False with *error (what to run to fix it) otherwise.
    bool load(QString *error);

    /// Checks host (name, endpoint, key), loads the client key, saves hosts.json, then follows
    /// it. False with *error, and nothing changed, when any step fails.
    bool add(const RemoteHost &host, QString *error);
    /// Stops following name and rewrites hosts.json. False with *error when it cannot.
    bool remove(const QString &name, QString *error);

    QList<RemoteLauncher *> launchers() const;
    /// Null when no host is called name.
    RemoteLauncher *launcher(const QString &name) const;
    const QString &hostsPath() const { return m_hostsPath; }

    /// This user's client key pair, made on first use as `zlauncherctl keygen` would make it:
    /// its public half is what an agent's host authorizes.
    std::optional<CurveKeyPair> clientKeys(QString *error);

Q_SIGNALS:
    /// After the launcher is made and started.
    void hostAdded(RemoteLauncher *launcher);
    /// Before the launcher is deleted.
    void hostAboutToBeRemoved(RemoteLauncher *launcher);

private:
    void follow(const RemoteHost &host, const CurveKeyPair &keys);
    QList<RemoteHost> hosts() const;

    zmq::context_t &m_context;
    QString m_hostsPath;
    QString m_clientKeyPath;
    std::optional<CurveKeyPair> m_clientKeys;
    std::vector<std::unique_ptr<RemoteLauncher>> m_launchers;
};
