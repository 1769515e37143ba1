// DotEnv::parse and readFile: each form of the dotenv syntax an env file may use (docker
// compose's, python-dotenv's), and each error, named with the file and the line.
#include "core/model/dotenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const VariableExpansion::Lookup noVariables
        = [](const QString &) { return std::optional<QString>(); };

// The variables of text, or a failure with the parser's message.
DotEnv::Variables parsed(const QString &text, const VariableExpansion::Lookup &outer = noVariables)
{
    QString error;
    const auto variables = DotEnv::parse(text, u".env"_s, outer, &error);
    if (!variables) {
        qWarning().noquote() << "unexpected error:" << error;
        return {{u"<error>"_s, error}};
    }
    return *variables;
}

QString parseError(const QString &text)
{
    QString error;
    const auto variables = DotEnv::parse(text, u"/srv/web/.env"_s, noVariables, &error);
    return variables ? u"<parsed>"_s : error;
}

using Pairs = DotEnv::Variables;

} // namespace

class TestDotEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void laterDefinitionWins();
    void referencesEarlierVariablesThenTheLauncher();
    void errorsNameTheFileAndLine_data();
    void errorsNameTheFileAndLine();
    void readFileResolvesAndRefuses();
};

void TestDotEnv::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Pairs>("expected");
    QTest::newRow("plain") << u"A=1\nB=two words\n"_s
                           << Pairs{{u"A"_s, u"1"_s}, {u"B"_s, u"two words"_s}};
    QTest::newRow("unquoted is trimmed")
            << u"A =   spaced out   \t\n"_s << Pairs{{u"A"_s, u"spaced out"_s}};
    QTest::newRow("empty value") << u"EMPTY=\nNEXT=x"_s
                                 << Pairs{{u"EMPTY"_s, QString()}, {u"NEXT"_s, u"x"_s}};
    QTest::newRow("export prefix") << u"export PATH_EXTRA=/opt/bin\n  export\tB=2"_s
                                   << Pairs{{u"PATH_EXTRA"_s, u"/opt/bin"_s}, {u"B"_s, u"2"_s}};
    QTest::newRow("a variable named export") << u"export=yes"_s << Pairs{{u"export"_s, u"yes"_s}};
    QTest::newRow("comments and blank lines")
            << u"# the database\n\n   # indented comment\nDB=pg\n\n"_s << Pairs{{u"DB"_s, u"pg"_s}};
    QTest::newRow("comment after an unquoted value")
            << u"PORT=8080 # the web port\nCOLOR=#fff\nURL=http://h/#frag"_s
            << Pairs{{u"PORT"_s, u"8080"_s},
                     {u"COLOR"_s, u"#fff"_s},
                     {u"URL"_s, u"http://h/#frag"_s}};
    QTest::newRow("single quotes are literal")
            << u"A='${HOME} $$ \\n # not a comment'  # a comment"_s
            << Pairs{{u"A"_s, u"${HOME} $$ \\n # not a comment"_s}};
    QTest::newRow("double quotes and escapes")
            << u"A=\"say \\\"hi\\\"\\n\\\\ \\$HOME # kept\" # gone"_s
            << Pairs{{u"A"_s, u"say \"hi\"\n\\ $HOME # kept"_s}};
    QTest::newRow("unknown escape kept") << u"A=\"C:\\temp\""_s << Pairs{{u"A"_s, u"C:\\temp"_s}};
    QTest::newRow("double quotes span lines")
            << u"KEY=\"-----BEGIN-----\nline two\n-----END-----\"\nAFTER=1"_s
            << Pairs{{u"KEY"_s, u"-----BEGIN-----\nline two\n-----END-----"_s},
                     {u"AFTER"_s, u"1"_s}};
    QTest::newRow("CRLF line ends")
            << u"A=1\r\nB=\"x\r\ny\"\r\n"_s << Pairs{{u"A"_s, u"1"_s}, {u"B"_s, u"x\ny"_s}};
    QTest::newRow("quotes inside an unquoted value")
            << u"A=it's \"fine\""_s << Pairs{{u"A"_s, u"it's \"fine\""_s}};
    QTest::newRow("no final newline") << u"LAST=end"_s << Pairs{{u"LAST"_s, u"end"_s}};
}

void TestDotEnv::forms()
{
    QFETCH(QString, text);
    QFETCH(Pairs, expected);
    QCOMPARE(parsed(text), expected);
}

void TestDotEnv::laterDefinitionWins()
{
    // Both are listed, in order: whoever builds the environment keeps the last.
    QCOMPARE(parsed(u"A=1\nA=2"_s), (Pairs{{u"A"_s, u"1"_s}, {u"A"_s, u"2"_s}}));
}

void TestDotEnv::referencesEarlierVariablesThenTheLauncher()
{
    const VariableExpansion::Lookup launcher = [](const QString &name) {
        return name == u"HOME" || name == u"A" ? std::optional<QString>(u"launcher-"_s + name)
                                               : std::nullopt;
    };
    QCOMPARE(parsed(u"A=file\nB=${A}/x\nC=\"${HOME}/data\"\nD='${A}'\nE=${MISSING:-dflt}\n"
                    "F=$${A} \\${A}"_s,
                    launcher),
             (Pairs{{u"A"_s, u"file"_s},
                    {u"B"_s, u"file/x"_s},
                    {u"C"_s, u"launcher-HOME/data"_s},
                    {u"D"_s, u"${A}"_s},
                    {u"E"_s, u"dflt"_s},
                    {u"F"_s, u"${A} \\file"_s}}));
    // A reference to a variable defined below is not defined yet.
    QString error;
    QVERIFY(!DotEnv::parse(u"B=${LATER}\nLATER=1"_s, u".env"_s, launcher, &error));
    QCOMPARE(error, u".env, line 1: ${LATER} is not defined"_s);
}

void TestDotEnv::errorsNameTheFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString file = u"/srv/web/.env, line "_s;
    QTest::newRow("no equals sign")
            << u"# c\nJUST_A_NAME\n"_s << file + u"2: expected NAME=value, got JUST_A_NAME"_s;
    QTest::newRow("bad name") << u"A=1\n\n1ST=x"_s
                              << file
                    + u"3: 1ST is not a valid variable name: letters, digits and '_', not "
                      "starting with a digit"_s;
    QTest::newRow("name with a dash") << u"MY-VAR=x"_s
                                      << file
                    + u"1: MY-VAR is not a valid variable name: letters, digits and '_', not "
                      "starting with a digit"_s;
    QTest::newRow("unclosed single quote") << u"A='open\nB=1"_s
                                           << file
                    + u"1: the single quote is not closed on its line (only double-quoted values "
                      "may span lines)"_s;
    QTest::newRow("unclosed double quote, named at its line")
            << u"A=1\nB=\"open\nC=2\n"_s << file + u"2: the double quote is never closed"_s;
    QTest::newRow("text after the closing quote")
            << u"A=\"x\"y"_s << file + u"1: unexpected y after the closing quote"_s;
    QTest::newRow("line after a multi-line value")
            << u"A=\"x\ny\"\nB"_s << file + u"3: expected NAME=value, got B"_s;
    QTest::newRow("undefined variable") << u"A=${NOPE}"_s << file + u"1: ${NOPE} is not defined"_s;
    QTest::newRow("malformed reference") << u"A=\"${1}\""_s
                                         << file
                    + u"1: ${1} is not a variable reference: write ${NAME} or ${NAME:-default}, "
                      "NAME made of letters, digits and '_' and not starting with a digit (and "
                      "$$ for a literal $)"_s;
}

void TestDotEnv::errorsNameTheFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QCOMPARE(parseError(text), error);
}

void TestDotEnv::readFileResolvesAndRefuses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"app.env"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbfGREETING=h\xc3\xa9llo\n");
    file.close();
    QString error;
    const auto variables = DotEnv::readFile(path, noVariables, &error);
    QVERIFY2(variables, qPrintable(error));
    QCOMPARE(*variables, (Pairs{{u"GREETING"_s, u"h\u00e9llo"_s}}));

    QVERIFY(!DotEnv::readFile(dir.filePath(u"missing.env"_s), noVariables, &error));
    QCOMPARE(error, u"the env file %1 does not exist"_s.arg(dir.filePath(u"missing.env"_s)));
    QVERIFY(!DotEnv::readFile(dir.path(), noVariables, &error));
    QCOMPARE(error, u"the env file %1 is not a file"_s.arg(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(DotEnv::maxFileBytes + 1, '#'));
    file.close();
    QVERIFY(!DotEnv::readFile(path, noVariables, &error));
    QCOMPARE(error, u"the env file %1 is larger than 1 MiB"_s.arg(path));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
