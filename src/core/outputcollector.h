// The launcher's side of output capture (docs/design.md, "Output capture"): each instance
// writes to two pipes whose read ends go to zlauncher-logd, which writes the program's log
// file with rotation and outlives the launcher. Owns the connection to the daemon (starting
// it when an instance first needs it), reports each instance's last stderr lines once its
// output is closed, and falls back to direct appends when the daemon cannot be had.
#pragma once

#include "core/event.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>

/// The pipes of one instance while it is being started. The program gets the write ends
/// as its stdout and stderr; the launcher's copies of all four ends must be closed once the
/// program was started (or failed to start): release(), or the destructor.
class InstanceOutput final
{
public:
    InstanceOutput(int stdoutWrite, int stderrWrite, int stdoutRead, int stderrRead);
    InstanceOutput(InstanceOutput &&other) noexcept;
    InstanceOutput &operator=(InstanceOutput &&other) noexcept;
    InstanceOutput(const InstanceOutput &) = delete;
    InstanceOutput &operator=(const InstanceOutput &) = delete;
    ~InstanceOutput();

    /// The write ends, for the program's stdout and stderr (close-on-exec: the spawn
    /// duplicates them onto 1 and 2).
    int standardOutputFd() const { return m_fds[0]; }
    int standardErrorFd() const { return m_fds[1]; }
    void release();

private:
    /// stdout write, stderr write, stdout read, stderr read. The read ends are kept until
    /// release(), so a program that writes at once never meets a pipe without a reader.
    std::array<int, 4> m_fds;
};

class OutputCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputCollector)

public:
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int defaultKeep = 3;

    /// Connects at once to a daemon already serving runtimeDirectory, if there is one: the
    /// reports of instances whose output closed while no launcher was connected come then. A
    /// daemon is started only when an instance first needs one.
    explicit OutputCollector(const QString &runtimeDirectory, QObject *parent = nullptr);
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

    /// Sets up the output capture of one instance: on success, paths to give QProcess for
    /// its stdout and stderr (append mode), and the handle to release once the process was
    /// started or failed to start. Without a daemon (it cannot be started or reached), returns
    /// nothing with *error saying why: the caller appends to logFile directly, and a warning
    /// event says so once. Waits for the daemon (briefly, bounded) only the first time.
    std::optional<InstanceOutput> prepare(const QString &name, const QString &token,
                                          const QString &logFile, QString *error = nullptr);

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
        Starting,    ///< the daemon was started; waiting for its "ready"
        Handshaking, ///< connected; waiting for its welcome
        Connected,
    };

    bool connectToDaemon();
    void startDaemon();
    void waitWhileConnecting(int timeoutMs);
    void onReadyPipeReadable();
    void onSocketReadable();
    void handleMessage(const QJsonObject &body);
    void onConnectionLost(const QString &reason);
    void giveUp(const QString &reason);
    void closeReadyPipe();
    void closeSocket();
    void reportFallback(const QString &reason);

    QString m_runtimeDirectory;
    QString m_daemonPath;
    qint64 m_maxBytes = defaultMaxBytes;
    int m_keep = defaultKeep;

    State m_state = State::Disconnected;
    int m_socket = -1;
    std::unique_ptr<QSocketNotifier> m_socketNotifier;
    int m_readyPipe = -1;
    QByteArray m_readyOutput;
    std::unique_ptr<QSocketNotifier> m_readyNotifier;
    /// Whether this connection attempt started a daemon (else: retry once by starting one).
    bool m_startedDaemon = false;
    QTimer m_attemptTimeout;
    qint64 m_daemonPid = 0;

    bool m_mayWait = true;
    QDeadlineTimer m_nextAttempt;
    QString m_lastFailure;
    bool m_fallbackReported = false;
};
