#include "core/model/programspec.h"

#include <functional>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(ProgramSpec &)>)

namespace {

using Mutation = std::function<void(ProgramSpec &)>;

ProgramSpec validSpec()
{
    ProgramSpec spec;
    spec.name = u"client1"_s;
    spec.program = u"/opt/demo/client1"_s;
    return spec;
}

bool writeFile(const QString &path, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write("#!/bin/sh\nexit 0\n");
    file.close();
    return file.setPermissions(permissions);
}

const QFile::Permissions executable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
const QFile::Permissions notExecutable = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestProgramSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindStrings_data();
    void kindStrings();
    void policyStrings_data();
    void policyStrings();
    void unknownStrings_data();
    void unknownStrings();

    void defaultsAreValid();
    void validationError_data();
    void validationError();

    void effectiveLostTimeout_data();
    void effectiveLostTimeout();

    void resolvedProgram_data();
    void resolvedProgram();
    void resolvedProgramFromPath();
    void resolvedWorkingDirectory_data();
    void resolvedWorkingDirectory();

    void launchError_data();
    void launchError();

private:
    QTemporaryDir m_dir;
};

void TestProgramSpec::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY(writeFile(m_dir.filePath(u"client1"_s), executable));
    QVERIFY(writeFile(m_dir.filePath(u"readme.txt"_s), notExecutable));
    QVERIFY(QDir(m_dir.path()).mkpath(u"bin"_s));
    QVERIFY(writeFile(m_dir.filePath(u"bin/tool"_s), executable));
}

void TestProgramSpec::kindStrings_data()
{
    QTest::addColumn<ProgramKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addRow("heartbeat") << ProgramKind::Heartbeat << u"heartbeat"_s;
    QTest::addRow("plain") << ProgramKind::Plain << u"plain"_s;
}

void TestProgramSpec::kindStrings()
{
    QFETCH(ProgramKind, kind);
    QFETCH(QString, text);
    QCOMPARE(toString(kind), text);
    QCOMPARE(programKindFromString(text), std::optional<ProgramKind>(kind));
}

void TestProgramSpec::policyStrings_data()
{
    QTest::addColumn<RestartPolicy>("policy");
    QTest::addColumn<QString>("text");
    QTest::addRow("always") << RestartPolicy::Always << u"always"_s;
    QTest::addRow("on-failure") << RestartPolicy::OnFailure << u"on-failure"_s;
    QTest::addRow("never") << RestartPolicy::Never << u"never"_s;
}

void TestProgramSpec::policyStrings()
{
    QFETCH(RestartPolicy, policy);
    QFETCH(QString, text);
    QCOMPARE(toString(policy), text);
    QCOMPARE(restartPolicyFromString(text), std::optional<RestartPolicy>(policy));
}

void TestProgramSpec::unknownStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("capitalised") << u"Heartbeat"_s;
    QTest::addRow("underscore") << u"on_failure"_s;
    QTest::addRow("padded") << u" always"_s;
}

void TestProgramSpec::unknownStrings()
{
    QFETCH(QString, text);
    QVERIFY(!programKindFromString(text).has_value());
    QVERIFY(!restartPolicyFromString(text).has_value());
}

void TestProgramSpec::defaultsAreValid()
{
    QCOMPARE(validSpec().validationError(), QString());
}

void TestProgramSpec::validationError_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("detail");

    const auto row
            = [](const char *name, Mutation mutate, const QString &key, const QString &detail) {
                  QTest::addRow("%s", name) << mutate << key << detail;
              };
    row(
            "name empty", [](ProgramSpec &s) { s.name.clear(); }, u"\"name\""_s, u"\"\""_s);
    row(
            "name with space", [](ProgramSpec &s) { s.name = u"my client"_s; }, u"\"name\""_s,
            u"\"my client\""_s);
    row(
            "name with slash", [](ProgramSpec &s) { s.name = u"a/b"_s; }, u"\"name\""_s,
            u"\"a/b\""_s);
    row(
            "name too long", [](ProgramSpec &s) { s.name = QString(65, u'a'); }, u"\"name\""_s,
            QString(65, u'a'));
    row(
            "name not ASCII", [](ProgramSpec &s) { s.name = u"clïent"_s; }, u"\"name\""_s,
            u"clïent"_s);
    row(
            "program empty", [](ProgramSpec &s) { s.program.clear(); }, u"\"program\""_s,
            u"client1"_s);
    row(
            "interval zero", [](ProgramSpec &s) { s.heartbeatIntervalMs = 0; },
            u"\"heartbeatIntervalMs\""_s, u"(got 0)"_s);
    row(
            "interval negative", [](ProgramSpec &s) { s.heartbeatIntervalMs = -5; },
            u"\"heartbeatIntervalMs\""_s, u"(got -5)"_s);
    row(
            "lost timeout zero", [](ProgramSpec &s) { s.lostTimeoutMs = 0; },
            u"\"lostTimeoutMs\""_s, u"(got 0)"_s);
    row(
            "lost timeout equal to interval", [](ProgramSpec &s) { s.lostTimeoutMs = 1000; },
            u"\"lostTimeoutMs\""_s, u"\"heartbeatIntervalMs\" (1000 ms)"_s);
    row(
            "lost timeout shorter than interval", [](ProgramSpec &s) { s.lostTimeoutMs = 500; },
            u"\"lostTimeoutMs\""_s, u"(got 500)"_s);
    row(
            "start timeout zero", [](ProgramSpec &s) { s.startTimeoutMs = 0; },
            u"\"startTimeoutMs\""_s, u"(got 0)"_s);
    row(
            "stop grace negative", [](ProgramSpec &s) { s.stopGraceMs = -1; }, u"\"stopGraceMs\""_s,
            u"(got -1)"_s);
    row(
            "min uptime negative", [](ProgramSpec &s) { s.minUptimeMs = -1; }, u"\"minUptimeMs\""_s,
            u"(got -1)"_s);
    row(
            "max restarts negative", [](ProgramSpec &s) { s.maxRestarts = -1; },
            u"\"maxRestarts\""_s, u"(got -1)"_s);
    row(
            "restart window zero", [](ProgramSpec &s) { s.restartWindowMs = 0; },
            u"\"restartWindowMs\""_s, u"(got 0)"_s);
    row(
            "memory limit zero", [](ProgramSpec &s) { s.maxMemoryMiB = 0; }, u"\"maxMemoryMiB\""_s,
            u"(got 0)"_s);
    row(
            "memory limit beyond 1 TiB", [](ProgramSpec &s) { s.maxMemoryMiB = 2000000; },
            u"\"maxMemoryMiB\""_s, u"from 1 to 1048576 (got 2000000)"_s);
    row(
            "kernel memory cap zero", [](ProgramSpec &s) { s.memoryMaxMiB = 0; },
            u"\"memoryMaxMiB\""_s, u"from 1 to 1048576 (got 0)"_s);
    row(
            "no breach sample", [](ProgramSpec &s) { s.memoryBreachSamples = 0; },
            u"\"memoryBreachSamples\""_s, u"(got 0)"_s);
    row(
            "depends on itself",
            [](ProgramSpec &s) {
                s.dependsOn = {u"client2"_s, u"client1"_s};
            },
            u"\"dependsOn\""_s, u"itself"_s);
    row(
            "depends on a bad name", [](ProgramSpec &s) { s.dependsOn = {u"no name"_s}; },
            u"\"dependsOn\""_s, u"\"no name\""_s);
    row(
            "environment key empty", [](ProgramSpec &s) { s.environment.insert({}, u"x"_s); },
            u"\"environment\""_s, u"\"\""_s);
    row(
            "environment key with =",
            [](ProgramSpec &s) { s.environment.insert(u"A=B"_s, u"x"_s); }, u"\"environment\""_s,
            u"\"A=B\""_s);
}

void TestProgramSpec::validationError()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, key);
    QFETCH(QString, detail);

    ProgramSpec spec = validSpec();
    mutate(spec);
    const QString error = spec.validationError();
    QVERIFY2(error.startsWith(u"program \"" + spec.name + u"\": "), qPrintable(error));
    QVERIFY2(error.contains(key), qPrintable(error));
    QVERIFY2(error.contains(detail), qPrintable(error));
}

void TestProgramSpec::effectiveLostTimeout_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<std::optional<int>>("lostTimeout");
    QTest::addColumn<int>("expected");
    QTest::addRow("default interval") << 1000 << std::optional<int>() << 3000;
    QTest::addRow("short interval") << 50 << std::optional<int>() << 150;
    QTest::addRow("explicit") << 1000 << std::optional<int>(4500) << 4500;
    QTest::addRow("huge interval clamps") << 2'000'000'000 << std::optional<int>() << 2147483647;
}

void TestProgramSpec::effectiveLostTimeout()
{
    QFETCH(int, interval);
    QFETCH(std::optional<int>, lostTimeout);
    QFETCH(int, expected);
    ProgramSpec spec = validSpec();
    spec.heartbeatIntervalMs = interval;
    spec.lostTimeoutMs = lostTimeout;
    QCOMPARE(spec.effectiveLostTimeoutMs(), expected);
}

void TestProgramSpec::resolvedProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    const QString base = m_dir.path();
    QTest::addRow("absolute kept") << u"/opt/demo/client1"_s << u"/opt/demo/client1"_s;
    QTest::addRow("dot slash") << u"./client1"_s << base + u"/client1";
    QTest::addRow("sub folder") << u"bin/tool"_s << base + u"/bin/tool";
    QTest::addRow("parent folder")
            << u"../demo/client1"_s << QDir::cleanPath(base + u"/../demo/client1");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("bare name not in PATH") << u"zlauncher-no-such-program-7f3a"_s << QString();
}

void TestProgramSpec::resolvedProgram()
{
    QFETCH(QString, program);
    QFETCH(QString, expected);
    ProgramSpec spec = validSpec();
    spec.program = program;
    spec.baseDirectory = m_dir.path();
    QCOMPARE(spec.resolvedProgram(), expected);
}

void TestProgramSpec::resolvedProgramFromPath()
{
    // A bare name is looked up in PATH, not in baseDirectory (where a "client1" also exists).
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir.filePath(u"bin"_s)) + ':' + savedPath);
    ProgramSpec spec = validSpec();
    spec.baseDirectory = m_dir.path();
    spec.program = u"tool"_s;
    const QString fromPath = spec.resolvedProgram();
    spec.program = u"client1"_s;
    const QString notInPath = spec.resolvedProgram();
    qputenv("PATH", savedPath);

    QCOMPARE(fromPath, m_dir.filePath(u"bin/tool"_s));
    QCOMPARE(notInPath, QString());
}

void TestProgramSpec::resolvedWorkingDirectory_data()
{
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QString>("expected");
    const QString base = m_dir.path();
    QTest::addRow("empty is the base") << QString() << base;
    QTest::addRow("absolute") << u"/var/tmp"_s << u"/var/tmp"_s;
    QTest::addRow("relative") << u"bin"_s << base + u"/bin";
    QTest::addRow("dot") << u"."_s << base;
}

void TestProgramSpec::resolvedWorkingDirectory()
{
    QFETCH(QString, workingDirectory);
    QFETCH(QString, expected);
    ProgramSpec spec = validSpec();
    spec.workingDirectory = workingDirectory;
    spec.baseDirectory = m_dir.path();
    QCOMPARE(spec.resolvedWorkingDirectory(), expected);
}

void TestProgramSpec::launchError_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QString>("expected");
    const QString base = m_dir.path();
    QTest::addRow("launchable") << u"./client1"_s << QString() << QString();
    QTest::addRow("launchable from PATH") << u"sh"_s << u"bin"_s << QString();
    QTest::addRow("missing") << u"./nothere"_s << QString()
                             << u"cannot start client1: " + base + u"/nothere does not exist";
    QTest::addRow("directory") << u"./bin"_s << QString()
                               << u"cannot start client1: " + base + u"/bin is a directory";
    QTest::addRow("not executable")
            << u"./readme.txt"_s << QString()
            << u"cannot start client1: " + base + u"/readme.txt is not executable";
    QTest::addRow("not in PATH") << u"zlauncher-no-such-program-7f3a"_s << QString()
                                 << u"cannot start client1: program "
                                    "\"zlauncher-no-such-program-7f3a\" was not found in PATH"_s;
    QTest::addRow("missing working directory")
            << u"./client1"_s << u"gone"_s
            << u"cannot start client1: working directory " + base + u"/gone does not exist";
    QTest::addRow("working directory is a file") << u"./client1"_s << u"readme.txt"_s
                                                 << u"cannot start client1: working directory "
                    + base + u"/readme.txt is not a directory";
}

void TestProgramSpec::launchError()
{
    QFETCH(QString, program);
    QFETCH(QString, workingDirectory);
    QFETCH(QString, expected);
    ProgramSpec spec = validSpec();
    spec.program = program;
    spec.workingDirectory = workingDirectory;
    spec.baseDirectory = m_dir.path();
    QCOMPARE(spec.launchError(), expected);
}

QTEST_GUILESS_MAIN(TestProgramSpec)
#include "tst_programspec.moc"
