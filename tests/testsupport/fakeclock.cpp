#include "fakeclock.h"

#include <QMetaObject>

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
