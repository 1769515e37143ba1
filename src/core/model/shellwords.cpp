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

// Reads a line one character at a time, in the state a shell would be in: outside quotes,
// inside single quotes or inside double quotes.
class Splitter
{
public:
    explicit Splitter(QStringView line)
        : m_line(line)
    { }

    Split run()
    {
        for (m_at = 0; m_at < m_line.size(); ++m_at) {
            switch (m_quote) {
            case Quote::Single:
                readSingleQuoted(m_line[m_at]);
                break;
            case Quote::Double:
                readDoubleQuoted(m_line[m_at]);
                break;
            case Quote::None:
                readUnquoted(m_line[m_at]);
                break;
            }
        }
        if (m_quote == Quote::Single) {
            m_result.incomplete = Incomplete::SingleQuote;
        } else if (m_quote == Quote::Double) {
            m_result.incomplete = Incomplete::DoubleQuote;
        }
        endWord();
        return m_result;
    }

private:
    enum class Quote { None, Single, Double };

    bool hasNext() const { return m_at + 1 < m_line.size(); }

    void endWord()
    {
        if (m_inWord) {
            m_result.arguments.append(m_word);
            m_word.clear();
            m_inWord = false;
        }
    }

    void readSingleQuoted(QChar c)
    {
        if (c == u'\'') {
            m_quote = Quote::None;
        } else {
            m_word += c;
        }
    }

    void readDoubleQuoted(QChar c)
    {
        if (c == u'"') {
            m_quote = Quote::None;
        } else if (c == u'\\' && hasNext() && escapesInDoubleQuotes(m_line[m_at + 1])) {
            ++m_at;
            // Backslash-newline is a line continuation: both go.
            if (m_line[m_at] != u'\n') {
                m_word += m_line[m_at];
            }
        } else {
            m_word += c;
        }
    }

    void readUnquoted(QChar c)
    {
        if (isBlank(c)) {
            endWord();
            return;
        }
        if (c == u'\\') {
            readEscape();
            return;
        }
        m_inWord = true;
        if (c == u'\'') {
            m_quote = Quote::Single;
        } else if (c == u'"') {
            m_quote = Quote::Double;
        } else {
            m_word += c;
        }
    }

    // A backslash outside quotes: the next character is literal, a newline after it is a line
    // continuation, and a final one stays as written.
    void readEscape()
    {
        if (!hasNext()) {
            m_word += u'\\';
            m_inWord = true;
            m_result.incomplete = Incomplete::Backslash;
        } else if (m_line[m_at + 1] == u'\n') {
            ++m_at;
        } else {
            m_word += m_line[++m_at];
            m_inWord = true;
        }
    }

    QStringView m_line;
    qsizetype m_at = 0;
    Split m_result;
    QString m_word;
    // Distinguishes an empty argument ('' or "") from no argument at all.
    bool m_inWord = false;
    Quote m_quote = Quote::None;
};

} // namespace

// POSIX shell word splitting and quote removal, without any expansion ($HOME and * stay as
// written). An incomplete line (open quote, final backslash) still gets its best split: the
// line's end closes what was open.
Split split(QStringView line)
{
    return Splitter(line).run();
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
