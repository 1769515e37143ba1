// CPU and resident memory of every program, summed over its process group, sampled from /proc
// once a second on a worker thread: a scan of /proc costs milliseconds with many processes,
// which the GUI thread must not pay.
#pragma once

#include "core/model/resourceusage.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

class ResourceSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSampler)

public:
    explicit ResourceSampler(QObject *parent = nullptr);
    ~ResourceSampler() override;

    /// The process groups to sample, by program name (ProcessWatch::processGroup()). Replaces
    /// the previous set; takes effect at the next sample.
    void setGroups(const QHash<QString, qint64> &groups);
    void start(int intervalMs = 1000);
    void stop();

Q_SIGNALS:
    /// Every interval from the second one on (the first scan only starts the CPU count), in
    /// the sampler's thread of creation; programs without a live group are absent.
    void sampled(const QHash<QString, ResourceUsage> &usage);
    /// Forwarded to the worker (queued).
    void groupsChanged(const QHash<QString, qint64> &groups);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QHash<QString, qint64> m_groups;
};
