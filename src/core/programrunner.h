// One program's lifecycle (DESIGN.md §5): launch, liveness from heartbeats or the pidfd,
// restart policy with backoff, and the stop escalation (stop request, SIGTERM, SIGKILL).
// Deadlines are published, not timed here: the Supervisor arms one wake-up for all runners.
#pragma once

#include "core/event.h"
#include "core/heartbeathistory.h"
#include "core/processwatch.h"
#include "core/programspec.h"
#include "core/programstate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>
#include <limits>
#include <memory>
#include <optional>

#include <zmq.hpp>

class Clock;
class OutputCollector;
class RuntimeDir;
class StopRequest;
struct ReceivedHeartbeat;

/// What the launcher gives every runner.
struct RunnerContext
{
    Clock *clock = nullptr;
    zmq::context_t *zmqContext = nullptr;
    const RuntimeDir *runtimeDir = nullptr;
    QString logDirectory;
    /// Captures output through zlauncher-logd (rotation, stderr tails); null: programs append
    /// to <logDirectory>/<name>.log themselves.
    OutputCollector *output = nullptr;
};

/// Whether DeathRecord::lastStderrLines is final.
enum class StderrTail {
    Pending,     ///< the output is captured; the lines come when it is closed
    Received,    ///< final
    NotCaptured, ///< the instance wrote its log file directly: no lines will come
};

/// One end of an instance: the restart history a view shows. The exit is known first (pidfd);
/// the last stderr lines come a moment later, once the instance's output is closed.
struct DeathRecord
{
    QDateTime time;       ///< UTC: when the exit was seen, or the lines came (unwatched)
    qint64 pid = 0;       ///< 0 when not known
    qint64 uptimeMs = -1; ///< -1 when not known (unwatched)
    /// Neither code nor signal when not known (adopted, or ended while no launcher watched).
    ExitStatus status;
    /// It was being stopped (stop, restart, kill, quit): not a crash.
    bool stopRequested = false;
    /// It ended while no launcher was running; only its output's report tells of it.
    bool unwatched = false;
    QString instanceToken;
    /// Its last lines on stderr, oldest first, at most 20.
    QStringList lastStderrLines;
    StderrTail tail = StderrTail::Pending;
};

/// Everything a view shows of a program. Times are on the supervisor's clock (nowMs()).
struct ProgramSnapshot
{
    ProgramState state = ProgramState::Stopped;
    qint64 pid = 0;
    bool adopted = false;
    qint64 startedAtMs = -1;
    qint64 lastHeartbeatAtMs = -1;
    quint64 lastSequence = 0;
    quint64 heartbeatCount = 0;
    QString statusText;
    int restartCount = 0;
    std::optional<ExitStatus> lastExit;
    /// Backoff: when the restart happens; Stopping: when SIGKILL is due. -1 otherwise.
    qint64 countdownToMs = -1;
    /// Why the program is Failed or Lost.
    QString reason;
    QString logFile;
    /// ZLAUNCHER_INSTANCE of the current (or last) instance.
    QString instanceToken;
    /// The dependencies a start waits for (DESIGN.md §5); empty when none is awaited.
    QStringList waitingFor;
    /// The last ping on demand: its round trip (-1: no answer), its answer or why there was
    /// none, and when (-1: never pinged).
    qint64 lastPingRoundTripUs = -1;
    QString lastPingResult;
    /// The status the program gave with its pong (empty without one, or without an answer).
    QString lastPingStatus;
    qint64 lastPingAtMs = -1;
    /// The last deaths (ProgramRunner::maxDeathRecords at most), oldest first.
    QList<DeathRecord> deaths;
};

class ProgramRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramRunner)

public:
    static constexpr qint64 noDeadline = std::numeric_limits<qint64>::max();
    static constexpr qsizetype maxDeathRecords = 20;

    ProgramRunner(const ProgramSpec &spec, const RunnerContext &context, QObject *parent = nullptr);
    ~ProgramRunner() override;

    /// The spec the next launch will use.
    const ProgramSpec &spec() const { return m_spec; }
    /// The spec the live instance was launched (or adopted) with; null without one. It may
    /// differ from spec() after an edit: the instance keeps its settings to the end (its stop,
    /// its liveness, the restart decision at its death).
    const ProgramSpec *instanceSpec() const { return m_watch ? &m_instanceSpec : nullptr; }
    /// Takes effect at the next launch; a running instance keeps its settings.
    void setSpec(const ProgramSpec &spec)
    {
        m_spec = spec;
        m_launchEnvironment.clear();
    }
    const ProgramSnapshot &snapshot() const { return m_snapshot; }
    /// Arrival times of the recent heartbeats, across instances.
    const HeartbeatHistory &heartbeatHistory() const { return m_heartbeatHistory; }
    ProgramState state() const { return m_snapshot.state; }
    qint64 deadline() const { return m_deadline; }
    /// The process group of the live instance, 0 when there is none.
    qint64 processGroup() const;

    /// Takes over a live instance that a previous launcher started: watched through a pidfd,
    /// marked adopted, Running once it beats (plain programs at once). Its exit status will
    /// not be known: it is not this launcher's child.
    bool adopt(qint64 pid, qint64 uptimeMs, const QString &token, QString *error);

    /// Set by the supervisor while a start waits for dependencies.
    void setWaitingFor(const QStringList &names);
    void notePing(qint64 roundTripUs, const QString &result, const QString &status);

    /// User actions. start() after Failed forgets the restart history.
    void start();
    void stop();
    void restart();
    void kill();

    void handleHeartbeat(const ReceivedHeartbeat &heartbeat);
    void handleLegacyHeartbeat();
    /// Called by the supervisor when deadline() has passed.
    void handleDeadline();
    /// The launcher itself did not run for a while (stopped, paused in a debugger, starved of
    /// CPU), and this liveness deadline passed meanwhile: that says nothing of the program,
    /// whose beats may still be on their way. It gets one whole timeout again from now.
    /// False when deadline() is not a liveness deadline that has passed.
    bool renewLivenessDeadline();
    /// The output of instance token was closed (OutputCollector::outputClosed): completes its
    /// death record, or makes one for an instance that ended while no launcher watched it.
    void handleOutputClosed(const QString &token, const QStringList &lastStderrLines);

    /// The token the next launch will give its instance (ZLAUNCHER_INSTANCE), chosen now: so
    /// that a batch of launches can be recorded in one write before any of them happens.
    QString reserveToken();

Q_SIGNALS:
    void eventOccurred(const Event &event);
    void stateChanged(ProgramState state);
    void snapshotChanged();
    void deadlineChanged(qint64 atMs);
    /// Emitted right before an instance is started with this token, so that it is recorded
    /// before it exists.
    void aboutToLaunch(const QString &token);

private:
    void launch();
    /// The instance's whole environment but its token, built at its first launch.
    const QStringList &launchEnvironment();
    void onExited(const ExitStatus &status);
    void recordDeath(const ExitStatus &status, qint64 uptimeMs, bool stopRequested);
    void appendDeath(const DeathRecord &record);
    void restartAfterDeath(bool failed);
    void beginStop();
    void terminate(const QString &why);
    void declareLost(const QString &why);
    void noteHeartbeat(qint64 pid, quint64 sequence, const std::optional<QString> &status);
    bool isOwnInstance(qint64 pid) const;
    void reportStray(qint64 pid);

    void setState(ProgramState state, const QString &reason = {});
    void setDeadline(qint64 atMs);
    void fail(const QString &reason);
    void emitEvent(EventKind kind, Severity severity, const QString &message);
    /// Every event of the runner goes out here, after the exit held back, if any.
    void publish(const Event &event);
    /// Emits the exit event that onExited() held back, if any.
    void announceExit();
    qint64 now() const;

    ProgramSpec m_spec;
    /// What the current (or last) instance was launched with: see instanceSpec().
    ProgramSpec m_instanceSpec;
    QStringList m_launchEnvironment;
    /// The next launch's ZLAUNCHER_INSTANCE once reserveToken() chose it, else empty.
    QString m_reservedToken;
    RunnerContext m_context;
    ProgramSnapshot m_snapshot;
    HeartbeatHistory m_heartbeatHistory;
    std::unique_ptr<ProcessWatch> m_watch;
    QPointer<StopRequest> m_stopRequest;
    /// The pid the last state event named: a new instance is announced even when the state
    /// stays the same (Starting after Starting).
    qint64 m_announcedPid = 0;
    qint64 m_deadline = noDeadline;
    bool m_restartPending = false;
    int m_quickDeaths = 0;
    std::deque<qint64> m_restartTimes;
    QSet<qint64> m_reportedStrayPids;
    /// Whether the current instance's output goes through the output collector.
    bool m_outputCaptured = false;
    /// The lines of the current instance when they came before its exit was seen.
    std::optional<QStringList> m_earlyTail;
    /// An exit is announced once its replacement is spawned: every reader of the event
    /// (the log, the event stream, a --events pipe) would otherwise be woken, and compete for
    /// the cores, while the replacement is on its way. publish() announces it before any
    /// other event of this runner, so the order stays exit, then what followed.
    std::optional<Event> m_unannouncedExit;
};
