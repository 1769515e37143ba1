#include "core/model/dotenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

class Parser
{
public:
    Parser(QStringView text, const VariableExpansion::Lookup &outer)
        : m_text(text)
        , m_outer(outer ? outer : [](const QString &) { return std::optional<QString>(); })
    { }

    /// False with *error (without the file's name) at the first line that does not parse.
    bool run(int *errorLine, QString *error)
    {
        while (m_pos < m_text.size()) {
            const int line = m_line;
            if (!parseLine()) {
                *errorLine = line;
                *error = m_error;
                return false;
            }
        }
        return true;
    }
    const DotEnv::Variables &variables() const { return m_variables; }

private:
    bool atLineEnd() const { return m_pos >= m_text.size() || m_text.at(m_pos) == u'\n'; }
    void skipBlanks()
    {
        while (m_pos < m_text.size() && isBlank(m_text.at(m_pos))) {
            ++m_pos;
        }
    }
    void skipLine()
    {
        while (!atLineEnd()) {
            ++m_pos;
        }
        if (m_pos < m_text.size()) {
            ++m_pos;
            ++m_line;
        }
    }
    QStringView restOfLine() const
    {
        const qsizetype end = m_text.indexOf(u'\n', m_pos);
        return m_text.sliced(m_pos, (end < 0 ? m_text.size() : end) - m_pos);
    }
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool parseLine();
    bool parseName(QString *name);
    bool parseSingleQuoted(QString *value);
    bool parseDoubleQuoted(QString *value);
    bool parseUnquoted(QString *value);
    bool endQuotedLine();
    bool expand(const QString &raw, QString *value);

    QStringView m_text;
    VariableExpansion::Lookup m_outer;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    DotEnv::Variables m_variables;
    QHash<QString, QString> m_defined;
};

bool Parser::parseLine()
{
    skipBlanks();
    if (atLineEnd() || m_text.at(m_pos) == u'#') {
        skipLine();
        return true;
    }
    QString name;
    if (!parseName(&name)) {
        return false;
    }
    QString value;
    const QChar first = atLineEnd() ? QChar() : m_text.at(m_pos);
    const bool parsed = first == u'\'' ? parseSingleQuoted(&value) && endQuotedLine()
            : first == u'"'            ? parseDoubleQuoted(&value) && endQuotedLine()
                                       : parseUnquoted(&value);
    if (!parsed) {
        return false;
    }
    if (value.contains(QChar(0))) {
        // Programs receive C strings: a NUL would silently cut the value.
        return fail(
                QCoreApplication::translate("DotEnv", "the value of %1 contains a NUL character")
                        .arg(name));
    }
    m_variables.append({name, value});
    m_defined.insert(name, value);
    return true;
}

// "export NAME =" up to the value, blanks around '=' allowed (as python-dotenv does).
bool Parser::parseName(QString *name)
{
    if (restOfLine().startsWith(u"export") && restOfLine().size() > 6
        && isBlank(restOfLine().at(6))) {
        m_pos += 6;
        skipBlanks();
    }
    const qsizetype start = m_pos;
    while (!atLineEnd() && m_text.at(m_pos) != u'=' && !isBlank(m_text.at(m_pos))) {
        ++m_pos;
    }
    *name = m_text.sliced(start, m_pos - start).toString();
    skipBlanks();
    if (atLineEnd() || m_text.at(m_pos) != u'=') {
        m_pos = start;
        return fail(QCoreApplication::translate("DotEnv", "expected NAME=value, got %1")
                            .arg(restOfLine().trimmed()));
    }
    if (!VariableExpansion::isVariableName(*name)) {
        return fail(QCoreApplication::translate(
                            "DotEnv",
                            "%1 is not a valid variable name: letters, digits and '_', not "
                            "starting with a digit")
                            .arg(*name));
    }
    ++m_pos;
    skipBlanks();
    return true;
}

bool Parser::parseSingleQuoted(QString *value)
{
    const qsizetype close = restOfLine().indexOf(u'\'', 1);
    if (close < 0) {
        return fail(QCoreApplication::translate(
                "DotEnv",
                "the single quote is not closed on its line (only double-quoted "
                "values may span lines)"));
    }
    *value = restOfLine().sliced(1, close - 1).toString();
    m_pos += close + 1;
    return true;
}

bool Parser::parseDoubleQuoted(QString *value)
{
    QString raw;
    for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            m_pos = i + 1;
            return expand(raw, value);
        }
        if (c == u'\n') {
            ++m_line;
        }
        if (c != u'\\' || i + 1 >= m_text.size()) {
            raw += c;
            continue;
        }
        const QChar escaped = m_text.at(++i);
        if (escaped == u'n') {
            raw += u'\n';
        } else if (escaped == u'$') {
            raw += u"$$"_s; // a literal $ once expanded
        } else if (escaped == u'"' || escaped == u'\\') {
            raw += escaped;
        } else {
            // Unknown escapes stay as written, as python-dotenv leaves them.
            raw += c;
            --i;
        }
    }
    return fail(QCoreApplication::translate("DotEnv", "the double quote is never closed"));
}

bool Parser::parseUnquoted(QString *value)
{
    QStringView line = restOfLine();
    m_pos += line.size();
    // A comment needs a blank before it: "a#b" is a value, as in a shell.
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) == u'#' && isBlank(line.at(i - 1))) {
            line = line.first(i);
            break;
        }
    }
    skipLine();
    return expand(line.trimmed().toString(), value);
}

// After a closing quote: blanks, then the end of the line or a comment.
bool Parser::endQuotedLine()
{
    skipBlanks();
    if (!atLineEnd() && m_text.at(m_pos) != u'#') {
        return fail(QCoreApplication::translate("DotEnv", "unexpected %1 after the closing quote")
                            .arg(restOfLine().trimmed()));
    }
    skipLine();
    return true;
}

bool Parser::expand(const QString &raw, QString *value)
{
    const VariableExpansion::Lookup lookup = [this](const QString &name) {
        const auto defined = m_defined.constFind(name);
        return defined != m_defined.constEnd() ? std::optional<QString>(*defined) : m_outer(name);
    };
    VariableExpansion::Problem problem;
    const std::optional<QString> expanded = VariableExpansion::expand(raw, lookup, &problem);
    if (!expanded) {
        return fail(problem.message);
    }
    *value = *expanded;
    return true;
}

} // namespace

namespace DotEnv {

std::optional<Variables> parse(QStringView text, const QString &fileName,
                               const VariableExpansion::Lookup &outer, QString *error)
{
    QString normalized = text.toString();
    normalized.replace(u"\r\n"_s, u"\n"_s);
    if (normalized.startsWith(QChar(0xfeff))) {
        normalized.remove(0, 1);
    }
    Parser parser(normalized, outer);
    int line = 0;
    QString problem;
    if (!parser.run(&line, &problem)) {
        if (error) {
            *error = QCoreApplication::translate("DotEnv", "%1, line %2: %3")
                             .arg(fileName)
                             .arg(line)
                             .arg(problem);
        }
        return std::nullopt;
    }
    return parser.variables();
}

std::optional<Variables> readFile(const QString &path, const VariableExpansion::Lookup &outer,
                                  QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        message = QCoreApplication::translate("DotEnv", "the env file %1 does not exist")
                          .arg(shown);
        return std::nullopt;
    }
    if (!info.isFile()) {
        message = QCoreApplication::translate("DotEnv", "the env file %1 is not a file").arg(shown);
        return std::nullopt;
    }
    if (info.size() > maxFileBytes) {
        message = QCoreApplication::translate("DotEnv", "the env file %1 is larger than 1 MiB")
                          .arg(shown);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = QCoreApplication::translate("DotEnv", "cannot read the env file %1: %2")
                          .arg(shown, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        message = QCoreApplication::translate("DotEnv", "the env file %1 is larger than 1 MiB")
                          .arg(shown);
        return std::nullopt;
    }
    return parse(QString::fromUtf8(bytes), shown, outer, error);
}

} // namespace DotEnv
