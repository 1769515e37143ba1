#include "core/import/supervisordini.h"

#include "core/import/importer.h"

using namespace Qt::StringLiterals;

namespace SupervisordIni {

namespace {

bool isComment(QStringView stripped)
{
    return stripped.startsWith(u';') || stripped.startsWith(u'#');
}

/// The value without an inline comment: ';' or '#' after a blank starts one (configparser's
/// inline_comment_prefixes as supervisord sets them).
QString withoutInlineComment(QStringView value)
{
    for (qsizetype i = 1; i < value.size(); ++i) {
        if ((value.at(i) == u';' || value.at(i) == u'#') && value.at(i - 1).isSpace()) {
            return value.left(i).trimmed().toString();
        }
    }
    return value.trimmed().toString();
}

void setOption(Section *section, const QString &key, const QString &value)
{
    for (auto &option : section->options) {
        if (option.first == key) {
            option.second = value;
            return;
        }
    }
    section->options.append({key, value});
}

} // namespace

QString Section::value(const QString &key, const QString &fallback) const
{
    for (const auto &[name, value] : options) {
        if (name == key) {
            return value;
        }
    }
    return fallback;
}

bool Section::contains(const QString &key) const
{
    for (const auto &option : options) {
        if (option.first == key) {
            return true;
        }
    }
    return false;
}

std::optional<QList<Section>> parse(QStringView text, const QString &fileName, QString *error)
{
    QList<Section> sections;
    QString currentKey; // the option a continuation line extends
    int number = 0;
    for (QStringView line : text.split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const QStringView stripped = line.trimmed();
        const bool indented = !line.isEmpty() && line.front().isSpace();
        if (stripped.isEmpty() || isComment(stripped)) {
            continue;
        }
        if (indented && !currentKey.isEmpty()) {
            Section &section = sections.last();
            setOption(&section, currentKey,
                      section.value(currentKey) + u'\n' + withoutInlineComment(stripped));
            continue;
        }
        currentKey.clear();
        if (stripped.startsWith(u'[')) {
            const qsizetype end = stripped.indexOf(u']');
            if (end < 0) {
                *error = Importer::tr("%1:%2: a section header must end with ']'")
                                 .arg(fileName)
                                 .arg(number);
                return std::nullopt;
            }
            sections.append({stripped.mid(1, end - 1).trimmed().toString(), number, {}});
            continue;
        }
        const qsizetype equals = stripped.indexOf(u'=');
        const qsizetype colon = stripped.indexOf(u':');
        const qsizetype delimiter = equals < 0 ? colon
                : colon < 0                    ? equals
                                               : std::min(equals, colon);
        if (delimiter <= 0 || sections.isEmpty()) {
            *error = sections.isEmpty()
                    ? Importer::tr("%1:%2: expected a [section] before \"%3\"")
                              .arg(fileName)
                              .arg(number)
                              .arg(stripped.left(60))
                    : Importer::tr("%1:%2: expected \"key = value\" (got \"%3\")")
                              .arg(fileName)
                              .arg(number)
                              .arg(stripped.left(60));
            return std::nullopt;
        }
        currentKey = stripped.left(delimiter).trimmed().toString().toLower();
        setOption(&sections.last(), currentKey, withoutInlineComment(stripped.mid(delimiter + 1)));
    }
    return sections;
}

} // namespace SupervisordIni
