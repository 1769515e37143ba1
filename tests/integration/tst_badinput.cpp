// Bad input, case by case ("Survive everything", point 4): programs that cannot start, refused
// names, huge argument lists, malformed, oversize and flooding heartbeats, strays and
// duplicates, programs that never bind their control socket or leave children behind, stale
// socket files and unusable configuration files. Each case checks the message a user sees (the
// event log, which the window and headless stdout both show) and that nothing else suffers:
// another program keeps running, no process is left behind, no configuration is lost.
//
// Already covered elsewhere, so only followed end to end here: ProgramSpec::launchError rows
// (tst_programspec), configuration parsing rows (tst_programstore), a corrupt file kept aside
// (tst_configurationkeeper), one wrong type through headless (tst_headless), garbage between
// valid beats, an unknown name, a pid mismatch and a program ignoring stop (tst_supervisor).
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

namespace {

using Frames = QList<QByteArray>;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

bool sendFrames(zmq::socket_t &socket, const Frames &frames)
{
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const auto flags = i + 1 < frames.size() ? zmq::send_flags::sndmore : zmq::send_flags::none;
        const QByteArray &frame = frames.at(i);
        if (!socket.send(zmq::buffer(frame.constData(), static_cast<std::size_t>(frame.size())),
                         flags)) {
            return false;
        }
    }
    return true;
}

Frames heartbeat(const QByteArray &name, qint64 pid, quint64 sequence, const QByteArray &status)
{
    return {"ZLHB1", name, QByteArray::number(pid), QByteArray::number(sequence), status};
}

/// An XPUB, which is a PUB on the wire but shows when the launcher's subscription arrived:
/// messages sent before that would be dropped.
std::unique_ptr<zmq::socket_t> makePublisher(zmq::context_t &context)
{
    auto socket = std::make_unique<zmq::socket_t>(context, zmq::socket_type::xpub);
    socket->set(zmq::sockopt::linger, 0);
    // Every (re)subscription is passed up, so a reconnection shows as well.
    socket->set(zmq::sockopt::xpub_verbose, 1);
    return socket;
}

/// Reads what the XPUB received; true once a subscription (0x01...) was among it.
bool receivedSubscription(zmq::socket_t &socket)
{
    bool subscribed = false;
    zmq::message_t message;
    while (socket.recv(message, zmq::recv_flags::dontwait)) {
        subscribed = subscribed || (message.size() > 0 && message.to_string_view()[0] == '\x01');
    }
    return subscribed;
}

/// Runs the event loop (as the launcher's own exec() does, with no sleep in between) until
/// condition holds or timeoutMs passes.
bool runEventLoopUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

/// A Unix socket file nobody listens on: what a crashed process leaves behind.
bool makeDeadSocket(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    sockaddr_un address{};
    if (static_cast<std::size_t>(bytes.size()) >= sizeof(address.sun_path)) {
        return false;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) {
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const bool bound
            = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    struct stat info = {};
    return bound && ::stat(bytes.constData(), &info) == 0 && S_ISSOCK(info.st_mode);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/// The test process's children: with PR_SET_CHILD_SUBREAPER (set by Supervisor::listen), every
/// process a program leaves behind ends up here, zombies included.
QList<qint64> childProcesses()
{
    QList<qint64> pids;
    const QString tasks = u"/proc/self/task"_s;
    const QStringList threads = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        QFile children(tasks + u'/' + thread + u"/children"_s);
        if (!children.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> words = children.readAll().simplified().split(' ');
        for (const QByteArray &word : words) {
            bool isPid = false;
            const qint64 pid = word.toLongLong(&isPid);
            if (isPid) {
                pids.append(pid);
            }
        }
    }
    return pids;
}

QString describeProcesses(const QList<qint64> &pids)
{
    QStringList lines;
    for (qint64 pid : pids) {
        QByteArray command = readFile(u"/proc/%1/cmdline"_s.arg(pid));
        command.replace('\0', ' ');
        const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
        lines.append(u"%1 [%2] %3"_s.arg(pid).arg(
                QString::fromUtf8(stat.mid(stat.lastIndexOf(')') + 2, 1)),
                QString::fromUtf8(command.left(120))));
    }
    return lines.join(u"; "_s);
}

QList<qint64> readPids(const QString &path)
{
    QList<qint64> pids;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (const QByteArray &line : lines) {
        if (const qint64 pid = line.trimmed().toLongLong(); pid > 0) {
            pids.append(pid);
        }
    }
    return pids;
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

bool isZombie(qint64 pid)
{
    const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
    return stat.mid(stat.lastIndexOf(')') + 2, 1) == "Z";
}

/// Alive, as opposed to gone or dead but not yet reaped.
bool isAlive(qint64 pid)
{
    return processExists(pid) && !isZombie(pid);
}

/// Without a supervisor nobody reaps the orphans re-parented to this process.
void reapZombieChildren()
{
    const QList<qint64> children = childProcesses();
    for (qint64 pid : children) {
        if (isZombie(pid)) {
            ::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG);
        }
    }
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

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

    void nonUtf8Status_data();
    void nonUtf8Status();
    void rejectedMessage_data();
    void rejectedMessage();
    void hugeFrameCostsOnlyItsConnection_data();
    void hugeFrameCostsOnlyItsConnection();
    void floodLeavesTheLauncherResponsive();
    void unknownNamesAreReportedOncePerName();
    void manyUnknownNamesAreBounded();
    void secondInstanceWithAnotherPid();

    void programWithoutControlSocket_data();
    void programWithoutControlSocket();
    void headlessQuitsDespiteAStubbornProgram();
    void grandchildrenDieWithTheProgram_data();
    void grandchildrenDieWithTheProgram();
    void staleSocketFiles_data();
    void staleSocketFiles();

    void badConfigurationIsKeptAside_data();
    void badConfigurationIsKeptAside();
    void badConfigurationStopsHeadless_data();
    void badConfigurationStopsHeadless();

private:
    static void badConfigurations();
    bool listen();
    bool addAndStart(const ProgramSpec &spec);
    const ProgramSnapshot *snapshot(const QString &name) const
    {
        return m_supervisor->snapshot(name);
    }
    bool waitForState(const QString &name, ProgramState state, int timeoutMs = 5000);
    /// A well-behaved beater that must come through every case untouched.
    bool startWitness();
    bool witnessIsFine();
    /// A heartbeat program whose process only sleeps: the test beats for it, with its pid, so
    /// that raw messages can be checked against a configured, running program.
    qint64 startPuppet();
    std::unique_ptr<zmq::socket_t> connectedPublisher();
    bool beatForPuppet(zmq::socket_t &socket, const QByteArray &status);
    bool hasEvent(const QString &program, EventKind kind, const QString &text) const;
    bool hasStateEvent(const QString &program, ProgramState state) const;
    int countEvents(const QString &text) const;
    QString expand(QString text) const;
    /// Runs zlauncher --headless on the test's runtime directory. The test's own supervisor
    /// goes first: its SIGCHLD handler (ProcessWatch::reapOrphans) would reap the launcher
    /// before QProcess does, which then reports a crash with exit code 0.
    LauncherProcess &startLauncher(const QString &configPath);
    int finish(LauncherProcess &launcher, int timeoutMs = 10000);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<LauncherProcess> m_launcher;
    std::vector<std::unique_ptr<QProcess>> m_strays;
    zmq::context_t m_zmq;
    QList<Event> m_events;
    qint64 m_witnessPid = 0;
    qint64 m_puppetPid = 0;
    quint64 m_puppetSequence = 0;
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Whatever a program or a headless launcher leaves behind is re-parented to this process,
    // where cleanup() finds it, even in a test that runs no supervisor of its own.
    QString error;
    QVERIFY2(ProcessWatch::becomeSubreaper(&error), qPrintable(error));
}

void TestBadInput::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    m_events.clear();
    m_witnessPid = m_puppetPid = 0;
    m_puppetSequence = 0;
    connect(m_supervisor.get(), &Supervisor::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
}

void TestBadInput::cleanup()
{
    m_launcher.reset();
    for (const auto &stray : m_strays) {
        stray->kill();
        stray->waitForFinished(5000);
    }
    m_strays.clear();
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    // No QProcess of the test runs any more, so every child left is a leftover. Nothing a
    // program started may outlive it: killed with its group, and reaped by the supervisor
    // (which reaps orphans on SIGCHLD), or by this test when there is none.
    const bool reaping = !m_supervisor;
    const bool noneLeft = QTest::qWaitFor(
            [reaping] {
                if (reaping) {
                    reapZombieChildren();
                }
                return childProcesses().isEmpty();
            },
            5000);
    const QList<qint64> left = childProcesses();
    for (qint64 pid : left) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    QVERIFY2(noneLeft, qPrintable(u"processes left behind: "_s + describeProcesses(left)));
    m_supervisor.reset();
    m_env.reset();
}

bool TestBadInput::listen()
{
    QString error;
    if (!m_supervisor->listen({}, &error)) {
        qWarning("listen failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestBadInput::addAndStart(const ProgramSpec &spec)
{
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        qWarning("addProgram(%s) failed: %s", qPrintable(spec.name), qPrintable(error));
        return false;
    }
    m_supervisor->startProgram(spec.name);
    return true;
}

bool TestBadInput::waitForState(const QString &name, ProgramState state, int timeoutMs)
{
    return QTest::qWaitFor(
            [&] {
                const ProgramSnapshot *found = snapshot(name);
                return found && found->state == state;
            },
            timeoutMs);
}

bool TestBadInput::startWitness()
{
    ProgramSpec spec = TestEnvironment::spec(u"witness"_s, QStringLiteral(ZL_TC_BEATER));
    // Generous, so that only a launcher that stops reading for seconds could lose it.
    spec.heartbeatIntervalMs = 100;
    spec.lostTimeoutMs = 2000;
    if (!addAndStart(spec) || !waitForState(u"witness"_s, ProgramState::Running)) {
        return false;
    }
    m_witnessPid = snapshot(u"witness"_s)->pid;
    return m_witnessPid > 0;
}

bool TestBadInput::witnessIsFine()
{
    const ProgramSnapshot *witness = snapshot(u"witness"_s);
    if (!witness || witness->state != ProgramState::Running || witness->pid != m_witnessPid
        || hasStateEvent(u"witness"_s, ProgramState::Lost)) {
        qWarning("the witness suffered: state %s, pid %lld (was %lld)",
                 witness ? qPrintable(stateName(witness->state)) : "gone",
                 witness ? witness->pid : 0, m_witnessPid);
        return false;
    }
    const quint64 before = witness->heartbeatCount;
    return QTest::qWaitFor(
            [&] {
                return witness->heartbeatCount >= before + 3
                        && witness->state == ProgramState::Running;
            },
            5000);
}

qint64 TestBadInput::startPuppet()
{
    ProgramSpec spec = TestEnvironment::spec(u"puppet"_s, u"sleep"_s, {u"600"_s});
    spec.heartbeatIntervalMs = 1000;
    spec.lostTimeoutMs = 60000;
    spec.startTimeoutMs = 60000;
    if (!addAndStart(spec)) {
        return 0;
    }
    m_puppetPid = snapshot(u"puppet"_s)->pid;
    auto socket = connectedPublisher();
    if (!socket || !beatForPuppet(*socket, "first beat")
        || !waitForState(u"puppet"_s, ProgramState::Running)) {
        qWarning("the puppet did not become Running");
        return 0;
    }
    return m_puppetPid;
}

std::unique_ptr<zmq::socket_t> TestBadInput::connectedPublisher()
{
    auto socket = makePublisher(m_zmq);
    socket->connect(m_env->runtimeDir().heartbeatEndpoint().toStdString());
    if (!QTest::qWaitFor([&] { return receivedSubscription(*socket); }, 5000)) {
        qWarning("the launcher's subscription never reached the publisher");
        return nullptr;
    }
    return socket;
}

bool TestBadInput::beatForPuppet(zmq::socket_t &socket, const QByteArray &status)
{
    const ProgramSnapshot *puppet = snapshot(u"puppet"_s);
    const quint64 before = puppet->heartbeatCount;
    return sendFrames(socket, heartbeat("puppet", m_puppetPid, m_puppetSequence++, status))
            && QTest::qWaitFor([&] { return puppet->heartbeatCount == before + 1; }, 5000);
}

bool TestBadInput::hasEvent(const QString &program, EventKind kind, const QString &text) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == kind && e.message.contains(text);
    });
}

bool TestBadInput::hasStateEvent(const QString &program, ProgramState state) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == EventKind::State && e.state == state;
    });
}

int TestBadInput::countEvents(const QString &text) const
{
    return static_cast<int>(std::count_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.message.contains(text);
    }));
}

/// Rows are made before init() creates the temporary folder: %R stands for it.
QString TestBadInput::expand(QString text) const
{
    return text.replace(u"%R"_s, m_env->path());
}

LauncherProcess &TestBadInput::startLauncher(const QString &configPath)
{
    m_supervisor.reset();
    m_launcher = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, configPath, u"--runtime-dir"_s, m_env->runtimeDir().path()});
    [&] { QVERIFY(m_launcher->start()); }();
    return *m_launcher;
}

int TestBadInput::finish(LauncherProcess &launcher, int timeoutMs)
{
    if (launcher.process().state() != QProcess::NotRunning) {
        QSignalSpy finished(&launcher.process(), &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            return -1;
        }
    }
    return launcher.process().exitCode();
}

// ---- Programs that cannot start, names, arguments ----------------------------------------------

void TestBadInput::unlaunchableProgramFails_data()
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

void TestBadInput::unlaunchableProgramFails()
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

void TestBadInput::headlessReportsUnlaunchablePrograms()
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

void TestBadInput::refusedNames_data()
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

void TestBadInput::refusedNames()
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

void TestBadInput::programRefusedBySupervisorStaysInTheFile()
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

void TestBadInput::hugeArgumentList_data()
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

void TestBadInput::hugeArgumentList()
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

void TestBadInput::nulCharacterInSpec_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("argument") << u"arguments"_s;
    QTest::addRow("environment value") << u"environment"_s;
}

void TestBadInput::nulCharacterInSpec()
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

// ---- Heartbeats ------------------------------------------------------------------------------

void TestBadInput::nonUtf8Status_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("invalid");
    QTest::addRow("stray bytes") << QByteArray("\xff\xfe load 3") << true;
    QTest::addRow("truncated character") << QByteArray("caf\xc3") << true;
    QTest::addRow("overlong slash") << QByteArray("\xc0\xaf etc") << true;
    QTest::addRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80") << true;
    QTest::addRow("Latin-1 text") << QByteArray("d\xe9j\xe0 vu") << true;
    QTest::addRow("256 bytes cut inside a character")
            << QByteArray(QByteArray(255, 'a') + "\xc3") << true;
    QTest::addRow("valid UTF-8 with NUL") << QByteArray("ok\0still ok", 11) << false;
}

void TestBadInput::nonUtf8Status()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, invalid);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    m_supervisor->setHeartbeatEventsEnabled(true);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 rejected = m_supervisor->rejectedHeartbeats();

    QVERIFY(beatForPuppet(*socket, status));
    // Accepted as a beat (a live program must not look hung for its wording), shown with
    // replacement characters.
    const QString expected = QString::fromUtf8(status);
    QCOMPARE(expected.contains(QChar::ReplacementCharacter), invalid);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, expected);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected);
    const auto event = std::find_if(m_events.crbegin(), m_events.crend(), [](const Event &e) {
        return e.program == u"puppet"_s && e.kind == EventKind::Heartbeat;
    });
    QVERIFY(event != m_events.crend());
    QCOMPARE(event->status, expected);
    // The headless line is valid UTF-8 JSON that reads back the same.
    const QByteArray line = QJsonDocument(toJson(*event)).toJson(QJsonDocument::Compact);
    QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
    QCOMPARE(QJsonDocument::fromJson(line).object()[u"status"_s].toString(), expected);
    QVERIFY(witnessIsFine());
}

void TestBadInput::rejectedMessage_data()
{
    QTest::addColumn<Frames>("frames");
    QTest::addColumn<QString>("reason");
    // PID stands for the puppet's pid.
    QTest::addRow("non-UTF-8 name") << Frames{"ZLHB1", "pup\xffpet", "PID", "1"} << u"bad-name"_s;
    QTest::addRow("non-ASCII UTF-8 name")
            << Frames{"ZLHB1", "pupp\xc3\xa9t", "PID", "1"} << u"bad-name"_s;
    QTest::addRow("name differing only by a NUL")
            << Frames{"ZLHB1", QByteArray("puppet\0", 7), "PID", "1"} << u"bad-name"_s;
    QTest::addRow("non-ASCII digits as pid")
            << Frames{"ZLHB1", "puppet", "\xd9\xa1\xd9\xa2", "1"} << u"bad-pid"_s;
    QTest::addRow("status of 5 000 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(5000, 's')} << u"frame-too-long"_s;
    QTest::addRow("name of 5 000 bytes")
            << Frames{"ZLHB1", QByteArray(5000, 'n'), "PID", "1"} << u"frame-too-long"_s;
    QTest::addRow("single frame of 5 000 bytes")
            << Frames{QByteArray(5000, 'x')} << u"frame-too-long"_s;
    QTest::addRow("frame of 65 536 bytes, the socket's limit")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(65536, 's')} << u"frame-too-long"_s;
    QTest::addRow("status of 257 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(257, 's')} << u"status-too-long"_s;
    Frames thousand(1000, "x");
    thousand[0] = "ZLHB1";
    QTest::addRow("1 000 frames") << thousand << u"wrong-frame-count"_s;
}

void TestBadInput::rejectedMessage()
{
    QFETCH(Frames, frames);
    QFETCH(QString, reason);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    for (QByteArray &frame : frames) {
        if (frame == "PID") {
            frame = QByteArray::number(m_puppetPid);
        }
    }
    const quint64 rejected = m_supervisor->rejectedHeartbeats();
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;

    QVERIFY(sendFrames(*socket, frames));
    // A valid beat sent after it on the same connection: once it counts, the bad one was read.
    QVERIFY(beatForPuppet(*socket, "after"));
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected + 1);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 1);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"after"_s);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    // The counted drop reaches the log, by reason, within the report period.
    QTRY_VERIFY(hasEvent(QString(), EventKind::Protocol, reason + u": 1"_s));
    QVERIFY(hasEvent(QString(), EventKind::Protocol, u"; 1 dropped in all"_s));
    QVERIFY(witnessIsFine());
}

void TestBadInput::hugeFrameCostsOnlyItsConnection_data()
{
    QTest::addColumn<Frames>("frames");
    QTest::addRow("single frame of 65 537 bytes") << Frames{QByteArray(65537, 'x')};
    QTest::addRow("status of 100 000 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(100000, 's')};
    QTest::addRow("single frame of 10 MB") << Frames{QByteArray(10 * 1000 * 1000, 'x')};
}

void TestBadInput::hugeFrameCostsOnlyItsConnection()
{
    QFETCH(Frames, frames);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    for (QByteArray &frame : frames) {
        if (frame == "PID") {
            frame = QByteArray::number(m_puppetPid);
        }
    }

    // ZeroMQ closes the connection of a sender whose frame exceeds the SUB's ZMQ_MAXMSGSIZE;
    // the sender's monitor shows it.
    auto offender = makePublisher(m_zmq);
    bool disconnected = false;
    const SocketMonitor monitor(m_zmq, *offender, ZMQ_EVENT_DISCONNECTED,
                                [&](const SocketEvent &) { disconnected = true; });
    QVERIFY2(monitor.isActive(), qPrintable(monitor.errorString()));
    offender->connect(m_env->runtimeDir().heartbeatEndpoint().toStdString());
    QVERIFY(QTest::qWaitFor([&] { return receivedSubscription(*offender); }, 5000));
    const quint64 rejected = m_supervisor->rejectedHeartbeats();
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;

    QVERIFY(sendFrames(*offender, frames));
    QVERIFY2(QTest::qWaitFor([&] { return disconnected; }, 5000),
             "the launcher kept the offending connection");

    // A new publisher is heard at once, and the offender once it has reconnected by itself.
    auto newcomer = connectedPublisher();
    QVERIFY(newcomer);
    QVERIFY(beatForPuppet(*newcomer, "from a new publisher"));
    QVERIFY2(QTest::qWaitFor([&] { return receivedSubscription(*offender); }, 5000),
             "the offender did not reconnect");
    QVERIFY(beatForPuppet(*offender, "from the offender, reconnected"));
    // The huge frame itself never reached the parser.
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 2);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"from the offender, reconnected"_s);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QVERIFY(witnessIsFine());
}

void TestBadInput::floodLeavesTheLauncherResponsive()
{
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    m_supervisor->setHeartbeatEventsEnabled(true);

    constexpr int floodMessages = 1000000;
    constexpr int maxProbes = 5000;
    constexpr auto probeInterval = std::chrono::milliseconds(20);
    const std::string endpoint = m_env->runtimeDir().heartbeatEndpoint().toStdString();
    const quint64 rejectedBefore = m_supervisor->rejectedHeartbeats();
    const quint64 floodTarget = rejectedBefore + floodMessages;
    const quint64 firstProbe = m_puppetSequence;

    // Probes: valid beats of the puppet, sent from a thread at known times during the flood.
    std::vector<std::atomic<qint64>> sentAt(maxProbes);
    std::vector<qint64> receivedAt(maxProbes, -1);
    std::vector<char> duringFlood(maxProbes, 0);
    std::atomic<int> probesSent{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> threadFailed{false};
    std::atomic<qint64> floodStartNs{0};
    std::atomic<qint64> floodEndNs{0};
    const QMetaObject::Connection probeWatch
            = connect(m_supervisor.get(), &Supervisor::eventOccurred, this, [&](const Event &e) {
                  if (e.kind != EventKind::Heartbeat || e.program != u"puppet"_s
                      || e.sequence < firstProbe || e.sequence >= firstProbe + maxProbes) {
                      return;
                  }
                  const auto index = static_cast<std::size_t>(e.sequence - firstProbe);
                  receivedAt[index] = steadyNs();
                  duringFlood[index] = m_supervisor->rejectedHeartbeats() < floodTarget;
              });
    const auto disconnect = qScopeGuard([&] { QObject::disconnect(probeWatch); });

    std::thread prober([&] {
        try {
            zmq::socket_t socket(m_zmq, zmq::socket_type::xpub);
            socket.set(zmq::sockopt::linger, 0);
            socket.set(zmq::sockopt::rcvtimeo, 5000);
            socket.connect(endpoint);
            zmq::message_t subscription;
            if (!socket.recv(subscription)) {
                threadFailed = true;
                return;
            }
            for (int i = 0; i < maxProbes && !stop; ++i) {
                sentAt[static_cast<std::size_t>(i)] = steadyNs();
                if (!sendFrames(
                            socket,
                            heartbeat("puppet", m_puppetPid, firstProbe + quint64(i), "probe"))) {
                    threadFailed = true;
                    return;
                }
                probesSent = i + 1;
                std::this_thread::sleep_for(probeInterval); // pacing, in the prober thread
            }
        } catch (const zmq::error_t &) {
            threadFailed = true;
        }
    });
    std::thread flooder([&] {
        try {
            zmq::context_t context(1); // its own I/O thread, not the prober's
            zmq::socket_t socket(context, zmq::socket_type::xpub);
            socket.set(zmq::sockopt::linger, 0);
            socket.set(zmq::sockopt::sndhwm, 0); // never drop on the sending side
            socket.set(zmq::sockopt::rcvtimeo, 5000);
            socket.connect(endpoint);
            zmq::message_t subscription;
            if (!socket.recv(subscription)) {
                threadFailed = true;
                return;
            }
            const std::vector<Frames> garbage = {
                    {""},                            // empty-message
                    {"ZLHB1"},                       // wrong-frame-count
                    {"ZLHB2", "x"},                  // unknown-version
                    {"\xff\xfe\xfd", "junk"},        // not-a-heartbeat
                    {"ZLHB1", "bad name", "1", "0"}, // bad-name
                    {"ZLHB1", "puppet", "-1", "0"},  // bad-pid
            };
            floodStartNs = steadyNs();
            for (int i = 0; i < floodMessages; ++i) {
                if (!sendFrames(socket, garbage[static_cast<std::size_t>(i) % garbage.size()])) {
                    threadFailed = true;
                    return;
                }
            }
            floodEndNs = steadyNs();
            // Linger 0: closing now would discard what is still queued, so wait for the end.
            const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
            while (!stop && std::chrono::steady_clock::now() < giveUp) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        } catch (const zmq::error_t &) {
            threadFailed = true;
        }
    });
    const auto join = qScopeGuard([&] {
        stop = true;
        prober.join();
        flooder.join();
    });

    // Event-loop health, as a second figure: the largest gap between 10 ms ticks.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    qint64 lastTickNs = 0;
    qint64 maxTickGapNs = 0;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = steadyNs();
        if (lastTickNs > 0 && floodStartNs > 0) {
            maxTickGapNs = std::max(maxTickGapNs, now - lastTickNs);
        }
        lastTickNs = now;
    });
    tick.start();
    const bool drained = runEventLoopUntil(
            [&] { return threadFailed || m_supervisor->rejectedHeartbeats() >= floodTarget; },
            40000);
    const qint64 drainedNs = steadyNs();
    tick.stop();
    stop = true;
    QVERIFY2(!threadFailed, "a sending thread failed");
    QVERIFY2(drained,
             qPrintable(u"%1 of %2 garbage messages counted"_s
                                .arg(m_supervisor->rejectedHeartbeats() - rejectedBefore)
                                .arg(floodMessages)));
    QVERIFY(QTest::qWaitFor(
            [&] {
                for (int i = 0; i < probesSent; ++i) {
                    if (receivedAt[static_cast<std::size_t>(i)] < 0) {
                        return false;
                    }
                }
                return true;
            },
            5000));

    std::vector<qint64> latenciesUs;
    for (int i = 0; i < probesSent; ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (duringFlood[index]) {
            latenciesUs.push_back((receivedAt[index] - sentAt[index]) / 1000);
        }
    }
    std::sort(latenciesUs.begin(), latenciesUs.end());
    const double sendSeconds = double(floodEndNs - floodStartNs) / 1e9;
    const double processSeconds = double(drainedNs - floodStartNs) / 1e9;
    const quint64 dropped = m_supervisor->rejectedHeartbeats();
    const qint64 medianUs = latenciesUs.empty() ? -1 : latenciesUs[latenciesUs.size() / 2];
    const qint64 maxUs = latenciesUs.empty() ? -1 : latenciesUs.back();
    qInfo("flood: %d garbage messages sent in %.2f s (%.0f/s), all counted after %.2f s "
          "(%.0f/s); drop counter %llu",
          floodMessages, sendSeconds, floodMessages / sendSeconds, processSeconds,
          floodMessages / processSeconds, dropped);
    qInfo("flood: %zu valid beats during it, latency median %lld us, max %lld us; largest "
          "event-loop gap %lld ms",
          latenciesUs.size(), medianUs, maxUs, maxTickGapNs / 1000000);

    QCOMPARE(dropped, floodTarget);
    QVERIFY2(latenciesUs.size() >= 10, "too few beats sent during the flood to judge");
    // How long a beat waited is a figure for bench/, not a bound for a shared machine. What
    // must hold anywhere is the order: valid beats are read while the garbage still pours in
    // (fair-queued beside it), not after it, and none is lost (all were received above).
    qint64 firstDuringFloodReceivedNs = -1;
    for (int i = 0; i < probesSent; ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (duringFlood[index]) {
            firstDuringFloodReceivedNs = receivedAt[index];
            break;
        }
    }
    QVERIFY2(firstDuringFloodReceivedNs < drainedNs,
             "the first valid heartbeat of the flood was read only after all the garbage");
    // The drop counter is shown, coalesced: one report a second, the last with the total.
    QTRY_VERIFY(
            hasEvent(QString(), EventKind::Protocol, u"; %1 dropped in all"_s.arg(floodTarget)));
    const int reports = countEvents(u"malformed heartbeat messages"_s);
    QVERIFY2(reports <= int(processSeconds) + 3, qPrintable(QString::number(reports)));
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QVERIFY(witnessIsFine());
}

void TestBadInput::unknownNamesAreReportedOncePerName()
{
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;
    // Names are case-sensitive: none of these is the puppet, though they carry its pid.
    const QList<QByteArray> variants = {"Puppet", "PUPPET", "pUPPET", "puppet.", "puppet-"};
    for (int round = 0; round < 3; ++round) {
        for (const QByteArray &name : variants) {
            QVERIFY(sendFrames(*socket, heartbeat(name, m_puppetPid, 1, "impostor")));
        }
        QVERIFY(sendFrames(*socket, {"PUPPET"}));        // legacy form, same name
        QVERIFY(sendFrames(*socket, {"\xff\xfeghost"})); // legacy form, not UTF-8
    }
    QVERIFY(beatForPuppet(*socket, "the real one"));
    for (const QByteArray &name : variants) {
        QCOMPARE(countEvents(u"heartbeat from \"%1\", which is not a configured program"_s.arg(
                         QString::fromLatin1(name))),
                 1);
    }
    QCOMPARE(countEvents(u"heartbeat from \"\uFFFD\uFFFDghost\""_s), 1);
    QCOMPARE(countEvents(u"which is not a configured program"_s), variants.size() + 1);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 1);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"the real one"_s);
    QVERIFY(witnessIsFine());
}

void TestBadInput::manyUnknownNamesAreBounded()
{
    QVERIFY(listen());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 accepted = m_supervisor->acceptedHeartbeats();
    for (int i = 0; i < 300; ++i) {
        const QByteArray name = "ghost-" + QByteArray::number(i);
        QVERIFY(sendFrames(*socket, heartbeat(name, 4242, 0, {})));
        QVERIFY(sendFrames(*socket, {name}));
    }
    QVERIFY(beatForPuppet(*socket, "after 300 ghosts"));
    QCOMPARE(m_supervisor->acceptedHeartbeats(), accepted + 601);
    const int perName = countEvents(u"which is not a configured program"_s);
    const int summary = countEvents(u"no longer reporting new ones"_s);
    qInfo("300 unknown names: %d named in the log, %d summary", perName, summary);
    QVERIFY(perName > 0 && perName < 300);
    QCOMPARE(summary, 1);

    // Yet more names add nothing.
    for (int i = 300; i < 600; ++i) {
        QVERIFY(sendFrames(*socket, {"ghost-" + QByteArray::number(i)}));
    }
    QVERIFY(beatForPuppet(*socket, "after 600 ghosts"));
    QCOMPARE(countEvents(u"which is not a configured program"_s), perName);
    QCOMPARE(countEvents(u"no longer reporting new ones"_s), 1);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
}

void TestBadInput::secondInstanceWithAnotherPid()
{
    QVERIFY(listen());
    ProgramSpec spec = TestEnvironment::spec(u"twin"_s, QStringLiteral(ZL_TC_BEATER),
                                             {u"--status"_s, u"supervised"_s});
    QVERIFY(m_supervisor->addProgram(spec));

    // A real second copy, started by hand with the twin's name (its control endpoint left
    // alone: two REPs cannot share it).
    auto stray = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ZLAUNCHER_NAME"_s, u"twin"_s);
    environment.insert(u"ZLAUNCHER_HEARTBEAT"_s, m_env->runtimeDir().heartbeatEndpoint());
    environment.insert(u"ZLAUNCHER_INTERVAL_MS"_s, u"50"_s);
    environment.remove(u"ZLAUNCHER_CONTROL"_s);
    stray->setProcessEnvironment(environment);
    stray->start(QStringLiteral(ZL_TC_BEATER), {u"--status"_s, u"impostor"_s});
    QVERIFY(stray->waitForStarted());
    const qint64 strayPid = stray->processId();
    m_strays.push_back(std::move(stray));

    // While the twin is stopped: reported, and it does not make the twin look alive.
    QTRY_VERIFY(hasEvent(
            u"twin"_s, EventKind::Protocol,
            u"heartbeat from pid %1, but twin is not running under this launcher"_s.arg(strayPid)));
    QCOMPARE(snapshot(u"twin"_s)->state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"twin"_s)->heartbeatCount, 0u);

    m_supervisor->startProgram(u"twin"_s);
    QVERIFY(waitForState(u"twin"_s, ProgramState::Running));
    const qint64 twinPid = snapshot(u"twin"_s)->pid;
    QVERIFY(twinPid != strayPid);
    QTRY_VERIFY(hasEvent(
            u"twin"_s, EventKind::Protocol,
            u"heartbeat from pid %1, but this launcher runs twin as pid %2: a stray or duplicate "
            "instance"_s.arg(strayPid)
                    .arg(twinPid)));
    const quint64 beats = snapshot(u"twin"_s)->heartbeatCount;
    QTRY_VERIFY(snapshot(u"twin"_s)->heartbeatCount >= beats + 10);
    // Reported once per instance, never merged into the supervised one.
    QCOMPARE(countEvents(u"heartbeat from pid %1,"_s.arg(strayPid)), 2);
    QCOMPARE(snapshot(u"twin"_s)->statusText, u"supervised"_s);
    QCOMPARE(snapshot(u"twin"_s)->pid, twinPid);
    QCOMPARE(snapshot(u"twin"_s)->state, ProgramState::Running);

    m_strays.front()->kill();
    QVERIFY(m_strays.front()->waitForFinished(5000));
    const quint64 after = snapshot(u"twin"_s)->heartbeatCount;
    QTRY_VERIFY(snapshot(u"twin"_s)->heartbeatCount >= after + 5);
    QCOMPARE(snapshot(u"twin"_s)->pid, twinPid);
}

// ---- Processes -------------------------------------------------------------------------------

void TestBadInput::programWithoutControlSocket_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("beats");
    QTest::addColumn<bool>("staleControlFile");
    QTest::addRow("legacy publisher")
            << QStringLiteral(ZL_TC_LEGACY) << QStringList() << true << false;
    QTest::addRow("legacy publisher, dead socket file at its control endpoint")
            << QStringLiteral(ZL_TC_LEGACY) << QStringList() << true << true;
    QTest::addRow("silent, stopped while starting")
            << QStringLiteral(ZL_TC_SILENT) << QStringList{u"--no-control"_s} << false << false;
}

void TestBadInput::programWithoutControlSocket()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, beats);
    QFETCH(bool, staleControlFile);
    QVERIFY(listen());
    QVERIFY(startWitness());
    if (staleControlFile) {
        QVERIFY(makeDeadSocket(m_env->runtimeDir().path() + u"/deaf.ctl"_s));
    }
    ProgramSpec spec = TestEnvironment::spec(u"deaf"_s, program, arguments);
    spec.stopGraceMs = 3000; // the stop request waits 1 s of it
    spec.startTimeoutMs = 10000;
    QVERIFY(addAndStart(spec));
    if (beats) {
        QVERIFY(waitForState(u"deaf"_s, ProgramState::Running));
        QTRY_VERIFY(snapshot(u"deaf"_s)->heartbeatCount >= 3);
    }
    const qint64 pid = snapshot(u"deaf"_s)->pid;
    QVERIFY(pid > 0);

    QElapsedTimer sinceStop;
    sinceStop.start();
    m_supervisor->stopProgram(u"deaf"_s);
    QCOMPARE(snapshot(u"deaf"_s)->state, ProgramState::Stopping);
    QVERIFY(waitForState(u"deaf"_s, ProgramState::Stopped, 10000));
    const qint64 elapsed = sinceStop.elapsed();
    qInfo("stop of a program without control socket: %lld ms", elapsed);
    QVERIFY(hasEvent(u"deaf"_s, EventKind::Stop,
                     u"stop request failed: no reply within 1000 ms: its control endpoint %1 was "
                     u"never connected (the program has not bound it; does it read "
                     u"$ZLAUNCHER_CONTROL?); sending SIGTERM"_s.arg(
                             m_env->runtimeDir().programControlEndpoint(u"deaf"_s))));
    QVERIFY(!hasEvent(u"deaf"_s, EventKind::Stop, u"SIGKILL"_s));
    QVERIFY(elapsed >= 1000); // SIGTERM came after the request's timeout, not before
    QCOMPARE(snapshot(u"deaf"_s)->lastExit->code, 0); // it handled SIGTERM
    QVERIFY(!processExists(pid));
    QVERIFY(witnessIsFine());
}

void TestBadInput::headlessQuitsDespiteAStubbornProgram()
{
    const QString pidFile = m_env->filePath(u"grandchild.pid"_s);
    const QByteArray config = R"({"version": 1, "programs": [
        {"name": "stubborn", "program": ")"
            + QByteArray(ZL_TC_IGNORESTOP) + R"(", "arguments": ["--grandchild-pid-file", ")"
            + pidFile.toUtf8() + R"("], "heartbeatIntervalMs": 100, "stopGraceMs": 1000},
        {"name": "fine", "program": ")"
            + QByteArray(ZL_TC_BEATER) + R"(", "heartbeatIntervalMs": 100}]})";
    const QString configPath = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(configPath, config));
    LauncherProcess &launcher = startLauncher(configPath);
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    QTRY_VERIFY(QFile::exists(pidFile));
    const QList<qint64> grandchildren = readPids(pidFile);
    QCOMPARE(grandchildren.size(), 1);
    const QList<qint64> pids = launcher.runningPids();

    QElapsedTimer sinceInterrupt;
    sinceInterrupt.start();
    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
    qInfo("headless quit with a program ignoring stop: %lld ms (grace 1000 ms)",
          sinceInterrupt.elapsed());
    QVERIFY(sinceInterrupt.elapsed() >= 1000);
    for (qint64 pid : pids + grandchildren) {
        // Gone, or a zombie handed over to this process when the launcher exited.
        QTRY_VERIFY2(!isAlive(pid), qPrintable(describeProcesses({pid})));
    }
    const QList<QJsonObject> stops = launcher.eventsOf(u"stop"_s, u"stubborn"_s);
    const auto says = [&](const QString &text) {
        return std::any_of(stops.cbegin(), stops.cend(), [&](const QJsonObject &e) {
            return e[u"message"_s].toString().contains(text);
        });
    };
    QVERIFY(says(u"no reply within"_s));
    QVERIFY(says(u"SIGTERM"_s));
    QVERIFY(says(u"still running 1000 ms after the stop request; sending SIGKILL"_s));
    QCOMPARE(launcher.eventsOf(u"exit"_s, u"fine"_s).last()[u"code"_s].toInt(), 0);
    QCOMPARE(readFile(configPath), config);
}

void TestBadInput::grandchildrenDieWithTheProgram_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<ProgramState>("state");
    QTest::addRow("exits 3 leaving two sleepers")
            << u"sleep 600 & echo $! > \"$1\"; sleep 600 & echo $! >> \"$1\"; exit 3"_s << 3
            << ProgramState::Failed;
    QTest::addRow("exits 0 leaving children that ignore SIGTERM")
            << u"trap '' TERM; sleep 600 & echo $! > \"$1\"; (sleep 600; sleep 600) & "
               "echo $! >> \"$1\"; exit 0"_s
            << 0 << ProgramState::Stopped;
    QTest::addRow("exits 0 leaving a pipeline")
            << u"(sleep 600 | sleep 600) & echo $! > \"$1\"; exit 0"_s << 0
            << ProgramState::Stopped;
}

void TestBadInput::grandchildrenDieWithTheProgram()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(ProgramState, state);
    QVERIFY(listen());
    QVERIFY(startWitness());
    const QString pidFile = m_env->filePath(u"children.pid"_s);
    ProgramSpec spec = TestEnvironment::spec(u"forker"_s, u"/bin/sh"_s,
                                             {u"-c"_s, script, u"forker"_s, pidFile});
    spec.kind = ProgramKind::Plain;
    spec.restart = RestartPolicy::Never;
    QVERIFY(addAndStart(spec));
    QVERIFY(waitForState(u"forker"_s, state));
    QCOMPARE(snapshot(u"forker"_s)->lastExit->code, exitCode);
    QVERIFY(hasEvent(u"forker"_s, EventKind::Exit, u"exited with code %1"_s.arg(exitCode)));
    if (state == ProgramState::Failed) {
        QVERIFY2(snapshot(u"forker"_s)->reason.contains(u"restart policy is \"never\""_s),
                 qPrintable(snapshot(u"forker"_s)->reason));
    }
    const QList<qint64> children = readPids(pidFile);
    QVERIFY(!children.isEmpty());
    // Killed with the group and reaped: /proc/<pid> stays while a zombie is unreaped.
    for (qint64 pid : children) {
        QTRY_VERIFY2(!processExists(pid), qPrintable(describeProcesses({pid})));
    }
    QVERIFY(witnessIsFine());
}

void TestBadInput::staleSocketFiles_data()
{
    QTest::addColumn<QString>("leftover");
    QTest::addColumn<bool>("usable");
    QTest::addRow("regular files") << u"file"_s << true;
    QTest::addRow("dead Unix sockets") << u"socket"_s << true;
    QTest::addRow("a directory at the heartbeat endpoint") << u"directory"_s << false;
}

void TestBadInput::staleSocketFiles()
{
    QFETCH(QString, leftover);
    QFETCH(bool, usable);
    const QString runtime = m_env->runtimeDir().path();
    for (const QString &name : {u"heartbeat"_s, u"beater.ctl"_s}) {
        const QString path = runtime + u'/' + name;
        if (leftover == u"file"_s) {
            QVERIFY(writeFile(path, "left over\n"));
        } else if (leftover == u"socket"_s) {
            QVERIFY(makeDeadSocket(path));
        } else {
            QVERIFY(QDir().mkpath(path));
        }
    }

    QString error;
    if (!usable) {
        QVERIFY(!m_supervisor->listen({}, &error));
        const QString endpoint = m_env->runtimeDir().heartbeatEndpoint();
        QVERIFY2(error.contains(u"cannot listen for heartbeats on "_s + endpoint),
                 qPrintable(error));
        // Headless says the same and exits instead of running deaf.
        const QString configPath = m_env->filePath(u"zlauncher.json"_s);
        QVERIFY(writeFile(configPath, R"({"version": 1, "programs": []})"));
        LauncherProcess &launcher = startLauncher(configPath);
        QCOMPARE(finish(launcher), 1);
        const QString message = QString::fromLocal8Bit(launcher.process().readAllStandardError());
        QVERIFY2(message.contains(endpoint), qPrintable(message));
        return;
    }
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.stopGraceMs = 3000;
    QVERIFY(addAndStart(spec));
    QVERIFY(waitForState(u"beater"_s, ProgramState::Running));
    // The stop request reaches the program through the control endpoint it bound over the
    // leftover: it says so in its log and exits 0, no SIGTERM needed. The "stop acknowledged"
    // event is not asserted: the program exits right after its reply, and the exit may be
    // read before libzmq's I/O thread has handed the reply over.
    m_supervisor->stopProgram(u"beater"_s);
    QVERIFY(waitForState(u"beater"_s, ProgramState::Stopped));
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Stop, u"SIGTERM"_s));
    QCOMPARE(snapshot(u"beater"_s)->lastExit->code, 0);
    QTRY_VERIFY(readFile(snapshot(u"beater"_s)->logFile).contains("tc_beater: stopping"));
}

// ---- Configuration files ---------------------------------------------------------------------

void TestBadInput::badConfigurations()
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

void TestBadInput::badConfigurationIsKeptAside_data()
{
    badConfigurations();
}

void TestBadInput::badConfigurationIsKeptAside()
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

void TestBadInput::badConfigurationStopsHeadless_data()
{
    badConfigurations();
}

void TestBadInput::badConfigurationStopsHeadless()
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

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
