#include "core/remote/eventcatchup.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

quint64 seqOf(const QJsonObject &event)
{
    return static_cast<quint64>(event.value(u"seq"_s).toInteger(0));
}

QDateTime timeOf(const QJsonObject &event)
{
    return QDateTime::fromString(event.value(u"time"_s).toString(), Qt::ISODateWithMs);
}

} // namespace

EventCatchUp::EventCatchUp(Callbacks callbacks)
    : m_callbacks(std::move(callbacks))
{ }

void EventCatchUp::begin(const QString &launcherId, quint64 seq)
{
    if (m_begun) {
        return;
    }
    m_begun = true;
    m_launcherId = launcherId;
    m_lastTold = seq;
}

void EventCatchUp::onStreamEvent(const QJsonObject &event)
{
    if (!m_begun || m_streamDown || m_catchingUp) {
        hold(event);
    } else {
        process(event);
    }
}

void EventCatchUp::onStreamDown()
{
    m_streamDown = true;
    m_catchingUp = true;
}

void EventCatchUp::onStreamUp()
{
    m_streamDown = false;
    startCatchUp();
}

void EventCatchUp::retry()
{
    if (m_catchingUp && !m_fetching && !m_streamDown && m_begun) {
        fetch();
    }
}

void EventCatchUp::process(const QJsonObject &event)
{
    const quint64 seq = seqOf(event);
    // A launcher too old to number its events: told as they come, as before numbers.
    if (seq == 0 || seq == m_lastTold + 1) {
        tell(event);
    } else if (seq > m_lastTold) {
        hold(event);
        startCatchUp();
    } // else told already
}

void EventCatchUp::hold(const QJsonObject &event)
{
    if (m_held.size() >= maxHeld) {
        m_held.removeFirst(); // the catch-up fetches it from the launcher's history
    }
    m_held.append(event);
}

void EventCatchUp::startCatchUp()
{
    m_catchingUp = true;
    retry();
}

void EventCatchUp::fetch()
{
    m_fetching = true;
    m_callbacks.fetch(m_lastTold);
}

void EventCatchUp::onFetchFailed()
{
    m_fetching = false;
}

void EventCatchUp::onPage(const QJsonObject &reply)
{
    m_fetching = false;
    const QString launcherId = reply.value(u"launcherId"_s).toString();
    if (!launcherId.isEmpty() && launcherId != m_launcherId) {
        // Another run, numbering from 1: what the one before had not sent is gone, and what
        // is held may be either's. Everything of the new one is fetched from its first event.
        const bool known = !m_launcherId.isEmpty();
        m_launcherId = launcherId;
        m_lastTold = 0;
        m_lastToldTime = {};
        m_held.clear();
        if (known) {
            m_callbacks.restarted();
        }
        fetch();
        return;
    }
    if (!reply.value(u"ok"_s).toBool()) {
        giveUp(reply);
        return;
    }
    if (!tellPage(reply)) {
        fetch();
        return;
    }
    if (reply.value(u"more"_s).toBool()) {
        fetch();
        return;
    }
    finish();
}

bool EventCatchUp::tellPage(const QJsonObject &reply)
{
    const QJsonArray events = reply.value(u"events"_s).toArray();
    const quint64 first = static_cast<quint64>(reply.value(u"first"_s).toInteger(0));
    const quint64 lost = static_cast<quint64>(reply.value(u"lost"_s).toInteger(0));
    if (lost > 0 && first == m_lastTold + lost + 1) {
        m_callbacks.lost({m_lastTold + 1, first - 1, m_lastToldTime,
                          events.isEmpty() ? QDateTime() : timeOf(events.first().toObject()),
                          reply.value(u"keptEvents"_s).toInt(-1)});
        m_lastTold = first - 1;
    }
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const quint64 seq = seqOf(event);
        if (seq > m_lastTold + 1) {
            return false; // a page that does not follow (asked before another): ask again
        }
        if (seq == m_lastTold + 1) {
            tell(event);
        }
    }
    return true;
}

void EventCatchUp::giveUp(const QJsonObject &reply)
{
    // Up to the first held event, or to the reply's number: the held ones came after it.
    const quint64 upTo = m_held.isEmpty() ? static_cast<quint64>(reply.value(u"seq"_s).toInteger(0))
                                          : seqOf(m_held.constFirst()) - 1;
    if (upTo > m_lastTold) {
        m_callbacks.lost({m_lastTold + 1, upTo, m_lastToldTime, QDateTime(), -1});
        m_lastTold = upTo;
    }
    finish();
}

void EventCatchUp::finish()
{
    // A stream that dropped meanwhile has a catch-up of its own to come.
    m_catchingUp = m_streamDown;
    const QList<QJsonObject> held = std::exchange(m_held, {});
    for (const QJsonObject &event : held) {
        if (m_catchingUp || m_streamDown) {
            hold(event);
        } else {
            process(event);
        }
    }
}

void EventCatchUp::tell(const QJsonObject &event)
{
    if (const quint64 seq = seqOf(event); seq != 0) {
        m_lastTold = seq;
        m_lastToldTime = timeOf(event);
    }
    m_callbacks.tell(event);
}
