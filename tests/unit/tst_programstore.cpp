#include "core/config/programstore.h"

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString base = u"/srv/zlauncher"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// One program whose key `key` holds `value`, the rest minimal.
QByteArray programWith(const QByteArray &key, const QByteArray &value)
{
    QList<std::pair<QByteArray, QByteArray>> members
            = {{"name", R"("client1")"}, {"program", R"("/bin/true")"}};
    bool replaced = false;
    for (auto &member : members) {
        if (member.first == key) {
            member.second = value;
            replaced = true;
        }
    }
    if (!replaced) {
        members.append({key, value});
    }
    QByteArrayList text;
    for (const auto &[name, json] : std::as_const(members)) {
        text.append('"' + name + "\": " + json);
    }
    return R"({"programs": [{)" + text.join(", ") + "}]}";
}

// DESIGN.md §5b, verbatim.
QByteArray designExampleJson()
{
    return readFile(QFINDTESTDATA("data/design-example.json"));
}

Configuration fullConfiguration()
{
    // designExample() checks that this parses.
    Configuration configuration
            = ProgramStore::parse(designExampleJson(), base, nullptr).value_or(Configuration{});
    ProgramSpec plain;
    plain.name = u"worker"_s;
    plain.program = u"./bin/worker"_s;
    plain.kind = ProgramKind::Plain;
    plain.restart = RestartPolicy::OnFailure;
    plain.autostart = false;
    plain.dependsOn = {u"client1"_s};
    plain.environment = {{u"A"_s, u"1"_s}, {u"PATH_EXTRA"_s, u"/x:/y \"quoted\""_s}};
    plain.arguments = {u"-v"_s, u"two words"_s, u"ünïcode"_s, QString()};
    plain.baseDirectory = base;
    configuration.programs.append(plain);
    return configuration;
}

// Runs as another user while alive: root ignores file permissions, and the tests need them.
class EffectiveUser final
{
public:
    EffectiveUser()
    {
        if (::geteuid() == 0) {
            m_switched = ::seteuid(65534) == 0;
        }
    }
    ~EffectiveUser()
    {
        if (m_switched) {
            [[maybe_unused]] const int restored = ::seteuid(0);
        }
    }
    bool isUnprivileged() const { return ::geteuid() != 0; }

private:
    bool m_switched = false;
};

} // namespace

class TestProgramStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void minimalConfigurationDefaults();
    void versionMissingMeansOne();
    void designExample();
    void roundTrip();
    void serializeIsStable();
    void lostTimeoutWrittenOnlyWhenSet();
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

    void defaultPath();
    void loadMissingFile();
    void loadSetsBaseDirectory();
    void loadInvalidNamesFile();
    void loadDirectory();
    void loadUnreadable();
    void saveThenLoad();
    void saveToUnwritableFolder();
    void saveFailingMidwayKeepsOldFile();
    void keepAside();
    void keepAsideNeverOverwrites();
    void keepAsideMissingFile();

private:
    QTemporaryDir m_dir;
};

void TestProgramStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestProgramStore::minimalConfigurationDefaults()
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

void TestProgramStore::versionMissingMeansOne()
{
    QString error;
    const auto configuration = ProgramStore::parse("{}", base, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->version, 1);
    QVERIFY(configuration->programs.isEmpty());
}

void TestProgramStore::designExample()
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

void TestProgramStore::roundTrip()
{
    const Configuration configuration = fullConfiguration();
    const QByteArray json = ProgramStore::serialize(configuration);
    QString error;
    const auto parsed = ProgramStore::parse(json, base, &error);
    QVERIFY2(parsed, qPrintable(error + u'\n' + QString::fromUtf8(json)));
    QVERIFY2(*parsed == configuration, json.constData());
}

void TestProgramStore::serializeIsStable()
{
    const QByteArray json = ProgramStore::serialize(fullConfiguration());
    const auto parsed = ProgramStore::parse(json, base, nullptr);
    QVERIFY(parsed);
    QCOMPARE(ProgramStore::serialize(*parsed), json);
    // Written for people too: indented, name first.
    QVERIFY2(json.contains("\n    \"programs\": [\n        {\n            \"name\": \"client1\","),
             json.constData());
}

void TestProgramStore::lostTimeoutWrittenOnlyWhenSet()
{
    Configuration configuration = fullConfiguration();
    QVERIFY(configuration.programs.at(0).lostTimeoutMs.has_value());
    QVERIFY(!configuration.programs.at(1).lostTimeoutMs.has_value());
    const QByteArray json = ProgramStore::serialize(configuration);
    QCOMPARE(json.count("\"lostTimeoutMs\""), 1);
    QCOMPARE(json.count("\"startTimeoutMs\""), 2);
}

void TestProgramStore::unknownKeysPreserved()
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

void TestProgramStore::wrongType_data()
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
            {"dependsOn", R"("client2")"},
            {"dependsOn", "[1]"},
    };
    for (const auto &[key, value] : rows) {
        QTest::addRow("%s %s", key, value) << programWith(key, value) << QString::fromLatin1(key);
    }
    // Values of the right type but out of range are caught too, with the same naming.
    QTest::addRow("heartbeatIntervalMs -5")
            << programWith("heartbeatIntervalMs", "-5") << u"heartbeatIntervalMs"_s;
    QTest::addRow("maxRestarts -1") << programWith("maxRestarts", "-1") << u"maxRestarts"_s;
}

void TestProgramStore::wrongType()
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

void TestProgramStore::invalidConfiguration_data()
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
    QTest::addRow("invalid name") << QByteArray(
            R"({"programs": [{"name": "a b", "program": "/bin/a"}]})")
                                  << QStringList{u"program \"a b\""_s, u"\"name\""_s};
}

void TestProgramStore::invalidConfiguration()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QString error;
    QVERIFY(!ProgramStore::parse(json, base, &error));
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(error.contains(part), qPrintable(u"\"" + part + u"\" not in: " + error));
    }
}

void TestProgramStore::newerVersion()
{
    QString error;
    const QByteArray json = R"({"version": 2, "programs": [{"name": "a", "program": 7}]})";
    QVERIFY(!ProgramStore::parse(json, base, &error));
    // The version is judged first: a newer format may legitimately have other types.
    QVERIFY2(error.contains(u"newer zlauncher"), qPrintable(error));
    QVERIFY2(error.contains(u"will not be changed"), qPrintable(error));
    QVERIFY2(error.contains(u"version 2"), qPrintable(error));
}

void TestProgramStore::syntaxErrorPosition_data()
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

void TestProgramStore::syntaxErrorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);
    QString error;
    QVERIFY(!ProgramStore::parse(json, base, &error));
    QVERIFY2(error.contains(u"JSON syntax error near " + position), qPrintable(error));
}

void TestProgramStore::dependencies_data()
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

void TestProgramStore::dependencies()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto configuration = ProgramStore::parse(json, base, &error);
    QCOMPARE(configuration.has_value(), expected.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestProgramStore::programLookup()
{
    const Configuration configuration = fullConfiguration();
    QVERIFY(configuration.program(u"worker"_s));
    QCOMPARE(toString(configuration.program(u"worker"_s)->kind), u"plain"_s);
    QVERIFY(!configuration.program(u"nobody"_s));
}

void TestProgramStore::defaultPath()
{
    const QString path = ProgramStore::defaultPath();
    QCOMPARE(path,
             QString(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + u"/zlauncher/zlauncher.json"));
    // Test mode keeps the tests out of the user's real configuration.
    QVERIFY2(path.contains(u"/.qttest/"), qPrintable(path));
}

void TestProgramStore::loadMissingFile()
{
    QString error;
    const auto configuration = ProgramStore::load(m_dir.filePath(u"absent.json"_s), &error);
    QVERIFY(configuration);
    QVERIFY(*configuration == Configuration{});
    QCOMPARE(error, QString());
}

void TestProgramStore::loadSetsBaseDirectory()
{
    const QString folder = m_dir.filePath(u"based"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + u"/zlauncher.json",
                      R"({"programs": [{"name": "a", "program": "./bin/a"}]})"));
    QString error;
    // A relative path to the file still gives an absolute base directory.
    const QString relative = QDir::current().relativeFilePath(folder + u"/zlauncher.json");
    const auto configuration = ProgramStore::load(relative, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->programs.first().baseDirectory, folder);
    QCOMPARE(configuration->programs.first().resolvedProgram(), QString(folder + u"/bin/a"));
}

void TestProgramStore::loadInvalidNamesFile()
{
    const QString path = m_dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(path, R"({"programs": [{"name": "a", "program": "/bin/a", "kind": 3}]})"));
    QString error;
    QVERIFY(!ProgramStore::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"program \"a\": \"kind\""), qPrintable(error));
}

void TestProgramStore::loadDirectory()
{
    const QString path = m_dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!ProgramStore::load(path, &error));
    QVERIFY2(error.startsWith(u"Cannot read file " + path + u": "), qPrintable(error));
}

void TestProgramStore::loadUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther));
    const QString path = dir.filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
    QString error;
    std::optional<Configuration> configuration;
    {
        EffectiveUser user;
        if (!user.isUnprivileged()) {
            QSKIP("running as root and unable to drop privileges: permissions are not enforced");
        }
        configuration = ProgramStore::load(path, &error);
    }
    QVERIFY(!configuration);
    QVERIFY2(error.startsWith(u"Cannot read file " + path + u": "), qPrintable(error));
    QVERIFY2(error.contains(u"ermission denied"), qPrintable(error));
}

void TestProgramStore::saveThenLoad()
{
    const QString path = m_dir.filePath(u"new/folder/zlauncher.json"_s);
    Configuration configuration = fullConfiguration();
    for (ProgramSpec &spec : configuration.programs) {
        spec.baseDirectory = m_dir.filePath(u"new/folder"_s);
    }
    configuration.unknownKeys.insert(u"note"_s, u"kept"_s);
    QString error;
    QVERIFY2(ProgramStore::save(path, configuration, &error), qPrintable(error));
    const auto loaded = ProgramStore::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == configuration);
    QCOMPARE(readFile(path), ProgramStore::serialize(configuration));
}

void TestProgramStore::saveToUnwritableFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/zlauncher.json";
    const QByteArray old = "{\"version\": 1, \"old\": true}\n";
    QVERIFY(writeFile(path, old));
    const auto readAndEnter
            = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, readAndEnter));

    QString error;
    bool saved = false;
    {
        EffectiveUser user;
        if (!user.isUnprivileged()) {
            QSKIP("running as root and unable to drop privileges: permissions are not enforced");
        }
        saved = ProgramStore::save(path, fullConfiguration(), &error);
    }
    QVERIFY(QFile::setPermissions(folder, readAndEnter | QFile::WriteOwner));
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(u"Cannot write file " + path + u": "), qPrintable(error));
    QVERIFY2(error.size() > (u"Cannot write file " + path + u": ").size(), qPrintable(error));
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"zlauncher.json"_s});
}

void TestProgramStore::saveFailingMidwayKeepsOldFile()
{
    // RLIMIT_FSIZE makes write() fail with EFBIG part way, even for root: the closest thing to
    // a full disk. SIGXFSZ would kill the test, so it is ignored meanwhile.
    const QString folder = m_dir.filePath(u"midway"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/zlauncher.json";
    const QByteArray old = "{\"version\": 1}\n";
    QVERIFY(writeFile(path, old));
    Configuration big = fullConfiguration();
    big.unknownKeys.insert(u"padding"_s, QString(64 * 1024, u'x'));

    rlimit saved = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = ProgramStore::save(path, big, &error);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    QVERIFY2(error.startsWith(u"Cannot write file " + path + u": "), qPrintable(error));
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"zlauncher.json"_s});
}

void TestProgramStore::keepAside()
{
    const QString path = m_dir.filePath(u"aside.json"_s);
    QVERIFY(writeFile(path, "{ not json"));
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QString error;
    const QString kept = ProgramStore::keepAside(path, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readFile(kept), QByteArray("{ not json"));

    const QString prefix = path + u".unreadable-";
    QVERIFY2(kept.startsWith(prefix), qPrintable(kept));
    const QDateTime stamp = QDateTime::fromString(kept.mid(prefix.size()), u"yyyyMMdd-hhmmss"_s);
    QVERIFY2(stamp.isValid(), qPrintable(kept));
    QVERIFY(stamp >= before.addMSecs(-before.time().msec()));
    QVERIFY(stamp <= QDateTime::currentDateTime());
}

void TestProgramStore::keepAsideNeverOverwrites()
{
    // Occupy the names for this second and the next: keepAside must add a suffix.
    const QString path = m_dir.filePath(u"twice.json"_s);
    const QDateTime now = QDateTime::currentDateTime();
    QStringList occupied;
    for (int second = 0; second < 2; ++second) {
        const QString name
                = path + u".unreadable-" + now.addSecs(second).toString(u"yyyyMMdd-hhmmss");
        QVERIFY(writeFile(name, "older"));
        QVERIFY(writeFile(name + u"-2", "older"));
        occupied << name;
    }
    QVERIFY(writeFile(path, "newest"));
    QString error;
    const QString kept = ProgramStore::keepAside(path, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY2(kept == occupied.at(0) + u"-3" || kept == occupied.at(1) + u"-3", qPrintable(kept));
    QCOMPARE(readFile(kept), QByteArray("newest"));
    for (const QString &name : std::as_const(occupied)) {
        QCOMPARE(readFile(name), QByteArray("older"));
        QCOMPARE(readFile(name + u"-2"), QByteArray("older"));
    }
}

void TestProgramStore::keepAsideMissingFile()
{
    const QString path = m_dir.filePath(u"never-existed.json"_s);
    QString error;
    QCOMPARE(ProgramStore::keepAside(path, &error), QString());
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProgramStore)
#include "tst_programstore.moc"
