// What the bad-input tests share (tst_badspecs, tst_badheartbeats, tst_badprocesses,
// tst_badconfigurations; "Survive everything", point 4): a supervisor on a fresh runtime
// directory, a witness program that must come through every case untouched, a puppet whose
// beats the test sends itself, and a cleanup that fails the test when any process was left
// behind. Each case checks the message a user sees (the event log, which the window and
// headless stdout both show) and that nothing else suffers.
#pragma once

#include "core/model/event.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/supervision/supervisor.h"

#include "launcherprocess.h"
#include "testenvironment.h"

#include <functional>
#include <memory>
#include <vector>

#include <zmq.hpp>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

using Frames = QList<QByteArray>;

qint64 steadyNs();

bool sendFrames(zmq::socket_t &socket, const Frames &frames);

Frames heartbeat(const QByteArray &name, qint64 pid, quint64 sequence, const QByteArray &status);

/// An XPUB, which is a PUB on the wire but shows when the launcher's subscription arrived:
/// messages sent before that would be dropped.
std::unique_ptr<zmq::socket_t> makePublisher(zmq::context_t &context);

/// Reads what the XPUB received; true once a subscription (0x01...) was among it.
bool receivedSubscription(zmq::socket_t &socket);

/// Runs the event loop (as the launcher's own exec() does, with no sleep in between) until
/// condition holds or timeoutMs passes.
bool runEventLoopUntil(const std::function<bool()> &condition, int timeoutMs);

/// A Unix socket file nobody listens on: what a crashed process leaves behind.
bool makeDeadSocket(const QString &path);

bool writeFile(const QString &path, const QByteArray &bytes);

QByteArray readFile(const QString &path);

/// The test process's children: with PR_SET_CHILD_SUBREAPER (set by Supervisor::listen), every
/// process a program leaves behind ends up here, zombies included.
QList<qint64> childProcesses();

QString describeProcesses(const QList<qint64> &pids);

QList<qint64> readPids(const QString &path);

bool processExists(qint64 pid);

bool isZombie(qint64 pid);

/// Alive, as opposed to gone or dead but not yet reaped.
bool isAlive(qint64 pid);

/// Without a supervisor nobody reaps the orphans re-parented to this process.
void reapZombieChildren();

/// The fixture: each bad-input test class derives from it. QTest runs these slots for it.
class BadInputFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
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
    /// Rows are made before init() creates the temporary folder: %R stands for it.
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
