// process-compose import: processes with their commands (bash, as process-compose runs them),
// availability, depends_on conditions, probes, shutdown, disabled and replicas; YAML errors
// refused with the line.
#include "core/model/replicas.h"
#include "importfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportProcessCompose : public QObject
{
    Q_OBJECT

private slots:
    void processKeysAreMapped();
    void dependencyConditionsAndProbes();
    void withoutAvailabilityItRunsOnce();
    void httpsProbeIsLeftOutAndSaid();
    void replicasBecomeInstances();
    void paddedNamesAreSaid();
    void probeWithTheNumberNeedsNumberedPrograms();
    void entrypointRunsWithoutShell();
    void fileWideKeysAreReported();
    void keyWithoutANameIsSaid();
    void templatesLeftAreSaid();
    void badFilesAreRefusedWithTheLine_data();
    void badFilesAreRefusedWithTheLine();
};

void TestImportProcessCompose::processKeysAreMapped()
{
    qunsetenv("PORT");
    ImportFixture files;
    files.write(u"process-compose.yaml"_s, R"(version: "0.5"
processes:
  server:
    command: "python3 -m http.server $PORT"
    working_dir: "./www"
    environment:
      - "PORT=8080"
      - "LABEL=a=b"
    availability:
      restart: "on_failure"
      max_restarts: 3
      backoff_seconds: 2
    shutdown:
      signal: 15
      timeout_seconds: 7
      command: "kill -INT 1"
    disabled: true
    description: "a file server"
)");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(toString(result->format), toString(ImportFormat::ProcessCompose));
    const ProgramSpec *server = result->configuration.program(u"server"_s);
    QVERIFY(server);
    QCOMPARE(server->program, u"python3"_s);
    QCOMPARE(server->arguments, (QStringList{u"-m"_s, u"http.server"_s, u"${PORT}"_s}));
    QCOMPARE(server->workingDirectory, files.path(u"www"_s));
    QCOMPARE(server->environment.value(u"PORT"_s), u"8080"_s);
    QCOMPARE(server->environment.value(u"LABEL"_s), u"a=b"_s);
    QCOMPARE(toString(server->restart), toString(RestartPolicy::OnFailure));
    QCOMPARE(server->maxRestarts, 3);
    QCOMPARE(server->stopGraceMs, 7000);
    QVERIFY(!server->autostart);
    QVERIFY(!noteFor(*result, u"server"_s, u"availability.backoff_seconds"_s)->mapped);
    QVERIFY(!noteFor(*result, u"server"_s, u"shutdown.command"_s)->mapped);
    QVERIFY(!noteFor(*result, u"server"_s, u"description"_s)->mapped);
    QVERIFY(noteFor(*result, u"server"_s, u"shutdown.signal"_s)->mapped);
    // process-compose fills $PORT in from its own environment as it loads the file, not from
    // the process's: zlauncher too, and says that it is not defined there.
    QVERIFY(noteFor(*result, u"server"_s, u"(variables)"_s)->detail.contains(u"${PORT}"_s));
    QCOMPARE(result->notMappedCount(), 4);
}

void TestImportProcessCompose::dependencyConditionsAndProbes()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s, R"(processes:
  migrate:
    command: "./migrate --all && echo done"
  db:
    command: "postgres -D data"
    readiness_probe:
      exec:
        command: "pg_isready -q"
      initial_delay_seconds: 2
      period_seconds: 5
      timeout_seconds: 3
      failure_threshold: 4
  app:
    command: "./app"
    depends_on:
      migrate:
        condition: process_completed_successfully
      db:
        condition: process_healthy
      logger: process_log_ready
    liveness_probe:
      http_get:
        host: 127.0.0.1
        port: 8080
        path: "/health"
      success_threshold: 1
  logger:
    command: "./logger"
)");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    const ProgramSpec *migrate = result->configuration.program(u"migrate"_s);
    QVERIFY(migrate);
    QCOMPARE(migrate->program, u"bash"_s);
    QCOMPARE(migrate->arguments, (QStringList{u"-c"_s, u"./migrate --all && echo done"_s}));
    const ProgramSpec *db = result->configuration.program(u"db"_s);
    QVERIFY(db && db->readinessProbe);
    QCOMPARE(db->readinessProbe->type, ProbeType::Exec);
    QCOMPARE(db->readinessProbe->command, (QStringList{u"pg_isready"_s, u"-q"_s}));
    QCOMPARE(db->readinessProbe->initialDelayMs, 2000);
    QCOMPARE(db->readinessProbe->periodMs, 5000);
    QCOMPARE(db->readinessProbe->timeoutMs, 3000);
    QCOMPARE(db->readinessProbe->failureThreshold, 4);
    const ProgramSpec *app = result->configuration.program(u"app"_s);
    QVERIFY(app);
    QCOMPARE(app->dependsOn, (QStringList{u"migrate"_s, u"db"_s, u"logger"_s}));
    QCOMPARE(toString(app->conditionOn(u"migrate"_s)),
             toString(DependencyCondition::CompletedSuccessfully));
    QCOMPARE(toString(app->conditionOn(u"db"_s)), toString(DependencyCondition::Healthy));
    QCOMPARE(toString(app->conditionOn(u"logger"_s)), toString(DependencyCondition::Ready));
    QVERIFY(!noteFor(*result, u"app"_s, u"depends_on.logger"_s)->mapped);
    QVERIFY(app->livenessProbe);
    QCOMPARE(app->livenessProbe->type, ProbeType::Http);
    QCOMPARE(app->livenessProbe->target, u"http://127.0.0.1:8080/health"_s);
}

void TestImportProcessCompose::withoutAvailabilityItRunsOnce()
{
    ImportFixture files;
    files.write(u"pc.yml"_s, "processes:\n  once:\n    command: ./job\n");
    const auto result = files.import(u"pc.yml"_s);
    QVERIFY(result);
    QCOMPARE(toString(result->configuration.program(u"once"_s)->restart),
             toString(RestartPolicy::Never));
    QVERIFY(noteFor(*result, u"once"_s, u"availability"_s)->mapped);
}

void TestImportProcessCompose::httpsProbeIsLeftOutAndSaid()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  a:\n    command: ./a\n    readiness_probe:\n"
                "      http_get:\n        scheme: https\n        port: 1\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QVERIFY(!result->configuration.program(u"a"_s)->readinessProbe);
    const ImportNote *note = noteFor(*result, u"a"_s, u"readiness_probe"_s);
    QVERIFY(note && !note->mapped);
    QVERIFY(note->detail.contains(u"not https"_s));
}

void TestImportProcessCompose::replicasBecomeInstances()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  web:\n    command: ./web --port 404{{.PC_REPLICA_NUM}}\n"
                "    replicas: 3\n  app:\n    command: ./app\n    depends_on:\n      web:\n"
                "        condition: process_started\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 2);
    const ProgramSpec &web = *result->configuration.program(u"web"_s);
    QCOMPARE(web.instances, 3);
    // process-compose's template becomes the replica's index, filled in at each launch.
    QCOMPARE(web.arguments.last(), u"./web --port 404${ZLAUNCHER_INSTANCE_INDEX}"_s);
    QCOMPARE(web.environment.value(u"PC_REPLICA_NUM"_s), u"${ZLAUNCHER_INSTANCE_INDEX}"_s);
    QCOMPARE(replicaSpec(web, 1).name, u"web-1"_s);
    QVERIFY(noteFor(*result, u"web"_s, u"replicas"_s)->detail.contains(u"web-0 … web-2"_s));
    // A dependency on the replicated process stays: it waits for every replica.
    QCOMPARE(result->configuration.program(u"app"_s)->dependsOn, QStringList{u"web"_s});
    QCOMPARE(result->notMappedCount(), 0);
}

void TestImportProcessCompose::paddedNamesAreSaid()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  web:\n    command: ./web\n    replicas: 12\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 1);
    QCOMPARE(result->configuration.programs.first().instances, 12);
    QVERIFY(noteFor(*result, u"web"_s, u"replicas"_s)
                    ->detail.endsWith(u"process-compose names them web-00 … web-11"_s));
}

void TestImportProcessCompose::probeWithTheNumberNeedsNumberedPrograms()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  web:\n    command: ./web\n    replicas: 2\n"
                "    readiness_probe:\n      http_get:\n        host: 127.0.0.1\n"
                "        port: \"808{{.PC_REPLICA_NUM}}\"\n        path: /\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.programs.size(), 2);
    const ProgramSpec &second = result->configuration.programs.at(1);
    QCOMPARE(second.name, u"web-1"_s);
    QVERIFY(!second.instances);
    QCOMPARE(second.environment.value(u"ZLAUNCHER_INSTANCE_INDEX"_s), u"1"_s);
    QVERIFY2(second.readinessProbe->target.contains(u"8081"_s),
             qPrintable(second.readinessProbe->target));
}

void TestImportProcessCompose::entrypointRunsWithoutShell()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "processes:\n  db:\n    entrypoint: [\"/usr/bin/env\", \"A=$$B\", \"$HOME\"]\n"
                "    env_file: db.env\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    const ProgramSpec *db = result->configuration.program(u"db"_s);
    QVERIFY(db);
    QCOMPARE(db->program, u"/usr/bin/env"_s);
    QCOMPARE(db->arguments, (QStringList{u"A=$$B"_s, u"${HOME}"_s}));
    QCOMPARE(db->envFile, files.path(u"db.env"_s));
    QCOMPARE(db->stopGraceMs, 10000);
}

void TestImportProcessCompose::fileWideKeysAreReported()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s, R"(version: "0.5"
log_level: debug
environment:
  - "SHARED=yes"
processes:
  a:
    command: ./a
    environment:
      - "SHARED=mine"
  b:
    command: ./b
)");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QCOMPARE(result->configuration.program(u"a"_s)->environment.value(u"SHARED"_s), u"mine"_s);
    QCOMPARE(result->configuration.program(u"b"_s)->environment.value(u"SHARED"_s), u"yes"_s);
    QVERIFY(!noteFor(*result, {}, u"log_level"_s)->mapped);
    QVERIFY(noteFor(*result, {}, u"environment"_s)->mapped);
}

void TestImportProcessCompose::keyWithoutANameIsSaid()
{
    // Found by fuzz_import: a note without a key said nothing of where it was.
    ImportFixture files;
    files.write(u"process-compose.yaml"_s, "processes:\n  a:\n    command: ./a\n    \"\": 1\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    QVERIFY(!noteFor(*result, u"a"_s, u"(a key without a name, line 4)"_s)->mapped);
}

void TestImportProcessCompose::templatesLeftAreSaid()
{
    ImportFixture files;
    files.write(u"process-compose.yaml"_s,
                "vars:\n  NAME: x\nprocesses:\n  a:\n"
                "    command: \"echo {{.NAME}} {{.PC_REPLICA_NUM}}\"\n");
    const auto result = files.import(u"process-compose.yaml"_s);
    QVERIFY(result);
    const ImportNote *note = noteFor(*result, u"a"_s, u"(templates)"_s);
    QVERIFY(!note->mapped);
    QVERIFY2(note->detail.contains(u": {{.NAME}} stays as written"_s), qPrintable(note->detail));
    QVERIFY(result->configuration.program(u"a"_s)->arguments.last().endsWith(u"{{.NAME}} 0"_s));
}

void TestImportProcessCompose::badFilesAreRefusedWithTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad yaml") << QByteArray("processes:\n  a:\n    command: [unclosed\n")
                              << u"process-compose.yaml:4: "_s;
    QTest::newRow("no processes") << QByteArray("version: 1\n")
                                  << u"process-compose.yaml: expected a \"processes:\" map"_s;
    QTest::newRow("no command")
            << QByteArray("processes:\n  a:\n    working_dir: /tmp\n")
            << u"process-compose.yaml:3: process \"a\" must have a \"command\""_s;
    QTest::newRow("environment not a list")
            << QByteArray("processes:\n  a:\n    command: ./a\n    environment: 5\n")
            << u"process-compose.yaml:4: \"environment\" must be a list of NAME=value"_s;
    QTest::newRow("probe of unknown type")
            << QByteArray("processes:\n  a:\n    command: ./a\n    liveness_probe:\n"
                          "      tcp: 1\n")
            << u"process-compose.yaml:5: \"liveness_probe\" needs \"exec\" or \"http_get\""_s;
    QTest::newRow("number expected")
            << QByteArray("processes:\n  a:\n    command: ./a\n    replicas: many\n")
            << u"process-compose.yaml:4: \"replicas\" must be a number (got \"many\")"_s;
}

void TestImportProcessCompose::badFilesAreRefusedWithTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    ImportFixture files;
    files.write(u"process-compose.yaml"_s, content);
    QString message;
    QVERIFY(!files.import(u"process-compose.yaml"_s, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestImportProcessCompose)
#include "tst_importprocesscompose.moc"
