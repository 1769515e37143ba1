#include "core/os/resourcesampler.h"

#include "core/os/containment.h"
#include "core/os/procstat.h"

#include <QTimer>

#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <utility>

namespace {

/// Between two scans of all of /proc (the stat of every process of the machine), only the
/// processes found in the programs' groups are read: a process that joins a group, a child a
/// program forks, is counted from the next scan on, at most this many samples later.
constexpr int samplesBetweenScans = 10;

/// The clock /proc/<pid>/stat's starttime counts on, so that a birth compares with a sample.
qint64 bootTimeUs()
{
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

/// A process's CPU time, and when it was read.
struct CpuReading
{
    qint64 ticks = 0; // utime + stime
    qint64 atUs = 0;  // bootTimeUs()
};

/// A cgroup's CPU time (cpu.stat usage_usec), and when it was read.
struct CgroupCpuReading
{
    quint64 usageUs = 0;
    qint64 atUs = 0; // bootTimeUs()
};

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
    void setInterval(int intervalMs)
    {
        // A longer interval waits for the sample already due; a shorter one starts now.
        if (intervalMs < m_timer.interval()) {
            m_nextIntervalMs = 0;
            m_timer.start(intervalMs);
        } else {
            m_nextIntervalMs = intervalMs;
        }
    }
    void setTargets(const QHash<QString, SampleTarget> &targets)
    {
        QHash<qint64, QString> groups;
        m_cgroups.clear();
        for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
            if (!it->cgroup.isEmpty()) {
                m_cgroups.insert(it.key(), it->cgroup);
            } else if (it->processGroup > 0) {
                groups.insert(it->processGroup, it.key());
                if (!m_groups.contains(it->processGroup)) {
                    m_samplesUntilScan = 0; // its processes are not known yet
                }
            }
        }
        m_groups = std::move(groups);
    }

Q_SIGNALS:
    void sampled(const QHash<QString, ResourceUsage> &usage);

private:
    void sample();
    /// The programs without a cgroup of their own, by their process groups: the processes
    /// found in them by the last scan of all of /proc, or a new scan when it is due.
    void sampleProcessGroups(QHash<QString, ResourceUsage> &usage,
                             QHash<qint64, CpuReading> &readings);
    /// Adds the process to its program's usage; its group when it is one of ours.
    std::optional<qint64> sampleProcess(qint64 pid, QHash<QString, ResourceUsage> &usage,
                                        QHash<qint64, CpuReading> &readings);
    /// The process's share of a core since its previous reading, or since its birth within
    /// the interval; 0 when there is nothing to compare with.
    double cpuPercentSince(qint64 pid, const CpuReading &now, qint64 startTicks) const;
    void sampleCgroups(QHash<QString, ResourceUsage> &usage);

    QTimer m_timer{this};            // a child, so that it moves to the worker's thread with it
    int m_nextIntervalMs = 0;        // from the next sample on, when set
    QHash<qint64, QString> m_groups; // group leader → program
    QHash<qint64, QList<qint64>> m_members; // group leader → its processes at the last sample
    int m_samplesUntilScan = 0;             // of all of /proc: now, when 0
    QHash<qint64, CpuReading> m_previous;   // pid → its reading at the previous sample
    qint64 m_previousAtUs = -1;             // when the previous sample began
    QHash<QString, QString> m_cgroups;      // program → its cgroup
    QHash<QString, CgroupCpuReading> m_previousCgroup; // cgroup → its previous reading
};

void Worker::sampleCgroups(QHash<QString, ResourceUsage> &usage)
{
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    QHash<QString, CgroupCpuReading> readings;
    for (auto it = m_cgroups.cbegin(); it != m_cgroups.cend(); ++it) {
        const QList<qint64> pids = InstanceCgroup::processes(it.value());
        const std::optional<quint64> usedUs = InstanceCgroup::cpuUsageUs(it.value());
        if (pids.isEmpty() || !usedUs) {
            continue; // gone meanwhile
        }
        ResourceUsage &programUsage = usage[it.key()];
        programUsage.processes = int(pids.size());
        // The CPU time of every process that ran in the group, those that ended included.
        const CgroupCpuReading now{*usedUs, bootTimeUs()};
        readings.insert(it.value(), now);
        const auto previous = m_previousCgroup.constFind(it.value());
        if (previous != m_previousCgroup.constEnd() && now.atUs > previous->atUs) {
            programUsage.cpuPercent = 100.0 * static_cast<double>(now.usageUs - previous->usageUs)
                    / static_cast<double>(now.atUs - previous->atUs);
        }
        if (const std::optional<quint64> memory = InstanceCgroup::memoryCurrentBytes(it.value())) {
            programUsage.residentBytes = qint64(*memory);
        } else {
            // Without the memory controller: the resident sets of the processes in the group.
            for (const qint64 pid : pids) {
                if (const std::optional<ProcStat> stat = readProcStat(pid)) {
                    programUsage.residentBytes += stat->residentPages * pageSize;
                }
            }
        }
    }
    m_previousCgroup = std::move(readings);
}

void Worker::sample()
{
    if (m_nextIntervalMs > 0) {
        m_timer.setInterval(std::exchange(m_nextIntervalMs, 0));
    }
    const qint64 startUs = bootTimeUs();
    QHash<QString, ResourceUsage> usage;
    QHash<qint64, CpuReading> readings;
    if (!m_groups.isEmpty()) {
        sampleProcessGroups(usage, readings);
    }
    m_previous = std::move(readings);
    m_previousAtUs = startUs;
    sampleCgroups(usage);
    Q_EMIT sampled(usage);
}

void Worker::sampleProcessGroups(QHash<QString, ResourceUsage> &usage,
                                 QHash<qint64, CpuReading> &readings)
{
    QHash<qint64, QList<qint64>> members;
    const auto sampleMember = [&](qint64 pid) {
        if (const std::optional<qint64> group = sampleProcess(pid, usage, readings)) {
            members[*group].append(pid);
        }
    };
    if (m_samplesUntilScan <= 0) {
        DIR *proc = ::opendir("/proc");
        while (dirent *entry = proc ? ::readdir(proc) : nullptr) {
            char *end = nullptr;
            const qint64 pid = std::strtoll(entry->d_name, &end, 10);
            if (pid > 0 && *end == '\0') {
                sampleMember(pid);
            }
        }
        if (proc) {
            ::closedir(proc);
        }
        m_samplesUntilScan = samplesBetweenScans;
    } else {
        // A process gone, or moved to another group, drops out here.
        for (const QList<qint64> &pids : std::as_const(m_members)) {
            for (const qint64 pid : pids) {
                sampleMember(pid);
            }
        }
    }
    --m_samplesUntilScan;
    m_members = std::move(members);
}

std::optional<qint64> Worker::sampleProcess(qint64 pid, QHash<QString, ResourceUsage> &usage,
                                            QHash<qint64, CpuReading> &readings)
{
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    const std::optional<ProcStat> stat = readProcStat(pid);
    if (!stat) {
        return std::nullopt; // gone meanwhile
    }
    const auto program = m_groups.constFind(stat->processGroup);
    if (program == m_groups.constEnd()) {
        return std::nullopt;
    }
    const CpuReading now{stat->cpuTicks, bootTimeUs()};
    readings.insert(pid, now);
    ResourceUsage &programUsage = usage[*program];
    programUsage.cpuPercent += cpuPercentSince(pid, now, stat->startTicks);
    programUsage.residentBytes += stat->residentPages * pageSize;
    ++programUsage.processes;
    return stat->processGroup;
}

double Worker::cpuPercentSince(qint64 pid, const CpuReading &now, qint64 startTicks) const
{
    static const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    // Each process's interval runs from its own previous reading to this one: the scan of
    // /proc can be preempted (docs/performance.md, "Figures behind comments in the code"),
    // and one interval for the whole scan would then read above a full core for a single busy
    // process.
    const auto previous = m_previous.constFind(pid);
    qint64 usedTicks = -1;
    qint64 intervalUs = 0;
    if (previous != m_previous.constEnd()) {
        usedTicks = now.ticks - previous->ticks;
        intervalUs = now.atUs - previous->atUs;
    } else if (m_previousAtUs >= 0 && startTicks * 1000000 / ticksPerSecond >= m_previousAtUs) {
        // Born within the interval: all its ticks were used in it.
        usedTicks = now.ticks;
        intervalUs = now.atUs - m_previousAtUs;
    }
    // Otherwise it is older than the previous sample, which did not see it (its group was not
    // known yet), or this is the first sample: its ticks so far span more than any interval,
    // so it counts from this sample on.
    if (usedTicks < 0 || intervalUs <= 0) {
        return 0;
    }
    return 100.0 * 1e6 * static_cast<double>(usedTicks) / static_cast<double>(ticksPerSecond)
            / static_cast<double>(intervalUs);
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

void ResourceSampler::setTargets(const QHash<QString, SampleTarget> &targets)
{
    if (targets == m_targets) {
        return;
    }
    m_targets = targets;
    Q_EMIT targetsChanged(targets);
}

void ResourceSampler::setInterval(int intervalMs)
{
    // Only a change reaches the worker: a shorter interval restarts its timer, and a reader
    // asking every second must not keep pushing the next sample away.
    if (intervalMs == m_intervalMs) {
        return;
    }
    m_intervalMs = intervalMs;
    Q_EMIT intervalChanged(intervalMs);
}

void ResourceSampler::start(int intervalMs)
{
    if (m_thread.isRunning()) {
        return;
    }
    m_intervalMs = intervalMs;
    auto *worker = new Worker(intervalMs);
    worker->setTargets(m_targets);
    worker->moveToThread(&m_thread);
    connect(this, &ResourceSampler::targetsChanged, worker, &Worker::setTargets);
    connect(this, &ResourceSampler::intervalChanged, worker, &Worker::setInterval);
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
