#include "core/model/shellwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ShellWords {
namespace {

// What a POSIX shell takes as word separators (the default IFS).
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// Inside double quotes a backslash escapes only these; before anything else it stays literal.
bool escapesInDoubleQuotes(QChar c)
{
    return c == u'"' || c == u'\\' || c == u'$' || c == u'`' || c == u'\n';
}

// POSIX shell word splitting and quote removal, without any expansion ($HOME and * stay as
// written). An incomplete line (open quote, final backslash) still gets its best split: the
// line's end closes what was open.
// Characters a shell never treats specially, so an argument made of them needs no quotes.
// Letters and digits of any script count: they keep a copied command line readable.
bool needsNoQuotes(const QString &argument)
{
    static const QString safePunctuation = u"@%+=:,./-_"_s;
    const QList<uint> codePoints = argument.toUcs4();
    return std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        if (c < 0x80) {
            return QChar::isLetterOrNumber(c) || safePunctuation.contains(QChar(char16_t(c)));
        }
        return QChar::isLetterOrNumber(c) || QChar::isMark(c);
    });
}

} // namespace

Split split(QStringView line)
{
    enum class Quote { None, Single, Double };
    Split result;
    QString word;
    // Distinguishes an empty argument ('' or "") from no argument at all.
    bool inWord = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        const bool hasNext = i + 1 < line.size();
        if (quote == Quote::Single) {
            if (c == u'\'') {
                quote = Quote::None;
            } else {
                word += c;
            }
        } else if (quote == Quote::Double) {
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && hasNext && escapesInDoubleQuotes(line[i + 1])) {
                ++i;
                // Backslash-newline is a line continuation: both go.
                if (line[i] != u'\n') {
                    word += line[i];
                }
            } else {
                word += c;
            }
        } else if (isBlank(c)) {
            if (inWord) {
                result.arguments.append(word);
                word.clear();
                inWord = false;
            }
        } else if (c == u'\\') {
            if (!hasNext) {
                word += c;
                inWord = true;
                result.incomplete = Incomplete::Backslash;
            } else if (line[i + 1] == u'\n') {
                ++i;
            } else {
                word += line[++i];
                inWord = true;
            }
        } else {
            inWord = true;
            if (c == u'\'') {
                quote = Quote::Single;
            } else if (c == u'"') {
                quote = Quote::Double;
            } else {
                word += c;
            }
        }
    }
    if (quote == Quote::Single) {
        result.incomplete = Incomplete::SingleQuote;
    } else if (quote == Quote::Double) {
        result.incomplete = Incomplete::DoubleQuote;
    }
    if (inWord) {
        result.arguments.append(word);
    }
    return result;
}

QString quote(const QString &argument)
{
    if (!argument.isEmpty() && needsNoQuotes(argument)) {
        return argument;
    }
    // Nothing is special inside single quotes, not even a backslash; a quote itself closes
    // them, is escaped, and reopens them.
    return u'\'' + QString(argument).replace(u'\'', u"'\\''"_s) + u'\'';
}

QString join(const QStringList &arguments)
{
    QStringList words;
    words.reserve(arguments.size());
    for (const QString &argument : arguments) {
        words.append(quote(argument));
    }
    return words.join(u' ');
}

} // namespace ShellWords
