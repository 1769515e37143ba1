// A program's settings as it is launched: its env file read and ${VAR} expanded (docs/design.md,
// "Environment files and variables"). The spec keeps what the user wrote, which is what the
// configuration saves; this is computed from it whenever a launch or a view needs it.
#pragma once

#include "core/model/programspec.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace ProgramExpansion {

/// Whether spec has an env file or a $ in a setting that is expanded: without either, the
/// expanded spec is the spec itself, and nothing needs reading.
bool needsExpansion(const ProgramSpec &spec);

/// spec with ${NAME} and ${NAME:-default} expanded in program, arguments, workingDirectory and
/// the values of environment, from the env file's variables, then launcherEnvironment; the
/// env file's variables are added to environment, under the spec's own entries. nullopt, with
/// *error naming the program and the variable or the file, when the env file cannot be read or
/// a variable without default is not defined.
std::optional<ProgramSpec> expanded(const ProgramSpec &spec,
                                    const QProcessEnvironment &launcherEnvironment, QString *error);

/// What needs no file nor environment: a malformed reference ("${1X}", "${A" ...) in a setting,
/// named with the program and the key. Empty when there is none.
QString syntaxError(const ProgramSpec &spec);

} // namespace ProgramExpansion
