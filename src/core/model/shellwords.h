// POSIX shell words: how the program dialog reads an argument line, and how a command line is
// shown and copied so that it can be pasted into a shell. No expansion ($HOME, * stay as is).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ShellWords {

/// What a line left open at its end.
enum class Incomplete { None, SingleQuote, DoubleQuote, Backslash };

struct Split
{
    QStringList arguments;
    Incomplete incomplete = Incomplete::None;
};

/// Word splitting and quote removal as a POSIX shell does them. An incomplete line still gets
/// its best split: the line's end closes what was open.
Split split(QStringView line);
/// The argument as is when a shell would not change it, else single-quoted.
QString quote(const QString &argument);
QString join(const QStringList &arguments);

} // namespace ShellWords
