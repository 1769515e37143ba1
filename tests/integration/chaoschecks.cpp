// The chaos test's scan of /proc and its invariants (chaostest.h).
#include "chaostest.h"

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
