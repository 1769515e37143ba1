// Unusable configuration files (bad input, "Survive everything", point 4): kept aside by the
// keeper, and a headless launcher that stops with a message. No configuration is lost. The
// fixture: badinputfixture.h.
//
// Already covered elsewhere: parsing rows (tst_programstoreparsing), a corrupt file kept aside
// (tst_configurationkeeper), one wrong type through headless (tst_headless).
#include "badinputfixture.h"

#include "core/config/configurationkeeper.h"
#include "core/zmq/connectionmonitor.h"
#include "core/os/processwatch.h"
#include "core/config/programstore.h"
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"

#include "launcherprocess.h"
#include "testenvironment.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zmq.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestBadConfigurations : public BadInputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void badConfigurationIsKeptAside_data();
    void badConfigurationIsKeptAside();
    void badConfigurationStopsHeadless_data();
    void badConfigurationStopsHeadless();

private:
    static void badConfigurations();
};

void TestBadConfigurations::badConfigurations()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("corrupt: cut short")
            << QByteArray(R"({"version": 1, "programs": [{"name": "one", "program": "/bin/true")")
            << QStringList{u"JSON syntax error near line 1"_s};
    QTest::addRow("corrupt: Latin-1 bytes in a string")
            << QByteArray("{\"programs\": [{\"name\": \"caf\xe9\", \"program\": \"/bin/true\"}]}")
            << QStringList{u"JSON syntax error"_s, u"UTF8"_s};
    QTest::addRow("corrupt: binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18)
                                     << QStringList{u"JSON syntax error"_s};
    QTest::addRow("empty") << QByteArray() << QStringList{u"the configuration is empty"_s};
    QTest::addRow("blank") << QByteArray(" \n\t\n") << QStringList{u"the configuration is empty"_s};
    QTest::addRow("newer version")
            << QByteArray(R"({"version": 2, "programs": [{"name": "one", "program": "/bin/true",
                 "restart": {"policy": "always", "delayMs": 100}}], "groups": []})")
            << QStringList{u"newer zlauncher"_s, u"version 2"_s};
    QTest::addRow("wrong type: interval as text")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true",
                 "heartbeatIntervalMs": "fast"}]})")
            << QStringList{u"program \"one\""_s, u"\"heartbeatIntervalMs\""_s, u"\"fast\""_s};
    QTest::addRow("wrong type: arguments as one string")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true",
                 "arguments": "--rate 10"}]})")
            << QStringList{u"program \"one\""_s, u"\"arguments\""_s, u"an array of strings"_s};
    QTest::addRow("wrong type: autostart as text")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true",
                 "autostart": "yes"}]})")
            << QStringList{u"program \"one\""_s, u"\"autostart\""_s};
    QTest::addRow("wrong type in the second program")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true"},
                 {"name": "two", "program": "/bin/true", "environment": {"N": 5}}]})")
            << QStringList{u"program \"two\""_s, u"\"environment\""_s};
    QTest::addRow("wrong type: name as a number")
            << QByteArray(R"({"programs": [{"name": 7, "program": "/bin/true"}]})")
            << QStringList{u"program #1"_s, u"\"name\""_s};
    QTest::addRow("wrong type: programs as an object")
            << QByteArray(R"({"programs": {"one": {"program": "/bin/true"}}})")
            << QStringList{u"\"programs\" must be an array"_s};
    QTest::addRow("wrong type: version as text")
            << QByteArray(R"({"version": "1", "programs": []})")
            << QStringList{u"\"version\" must be a whole number"_s};
    QTest::addRow("wrong value: unknown kind")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true",
                 "kind": "daemon"}]})")
            << QStringList{u"program \"one\""_s, u"\"kind\""_s, u"\"daemon\""_s};
    QTest::addRow("duplicate names")
            << QByteArray(R"({"programs": [{"name": "one", "program": "/bin/true"},
                 {"name": "one", "program": "/bin/false"}]})")
            << QStringList{u"two programs are named \"one\""_s};
    QTest::addRow("invalid name") << QByteArray(
            R"({"programs": [{"name": "one/two", "program": "/bin/true"}]})")
                                  << QStringList{u"program \"one/two\""_s, u"\"name\""_s};
    QTest::addRow("top level is an array")
            << QByteArray(R"([{"name": "one", "program": "/bin/true"}])")
            << QStringList{u"must be a JSON object"_s};
}

void TestBadConfigurations::badConfigurationIsKeptAside_data()
{
    badConfigurations();
}

void TestBadConfigurations::badConfigurationIsKeptAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const QString path = m_env->filePath(u"config/zlauncher.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(writeFile(path, content));

    // What the window does on start (it then shows result.error in a dialog and the log).
    ConfigurationKeeper keeper(m_supervisor.get());
    const ConfigurationKeeper::OpenResult result = keeper.open(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(result.error.contains(part),
                 qPrintable(u"\""_s + part + u"\" not in: "_s + result.error));
    }
    QVERIFY2(result.keptAsidePath.startsWith(path + u".unreadable-"_s),
             qPrintable(result.keptAsidePath));
    QCOMPARE(readFile(result.keptAsidePath), content);
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_supervisor->programNames().isEmpty());

    // Work goes on in a fresh file; the one kept aside is never touched again.
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"fresh"_s, u"/bin/true"_s)));
    const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(saved[u"programs"_s].toArray().size(), 1);
    QCOMPARE(readFile(result.keptAsidePath), content);
    QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList({u"zlauncher.json.unreadable-*"_s}, QDir::Files)
                     .size(),
             1);
}

void TestBadConfigurations::badConfigurationStopsHeadless_data()
{
    badConfigurations();
}

void TestBadConfigurations::badConfigurationStopsHeadless()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const QString path = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(path, content));
    LauncherProcess &launcher = startLauncher(path);
    QCOMPARE(finish(launcher), 1);
    const QString message = QString::fromUtf8(launcher.process().readAllStandardError());
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(message.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + message));
    }
    QVERIFY(launcher.events().isEmpty()); // nothing started
    // Headless never writes the file: left exactly as it was, nothing moved.
    QCOMPARE(readFile(path), content);
    QCOMPARE(QDir(m_env->path()).entryList({u"zlauncher.json*"_s}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestBadConfigurations)
#include "tst_badconfigurations.moc"
