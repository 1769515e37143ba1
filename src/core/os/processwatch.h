// Watches one process through a pidfd (DESIGN.md §5), whether or not the launcher is its
// parent, and signals its process group. No policy: ProgramRunner decides what an exit means.
#pragma once

#include "core/model/exitstatus.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

class ProcessWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessWatch)

public:
    /// Makes the launcher the reaper of the detached programs it launches (they are
    /// re-parented to it), so that their exit status can be read. Call once at start.
    static bool becomeSubreaper(QString *error);

    /// The fields of /proc/<pid>/stat after "pid (comm)": [0] state, [1] ppid, [2] pgrp, ...
    /// [19] starttime. Empty when there is no such process.
    static QList<QByteArray> statFields(qint64 pid);

    /// Reaps the zombie children left by programs: the grandchildren a program leaves behind
    /// are re-parented to the launcher (the subreaper) and would otherwise stay zombies. Never
    /// touches watchedPids (their own ProcessWatch reaps them, with their status) nor children
    /// in the launcher's own process group, so a QProcess started by the same process keeps
    /// its child. Returns how many were reaped.
    /// Returns -1, having reaped nothing, while a spawn on another thread is under way (see
    /// lockForSpawn()): call again a little later.
    static int reapOrphans(const QSet<qint64> &watchedPids);

    /// A child spawned on another thread (ExecSpawner) is nobody's watch's until its pid has
    /// reached the GUI thread, and reapOrphans() would take its exit status meanwhile. The
    /// spawning thread holds this lock from before the spawn until it has claimed the pid
    /// (claimChild()); reapOrphans() never waits for it.
    static std::unique_lock<std::mutex> lockForSpawn();
    /// reapOrphans() leaves a claimed child alone until releaseChild(). Thread-safe.
    static void claimChild(qint64 pid);
    /// Once the child's watch is open (or it was never spawned). Thread-safe.
    static void releaseChild(qint64 pid);

    /// Opens a pidfd on pid. Returns null with *error set when the process does not exist.
    static std::unique_ptr<ProcessWatch> watch(qint64 pid, QString *error);
    ~ProcessWatch() override;

    qint64 pid() const { return m_pid; }
    /// The process group signals go to: the group of the session QProcess made for the
    /// program, or 0 when the program is not in a session of its own.
    qint64 processGroup() const { return m_processGroup; }
    bool hasExited() const { return m_exited; }
    /// The instance's own cgroup (docs/design.md, "Containment"): a kill then reaches every
    /// process in it, and what is left in it when the process exits is counted and killed.
    /// Removed once empty after the exit. Empty: process groups alone.
    void setCgroup(const QString &group) { m_cgroup = group; }
    /// Whether what is left in the group or cgroup at the exit is killed (the default).
    void setKillsLeftovers(bool kills) { m_killsLeftovers = kills; }
    QString cgroup() const { return m_cgroup; }

    /// Sends sig to the whole process group, so grandchildren get it too (to the process
    /// alone when it does not lead a group); SIGKILL also goes to every process of its cgroup.
    /// Failures are logged and returned in *error.
    bool signalGroup(int sig, QString *error = nullptr);

    /// Reports the exit (exited()) when the process has ended, and returns whether it has.
    /// Called when the pidfd turns readable; a wake-up while the process still runs reports
    /// nothing and signals nothing.
    bool checkExit();

Q_SIGNALS:
    /// Emitted once. Any process left in the program's group or cgroup is killed first, so a
    /// program never leaves children behind to compete with its next instance.
    void exited(const ExitStatus &status);

private:
    ProcessWatch(qint64 pid, int pidfd);
    /// The exit status, reaping the process; nullopt while it still runs.
    std::optional<ExitStatus> reap();
    /// Counts into status what is left in the cgroup and whether the OOM killer struck, kills
    /// what is left unless told not to, and has the group removed once empty.
    void handleCgroupLeftovers(ExitStatus &status);

    friend class PidfdSet;

    qint64 m_pid = 0;
    qint64 m_processGroup = 0;
    int m_pidfd = -1;
    bool m_exited = false;
    QString m_cgroup;
    bool m_killsLeftovers = true;
};
