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
// The test's class: its launcher, its actions and its events in tst_chaos.cpp; the scan of /proc
// and the invariants it checks in chaoschecks.cpp.
#pragma once

#include "chaosprocfs.h"
#include "launcherprocess.h"
#include "testenvironment.h"

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

class TestChaos : public QObject
{
    Q_OBJECT

public:
    static constexpr int programCount = 20;
    static constexpr int plainCount = 4; // the last ones are "plain": supervised by their pid alone
    static constexpr int lostTimeoutMs = 400;
    static constexpr qint64 defaultSeconds = 45;
    static constexpr int tickMs = 25;
    static constexpr qint64 scanEveryMs = 100;
    // Generous for a loaded 2-core machine, yet each one fails a launcher that does not do it.
    static constexpr qint64 recoverBoundMs
            = 5000; // from a death (or the next launcher's start) to running
    static constexpr qint64 hangBoundMs
            = lostTimeoutMs + 3600; // from SIGSTOP to killed with a Lost event
    static constexpr qint64 adoptBoundMs
            = 5000; // from a launcher's start to adopting every survivor
    static constexpr qint64 zombieBoundMs = 3000; // a zombie child of a running launcher
    static constexpr qint64 settleBoundMs = 30000;
    static constexpr int stopAllBoundMs = 20000;
    // Past minUptimeMs (200): the test's own kills never drive a program into backoff.
    static constexpr qint64 quietBeforeActionMs = 300;
    static constexpr qsizetype maxConcurrentHangs = 3;
    static constexpr qsizetype rememberedEvents = 12;

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
