// The commands that follow the launcher's event stream ipc://R/events: `events` prints it,
// `wait` watches it for a program's state.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include <zmq.hpp>

struct Invocation;

/// A SUB socket on ipc://R/events, subscribed to everything. Events published before the
/// subscription reached the launcher are not seen: ask for the current state after creating it.
class EventFollower final
{
public:
    struct Received
    {
        QByteArray frame; ///< as the launcher sent it
        QJsonObject event;
    };

    /// Throws zmq::error_t when the socket cannot be set up.
    explicit EventFollower(const QString &runtimeDir);

    /// The next event, or nullopt when none came within timeoutMs. Frames that are not JSON
    /// objects are skipped.
    std::optional<Received> next(int timeoutMs);

private:
    zmq::context_t m_context;
    zmq::socket_t m_socket;
};

/// `events [NAME...] [--count N] [--timeout DURATION]`; returns the exit status.
int followEvents(const Invocation &invocation);
/// `wait NAME --state STATE [--timeout DURATION]`; returns the exit status.
int waitForState(const Invocation &invocation);
