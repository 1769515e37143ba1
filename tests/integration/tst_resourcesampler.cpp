// CPU and memory from /proc, with real processes: a busy loop reads near a full core, a
// sleeping process near zero, and a group's children are counted with their leader, even one
// forked after the sampling began.
#include "core/os/resourcesampler.h"

#include <cmath>
#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestResourceSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void busyAndSleepingPrograms();
    void childrenCountWithTheirGroup();
    void childForkedLaterIsCounted();
    void programMadeKnownLateCountsFromThen();

private:
    /// Started in its own session, as the launcher starts programs; returns its process group.
    qint64 startDetached(const QString &script);
    QList<qint64> m_groups;
};

void TestResourceSampler::cleanup()
{
    for (const qint64 group : std::as_const(m_groups)) {
        ::kill(-static_cast<pid_t>(group), SIGKILL);
    }
    m_groups.clear();
}

qint64 TestResourceSampler::startDetached(const QString &script)
{
    qint64 pid = 0;
    if (!QProcess::startDetached(u"/bin/sh"_s, {u"-c"_s, script}, {}, &pid)) {
        return 0;
    }
    const qint64 group = ::getpgid(static_cast<pid_t>(pid));
    if (group > 0) {
        m_groups.append(group);
    }
    return group;
}

namespace {

/// Nanoseconds the process has run, from the scheduler's own accounting (finer than the clock
/// ticks the sampler reads, and read independently of it).
qint64 runTimeNs(qint64 pid)
{
    QFile file(u"/proc/%1/schedstat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return file.readAll().split(' ').value(0).toLongLong();
}

/// The last sample a spy on ResourceSampler::sampled caught; empty before the first.
QHash<QString, ResourceUsage> latestSample(const QSignalSpy &sampled)
{
    return sampled.isEmpty() ? QHash<QString, ResourceUsage>()
                             : sampled.last().at(0).value<QHash<QString, ResourceUsage>>();
}

QList<qint64> pidsOfGroup(qint64 group)
{
    QList<qint64> pids;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && ::getpgid(static_cast<pid_t>(pid)) == group) {
            pids.append(pid);
        }
    }
    return pids;
}

} // namespace

void TestResourceSampler::busyAndSleepingPrograms()
{
    const qint64 busyGroup = startDetached(u"exec /bin/sh -c 'while :; do :; done'"_s);
    const qint64 sleeping = startDetached(u"exec sleep 60"_s);
    QVERIFY(busyGroup > 0 && sleeping > 0);
    // The leader of the busy group is the shell that runs the loop (it exec'ed itself).
    QTRY_COMPARE(pidsOfGroup(busyGroup).size(), 1);
    const qint64 busy = pidsOfGroup(busyGroup).constFirst();

    ResourceSampler sampler;
    sampler.setTargets({{u"busy"_s, {busyGroup, {}}}, {u"sleeping"_s, {sleeping, {}}}});
    QSignalSpy sampled(&sampler, &ResourceSampler::sampled);
    // The scheduler's account of the loop's run time, taken as each sample arrives.
    QList<std::pair<qint64, qint64>> runTimes; // (ms since start, ns run)
    QElapsedTimer clock;
    clock.start();
    connect(&sampler, &ResourceSampler::sampled, this, [&] {
        runTimes.append({clock.elapsed(), runTimeNs(busy)});
    });
    sampler.start(500);
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 4, 10000);
    const auto usage = sampled.at(3).at(0).value<QHash<QString, ResourceUsage>>();
    QVERIFY(usage.contains(u"busy"_s));
    QVERIFY(usage.contains(u"sleeping"_s));

    // What the loop really got over the same interval: near a whole core on an idle machine,
    // less on a loaded one; the sampler must read the same.
    const auto [fromMs, fromNs] = runTimes.at(2);
    const auto [toMs, toNs] = runTimes.at(3);
    const double truePercent
            = 100.0 * static_cast<double>(toNs - fromNs) / 1e6 / static_cast<double>(toMs - fromMs);
    const double measured = usage[u"busy"_s].cpuPercent;
    qInfo("busy loop: sampler %.1f %%, scheduler %.1f %%", measured, truePercent);
    QVERIFY2(std::abs(measured - truePercent) < 15.0,
             qPrintable(u"sampler %1 %, scheduler %2 %"_s.arg(measured).arg(truePercent)));
    if (truePercent > 90.0) {
        QVERIFY(measured > 80.0);
    }
    QVERIFY2(measured > 20.0, qPrintable(QString::number(measured)));
    QVERIFY2(measured < 110.0, qPrintable(QString::number(measured)));
    QVERIFY2(usage[u"sleeping"_s].cpuPercent < 5.0,
             qPrintable(QString::number(usage[u"sleeping"_s].cpuPercent)));
    QVERIFY(usage[u"sleeping"_s].residentBytes > 100 * 1024);
    QCOMPARE(usage[u"sleeping"_s].processes, 1);
}

void TestResourceSampler::childrenCountWithTheirGroup()
{
    // A wrapper shell with two children that allocate and hold 20 MiB each.
    const QString hold = u"/usr/bin/python3 -c 'import time; b = bytearray(20 << 20); "
                         u"b[::4096] = b\"x\" * (len(b) // 4096); time.sleep(60)'"_s;
    const qint64 group = startDetached(hold + u" & " + hold + u" & wait");
    QVERIFY(group > 0);
    ResourceSampler sampler;
    sampler.setTargets({{u"family"_s, {group, {}}}});
    QSignalSpy sampled(&sampler, &ResourceSampler::sampled);
    sampler.start(200);
    auto latest = [&sampled] { return latestSample(sampled); };
    auto wholeFamilyCounted = [&] {
        const ResourceUsage family = latest().value(u"family"_s);
        return family.processes == 3 && family.residentBytes > 40 * 1024 * 1024;
    };
    QTRY_VERIFY_WITH_TIMEOUT(wholeFamilyCounted(), 10000);
    // A program that is gone is no longer listed.
    ::kill(-static_cast<pid_t>(group), SIGKILL);
    sampled.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!sampled.isEmpty() && !latest().contains(u"family"_s), 10000);
}

void TestResourceSampler::childForkedLaterIsCounted()
{
    // Between two scans of all of /proc only the processes known in a group are read: a child
    // forked after a scan is found by the next one.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString go = directory.filePath(u"go"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(go).constData(), 0600), 0);
    const qint64 group = startDetached(u"read line < '%1'; sleep 60 & wait"_s.arg(go));
    QVERIFY(group > 0);
    ResourceSampler sampler;
    sampler.setTargets({{u"forks"_s, {group, {}}}});
    QSignalSpy sampled(&sampler, &ResourceSampler::sampled);
    sampler.start(100);
    auto processes = [&sampled] { return latestSample(sampled).value(u"forks"_s).processes; };
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 2, 10000);
    QCOMPARE(processes(), 1); // the shell, waiting on the fifo
    QFile fifo(go);
    QVERIFY(fifo.open(QIODevice::WriteOnly));
    QVERIFY(fifo.write("go\n") == 3);
    fifo.close();
    QTRY_COMPARE_WITH_TIMEOUT(processes(), 2, 10000);
}

void TestResourceSampler::programMadeKnownLateCountsFromThen()
{
    // The launcher tells the sampler of a new group after the program started, maybe after a
    // sample or two. Its run time before the sample that first saw it is not in any interval.
    const qint64 busyGroup = startDetached(u"exec /bin/sh -c 'while :; do :; done'"_s);
    QVERIFY(busyGroup > 0);
    QTRY_COMPARE(pidsOfGroup(busyGroup).size(), 1);
    const qint64 busy = pidsOfGroup(busyGroup).constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(runTimeNs(busy) > 1'500'000'000, 30000);

    ResourceSampler sampler;
    QSignalSpy sampled(&sampler, &ResourceSampler::sampled);
    sampler.start(500);
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 2, 10000);
    sampler.setTargets({{u"busy"_s, {busyGroup, {}}}});
    const auto busyReadings = [&sampled] {
        QList<double> readings;
        for (const QList<QVariant> &arguments : std::as_const(sampled)) {
            const auto usage = arguments.at(0).value<QHash<QString, ResourceUsage>>();
            if (usage.contains(u"busy"_s)) {
                readings.append(usage[u"busy"_s].cpuPercent);
            }
        }
        return readings;
    };
    QTRY_VERIFY_WITH_TIMEOUT(busyReadings().size() >= 3, 10000);
    const QList<double> readings = busyReadings();
    for (const double percent : std::as_const(readings)) {
        // One shell on one core, give or take a clock tick (10 ms) in each 500 ms interval.
        QVERIFY2(percent < 105.0, qPrintable(QString::number(percent)));
    }
    QVERIFY2(readings.last() > 20.0, qPrintable(QString::number(readings.last())));
}

QTEST_GUILESS_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
