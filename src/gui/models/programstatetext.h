// What the program table says of a program's state, its heartbeats and its pings, in the
// State column, its tooltips and the status bar: words made from a snapshot, with no model.
#pragma once

#include <QCoreApplication>
#include <QString>

struct ProbeStatus;
struct ProgramSnapshot;
struct ProgramSpec;

class ProgramStateText final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramStateText)

public:
    /// A start asked for, held until the program's dependencies are ready (DESIGN.md §5).
    static bool isWaiting(const ProgramSnapshot &snapshot);
    /// Backoff or Stopping, with a deadline.
    static bool isCountingDown(const ProgramSnapshot &snapshot);
    /// The state as the State column shows it at nowMs (on the supervisor's clock): with the
    /// dependencies awaited, the countdown, the reason, or "(adopted)".
    static QString stateText(const ProgramSnapshot &snapshot, qint64 nowMs);
    static QString stateToolTip(const ProgramSnapshot &snapshot, qint64 nowMs);
    /// spec: the live instance's, else the configured one (null: unknown).
    static QString heartbeatToolTip(const ProgramSnapshot &snapshot, const ProgramSpec *spec,
                                    qint64 nowMs);
    /// The outcome of a ping as the snapshot records it: "pong in 0.42 ms", or
    /// "no answer (no reply within 1000 ms)" when roundTripUs is negative.
    static QString pingOutcome(qint64 roundTripUs, const QString &result);
    /// "Last ping: pong in 0.42 ms, 12 s ago", or empty when never pinged.
    static QString pingLine(const ProgramSnapshot &snapshot, qint64 nowMs);
    /// What a probe found, once it has checked: "passing, last check HTTP 200", "failing, 3 in a
    /// row, last check exit 1: …", with the checks skipped; empty before its first check.
    static QString probeSummary(const ProbeStatus &status);
    static QString withPingLine(const QString &toolTip, const ProgramSnapshot &snapshot,
                                qint64 nowMs);
};
