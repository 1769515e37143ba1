// The hosts a user drives (docs/remote.md): $XDG_CONFIG_HOME/zlauncher/hosts.json, written by
// File ▸ Connect to host… and `zlauncherctl hosts add`, read by `zlauncherctl --host NAME`.
// The local launcher is not listed: it is always the first host.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct RemoteHost
{
    QString name;         ///< what the user calls it: 1–64 of [A-Za-z0-9._-]
    QString endpoint;     ///< its agent's control endpoint, tcp://HOST:PORT
    QByteArray serverKey; ///< the agent's public key, Z85

    bool operator==(const RemoteHost &other) const = default;
};

class HostList
{
    Q_DECLARE_TR_FUNCTIONS(HostList)

public:
    static QString defaultPath();

    /// A missing file is an empty list; a file that cannot be read gives nullopt and *error,
    /// naming the file and what is wrong.
    static std::optional<QList<RemoteHost>> read(const QString &path, QString *error);
    /// Atomically (QSaveFile), mode 0600.
    static bool write(const QString &path, const QList<RemoteHost> &hosts, QString *error);

    /// Why host cannot be added to hosts (a bad name, endpoint or key, a name taken); empty
    /// when it can.
    static QString problem(const RemoteHost &host, const QList<RemoteHost> &hosts);
    static const RemoteHost *find(const QList<RemoteHost> &hosts, const QString &name);
};
