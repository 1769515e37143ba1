// One program object of the configuration file (DESIGN.md §5b), both ways: every known key read
// with a message that names the program and the key, unknown keys kept for a newer zlauncher,
// and the keys written back in a stable order.
#pragma once

#include "core/config/configjson.h"
#include "core/model/programspec.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace ProgramJson {

/// The program at index of the "programs" array: before its name is known it is named by its
/// position ("#3"). Checks the spec on its own, not its dependsOn names.
std::optional<ProgramSpec> read(const QJsonValue &value, qsizetype index,
                                const QString &baseDirectory, QString *error);
ConfigJson::Members members(const ProgramSpec &spec);

} // namespace ProgramJson
