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

std::unique_ptr<zmq::socket_t> makePublisher(zmq::context_t &context)
{
    auto socket = std::make_unique<zmq::socket_t>(context, zmq::socket_type::xpub);
    socket->set(zmq::sockopt::linger, 0);
    // Every (re)subscription is passed up, so a reconnection shows as well.
    socket->set(zmq::sockopt::xpub_verbose, 1);
    return socket;
}

bool receivedSubscription(zmq::socket_t &socket)
{
    bool subscribed = false;
    zmq::message_t message;
    while (socket.recv(message, zmq::recv_flags::dontwait)) {
        subscribed = subscribed || (message.size() > 0 && message.to_string_view()[0] == '\x01');
    }
    return subscribed;
}

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

bool isAlive(qint64 pid)
{
    return processExists(pid) && !isZombie(pid);
}

void reapZombieChildren()
{
    const QList<qint64> children = childProcesses();
    for (qint64 pid : children) {
        if (isZombie(pid)) {
            ::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG);
        }
    }
}

void BadInputFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Whatever a program or a headless launcher leaves behind is re-parented to this process,
    // where cleanup() finds it, even in a test that runs no supervisor of its own.
    QString error;
    QVERIFY2(ProcessWatch::becomeSubreaper(&error), qPrintable(error));
}

void BadInputFixture::init()
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

void BadInputFixture::cleanup()
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
    // Generous: on two cores kept busy, a process seen mid-exit (no command line left) once
    // took more than 5 s to be gone.
    const bool noneLeft = QTest::qWaitFor(
            [reaping] {
                if (reaping) {
                    reapZombieChildren();
                }
                return childProcesses().isEmpty();
            },
            20000);
    const QList<qint64> left = childProcesses();
    for (qint64 pid : left) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    QVERIFY2(noneLeft, qPrintable(u"processes left behind: "_s + describeProcesses(left)));
    m_supervisor.reset();
    m_env.reset();
}

bool BadInputFixture::listen()
{
    QString error;
    if (!m_supervisor->listen({}, &error)) {
        qWarning("listen failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool BadInputFixture::addAndStart(const ProgramSpec &spec)
{
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        qWarning("addProgram(%s) failed: %s", qPrintable(spec.name), qPrintable(error));
        return false;
    }
    m_supervisor->startProgram(spec.name);
    return true;
}

bool BadInputFixture::waitForState(const QString &name, ProgramState state, int timeoutMs)
{
    return QTest::qWaitFor(
            [&] {
                const ProgramSnapshot *found = snapshot(name);
                return found && found->state == state;
            },
            timeoutMs);
}

bool BadInputFixture::startWitness()
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

bool BadInputFixture::witnessIsFine()
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

qint64 BadInputFixture::startPuppet()
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

std::unique_ptr<zmq::socket_t> BadInputFixture::connectedPublisher()
{
    auto socket = makePublisher(m_zmq);
    socket->connect(m_env->runtimeDir().heartbeatEndpoint().toStdString());
    if (!QTest::qWaitFor([&] { return receivedSubscription(*socket); }, 5000)) {
        qWarning("the launcher's subscription never reached the publisher");
        return nullptr;
    }
    return socket;
}

bool BadInputFixture::beatForPuppet(zmq::socket_t &socket, const QByteArray &status)
{
    const ProgramSnapshot *puppet = snapshot(u"puppet"_s);
    const quint64 before = puppet->heartbeatCount;
    return sendFrames(socket, heartbeat("puppet", m_puppetPid, m_puppetSequence++, status))
            && QTest::qWaitFor([&] { return puppet->heartbeatCount == before + 1; }, 5000);
}

bool BadInputFixture::hasEvent(const QString &program, EventKind kind, const QString &text) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == kind && e.message.contains(text);
    });
}

bool BadInputFixture::hasStateEvent(const QString &program, ProgramState state) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == EventKind::State && e.state == state;
    });
}

int BadInputFixture::countEvents(const QString &text) const
{
    return static_cast<int>(std::count_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.message.contains(text);
    }));
}

QString BadInputFixture::expand(QString text) const
{
    return text.replace(u"%R"_s, m_env->path());
}

LauncherProcess &BadInputFixture::startLauncher(const QString &configPath)
{
    m_supervisor.reset();
    m_launcher = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, configPath, u"--runtime-dir"_s, m_env->runtimeDir().path()});
    [&] { QVERIFY(m_launcher->start()); }();
    return *m_launcher;
}

int BadInputFixture::finish(LauncherProcess &launcher, int timeoutMs)
{
    if (launcher.process().state() != QProcess::NotRunning) {
        QSignalSpy finished(&launcher.process(), &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            return -1;
        }
    }
    return launcher.process().exitCode();
}
