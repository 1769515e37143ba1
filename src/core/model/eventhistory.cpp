#include "core/model/eventhistory.h"

#include <QUuid>

#include <algorithm>

EventHistory::EventHistory()
    : m_launcherId(QUuid::createUuid().toString(QUuid::Id128))
{ }

void EventHistory::setCapacity(int events)
{
    m_capacity = std::max(0, events);
    trim();
}

void EventHistory::append(quint64 seq, QByteArray json)
{
    if (m_events.empty() || seq != lastSeq() + 1) {
        m_events.clear();
        m_bytes = 0;
        m_firstSeq = seq;
    }
    m_bytes += json.size();
    m_events.push_back(std::move(json));
    trim();
}

void EventHistory::trim()
{
    while (!m_events.empty()
           && (static_cast<qsizetype>(m_events.size()) > m_capacity || m_bytes > byteBudget)) {
        m_bytes -= m_events.front().size();
        m_events.pop_front();
        ++m_firstSeq;
    }
}

QByteArray EventHistory::json(quint64 seq) const
{
    if (m_events.empty() || seq < m_firstSeq || seq > lastSeq()) {
        return {};
    }
    return m_events[static_cast<size_t>(seq - m_firstSeq)];
}

QList<QByteArray> EventHistory::since(quint64 seq, qsizetype maxBytes) const
{
    QList<QByteArray> page;
    if (m_events.empty() || seq >= lastSeq()) {
        return page;
    }
    qsizetype bytes = 0;
    for (size_t i = seq < m_firstSeq ? 0 : static_cast<size_t>(seq + 1 - m_firstSeq);
         i < m_events.size(); ++i) {
        bytes += m_events[i].size();
        if (!page.isEmpty() && bytes > maxBytes) {
            break;
        }
        page.append(m_events[i]);
    }
    return page;
}
