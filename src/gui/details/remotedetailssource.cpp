#include "gui/details/remotedetailssource.h"

#include <QHash>

RemoteDetailsSource::RemoteDetailsSource(RemoteLauncher *launcher, QObject *parent)
    : ProgramDetailsSource(parent)
    , m_launcher(launcher)
{
    connect(launcher, &RemoteLauncher::programsChanged, this, &RemoteDetailsSource::onSnapshot);
    connect(launcher, &RemoteLauncher::programChanged, this, [this](const QString &name) {
        Q_EMIT stateChanged(name);
        if (name == m_followed) {
            askStatus(); // a death, a restart: the history moved
        }
    });
    // Reachable or not, the header says so.
    connect(launcher, &RemoteLauncher::stateChanged, this, [this] {
        if (!m_followed.isEmpty()) {
            Q_EMIT programsChanged({m_followed});
        }
    });
    onSnapshot();
}

QString RemoteDetailsSource::host() const
{
    return m_launcher ? m_launcher->host().name : QString();
}

void RemoteDetailsSource::follow(const QString &name)
{
    if (name == m_followed) {
        return;
    }
    m_followed = name;
    askStatus();
}

void RemoteDetailsSource::onSnapshot()
{
    if (!m_launcher) {
        return;
    }
    // Samples come with the snapshots; a program absent has no live instance now.
    QHash<QString, ResourceUsage> usage;
    const QStringList names = m_launcher->mirror().names();
    for (const QString &name : names) {
        if (const std::optional<ResourceUsage> sample = m_launcher->usage(name)) {
            usage.insert(name, *sample);
        }
    }
    m_resources.add(usage, m_launcher->nowMs());
    Q_EMIT programsChanged(names);
    askStatus();
}

void RemoteDetailsSource::askStatus()
{
    if (!m_launcher || m_followed.isEmpty()) {
        return;
    }
    if (m_asking) {
        m_askAgain = true;
        return;
    }
    m_asking = true;
    m_askAgain = false;
    const QString name = m_followed;
    m_launcher->status(name,
                       [self = QPointer(this), name](const RemoteLauncher::Status &status,
                                                     const QString &error) {
                           if (!self) {
                               return;
                           }
                           self->m_asking = false;
                           // Unanswered, the last known status stays: the header says it may be
                           // old.
                           if (error.isEmpty()) {
                               self->m_status = status;
                               self->m_statusOf = name;
                           }
                           Q_EMIT self->programsChanged({name});
                           if (self->m_askAgain || name != self->m_followed) {
                               self->askStatus();
                           }
                       });
}

bool RemoteDetailsSource::hasStatus(const QString &name) const
{
    return m_status && !name.isEmpty() && name == m_statusOf;
}

std::optional<ProgramSnapshot> RemoteDetailsSource::snapshot(const QString &name) const
{
    if (!m_launcher || !m_launcher->mirror().names().contains(name)) {
        return std::nullopt;
    }
    // The state as the stream keeps it, the deaths as the last status gave them.
    ProgramSnapshot snapshot = m_launcher->snapshot(name);
    if (hasStatus(name)) {
        snapshot.deaths = m_status->snapshot.deaths;
    }
    return snapshot;
}

const ProgramSpec *RemoteDetailsSource::spec(const QString &name) const
{
    return hasStatus(name) ? &m_status->spec : nullptr;
}

const ProgramSpec *RemoteDetailsSource::launchSpec(const QString &name, QString *error) const
{
    if (!hasStatus(name)) {
        return nullptr;
    }
    if (!m_status->expansionError.isEmpty()) {
        if (error) {
            *error = m_status->expansionError;
        }
        return nullptr;
    }
    return &m_status->launch;
}

qint64 RemoteDetailsSource::nowMs() const
{
    return m_launcher ? m_launcher->nowMs() : 0;
}

QString RemoteDetailsSource::logFile(const QString &name) const
{
    const std::optional<ProgramSnapshot> current = snapshot(name);
    return current ? current->logFile : QString();
}

QString RemoteDetailsSource::staleText() const
{
    return m_launcher && m_launcher->state() == RemoteLauncher::State::Unreachable
            ? m_launcher->unreachableText()
            : QString();
}
