// Procfile import: each "name: command" line a plain program run as foreman would (PORT, the
// Procfile's folder, the .env beside it), shell syntax kept for a shell, bad lines refused.
#include "importfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportProcfile : public QObject
{
    Q_OBJECT

private slots:
    void linesBecomePlainProgramsWithForemansPorts();
    void shellSyntaxRunsThroughAShell();
    void dotEnvBesideItBecomesTheEnvFile();
    void unreadableDotEnvIsReportedNotUsed();
    void badLineIsSkippedAndReported();
    void fileWithoutAnEntryIsRefusedWithTheLine();
    void repeatedNameIsRefusedWithItsLine();
};

void TestImportProcfile::linesBecomePlainProgramsWithForemansPorts()
{
    ImportFixture files;
    files.write(u"Procfile"_s,
                "# the web tier\n"
                "web: bundle exec thin start -p $PORT\n"
                "\n"
                "worker:   bundle exec rake \"resque:work\" QUEUE=*\n");
    const auto result = files.import(u"Procfile"_s);
    QVERIFY(result);
    QCOMPARE(toString(result->format), toString(ImportFormat::Procfile));
    QCOMPARE(result->configuration.programs.size(), 2);
    const ProgramSpec *web = result->configuration.program(u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->program, u"bundle"_s);
    // foreman writes PORT's value into the command.
    QCOMPARE(web->arguments, (QStringList{u"exec"_s, u"thin"_s, u"start"_s, u"-p"_s, u"5000"_s}));
    QCOMPARE(web->environment.value(u"PORT"_s), u"5000"_s);
    QCOMPARE(toString(web->kind), toString(ProgramKind::Plain));
    QCOMPARE(web->workingDirectory, files.folder());
    const ProgramSpec *worker = result->configuration.program(u"worker"_s);
    QVERIFY(worker);
    QCOMPARE(worker->environment.value(u"PORT"_s), u"5100"_s);
    QVERIFY(noteFor(*result, u"web"_s, u"PORT"_s));
    QVERIFY(noteFor(*result, u"worker"_s, u"command"_s));
    QCOMPARE(result->notMappedCount(), 0);
}

void TestImportProcfile::shellSyntaxRunsThroughAShell()
{
    ImportFixture files;
    files.write(u"Procfile"_s, "assets: npm run watch | tee -a log/$NAME.log && echo $$\n");
    const auto result = files.import(u"Procfile"_s);
    QVERIFY(result);
    const ProgramSpec *assets = result->configuration.program(u"assets"_s);
    QVERIFY(assets);
    QCOMPARE(assets->program, u"/bin/sh"_s);
    // Every $ is the shell's: doubled so that zlauncher's ${VAR} expansion leaves it alone.
    QCOMPARE(assets->arguments,
             (QStringList{u"-c"_s, u"npm run watch | tee -a log/$$NAME.log && echo $$$$"_s}));
    QVERIFY(noteFor(*result, u"assets"_s, u"command"_s)->detail.contains(u"/bin/sh -c"_s));
}

void TestImportProcfile::dotEnvBesideItBecomesTheEnvFile()
{
    ImportFixture files;
    files.write(u"Procfile"_s, "web: ./server --port $PORT\n");
    files.write(u".env"_s, "DATABASE_URL=postgres://localhost/app\nexport DEBUG=1\n");
    const auto result = files.import(u"Procfile"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.first().envFile, files.path(u".env"_s));
    QVERIFY(noteFor(*result, {}, u".env"_s));
    QVERIFY(noteFor(*result, {}, u".env"_s)->mapped);
}

void TestImportProcfile::unreadableDotEnvIsReportedNotUsed()
{
    ImportFixture files;
    files.write(u"Procfile"_s, "web: ./server\n");
    files.write(u".env"_s, "this is not dotenv\n");
    const auto result = files.import(u"Procfile"_s);
    QVERIFY(result);
    QVERIFY(result->configuration.programs.first().envFile.isEmpty());
    const ImportNote *note = noteFor(*result, {}, u".env"_s);
    QVERIFY(note);
    QVERIFY(!note->mapped);
    QVERIFY2(note->detail.contains(u"line 1"_s), qPrintable(note->detail));
}

void TestImportProcfile::badLineIsSkippedAndReported()
{
    // foreman and honcho skip a line that is not "name: command"; so does the import, saying so.
    ImportFixture files;
    files.write(u"Procfile"_s, "web: ./server\n# fine\n+foo: command\n");
    const auto result = files.import(u"Procfile"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    const ImportNote *note = noteFor(*result, {}, u"line 3"_s);
    QVERIFY(note && !note->mapped);
    QVERIFY2(note->detail.startsWith(
                     u"Procfile:3: not a \"name: command\" line (got \"+foo: command\")"_s),
             qPrintable(note->detail));
}

void TestImportProcfile::fileWithoutAnEntryIsRefusedWithTheLine()
{
    ImportFixture files;
    files.write(u"Procfile"_s, "# nothing\nthis line has no colon\nnor this\n");
    QString error;
    QVERIFY(!files.import(u"Procfile"_s, &error));
    QCOMPARE(error,
             u"Procfile:2: expected \"name: command\" (got \"this line has no colon\"), and "
             "no line of the file is one"_s);
}

void TestImportProcfile::repeatedNameIsRefusedWithItsLine()
{
    ImportFixture files;
    files.write(u"Procfile"_s, "web: ./a\nweb: ./b\n");
    QString error;
    QVERIFY(!files.import(u"Procfile"_s, &error));
    QCOMPARE(error, u"Procfile:2: \"web\" is already defined above"_s);
}

QTEST_GUILESS_MAIN(TestImportProcfile)
#include "tst_importprocfile.moc"
