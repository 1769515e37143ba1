// The configuration file follows every change made through the supervisor, loses nothing it
// does not understand, and an unreadable file is moved aside instead of being overwritten.
#include "core/config/configurationkeeper.h"
#include "core/supervision/supervisor.h"

#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConfigurationKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void missingFileStartsEmptyAndIsWrittenOnFirstChange();
    void everyChangeIsSaved();
    void unknownKeysAndEndpointsSurviveSaving();
    void unreadableFileIsKeptAside();
    void saveAsSwitchesFiles();

private:
    QByteArray readConfig(const QString &path) const;
    QJsonObject readJson(const QString &path) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ConfigurationKeeper> m_keeper;
    QString m_path;
};

void TestConfigurationKeeper::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
    m_path = m_env->filePath(u"config/zlauncher.json"_s);
}

void TestConfigurationKeeper::cleanup()
{
    m_keeper.reset();
    m_supervisor.reset();
    m_env.reset();
}

QByteArray TestConfigurationKeeper::readConfig(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject TestConfigurationKeeper::readJson(const QString &path) const
{
    return QJsonDocument::fromJson(readConfig(path)).object();
}

void TestConfigurationKeeper::missingFileStartsEmptyAndIsWrittenOnFirstChange()
{
    const auto result = m_keeper->open(m_path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(m_supervisor->programNames().isEmpty());
    QVERIFY(!QFile::exists(m_path));

    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"one"_s, u"/bin/true"_s)));
    const auto programs = readJson(m_path).value(u"programs"_s).toArray();
    QCOMPARE(programs.size(), 1);
    QCOMPARE(programs.first().toObject().value(u"name"_s).toString(), u"one"_s);
}

void TestConfigurationKeeper::everyChangeIsSaved()
{
    QVERIFY(m_keeper->open(m_path).ok);
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"one"_s, u"/bin/true"_s)));
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"two"_s, u"/bin/true"_s)));

    ProgramSpec edited = *m_supervisor->spec(u"one"_s);
    edited.name = u"uno"_s;
    edited.stopGraceMs = 4321;
    QVERIFY(m_supervisor->updateProgram(u"one"_s, edited));
    auto programs = readJson(m_path).value(u"programs"_s).toArray();
    QCOMPARE(programs.size(), 2);
    QCOMPARE(programs[0].toObject().value(u"name"_s).toString(), u"uno"_s);
    QCOMPARE(programs[0].toObject().value(u"stopGraceMs"_s).toInt(), 4321);

    QVERIFY(m_supervisor->removeProgram(u"two"_s, Supervisor::RemoveMode::StopFirst));
    programs = readJson(m_path).value(u"programs"_s).toArray();
    QCOMPARE(programs.size(), 1);
}

void TestConfigurationKeeper::unknownKeysAndEndpointsSurviveSaving()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "owner": "bench team",
        "heartbeatEndpoints": ["ipc:///tmp/zl-extra-endpoint"],
        "programs": [{"name": "one", "program": "/bin/true", "color": "blue"}]})");
    file.close();

    const auto result = m_keeper->open(m_path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_supervisor->programNames(), QStringList{u"one"_s});
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"two"_s, u"/bin/true"_s)));

    const QJsonObject saved = readJson(m_path);
    QCOMPARE(saved.value(u"owner"_s).toString(), u"bench team"_s);
    QCOMPARE(saved.value(u"heartbeatEndpoints"_s).toArray().first().toString(),
             u"ipc:///tmp/zl-extra-endpoint"_s);
    const auto programs = saved.value(u"programs"_s).toArray();
    QCOMPARE(programs.size(), 2);
    QCOMPARE(programs[0].toObject().value(u"color"_s).toString(), u"blue"_s);
}

void TestConfigurationKeeper::unreadableFileIsKeptAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray corrupt = R"({"programs": [{"name": "one", "program": )";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(corrupt);
    file.close();

    const auto result = m_keeper->open(m_path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(m_path), qPrintable(result.error));
    QVERIFY(!result.keptAsidePath.isEmpty());
    QCOMPARE(readConfig(result.keptAsidePath), corrupt);
    QVERIFY(!QFile::exists(m_path));

    // Work goes on in a new file; the one kept aside is never touched.
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"fresh"_s, u"/bin/true"_s)));
    QCOMPARE(readJson(m_path).value(u"programs"_s).toArray().size(), 1);
    QCOMPARE(readConfig(result.keptAsidePath), corrupt);
}

void TestConfigurationKeeper::saveAsSwitchesFiles()
{
    QVERIFY(m_keeper->open(m_path).ok);
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"one"_s, u"/bin/true"_s)));
    const QString other = m_env->filePath(u"other.json"_s);
    QString error;
    QVERIFY2(m_keeper->saveAs(other, &error), qPrintable(error));
    QCOMPARE(m_keeper->path(), other);
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"two"_s, u"/bin/true"_s)));
    QCOMPARE(readJson(other).value(u"programs"_s).toArray().size(), 2);
    QCOMPARE(readJson(m_path).value(u"programs"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestConfigurationKeeper)
#include "tst_configurationkeeper.moc"
