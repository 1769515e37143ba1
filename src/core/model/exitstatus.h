// How a process ended, and the names of signals, as every view and event shows them.
#pragma once

#include <QString>

#include <optional>

struct ExitStatus
{
    std::optional<int> code;   ///< exit code, when it exited normally
    std::optional<int> signal; ///< terminating signal, when a signal killed it
    /// The processes still in the instance's cgroup when its main process ended (docs/design.md,
    /// "Containment"); 0 where process groups are in force.
    int leftovers = 0;
    /// Whether they were killed (ProgramSpec::killLeftovers).
    bool leftoversKilled = true;
    /// The kernel's OOM killer killed a process of the instance's cgroup (its memory.max).
    bool oomKilled = false;
    /// Neither is known when the process was not the launcher's child (it was reaped by
    /// someone else).
    bool isKnown() const { return code || signal; }
    bool isSuccess() const { return code && *code == 0; }
};

/// "SIGKILL", or "signal 64" for a number the C library has no name for.
QString signalName(int signal);
/// The name without its "SIG" ("KILL"), as the JSON events carry it; empty when unnamed.
QString signalAbbreviation(int signal);
