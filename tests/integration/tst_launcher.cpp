// Launcher, the one object the window and the headless mode are built on: its steps, what
// each failure says, and that one runtime directory takes one launcher.
#include "core/launcher.h"
#include "core/supervision/resourcemonitor.h"
#include "core/supervision/supervisor.h"
#include "testenvironment.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensServesAndStarts();
    void secondLauncherOnOneDirectoryIsRefused();
    void unreadableConfigurationStopsOnlyHeadless();

private:
    Launcher::Options options(ControlServer::Mode mode) const
    {
        return {m_env->filePath(u"launcher-run"_s), m_configPath, mode};
    }
    void writeConfig(const QByteArray &json);

    std::unique_ptr<TestEnvironment> m_env;
    QString m_configPath;
};

void TestLauncher::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
}

void TestLauncher::cleanup()
{
    TestEnvironment::killProcessesUnder(m_env->path());
    m_env.reset();
}

void TestLauncher::writeConfig(const QByteArray &json)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
}

void TestLauncher::opensServesAndStarts()
{
    writeConfig(QByteArray(R"({"version": 1, "programs": [
        {"name": "auto", "program": ")")
                + ZL_TC_BEATER + R"("},
        {"name": "manual", "program": ")"
                + ZL_TC_BEATER + R"(", "autostart": false}]})");
    Launcher launcher(options(ControlServer::Mode::Headless));
    QVERIFY2(launcher.open(), qPrintable(launcher.errorString()));
    QCOMPARE(launcher.failure(), Launcher::Failure::None);
    QVERIFY(launcher.configurationResult().ok);
    QCOMPARE(launcher.supervisor().programNames(), (QStringList{u"auto"_s, u"manual"_s}));
    QVERIFY(!launcher.controlServer());
    const QStringList problems = launcher.serve();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(launcher.controlServer());
    launcher.start(true);
    QTRY_COMPARE(launcher.supervisor().snapshot(u"auto"_s)->state, ProgramState::Running);
    QCOMPARE(launcher.supervisor().snapshot(u"manual"_s)->state, ProgramState::Stopped);
    // CPU and memory are sampled whether a window shows them or not.
    QTRY_VERIFY_WITH_TIMEOUT(launcher.resources().history().current(u"auto"_s).has_value(), 20000);
    QVERIFY(launcher.resources().history().current(u"auto"_s)->residentBytes > 0);
    QVERIFY(!launcher.resources().history().current(u"manual"_s));
    launcher.supervisor().killAll();
    QTRY_VERIFY(!launcher.supervisor().hasLiveInstances());
}

void TestLauncher::secondLauncherOnOneDirectoryIsRefused()
{
    writeConfig(R"({"version": 1, "programs": []})");
    Launcher first(options(ControlServer::Mode::Window));
    QVERIFY2(first.open(), qPrintable(first.errorString()));
    Launcher second(options(ControlServer::Mode::Window));
    QVERIFY(!second.open());
    QCOMPARE(second.failure(), Launcher::Failure::AlreadyRunning);
    QVERIFY2(second.errorString().contains(u"another zlauncher"_s),
             qPrintable(second.errorString()));
}

void TestLauncher::unreadableConfigurationStopsOnlyHeadless()
{
    writeConfig("{ not json");
    {
        Launcher headless(options(ControlServer::Mode::Headless));
        QVERIFY(!headless.open());
        QCOMPARE(headless.failure(), Launcher::Failure::Configuration);
        QVERIFY2(headless.errorString().contains(u"JSON syntax error"_s),
                 qPrintable(headless.errorString()));
        QVERIFY(QFile::exists(m_configPath)); // left where the user put it
    }
    // The window starts empty, and keeps the unreadable file aside.
    Launcher window(options(ControlServer::Mode::Window));
    QVERIFY2(window.open(), qPrintable(window.errorString()));
    QVERIFY(!window.configurationResult().ok);
    QVERIFY(!window.configurationResult().keptAsidePath.isEmpty());
    QVERIFY(window.supervisor().programNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
