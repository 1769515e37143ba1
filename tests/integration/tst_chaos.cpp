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
//
// The class and its invariants: chaostest.h, chaoschecks.cpp.
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

namespace {

qint64 chaosSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ZL_CHAOS_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : TestChaos::defaultSeconds;
}

void remember(QStringList &list, const QString &line)
{
    list.append(line);
    if (list.size() > TestChaos::rememberedEvents) {
        list.removeFirst();
    }
}

} // namespace

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
