// What a client knows of a launcher it follows over the network: the zguide's Clone pattern
// (docs/remote.md). A snapshot (the reply to "list", with the stream number it was taken at),
// then the events numbered after it, applied in order. An event that does not follow the last
// one (a gap: events were lost) makes the mirror stale: take a new snapshot; so does a
// reconnection, which RemoteLauncher sees. Pure data; the sockets are RemoteLauncher's.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class ProgramsMirror
{
public:
    enum class Applied {
        Applied, ///< the event changed the mirror (or was about the launcher only)
        Old,     ///< already in the snapshot: dropped
        Stale,   ///< a gap or a new launcher: a new snapshot is needed
    };

    /// The programs of a "list" reply taken when the stream was at seq. Events kept from
    /// before it are applied by the caller through apply(), which drops the old ones.
    void reset(quint64 seq, const QJsonArray &programs);
    /// An event of the stream (docs/control.md §2).
    Applied apply(const QJsonObject &event);

    bool isSynchronised() const { return m_synchronised; }
    /// Forgets the order: the next apply() is Stale until reset().
    void markStale() { m_synchronised = false; }
    quint64 lastSeq() const { return m_lastSeq; }
    QStringList names() const { return m_order; }
    /// The program object as "list" gives it, with state and pid kept up to date by events.
    QJsonObject program(const QString &name) const { return m_programs.value(name); }

private:
    quint64 m_lastSeq = 0;
    bool m_synchronised = false;
    QStringList m_order;
    QHash<QString, QJsonObject> m_programs;
};
