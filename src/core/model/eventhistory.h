// The launcher's recent events as its stream carried them (docs/control.md, "events"): a ring of
// the last ones, bounded in count and in bytes, so that a follower that missed some (a cut link,
// a full queue) fetches them again instead of showing a hole. Numbers are a launcher run's only:
// its random id tells a follower that a launcher started again (numbering from 1 again).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

class EventHistory
{
public:
    /// The default count kept: about a minute of a busy agent's events, a few megabytes.
    static constexpr int defaultCapacity = 10000;
    /// What the kept events may weigh together (their JSON), whatever the count: 4 MiB.
    static constexpr qsizetype byteBudget = 4 * 1024 * 1024;

    /// A new run's history: empty, with a new random id.
    EventHistory();

    /// This launcher run's id (32 hexadecimal digits), new at each start.
    QString launcherId() const { return m_launcherId; }

    /// Keeps at most events (0: none); the oldest ones beyond go at once.
    void setCapacity(int events);
    int capacity() const { return m_capacity; }

    /// The event numbered seq, as the stream carries it (compact JSON). Numbers come in order
    /// without gaps; another number starts the history again from seq.
    void append(quint64 seq, QByteArray json);
    /// The JSON of the event numbered seq; empty when it is no longer (or not yet) kept.
    QByteArray json(quint64 seq) const;

    /// The oldest number kept; 0 when nothing is.
    quint64 firstSeq() const { return m_events.empty() ? 0 : m_firstSeq; }
    /// The newest number kept; 0 when nothing is.
    quint64 lastSeq() const { return m_events.empty() ? 0 : m_firstSeq + m_events.size() - 1; }
    qsizetype size() const { return static_cast<qsizetype>(m_events.size()); }
    qsizetype bytes() const { return m_bytes; }

    /// The kept events numbered after seq, oldest first, as many as fit in maxBytes (one at
    /// least, whatever its size, so that a reader always moves on).
    QList<QByteArray> since(quint64 seq, qsizetype maxBytes) const;

private:
    void trim();

    QString m_launcherId;
    int m_capacity = defaultCapacity;
    std::deque<QByteArray> m_events;
    quint64 m_firstSeq = 0;
    qsizetype m_bytes = 0;
};
