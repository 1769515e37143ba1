// The one core object the GUI and headless mode talk to (DESIGN.md §5): the registry of
// programs (a ProgramRunner each) and the facade over the parts that supervise them together:
// the dependency scheduler, the instance recorder and the heartbeat router. It also owns the
// single deadline wake-up shared by all runners, and reaps orphans. Lifecycle events are
// emitted at once; heartbeat-driven changes are coalesced.
#pragma once

#include "core/model/event.h"
#include "core/model/eventhistory.h"
#include "core/model/programspec.h"
#include "core/model/resourceusage.h"
#include "core/os/containment.h"
#include "core/os/resourcesampler.h"
#include "core/os/signalwatcher.h"
#include "core/supervision/dependencyscheduler.h"
#include "core/supervision/instancerecorder.h"
#include "core/supervision/pinger.h"
#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

#include <zmq.hpp>

class Clock;
class HeartbeatRouter;
class NotifyRouter;
class OutputCollector;
class RuntimeDir;

class Supervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Supervisor)

public:
    enum class RemoveMode { StopFirst, LeaveRunning };

    /// runtimeDir must outlive the supervisor. clock defaults to a SteadyClock; tests pass a
    /// fake one. Program output goes to <logDirectory>/<name>.log.
    Supervisor(const RuntimeDir *runtimeDir, const QString &logDirectory, Clock *clock = nullptr,
               QObject *parent = nullptr);
    ~Supervisor() override;

    /// $XDG_STATE_HOME/zlauncher/logs, or ~/.local/state/zlauncher/logs.
    static QString defaultLogDirectory();

    /// Binds the heartbeat endpoints (ipc://R/heartbeat plus extraHeartbeatEndpoints).
    bool listen(const QStringList &extraHeartbeatEndpoints, QString *error);

    /// Adopts the live instances a previous launcher on this runtime directory recorded (pid
    /// and start time must both match: a reused pid is not adopted), reports the ones that
    /// ended meanwhile and restarts those per their policy. Call after adding the programs
    /// and before starting any.
    void adoptRecordedInstances();

    /// Validates the spec (and that its name is free); on error *error names the problem.
    bool addProgram(const ProgramSpec &spec, QString *error = nullptr);
    /// Removes the programs together. Refused, with *error saying why, when a program that
    /// stays depends on one of them: the configuration would no longer load.
    bool removePrograms(const QStringList &names, RemoveMode mode, QString *error = nullptr);
    bool removeProgram(const QString &name, RemoveMode mode, QString *error = nullptr)
    {
        return removePrograms({name}, mode, error);
    }
    /// Replaces the spec of program name; a running instance keeps its settings until its next
    /// start. Renaming needs the program stopped (its endpoints carry the name).
    bool updateProgram(const QString &name, const ProgramSpec &spec, QString *error = nullptr);

    /// Changes the number of replicas of a program with "instances" to count: the added ones
    /// start, the removed ones stop one at a time from the highest index down and go once
    /// stopped (docs/design.md, "Replicas").
    bool scaleProgram(const QString &name, int count, QString *error = nullptr);

    /// Every runner: a program, or one replica of a program with "instances". The table's rows.
    QStringList programNames() const { return m_programs.order; }
    /// The programs as configured, in order: a program with "instances" once, by its own name.
    QStringList configuredNames() const;
    /// The configured name of the runner name: its set's for a replica, else name itself.
    QString configuredName(const QString &name) const { return m_programs.configuredName(name); }
    /// The runners a configured name stands for: {name}, or a set's replicas.
    QStringList members(const QString &name) const { return m_programs.members(name); }
    /// Whether a runner of name (a program, or a replica of it) has a live instance.
    bool isLive(const QString &name) const;
    QString runtimeDirectory() const;
    /// Captures the programs' output (zlauncher-logd: rotation, stderr tails).
    OutputCollector *outputCollector() const { return m_output.get(); }
    /// A runner's name, or a replica set's.
    bool hasProgram(const QString &name) const
    {
        return m_programs.byName.contains(name) || m_programs.sets.contains(name);
    }
    /// The spec of a runner, or a replica set's as configured.
    const ProgramSpec *spec(const QString &name) const;
    /// The spec its live instance was launched with (it differs from spec() after an edit
    /// until the next launch); null when it has no live instance.
    const ProgramSpec *instanceSpec(const QString &name) const;
    /// instanceSpec() expanded, as the live instance runs it (ProgramRunner::instanceLaunchSpec).
    const ProgramSpec *instanceLaunchSpec(const QString &name) const;
    /// What the next start launches: spec() with its env file read and ${VAR} expanded (as of
    /// its last start, addition or edit). Null when there is no such program, or when it cannot
    /// be expanded now, with *error saying why.
    const ProgramSpec *launchSpec(const QString &name, QString *error = nullptr) const;
    const ProgramSnapshot *snapshot(const QString &name) const;
    const HeartbeatHistory *heartbeatHistory(const QString &name) const;
    /// The cgroup or process group of every program with a live instance, by name: what a
    /// resource sampler sums over.
    QHash<QString, SampleTarget> sampleTargets() const;
    /// How instances are contained. Set before any program is added (Launcher::open()); a
    /// supervisor made without a launcher (tests) uses process groups.
    void setContainment(const Containment &containment) { m_containment = containment; }
    const Containment &containment() const { return m_containment; }
    /// A resource sample of the programs' process groups: each program's memory limit is
    /// checked against it (ProgramRunner::handleMemorySample).
    void handleResourceSample(const QHash<QString, ResourceUsage> &usage);
    /// Whether a program has a memory limit (maxMemoryMiB), which needs a sample every second.
    bool enforcesMemoryLimits() const;
    bool hasLiveInstances() const;
    qint64 nowMs() const;
    /// The process's one ZeroMQ context (one I/O thread): the event publisher and the control
    /// server open their sockets on it, and must be gone before the supervisor is.
    zmq::context_t &zmqContext() { return m_zmq; }
    quint64 rejectedHeartbeats() const;
    quint64 acceptedHeartbeats() const;
    /// Datagrams on the notify socket that no program's process sent, or that were malformed.
    quint64 droppedNotifyDatagrams() const;

    /// Sends `ping` to the program's control endpoint. The outcome goes to callback (if any),
    /// to the event log (kind Ping) and to the program's snapshot; it comes from the event
    /// loop, never from within this call.
    void pingProgram(const QString &name, int timeoutMs = 1000,
                     std::function<void(const PingResult &)> callback = {});

    /// An event of the launcher that is not a program's own (a request through the control
    /// endpoint, for example), to the same log and stream as the rest.
    void emitEvent(EventKind kind, Severity severity, const QString &message,
                   const QString &program = QString());

    /// Off by default: a heartbeat event per beat is costly and rarely wanted.
    void setHeartbeatEventsEnabled(bool enabled);

    /// The number of the last event emitted: events are numbered 1, 2, 3 … in the order of
    /// eventOccurred(), so a follower of the stream sees a gap as a gap (docs/remote.md).
    quint64 lastEventNumber() const { return m_lastEventNumber; }
    /// The last events as the stream carried them, and this run's id (the "events" request).
    const EventHistory &eventHistory() const { return m_history; }
    /// An event as the stream and `--events json` carry it (compact JSON): the very bytes the
    /// history keeps, encoded again only when it keeps none.
    QByteArray eventJson(const Event &event) const;
    /// How many events the history keeps (EventHistory::defaultCapacity unless told).
    void setKeptEvents(int count) { m_history.setCapacity(count); }

public Q_SLOTS:
    /// Starts the program once every program it depends on is ready (DESIGN.md §5), starting
    /// those that are stopped; until then its snapshot lists what it waits for.
    void startProgram(const QString &name);
    void stopProgram(const QString &name);
    void restartProgram(const QString &name);
    void killProgram(const QString &name);
    void startAutostartPrograms();
    void startAll();
    /// Dependents first: a program is asked to stop once nothing that depends on it is live.
    /// allStopped() follows once no program has a live instance.
    void stopAll();
    void killAll();

Q_SIGNALS:
    void eventOccurred(const Event &event);
    void stateChanged(const QString &name, ProgramState state);
    /// Coalesced: a few times a second at most, naming the programs whose snapshot changed.
    void programsChanged(const QStringList &names);
    void programAdded(const QString &name);
    void programRemoved(const QString &name);
    /// The spec was edited (and perhaps renamed from oldName).
    void programSpecChanged(const QString &oldName, const QString &name);
    /// What configuredNames() and their specs say changed: once per add, edit, removal or
    /// scale, however many runners it touched.
    void configurationChanged();
    void allStopped();

private:
    /// startProgram() for each, their first records saved in one write.
    void startTogether(const QStringList &names);
    ProgramRunner *runner(const QString &name) const { return m_programs.find(name); }
    /// Adds one runner, checked already; appended to the order.
    ProgramRunner *addRunner(const ProgramSpec &spec);
    void addReplicas(ReplicaSet &set, int count);
    /// Gives the runner name spec, checked already (a rename needs it stopped).
    void updateRunner(const QString &name, const ProgramSpec &spec);
    /// Replaces a program by a replica set of the same place, or the reverse: both stopped.
    void replaceKeepingPlace(const QString &name, const ProgramSpec &spec);
    /// Stops the replicas in m_retiring one at a time, dropping each once it has stopped.
    void retireNext();
    void dropProgram(const QString &name);
    QString specError(const ProgramSpec &spec, const QString &replacing) const;
    /// Every name spec would take (its own; a set's replicas too) that is taken by a program
    /// other than replacing, or a retiring replica.
    QString nameClash(const ProgramSpec &spec, const QString &replacing) const;
    /// Groups the configurationChanged() of what runs while it lives into one.
    class ConfigurationBatch
    {
    public:
        explicit ConfigurationBatch(Supervisor *supervisor);
        ~ConfigurationBatch();
        Q_DISABLE_COPY_MOVE(ConfigurationBatch)

    private:
        Supervisor *m_supervisor;
    };
    void configurationTouched();
    void rebuildCommandIndex();
    void onRunnerStateChanged(ProgramRunner *runner, ProgramState state);
    void markChanged(const QString &name);
    /// Every event leaves through here, numbered.
    void announce(const Event &event);
    void scheduleWake(qint64 atMs);
    void onWoken();
    /// The wake-up came lateMs late: the launcher itself was away.
    void renewDeadlinesAfterStall(qint64 lateMs);

    const RuntimeDir *m_runtimeDir;
    QString m_logDirectory;
    std::unique_ptr<OutputCollector> m_output;
    Containment m_containment = Containment::processGroups(
            QStringLiteral("the supervisor was made without a launcher"));
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    zmq::context_t m_zmq;

    ProgramRegistry m_programs; // the runners are owned as children
    DependencyScheduler m_scheduler{m_programs};
    InstanceRecorder m_recorder;
    std::unique_ptr<HeartbeatRouter> m_router; // its sockets close before m_zmq
    std::unique_ptr<NotifyRouter> m_notify;
    Pinger *m_pinger; // a child: its requests close before m_zmq
    QSet<QString> m_removeWhenStopped;
    /// Replicas a scale-down removes, highest index first: the first is stopping.
    QStringList m_retiring;
    int m_batchDepth = 0;
    bool m_batchTouched = false;

    qint64 m_wakeAt = ProgramRunner::noDeadline;
    QSet<QString> m_changed;
    QTimer m_changeTimer;

    SignalWatcher m_childSignals;
    QTimer m_orphanReapTimer;
    quint64 m_lastEventNumber = 0;
    EventHistory m_history;
};
