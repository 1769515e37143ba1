// The program dialog's arguments line: split and joined as a POSIX shell would quote them, and
// every list of arguments surviving the round trip through the text.
#include "programdialogfixture.h"

class TestProgramDialogArguments : public ProgramDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void splitArguments_data();
    void splitArguments();
    void joinArguments_data();
    void joinArguments();
    void argumentsRoundTrip_data();
    void argumentsRoundTrip();
    void argumentsRoundTripRandom();
};

void TestProgramDialogArguments::splitArguments_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty") << u""_s << QStringList();
    QTest::addRow("blanks only") << u" \t \n"_s << QStringList();
    QTest::addRow("words") << u"  --rate 10\t-v\n"_s << QStringList{u"--rate"_s, u"10"_s, u"-v"_s};
    QTest::addRow("single quotes") << u"'two words' x"_s << QStringList{u"two words"_s, u"x"_s};
    QTest::addRow("single quotes keep backslash and $")
            << uR"('a\b $HOME "q"')"_s << QStringList{uR"(a\b $HOME "q")"_s};
    QTest::addRow("quote inside single quotes") << uR"('it'\''s')"_s << QStringList{u"it's"_s};
    QTest::addRow("double quotes") << uR"("a \"b\" c")"_s << QStringList{uR"(a "b" c)"_s};
    QTest::addRow("double quote escapes")
            << uR"("\$HOME \` \\ \x")"_s << QStringList{uR"($HOME ` \ \x)"_s};
    QTest::addRow("single quote inside double") << uR"("it's")"_s << QStringList{u"it's"_s};
    QTest::addRow("backslash outside quotes")
            << uR"(a\ b \'c\" \\)"_s << QStringList{u"a b"_s, uR"('c")"_s, uR"(\)"_s};
    QTest::addRow("backslash newline continues")
            << u"a\\\nb c \\\n d"_s << QStringList{u"ab"_s, u"c"_s, u"d"_s};
    QTest::addRow("empty arguments") << u"'' a \"\""_s << QStringList{u""_s, u"a"_s, u""_s};
    QTest::addRow("adjacent parts join") << uR"(a"b"'c'\ d)"_s << QStringList{u"abc d"_s};
    QTest::addRow("no expansion") << u"$HOME * ~ #x"_s
                                  << QStringList{u"$HOME"_s, u"*"_s, u"~"_s, u"#x"_s};
    QTest::addRow("unicode") << u"héllo 'wörld 😀' 日本"_s
                             << QStringList{u"héllo"_s, u"wörld 😀"_s, u"日本"_s};
    QTest::addRow("unclosed single quote: best split")
            << u"a 'b c"_s << QStringList{u"a"_s, u"b c"_s};
    QTest::addRow("unclosed double quote: best split") << u"\"x y"_s << QStringList{u"x y"_s};
    QTest::addRow("final backslash: best split") << uR"(a\)"_s << QStringList{uR"(a\)"_s};
}

void TestProgramDialogArguments::splitArguments()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(ProgramDialog::splitArguments(line), expected);
}

void TestProgramDialogArguments::joinArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("none") << QStringList() << u""_s;
    QTest::addRow("plain words") << QStringList{u"--rate=10"_s, u"/opt/x.y"_s, u"a,b:c@d%e+f_g"_s}
                                 << u"--rate=10 /opt/x.y a,b:c@d%e+f_g"_s;
    QTest::addRow("space") << QStringList{u"two words"_s} << u"'two words'"_s;
    QTest::addRow("empty") << QStringList{u""_s, u"x"_s} << u"'' x"_s;
    QTest::addRow("single quote") << QStringList{u"it's"_s} << uR"('it'\''s')"_s;
    QTest::addRow("shell specials")
            << QStringList{u"$HOME"_s, u"*"_s, uR"(a\b)"_s} << uR"('$HOME' '*' 'a\b')"_s;
    QTest::addRow("unicode letters") << QStringList{u"héllo"_s, u"日本"_s} << u"héllo 日本"_s;
}

void TestProgramDialogArguments::joinArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(ProgramDialog::joinArguments(arguments), expected);
}

void TestProgramDialogArguments::argumentsRoundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("none") << QStringList();
    QTest::addRow("one empty") << QStringList{u""_s};
    QTest::addRow("empties") << QStringList{u""_s, u""_s, u"a"_s, u""_s};
    QTest::addRow("spaces") << QStringList{u" "_s, u"a b"_s, u" lead"_s, u"trail "_s};
    QTest::addRow("quotes") << QStringList{u"'"_s, u"\""_s, u"''"_s, uR"(it's "so")"_s};
    QTest::addRow("backslashes") << QStringList{uR"(\)"_s, uR"(\\)"_s, uR"(a\'b)"_s, uR"(\")"_s};
    QTest::addRow("dollar and backtick") << QStringList{u"$HOME"_s, u"`id`"_s, u"${x}"_s};
    QTest::addRow("blanks") << QStringList{u"a\tb"_s, u"line\nbreak"_s, u"\\\n"_s};
    QTest::addRow("unicode") << QStringList{u"ünï cödé"_s, u"😀"_s, u"日本 語"_s};
}

void TestProgramDialogArguments::argumentsRoundTrip()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(ProgramDialog::splitArguments(ProgramDialog::joinArguments(arguments)), arguments);
}

void TestProgramDialogArguments::argumentsRoundTripRandom()
{
    // A fixed seed: a failure reproduces. The alphabet holds every character the quoting treats
    // specially, plus a surrogate pair.
    QRandomGenerator random(20261124);
    const QString alphabet = u"a Z0 \t\n'\"\\$`#~*=-é日"_s + QString::fromUtf8("😀");
    for (int round = 0; round < 2000; ++round) {
        QStringList arguments;
        const int count = random.bounded(5);
        for (int i = 0; i < count; ++i) {
            QString argument;
            const int length = random.bounded(7);
            for (int j = 0; j < length; ++j) {
                argument += alphabet.at(random.bounded(int(alphabet.size())));
            }
            arguments.append(argument);
        }
        const QString line = ProgramDialog::joinArguments(arguments);
        QVERIFY2(ProgramDialog::splitArguments(line) == arguments, qPrintable(line));
    }
}

QTEST_MAIN(TestProgramDialogArguments)
#include "tst_programdialogarguments.moc"
