// RemoteLauncher's side of EventCatchUp (docs/remote.md): the "events" request that fetches what
// the stream missed, and the lines that say what could not be fetched.
#include "core/remote/remotelauncher.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

void RemoteLauncher::fetchEvents(quint64 since)
{
    request({{u"command"_s, u"events"_s}, {u"since"_s, static_cast<qint64>(since)}},
            [this](const QJsonObject &reply, const QString &error) {
                if (error.isEmpty()) {
                    m_catchUp.onPage(reply);
                    return;
                }
                m_catchUp.onFetchFailed();
                // Asked again in a while, not at once: an agent that cannot answer now would
                // be asked in a loop.
                QTimer::singleShot(fetchRetryMs, this, [this] { m_catchUp.retry(); });
            });
}

void RemoteLauncher::tellLost(const EventCatchUp::LostRange &lost)
{
    const quint64 count = lost.to - lost.from + 1;
    const auto clock
            = [](const QDateTime &time) { return time.toLocalTime().toString(u"HH:mm:ss"_s); };
    const QString kept = QLocale().toString(lost.kept);
    QString message;
    if (lost.kept < 0) {
        message = tr("%1: events %2–%3 were missed and cannot be fetched again: the agent is of "
                     "an older version, which keeps no events")
                          .arg(m_host.name)
                          .arg(lost.from)
                          .arg(lost.to);
    } else if (lost.after.isValid() && lost.before.isValid()) {
        // Between the last event told and the first one kept: the agent's clock, shown here.
        message = count == 1
                ? tr("%1: an event of %2–%3 was not kept by the agent, which keeps its last %4")
                          .arg(m_host.name, clock(lost.after), clock(lost.before), kept)
                : tr("%1: %2 events of %3–%4 were not kept by the agent, which keeps its last %5")
                          .arg(m_host.name, QLocale().toString(count), clock(lost.after),
                               clock(lost.before), kept);
    } else {
        message = count == 1
                ? tr("%1: event %2 was not kept by the agent, which keeps its last %3")
                          .arg(m_host.name)
                          .arg(lost.from)
                          .arg(kept)
                : tr("%1: events %2–%3 were not kept by the agent, which keeps its last %4")
                          .arg(m_host.name)
                          .arg(lost.from)
                          .arg(lost.to)
                          .arg(kept);
    }
    tellLine(Severity::Warning, message);
    Q_EMIT eventsLost(lost.from, lost.to);
}

void RemoteLauncher::tellRestarted()
{
    tellLine(Severity::Warning,
             tr("%1 restarted: its earlier events are gone; its events are told from its "
                "first on")
                     .arg(m_host.name));
    Q_EMIT agentRestarted();
}

void RemoteLauncher::tellLine(Severity severity, const QString &message)
{
    Event line = Event::make(QString(), EventKind::Connection, severity, message);
    line.host = m_host.name;
    Q_EMIT eventOccurred(line);
}
