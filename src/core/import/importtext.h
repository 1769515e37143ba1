// What every importer does to the other tool's text: commands split as that tool runs them,
// literal text kept literal under zlauncher's ${VAR} expansion, names made valid.
#pragma once

#include <QString>
#include <QStringList>

namespace ImportText {

/// text with each $ doubled, so that zlauncher's ${VAR} expansion leaves it as written.
QString literal(const QString &text);
QStringList literal(const QStringList &texts);

/// A program name zlauncher accepts: a character outside letters, digits, '.', '_' and '-'
/// becomes '-', and the name is cut to 64 characters; an empty name becomes "program".
QString programName(const QString &name);

struct Command
{
    QString program;
    QStringList arguments;
    /// The line needs a shell (pipes, redirections, quotes around a $…): /bin/sh -c runs it.
    bool throughShell = false;
};

/// Who expands the $ of a command line handed to a shell.
enum class Dollars {
    Shell,     ///< the shell, at run time (a Procfile's)
    ToolFirst, ///< the tool, as it loads the file; $$ is its escape for a $ (process-compose)
};

/// A command line that the other tool hands to a shell. Plain words with $NAME or ${NAME}
/// references are split and run directly, the references written ${NAME} for zlauncher to
/// expand at each start; anything else runs as shell -c LINE, its $ as dollars says.
Command fromShellLine(const QString &line, const QString &shell, Dollars dollars);

/// A value the tool expands $NAME and ${NAME} in as it loads the file, $$ being a $: the
/// references written ${NAME} for zlauncher, any other $ kept literal.
QString withReferences(const QString &text);

/// Words already split, run without a shell: each kept literal.
Command fromWords(const QStringList &words);

} // namespace ImportText
