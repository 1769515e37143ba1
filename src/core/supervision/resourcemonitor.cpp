#include "core/supervision/resourcemonitor.h"

#include "core/supervision/supervisor.h"

ResourceMonitor::ResourceMonitor(Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
{
    connect(&m_sampler, &ResourceSampler::sampled, this,
            [this](const QHash<QString, ResourceUsage> &usage) {
                m_history.add(usage, m_supervisor->nowMs());
                m_supervisor->handleResourceSample(usage);
            });
    // A start or a death changes the groups to sample.
    connect(m_supervisor, &Supervisor::stateChanged, this, &ResourceMonitor::updateGroups);
    connect(m_supervisor, &Supervisor::programAdded, this, &ResourceMonitor::updateGroups);
    connect(m_supervisor, &Supervisor::programRemoved, this, [this](const QString &name) {
        m_history.remove(name);
        updateGroups();
    });
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            [this](const QString &oldName, const QString &name) {
                m_history.rename(oldName, name);
                updateGroups();
            });
}

ResourceMonitor::~ResourceMonitor() = default;

void ResourceMonitor::start(int intervalMs)
{
    updateGroups();
    m_sampler.start(intervalMs);
}

void ResourceMonitor::updateGroups()
{
    m_sampler.setTargets(m_supervisor->sampleTargets());
}
