// Which containment is in force (docs/design.md, "Containment"): a cgroup v2 group of its own
// for each instance, where the launcher's cgroup is delegated to its user, so that a stop or a
// kill reaches every process the program started, even one in a session of its own; otherwise
// the process group of each program's session, as before.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class Containment final
{
    Q_DECLARE_TR_FUNCTIONS(Containment)

public:
    /// From /proc/self/mountinfo and /proc/self/cgroup, the launcher's own.
    static Containment detect();
    /// The same from the two files' text; isWritable tells whether the user may write to a
    /// path, false when there is none (access(2) W_OK for detect()).
    static Containment fromProcFiles(const QByteArray &mountInfo, const QByteArray &ownCgroup,
                                     const std::function<bool(const QString &)> &isWritable);

    /// Process groups, with the reason given.
    static Containment processGroups(const QString &reason);

    bool usesCgroups() const { return !m_base.isEmpty(); }
    /// The launcher's cgroup, under which each instance gets its own; empty for process groups.
    QString base() const { return m_base; }
    /// "cgroup" or "process-group", as `zlauncherctl info` says it.
    QString modeName() const;
    /// One sentence for the log and `zlauncherctl info`: what is in force, and for process
    /// groups why, and how to get cgroups.
    QString description() const;

    /// The name of an instance's group: <program>@<token>.
    static QString groupName(const QString &program, const QString &token);
    /// Creates base()/name for an instance, with memoryMaxBytes as its memory.max where the
    /// memory controller is enabled (0: no limit). Its path, or empty with *error set.
    QString createGroup(const QString &name, qint64 memoryMaxBytes, QString *error) const;
    /// Removes the empty instance groups earlier launchers left under base(); returns how many.
    int removeStaleGroups() const;

    /// Where base() has the memory controller, enables it for the instance groups, so that
    /// memoryMaxMiB can be written to their memory.max. cgroup v2 lets no group with processes
    /// of its own enable a controller for its children, so the launcher first moves into a
    /// leaf of its own, base()/launcher (docs/design.md, "Containment"). True when enabled;
    /// memoryLimitProblem() says why not.
    bool enableMemoryController();
    bool hasMemoryController() const { return m_memoryProblem.isEmpty(); }
    /// Why memory.max cannot be written for a program, in words for the user; empty when it can.
    QString memoryLimitProblem() const { return m_memoryProblem; }

private:
    QString m_base;
    QString m_reason; ///< why process groups are in force
    QString m_memoryProblem;
};

/// The files of one instance's cgroup (cgroup v2, docs/admin-guide/cgroup-v2 in the kernel).
namespace InstanceCgroup {

/// The instance group pid is in, when it is one the launcher made (a leaf named
/// <program>@<token> under a cgroup2 mount); empty otherwise. For an adopted process.
QString ofProcess(qint64 pid);
/// Whether name is that of an instance group: <program>@<token>.
bool isInstanceGroupName(const QString &name);
/// The pids in the group (cgroup.procs): the exited main process is no longer among them.
QList<qint64> processes(const QString &group);
/// SIGKILL to every process in the group, at once (cgroup.kill). False with *error set.
bool kill(const QString &group, QString *error);
/// CPU time of every process that ever ran in the group, in microseconds (cpu.stat usage_usec).
std::optional<quint64> cpuUsageUs(const QString &group);
/// The group's memory (memory.current), where the memory controller is enabled for it.
std::optional<quint64> memoryCurrentBytes(const QString &group);
/// Removes the group now if it is empty, else as soon as it empties (CgroupJanitor).
void removeWhenEmpty(const QString &group);
/// Writes the group's memory.max. False with *error set.
bool setMemoryMax(const QString &group, qint64 bytes, QString *error);
/// How many times the kernel's OOM killer killed a process of the group (memory.events).
int oomKills(const QString &group);

} // namespace InstanceCgroup
