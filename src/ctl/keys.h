// zlauncherctl's keys for agents on other hosts (docs/remote.md): keygen, authorize, and the
// agent a --connect names. keygen and authorize run here, without a launcher.
#pragma once

#include "core/remote/controlclient.h"

#include <optional>

struct Invocation;

int makeClientKey(const Invocation &invocation);
int authorizeClientKey(const Invocation &invocation);

/// The agent of --connect/--server-key/--key, its keys read; nullopt with *error when a key
/// is missing or cannot be trusted.
std::optional<ControlClient::Remote> remoteAgent(const Invocation &invocation, QString *error);
