// ExecProbeCheck on real commands, spawned on ExecSpawner's thread: a batch all finish with
// their own outcome while the orphan reaper runs, a check destroyed at any point leaves no
// process, zombie or descriptor behind, and the command gets default signals and an empty mask.
#include "core/model/logging.h"
#include "core/os/probecheck.h"
#include "core/os/processwatch.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <memory>
#include <vector>

#include <pthread.h>

using namespace Qt::StringLiterals;

namespace {

ProbeSpec execProbe(const QStringList &command)
{
    ProbeSpec probe;
    probe.type = ProbeType::Exec;
    probe.command = command;
    probe.timeoutMs = 60000;
    return probe;
}

/// Checks and the outcome each reported, in the order they were started.
struct CheckRun
{
    std::vector<std::unique_ptr<ProbeCheck>> checks;
    std::vector<std::optional<ProbeOutcome>> outcomes;

    void start(const ProbeSpec &probe)
    {
        ProbeContext context;
        context.environment = QProcessEnvironment::systemEnvironment().toStringList();
        checks.push_back(ProbeCheck::start(probe, context));
        outcomes.emplace_back();
        const size_t index = outcomes.size() - 1;
        QObject::connect(checks.back().get(), &ProbeCheck::finished, checks.back().get(),
                         [this, index](const ProbeOutcome &outcome) { outcomes[index] = outcome; });
    }
    bool allFinished() const
    {
        return std::all_of(outcomes.cbegin(), outcomes.cend(),
                           [](const auto &outcome) { return outcome.has_value(); });
    }
};

/// The processes whose command line holds marker as one of its arguments.
QList<qint64> processesWith(const QByteArray &marker)
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (isPid && cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().split('\0').contains(marker)) {
            found.append(pid);
        }
    }
    return found;
}

/// Of those, the ones that lead their session: one a spawned check.
QList<qint64> sessionLeadersWith(const QByteArray &marker)
{
    QList<qint64> leaders = processesWith(marker);
    leaders.removeIf([](qint64 pid) {
        const QList<QByteArray> fields = ProcessWatch::statFields(pid);
        return fields.size() < 4 || fields[3].toLongLong() != pid;
    });
    return leaders;
}

/// The test's own children, zombies included.
QList<QByteArray> ownChildren()
{
    QList<QByteArray> children;
    const QString tasks = u"/proc/self/task"_s;
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + u"/children"_s);
        if (file.open(QIODevice::ReadOnly)) {
            children += file.readAll().simplified().split(' ');
        }
    }
    children.removeAll(QByteArray());
    return children;
}

qsizetype openDescriptors()
{
    return QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size();
}

} // namespace

class TestExecProbeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchFinishesWithTheRightOutcomes();
    void destroyedCheckLeavesNothingBehind_data();
    void destroyedCheckLeavesNothingBehind();
    void commandGetsDefaultSignalsAndAnEmptyMask();

private:
    /// One more check, /bin/true, waited for: the spawner works in order, so every spawn asked
    /// before it has been done and its pid handed back.
    static void drainSpawner();
};

void TestExecProbeCheck::initTestCase()
{
    // The spawner's thread and the pidfd set are made on first use, once for the process:
    // made here, so that the descriptor counts below compare like with like.
    drainSpawner();
}

void TestExecProbeCheck::drainSpawner()
{
    CheckRun sentinel;
    sentinel.start(execProbe({u"/bin/true"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(sentinel.allFinished(), 30000);
    QCOMPARE(sentinel.outcomes[0]->detail, u"exit 0"_s);
}

void TestExecProbeCheck::batchFinishesWithTheRightOutcomes()
{
    // What the supervisor does on every SIGCHLD, all along: it must not take a quick command's
    // exit before the command's own watch does.
    QTimer reaper;
    reaper.setInterval(0);
    connect(&reaper, &QTimer::timeout, &reaper, [] { ProcessWatch::reapOrphans({}); });
    reaper.start();
    constexpr int count = 150;
    CheckRun run;
    for (int i = 0; i < count; ++i) {
        run.start(execProbe({u"/bin/sh"_s, u"-c"_s, u"echo $0; exit $1"_s, u"check%1"_s.arg(i),
                             QString::number(i % 3)}));
    }
    run.start(execProbe({u"zl-no-such-probe-command"_s}));
    QTemporaryDir folder;
    QFile notExecutable(folder.filePath(u"not-executable"_s));
    QVERIFY(notExecutable.open(QIODevice::WriteOnly));
    QVERIFY(notExecutable.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    run.start(execProbe({notExecutable.fileName()}));
    QTRY_VERIFY_WITH_TIMEOUT(run.allFinished(), 60000);
    for (int i = 0; i < count; ++i) {
        const ProbeOutcome &outcome = *run.outcomes[size_t(i)];
        QCOMPARE(outcome.detail, u"exit %1: check%2"_s.arg(i % 3).arg(i));
        QCOMPARE(outcome.passed, i % 3 == 0);
    }
    QCOMPARE(run.outcomes[count]->detail, u"zl-no-such-probe-command was not found in PATH"_s);
    QCOMPARE(run.outcomes[count + 1]->detail,
             u"cannot run %1: %2"_s.arg(notExecutable.fileName(), errnoMessage(EACCES)));
    QVERIFY(!run.outcomes[count + 1]->passed);
}

void TestExecProbeCheck::destroyedCheckLeavesNothingBehind_data()
{
    QTest::addColumn<int>("when");
    QTest::addRow("at once, most spawns not begun") << 0;
    QTest::addRow("spawned, its pid not handed back yet") << 1;
    QTest::addRow("while its command runs") << 2;
}

void TestExecProbeCheck::destroyedCheckLeavesNothingBehind()
{
    QFETCH(int, when);
    const qsizetype descriptorsBefore = openDescriptors();
    // Every process of a check's command carries the marker: the shell, and the two sleeps
    // of its group, one of them in the background.
    const QByteArray marker
            = "600." + QByteArray::number(QRandomGenerator::global()->bounded(1u << 30));
    constexpr int count = 12;
    CheckRun run;
    for (int i = 0; i < count; ++i) {
        run.start(execProbe({u"/bin/sh"_s, u"-c"_s, u"sleep \"$0\" & exec sleep \"$0\""_s,
                             QString::fromLatin1(marker)}));
    }
    if (when == 1) {
        // No event loop meanwhile: the pids wait in the spawner's queued call.
        QDeadlineTimer patience(60000);
        while (sessionLeadersWith(marker).size() < count && !patience.hasExpired()) {
            QThread::msleep(5);
        }
        QCOMPARE(sessionLeadersWith(marker).size(), count);
    } else if (when == 2) {
        drainSpawner();
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).size() >= 2 * count, 30000);
    }
    run.checks.clear();
    drainSpawner();
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(ownChildren().isEmpty(), 30000);
    QCOMPARE(openDescriptors(), descriptorsBefore);
    QVERIFY(std::none_of(run.outcomes.cbegin(), run.outcomes.cend(),
                         [](const auto &outcome) { return outcome.has_value(); }));
}

void TestExecProbeCheck::commandGetsDefaultSignalsAndAnEmptyMask()
{
    // The launcher's own ignored and blocked signals, which the spawner's thread (blocking
    // everything) and the command would otherwise inherit.
    struct sigaction ignore = {};
    struct sigaction previousPipe = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previousPipe);
    sigset_t usr2;
    sigset_t previousMask;
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    ::pthread_sigmask(SIG_BLOCK, &usr2, &previousMask);
    CheckRun run;
    run.start(execProbe({u"/usr/bin/awk"_s, u"/^Sig(Blk|Ign):/ { printf \"%s %s \", $1, $2 }"_s,
                         u"/proc/self/status"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(run.allFinished(), 30000);
    ::pthread_sigmask(SIG_SETMASK, &previousMask, nullptr);
    ::sigaction(SIGPIPE, &previousPipe, nullptr);
    // "exit 0: SigBlk: 0000000000000000 SigIgn: 0000000180000000 "
    const QStringList fields = run.outcomes[0]->detail.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.mid(0, 3), QStringList({u"exit"_s, u"0:"_s, u"SigBlk:"_s}));
    QCOMPARE(fields[3].toULongLong(nullptr, 16), 0ULL);
    QCOMPARE(fields[4], u"SigIgn:"_s);
    // glibc's posix_spawn ignores its two internal signals (32 and 33, below SIGRTMIN, which
    // no program can use) in the child, as it does for every program: all else is default.
    const quint64 glibcInternal = (1ULL << 31) | (1ULL << 32);
    QCOMPARE(fields[5].toULongLong(nullptr, 16) & ~glibcInternal, 0ULL);
}

QTEST_GUILESS_MAIN(TestExecProbeCheck)
#include "tst_execprobecheck.moc"
