// A Clock that moves only when the test says so: deadlines (lost timeout, backoff, stop grace)
// become exact and instantaneous to test.
#pragma once

#include "core/model/clock.h"

class FakeClock final : public Clock
{
    Q_OBJECT

public:
    using Clock::Clock;

    qint64 nowMs() const override { return m_now; }
    void wakeAt(qint64 atMs) override;
    void cancelWake() override { m_armed = false; }

    /// Moves time forward, firing the armed wake-up (and any it re-arms) at the very time it
    /// comes due, as a running event loop would.
    void advance(qint64 ms);
    /// Moves time forward while the event loop is away (stopped, paused, starved): a wake-up
    /// that came due meanwhile fires late, at the end.
    void stall(qint64 ms);
    bool isArmed() const { return m_armed; }
    qint64 armedAt() const { return m_wakeAt; }

private:
    void fireDue();

    qint64 m_now = 1000000;
    qint64 m_wakeAt = 0;
    bool m_armed = false;
};
