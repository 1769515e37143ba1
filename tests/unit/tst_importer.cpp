// What every import shares: the format guessed from the name and the content, commands split
// or given to a shell, literal text kept literal, and what zlauncher would refuse left out with
// the reason, never silently.
#include "importfixture.h"

#include "core/import/importtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void formatIsGuessed_data();
    void formatIsGuessed();
    void unknownFormatAsksForIt();
    void missingFileIsNamed();
    void shellLines_data();
    void shellLines();
    void toolExpandedLines_data();
    void toolExpandedLines();
    void namesAreMadeValidAndUnique();
    void dependencyOnAMissingProgramIsDropped();
    void programZlauncherRefusesIsLeftOutWithWhy();
    void reportListsEveryNote();
    void dependencyCycleIsRefused();
};

void TestImporter::formatIsGuessed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::newRow("Procfile") << u"Procfile"_s << QByteArray("anything")
                              << int(ImportFormat::Procfile);
    QTest::newRow("Procfile.dev") << u"Procfile.dev"_s << QByteArray("")
                                  << int(ImportFormat::Procfile);
    QTest::newRow("procfile by content")
            << u"procs"_s << QByteArray("web: ./a\n") << int(ImportFormat::Procfile);
    QTest::newRow("supervisord.conf")
            << u"supervisord.conf"_s << QByteArray("") << int(ImportFormat::Supervisord);
    QTest::newRow("ini by content") << u"app.ini"_s << QByteArray("; x\n[program:a]\ncommand=b\n")
                                    << int(ImportFormat::Supervisord);
    QTest::newRow("process-compose.yml")
            << u"process-compose.yml"_s << QByteArray("") << int(ImportFormat::ProcessCompose);
    QTest::newRow("yaml by content") << u"stack.yaml"_s << QByteArray("version: 1\nprocesses:\n")
                                     << int(ImportFormat::ProcessCompose);
    QTest::newRow("pm2 json") << u"ecosystem.json"_s << QByteArray("{\"apps\": []}")
                              << int(ImportFormat::Pm2);
    QTest::newRow("pm2 by content")
            << u"apps.txt"_s << QByteArray(" {\"apps\": [] }") << int(ImportFormat::Pm2);
    QTest::newRow("unknown yaml") << u"x.yaml"_s << QByteArray("a: b\n") << -1;
    QTest::newRow("nothing") << u"notes.txt"_s << QByteArray("hello world\n") << -1;
}

void TestImporter::formatIsGuessed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    const auto guessed = Importer::guessFormat(name, content);
    QCOMPARE(guessed ? int(*guessed) : -1, format);
}

void TestImporter::unknownFormatAsksForIt()
{
    ImportFixture files;
    files.write(u"notes.txt"_s, "hello\n");
    QString error;
    QVERIFY(!files.import(u"notes.txt"_s, &error));
    QVERIFY2(error.contains(u"--format procfile, supervisord, process-compose or pm2"_s),
             qPrintable(error));
}

void TestImporter::missingFileIsNamed()
{
    ImportFixture files;
    QString error;
    QVERIFY(!files.import(u"Procfile"_s, &error));
    QVERIFY2(error.startsWith(u"cannot read "_s + files.path(u"Procfile"_s)), qPrintable(error));
}

void TestImporter::shellLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("words") << u"  ./bin/web -p 80 "_s << u"./bin/web"_s
                           << QStringList{u"-p"_s, u"80"_s};
    QTest::newRow("references") << u"web --port $PORT --home \"${HOME}/x\""_s << u"web"_s
                                << QStringList{u"--port"_s, u"${PORT}"_s, u"--home"_s,
                                               u"${HOME}/x"_s};
    QTest::newRow("pipe") << u"a | b"_s << u"/bin/sh"_s << QStringList{u"-c"_s, u"a | b"_s};
    QTest::newRow("single-quoted $")
            << u"echo '$HOME'"_s << u"/bin/sh"_s << QStringList{u"-c"_s, u"echo '$$HOME'"_s};
    QTest::newRow("assignment") << u"A=1 ./run"_s << u"/bin/sh"_s
                                << QStringList{u"-c"_s, u"A=1 ./run"_s};
    QTest::newRow("builtin") << u"cd src && make"_s << u"/bin/sh"_s
                             << QStringList{u"-c"_s, u"cd src && make"_s};
    QTest::newRow("exec") << u"exec ./server"_s << u"/bin/sh"_s
                          << QStringList{u"-c"_s, u"exec ./server"_s};
    QTest::newRow("empty first word")
            << u"'' --flag"_s << u"/bin/sh"_s << QStringList{u"-c"_s, u"'' --flag"_s};
    QTest::newRow("other expansion")
            << u"run ${A:-b}"_s << u"/bin/sh"_s << QStringList{u"-c"_s, u"run $${A:-b}"_s};
}

void TestImporter::shellLines()
{
    QFETCH(QString, line);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const ImportText::Command command
            = ImportText::fromShellLine(line, u"/bin/sh"_s, ImportText::Dollars::Shell);
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
    QCOMPARE(command.throughShell, program == u"/bin/sh");
}

void TestImporter::toolExpandedLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // process-compose expands $NAME as it loads the file; $$ is its escape for a $.
    QTest::newRow("references") << u"serve --port $PORT ${HOST}"_s << u"serve"_s
                                << QStringList{u"--port"_s, u"${PORT}"_s, u"${HOST}"_s};
    QTest::newRow("escaped $") << u"echo $$HOME"_s << u"echo"_s << QStringList{u"$$HOME"_s};
    QTest::newRow("shell keeps both") << u"echo $$HOME $PORT | cat"_s << u"bash"_s
                                      << QStringList{u"-c"_s, u"echo $$HOME ${PORT} | cat"_s};
}

void TestImporter::toolExpandedLines()
{
    QFETCH(QString, line);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const ImportText::Command command
            = ImportText::fromShellLine(line, u"bash"_s, ImportText::Dollars::ToolFirst);
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

void TestImporter::namesAreMadeValidAndUnique()
{
    QCOMPARE(ImportText::programName(u"web:api v2"_s), u"web-api-v2"_s);
    QCOMPARE(ImportText::programName(QString()), u"program"_s);
    QCOMPARE(ImportText::programName(QString(100, u'a')).size(), 64);
    ImportFixture files;
    files.write(u"ecosystem.json"_s,
                R"({"apps": [{"name": "a b", "script": "x"}, {"name": "a:b", "script": "y"}]})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.at(0).name, u"a-b"_s);
    QCOMPARE(result->configuration.programs.at(1).name, u"a-b-2"_s);
    QVERIFY(!noteFor(*result, u"a-b-2"_s, u"name"_s)->mapped);
}

void TestImporter::dependencyOnAMissingProgramIsDropped()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  app:\n    command: ./app\n    depends_on:\n      ghost:\n"
                "        condition: process_healthy\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    const ProgramSpec *app = result->configuration.program(u"app"_s);
    QVERIFY(app);
    QVERIFY(app->dependsOn.isEmpty());
    QVERIFY(app->dependencyConditions.isEmpty());
    const ImportNote *note = noteFor(*result, u"app"_s, u"dependsOn"_s);
    QVERIFY(note && !note->mapped);
    QVERIFY(note->detail.contains(u"ghost"_s));
}

void TestImporter::programZlauncherRefusesIsLeftOutWithWhy()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  ok:\n    command: ./ok\n  odd:\n    command: ./odd\n"
                "    liveness_probe:\n      exec:\n        command: ./check\n"
                "      failure_threshold: 0\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    const ImportNote *note = noteFor(*result, u"odd"_s, u"(the program)"_s);
    QVERIFY(note && !note->mapped);
    QVERIFY2(note->detail.startsWith(u"left out: "_s)
                     && note->detail.contains(u"failureThreshold"_s),
             qPrintable(note->detail));
}

void TestImporter::reportListsEveryNote()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s, "[program:web]\ncommand=/bin/true\nuser=nobody\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    const QStringList lines = Importer::report(u"supervisord.conf"_s, *result).split(u'\n');
    QCOMPARE(lines.value(0), u"Imported 1 program(s) from supervisord.conf (supervisord)."_s);
    QCOMPARE(lines.value(1), u"Mapped:"_s);
    QVERIFY(lines.value(2).startsWith(u"  web: command → program \"/bin/true\""_s));
    QVERIFY(lines.value(3).startsWith(u"  (supervisord's defaults) → "_s));
    QCOMPARE(lines.value(4), u"Not mapped (1 key(s)):"_s);
    QVERIFY(lines.value(5).startsWith(u"  web: user: "_s));
    QCOMPARE(lines.size(), 6);
}

void TestImporter::dependencyCycleIsRefused()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  a:\n    command: ./a\n    depends_on:\n      b: {}\n"
                "  b:\n    command: ./b\n    depends_on:\n      a: {}\n");
    QString error;
    QVERIFY(!files.import(u"process-compose.yaml"_s, &error));
    QVERIFY2(error.contains(u"depend on each other in a cycle: a -> b -> a"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
