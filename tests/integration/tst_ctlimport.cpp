// zlauncherctl import as a new user runs it: another supervisor's file made a configuration,
// with the report, then run by a headless launcher whose programs come up as that tool would
// have run them; the projects' own example files import and load; bad input is refused.
#include "ctlfixture.h"

#include "core/config/programstore.h"
#include "core/model/replicas.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCtlImport : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void importedProgramsRunHeadless_data();
    void importedProgramsRunHeadless();
    void withoutOutputTheConfigurationGoesToStdout();
    void projectExamplesImportAndLoad_data();
    void projectExamplesImportAndLoad();
    void badInputIsRefused();

private:
    /// The environment of a running process, from /proc.
    static QStringList environmentOf(qint64 pid);
};

QStringList TestCtlImport::environmentOf(qint64 pid)
{
    QFile file(u"/proc/%1/environ"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLocal8Bit(file.readAll()).split(QChar(0), Qt::SkipEmptyParts);
}

void TestCtlImport::importedProgramsRunHeadless_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("programs");
    QTest::addColumn<QString>("environment"); // NAME=value the first program must see
    QTest::addColumn<int>("imported");        // programs in the configuration
    QTest::newRow("procfile") << u"Procfile"_s
                              << QByteArray("web: sleep 600 # $PORT\nclock: /bin/sleep 601\n")
                              << QStringList{u"web"_s, u"clock"_s} << u"PORT=5000"_s << 2;
    QTest::newRow("supervisord")
            << u"supervisord.conf"_s
            << QByteArray("[supervisord]\nnodaemon=true\n\n[program:sleeper]\n"
                          "command=/bin/sleep 60%(process_num)d\n"
                          "process_name=%(program_name)s_%(process_num)d\nnumprocs=2\n"
                          "environment=GREETING=\"hello, world\"\nautorestart=true\n")
            << QStringList{u"sleeper_0"_s, u"sleeper_1"_s} << u"GREETING=hello, world"_s << 2;
    QTest::newRow("process-compose")
            << u"process-compose.yaml"_s
            << QByteArray("version: \"0.5\"\nprocesses:\n  first:\n    command: \"sleep 600\"\n"
                          "    environment:\n      - \"ROLE=first\"\n"
                          "  second:\n    command: \"sleep 601 | cat\"\n"
                          "    depends_on:\n      first:\n        condition: process_started\n"
                          "    availability:\n      restart: always\n")
            << QStringList{u"first"_s, u"second"_s} << u"ROLE=first"_s << 2;
    QTest::newRow("pm2") << u"ecosystem.json"_s
                         << QByteArray(R"({"apps": [{"name": "sleeper", "script": "/bin/sleep",
                               "args": "600", "interpreter": "none", "instances": 2}]})")
                         << QStringList{u"sleeper-0"_s, u"sleeper-1"_s} << u"NODE_APP_INSTANCE=0"_s
                         << 1;
}

void TestCtlImport::importedProgramsRunHeadless()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, programs);
    QFETCH(QString, environment);
    QFETCH(int, imported);
    QVERIFY(QDir().mkpath(m_env->filePath(u"other"_s)));
    const QString source = m_env->filePath(u"other/"_s + fileName);
    QVERIFY(writeFile(source, content));
    QVERIFY(QFile::remove(m_configPath));

    const CtlRun run = ctl({u"import"_s, source, u"-o"_s, m_configPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"Imported %1 program(s) from "_s.arg(imported)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Written to "_s + m_configPath), qPrintable(run.out));

    startLauncher({}, int(programs.size()));
    for (const QString &program : std::as_const(programs)) {
        QVERIFY2(pidOf(program) > 0, qPrintable(program));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(environmentOf(pidOf(programs.first())).contains(environment),
                              qPrintable(environmentOf(pidOf(programs.first())).join(u' ')), 10000);
}

void TestCtlImport::withoutOutputTheConfigurationGoesToStdout()
{
    const QString source = m_env->filePath(u"Procfile"_s);
    QVERIFY(writeFile(source, "web: ./web\n"));
    const CtlRun run = ctl({u"import"_s, source});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject configuration = parseObject(run.out);
    QCOMPARE(configuration.value(u"programs"_s).toArray().size(), 1);
    QVERIFY2(run.err.startsWith(u"Imported 1 program(s)"_s), qPrintable(run.err));

    const CtlRun json
            = ctl({u"--json"_s, u"import"_s, source, u"-o"_s, m_env->filePath(u"out.json"_s)});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = parseObject(json.out);
    QCOMPARE(report.value(u"format"_s).toString(), u"procfile"_s);
    QCOMPARE(report.value(u"programs"_s).toArray(), QJsonArray{u"web"_s});
    QVERIFY(!report.value(u"mapped"_s).toArray().isEmpty());
    QCOMPARE(report.value(u"notMapped"_s).toArray().size(), 0);
}

void TestCtlImport::projectExamplesImportAndLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("refusal"); // empty: the file imports
    // The examples the tools' own projects use as files their tool refuses, or that only
    // PM2's JavaScript reading accepts.
    const QMap<QString, QString> refused{
            {u"procfile/foreman-example/Procfile.without_colon"_s,
             u"Procfile.without_colon:1: expected \"name: command\""_s},
            {u"pm2/lenient/ecosystem-file-process.json"_s,
             u"PM2 reads this file as JavaScript, zlauncher as JSON: convert it with node -e"_s}};
    const QString root = QStringLiteral(ZL_IMPORT_EXAMPLES);
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = path.mid(root.size() + 1);
        const QString name = files.fileInfo().fileName();
        // Notes, env files and the files that another one includes are not examples.
        if (name.endsWith(u".md") || name.startsWith(u'.') || relative.contains(u"/conf.d/"_s)
            || relative.startsWith(u"supervisord/fixture-include/example/"_s)) {
            continue;
        }
        QTest::newRow(qPrintable(relative)) << path << refused.value(relative);
        ++count;
    }
    QVERIFY2(count >= 25, "the example files of the four projects are missing");
}

void TestCtlImport::projectExamplesImportAndLoad()
{
    QFETCH(QString, path);
    QFETCH(QString, refusal);
    QVERIFY(QFile::remove(m_configPath));
    const CtlRun run = ctl({u"--json"_s, u"import"_s, path, u"-o"_s, m_configPath});
    if (!refusal.isEmpty()) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_configPath));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = parseObject(run.out);
    QVERIFY(!report.value(u"mapped"_s).toArray().isEmpty() || path.endsWith(u"sample.conf"_s));
    // A program whose ${VAR} is not defined here is said so, and left out by the launcher.
    QStringList waitingForVariables;
    for (const QJsonValue &note : report.value(u"notMapped"_s).toArray()) {
        const QJsonObject object = note.toObject();
        QVERIFY(!object.value(u"why"_s).toString().isEmpty());
        if (object.value(u"key"_s).toString() == u"(variables)") {
            waitingForVariables << object.value(u"program"_s).toString();
        }
    }
    // A program with instances is listed as its replicas.
    QString loadError;
    const auto written = ProgramStore::load(m_configPath, &loadError);
    QVERIFY2(written, qPrintable(loadError));
    QStringList expected;
    for (const QJsonValue &program : report.value(u"programs"_s).toArray()) {
        if (!waitingForVariables.contains(program.toString())) {
            const ProgramSpec *spec = written->program(program.toString());
            QVERIFY2(spec, qPrintable(program.toString()));
            expected << (spec->instances ? replicaNames(spec->name, *spec->instances)
                                         : QStringList{spec->name});
        }
    }
    // A headless launcher loads it: every imported program is in its list.
    startLauncher({u"--no-autostart"_s}, 0);
    const QStringList base{u"--runtime-dir"_s, m_env->runtimeDir().path()};
    QTRY_COMPARE_WITH_TIMEOUT(ctl(base + QStringList{u"info"_s}).exitCode, 0, 10000);
    const CtlRun list = ctl(base + QStringList{u"--json"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QStringList listed;
    for (const QJsonValue &program : parseObject(list.out).value(u"programs"_s).toArray()) {
        listed << program.toObject().value(u"name"_s).toString();
    }
    QCOMPARE(listed, expected);
}

void TestCtlImport::badInputIsRefused()
{
    const QString source = m_env->filePath(u"Procfile"_s);
    QVERIFY(writeFile(source, "web ./web\n"));
    CtlRun run = ctl({u"import"_s, source});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             u"zlauncherctl: Procfile:1: expected \"name: command\" (got \"web ./web\"), and no "
             "line of the file is one"_s);
    QVERIFY(run.out.isEmpty());

    run = ctl({u"import"_s, source, u"--format"_s, u"systemd"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--format must be procfile, supervisord, process-compose or pm2"_s),
             qPrintable(run.err));

    QVERIFY(writeFile(source, "web: ./web\n"));
    run = ctl({u"import"_s, source, u"-o"_s, m_configPath});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"exists already"_s), qPrintable(run.err));

    run = ctl({u"import"_s});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCtlImport)
#include "tst_ctlimport.moc"
