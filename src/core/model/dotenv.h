// Env files (a program's "envFile"): the dotenv syntax that docker compose, process-compose and
// PM2 read. A parser of our own, since Debian 12 packages no C++ dotenv library (docs/design.md,
// "Environment files and variables"):
//   NAME=value            unquoted: trimmed; " #" starts a comment
//   export NAME=value     the shell's prefix is accepted and ignored
//   NAME='literal'        single quotes: taken as written, on one line
//   NAME="a\n${B}"        double quotes: \n \" \\ \$ escapes, may span lines
//   # comment             and blank lines
// ${NAME} and ${NAME:-default} in unquoted and double-quoted values refer to the variables
// defined above in the file, then to the launcher's environment.
#pragma once

#include "core/model/variableexpansion.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace DotEnv {

/// The variables of a file in file order; a name set twice appears twice (the last wins).
using Variables = QList<std::pair<QString, QString>>;

/// A larger file is refused: an env file is a few lines, and a path such as /dev/zero must not
/// make the launcher read for ever.
constexpr qint64 maxFileBytes = 1024 * 1024;

/// Parses text, the contents of the file called fileName in messages. nullopt, with *error
/// ("/srv/web/.env, line 4: …"), at the first line that does not parse or refers to a variable
/// that is not defined.
std::optional<Variables> parse(QStringView text, const QString &fileName,
                               const VariableExpansion::Lookup &outer, QString *error);

/// Reads the file at path (UTF-8) and parses it; a missing, unreadable or oversized file is an
/// error naming it.
std::optional<Variables> readFile(const QString &path, const VariableExpansion::Lookup &outer,
                                  QString *error);

} // namespace DotEnv
