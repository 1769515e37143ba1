// What a view reads of one program: its state, its instance, its last deaths.
#pragma once

#include "core/model/exitstatus.h"
#include "core/model/programstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Whether DeathRecord::lastStderrLines is final.
enum class StderrTail {
    Pending,     ///< the output is captured; the lines come when it is closed
    Received,    ///< final
    NotCaptured, ///< the instance wrote its log file directly: no lines will come
};

/// One end of an instance: the restart history a view shows. The exit is known first (pidfd);
/// the last stderr lines come a moment later, once the instance's output is closed.
struct DeathRecord
{
    QDateTime time;       ///< UTC: when the exit was seen, or the lines came (unwatched)
    qint64 pid = 0;       ///< 0 when not known
    qint64 uptimeMs = -1; ///< -1 when not known (unwatched)
    /// Neither code nor signal when not known (adopted, or ended while no launcher watched).
    ExitStatus status;
    /// It was being stopped (stop, restart, kill, quit): not a crash.
    bool stopRequested = false;
    /// It ended while no launcher was running; only its output's report tells of it.
    bool unwatched = false;
    QString instanceToken;
    /// Its last lines on stderr, oldest first, at most 20.
    QStringList lastStderrLines;
    StderrTail tail = StderrTail::Pending;
};

/// What a health probe of the live instance has found (docs/design.md, "Health probes").
struct ProbeStatus
{
    /// Whether the probe passes: nullopt until successThreshold passes or failureThreshold
    /// failures have been seen.
    std::optional<bool> passing;
    int consecutiveFailures = 0;
    /// The last check's outcome in words ("HTTP 200", "exit 1: …"); empty before the first.
    QString lastResult;
    bool lastPassed = false;
    qint64 lastCheckAtMs = -1;
    quint64 checks = 0;
    /// Checks not started because the previous one was still running.
    quint64 skipped = 0;

    bool operator==(const ProbeStatus &other) const = default;
};

/// Everything a view shows of a program. Times are on the supervisor's clock (nowMs()).
struct ProgramSnapshot
{
    ProgramState state = ProgramState::Stopped;
    qint64 pid = 0;
    bool adopted = false;
    qint64 startedAtMs = -1;
    qint64 lastHeartbeatAtMs = -1;
    quint64 lastSequence = 0;
    quint64 heartbeatCount = 0;
    QString statusText;
    int restartCount = 0;
    std::optional<ExitStatus> lastExit;
    /// Backoff: when the restart happens; Stopping: when SIGKILL is due. -1 otherwise.
    qint64 countdownToMs = -1;
    /// Why the program is Failed or Lost.
    QString reason;
    QString logFile;
    /// ZLAUNCHER_INSTANCE of the current (or last) instance.
    QString instanceToken;
    /// The dependencies a start waits for (DESIGN.md §5); empty when none is awaited.
    QStringList waitingFor;
    /// Why, one phrase per name of waitingFor: "db is not ready", "migrate failed, exit 3".
    QStringList waitingReasons;
    /// A dependency ended in a way its condition does not accept (a one-shot that failed): the
    /// wait lasts until that dependency runs again.
    bool waitingBlocked = false;
    ProbeStatus readiness;
    ProbeStatus liveness;
    /// A notify instance's watchdog timeout in force: as configured, or as it changed it with
    /// WATCHDOG_USEC=; 0 for none.
    int watchdogMs = 0;
    /// The last ping on demand: its round trip (-1: no answer), its answer or why there was
    /// none, and when (-1: never pinged).
    qint64 lastPingRoundTripUs = -1;
    QString lastPingResult;
    /// The status the program gave with its pong (empty without one, or without an answer).
    QString lastPingStatus;
    qint64 lastPingAtMs = -1;
    /// The last deaths (DeathRecords::maxRecords at most), oldest first.
    QList<DeathRecord> deaths;
};
