// The launcher's side of output capture (docs/design.md, "Output capture"): each instance
// writes to two pipes whose read ends go to zlauncher-logd, which writes the program's log
// file with rotation and outlives the launcher. Owns the connection to the daemon (connecting,
// or starting one, from the moment it is created), reports each instance's last stderr lines
// once its output is closed, and drains an instance's pipes itself when the daemon it was
// waiting for cannot be had. It never waits for the daemon.
#pragma once

#include "core/model/event.h"
#include "core/model/logrotation.h"
#include "core/os/fallbackcapture.h"
#include "core/os/instanceoutput.h"
#include "core/os/logdstarter.h"
#include "capture/logdprotocol.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <optional>

class OutputCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputCollector)

public:
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int defaultKeep = 3;

    /// Begins connecting to the daemon serving runtimeDirectory, or starting one, from the
    /// event loop (so that setDaemonPath() and setRotation() called right after construction
    /// apply), unless prepare() comes first: then it begins there. The reports of instances
    /// whose output closed while no launcher was connected come once it is connected.
    explicit OutputCollector(const QString &runtimeDirectory, QObject *parent = nullptr);
    /// Hands over to the daemon the pipes still waiting for it, when connected; else writes
    /// what they hold to the log files and closes them, as those it was draining: their
    /// programs get SIGPIPE when they write again, as when the daemon dies.
    ~OutputCollector() override;

    /// $ZLAUNCHER_LOGD when set, else zlauncher-logd next to the running executable.
    static QString defaultDaemonPath();
    QString daemonPath() const { return m_daemonPath; }
    void setDaemonPath(const QString &path) { m_daemonPath = path; }
    /// For the instances prepared from now on: rotate <name>.log when it would exceed
    /// maxBytes (<= 0: never), keeping keep older files (.1 ... .keep).
    void setRotation(qint64 maxBytes, int keep);
    qint64 maxBytes() const { return m_maxBytes; }
    int keep() const { return m_keep; }

    bool isConnected() const { return m_state == State::Connected; }
    /// The daemon's pid while connected, else 0.
    qint64 daemonPid() const { return isConnected() ? m_daemonPid : 0; }

    /// Sets up the output capture of one instance, never waiting: the write ends to give the
    /// program as its stdout and stderr, and the handle to release once it was started or
    /// failed to start. The read ends go to the daemon at once when it is connected, else as
    /// soon as it is (it is starting, or its socket is full), in order; meanwhile the pipes
    /// hold what the program writes (64 KiB each, then its writes wait). Should the daemon
    /// not be had after all, the collector writes them to logFile itself, without rotation.
    /// Returns nothing, with *error saying why, only when no daemon can be tried now (one
    /// failed less than 10 s ago) or no pipe can be made: the caller appends to logFile
    /// directly, and a warning event says so once.
    /// rotation: the program's own ("logRotation"); unset, the collector's (setRotation()).
    std::optional<InstanceOutput> prepare(const QString &name, const QString &token,
                                          const QString &logFile,
                                          const std::optional<LogRotation> &rotation = {},
                                          QString *error = nullptr);

Q_SIGNALS:
    /// The instance's output was closed (it and every process that inherited its output are
    /// gone); lastStderrLines are its last lines on stderr, oldest first, at most 20. Comes
    /// after the exit, usually: match by token. An instance that ended while no launcher was
    /// connected is reported when one connects.
    void outputClosed(const QString &name, const QString &token,
                      const QStringList &lastStderrLines);
    /// Warnings about capture itself and errors writing a program's log file.
    void eventOccurred(const Event &event);

private:
    enum class State {
        Disconnected,
        Scheduled,   ///< the constructor's attempt begins when the event loop runs
        Starting,    ///< the daemon is (being) started; waiting for its "ready"
        Handshaking, ///< connected; waiting for its welcome
        Connected,
    };

    /// An instance whose read ends the daemon has not taken yet.
    struct PendingOutput
    {
        QJsonObject open; ///< the "open" message, rotation settings as when prepared
        QString name;
        QString token;
        QString logFile;
        UniqueFd stdoutRead;
        UniqueFd stderrRead;
    };

    /// Connects to a running daemon, else starts one.
    void beginAttempt();
    bool connectToDaemon();
    /// Starting (or given up, when it cannot be run); the daemon is spawned from the event
    /// loop.
    void startDaemon();
    void onSocketReadable();
    void onAttemptTimeout();
    /// Sends the pending instances, in order, while the socket takes them.
    void sendPending();
    void handleMessage(const QJsonObject &body);
    void onConnectionLost(const QString &reason);
    /// A receive or send that found the connection Closed or Failed (with errno error).
    void onConnectionLost(LogdProtocol::IoResult result, int error);
    void giveUp(const QString &reason);
    PendingOutput takePending();
    /// The pending instances cannot go to a daemon: drained by the launcher from now on, and
    /// the fallback reported (once).
    void drainPending(const QString &reason);
    /// Appends the instance's output to its log file (no rotation) until it is closed, then
    /// emits outputClosed() with its last stderr lines.
    void drain(PendingOutput &&pending);
    /// error: errno; detail, when set, says what instead (a compression's failure).
    void reportLogFileError(const QString &name, const QString &operation, const QString &file,
                            int error, const QString &detail = {});
    void closeSocket();
    void reportFallback(const QString &reason);

    QString m_runtimeDirectory;
    QString m_daemonPath;
    qint64 m_maxBytes = defaultMaxBytes;
    int m_keep = defaultKeep;

    State m_state = State::Scheduled;
    int m_socket = -1;
    std::unique_ptr<QSocketNotifier> m_socketNotifier;
    /// Enabled while pending instances wait for room in the socket.
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    LogdStarter m_starter;
    /// Whether this connection attempt started a daemon (else: retry once by starting one).
    bool m_startedDaemon = false;
    QTimer m_attemptTimeout;
    qint64 m_daemonPid = 0;

    /// Empty while Disconnected or Scheduled: every failure drains it.
    std::deque<PendingOutput> m_pending;
    /// Instances drained by the launcher, until their output closes. Destroyed after the
    /// destructor has handed it the pending instances the daemon cannot take.
    FallbackCapture m_fallback;

    QDeadlineTimer m_nextAttempt;
    QString m_lastFailure;
    bool m_fallbackReported = false;
};
