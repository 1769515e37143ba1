#include "core/event.h"

#include "core/processwatch.h"

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

QJsonObject toJson(const Event &event)
{
    QJsonObject json{{u"time"_s, event.time.toString(Qt::ISODateWithMs)},
                     {u"event"_s, eventKindName(event.kind)}};
    if (!event.program.isEmpty()) {
        json.insert(u"program"_s, event.program);
    }
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
        json.insert(u"pid"_s, event.pid);
        if (event.exitCode) {
            json.insert(u"code"_s, *event.exitCode);
        }
        if (event.exitSignal) {
            json.insert(u"signal"_s, *event.exitSignal);
            json.insert(u"signalName"_s, signalAbbreviation(*event.exitSignal));
        }
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
        break;
    }
    if (!event.message.isEmpty()) {
        json.insert(u"message"_s, event.message);
    }
    if (event.severity != Severity::Info) {
        json.insert(u"severity"_s, severityName(event.severity));
    }
    return json;
}

QString toText(const Event &event)
{
    QString line = event.time.toString(Qt::ISODateWithMs) + u' '
            + (event.program.isEmpty() ? u"-"_s : event.program) + u' ' + eventKindName(event.kind);
    if (event.severity != Severity::Info) {
        line += u' ' + severityName(event.severity);
    }
    if (!event.message.isEmpty()) {
        line += u": " + event.message;
    }
    return line;
}
