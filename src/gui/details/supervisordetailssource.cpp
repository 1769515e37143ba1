#include "gui/details/supervisordetailssource.h"

#include "core/model/event.h"
#include "core/supervision/supervisor.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

SupervisorDetailsSource::SupervisorDetailsSource(Supervisor *supervisor,
                                                 const ResourceHistory *resources, QObject *parent)
    : ProgramDetailsSource(parent)
    , m_supervisor(supervisor)
    , m_resources(resources)
{
    connect(m_supervisor, &Supervisor::programsChanged, this,
            &ProgramDetailsSource::programsChanged);
    connect(m_supervisor, &Supervisor::eventOccurred, this, [this](const Event &event) {
        if (event.kind != EventKind::Heartbeat && !event.program.isEmpty()) {
            Q_EMIT stateChanged(event.program);
        }
    });
    connect(m_supervisor, &Supervisor::programRemoved, this, &ProgramDetailsSource::programRemoved);
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            &ProgramDetailsSource::programRenamed);
}

std::optional<ProgramSnapshot> SupervisorDetailsSource::snapshot(const QString &name) const
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    return snapshot ? std::optional(*snapshot) : std::nullopt;
}

const ProgramSpec *SupervisorDetailsSource::spec(const QString &name) const
{
    return m_supervisor->spec(name);
}

const ProgramSpec *SupervisorDetailsSource::launchSpec(const QString &name, QString *error) const
{
    return m_supervisor->launchSpec(name, error);
}

const ProgramSpec *SupervisorDetailsSource::instanceSpec(const QString &name) const
{
    return m_supervisor->instanceSpec(name);
}

const ProgramSpec *SupervisorDetailsSource::instanceLaunchSpec(const QString &name) const
{
    return m_supervisor->instanceLaunchSpec(name);
}

const HeartbeatHistory *SupervisorDetailsSource::heartbeatHistory(const QString &name) const
{
    return m_supervisor->heartbeatHistory(name);
}

qint64 SupervisorDetailsSource::nowMs() const
{
    return m_supervisor->nowMs();
}

// Every program logs to <log folder>/<name>.log; a program not started by this launcher yet has
// no log file in its snapshot, but its file (from an earlier run) sits beside the others'.
QString SupervisorDetailsSource::logFile(const QString &name) const
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    if (!snapshot) {
        return {};
    }
    if (!snapshot->logFile.isEmpty()) {
        return snapshot->logFile;
    }
    for (const QString &other : m_supervisor->programNames()) {
        const QString file = m_supervisor->snapshot(other)->logFile;
        if (!file.isEmpty()) {
            return QFileInfo(file).dir().filePath(name + u".log"_s);
        }
    }
    return {};
}
