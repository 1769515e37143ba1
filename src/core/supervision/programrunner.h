// One program's lifecycle (DESIGN.md §5): launch, liveness from heartbeats or the pidfd,
// restart policy with backoff, and the stop escalation (stop request, SIGTERM, SIGKILL).
// Deadlines are published, not timed here: the Supervisor arms one wake-up for all runners.
#pragma once

#include "core/model/event.h"
#include "core/model/programsnapshot.h"
#include "core/model/heartbeathistory.h"
#include "core/supervision/deathrecords.h"
#include "core/supervision/processcontrol.h"
#include "core/supervision/restartbudget.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

#include <zmq.hpp>

class Clock;
class InstanceOutput;
class Containment;
class OutputCollector;
class Prober;
class RuntimeDir;
struct NotifyMessage;
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
    /// Spawns, watches and signals the program and sends it control requests; null: the real
    /// one (ProcessControl::system() over zmqContext). Tests give a fake.
    ProcessControl *processes = nullptr;
    /// How instances are contained (cgroups or process groups); null: process groups.
    const Containment *containment = nullptr;
    /// The token (ZLAUNCHER_INSTANCE) of the program's next instance. Its one owner is the
    /// instance recorder (InstanceRecorder::nextToken), which records the instance by it before
    /// it exists. Required.
    std::function<QString(const QString &program)> instanceToken;
};

class ProgramRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramRunner)

public:
    static constexpr qint64 noDeadline = std::numeric_limits<qint64>::max();

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
        expandSpec();
    }
    /// spec() as the next launch runs it: env file read, ${VAR} expanded. Computed when the
    /// spec is set and at each start the user asks for (so an edited env file is read), not at
    /// automatic restarts. Null when it cannot be: see launchSpecError().
    const ProgramSpec *launchSpec() const { return m_launchSpec ? &*m_launchSpec : nullptr; }
    /// Why launchSpec() is null ("program "web": ${PORT} is not defined (in "arguments")").
    const QString &launchSpecError() const { return m_launchSpecError; }
    /// instanceSpec() expanded, as the live instance runs it; null without one, or when the
    /// instance was adopted with a spec that cannot be expanded.
    const ProgramSpec *instanceLaunchSpec() const
    {
        return m_watch && m_instanceLaunchSpec ? &*m_instanceLaunchSpec : nullptr;
    }
    const ProgramSnapshot &snapshot() const { return m_snapshot; }
    /// Arrival times of the recent heartbeats, across instances.
    const HeartbeatHistory &heartbeatHistory() const { return m_heartbeatHistory; }
    ProgramState state() const { return m_snapshot.state; }
    qint64 deadline() const { return m_deadline; }
    /// The process group of the live instance, 0 when there is none.
    qint64 processGroup() const;
    /// The live instance's own cgroup; empty where process groups are in force.
    QString cgroup() const;

    /// Takes over a live instance that a previous launcher started: watched through a pidfd,
    /// marked adopted, Running once it beats (plain programs at once). Its exit status will
    /// not be known: it is not this launcher's child.
    bool adopt(qint64 pid, qint64 uptimeMs, const QString &token, QString *error);

    /// Whether the live instance's readiness probe passes now; without a probe, whether it is
    /// Running. The "healthy" dependency condition.
    bool readinessHolds() const;

    /// Set by the supervisor while a start waits for dependencies: their names, why each is
    /// awaited, and whether one failed in a way that holds the wait (ProgramSnapshot).
    void setWaitingFor(const QStringList &names, const QStringList &reasons = {},
                       bool blocked = false);
    void notePing(qint64 roundTripUs, const QString &result, const QString &status);

    /// User actions. start() after Failed forgets the restart history.
    void start();
    void stop();
    void restart();
    void kill();

    void handleHeartbeat(const ReceivedHeartbeat &heartbeat);
    void handleLegacyHeartbeat();
    /// A datagram of systemd's notify protocol from pid, a process of this program's group.
    void handleNotify(qint64 pid, const NotifyMessage &message);
    /// Called by the supervisor when deadline() has passed.
    void handleDeadline();
    /// A sample of the live instance's resident memory (its whole group's): past maxMemoryMiB
    /// for memoryBreachSamples samples in a row, it is killed and restarted per its policy.
    void handleMemorySample(qint64 residentBytes);
    /// The launcher itself did not run for a while (stopped, paused in a debugger, starved of
    /// CPU), and this liveness deadline passed meanwhile: that says nothing of the program,
    /// whose beats may still be on their way. It gets one whole timeout again from now.
    /// False when deadline() is not a liveness deadline that has passed.
    bool renewLivenessDeadline();
    /// The output of instance token was closed (OutputCollector::outputClosed): completes its
    /// death record, or makes one for an instance that ended while no launcher watched it.
    void handleOutputClosed(const QString &token, const QStringList &lastStderrLines);

Q_SIGNALS:
    void eventOccurred(const Event &event);
    void stateChanged(ProgramState state);
    /// The readiness probe's verdict changed: the "healthy" condition of dependents may now
    /// hold, or no longer.
    void readinessChanged();
    void snapshotChanged();
    void deadlineChanged(qint64 atMs);
    /// Emitted right before an instance is started with this token, so that it is recorded
    /// before it exists.
    void aboutToLaunch(const QString &token);

private:
    void launch();
    /// Says once that the kernel's memory cap cannot be set here, and why.
    void warnIfMemoryMaxNotEnforced(const ProgramSpec &launched);
    /// A spawned instance that cannot be watched is killed, and the start fails.
    void killUnwatched(qint64 pid, QString watchError);
    /// The instance's output through the log daemon, or nullopt: it is appended directly.
    std::optional<InstanceOutput> prepareOutput(const QString &token, const QString &logFile);
    /// The instance pid, launched or adopted, is watched: its snapshot and probes start afresh.
    void takeInstance(qint64 pid, qint64 startedAtMs, bool adopted, const QString &logFile);
    /// takeInstance() for a launched one, with its start deadline.
    void beginInstance(qint64 pid, const QString &logFile);
    /// Reads the env file and expands spec() into launchSpec(), or its error.
    void expandSpec();
    /// The instance's whole environment but its token, built at its first launch.
    const QStringList &launchEnvironment();
    void onExited(const ExitStatus &status);
    void recordDeath(const ExitStatus &status, qint64 uptimeMs, bool stopRequested);
    void restartAfterDeath(qint64 uptimeMs, bool failed);
    void beginStop();
    void terminate(const QString &why);
    void declareLost(const QString &why);
    void noteHeartbeat(qint64 pid, quint64 sequence, const std::optional<QString> &status);
    bool isOwnInstance(qint64 pid) const;
    /// Watches the instance just started or adopted: false with *error when it cannot be.
    bool watchInstance(qint64 pid, QString *error);
    void reportStray(qint64 pid);
    /// How long the live instance may stay silent while Running: its lost timeout, or its
    /// watchdog timeout; 0 when nothing is expected of it.
    int livenessTimeoutMs() const;
    QString startOverdueReason() const;
    void resetNotifyState();
    void followMainPid(qint64 mainPid);
    /// WATCHDOG_USEC=: the program's own watchdog timeout, 0 for none.
    void setWatchdogTimeout(qint64 usec);
    void extendTimeout(qint64 usec);
    /// RELOADING=1 and STOPPING=1.
    void noteNotifyPhase(const NotifyMessage &message);
    void noteReady();
    void noteWatchdogPing();
    /// Running, or Starting but past what its kind asks (see m_instanceUp): heartbeats and
    /// watchdog pings move its liveness deadline.
    bool isUp() const;
    /// The instance said it is up (its first beat, READY=1, its minimum uptime): Running, once
    /// its readiness probe (if any) passes too. reason goes with the state.
    void noteUp(const QString &reason = {});

    // The health probes of the live instance: programrunnerprobes.cpp.
    void startProbes();
    void stopProbes();
    void onProbeVerdict(ProbeRole role, bool passing, const QString &detail);

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
    std::optional<ProgramSpec> m_launchSpec;
    /// m_launchSpec as the current (or last) instance was launched with it.
    std::optional<ProgramSpec> m_instanceLaunchSpec;
    QString m_launchSpecError;
    /// The environment of launchSpec(), built at its first launch.
    QStringList m_launchEnvironment;
    RunnerContext m_context;
    /// The real ProcessControl when the context gave none.
    std::unique_ptr<ProcessControl> m_ownProcesses;
    ProcessControl *m_processes = nullptr;
    ProgramSnapshot m_snapshot;
    /// Keeps m_snapshot.deaths.
    DeathRecords m_deaths{&m_snapshot.deaths};
    HeartbeatHistory m_heartbeatHistory;
    /// The live instance, null when there is none.
    std::unique_ptr<WatchedProcess> m_watch;
    /// The pid the last state event named: a new instance is announced even when the state
    /// stays the same (Starting after Starting).
    qint64 m_announcedPid = 0;
    qint64 m_deadline = noDeadline;
    /// memoryMaxMiB that cannot be enforced is said once, at the first start.
    bool m_memoryMaxProblemSaid = false;
    bool m_restartPending = false;
    /// The notify protocol's state of the live instance: WATCHDOG_USEC= (-1: as configured),
    /// STOPPING=1, RELOADING=1.
    int m_watchdogOverrideMs = -1;
    bool m_notifyStopping = false;
    bool m_notifyReloading = false;
    /// See noteUp(): false from each launch or adoption until the instance is up.
    bool m_instanceUp = false;
    std::unique_ptr<Prober> m_readinessProber;
    std::unique_ptr<Prober> m_livenessProber;
    RestartBudget m_restarts;
    /// Memory samples in a row above maxMemoryMiB, for the live instance.
    int m_memoryBreaches = 0;
    QSet<qint64> m_reportedStrayPids;
    /// An exit is announced once its replacement is spawned: every reader of the event
    /// (the log, the event stream, a --events pipe) would otherwise be woken, and compete for
    /// the cores, while the replacement is on its way. publish() announces it before any
    /// other event of this runner, so the order stays exit, then what followed.
    std::optional<Event> m_unannouncedExit;
};
