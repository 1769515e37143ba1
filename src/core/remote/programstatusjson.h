// One program as zlauncherctl list and status receive it (docs/protocol.md, "Control"):
// its state and instance, its probes and watchdog, and with the details its spec and deaths.
#pragma once

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/resourceusage.h"

#include <QJsonObject>

#include <optional>

namespace ProgramStatusJson {

/// now is on the supervisor's clock, as the snapshot's times are; usage is the last sample of
/// the program's process group, when there is one.
QJsonObject toJson(const ProgramSpec &spec, const ProgramSnapshot &snapshot, qint64 now,
                   const std::optional<ResourceUsage> &usage, bool withDetails);

} // namespace ProgramStatusJson
