#include "core/supervision/resourcemonitor.h"

#include "core/supervision/supervisor.h"

#include <algorithm>
#include <utility>

namespace {
/// A start or a death changes the groups to sample, and each update walks every program: a stop
/// of 2 000 programs changes them 4 000 times within seconds (docs/performance.md, "How it
/// grows"). Updated at most this often; a sample comes once a second.
constexpr int groupsUpdateDelayMs = 100;
} // namespace

ResourceMonitor::ResourceMonitor(Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
{
    connect(&m_sampler, &ResourceSampler::sampled, this,
            [this](const QHash<QString, ResourceUsage> &usage) {
                m_history.add(usage, m_supervisor->nowMs());
                m_supervisor->handleResourceSample(usage);
                if (!std::exchange(m_sampled, true)) {
                    updateInterval();
                }
            });
    m_readWindow.setSingleShot(true);
    m_readWindow.setInterval(readWindowMs);
    connect(&m_readWindow, &QTimer::timeout, this, &ResourceMonitor::updateInterval);
    m_groupsUpdate.setSingleShot(true);
    m_groupsUpdate.setInterval(groupsUpdateDelayMs);
    connect(&m_groupsUpdate, &QTimer::timeout, this, &ResourceMonitor::updateGroups);
    connect(m_supervisor, &Supervisor::stateChanged, this, &ResourceMonitor::scheduleGroupsUpdate);
    connect(m_supervisor, &Supervisor::programAdded, this, &ResourceMonitor::scheduleGroupsUpdate);
    connect(m_supervisor, &Supervisor::programRemoved, this, [this](const QString &name) {
        m_history.remove(name);
        scheduleGroupsUpdate();
    });
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            [this](const QString &oldName, const QString &name) {
                m_history.rename(oldName, name);
                scheduleGroupsUpdate();
            });
}

ResourceMonitor::~ResourceMonitor() = default;

void ResourceMonitor::start(int intervalMs, int unreadIntervalMs)
{
    m_readIntervalMs = intervalMs;
    m_unreadIntervalMs = std::max(intervalMs, unreadIntervalMs);
    updateGroups();
    m_sampler.start(intervalMs); // until the first figures are in
}

void ResourceMonitor::setShown(bool shown)
{
    m_shown = shown;
    updateInterval();
}

void ResourceMonitor::noteRead()
{
    m_readWindow.start();
    updateInterval();
}

void ResourceMonitor::updateInterval()
{
    const bool read = !m_sampled || m_shown || m_enforced || m_readWindow.isActive();
    m_sampler.setInterval(read ? m_readIntervalMs : m_unreadIntervalMs);
}

void ResourceMonitor::scheduleGroupsUpdate()
{
    if (!m_groupsUpdate.isActive()) {
        m_groupsUpdate.start();
    }
}

void ResourceMonitor::updateGroups()
{
    m_groupsUpdate.stop();
    m_sampler.setTargets(m_supervisor->sampleTargets());
    m_enforced = m_supervisor->enforcesMemoryLimits();
    updateInterval();
}
