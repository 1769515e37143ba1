#include "core/model/event.h"

#include "core/model/exitstatus.h"

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

Event Event::make(const QString &program, EventKind kind, Severity severity, const QString &message)
{
    Event event;
    event.time = QDateTime::currentDateTimeUtc();
    event.program = program;
    event.kind = kind;
    event.severity = severity;
    event.message = message;
    return event;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::State:
        return u"state"_s;
    case EventKind::Exit:
        return u"exit"_s;
    case EventKind::Heartbeat:
        return u"heartbeat"_s;
    case EventKind::Stop:
        return u"stop"_s;
    case EventKind::Error:
        return u"error"_s;
    case EventKind::Protocol:
        return u"protocol"_s;
    case EventKind::Ping:
        return u"ping"_s;
    case EventKind::Control:
        return u"control"_s;
    case EventKind::Connection:
        return u"connection"_s;
    case EventKind::Notify:
        return u"notify"_s;
    case EventKind::Probe:
        return u"probe"_s;
    }
    return u"unknown"_s;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

namespace {

void insertExitFields(QJsonObject &json, const Event &event)
{
    json.insert(u"pid"_s, event.pid);
    if (event.exitCode) {
        json.insert(u"code"_s, *event.exitCode);
    }
    if (event.exitSignal) {
        json.insert(u"signal"_s, *event.exitSignal);
        json.insert(u"signalName"_s, signalAbbreviation(*event.exitSignal));
    }
    if (event.leftovers > 0) {
        json.insert(u"leftovers"_s, event.leftovers);
        json.insert(u"leftoversKilled"_s, event.leftoversKilled);
    }
    if (event.oomKilled) {
        json.insert(u"oomKilled"_s, true);
    }
}

/// The fields only events of its kind have.
void insertKindFields(QJsonObject &json, const Event &event)
{
    switch (event.kind) {
    case EventKind::State:
        json.insert(u"state"_s, stateName(event.state));
        if (event.pid > 0) {
            json.insert(u"pid"_s, event.pid);
        }
        if (event.adopted) {
            json.insert(u"adopted"_s, true);
        }
        break;
    case EventKind::Exit:
        insertExitFields(json, event);
        break;
    case EventKind::Heartbeat:
        json.insert(u"pid"_s, event.pid);
        json.insert(u"sequence"_s, QString::number(event.sequence));
        if (!event.status.isEmpty()) {
            json.insert(u"status"_s, event.status);
        }
        break;
    case EventKind::Ping:
        if (event.roundTripUs >= 0) {
            json.insert(u"roundTripUs"_s, event.roundTripUs);
        }
        break;
    case EventKind::Stop:
    case EventKind::Error:
    case EventKind::Protocol:
    case EventKind::Control:
    case EventKind::Connection:
    case EventKind::Notify:
    case EventKind::Probe:
        break;
    }
}

} // namespace

QJsonObject toJson(const Event &event)
{
    QJsonObject json{{u"time"_s, event.time.toString(Qt::ISODateWithMs)},
                     {u"event"_s, eventKindName(event.kind)}};
    if (event.number > 0) {
        json.insert(u"seq"_s, static_cast<qint64>(event.number));
    }
    if (!event.program.isEmpty()) {
        json.insert(u"program"_s, event.program);
    }
    if (!event.host.isEmpty()) {
        json.insert(u"host"_s, event.host);
    }
    insertKindFields(json, event);
    if (!event.message.isEmpty()) {
        json.insert(u"message"_s, event.message);
    }
    if (event.severity != Severity::Info) {
        json.insert(u"severity"_s, severityName(event.severity));
    }
    return json;
}

QString programOnHost(const Event &event)
{
    const QString program = event.program.isEmpty() ? u"-"_s : event.program;
    return event.host.isEmpty() ? program : program + u'@' + event.host;
}

QString toText(const Event &event)
{
    QString line = event.time.toString(Qt::ISODateWithMs) + u' ' + programOnHost(event) + u' '
            + eventKindName(event.kind);
    if (event.severity != Severity::Info) {
        line += u' ' + severityName(event.severity);
    }
    if (!event.message.isEmpty()) {
        line += u": " + event.message;
    }
    return line;
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const EventKind kind :
         {EventKind::State, EventKind::Exit, EventKind::Heartbeat, EventKind::Stop,
          EventKind::Error, EventKind::Protocol, EventKind::Ping, EventKind::Control,
          EventKind::Connection, EventKind::Notify, EventKind::Probe}) {
        if (eventKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(severity) == name) {
            return severity;
        }
    }
    return std::nullopt;
}

std::optional<Event> eventFromJson(const QJsonObject &json)
{
    Event event;
    event.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const std::optional<EventKind> kind = eventKindFromName(json.value(u"event"_s).toString());
    // toJson() leaves the severity out when it is "info".
    const std::optional<Severity> severity = json.contains(u"severity"_s)
            ? severityFromName(json.value(u"severity"_s).toString())
            : Severity::Info;
    if (!event.time.isValid() || !kind || !severity) {
        return std::nullopt;
    }
    event.kind = *kind;
    event.severity = *severity;
    event.program = json.value(u"program"_s).toString();
    event.host = json.value(u"host"_s).toString();
    event.message = json.value(u"message"_s).toString();
    event.number = static_cast<quint64>(json.value(u"seq"_s).toInteger(0));
    event.pid = json.value(u"pid"_s).toInteger(0);
    event.adopted = json.value(u"adopted"_s).toBool(false);
    if (json.value(u"code"_s).isDouble()) {
        event.exitCode = json.value(u"code"_s).toInt();
    }
    if (json.value(u"signal"_s).isDouble()) {
        event.exitSignal = json.value(u"signal"_s).toInt();
    }
    event.leftovers = json.value(u"leftovers"_s).toInt(0);
    event.leftoversKilled = json.value(u"leftoversKilled"_s).toBool(true);
    event.oomKilled = json.value(u"oomKilled"_s).toBool(false);
    // A string: a u64 does not fit every JSON reader's numbers.
    event.sequence = json.value(u"sequence"_s).toString().toULongLong();
    event.status = json.value(u"status"_s).toString();
    event.roundTripUs = json.value(u"roundTripUs"_s).toInteger(-1);
    if (event.kind == EventKind::State) {
        const std::optional<ProgramState> state
                = programStateFromName(json.value(u"state"_s).toString());
        if (!state) {
            return std::nullopt;
        }
        event.state = *state;
    }
    return event;
}
