// Starting a program in its own session with posix_spawn(): glibc spawns with a vfork-like
// clone, so a launch costs neither a copy of the launcher's page tables nor a wait for an
// intermediate child, as QProcess::startDetached()'s double fork does (docs/performance.md,
// F4). The program is the launcher's child: its exit status can be read, and it outlives
// the launcher like any orphan. A program started into a cgroup of its own is started with
// vfork() instead, its child moving itself into the group before the exec, which posix_spawn()
// cannot do: a move after the spawn would let a child forked before it escape the group.
#pragma once

#include <QString>
#include <QStringList>

struct SpawnRequest
{
    QString program; ///< an absolute path (or one relative to the launcher's directory)
    QStringList arguments;
    QString workingDirectory;  ///< empty: the launcher's
    QStringList environment;   ///< "NAME=value", the whole environment
    int standardOutputFd = -1; ///< duplicated onto 1 when >= 0
    int standardErrorFd = -1;  ///< duplicated onto 2 when >= 0
    /// Where stdout and stderr are appended when no descriptor is given (created 0644).
    QString appendFile;
    /// The cgroup.procs file, open for writing, of the cgroup v2 group to start the program in:
    /// the child moves itself there before its exec, so that it is in the group before its
    /// first instruction; -1: the launcher's own cgroup.
    int cgroupProcsFd = -1;
    /// The name of the instance's cgroup, <program>@<token>, for whoever creates it
    /// (ProcessControl, where cgroups are in force); spawnProgram() reads cgroupProcsFd only.
    QString cgroupName;
    /// Written to the cgroup's memory.max before the spawn, where it has the memory
    /// controller; 0: no limit.
    qint64 cgroupMemoryMaxBytes = 0;
};

/// Starts the program with stdin on /dev/null, in a new session (its own process group),
/// signal mask cleared and every signal at its default disposition, no descriptor but 0, 1
/// and 2 inherited. Returns its pid, or 0 with *error saying why in words for a user
/// ("No such file or directory", "Permission denied").
qint64 spawnProgram(const SpawnRequest &request, QString *error);
