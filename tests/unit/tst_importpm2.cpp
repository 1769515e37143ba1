// PM2 import: ecosystem JSON apps with the interpreter PM2 picks, their keys mapped, instances as
// numbered programs, what has no counterpart reported, and bad files refused with the line.
#include "importfixture.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestImportPm2 : public QObject
{
    Q_OBJECT

private slots:
    void appKeysAreMapped();
    void instancesBecomeInstances();
    void instancesMaxIsOnePerCpu();
    void interpreterNoneRunsTheScript();
    void everyShapeOfFileIsRead_data();
    void everyShapeOfFileIsRead();
    void scriptWithASpaceRunsInBash();
    void incrementVarCountsUp();
    void yamlEcosystemIsRead();
    void unsupportedKeysAreReportedWithWhy();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
};

void TestImportPm2::appKeysAreMapped()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s, R"({
  "apps": [{
    "name": "api",
    "script": "./server.js",
    "args": "--port 3000 --label 'a b'",
    "cwd": "srv",
    "env": {"NODE_ENV": "development", "WORKERS": 4, "PRICE": "5$"},
    "autorestart": false,
    "max_restarts": 10,
    "min_uptime": "5s",
    "kill_timeout": 3000,
    "listen_timeout": 8000,
    "max_memory_restart": "300M"
  }]
})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    QCOMPARE(toString(result->format), toString(ImportFormat::Pm2));
    const ProgramSpec *api = result->configuration.program(u"api"_s);
    QVERIFY(api);
    QCOMPARE(api->program, u"node"_s);
    QCOMPARE(api->arguments,
             (QStringList{files.path(u"srv/server.js"_s), u"--port"_s, u"3000"_s, u"--label"_s,
                          u"a b"_s}));
    QCOMPARE(api->workingDirectory, files.path(u"srv"_s));
    QCOMPARE(api->environment.value(u"NODE_ENV"_s), u"development"_s);
    QCOMPARE(api->environment.value(u"WORKERS"_s), u"4"_s);
    QCOMPARE(api->environment.value(u"PRICE"_s), u"5$$"_s);
    QCOMPARE(toString(api->restart), toString(RestartPolicy::Never));
    QCOMPARE(api->maxRestarts, 10);
    QCOMPARE(api->minUptimeMs, 5000);
    QCOMPARE(api->stopGraceMs, 3000);
    QCOMPARE(api->startTimeoutMs, 8000);
    QCOMPARE(api->maxMemoryMiB.value_or(0), 300);
    QCOMPARE(toString(api->kind), toString(ProgramKind::Plain));
    QVERIFY(noteFor(*result, u"api"_s, u"script"_s)->detail.contains(u"PM2's interpreter"_s));
    QCOMPARE(result->notMappedCount(), 0);
}

void TestImportPm2::instancesBecomeInstances()
{
    ImportFixture files;
    files.write(u"process.json"_s,
                R"([{"name": "worker", "script": "worker.py", "instances": 2}])");
    const auto result = files.import(u"process.json"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    const ProgramSpec &worker = result->configuration.programs.first();
    QCOMPARE(worker.instances, 2);
    QCOMPARE(worker.program, u"python3"_s);
    QCOMPARE(worker.environment.value(u"NODE_APP_INSTANCE"_s), u"${ZLAUNCHER_INSTANCE_INDEX}"_s);
    QVERIFY(noteFor(*result, u"worker"_s, u"instances"_s)
                    ->detail.contains(u"worker-0 … worker-1"_s));
}

void TestImportPm2::instancesMaxIsOnePerCpu()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s,
                R"({"apps": [{"name": "w", "script": "w.js", "instances": "max"}]})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    QCOMPARE(result->configuration.programs.first().instances.value_or(1),
             QThread::idealThreadCount());
}

void TestImportPm2::interpreterNoneRunsTheScript()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s, R"({"apps": [
        {"name": "bin", "script": "/usr/bin/env", "args": ["-i", "A=1"], "interpreter": "none"},
        {"name": "npm", "script": "npm", "args": "start"}]})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    const ProgramSpec *bin = result->configuration.program(u"bin"_s);
    QVERIFY(bin);
    QCOMPARE(bin->program, u"/usr/bin/env"_s);
    QCOMPARE(bin->arguments, (QStringList{u"-i"_s, u"A=1"_s}));
    const ProgramSpec *npm = result->configuration.program(u"npm"_s);
    QVERIFY(npm);
    QCOMPARE(npm->program, u"npm"_s);
    QCOMPARE(npm->arguments, QStringList{u"start"_s});
}

void TestImportPm2::everyShapeOfFileIsRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("apps list") << QByteArray(R"({"apps": [{"name": "a", "script": "a.js"}]})");
    QTest::newRow("apps object") << QByteArray(R"({"apps": {"name": "a", "script": "a.js"}})");
    QTest::newRow("pm2 list") << QByteArray(R"({"pm2": [{"name": "a", "exec": "a.js"}]})");
    QTest::newRow("bare list") << QByteArray(R"([{"name": "a", "cmd": "a.js"}])");
    QTest::newRow("one app") << QByteArray(R"({"name": "a", "script": "a.js"})");
}

void TestImportPm2::everyShapeOfFileIsRead()
{
    QFETCH(QByteArray, content);
    ImportFixture files;
    files.write(u"process.json"_s, content);
    const auto result = files.import(u"process.json"_s, nullptr, ImportFormat::Pm2);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    QCOMPARE(result->configuration.programs.first().arguments.value(0), files.path(u"a.js"_s));
    // PM2's defaults where zlauncher's differ.
    QCOMPARE(result->configuration.programs.first().stopGraceMs, 1600);
    QCOMPARE(result->configuration.programs.first().maxRestarts, 16);
}

void TestImportPm2::scriptWithASpaceRunsInBash()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s, R"({"apps": [{"name": "echo", "script": "echo $HOME"}]})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    const ProgramSpec &echo = result->configuration.programs.first();
    QCOMPARE(echo.program, u"bash"_s);
    QCOMPARE(echo.arguments, (QStringList{u"-c"_s, u"echo $$HOME"_s}));
}

void TestImportPm2::incrementVarCountsUp()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s, R"({"apps": [{"name": "api", "script": "api.js",
        "instances": -1, "increment_var": "PORT", "instance_var": "INSTANCE_ID",
        "env": {"PORT": 3000}}]})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    const int expected = std::max(1, QThread::idealThreadCount() - 1);
    QCOMPARE(result->configuration.programs.size(), expected);
    const ProgramSpec &last = result->configuration.programs.last();
    QCOMPARE(last.environment.value(u"PORT"_s), QString::number(3000 + expected - 1));
    QCOMPARE(last.environment.value(u"INSTANCE_ID"_s), QString::number(expected - 1));
    QVERIFY(!last.environment.contains(u"NODE_APP_INSTANCE"_s));
}

void TestImportPm2::yamlEcosystemIsRead()
{
    ImportFixture files;
    files.write(u"ecosystem.yml"_s,
                "apps:\n"
                "  - name: api\n"
                "    script: ./api.js\n"
                "    instances: 2\n"
                "    autorestart: false\n"
                "    env:\n"
                "      PORT: 3000\n"
                "      LABEL: \"007\"\n");
    QCOMPARE(toString(Importer::guessFormat(files.path(u"ecosystem.yml"_s), "apps:\n  - name: a\n")
                              .value_or(ImportFormat::Procfile)),
             toString(ImportFormat::Pm2));
    const auto result = files.import(u"ecosystem.yml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    const ProgramSpec &first = result->configuration.programs.first();
    QCOMPARE(first.name, u"api"_s);
    QCOMPARE(first.instances, 2);
    QCOMPARE(toString(first.restart), toString(RestartPolicy::Never));
    QCOMPARE(first.environment.value(u"PORT"_s), u"3000"_s);
    // Quoted, it stays the text it is.
    QCOMPARE(first.environment.value(u"LABEL"_s), u"007"_s);

    files.write(u"bad.yml"_s, "apps:\n  - name: [unclosed\n");
    QString error;
    QVERIFY(!files.import(u"bad.yml"_s, &error, ImportFormat::Pm2));
    QVERIFY2(error.startsWith(u"bad.yml:"_s), qPrintable(error));
}

void TestImportPm2::unsupportedKeysAreReportedWithWhy()
{
    ImportFixture files;
    files.write(u"ecosystem.json"_s, R"({"apps": [{"name": "a", "script": "a.js",
        "exec_mode": "cluster", "watch": true, "max_memory_restart": "300MB",
        "env_production": {"NODE_ENV": "production"}, "error_file": "err.log",
        "autorestart": "yes"}], "deploy": {}})");
    const auto result = files.import(u"ecosystem.json"_s);
    QVERIFY(result);
    QCOMPARE(result->notMappedCount(), 7);
    QVERIFY(noteFor(*result, u"a"_s, u"exec_mode"_s)->detail.contains(u"cluster"_s));
    QVERIFY(noteFor(*result, u"a"_s, u"max_memory_restart"_s)->detail.contains(u"\"300MB\""_s));
    QVERIFY(noteFor(*result, u"a"_s, u"env_production"_s)->detail.contains(u"--env production"_s));
    QVERIFY(noteFor(*result, u"a"_s, u"autorestart"_s)->detail.contains(u"\"yes\""_s));
    QVERIFY(!noteFor(*result, {}, u"deploy"_s)->mapped);
}

void TestImportPm2::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << u"ecosystem.json"_s
                            << QByteArray("{\"apps\": [\n{\"name\": \"a\",,}]}")
                            << u"ecosystem.json:2: "_s;
    QTest::newRow("no script") << u"ecosystem.json"_s
                               << QByteArray("{\"apps\": [{\"name\": \"a\"}]}")
                               << u"ecosystem.json:1: app \"a\" has no \"script\""_s;
    QTest::newRow("not an app") << u"ecosystem.json"_s << QByteArray("{\"apps\": [3]}")
                                << u"ecosystem.json: app #0 must be an object (got 3)"_s;
    QTest::newRow("javascript") << u"ecosystem.config.js"_s << QByteArray("module.exports = {}")
                                << u"ecosystem.config.js is JavaScript"_s;
    QTest::newRow("bad args")
            << u"ecosystem.json"_s
            << QByteArray("{\"apps\": [{\"script\": \"a.js\", \"args\": 5}]}")
            << u"ecosystem.json:1: app \"a\": \"args\" must be a string or a list of strings (got 5)"_s;
    // Valid JSON, a wrong value: the line of the key, in the app that has it.
    QTest::newRow("bad cwd, second app")
            << u"ecosystem.json"_s
            << QByteArray("{\"apps\": [\n"
                          "  {\"name\": \"web\", \"script\": \"web.js\",\n"
                          "   \"cwd\": \"/srv/web\"},\n"
                          "  {\"name\": \"worker\",\n"
                          "   \"script\": \"worker.js\",\n"
                          "   \"cwd\": 5}]}\n")
            << u"ecosystem.json:6: app \"worker\": \"cwd\" must be a string (got 5)"_s;
    QTest::newRow("bad env, YAML, key before the name")
            << u"ecosystem.yml"_s
            << QByteArray("apps:\n"
                          "  - env: [1, 2]\n"
                          "    name: api\n"
                          "    script: api.js\n")
            << u"ecosystem.yml:2: app \"api\": \"env\" must be an object"_s;
}

void TestImportPm2::badFilesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    ImportFixture files;
    files.write(name, content);
    QString message;
    QVERIFY(!files.import(name, &message, ImportFormat::Pm2));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestImportPm2)
#include "tst_importpm2.moc"
