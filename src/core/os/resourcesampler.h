// CPU and resident memory of every program, summed over its cgroup or its process group,
// sampled once a second on a worker thread: a scan of /proc grows with the processes of the
// machine (docs/performance.md, "Figures behind comments in the code"), which the GUI thread
// must not pay.
#pragma once

#include "core/model/resourceusage.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

/// What is sampled of one program: its cgroup where it has one (the whole tree, from the
/// cgroup's files), else the processes of its process group (from /proc).
struct SampleTarget
{
    qint64 processGroup = 0; ///< ProcessWatch::processGroup()
    QString cgroup;          ///< ProcessWatch::cgroup()
    friend bool operator==(const SampleTarget &, const SampleTarget &) = default;
};

class ResourceSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSampler)

public:
    explicit ResourceSampler(QObject *parent = nullptr);
    ~ResourceSampler() override;

    /// What to sample, by program name. Replaces the previous set; takes effect at the next
    /// sample.
    void setTargets(const QHash<QString, SampleTarget> &targets);
    void start(int intervalMs = 1000);
    void stop();
    /// From the next sample on; a sample already due comes no later than it would have.
    void setInterval(int intervalMs);
    int interval() const { return m_intervalMs; }

Q_SIGNALS:
    /// Every interval from the second one on (the first scan only starts the CPU count), in
    /// the sampler's thread of creation; programs without a live group are absent.
    void sampled(const QHash<QString, ResourceUsage> &usage);
    /// Forwarded to the worker (queued).
    void targetsChanged(const QHash<QString, SampleTarget> &targets);
    void intervalChanged(int intervalMs);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QHash<QString, SampleTarget> m_targets;
    int m_intervalMs = 1000;
};
