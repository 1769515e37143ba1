// supervisord's INI dialect, as Python's configparser reads it for supervisord: "key = value"
// or "key: value", keys in any case, values continued on indented lines, comments starting
// with ';' or '#' at a line's start or after a blank; and the syntax of its values: %(name)s
// expansions, environment= pairs, booleans. Read by hand: Debian 12's inih cuts
// lines at 200 bytes, and supervisord's environment= lines are often longer (docs/design.md).
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace SupervisordIni {

struct Section
{
    QString name; ///< as between the brackets: "program:web"
    int line = 0; ///< of its header, for messages
    /// Keys lowercased, in file order; a key given twice keeps its last value.
    QList<std::pair<QString, QString>> options;

    QString value(const QString &key, const QString &fallback = {}) const;
    bool contains(const QString &key) const;
};

/// The sections of text, the contents of fileName (named in messages). nullopt, with *error
/// ("supervisord.conf:12: …"), at the first line that is neither a section, an option, a
/// continuation nor a comment.
std::optional<QList<Section>> parse(QStringView text, const QString &fileName, QString *error);

/// What %(name)s refers to, for one program copy. An environment variable becomes ${NAME}
/// for zlauncher to expand at each start (asLiteralEnvironment: its value now, for [include]).
struct Expansions
{
    QString here;
    QString programName;
    QString groupName;
    int processNumber = 0;
    int numprocs = 1;
    bool asLiteralEnvironment = false;
};

/// text with supervisord's %(name)s, %(name)d, %(name)02d and %% expanded, every other
/// character kept literal for zlauncher ($ doubled). nullopt with *unknown for a name
/// supervisord would not know either.
std::optional<QString> expand(const QString &text, const Expansions &with, QString *unknown);

/// supervisord's environment=A="x",B='y',C=z: pairs split at commas outside quotes; nullopt
/// for a pair without '=' or a quote left open.
std::optional<QMap<QString, QString>> environmentPairs(const QString &text);

/// true/yes/on/1 and false/no/off/0, in any case, as supervisord reads its booleans.
std::optional<bool> boolean(const QString &text);

} // namespace SupervisordIni
