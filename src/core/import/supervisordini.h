// supervisord's INI dialect, as Python's configparser reads it for supervisord: "key = value"
// or "key: value", keys in any case, values continued on indented lines, comments starting
// with ';' or '#' at a line's start or after a blank. Read by hand: Debian 12's inih cuts
// lines at 200 bytes, and supervisord's environment= lines are often longer (docs/design.md).
#pragma once

#include <QList>
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

} // namespace SupervisordIni
