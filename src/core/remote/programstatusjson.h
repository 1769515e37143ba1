// One program as zlauncherctl list and status receive it (docs/protocol.md, "Control"):
// its state and instance, its probes and watchdog, and with the details its spec and deaths.
#pragma once

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/resourceusage.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ProgramStatusJson {

/// The command the next start runs (Supervisor::launchSpec): "program" and "arguments" are
/// its, expanded; the "spec" stays as written. Unset: spec's own.
struct Launch
{
    const ProgramSpec *expanded = nullptr;
    /// Why spec could not be expanded ("expansionError"); then expanded is spec itself.
    QString error;
};

/// now is on the supervisor's clock, as the snapshot's times are; usage is the last sample of
/// the program's process group, when there is one.
QJsonObject toJson(const ProgramSpec &spec, const ProgramSnapshot &snapshot, qint64 now,
                   const std::optional<ResourceUsage> &usage, bool withDetails,
                   const Launch &launch = {});

/// What a client that follows a launcher over the network (RemoteLauncher) shows of a program
/// object of "list": its state, instance and last exit, with the ages turned into times on the
/// client's clock at now, as the two hosts' clocks are never compared.
ProgramSnapshot toSnapshot(const QJsonObject &json, qint64 now);
/// The "deaths" of a "status" reply, oldest first, as the agent recorded them (its times are
/// UTC, so they need no clock of this host's).
QList<DeathRecord> toDeaths(const QJsonArray &json);
/// Its last resource sample ("cpu", "memory"), when it has one.
std::optional<ResourceUsage> toUsage(const QJsonObject &json);

} // namespace ProgramStatusJson
