// ProgramStore's JSON, in memory: defaults, the design's example, the round trip and a stable
// serialization, unknown keys kept, and each wrong or invalid input refused with its reason.
#include "programstorefixture.h"

class TestProgramStoreParsing : public ProgramStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void minimalConfigurationDefaults();
    void versionMissingMeansOne();
    void designExample();
    void roundTrip();
    void serializeIsStable();
    void lostTimeoutWrittenOnlyWhenSet();
    void instancesReadAndWrittenOnlyWhenSet();
    void listenReadAndWrittenOnlyWhenSet();
    void logRotationReadAndWrittenOnlyWhenSet();
    void envFileReadAndWrittenOnlyWhenSet();
    void unknownKeysPreserved();
    void wrongType_data();
    void wrongType();
    void invalidConfiguration_data();
    void invalidConfiguration();
    void newerVersion();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void dependencies_data();
    void dependencies();
    void programLookup();
};

void TestProgramStoreParsing::minimalConfigurationDefaults()
{
    QString error;
    const auto configuration = ProgramStore::parse(
            R"({"version": 1, "programs": [{"name": "a", "program": "/bin/a"}]})", base, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->version, 1);
    QCOMPARE(configuration->heartbeatEndpoints, QStringList());
    QVERIFY(configuration->unknownKeys.isEmpty());
    QCOMPARE(configuration->programs.size(), 1);

    const ProgramSpec &spec = configuration->programs.first();
    QCOMPARE(spec.name, u"a"_s);
    QCOMPARE(spec.program, u"/bin/a"_s);
    QCOMPARE(spec.arguments, QStringList());
    QCOMPARE(spec.workingDirectory, QString());
    QCOMPARE(spec.resolvedWorkingDirectory(), base);
    QVERIFY(spec.environment.isEmpty());
    QCOMPARE(toString(spec.kind), u"heartbeat"_s);
    QCOMPARE(spec.autostart, true);
    QCOMPARE(toString(spec.restart), u"always"_s);
    QCOMPARE(spec.heartbeatIntervalMs, 1000);
    QVERIFY(!spec.lostTimeoutMs.has_value());
    QCOMPARE(spec.effectiveLostTimeoutMs(), 3000);
    QCOMPARE(spec.startTimeoutMs, 10000);
    QCOMPARE(spec.stopGraceMs, 3000);
    QCOMPARE(spec.minUptimeMs, 1000);
    QCOMPARE(spec.maxRestarts, 5);
    QCOMPARE(spec.restartWindowMs, 60000);
    QCOMPARE(spec.dependsOn, QStringList());
    QVERIFY(spec.unknownKeys.isEmpty());
    QCOMPARE(spec.baseDirectory, base);
}

void TestProgramStoreParsing::versionMissingMeansOne()
{
    QString error;
    const auto configuration = ProgramStore::parse("{}", base, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->version, 1);
    QVERIFY(configuration->programs.isEmpty());
}

void TestProgramStoreParsing::designExample()
{
    const QByteArray json = designExampleJson();
    QVERIFY(!json.isEmpty());
    QString error;
    const auto configuration = ProgramStore::parse(json, base, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->heartbeatEndpoints, QStringList{u"ipc:///tmp/hearbeat"_s});
    QCOMPARE(configuration->programs.size(), 1);
    const ProgramSpec &spec = configuration->programs.first();
    QCOMPARE(spec.name, u"client1"_s);
    QCOMPARE(spec.program, u"/opt/demo/client1"_s);
    QCOMPARE(spec.arguments, (QStringList{u"--rate"_s, u"10"_s}));
    QCOMPARE(spec.workingDirectory, u"/opt/demo"_s);
    QCOMPARE(spec.environment.value(u"LOG_LEVEL"_s), u"info"_s);
    QCOMPARE(spec.environment.size(), 1);
    QCOMPARE(spec.lostTimeoutMs, std::optional<int>(3000));
    QVERIFY(spec.unknownKeys.isEmpty());
}

void TestProgramStoreParsing::roundTrip()
{
    const Configuration configuration = fullConfiguration();
    const QByteArray json = ProgramStore::serialize(configuration);
    QString error;
    const auto parsed = ProgramStore::parse(json, base, &error);
    QVERIFY2(parsed, qPrintable(error + u'\n' + QString::fromUtf8(json)));
    QVERIFY2(*parsed == configuration, json.constData());
}

void TestProgramStoreParsing::serializeIsStable()
{
    const QByteArray json = ProgramStore::serialize(fullConfiguration());
    const auto parsed = ProgramStore::parse(json, base, nullptr);
    QVERIFY(parsed);
    QCOMPARE(ProgramStore::serialize(*parsed), json);
    // Written for people too: indented, name first.
    QVERIFY2(json.contains("\n    \"programs\": [\n        {\n            \"name\": \"client1\","),
             json.constData());
}

void TestProgramStoreParsing::lostTimeoutWrittenOnlyWhenSet()
{
    Configuration configuration = fullConfiguration();
    QVERIFY(configuration.programs.at(0).lostTimeoutMs.has_value());
    QVERIFY(!configuration.programs.at(1).lostTimeoutMs.has_value());
    const QByteArray json = ProgramStore::serialize(configuration);
    QCOMPARE(json.count("\"lostTimeoutMs\""), 1);
    QCOMPARE(json.count("\"startTimeoutMs\""), 2);
    // So is the memory limit, and a breach count other than the default.
    QCOMPARE(json.count("\"maxMemoryMiB\": 512"), 1);
    QCOMPARE(json.count("\"memoryBreachSamples\": 5"), 1);
    // And killLeftovers only when off.
    QCOMPARE(json.count("\"killLeftovers\""), 1);
    QCOMPARE(json.count("\"killLeftovers\": false"), 1);
    QCOMPARE(json.count("\"memoryMaxMiB\": 1024"), 1);
}

void TestProgramStoreParsing::instancesReadAndWrittenOnlyWhenSet()
{
    QString error;
    const auto parsed = ProgramStore::parse(
            R"({"programs": [{"name": "web", "program": "/bin/a", "instances": 3},
                             {"name": "app", "program": "/bin/b", "dependsOn": ["web"]}]})",
            base, &error);
    QVERIFY2(parsed, qPrintable(error));
    // A dependency names the set, as configured.
    QCOMPARE(parsed->programs.at(0).instances, 3);
    QVERIFY(!parsed->programs.at(1).instances);
    const QByteArray json = ProgramStore::serialize(*parsed);
    QCOMPARE(json.count("\"instances\": 3"), 1);
    QCOMPARE(json.count("\"instances\""), 1);
    const auto again = ProgramStore::parse(json, base, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *parsed);
}

void TestProgramStoreParsing::listenReadAndWrittenOnlyWhenSet()
{
    QString error;
    const auto parsed = ProgramStore::parse(R"({"listen": ["tcp://0.0.0.0:7700"], "programs": []})",
                                            base, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->listen, QStringList{u"tcp://0.0.0.0:7700"_s});
    const QByteArray json = ProgramStore::serialize(*parsed);
    QCOMPARE(json.count("\"listen\": ["), 1);
    const auto again = ProgramStore::parse(json, base, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *parsed);
    const auto without = ProgramStore::parse(R"({"programs": []})", base, &error);
    QVERIFY2(without, qPrintable(error));
    QCOMPARE(ProgramStore::serialize(*without).count("\"listen\""), 0);
}

void TestProgramStoreParsing::logRotationReadAndWrittenOnlyWhenSet()
{
    QString error;
    const auto parsed = ProgramStore::parse(
            R"({"programs": [{"name": "web", "program": "/bin/a",
                              "logRotation": {"maxAgeHours": 24, "compress": true}},
                             {"name": "db", "program": "/bin/b"}]})",
            base, &error);
    QVERIFY2(parsed, qPrintable(error));
    // Absent keys keep their defaults.
    const LogRotation expected{10, 24, 3, true};
    QCOMPARE(parsed->programs.at(0).logRotation, expected);
    QVERIFY(!parsed->programs.at(1).logRotation);
    const QByteArray json = ProgramStore::serialize(*parsed);
    QCOMPARE(json.count("\"logRotation\""), 1);
    const auto again = ProgramStore::parse(json, base, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *parsed);
}

void TestProgramStoreParsing::envFileReadAndWrittenOnlyWhenSet()
{
    QString error;
    const auto parsed
            = ProgramStore::parse(programWith("envFile", R"("config/../web.env")"), base, &error);
    QVERIFY2(parsed, qPrintable(error));
    const ProgramSpec &spec = parsed->programs.first();
    // Kept as written, resolved against the configuration's folder; not read by parse().
    QCOMPARE(spec.envFile, u"config/../web.env"_s);
    QCOMPARE(spec.resolvedEnvFile(), base + u"/web.env"_s);
    QVERIFY(!spec.unknownKeys.contains(u"envFile"));
    QCOMPARE(ProgramStore::serialize(*parsed).count("\"envFile\": \"config/../web.env\""), 1);
    // A program without one is saved without the key, as before env files existed.
    Configuration configuration = fullConfiguration();
    QCOMPARE(ProgramStore::serialize(configuration).count("\"envFile\""), 0);
    configuration.programs[1].envFile = u"${not expanded}.env"_s;
    const auto again = ProgramStore::parse(ProgramStore::serialize(configuration), base, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == configuration);
}

void TestProgramStoreParsing::unknownKeysPreserved()
{
    const QByteArray json = R"({
        "version": 1,
        "comment": "top-level note",
        "future": {"nested": [1, 2.5, null, {"deep": true}]},
        "programs": [{"name": "a", "program": "/bin/a", "colour": "red",
                      "limits": {"cpu": 2}, "heartbeatIntervalMs": 500}]
    })";
    QString error;
    const auto first = ProgramStore::parse(json, base, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->unknownKeys.size(), 2);
    QCOMPARE(first->unknownKeys.value(u"comment").toString(), u"top-level note"_s);
    QCOMPARE(first->unknownKeys.value(u"future").toObject().value(u"nested").toArray().size(), 4);
    const ProgramSpec &spec = first->programs.first();
    QCOMPARE(spec.unknownKeys.size(), 2);
    QCOMPARE(spec.unknownKeys.value(u"colour").toString(), u"red"_s);
    QCOMPARE(spec.unknownKeys.value(u"limits").toObject().value(u"cpu").toInt(), 2);
    QCOMPARE(spec.heartbeatIntervalMs, 500);

    const auto second = ProgramStore::parse(ProgramStore::serialize(*first), base, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(*second == *first);
}

void TestProgramStoreParsing::wrongType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    const QList<std::pair<const char *, const char *>> rows = {
            {"name", "5"},
            {"program", "true"},
            {"arguments", R"("--rate 10")"},
            {"arguments", R"(["--rate", 10])"},
            {"workingDirectory", "[]"},
            {"environment", R"(["A=1"])"},
            {"environment", R"({"A": 1})"},
            {"kind", R"("fast")"},
            {"kind", "1"},
            {"autostart", R"("yes")"},
            {"killLeftovers", R"("no")"},
            {"killLeftovers", "0"},
            {"restart", R"("sometimes")"},
            {"restart", "null"},
            {"heartbeatIntervalMs", R"("1000")"},
            {"heartbeatIntervalMs", "1.5"},
            {"heartbeatIntervalMs", "3000000000"},
            {"lostTimeoutMs", "null"},
            {"startTimeoutMs", "true"},
            {"stopGraceMs", "{}"},
            {"minUptimeMs", "-1e12"},
            {"maxRestarts", "2.25"},
            {"restartWindowMs", R"("1m")"},
            {"maxMemoryMiB", R"("512M")"},
            {"memoryBreachSamples", "2.5"},
            {"memoryMaxMiB", R"("1G")"},
            {"dependsOn", R"("client2")"},
            {"dependsOn", "[1]"},
            {"envFile", "5"},
            {"envFile", R"([".env"])"},
            {"envFile", "null"},
    };
    for (const auto &[key, value] : rows) {
        QTest::addRow("%s %s", key, value) << programWith(key, value) << QString::fromLatin1(key);
    }
    // Values of the right type but out of range are caught too, with the same naming.
    QTest::addRow("heartbeatIntervalMs -5")
            << programWith("heartbeatIntervalMs", "-5") << u"heartbeatIntervalMs"_s;
    QTest::addRow("maxRestarts -1") << programWith("maxRestarts", "-1") << u"maxRestarts"_s;
}

void TestProgramStoreParsing::wrongType()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!ProgramStore::parse(json, base, &error));
    // The name is unknown when the name itself is wrong: the program is then named by position.
    const QString program = key == u"name" ? u"program #1"_s : u"program \"client1\""_s;
    QVERIFY2(error.startsWith(program + u": "), qPrintable(error));
    QVERIFY2(error.contains(u'"' + key + u'"'), qPrintable(error));
}

void TestProgramStoreParsing::invalidConfiguration_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("empty file") << QByteArray() << QStringList{u"empty"_s};
    QTest::addRow("blank file") << QByteArray(" \n\t\n") << QStringList{u"empty"_s};
    QTest::addRow("array") << QByteArray("[]") << QStringList{u"JSON object"_s, u"array"_s};
    QTest::addRow("version as text")
            << QByteArray(R"({"version": "1"})") << QStringList{u"\"version\""_s, u"\"1\""_s};
    QTest::addRow("version zero") << QByteArray(R"({"version": 0})")
                                  << QStringList{u"\"version\""_s, u"(got 0)"_s};
    QTest::addRow("endpoints not an array") << QByteArray(R"({"heartbeatEndpoints": "ipc://x"})")
                                            << QStringList{u"\"heartbeatEndpoints\""_s};
    QTest::addRow("endpoint not a string") << QByteArray(R"({"heartbeatEndpoints": [1]})")
                                           << QStringList{u"\"heartbeatEndpoints\""_s};
    QTest::addRow("endpoint with unsupported transport")
            << QByteArray(R"({"heartbeatEndpoints": ["udp://127.0.0.1:5555"]})")
            << QStringList{u"\"heartbeatEndpoints\""_s, u"udp://127.0.0.1:5555"_s, u"ipc://"_s};
    QTest::addRow("endpoint without address") << QByteArray(R"({"heartbeatEndpoints": ["tcp://"]})")
                                              << QStringList{u"\"heartbeatEndpoints\""_s};
    QTest::addRow("listen on ipc") << QByteArray(R"({"listen": ["ipc:///tmp/x"]})")
                                   << QStringList{u"\"listen\""_s, u"tcp://ADDRESS:PORT"_s};
    QTest::addRow("listen not an array")
            << QByteArray(R"({"listen": "tcp://0.0.0.0:7700"})") << QStringList{u"\"listen\""_s};
    QTest::addRow("programs not an array")
            << QByteArray(R"({"programs": {}})") << QStringList{u"\"programs\""_s};
    QTest::addRow("program not an object")
            << QByteArray(R"({"programs": [5]})") << QStringList{u"program #1"_s, u"5"_s};
    QTest::addRow("name missing") << QByteArray(R"({"programs": [{"program": "/bin/a"}]})")
                                  << QStringList{u"program #1"_s, u"\"name\" is missing"_s};
    QTest::addRow("program missing")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a"}, {"name": "b"}]})")
            << QStringList{u"program \"b\""_s, u"\"program\" is missing"_s};
    QTest::addRow("duplicate names")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a"},
                                           {"name": "a", "program": "/bin/b"}]})")
            << QStringList{u"\"a\""_s, u"unique"_s};
    QTest::addRow("malformed variable reference")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "arguments": ["--port", "${PORT"]}]})")
            << QStringList{u"program \"a\""_s, u"${PORT"_s, u"(in \"arguments\")"_s};
    QTest::addRow("NUL in envFile")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "envFile": "a\u0000b"}]})")
            << QStringList{u"program \"a\""_s, u"\"envFile\" contains a NUL"_s};
    QTest::addRow("logRotation not an object")
            << QByteArray(
                       R"({"programs": [{"name": "a", "program": "/bin/a", "logRotation": 10}]})")
            << QStringList{u"program \"a\": \"logRotation\": must be an object"_s};
    QTest::addRow("logRotation unknown key")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "logRotation": {"maxSize": 10}}]})")
            << QStringList{u"unknown key \"maxSize\""_s, u"maxSizeMiB"_s};
    QTest::addRow("logRotation size as text")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "logRotation": {"maxSizeMiB": "10M"}}]})")
            << QStringList{u"\"maxSizeMiB\" must be a whole number of MiB"_s, u"\"10M\""_s};
    QTest::addRow("logRotation age under a second")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "logRotation": {"maxAgeHours": 0.0001}}]})")
            << QStringList{u"\"maxAgeHours\""_s, u"down to a second"_s};
    QTest::addRow("logRotation negative keep")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "logRotation": {"keep": -1}}]})")
            << QStringList{u"\"keep\" must be a whole number of files"_s};
    QTest::addRow("logRotation compress as text")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a",
                                            "logRotation": {"compress": "yes"}}]})")
            << QStringList{u"\"compress\" must be true or false"_s};
    QTest::addRow("no instance") << QByteArray(
            R"({"programs": [{"name": "a", "program": "/bin/a", "instances": 0}]})")
                                 << QStringList{u"program \"a\""_s,
                                                u"\"instances\" must be from 1 to 20000"_s,
                                                u"(got 0)"_s};
    QTest::addRow("instances as text")
            << QByteArray(R"({"programs": [{"name": "a", "program": "/bin/a", "instances": "2"}]})")
            << QStringList{u"program \"a\""_s, u"\"instances\""_s};
    QTest::addRow("replica names past 64 characters")
            << QByteArray(R"({"programs": [{"name": ")" + QByteArray(63, 'w')
                          + R"(", "program": "/bin/a", "instances": 10}]})")
            << QStringList{u"the name is too long for 10 replicas"_s};
    QTest::addRow("a program named as a replica")
            << QByteArray(R"({"programs": [{"name": "web", "program": "/bin/a", "instances": 3},
                                           {"name": "web-2", "program": "/bin/b"}]})")
            << QStringList{u"program \"web-2\" has the name of a replica of \"web\""_s};
    QTest::addRow("invalid name") << QByteArray(
            R"({"programs": [{"name": "a b", "program": "/bin/a"}]})")
                                  << QStringList{u"program \"a b\""_s, u"\"name\""_s};
}

void TestProgramStoreParsing::invalidConfiguration()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QString error;
    QVERIFY(!ProgramStore::parse(json, base, &error));
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(error.contains(part), qPrintable(u"\"" + part + u"\" not in: " + error));
    }
}

void TestProgramStoreParsing::newerVersion()
{
    QString error;
    const QByteArray json = R"({"version": 2, "programs": [{"name": "a", "program": 7}]})";
    QVERIFY(!ProgramStore::parse(json, base, &error));
    // The version is judged first: a newer format may legitimately have other types.
    QVERIFY2(error.contains(u"newer zlauncher"), qPrintable(error));
    QVERIFY2(error.contains(u"will not be changed"), qPrintable(error));
    QVERIFY2(error.contains(u"version 2"), qPrintable(error));
}

void TestProgramStoreParsing::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("position");
    QTest::addRow("missing value") << QByteArray(R"({"version": })") << u"line 1, column 14"_s;
    QTest::addRow("third line") << QByteArray("{\n  \"version\": 1,\n  \"programs\": [,]\n}")
                                << u"line 3, column 17"_s;
    QTest::addRow("after multibyte characters")
            << QByteArray("{\"é\": 1,\n\"ü\": x}") << u"line 2, column 6"_s;
    QTest::addRow("unterminated") << QByteArray("{\n\"programs\": [") << u"line 2, column 14"_s;
}

void TestProgramStoreParsing::syntaxErrorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);
    QString error;
    QVERIFY(!ProgramStore::parse(json, base, &error));
    QVERIFY2(error.contains(u"JSON syntax error near " + position), qPrintable(error));
}

void TestProgramStoreParsing::dependencies_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("valid chain") << QByteArray(
            R"({"programs": [{"name": "a", "program": "/bin/a", "dependsOn": ["b"]},
                                           {"name": "b", "program": "/bin/b"}]})")
                                 << QString();
    QTest::addRow("unknown program") << QByteArray(
            R"({"programs": [{"name": "a", "program": "/bin/a", "dependsOn": ["zz"]}]})")
                                     << u"program \"a\": \"dependsOn\" names \"zz\""_s;
    QTest::addRow("itself") << QByteArray(
            R"({"programs": [{"name": "a", "program": "/bin/a", "dependsOn": ["a"]}]})")
                            << u"program \"a\": \"dependsOn\" must not name the program itself"_s;
    QTest::addRow("cycle") << QByteArray(
            R"({"programs": [{"name": "s", "program": "/bin/s", "dependsOn": ["a"]},
                                           {"name": "a", "program": "/bin/a", "dependsOn": ["b"]},
                                           {"name": "b", "program": "/bin/b", "dependsOn": ["a"]}]})")
                           << u"cycle (a -> b -> a)"_s;
}

void TestProgramStoreParsing::dependencies()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto configuration = ProgramStore::parse(json, base, &error);
    QCOMPARE(configuration.has_value(), expected.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestProgramStoreParsing::programLookup()
{
    const Configuration configuration = fullConfiguration();
    QVERIFY(configuration.program(u"worker"_s));
    QCOMPARE(toString(configuration.program(u"worker"_s)->kind), u"plain"_s);
    QVERIFY(!configuration.program(u"nobody"_s));
}

QTEST_GUILESS_MAIN(TestProgramStoreParsing)
#include "tst_programstoreparsing.moc"
