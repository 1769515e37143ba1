// The "events" request (docs/control.md): the launcher's recent events again, for a follower of
// the stream that missed some (a cut link, a reconnection), from the history the supervisor
// keeps.
#include "core/model/eventhistory.h"
#include "core/remote/controlreply.h"
#include "core/remote/controlserver.h"
#include "core/supervision/supervisor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using ControlReply::failure;
using ControlReply::success;

QJsonObject ControlServer::events(const QJsonObject &request) const
{
    const QJsonValue sinceValue = request.value(u"since");
    const qint64 since = sinceValue.toInteger(-1);
    if (!sinceValue.isDouble() || since < 0) {
        return failure(tr("events needs \"since\": the number (\"seq\") of the last event the "
                          "client has, 0 for every event kept"));
    }
    const quint64 last = m_supervisor->lastEventNumber();
    if (static_cast<quint64>(since) > last) {
        return failure(tr("\"since\" is %1, past this launcher's last event, %2: the launcher "
                          "started again since (see \"launcherId\"), take a snapshot and ask "
                          "from 0")
                               .arg(since)
                               .arg(last));
    }
    const EventHistory &history = m_supervisor->eventHistory();
    // What the history no longer holds (or never held: it may keep none) is lost, and said so.
    const quint64 first = std::max<quint64>(static_cast<quint64>(since) + 1,
                                            history.size() > 0 ? history.firstSeq() : last + 1);
    QJsonArray events;
    quint64 reached = first - 1;
    for (const QByteArray &json : history.since(first - 1, maxEventsReplyBytes)) {
        events.append(QJsonDocument::fromJson(json).object());
        ++reached;
    }
    return success({{u"events"_s, events},
                    {u"first"_s, static_cast<qint64>(first)},
                    {u"lost"_s, static_cast<qint64>(first - 1 - static_cast<quint64>(since))},
                    {u"more"_s, reached < last},
                    {u"keptEvents"_s, history.capacity()},
                    {u"keptBytes"_s, static_cast<qint64>(EventHistory::byteBudget)}});
}
