// supervisord import: [program:x] keys mapped as supervisord means them, its %(…)s expansions,
// numprocs copies, [include] files, priorities as start order, and every other key reported.
#include "importfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportSupervisord : public QObject
{
    Q_OBJECT

private slots:
    void programKeysAreMapped();
    void unsupportedKeysAreReportedWithWhy();
    void expansionsBecomeReferencesOrText();
    void numprocsMakesNamedCopies();
    void includedFilesAreRead();
    void priorityOrdersTheStart();
    void longAndContinuedLinesAreRead();
    void daemonSectionsAreReportedNotMapped();
    void badFilesAreRefusedWithTheLine_data();
    void badFilesAreRefusedWithTheLine();
};

void TestImportSupervisord::programKeysAreMapped()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:cat]\n"
                "command=/bin/cat -n \"a file\"   ; the comment\n"
                "directory=/tmp\n"
                "environment=A=\"1,2\",B='x y', C=3\n"
                "autostart=false\n"
                "autorestart=unexpected\n"
                "startsecs=5\n"
                "startretries=7\n"
                "stopwaitsecs=20\n"
                "stopsignal=TERM\n"
                "killasgroup=true\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QCOMPARE(toString(result->format), toString(ImportFormat::Supervisord));
    const ProgramSpec *cat = result->configuration.program(u"cat"_s);
    QVERIFY(cat);
    QCOMPARE(cat->program, u"/bin/cat"_s);
    QCOMPARE(cat->arguments, (QStringList{u"-n"_s, u"a file"_s}));
    QCOMPARE(cat->workingDirectory, u"/tmp"_s);
    const QMap<QString, QString> environment{
            {u"A"_s, u"1,2"_s}, {u"B"_s, u"x y"_s}, {u"C"_s, u"3"_s}};
    QCOMPARE(cat->environment, environment);
    QCOMPARE(toString(cat->kind), toString(ProgramKind::Plain));
    QVERIFY(!cat->autostart);
    QCOMPARE(toString(cat->restart), toString(RestartPolicy::OnFailure));
    QCOMPARE(cat->minUptimeMs, 5000);
    QCOMPARE(cat->maxRestarts, 7);
    QCOMPARE(cat->stopGraceMs, 20000);
    for (const QString &key : {u"command"_s, u"directory"_s, u"environment"_s, u"autostart"_s,
                               u"autorestart"_s, u"startsecs"_s, u"startretries"_s,
                               u"stopwaitsecs"_s, u"stopsignal"_s, u"killasgroup"_s}) {
        const ImportNote *note = noteFor(*result, u"cat"_s, key);
        QVERIFY2(note && note->mapped, qPrintable(key));
    }
    QCOMPARE(result->notMappedCount(), 0);
}

void TestImportSupervisord::unsupportedKeysAreReportedWithWhy()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:web]\n"
                "command=/usr/bin/env\n"
                "user=www-data\n"
                "stopsignal=QUIT\n"
                "exitcodes=0,2\n"
                "autorestart=sometimes\n"
                "stdout_logfile=/var/log/web.log\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QCOMPARE(result->notMappedCount(), 5);
    QVERIFY(noteFor(*result, u"web"_s, u"user"_s)->detail.contains(u"as the user"_s));
    QVERIFY(noteFor(*result, u"web"_s, u"stopsignal"_s)->detail.contains(u"SIGQUIT"_s));
    QVERIFY(noteFor(*result, u"web"_s, u"exitcodes"_s)->detail.contains(u"0,2"_s));
    QVERIFY(noteFor(*result, u"web"_s, u"autorestart"_s)->detail.contains(u"sometimes"_s));
    QVERIFY(!noteFor(*result, u"web"_s, u"stdout_logfile"_s)->mapped);
    QCOMPARE(toString(result->configuration.program(u"web"_s)->restart),
             toString(RestartPolicy::OnFailure));
}

void TestImportSupervisord::expansionsBecomeReferencesOrText()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:app]\n"
                "command=%(here)s/bin/app --name %(program_name)s --home %(ENV_HOME)s --cost 5$ "
                "--pct 100%%\n"
                "environment=DATA=\"%(ENV_XDG_DATA_HOME)s/app\"\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    const ProgramSpec *app = result->configuration.program(u"app"_s);
    QVERIFY(app);
    QCOMPARE(app->program, files.folder() + u"/bin/app"_s);
    // %(ENV_X)s is read at each start, as zlauncher's ${X}; a $ written stays a $.
    QCOMPARE(app->arguments,
             (QStringList{u"--name"_s, u"app"_s, u"--home"_s, u"${HOME}"_s, u"--cost"_s, u"5$$"_s,
                          u"--pct"_s, u"100%"_s}));
    QCOMPARE(app->environment.value(u"DATA"_s), u"${XDG_DATA_HOME}/app"_s);
}

void TestImportSupervisord::numprocsMakesNamedCopies()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:worker]\n"
                "command=/usr/bin/worker --slot %(process_num)d\n"
                "process_name=%(program_name)s_%(process_num)02d\n"
                "numprocs=3\n"
                "numprocs_start=1\n"
                "autostart=false\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QStringList names;
    for (const ProgramSpec &program : result->configuration.programs) {
        names << program.name;
        QVERIFY(!program.autostart);
    }
    QCOMPARE(names, (QStringList{u"worker_01"_s, u"worker_02"_s, u"worker_03"_s}));
    QCOMPARE(result->configuration.programs.at(2).arguments, (QStringList{u"--slot"_s, u"3"_s}));
    QVERIFY(noteFor(*result, u"worker_01"_s, u"numprocs"_s)->detail.contains(u"worker_03"_s));
}

void TestImportSupervisord::includedFilesAreRead()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[supervisord]\nlogfile=/tmp/s.log\n\n"
                "[include]\nfiles = conf.d/*.conf other/%(ENV_USER)s.ini\n");
    files.write(u"conf.d/a.conf"_s, "[program:a]\ncommand=/bin/true\n");
    files.write(u"conf.d/b.conf"_s, "[program:b]\ncommand=/bin/false\n[include]\nfiles=x\n");
    files.write(u"conf.d/ignored.txt"_s, "[program:c]\ncommand=/bin/true\n");
    qputenv("USER", "someone");
    files.write(u"other/someone.ini"_s, "[program:d]\ncommand=/bin/true\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QStringList names;
    for (const ProgramSpec &program : result->configuration.programs) {
        names << program.name;
    }
    QCOMPARE(names, (QStringList{u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(noteFor(*result, {}, u"[include] conf.d/*.conf"_s)->detail, u"2 file(s) read"_s);
    // supervisord ignores an [include] of an included file; the report says so.
    QVERIFY(!noteFor(*result, {}, u"[include]"_s)->mapped);
}

void TestImportSupervisord::priorityOrdersTheStart()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:late]\ncommand=/bin/true\n"
                "[program:early]\ncommand=/bin/true\npriority=10\n"
                "[program:middle]\ncommand=/bin/true\npriority=500\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QStringList names;
    for (const ProgramSpec &program : result->configuration.programs) {
        names << program.name;
    }
    QCOMPARE(names, (QStringList{u"early"_s, u"middle"_s, u"late"_s}));
}

void TestImportSupervisord::longAndContinuedLinesAreRead()
{
    // Debian's inih cuts lines at 200 bytes: the reason supervisord's INI is read by hand.
    const QByteArray longValue(400, 'v');
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[program:long]\n"
                "command=/bin/echo "
                        + longValue
                        + "\n"
                          "environment=\n"
                          "    A=\"1\",\n"
                          "    B=\"2\"   ; a comment\n"
                          "autostart = false\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    const ProgramSpec *program = result->configuration.program(u"long"_s);
    QVERIFY(program);
    QCOMPARE(program->arguments, QStringList{QString::fromLatin1(longValue)});
    QCOMPARE(program->environment.size(), 2);
    QCOMPARE(program->environment.value(u"B"_s), u"2"_s);
    QVERIFY(!program->autostart);
}

void TestImportSupervisord::daemonSectionsAreReportedNotMapped()
{
    ImportFixture files;
    files.write(u"supervisord.conf"_s,
                "[unix_http_server]\nfile=/tmp/supervisor.sock\n"
                "[group:web]\nprograms=a\n"
                "[program:a]\ncommand=/bin/true\n");
    const auto result = files.import(u"supervisord.conf"_s);
    QVERIFY(result);
    QVERIFY(!noteFor(*result, {}, u"[unix_http_server]"_s)->mapped);
    QVERIFY(noteFor(*result, {}, u"[group:web]"_s)->detail.contains(u"no groups"_s));
}

void TestImportSupervisord::badFilesAreRefusedWithTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("no command") << QByteArray("[program:x]\ndirectory=/tmp\n")
                                << u"supervisord.conf:1: [program:x]: \"command\" is missing"_s;
    QTest::newRow("not key=value")
            << QByteArray("[program:x]\ncommand=/bin/true\njunk\n")
            << u"supervisord.conf:3: expected \"key = value\" (got \"junk\")"_s;
    QTest::newRow("empty command") << QByteArray("[program:x]\ncommand=''\n")
                                   << u"supervisord.conf:1: [program:x]: \"command\" is empty"_s;
    QTest::newRow("unclosed section")
            << QByteArray("[program:x\n")
            << u"supervisord.conf:1: a section header must end with ']'"_s;
    QTest::newRow("unknown expansion")
            << QByteArray("\n[program:x]\ncommand=/bin/%(nothing)s\n")
            << u"supervisord.conf:2: [program:x]: \"command\": %(nothing)s is not a name "
               "supervisord expands"_s;
    QTest::newRow("numprocs without process_num")
            << QByteArray("[program:x]\ncommand=/bin/true\nnumprocs=2\n")
            << u"supervisord.conf:1: [program:x]: with numprocs, \"process_name\" must contain "
               "%(process_num)s"_s;
    QTest::newRow("bad environment")
            << QByteArray("[program:x]\ncommand=/bin/true\nenvironment=A=\"open\n")
            << u"supervisord.conf:1: [program:x]: \"environment\" must be KEY=\"value\" pairs "
               "separated by commas"_s;
}

void TestImportSupervisord::badFilesAreRefusedWithTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    ImportFixture files;
    files.write(u"supervisord.conf"_s, content);
    QString message;
    QVERIFY(!files.import(u"supervisord.conf"_s, &message));
    QCOMPARE(message, error);
}

QTEST_GUILESS_MAIN(TestImportSupervisord)
#include "tst_importsupervisord.moc"
