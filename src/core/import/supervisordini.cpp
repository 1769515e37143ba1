#include "core/import/supervisordini.h"

#include "core/import/importer.h"
#include "core/import/importtext.h"

#include <QHostInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

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

std::optional<QString> expand(const QString &text, const Expansions &with, QString *unknown)
{
    static const QRegularExpression directive(
            u"%(?:%|\\(([A-Za-z0-9_]+)\\)([-#0 +]*\\d*)([sdr]))"_s);
    QString out;
    qsizetype last = 0;
    auto it = directive.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString before = text.mid(last, match.capturedStart() - last);
        out += with.asLiteralEnvironment ? before : ImportText::literal(before);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.isEmpty()) {
            out += u'%';
            continue;
        }
        const QString flags = match.captured(2);
        const int width = QString(flags).remove(QRegularExpression(u"[^0-9]"_s)).toInt();
        const QChar fill = flags.startsWith(u'0') ? u'0' : u' ';
        QString value;
        if (name.startsWith(u"ENV_")) {
            const QString variable = name.mid(4);
            const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (with.asLiteralEnvironment && !environment.contains(variable)) {
                *unknown = name;
                return std::nullopt;
            }
            value = with.asLiteralEnvironment ? environment.value(variable)
                                              : u"${"_s + variable + u'}';
        } else if (name == u"program_name") {
            value = with.programName;
        } else if (name == u"group_name") {
            value = with.groupName;
        } else if (name == u"process_num") {
            value = QString::number(with.processNumber);
        } else if (name == u"numprocs") {
            value = QString::number(with.numprocs);
        } else if (name == u"here") {
            value = with.here;
        } else if (name == u"host_node_name") {
            value = QHostInfo::localHostName();
        } else {
            *unknown = name;
            return std::nullopt;
        }
        out += value.rightJustified(width, fill);
    }
    const QString rest = text.mid(last);
    return out + (with.asLiteralEnvironment ? rest : ImportText::literal(rest));
}

std::optional<QMap<QString, QString>> environmentPairs(const QString &text)
{
    QMap<QString, QString> pairs;
    QStringList items;
    QString current;
    QChar quote;
    for (QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                current += c;
            }
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!quote.isNull()) {
        return std::nullopt;
    }
    items << current;
    for (const QString &item : std::as_const(items)) {
        if (item.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0) {
            return std::nullopt;
        }
        pairs.insert(item.left(equals).trimmed(), item.mid(equals + 1).trimmed());
    }
    return pairs;
}

std::optional<bool> boolean(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"true" || lower == u"yes" || lower == u"on" || lower == u"1") {
        return true;
    }
    if (lower == u"false" || lower == u"no" || lower == u"off" || lower == u"0") {
        return false;
    }
    return std::nullopt;
}

} // namespace SupervisordIni
