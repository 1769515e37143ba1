#include "fakeclock.h"

#include <QMetaObject>

#include <algorithm>

void FakeClock::wakeAt(qint64 atMs)
{
    m_wakeAt = atMs;
    m_armed = true;
    if (atMs <= m_now) {
        // Like a zero-delay timer: from the event loop, never from within the caller.
        QMetaObject::invokeMethod(this, &FakeClock::fireDue, Qt::QueuedConnection);
    }
}

void FakeClock::advance(qint64 ms)
{
    const qint64 until = m_now + ms;
    while (m_armed && m_wakeAt <= until) {
        m_now = std::max(m_now, m_wakeAt);
        m_armed = false;
        Q_EMIT woken();
    }
    m_now = until;
}

void FakeClock::stall(qint64 ms)
{
    m_now += ms;
    fireDue();
}

void FakeClock::fireDue()
{
    while (m_armed && m_wakeAt <= m_now) {
        m_armed = false;
        Q_EMIT woken();
    }
}
