// The beats of one program over the last minute, as the table hands them to the pulse strip
// (PulseDelegate): a value copied out of the core's HeartbeatHistory, so that the model need
// not know the delegate that paints it, nor the delegate the model.
#pragma once

#include <QList>
#include <QMetaType>

class HeartbeatHistory;

/// The beats of one program over a time window, copied out of the core's HeartbeatHistory
/// when the table asks for them (at most a few times a second per visible row).
struct PulseData
{
    enum class Kind {
        Plain, ///< a plain program: no heartbeats to show
        Idle,  ///< a heartbeat program without a live instance: past beats, dimmed
        Live,  ///< a heartbeat program with a live instance
    };
    static constexpr qint64 defaultWindowMs = 60000;

    Kind kind = Kind::Plain;
    qint64 nowMs = 0;
    qint64 windowMs = defaultWindowMs;
    qint64 intervalMs = 1000;    ///< the beat period the program was given
    qint64 lostTimeoutMs = 3000; ///< silence after which it is counted lost
    QList<qint64> beats;         ///< arrival times within the window, oldest first
    qint64 previousBeatMs = -1;  ///< the last beat before the window (-1: none kept)
    /// From when the beats are complete: later than the window's start when the history's
    /// ring, bounded in memory, no longer holds the oldest beats of the window.
    qint64 knownSinceMs = 0;

    static PulseData fromHistory(const HeartbeatHistory *history, Kind kind, qint64 nowMs,
                                 qint64 intervalMs, qint64 lostTimeoutMs,
                                 qint64 windowMs = defaultWindowMs);
    /// fromHistory(...).lateCount() without copying the beats: a sort compares rows often.
    static int lateCountIn(const HeartbeatHistory *history, qint64 nowMs, qint64 intervalMs,
                           qint64 windowMs = defaultWindowMs);

    qint64 windowStartMs() const { return nowMs - windowMs; }
    /// A beat is late when it came more than 1.5 intervals after the one before.
    qint64 lateAfterMs() const { return intervalMs + intervalMs / 2; }
    /// The time since the beat before beats[i] (-1 when that beat is not known).
    qint64 intervalBefore(qsizetype i) const;
    bool isLate(qsizetype i) const;
    int lateCount() const;
    /// Mean and longest interval between the beats of the window (-1 without two beats).
    qint64 meanIntervalMs() const;
    qint64 maxIntervalMs() const;
    /// Time since the last beat, or -1 when there is no beat at all.
    qint64 silenceMs() const;
};
Q_DECLARE_METATYPE(PulseData)
