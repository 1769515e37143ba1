#include "core/resourcesampler.h"

#include "core/processwatch.h"

#include <QTimer>

#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

/// The resident set as ps and top count it (/proc/<pid>/statm); the rss field of
/// /proc/<pid>/stat is a cheaper approximation that runs a few percent low.
qint64 residentPages(qint64 pid)
{
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%lld/statm", static_cast<long long>(pid));
    FILE *file = std::fopen(path, "re");
    if (!file) {
        return 0;
    }
    long long size = 0;
    long long resident = 0;
    const int read = std::fscanf(file, "%lld %lld", &size, &resident);
    std::fclose(file);
    return read == 2 ? resident : 0;
}

/// The clock /proc/<pid>/stat's starttime counts on, so that a birth compares with a sample.
qint64 bootTimeMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

/// Lives on the sampler's thread.
class Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &Worker::sample);
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    void setGroups(const QHash<QString, qint64> &groups)
    {
        m_groups.clear();
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            m_groups.insert(it.value(), it.key());
        }
    }

Q_SIGNALS:
    void sampled(const QHash<QString, ResourceUsage> &usage);

private:
    void sample();

    QTimer m_timer{this};            // a child, so that it moves to the worker's thread with it
    QHash<qint64, QString> m_groups; // group leader → program
    QHash<qint64, qint64> m_previousTicks; // pid → utime + stime at the previous sample
    qint64 m_previousAtMs = -1; // on bootTimeMs()'s clock
};

void Worker::sample()
{
    const qint64 nowMs = bootTimeMs();
    static const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    static const long pageSize = ::sysconf(_SC_PAGESIZE);

    QHash<QString, ResourceUsage> usage;
    QHash<QString, qint64> ticksUsed;
    QHash<qint64, qint64> ticksNow;
    if (!m_groups.isEmpty()) {
        DIR *proc = ::opendir("/proc");
        while (dirent *entry = proc ? ::readdir(proc) : nullptr) {
            char *end = nullptr;
            const qint64 pid = std::strtoll(entry->d_name, &end, 10);
            if (pid <= 0 || *end != '\0') {
                continue;
            }
            const QList<QByteArray> fields = ProcessWatch::statFields(pid);
            if (fields.size() < 22) {
                continue; // gone meanwhile
            }
            const auto program = m_groups.constFind(fields.at(2).toLongLong());
            if (program == m_groups.constEnd()) {
                continue;
            }
            const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
            ticksNow.insert(pid, ticks);
            const auto previous = m_previousTicks.constFind(pid);
            if (previous != m_previousTicks.constEnd()) {
                ticksUsed[*program] += ticks - *previous;
            } else if (fields.at(19).toLongLong() * 1000 / ticksPerSecond >= m_previousAtMs) {
                // Born within the interval: all its ticks were used in it.
                ticksUsed[*program] += ticks;
            }
            // Otherwise it is older than the previous sample, which did not see it (its group
            // was not known yet): its ticks so far span more than the interval, so it counts
            // from this sample on.
            ResourceUsage &programUsage = usage[*program];
            programUsage.residentBytes += residentPages(pid) * pageSize;
            ++programUsage.processes;
        }
        if (proc) {
            ::closedir(proc);
        }
    }
    const qint64 elapsedMs = m_previousAtMs < 0 ? 0 : nowMs - m_previousAtMs;
    for (auto it = usage.begin(); it != usage.end(); ++it) {
        // The first sample has no interval to measure over.
        it->cpuPercent = elapsedMs > 0
                ? 100.0 * 1000.0 * static_cast<double>(ticksUsed.value(it.key()))
                        / static_cast<double>(ticksPerSecond) / static_cast<double>(elapsedMs)
                : 0.0;
    }
    m_previousTicks = std::move(ticksNow);
    m_previousAtMs = nowMs;
    Q_EMIT sampled(usage);
}

} // namespace

ResourceSampler::ResourceSampler(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("resource sampler"));
}

ResourceSampler::~ResourceSampler()
{
    stop();
}

void ResourceSampler::setGroups(const QHash<QString, qint64> &groups)
{
    if (groups == m_groups) {
        return;
    }
    m_groups = groups;
    Q_EMIT groupsChanged(groups);
}

void ResourceSampler::start(int intervalMs)
{
    if (m_thread.isRunning()) {
        return;
    }
    auto *worker = new Worker(intervalMs);
    worker->setGroups(m_groups);
    worker->moveToThread(&m_thread);
    connect(this, &ResourceSampler::groupsChanged, worker, &Worker::setGroups);
    connect(worker, &Worker::sampled, this, &ResourceSampler::sampled);
    connect(&m_thread, &QThread::started, worker, &Worker::start);
    m_worker = worker;
    m_thread.start(QThread::LowPriority);
}

void ResourceSampler::stop()
{
    if (!m_worker) {
        return;
    }
    // Deleted on its own thread, where its timer was started.
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

#include "resourcesampler.moc"
