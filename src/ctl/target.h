// The launcher an invocation addresses: the one on the runtime directory R, or an agent on
// another host (--connect, --host). Every command asks through here, so each works both ways
// with the same output and exit statuses.
#pragma once

#include "core/remote/controlclient.h"

#include <optional>

#include <QJsonObject>
#include <QString>

struct Invocation;

/// One request; a remote one whose keys cannot be read fails with Outcome::BadReply.
ControlClient::Result askLauncher(const Invocation &invocation, const QJsonObject &request,
                                  int timeoutMs);

/// Where the launcher's event stream is, and how to read it.
struct EventSource
{
    QString endpoint;                           ///< ipc://R/events, or the agent's tcp stream
    std::optional<ControlClient::Remote> agent; ///< the keys, for an agent
};
/// nullopt with the failed info's result in *failure when the launcher does not answer.
std::optional<EventSource> eventSource(const Invocation &invocation,
                                       ControlClient::Result *failure);

/// Whether the launcher is still there: locally, its lock has a live holder; an agent answers
/// "info" within a second.
bool launcherAlive(const Invocation &invocation);
/// "/run/user/1000/zlauncher" or "tcp://bench-2:7700": where the launcher is, for messages.
QString launcherPlace(const Invocation &invocation);
