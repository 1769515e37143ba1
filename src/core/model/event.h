// One user-visible event of the launcher: what the GUI log pane shows and what headless mode
// prints (DESIGN.md §5b). Core fills the facts; views decide the looks.
#pragma once

#include "core/model/programstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class EventKind {
    State,
    Exit,
    Heartbeat,
    Stop,
    Error,
    Protocol,
    Ping,
    Control,
    Connection,
    Notify, ///< what a program said over systemd's notify protocol, or what was dropped
    Probe,  ///< a health probe's failure, its verdict, or a check skipped
};
enum class Severity { Info, Warning, Error };

struct Event
{
    /// An event stamped now.
    static Event make(const QString &program, EventKind kind, Severity severity,
                      const QString &message);

    QDateTime time;  ///< UTC
    QString program; ///< empty for launcher-wide events
    /// The host whose launcher it happened in, by its name in hosts.json; empty for this
    /// launcher's own. Never on the wire: a window sets it on what an agent's stream brought.
    QString host;
    EventKind kind = EventKind::State;
    Severity severity = Severity::Info;
    QString message; ///< human-readable, translated
    /// Its place in the launcher's stream: 1, 2, 3 … without gaps ("seq"); 0 until the
    /// supervisor emits it.
    quint64 number = 0;

    // Facts by kind: State has state/pid/adopted; Exit has exitCode or exitSignal;
    // Exit may have leftovers; Heartbeat has pid/sequence/status; Ping has roundTripUs (-1: no
    // answer).
    ProgramState state = ProgramState::Stopped;
    qint64 pid = 0;
    bool adopted = false;
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    int leftovers = 0;           ///< Exit: processes left in the instance's cgroup
    bool leftoversKilled = true; ///< Exit: whether they were killed
    bool oomKilled = false;      ///< Exit: the kernel's OOM killer ended it (memory.max)
    quint64 sequence = 0;
    QString status;
    qint64 roundTripUs = -1;
};

/// "info", "warning", "error".
QString severityName(Severity severity);
/// "state", "exit", "heartbeat", "stop", "error", "protocol", "ping", "control",
/// "connection", "notify", "probe".
QString eventKindName(EventKind kind);

/// The JSON form of --events json: {"time": "…Z", "program": …, "event": …, …}.
QJsonObject toJson(const Event &event);
/// One line for --events text: "2026-11-24T19:50:00.123Z client1 state running (pid 1234)".
/// "alpha", or "alpha@bench" for another host's; "-" (or "-@bench") for a launcher-wide event.
QString programOnHost(const Event &event);
QString toText(const Event &event);

/// The inverse of eventKindName(); nullopt for a name this version does not know.
std::optional<EventKind> eventKindFromName(const QString &name);
/// The inverse of severityName(); nullopt for a name this version does not know.
std::optional<Severity> severityFromName(const QString &name);
/// The inverse of toJson(): an event as a subscriber of ipc://R/events receives it, so that
/// toText(*eventFromJson(toJson(e))) == toText(e). nullopt when the object is not one
/// (no valid "time", an unknown "event", "severity" or "state").
std::optional<Event> eventFromJson(const QJsonObject &json);
