// ${NAME} and ${NAME:-default} in a program's settings and in env files (docs/design.md,
// "Environment files and variables"). Only the braced forms are expanded, so that a shell
// script passed as an argument keeps its own $1 and $HOME; $$ is a literal $.
#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace VariableExpansion {

/// A variable's value; nullopt when it is not set (set and empty is "").
using Lookup = std::function<std::optional<QString>(const QString &name)>;

/// Why a text could not be expanded.
struct Problem
{
    /// The variable that is not defined; empty for a malformed reference.
    QString undefinedVariable;
    /// In words, without the program or file it belongs to: "${PORT} is not defined".
    QString message;
};

/// [A-Za-z_][A-Za-z0-9_]*: what a shell accepts as a variable name.
bool isVariableName(QStringView name);

/// text with ${NAME} replaced by NAME's value and ${NAME:-default} by the value, or the
/// default when NAME is unset or empty (POSIX sh's rule); $$ becomes $, and any other $ is
/// kept. A default is literal text: it cannot refer to another variable. nullopt, with
/// *problem, when a variable without default is not set or a reference is malformed.
std::optional<QString> expand(QStringView text, const Lookup &lookup, Problem *problem);

/// Whether text holds anything expand() would change or refuse (a $).
inline bool mayExpand(QStringView text)
{
    return text.contains(u'$');
}

} // namespace VariableExpansion
