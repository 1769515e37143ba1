// zlauncherctl hosts: the hosts of hosts.json with their state and round trip, and adding or
// removing one (docs/remote.md); and --host NAME, resolved from the same file.
#pragma once

#include <QString>

struct Invocation;

int manageHosts(const Invocation &invocation);

/// Fills invocation's connect and serverKey from hosts.json's entry for invocation.host;
/// false with *error when there is no such host or the file cannot be read.
bool resolveHost(Invocation *invocation, QString *error);
