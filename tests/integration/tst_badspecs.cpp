// Programs that cannot be started as configured (bad input, "Survive everything", point 4): a
// program that cannot start, refused names, huge argument lists, a NUL in a spec. Each fails
// with a message that says why, and the witness runs on. The fixture: badinputfixture.h.
//
// Already covered elsewhere, so only followed end to end here: ProgramSpec::launchError rows
// (tst_programspec), configuration parsing rows (tst_programstoreparsing).
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

class TestBadSpecs : public BadInputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void unlaunchableProgramFails_data();
    void unlaunchableProgramFails();
    void headlessReportsUnlaunchablePrograms();
    void refusedNames_data();
    void refusedNames();
    void programRefusedBySupervisorStaysInTheFile();
    void hugeArgumentList_data();
    void hugeArgumentList();
    void nulCharacterInSpec_data();
    void nulCharacterInSpec();
};

void TestBadSpecs::unlaunchableProgramFails_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QStringList>("expected");
    const QString beater = QStringLiteral(ZL_TC_BEATER);
    QTest::addRow("missing executable")
            << u"%R/no-such-program"_s << QString()
            << QStringList{u"%R/no-such-program"_s, u"does not exist"_s};
    QTest::addRow("not executable") << u"%R/not-executable"_s << QString()
                                    << QStringList{u"%R/not-executable"_s, u"is not executable"_s};
    QTest::addRow("directory as program") << u"%R/a-directory"_s << QString()
                                          << QStringList{u"%R/a-directory"_s, u"is a directory"_s};
    QTest::addRow("bare name not in PATH")
            << u"zlauncher-no-such-program-7f3a"_s << QString()
            << QStringList{u"\"zlauncher-no-such-program-7f3a\""_s, u"not found in PATH"_s};
    QTest::addRow("missing working directory")
            << beater << u"%R/no-such-folder"_s
            << QStringList{u"working directory %R/no-such-folder does not exist"_s};
    QTest::addRow("working directory is a file")
            << beater << u"%R/not-executable"_s
            << QStringList{u"working directory %R/not-executable is not a directory"_s};
}

void TestBadSpecs::unlaunchableProgramFails()
{
    QFETCH(QString, program);
    QFETCH(QString, workingDirectory);
    QFETCH(QStringList, expected);
    QVERIFY(writeFile(m_env->filePath(u"not-executable"_s), "#!/bin/sh\nexit 0\n"));
    QVERIFY(QFile::setPermissions(m_env->filePath(u"not-executable"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QDir().mkpath(m_env->filePath(u"a-directory"_s)));
    QVERIFY(listen());
    QVERIFY(startWitness());

    ProgramSpec spec = TestEnvironment::spec(u"broken"_s, expand(program));
    spec.workingDirectory = expand(workingDirectory);
    QVERIFY(addAndStart(spec));
    // Refused before any fork: Failed at once, with the reason, and nothing launched.
    QCOMPARE(snapshot(u"broken"_s)->state, ProgramState::Failed);
    QCOMPARE(snapshot(u"broken"_s)->pid, qint64(0));
    QVERIFY(!hasStateEvent(u"broken"_s, ProgramState::Starting));
    for (const QString &part : std::as_const(expected)) {
        const QString text = expand(part);
        QVERIFY2(snapshot(u"broken"_s)->reason.contains(text),
                 qPrintable(snapshot(u"broken"_s)->reason));
        QVERIFY2(hasEvent(u"broken"_s, EventKind::Error, text), qPrintable(text));
    }
    const auto errorEvents = [this] {
        return std::count_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
            return e.program == u"broken"_s && e.kind == EventKind::Error
                    && e.severity == Severity::Error;
        });
    };
    QCOMPARE(errorEvents(), 1);

    // Trying again says so again, and fixing the spec makes it start.
    m_supervisor->startProgram(u"broken"_s);
    QCOMPARE(snapshot(u"broken"_s)->state, ProgramState::Failed);
    QCOMPARE(errorEvents(), 2);
    QString error;
    QVERIFY2(m_supervisor->updateProgram(
                     u"broken"_s, TestEnvironment::spec(u"broken"_s, QStringLiteral(ZL_TC_BEATER)),
                     &error),
             qPrintable(error));
    m_supervisor->startProgram(u"broken"_s);
    QVERIFY(waitForState(u"broken"_s, ProgramState::Running));
    QVERIFY(witnessIsFine());
}

void TestBadSpecs::headlessReportsUnlaunchablePrograms()
{
    QVERIFY(writeFile(m_env->filePath(u"not-executable"_s), "#!/bin/sh\nexit 0\n"));
    QVERIFY(QFile::setPermissions(m_env->filePath(u"not-executable"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QDir().mkpath(m_env->filePath(u"a-directory"_s)));
    const QString root = m_env->path();
    const QByteArray beater = ZL_TC_BEATER;
    const QByteArray config = R"({"version": 1, "programs": [
        {"name": "missing", "program": "./no-such-program"},
        {"name": "notexec", "program": "./not-executable"},
        {"name": "folder", "program": "./a-directory"},
        {"name": "nowhere", "program": ")"
            + beater + R"(", "workingDirectory": "no-such-folder"},
        {"name": "fine", "program": ")"
            + beater + R"(", "heartbeatIntervalMs": 100}]})";
    const QString configPath = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(configPath, config));

    LauncherProcess &launcher = startLauncher(configPath);
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 1, 10000);
    const QList<std::pair<QString, QString>> expected = {
            {u"missing"_s, root + u"/no-such-program does not exist"_s},
            {u"notexec"_s, root + u"/not-executable is not executable"_s},
            {u"folder"_s, root + u"/a-directory is a directory"_s},
            {u"nowhere"_s, u"working directory "_s + root + u"/no-such-folder does not exist"_s},
    };
    for (const auto &[program, text] : expected) {
        const QList<QJsonObject> errors = launcher.eventsOf(u"error"_s, program);
        QVERIFY2(errors.size() == 1, qPrintable(program));
        QVERIFY2(errors.first()[u"message"_s].toString().contains(text),
                 qPrintable(errors.first()[u"message"_s].toString()));
        QCOMPARE(errors.first()[u"severity"_s].toString(), u"error"_s);
        const QList<QJsonObject> states = launcher.eventsOf(u"state"_s, program);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last()[u"state"_s].toString(), u"failed"_s);
    }
    QCOMPARE(launcher.eventsOf(u"state"_s, u"fine"_s).last()[u"state"_s].toString(), u"running"_s);

    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
    QVERIFY(launcher.allLinesWereEvents());
    QCOMPARE(readFile(configPath), config);
}

void TestBadSpecs::refusedNames_data()
{
    QTest::addColumn<bool>("rename");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    const QStringList invalid = {u"\"name\" must be 1 to 64 characters"_s};
    QTest::addRow("duplicate of a running program")
            << false << u"witness"_s << QStringList{u"\"witness\" already exists"_s};
    QTest::addRow("rename onto another program")
            << true << u"witness"_s << QStringList{u"\"witness\" already exists"_s};
    QTest::addRow("empty") << false << QString() << invalid;
    QTest::addRow("space") << false << u"my program"_s << invalid;
    QTest::addRow("path") << false << u"../escape"_s << invalid;
    QTest::addRow("newline") << false << u"a\nb"_s << invalid;
    QTest::addRow("non-ASCII") << false << u"prögram"_s << invalid;
    QTest::addRow("65 characters") << false << QString(65, u'n') << invalid;
    QTest::addRow("rename to an invalid name") << true << u"bad/name"_s << invalid;
}

void TestBadSpecs::refusedNames()
{
    QFETCH(bool, rename);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QVERIFY(listen());
    QVERIFY(startWitness());
    ProgramSpec other = TestEnvironment::spec(u"other"_s, u"sleep"_s, {u"600"_s});
    other.kind = ProgramKind::Plain;
    QVERIFY(m_supervisor->addProgram(other));
    const QStringList namesBefore = m_supervisor->programNames();

    ProgramSpec spec = TestEnvironment::spec(name, u"/bin/true"_s);
    QString error;
    const bool accepted = rename ? m_supervisor->updateProgram(u"other"_s, spec, &error)
                                 : m_supervisor->addProgram(spec, &error);
    QVERIFY(!accepted);
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(error.contains(part), qPrintable(error));
    }
    QCOMPARE(m_supervisor->programNames(), namesBefore);
    QCOMPARE(m_supervisor->spec(u"witness"_s)->program, QStringLiteral(ZL_TC_BEATER));
    QCOMPARE(m_supervisor->spec(u"other"_s)->program, u"sleep"_s);
    QVERIFY(witnessIsFine());
}

void TestBadSpecs::programRefusedBySupervisorStaysInTheFile()
{
    // A name valid in itself, too long for a control endpoint in a long runtime directory:
    // the file parses, the supervisor refuses that one program, and saving must keep it.
    m_supervisor.reset();
    RuntimeDir longDir;
    QString error;
    QVERIFY2(longDir.open(m_env->filePath(u"run-"_s + QString(45, u'r')), &error),
             qPrintable(error));
    Supervisor supervisor(&longDir, m_env->logDirectory());
    ConfigurationKeeper keeper(&supervisor);
    const QString longName = QString(60, u'L');
    const QByteArray config = R"({"version": 1, "owner": "ops team", "programs": [
        {"name": "short", "program": "/bin/true", "color": "blue"},
        {"name": ")"
            + longName.toLatin1()
            + R"(", "program": "/bin/true", "arguments": ["--keep", "me"]}]})";
    const QString path = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(path, config));

    const ConfigurationKeeper::OpenResult result = keeper.open(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(longName) && result.error.contains(u"too long"_s),
             qPrintable(result.error));
    QVERIFY(result.keptAsidePath.isEmpty());
    QCOMPARE(supervisor.programNames(), QStringList{u"short"_s});
    QCOMPARE(readFile(path), config); // nothing was written on open

    QVERIFY(supervisor.addProgram(TestEnvironment::spec(u"added"_s, u"/bin/true"_s)));
    const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(saved[u"owner"_s].toString(), u"ops team"_s);
    QStringList names;
    for (const QJsonValue &program : saved[u"programs"_s].toArray()) {
        names.append(program[u"name"_s].toString());
        if (program[u"name"_s] == u"short"_s) {
            QCOMPARE(program[u"color"_s].toString(), u"blue"_s);
        }
        if (program[u"name"_s] == longName) {
            QCOMPARE(program[u"arguments"_s].toArray().size(), 2);
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList{longName, u"added"_s, u"short"_s}));
}

void TestBadSpecs::hugeArgumentList_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("launchable");
    QTest::addRow("one argument of 100 000 characters")
            << QStringList{QString(100000, u'a')} << true;
    QStringList many;
    for (int i = 0; i < 10000; ++i) {
        many.append(u"%1"_s.arg(i, 10, 10, QChar(u'0')));
    }
    QTest::addRow("10 000 arguments of 10 characters") << many << true;
    // Nothing is interpreted on the way: no shell, no word splitting, no globbing.
    QString special;
    while (special.size() < 100000) {
        special += u"a b\"c'd$HOME\\e\nf;g|h*i`j`"_s;
    }
    special.truncate(100000);
    QTest::addRow("100 000 characters for a shell to misread") << QStringList{special} << true;
    // 200 000 bytes in one argument: more than the kernel's MAX_ARG_STRLEN (128 KiB), so
    // execve() fails with E2BIG, which must be a clear failure, not a hang or a crash.
    QTest::addRow("one argument of 100 000 two-byte characters")
            << QStringList{QString(100000, QChar(0xe9))} << false;
}

void TestBadSpecs::hugeArgumentList()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, launchable);
    qsizetype total = 0;
    for (const QString &argument : std::as_const(arguments)) {
        total += argument.size();
    }
    QCOMPARE(total, 100000);
    QVERIFY(listen());
    QVERIFY(startWitness());

    // sh writes the arguments it got, one a line, then becomes a beater: Running proves the
    // launch, the file proves every argument arrived unchanged.
    const QString received = m_env->filePath(u"received-arguments"_s);
    ProgramSpec spec = TestEnvironment::spec(
            u"args"_s, u"/bin/sh"_s,
            QStringList{u"-c"_s, u"printf '%s\\n' \"$@\" > \"$ZL_ARGS_FILE\"; exec \"$0\""_s,
                        QStringLiteral(ZL_TC_BEATER)}
                    + arguments);
    spec.environment.insert(u"ZL_ARGS_FILE"_s, received);
    QVERIFY(addAndStart(spec));
    if (launchable) {
        QVERIFY(waitForState(u"args"_s, ProgramState::Running));
        const QByteArray expected = arguments.join(u'\n').toUtf8() + '\n';
        const QByteArray got = readFile(received);
        QVERIFY2(got == expected,
                 qPrintable(
                         u"%1 bytes received, %2 expected"_s.arg(got.size()).arg(expected.size())));
    } else {
        QVERIFY(waitForState(u"args"_s, ProgramState::Failed));
        QVERIFY2(snapshot(u"args"_s)->reason.contains(u"cannot start args"_s)
                         && snapshot(u"args"_s)->reason.contains(u"too long"_s),
                 qPrintable(snapshot(u"args"_s)->reason));
        QVERIFY(hasEvent(u"args"_s, EventKind::Error, u"too long"_s));
        qInfo("%s", qPrintable(snapshot(u"args"_s)->reason));
        QVERIFY(!QFile::exists(received));
    }
    QVERIFY(witnessIsFine());

    // The configuration file keeps such a list exactly.
    Configuration configuration;
    configuration.programs.append(spec);
    const QString path = m_env->filePath(u"arguments.json"_s);
    QString error;
    QVERIFY2(ProgramStore::save(path, configuration, &error), qPrintable(error));
    const std::optional<Configuration> loaded = ProgramStore::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->programs.size(), 1);
    QVERIFY(loaded->programs.first().arguments == spec.arguments);
    QCOMPARE(loaded->programs.first().environment, spec.environment);
}

void TestBadSpecs::nulCharacterInSpec_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("argument") << u"arguments"_s;
    QTest::addRow("environment value") << u"environment"_s;
}

void TestBadSpecs::nulCharacterInSpec()
{
    // JSON allows "\u0000" in any string, but execve() takes C strings: a NUL would cut the
    // argument or the variable short, so such a spec is refused with the key named.
    QFETCH(QString, key);
    QVERIFY(listen());
    ProgramSpec spec = TestEnvironment::spec(u"nul"_s, u"/bin/sh"_s, {u"-c"_s, u"exit 0"_s});
    spec.kind = ProgramKind::Plain;
    const QString configured = QString::fromUtf8("before\0after", 12);
    if (key == u"arguments"_s) {
        spec.arguments.append(configured);
    } else {
        spec.environment.insert(u"ZL_VALUE"_s, configured);
    }
    QString error;
    QVERIFY(!m_supervisor->addProgram(spec, &error));
    QVERIFY2(error.contains(u"\"nul\""_s) && error.contains(key) && error.contains(u"NUL"_s),
             qPrintable(error));
    QVERIFY(!m_supervisor->hasProgram(u"nul"_s));
}

QTEST_GUILESS_MAIN(TestBadSpecs)
#include "tst_badspecs.moc"
