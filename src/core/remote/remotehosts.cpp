#include "core/remote/remotehosts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RemoteHosts::RemoteHosts(zmq::context_t &context, QString hostsPath, QString clientKeyPath,
                         QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_hostsPath(hostsPath.isEmpty() ? HostList::defaultPath() : std::move(hostsPath))
    , m_clientKeyPath(clientKeyPath.isEmpty() ? CurveKeys::secretKeyPath(u"client"_s)
                                              : std::move(clientKeyPath))
{ }

RemoteHosts::~RemoteHosts() = default;

bool RemoteHosts::load(QString *error)
{
    const std::optional<QList<RemoteHost>> hosts = HostList::read(m_hostsPath, error);
    if (!hosts) {
        return false;
    }
    if (hosts->isEmpty()) {
        return true;
    }
    const std::optional<CurveKeyPair> keys = clientKeys(error);
    if (!keys) {
        return false;
    }
    for (const RemoteHost &host : *hosts) {
        if (!launcher(host.name)) {
            follow(host, *keys);
        }
    }
    return true;
}

bool RemoteHosts::add(const RemoteHost &host, QString *error)
{
    // hosts.json as it is now: `zlauncherctl hosts add` may have written it meanwhile.
    std::optional<QList<RemoteHost>> saved = HostList::read(m_hostsPath, error);
    if (!saved) {
        return false;
    }
    for (const RemoteHost &followed : hosts()) {
        if (!HostList::find(*saved, followed.name)) {
            saved->append(followed);
        }
    }
    if (const QString problem = HostList::problem(host, *saved); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const std::optional<CurveKeyPair> keys = clientKeys(error);
    if (!keys) {
        return false;
    }
    saved->append(host);
    if (!HostList::write(m_hostsPath, *saved, error)) {
        return false;
    }
    follow(host, *keys);
    return true;
}

bool RemoteHosts::remove(const QString &name, QString *error)
{
    const auto it = std::find_if(m_launchers.begin(), m_launchers.end(), [&](const auto &launcher) {
        return launcher->host().name == name;
    });
    if (it == m_launchers.end()) {
        *error = tr("no host is called %1").arg(name);
        return false;
    }
    std::optional<QList<RemoteHost>> saved = HostList::read(m_hostsPath, error);
    if (!saved) {
        return false;
    }
    saved->removeIf([&](const RemoteHost &host) { return host.name == name; });
    if (!HostList::write(m_hostsPath, *saved, error)) {
        return false;
    }
    Q_EMIT hostAboutToBeRemoved(it->get());
    m_launchers.erase(it);
    return true;
}

QList<RemoteLauncher *> RemoteHosts::launchers() const
{
    QList<RemoteLauncher *> launchers;
    launchers.reserve(static_cast<qsizetype>(m_launchers.size()));
    for (const auto &launcher : m_launchers) {
        launchers.append(launcher.get());
    }
    return launchers;
}

RemoteLauncher *RemoteHosts::launcher(const QString &name) const
{
    for (const auto &launcher : m_launchers) {
        if (launcher->host().name == name) {
            return launcher.get();
        }
    }
    return nullptr;
}

std::optional<CurveKeyPair> RemoteHosts::clientKeys(QString *error)
{
    // Made on first use, as `zlauncherctl keygen` would: the user then authorizes its public
    // half on the agent's host.
    if (!m_clientKeys) {
        m_clientKeys = CurveKeys::loadOrCreate(m_clientKeyPath, error);
    }
    return m_clientKeys;
}

void RemoteHosts::follow(const RemoteHost &host, const CurveKeyPair &keys)
{
    auto launcher = std::make_unique<RemoteLauncher>(m_context, host, keys);
    RemoteLauncher *followed = launcher.get();
    m_launchers.push_back(std::move(launcher));
    followed->start();
    Q_EMIT hostAdded(followed);
}

QList<RemoteHost> RemoteHosts::hosts() const
{
    QList<RemoteHost> hosts;
    for (const auto &launcher : m_launchers) {
        hosts.append(launcher->host());
    }
    return hosts;
}
