// Chaos (issue "Survive everything", point 5): 20 supervised programs under random SIGKILL,
// hangs (SIGSTOP), short pauses (SIGSTOP then SIGCONT) and SIGKILL + restart of the headless
// launcher itself, half the time a few ms after a program's death, while the launcher restarts
// it (a window that a crash at a random moment hits only rarely). The invariants are checked
// from /proc, not from what the launcher says: at most one live instance per program, every
// death restarted, every hang detected, every survivor adopted by the next launcher, no zombie
// left with a launcher, and after Stop all no process of any program. ZL_CHAOS_SECONDS sets the
// length (default 45), ZL_CHAOS_SEED replays the same random choices (as far as timing allows).
//
// Zombie rule: the test makes itself a child subreaper, so what a killed launcher leaves
// behind becomes the test's (as it would become systemd --user's or init's), and the test
// reaps those, as init would. A zombie whose parent is a running launcher for longer than
// zombieBoundMs, or a zombie of its own children that a launcher leaves behind when it exits,
// is the launcher's fault. Zombies re-parented elsewhere cannot happen below a subreaper.
#include "launcherprocess.h"
#include "testenvironment.h"

#include <algorithm>
#include <csignal>
#include <optional>
#include <utility>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int programCount = 20;
constexpr int plainCount = 4; // the last ones are "plain": supervised by their pid alone
constexpr int lostTimeoutMs = 400;
constexpr qint64 defaultSeconds = 45;
constexpr int tickMs = 25;
constexpr qint64 scanEveryMs = 100;
// Generous for a loaded 2-core machine, yet each one fails a launcher that does not do it.
constexpr qint64 recoverBoundMs = 5000; // from a death (or the next launcher's start) to running
constexpr qint64 hangBoundMs = lostTimeoutMs + 3600; // from SIGSTOP to killed with a Lost event
constexpr qint64 adoptBoundMs = 5000;  // from a launcher's start to adopting every survivor
constexpr qint64 zombieBoundMs = 3000; // a zombie child of a running launcher
constexpr qint64 settleBoundMs = 30000;
constexpr int stopAllBoundMs = 20000;
// Past minUptimeMs (200): the test's own kills never drive a program into backoff.
constexpr qint64 quietBeforeActionMs = 300;
constexpr qsizetype maxConcurrentHangs = 3;
constexpr qsizetype rememberedEvents = 12;
const QByteArray tagVariable = "ZL_CHAOS_TAG=";

/// A pid with the kernel start time of its process: a pid reused is another instance.
using InstanceKey = std::pair<qint64, quint64>;

struct Proc
{
    qint64 pid = 0;
    qint64 ppid = 0;
    char state = '?';
    quint64 startTime = 0;
    QByteArray comm;

    bool isLive() const { return state != 'Z' && state != 'X'; }
    InstanceKey key() const { return {pid, startTime}; }
    QString describe() const
    {
        return u"pid %1 (state %2, parent %3, start %4)"_s.arg(pid)
                .arg(QLatin1Char(state))
                .arg(ppid)
                .arg(startTime);
    }
};

std::optional<Proc> readProc(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; starttime is field 22.
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (open < 0 || close < open || fields.size() < 20) {
        return std::nullopt;
    }
    Proc proc;
    proc.pid = pid;
    proc.comm = line.mid(open + 1, close - open - 1);
    proc.state = fields[0].isEmpty() ? '?' : fields[0].front();
    proc.ppid = fields[1].toLongLong();
    proc.startTime = fields[19].toULongLong();
    return proc;
}

QList<qint64> allPids()
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid) {
            pids.append(pid);
        }
    }
    return pids;
}

/// The value of ZL_CHAOS_TAG in the environment of pid: nullopt when the environment cannot
/// be read (gone, exiting), empty when the variable is not there.
std::optional<QByteArray> chaosTag(qint64 pid)
{
    QFile file(u"/proc/%1/environ"_s.arg(pid));
    const QByteArray environment = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (environment.isEmpty()) {
        return std::nullopt;
    }
    for (const QByteArray &variable : environment.split('\0')) {
        if (variable.startsWith(tagVariable)) {
            return variable.mid(tagVariable.size());
        }
    }
    return QByteArray();
}

qint64 chaosSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ZL_CHAOS_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : defaultSeconds;
}

void remember(QStringList &list, const QString &line)
{
    list.append(line);
    if (list.size() > rememberedEvents) {
        list.removeFirst();
    }
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void survivesChaos();

private:
    struct Program
    {
        QString name;
        bool heartbeat = true;
        QList<Proc> live;              ///< its live processes at the last scan
        std::optional<InstanceKey> up; ///< the instance last seen alive and reported running
        qint64 upSinceMs = 0;
        qint64 downSinceMs = -1; ///< waiting for a running instance since then
        QString downWhy;
    };
    struct Signalled
    {
        QString program;
        InstanceKey instance;
        qint64 atMs = 0; ///< hang: when stopped; pause: when to continue
        qint64 deadAtMs = -1;
    };
    struct Counts
    {
        int kills = 0, hangs = 0, pauses = 0, launcherRestarts = 0, restarts = 0, launches = 0;
        int adoptions = 0, diedBeforeAdoption = 0, lostEvents = 0, orphansReaped = 0;
        int protocolWarnings = 0, launcherKillsInRestart = 0;
        qint64 maxRecoverMs = 0, maxHangDetectMs = 0, maxAdoptMs = 0;
    };

    qint64 now() const { return m_clock.elapsed(); }
    qint64 pick(qint64 from, qint64 to) { return from + m_random.bounded(to - from + 1); }
    Program *program(const QString &name);
    Program *programOf(const Proc &proc, bool anyCommand = false);
    void writeConfig();
    bool startLauncher();
    void killLauncher();
    void step();
    void readEvents();
    void onEvent(const QJsonObject &event);
    void scan();
    void reapOrphan(const Proc &proc);
    void checkInvariants();
    void checkOneInstance(Program &p);
    void checkRecovery(Program &p);
    void checkHangs();
    void checkAdoptions();
    void resumePauses();
    void act();
    Program *pickQuiet();
    bool killInstance(Program &p);
    bool isQuiet(const Program &p) const;
    bool signalInstance(const Proc &proc, int signal);
    bool settled() const;
    QString unsettled() const;
    QList<Proc> processesOfTheRun();
    void violate(const QString &program, const QString &what);
    void stopAllAndVerify();
    void report(qint64 chaosMs, bool final) const;

    std::unique_ptr<TestEnvironment> m_env;
    QString m_configPath;
    QByteArray m_tag; ///< "<run id>-", then the program name, in every program's ZL_CHAOS_TAG
    QByteArray m_beaterComm;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    std::unique_ptr<LauncherProcess> m_launcher;
    qint64 m_launcherPid = 0;
    qsizetype m_eventCursor = 0;
    int m_generation = 0;
    qint64 m_launcherUpAtMs = -1; ///< -1 while no launcher runs
    bool m_expectLauncherExit = false;
    QHash<qint64, int> m_launcherPids;            ///< launcher pid: its number
    QHash<QString, QSet<qint64>> m_announcedPids; ///< in any launcher's state events
    QList<Program> m_programs;
    QHash<InstanceKey, QString> m_known; ///< the program of every instance seen
    QSet<InstanceKey> m_notOurs;
    QSet<InstanceKey> m_killed;
    QHash<QString, QSet<qint64>> m_runningPids;
    QHash<QString, QSet<qint64>> m_lostPids;
    QSet<std::pair<QString, qint64>> m_adoptedNow; ///< by the current launcher
    QList<Signalled> m_hangs;
    QList<Signalled> m_pauses;
    QList<Signalled> m_adoptions;                 ///< survivors the current launcher must adopt
    QHash<InstanceKey, qint64> m_launcherZombies; ///< first seen
    QStringList m_recentEvents;
    QHash<QString, QStringList> m_programEvents;
    qint64 m_lastScanMs = -1;
    QString m_violation;
    QStringList m_protocolSamples;
    Counts m_counts;
};

void TestChaos::initTestCase()
{
    // QtTest's watchdog ends a test function after 5 minutes; a long run needs longer. It reads
    // the variable when the first test function starts, after initTestCase.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((chaosSeconds() + 240) * 1000));
    }
    QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0);
    m_beaterComm = QFileInfo(QStringLiteral(ZL_TC_BEATER)).fileName().left(15).toLocal8Bit();
}

void TestChaos::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
    bool ok = false;
    m_seed = qEnvironmentVariable("ZL_CHAOS_SEED").toUInt(&ok);
    if (!ok) {
        m_seed = QRandomGenerator::global()->generate();
    }
    m_random.seed(m_seed);
    m_tag = "chaos-" + QByteArray::number(QCoreApplication::applicationPid()) + '-'
            + QByteArray::number(QRandomGenerator::global()->generate(), 16) + '-';
    // A fresh run (QtTest's -repeat runs the test function again in this process).
    m_launcherPids.clear();
    m_announcedPids.clear();
    m_known.clear();
    m_notOurs.clear();
    m_killed.clear();
    m_runningPids.clear();
    m_lostPids.clear();
    m_hangs.clear();
    m_pauses.clear();
    m_adoptions.clear();
    m_launcherZombies.clear();
    m_recentEvents.clear();
    m_programEvents.clear();
    m_violation.clear();
    m_protocolSamples.clear();
    m_counts = {};
    m_generation = 0;
    m_lastScanMs = -1;
    m_programs.clear();
    for (int i = 0; i < programCount; ++i) {
        Program p;
        p.name = u"p%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        p.heartbeat = i < programCount - plainCount;
        m_programs.append(p);
    }
    m_clock.start();
}

void TestChaos::cleanup()
{
    // Its destructor kills whatever of the run is still up, even when a check below fails.
    const auto resetEnvironment = qScopeGuard([this] { m_env.reset(); });
    if (m_launcher) {
        m_expectLauncherExit = true;
        m_launcher.reset(); // SIGKILL and wait
    }
    // Everything of this run, stopped or not, and whatever it runs.
    QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const QList<Proc> left = processesOfTheRun();
                for (const Proc &proc : left) {
                    ::kill(static_cast<pid_t>(proc.pid), SIGKILL);
                }
                return left.isEmpty();
            }(),
            10000);
    for (const qint64 pid : allPids()) {
        const std::optional<Proc> proc = readProc(pid);
        if (proc && !proc->isLive() && proc->ppid == QCoreApplication::applicationPid()
            && !m_launcherPids.contains(pid)) {
            reapOrphan(*proc);
        }
    }
}

TestChaos::Program *TestChaos::program(const QString &name)
{
    for (Program &p : m_programs) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

TestChaos::Program *TestChaos::programOf(const Proc &proc, bool anyCommand)
{
    const InstanceKey key = proc.key();
    if (const auto known = m_known.constFind(key); known != m_known.cend()) {
        return program(*known);
    }
    // Only the programs' command is read at every scan, and its environment once.
    if ((!anyCommand && proc.comm != m_beaterComm) || m_notOurs.contains(key)) {
        return nullptr;
    }
    const std::optional<QByteArray> tag = chaosTag(proc.pid);
    if (!tag) {
        return nullptr; // exiting, or gone: next scan
    }
    if (!tag->startsWith(m_tag)) {
        // Not cached for other commands: a launcher's child between fork and exec has the
        // launcher's environment, and the same pid and start time after the exec.
        if (proc.comm == m_beaterComm) {
            m_notOurs.insert(key);
        }
        return nullptr;
    }
    const QString name = QString::fromLocal8Bit(tag->mid(m_tag.size()));
    m_known.insert(key, name);
    return program(name);
}

void TestChaos::writeConfig()
{
    QJsonArray list;
    for (const Program &p : std::as_const(m_programs)) {
        list.append(QJsonObject{
                {u"name"_s, p.name},
                {u"program"_s, QStringLiteral(ZL_TC_BEATER)},
                {u"environment"_s,
                 QJsonObject{{u"ZL_CHAOS_TAG"_s, QString(QString::fromLocal8Bit(m_tag) + p.name)}}},
                {u"kind"_s, p.heartbeat ? u"heartbeat"_s : u"plain"_s},
                {u"restart"_s, u"always"_s},
                {u"heartbeatIntervalMs"_s, 100},
                {u"lostTimeoutMs"_s, lostTimeoutMs},
                {u"startTimeoutMs"_s, 3000},
                {u"minUptimeMs"_s, 200},
                {u"maxRestarts"_s, 100000},
                {u"restartWindowMs"_s, 60000},
                {u"stopGraceMs"_s, 1000}});
    }
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"programs"_s, list}}).toJson());
}

bool TestChaos::startLauncher()
{
    // Every instance alive now was started by a previous launcher: the new one must adopt it.
    scan();
    m_adoptions.clear();
    for (const Program &p : std::as_const(m_programs)) {
        for (const Proc &proc : p.live) {
            if (!m_killed.contains(proc.key())) {
                m_adoptions.append(Signalled{p.name, proc.key()});
            }
        }
    }
    ++m_generation;
    m_adoptedNow.clear();
    m_eventCursor = 0;
    m_launcher = std::make_unique<LauncherProcess>(QStringLiteral(ZL_LAUNCHER),
                                                   QStringList{u"--config"_s, m_configPath,
                                                               u"--runtime-dir"_s,
                                                               m_env->runtimeDir().path()});
    if (!m_launcher->start()) {
        violate({},
                u"launcher #%1 did not start: %2"_s.arg(m_generation)
                        .arg(m_launcher->process().errorString()));
        return false;
    }
    m_launcherPid = m_launcher->process().processId();
    m_launcherPids.insert(m_launcherPid, m_generation);
    m_launcherUpAtMs = now();
    const int generation = m_generation;
    connect(&m_launcher->process(), &QProcess::finished, m_launcher.get(),
            [this, generation](int code) {
                if (!m_expectLauncherExit && generation == m_generation) {
                    violate({},
                            u"launcher #%1 exited on its own with %2: %3"_s.arg(generation)
                                    .arg(code)
                                    .arg(QString::fromLocal8Bit(
                                            m_launcher->process().readAllStandardError())));
                }
            });
    return true;
}

void TestChaos::killLauncher()
{
    QSignalSpy finished(&m_launcher->process(), &QProcess::finished);
    m_expectLauncherExit = true;
    ::kill(static_cast<pid_t>(m_launcherPid), SIGKILL);
    if (!finished.wait(10000)) {
        violate({},
                u"launcher #%1 (pid %2) outlived SIGKILL"_s.arg(m_generation).arg(m_launcherPid));
    }
    m_expectLauncherExit = false;
    readEvents(); // the last lines it wrote
    m_launcher.reset();
    m_launcherPid = 0;
    m_launcherUpAtMs = -1;
    m_adoptions.clear();
    m_launcherZombies.clear();
    ++m_counts.launcherRestarts;
}

void TestChaos::step()
{
    QTest::qWait(tickMs);
    readEvents();
    resumePauses();
    if (now() - m_lastScanMs >= scanEveryMs) {
        scan();
        checkInvariants();
    }
}

void TestChaos::readEvents()
{
    if (!m_launcher) {
        return;
    }
    const QList<QJsonObject> &events = m_launcher->events();
    while (m_eventCursor < events.size()) {
        onEvent(events[m_eventCursor++]);
    }
}

void TestChaos::onEvent(const QJsonObject &event)
{
    const QString name = event[u"program"_s].toString();
    const QString kind = event[u"event"_s].toString();
    const QString line
            = u"[%1 ms, launcher #%2] %3"_s.arg(now())
                      .arg(m_generation)
                      .arg(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    remember(m_recentEvents, line);
    remember(m_programEvents[name], line);
    if (kind == u"protocol"_s) {
        ++m_counts.protocolWarnings;
        const QString message = event[u"message"_s].toString();
        if (m_protocolSamples.size() < 5 && !m_protocolSamples.contains(message)) {
            m_protocolSamples.append(message);
        }
    }
    if (kind != u"state"_s) {
        return;
    }
    const QString state = event[u"state"_s].toString();
    const qint64 pid = event[u"pid"_s].toInteger();
    if (pid > 0) {
        m_announcedPids[name].insert(pid);
    }
    if (state == u"running"_s) {
        m_runningPids[name].insert(pid);
    } else if (state == u"lost"_s) {
        m_lostPids[name].insert(pid);
        ++m_counts.lostEvents;
    } else if (state == u"failed"_s) {
        violate(name, u"the launcher gave up on it (failed), with maxRestarts 100000"_s);
    } else if (state == u"starting"_s && !event[u"adopted"_s].toBool()) {
        ++m_counts.launches;
    }
    if (event[u"adopted"_s].toBool() && pid > 0 && !m_adoptedNow.contains({name, pid})) {
        m_adoptedNow.insert({name, pid});
        ++m_counts.adoptions;
        const auto expected = std::find_if(m_adoptions.begin(), m_adoptions.end(), [&](auto &a) {
            return a.program == name && a.instance.first == pid;
        });
        if (expected != m_adoptions.end()) {
            m_counts.maxAdoptMs = std::max(m_counts.maxAdoptMs, now() - m_launcherUpAtMs);
            m_adoptions.erase(expected);
        }
    }
}

void TestChaos::scan()
{
    m_lastScanMs = now();
    for (Program &p : m_programs) {
        p.live.clear();
    }
    const qint64 self = QCoreApplication::applicationPid();
    QSet<InstanceKey> launcherZombies;
    for (const qint64 pid : allPids()) {
        const std::optional<Proc> proc = readProc(pid);
        if (!proc) {
            continue;
        }
        if (proc->isLive()) {
            if (Program *p = programOf(*proc)) {
                p->live.append(*proc);
            }
        } else if (proc->ppid == self && !m_launcherPids.contains(pid)) {
            reapOrphan(*proc);
        } else if (m_launcherPid > 0 && proc->ppid == m_launcherPid) {
            launcherZombies.insert(proc->key());
            const qint64 since = m_launcherZombies.value(proc->key(), m_lastScanMs);
            m_launcherZombies.insert(proc->key(), since);
            if (m_lastScanMs - since > zombieBoundMs) {
                const QString name = m_known.value(proc->key());
                violate(name,
                        u"%1 has been a zombie of launcher #%2 for %3 ms: not reaped"_s
                                .arg(proc->describe())
                                .arg(m_generation)
                                .arg(m_lastScanMs - since));
            }
        }
    }
    m_launcherZombies.removeIf([&](auto it) { return !launcherZombies.contains(it.key()); });
}

void TestChaos::reapOrphan(const Proc &proc)
{
    if (::waitpid(static_cast<pid_t>(proc.pid), nullptr, WNOHANG) == proc.pid) {
        ++m_counts.orphansReaped;
    }
}

void TestChaos::checkInvariants()
{
    for (Program &p : m_programs) {
        checkOneInstance(p);
        checkRecovery(p);
    }
    checkHangs();
    checkAdoptions();
}

void TestChaos::checkOneInstance(Program &p)
{
    if (p.live.size() < 2) {
        return;
    }
    // The scan is not atomic: an instance may die and its successor start between two reads.
    // Read them again, newest first: an older one still alive after a newer one was seen alive
    // was alive at the same time as it.
    QList<Proc> candidates = p.live;
    std::sort(candidates.begin(), candidates.end(), [](const Proc &a, const Proc &b) {
        return std::pair(a.startTime, a.pid) > std::pair(b.startTime, b.pid);
    });
    p.live.clear();
    for (const Proc &candidate : std::as_const(candidates)) {
        const std::optional<Proc> again = readProc(candidate.pid);
        if (again && again->startTime == candidate.startTime && again->isLive()) {
            p.live.append(*again);
        }
    }
    if (p.live.size() > 1) {
        QStringList whose;
        for (const Proc &proc : std::as_const(p.live)) {
            whose.append(u"pid %1 is %2 and was %3"_s.arg(proc.pid).arg(
                    proc.ppid == QCoreApplication::applicationPid()
                            ? u"an orphan of a killed launcher"_s
                            : m_launcherPids.contains(proc.ppid)
                            ? u"a child of launcher #%1"_s.arg(m_launcherPids.value(proc.ppid))
                            : u"a child of pid %1"_s.arg(proc.ppid),
                    m_announcedPids.value(p.name).contains(proc.pid)
                            ? u"announced in a state event"_s
                            : u"never announced by any launcher"_s));
        }
        violate(p.name,
                u"%1 live instances at once (%2)"_s.arg(p.live.size()).arg(whose.join(u"; "_s)));
    }
}

void TestChaos::checkRecovery(Program &p)
{
    const qint64 at = m_lastScanMs;
    const Proc *current = p.live.size() == 1 ? &p.live.first() : nullptr;
    if (current && !m_killed.contains(current->key())
        && m_runningPids.value(p.name).contains(current->pid)) {
        if (p.up != current->key()) {
            if (p.up) {
                ++m_counts.restarts;
                m_runningPids[p.name].remove(p.up->first); // pids are reused
            }
            p.up = current->key();
            p.upSinceMs = at;
        }
        if (p.downSinceMs >= 0) {
            m_counts.maxRecoverMs = std::max(m_counts.maxRecoverMs,
                                             at - std::max(p.downSinceMs, m_launcherUpAtMs));
            p.downSinceMs = -1;
        }
        return;
    }
    if (p.downSinceMs < 0) {
        p.downSinceMs = at;
        p.downWhy = current ? u"%1 not reported running"_s.arg(current->describe())
                            : u"no live process"_s;
    }
    // While no launcher runs nothing can restart it: the bound counts from the next one's start.
    if (m_launcherUpAtMs >= 0 && at - std::max(p.downSinceMs, m_launcherUpAtMs) > recoverBoundMs) {
        violate(p.name,
                u"not running again %1 ms after it went down (%2)"_s
                        .arg(at - std::max(p.downSinceMs, m_launcherUpAtMs))
                        .arg(p.downWhy));
    }
}

void TestChaos::checkHangs()
{
    for (auto hang = m_hangs.begin(); hang != m_hangs.end();) {
        const Program *p = program(hang->program);
        const bool alive = std::any_of(p->live.cbegin(), p->live.cend(), [&](const Proc &proc) {
            return proc.key() == hang->instance;
        });
        if (!alive && hang->deadAtMs < 0) {
            hang->deadAtMs = m_lastScanMs;
        }
        const qint64 since = std::max(hang->atMs, m_launcherUpAtMs);
        if (hang->deadAtMs >= 0 && m_lostPids.value(hang->program).contains(hang->instance.first)) {
            m_counts.maxHangDetectMs = std::max(m_counts.maxHangDetectMs,
                                                std::max<qint64>(0, hang->deadAtMs - since));
            m_lostPids[hang->program].remove(hang->instance.first);
            hang = m_hangs.erase(hang);
            continue;
        }
        if (m_launcherUpAtMs >= 0 && m_lastScanMs - since > hangBoundMs) {
            violate(hang->program,
                    u"pid %1, stopped (hung) %2 ms ago, %3"_s.arg(hang->instance.first)
                            .arg(m_lastScanMs - hang->atMs)
                            .arg(alive ? u"is still there: hang not detected"_s
                                       : u"was killed, but no \"lost\" state event names it"_s));
        }
        ++hang;
    }
}

void TestChaos::checkAdoptions()
{
    for (auto adoption = m_adoptions.begin(); adoption != m_adoptions.end();) {
        const Program *p = program(adoption->program);
        if (std::none_of(p->live.cbegin(), p->live.cend(),
                         [&](const Proc &proc) { return proc.key() == adoption->instance; })) {
            ++m_counts.diedBeforeAdoption;
            adoption = m_adoptions.erase(adoption);
            continue;
        }
        if (m_lastScanMs - m_launcherUpAtMs > adoptBoundMs) {
            violate(adoption->program,
                    u"pid %1 was alive when launcher #%2 started %3 ms ago, and is not adopted"_s
                            .arg(adoption->instance.first)
                            .arg(m_generation)
                            .arg(m_lastScanMs - m_launcherUpAtMs));
        }
        ++adoption;
    }
}

void TestChaos::resumePauses()
{
    for (auto pause = m_pauses.begin(); pause != m_pauses.end();) {
        if (now() < pause->atMs) {
            ++pause;
            continue;
        }
        // Unless the launcher took it for a hang and killed it meanwhile.
        signalInstance(Proc{pause->instance.first, 0, 'S', pause->instance.second, {}}, SIGCONT);
        pause = m_pauses.erase(pause);
    }
}

bool TestChaos::isQuiet(const Program &p) const
{
    const auto busy = [&](const Signalled &s) { return s.program == p.name; };
    return p.up && p.downSinceMs < 0 && p.live.size() == 1 && p.live.first().key() == *p.up
            && m_lastScanMs - p.upSinceMs >= quietBeforeActionMs
            && std::none_of(m_hangs.cbegin(), m_hangs.cend(), busy)
            && std::none_of(m_pauses.cbegin(), m_pauses.cend(), busy);
}

TestChaos::Program *TestChaos::pickQuiet()
{
    QList<Program *> quiet;
    for (Program &p : m_programs) {
        if (isQuiet(p)) {
            quiet.append(&p);
        }
    }
    return quiet.isEmpty() ? nullptr : quiet[m_random.bounded(quiet.size())];
}

bool TestChaos::killInstance(Program &p)
{
    const Proc proc = p.live.first();
    if (!signalInstance(proc, SIGKILL)) {
        return false;
    }
    m_killed.insert(proc.key());
    ++m_counts.kills;
    p.downSinceMs = now();
    p.downWhy = u"SIGKILLed %1"_s.arg(proc.describe());
    return true;
}

void TestChaos::act()
{
    Program *p = pickQuiet();
    if (!p) {
        return;
    }
    const Proc proc = p->live.first();
    const int roll = m_random.bounded(100);
    if (roll < 25 && p->heartbeat && m_hangs.size() < maxConcurrentHangs) {
        if (signalInstance(proc, SIGSTOP)) {
            m_hangs.append(Signalled{p->name, proc.key(), now()});
            ++m_counts.hangs;
        }
    } else if (roll < 40) {
        if (signalInstance(proc, SIGSTOP)) {
            // Some pauses outlast the lost timeout: then a Lost and a restart are right too.
            m_pauses.append(Signalled{p->name, proc.key(), now() + pick(50, 700)});
            ++m_counts.pauses;
        }
    } else {
        killInstance(*p);
    }
}

bool TestChaos::signalInstance(const Proc &proc, int signal)
{
    // The pid may have been reused since the scan: check the start time right before.
    const std::optional<Proc> again = readProc(proc.pid);
    return again && again->startTime == proc.startTime && again->isLive()
            && ::kill(static_cast<pid_t>(proc.pid), signal) == 0;
}

bool TestChaos::settled() const
{
    return m_launcher && m_hangs.isEmpty() && m_pauses.isEmpty() && m_adoptions.isEmpty()
            && std::all_of(m_programs.cbegin(), m_programs.cend(),
                           [](const Program &p) { return p.up && p.downSinceMs < 0; });
}

QString TestChaos::unsettled() const
{
    QStringList what;
    if (!m_launcher) {
        what.append(u"no launcher"_s);
    }
    for (const Program &p : m_programs) {
        if (!p.up || p.downSinceMs >= 0) {
            what.append(
                    u"%1 down since %2 ms (%3)"_s.arg(p.name).arg(p.downSinceMs).arg(p.downWhy));
        }
    }
    for (const Signalled &s : m_hangs) {
        what.append(
                u"%1 pid %2 hung since %3 ms"_s.arg(s.program).arg(s.instance.first).arg(s.atMs));
    }
    for (const Signalled &s : m_adoptions) {
        what.append(u"%1 pid %2 not adopted yet"_s.arg(s.program).arg(s.instance.first));
    }
    what.append(u"last events:\n    "_s + m_recentEvents.join(u"\n    "_s));
    return what.join(u"; "_s);
}

QList<Proc> TestChaos::processesOfTheRun()
{
    QList<Proc> found;
    for (const qint64 pid : allPids()) {
        const std::optional<Proc> proc = readProc(pid);
        if (proc && proc->isLive() && programOf(*proc, true)) {
            found.append(*proc);
        }
    }
    return found;
}

void TestChaos::violate(const QString &name, const QString &what)
{
    if (!m_violation.isEmpty()) {
        return; // the first one tells the story
    }
    m_violation = u"at %1 ms (launcher #%2, seed %3): %4%5"_s.arg(now())
                          .arg(m_generation)
                          .arg(m_seed)
                          .arg(name.isEmpty() ? QString() : name + u": "_s)
                          .arg(what);
    // In full here: QtTest cuts a failure message at 1024 bytes.
    QString details;
    if (const Program *p = program(name)) {
        QStringList live;
        for (const Proc &proc : p->live) {
            live.append(proc.describe());
        }
        details += u"\n  its live processes: %1\n  its last events:\n    %2"_s.arg(
                live.isEmpty() ? u"none"_s : live.join(u", "_s),
                m_programEvents.value(name).join(u"\n    "_s));
    }
    details += u"\n  last events:\n    %1"_s.arg(m_recentEvents.join(u"\n    "_s));
    qWarning().noquote() << m_violation + details;
}

void TestChaos::stopAllAndVerify()
{
    scan();
    // Survivors of killed launchers are the test's children (it is their subreaper); the
    // last launcher's own children must all be reaped by it.
    QSet<InstanceKey> orphans;
    for (const Program &p : std::as_const(m_programs)) {
        for (const Proc &proc : p.live) {
            if (proc.ppid == QCoreApplication::applicationPid()) {
                orphans.insert(proc.key());
            }
        }
    }
    QSignalSpy finished(&m_launcher->process(), &QProcess::finished);
    m_expectLauncherExit = true;
    QCOMPARE(::kill(static_cast<pid_t>(m_launcherPid), SIGINT), 0);
    QVERIFY2(finished.wait(stopAllBoundMs), "Stop all (SIGINT) did not end the launcher in time");
    QCOMPARE(m_launcher->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_launcher->process().exitCode(), 0);
    readEvents();
    for (const Program &p : std::as_const(m_programs)) {
        const QList<QJsonObject> states = m_launcher->eventsOf(u"state"_s, p.name);
        QVERIFY2(!states.isEmpty() && states.last()[u"state"_s] == u"stopped"_s,
                 qPrintable(p.name + u" did not end stopped"_s));
    }

    QStringList left;
    for (const Proc &proc : processesOfTheRun()) {
        left.append(m_known.value(proc.key()) + u": "_s + proc.describe());
    }
    QVERIFY2(left.isEmpty(), qPrintable(u"alive after Stop all: "_s + left.join(u", "_s)));
    QStringList zombies;
    for (const qint64 pid : allPids()) {
        const std::optional<Proc> proc = readProc(pid);
        if (!proc || proc->isLive() || proc->ppid != QCoreApplication::applicationPid()
            || m_launcherPids.contains(pid)) {
            continue;
        }
        if (!orphans.contains(proc->key())) {
            zombies.append(m_known.value(proc->key()) + u": "_s + proc->describe());
        }
        reapOrphan(*proc);
    }
    QVERIFY2(zombies.isEmpty(),
             qPrintable(u"zombies the launcher left: "_s + zombies.join(u", "_s)));
}

void TestChaos::report(qint64 chaosMs, bool final) const
{
    const Counts &c = m_counts;
    qInfo("chaos: %lld s, seed %u: %d kills, %d hangs (max %lld ms to detect), %d pauses, "
          "%d launcher restarts (%d of them in a program's restart), %d adoptions (%d died "
          "first), %d restarts seen (%d launches reported), max %lld ms to recover, max %lld ms "
          "to adopt, %d lost events, %d orphans reaped by the test, %d protocol warnings",
          chaosMs / 1000, m_seed, c.kills, c.hangs, c.maxHangDetectMs, c.pauses, c.launcherRestarts,
          c.launcherKillsInRestart, c.adoptions, c.diedBeforeAdoption, c.restarts, c.launches,
          c.maxRecoverMs, c.maxAdoptMs, c.lostEvents, c.orphansReaped, c.protocolWarnings);
    for (const QString &message : final ? m_protocolSamples : QStringList()) {
        qInfo("chaos: protocol warning: %s", qPrintable(message));
    }
}

void TestChaos::survivesChaos()
{
    const qint64 chaosMs = chaosSeconds() * 1000;
    qInfo("chaos: seed %u (replay with ZL_CHAOS_SEED=%u), %lld s (ZL_CHAOS_SECONDS), in %s", m_seed,
          m_seed, chaosMs / 1000, qPrintable(m_env->path()));
    writeConfig();
    QVERIFY2(startLauncher(), qPrintable(m_violation));
    const qint64 startedAt = now();
    while (!settled() && now() - startedAt < settleBoundMs && m_violation.isEmpty()) {
        step();
    }
    QVERIFY2(m_violation.isEmpty(), qPrintable(m_violation));
    QVERIFY2(settled(), qPrintable(u"not every program came up: "_s + unsettled()));
    m_counts = {}; // from here on, what the chaos did
    m_protocolSamples.clear();

    const qint64 chaosStart = now();
    qint64 nextAction = now();
    qint64 nextLauncherKill = now() + pick(8000, 15000);
    qint64 launcherBackAt = -1;
    qint64 nextProgress = now() + 60000;
    while (now() - chaosStart < chaosMs) {
        step();
        QVERIFY2(m_violation.isEmpty(), qPrintable(m_violation));
        if (m_launcher && now() >= nextLauncherKill) {
            // Half the time while it restarts a program: a few ms after the program's death.
            Program *p = m_random.bounded(2) == 0 ? pickQuiet() : nullptr;
            if (p && killInstance(*p)) {
                QTest::qSleep(pick(0, 5));
                ++m_counts.launcherKillsInRestart;
            }
            killLauncher();
            launcherBackAt = now() + pick(0, 1500); // programs live on meanwhile, unsupervised
        } else if (!m_launcher && now() >= launcherBackAt) {
            QVERIFY2(startLauncher(), qPrintable(m_violation));
            nextLauncherKill = now() + pick(8000, 15000);
        }
        if (now() >= nextAction) {
            act();
            nextAction = now() + pick(100, 300);
        }
        if (now() >= nextProgress) {
            report(now() - chaosStart, false);
            nextProgress += 60000;
        }
    }

    // Every hang detected, every death restarted, every survivor adopted, before Stop all.
    if (!m_launcher) {
        QVERIFY2(startLauncher(), qPrintable(m_violation));
    }
    const qint64 settleStart = now();
    while (!settled() && now() - settleStart < settleBoundMs && m_violation.isEmpty()) {
        step();
    }
    QVERIFY2(m_violation.isEmpty(), qPrintable(m_violation));
    QVERIFY2(settled(), qPrintable(u"no rest after the chaos: "_s + unsettled()));
    stopAllAndVerify();
    if (QTest::currentTestFailed()) {
        return;
    }
    report(chaosMs, true);
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
