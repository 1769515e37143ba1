// The lifecycle states of DESIGN.md §5.
#pragma once

#include <QString>

#include <optional>

enum class ProgramState {
    Stopped,  ///< not running, and not to be restarted
    Starting, ///< launched, no heartbeat yet (plain programs: younger than minUptimeMs)
    Running,
    Lost,     ///< alive but silent past its lost timeout: being killed to restart
    Stopping, ///< stop requested, waiting for the exit
    Backoff,  ///< dead, waiting to restart
    Failed,   ///< gave up: restarts too fast, or cannot be launched
};

/// The stable lower-case identifier used on the wire and in events ("running").
QString stateName(ProgramState state);
/// The translated name shown to people ("Running").
QString stateLabel(ProgramState state);
std::optional<ProgramState> programStateFromName(const QString &text);

/// True while an instance of the program may be alive.
bool hasLiveInstance(ProgramState state);
