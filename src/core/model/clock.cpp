#include "core/model/clock.h"

#include <algorithm>

SteadyClock::SteadyClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // Deadlines are a few milliseconds apart at most; a coarse timer would make a lost
    // timeout or a stop grace up to 5 % late.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Clock::woken);
}

qint64 SteadyClock::nowMs() const
{
    return m_elapsed.elapsed();
}

void SteadyClock::wakeAt(qint64 atMs)
{
    const qint64 delay = std::clamp<qint64>(atMs - nowMs(), 0, 24 * 3600 * 1000);
    m_timer.start(static_cast<int>(delay));
}

void SteadyClock::cancelWake()
{
    m_timer.stop();
}
