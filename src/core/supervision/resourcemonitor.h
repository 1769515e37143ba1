// The CPU and memory of every supervised program, for the window, headless mode and
// zlauncherctl alike: a ResourceSampler scanning /proc on its own thread, its samples kept in a
// ResourceHistory on this one, its process groups following the supervisor's programs.
#pragma once

#include "core/model/resourcehistory.h"
#include "core/os/resourcesampler.h"

#include <QObject>
#include <QTimer>

class Supervisor;

class ResourceMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceMonitor)

public:
    static constexpr int sampleIntervalMs = 1000;

    explicit ResourceMonitor(Supervisor *supervisor, QObject *parent = nullptr);
    ~ResourceMonitor() override;

    void start(int intervalMs = sampleIntervalMs);
    const ResourceHistory &history() const { return m_history; }

private:
    void updateGroups();
    void scheduleGroupsUpdate();

    Supervisor *m_supervisor;
    ResourceHistory m_history;
    ResourceSampler m_sampler;
    QTimer m_groupsUpdate;
};
