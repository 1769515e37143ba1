// The CPU and memory of every supervised program, for the window, headless mode and
// zlauncherctl alike: a ResourceSampler scanning /proc on its own thread, its samples kept in a
// ResourceHistory on this one, its process groups following the supervisor's programs.
// A sample reads /proc for every process of every program: it is taken every second only while
// the figures are read or enforced, and every 10 s otherwise (docs/design.md, "Resources").
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
    /// While the figures are read or enforced: until the first figures are in, while a window
    /// shows them (setShown), for readWindowMs after a control request read them (noteRead),
    /// and while a program has a memory limit.
    static constexpr int sampleIntervalMs = 1000;
    /// Otherwise: the history goes on, and the next reader finds figures of this age at most.
    static constexpr int unreadSampleIntervalMs = 10000;
    static constexpr int readWindowMs = 60000;

    explicit ResourceMonitor(Supervisor *supervisor, QObject *parent = nullptr);
    ~ResourceMonitor() override;

    /// The intervals replace sampleIntervalMs and unreadSampleIntervalMs (tests take others).
    void start(int intervalMs = sampleIntervalMs, int unreadIntervalMs = unreadSampleIntervalMs);
    const ResourceHistory &history() const { return m_history; }

    /// A window shows the figures (the default: headless mode says otherwise).
    void setShown(bool shown);
    /// A reader other than the window took the figures (a control request).
    void noteRead();
    /// The sampler's interval now.
    int interval() const { return m_sampler.interval(); }

private:
    void updateGroups();
    void scheduleGroupsUpdate();
    void updateInterval();

    Supervisor *m_supervisor;
    ResourceHistory m_history;
    ResourceSampler m_sampler;
    QTimer m_groupsUpdate;
    QTimer m_readWindow; // active for readWindowMs after the last noteRead()
    int m_readIntervalMs = sampleIntervalMs;
    int m_unreadIntervalMs = unreadSampleIntervalMs;
    bool m_shown = true;
    bool m_enforced = false; // a program has a memory limit
    bool m_sampled = false;  // the first figures are in
};
