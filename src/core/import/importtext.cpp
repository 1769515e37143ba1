#include "core/import/importtext.h"

#include "core/model/shellwords.h"

#include <QRegularExpression>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace ImportText {

namespace {

const QRegularExpression &bareReference()
{
    static const QRegularExpression pattern(u"\\$([A-Za-z_][A-Za-z0-9_]*)"_s);
    return pattern;
}

const QRegularExpression &reference()
{
    static const QRegularExpression pattern(
            u"\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*\\})"_s);
    return pattern;
}

/// Words a shell treats as its own, not as a program to run.
const QStringList &shellBuiltins()
{
    static const QStringList builtins{u"cd"_s,    u"exec"_s,   u"export"_s, u"source"_s, u"."_s,
                                      u"set"_s,   u"ulimit"_s, u"umask"_s,  u"eval"_s,   u"trap"_s,
                                      u"unset"_s, u"wait"_s,   u"if"_s,     u"for"_s,    u"while"_s,
                                      u"until"_s, u"case"_s,   u"test"_s,   u"["_s};
    return builtins;
}

bool needsShell(const QString &line)
{
    QString withoutReferences = line;
    withoutReferences.remove(u"$$"_s);
    withoutReferences.remove(reference());
    static const QString special = u"|&;<>()`*?[]{}~!#$\\\n"_s;
    for (QChar c : withoutReferences) {
        if (special.contains(c)) {
            return true;
        }
    }
    // Inside single quotes a $ is not expanded by the shell; keep that meaning.
    if (line.contains(u'\'') && line.contains(u'$')) {
        return true;
    }
    const QStringList words = ShellWords::split(line).arguments;
    // An empty first word ('' or "") is the shell's to refuse, as it would.
    return words.isEmpty() || words.first().isEmpty() || shellBuiltins().contains(words.first())
            || words.first().contains(u'=');
}

} // namespace

QString literal(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u"$"_s, u"$$"_s);
}

QStringList literal(const QStringList &texts)
{
    QStringList escaped;
    escaped.reserve(texts.size());
    for (const QString &text : texts) {
        escaped.append(literal(text));
    }
    return escaped;
}

QString programName(const QString &name)
{
    QString valid;
    for (QChar c : name.left(int(zlauncher::maxNameLength))) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        valid.append(allowed ? c : u'-');
    }
    return valid.isEmpty() ? u"program"_s : valid;
}

Command fromShellLine(const QString &line, const QString &shell, Dollars dollars)
{
    const QString trimmed = line.trimmed();
    const bool toolFirst = dollars == Dollars::ToolFirst;
    if (needsShell(trimmed) || (!toolFirst && trimmed.contains(u"$$"_s))) {
        return {shell, {u"-c"_s, toolFirst ? withReferences(trimmed) : literal(trimmed)}, true};
    }
    QStringList words = ShellWords::split(toolFirst ? withReferences(trimmed) : trimmed).arguments;
    for (QString &word : words) {
        if (!toolFirst) {
            word.replace(bareReference(), u"${\\1}"_s);
        }
    }
    const QString program = words.takeFirst();
    return {program, words, false};
}

QString withReferences(const QString &text)
{
    // $$ first, so that $$HOME is a $ then "HOME", as the tool reads it.
    static const QRegularExpression escapeOrReference(
            u"\\$\\$|\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*\\})"_s);
    QString out;
    qsizetype last = 0;
    auto it = escapeOrReference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += literal(text.mid(last, match.capturedStart() - last));
        last = match.capturedEnd();
        if (match.captured(0) == u"$$") {
            out += u"$$"_s;
            continue;
        }
        QString name = match.captured(0).mid(1);
        if (name.startsWith(u'{')) {
            name = name.mid(1, name.size() - 2);
        }
        out += u"${"_s + name + u'}';
    }
    return out + literal(text.mid(last));
}

Command fromWords(const QStringList &words)
{
    if (words.isEmpty()) {
        return {};
    }
    QStringList arguments = literal(words);
    const QString program = arguments.takeFirst();
    return {program, arguments, false};
}

} // namespace ImportText
