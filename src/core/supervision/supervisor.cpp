#include "core/supervision/supervisor.h"

#include "core/model/clock.h"
#include "core/model/dependencygraph.h"
#include "core/model/logging.h"
#include "core/model/programexpansion.h"
#include "core/os/outputcollector.h"
#include "core/os/processwatch.h"
#include "core/os/runtimedir.h"
#include "core/supervision/heartbeatrouter.h"
#include "core/supervision/notifyrouter.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
constexpr int changeCoalescingMs = 250;
constexpr int maxZmqSockets = 8192;
} // namespace

Supervisor::Supervisor(const RuntimeDir *runtimeDir, const QString &logDirectory, Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_runtimeDir(runtimeDir)
    , m_logDirectory(logDirectory)
    , m_output(std::make_unique<OutputCollector>(runtimeDir->path()))
    , m_ownClock(clock ? nullptr : std::make_unique<SteadyClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_zmq(1)
    , m_recorder(QDir(runtimeDir->path()).filePath(u"instances.json"_s), m_programs)
    , m_router(std::make_unique<HeartbeatRouter>(m_zmq, runtimeDir, m_programs))
    , m_notify(std::make_unique<NotifyRouter>(runtimeDir, m_programs))
    , m_pinger(new Pinger(m_zmq, runtimeDir, m_programs, this))
    , m_childSignals({SIGCHLD})
{
    // A stop or ping in flight holds a REQ and its monitor's two PAIR sockets: stopping a
    // thousand programs at once needs more than ZeroMQ's default of 1023 sockets.
    m_zmq.set(zmq::ctxopt::max_sockets, maxZmqSockets);
    // Orphans (the programs' children, reparented to the launcher) are reaped on SIGCHLD,
    // but in a later pass of the event loop: a program's own exit, signalled by the same
    // SIGCHLD, is handled first, so its replacement does not wait for the scan
    // (docs/performance.md, fix F7); the SIGCHLDs of a stop all make one scan.
    m_orphanReapTimer.setSingleShot(true);
    m_orphanReapTimer.setInterval(0);
    connect(&m_childSignals, &SignalWatcher::signalReceived, &m_orphanReapTimer,
            qOverload<>(&QTimer::start));
    connect(&m_orphanReapTimer, &QTimer::timeout, this, [this] {
        QSet<qint64> watched;
        for (const ProgramRunner *r : std::as_const(m_programs.byName)) {
            if (r->snapshot().pid > 0) {
                watched.insert(r->snapshot().pid);
            }
        }
        ProcessWatch::reapOrphans(watched);
    });
    connect(m_clock, &Clock::woken, this, &Supervisor::onWoken);
    connect(m_output.get(), &OutputCollector::eventOccurred, this, &Supervisor::eventOccurred);
    connect(m_output.get(), &OutputCollector::outputClosed, this,
            [this](const QString &name, const QString &token, const QStringList &lines) {
                if (ProgramRunner *found = runner(name)) {
                    found->handleOutputClosed(token, lines);
                }
            });
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(changeCoalescingMs);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        QStringList names(m_changed.cbegin(), m_changed.cend());
        m_changed.clear();
        Q_EMIT programsChanged(names);
    });
    connect(&m_scheduler, &DependencyScheduler::eventOccurred, this, &Supervisor::eventOccurred);
    connect(&m_scheduler, &DependencyScheduler::allStopped, this, &Supervisor::allStopped);
    connect(&m_scheduler, &DependencyScheduler::startRequested, this,
            [this](const QString &name) { m_removeWhenStopped.remove(name); });
    connect(&m_recorder, &InstanceRecorder::eventOccurred, this, &Supervisor::eventOccurred);
    connect(m_router.get(), &HeartbeatRouter::eventOccurred, this, &Supervisor::eventOccurred);
    connect(m_notify.get(), &NotifyRouter::eventOccurred, this, &Supervisor::eventOccurred);
    connect(m_pinger, &Pinger::eventOccurred, this, &Supervisor::eventOccurred);
}

Supervisor::~Supervisor()
{
    // Runners (and their stop requests' sockets) and pings must go before the ZeroMQ context,
    // whose destructor waits for every socket to close.
    delete m_pinger;
    qDeleteAll(m_programs.byName);
    m_programs.byName.clear();
    m_router.reset();
    m_notify.reset();
}

QString Supervisor::defaultLogDirectory()
{
    // QStandardPaths has no state location before Qt 6.7; this is the XDG rule it follows.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state)) {
        state = QDir::homePath() + u"/.local/state"_s;
    }
    return state + u"/zlauncher/logs"_s;
}

bool Supervisor::listen(const QStringList &extraHeartbeatEndpoints, QString *error)
{
    QString subreaperError;
    if (!ProcessWatch::becomeSubreaper(&subreaperError)) {
        emitEvent(EventKind::Error, Severity::Warning, subreaperError);
    }
    return m_router->listen(extraHeartbeatEndpoints, error) && m_notify->listen(error);
}

void Supervisor::setHeartbeatEventsEnabled(bool enabled)
{
    m_router->setHeartbeatEventsEnabled(enabled);
}

QString Supervisor::specError(const ProgramSpec &spec, const QString &replacing) const
{
    QString problem = spec.validationError();
    // A missing env file or an undefined variable is refused now, with the program's name,
    // rather than found at its first start.
    if (problem.isEmpty() && ProgramExpansion::needsExpansion(spec)) {
        ProgramExpansion::expanded(spec, QProcessEnvironment::systemEnvironment(), &problem);
    }
    if (problem.isEmpty() && spec.name != replacing && m_programs.byName.contains(spec.name)) {
        problem = tr("a program named \"%1\" already exists").arg(spec.name);
    }
    if (problem.isEmpty()
        && RuntimeDir::isEndpointPathTooLong(m_runtimeDir->programControlEndpoint(spec.name))) {
        problem = tr("program \"%1\": the name is too long for a control endpoint in %2")
                          .arg(spec.name, m_runtimeDir->path());
    }
    if (problem.isEmpty() && !replacing.isEmpty() && spec.name != replacing) {
        if (const QStringList names = m_scheduler.dependents(replacing); !names.isEmpty()) {
            problem = tr("%1 depends on %2: remove %2 from its dependencies before renaming it")
                              .arg(names.join(u", "_s), replacing);
        }
    }
    // The programs already there form no cycle, so a new one must pass through spec, and
    // reach it by a program that depends on its name: usually there is none (a configuration
    // lists dependencies first), and loading N programs stays O(N).
    if (problem.isEmpty() && !spec.dependsOn.isEmpty() && m_scheduler.isDependedOn(spec.name)) {
        QList<ProgramSpec> programs;
        for (const QString &name : std::as_const(m_programs.order)) {
            if (name != replacing) {
                programs.append(runner(name)->spec());
            }
        }
        programs.append(spec);
        if (const QString cycle = dependencyCycle(programs); !cycle.isEmpty()) {
            problem = tr("program \"%1\": \"dependsOn\" would form a cycle (%2), and none of "
                         "these programs could ever start")
                              .arg(spec.name, cycle);
        }
    }
    return problem;
}

bool Supervisor::addProgram(const ProgramSpec &spec, QString *error)
{
    const QString problem = specError(spec, QString());
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }

    const RunnerContext context{m_clock,
                                &m_zmq,
                                m_runtimeDir,
                                m_logDirectory,
                                m_output.get(),
                                nullptr,
                                [this](const QString &name) { return m_recorder.nextToken(name); }};
    auto *runner = new ProgramRunner(spec, context, this);
    connect(runner, &ProgramRunner::eventOccurred, this, &Supervisor::eventOccurred);
    connect(runner, &ProgramRunner::stateChanged, this,
            [this, runner](ProgramState state) { onRunnerStateChanged(runner, state); });
    connect(runner, &ProgramRunner::snapshotChanged, this,
            [this, runner] { markChanged(runner->spec().name); });
    connect(runner, &ProgramRunner::deadlineChanged, this, &Supervisor::scheduleWake);
    connect(runner, &ProgramRunner::readinessChanged, &m_scheduler,
            [this, runner] { m_scheduler.startWaitersOf(runner->spec().name); });
    connect(runner, &ProgramRunner::aboutToLaunch, this,
            [this, runner](const QString &token) { m_recorder.recordLaunch(runner, token); });
    m_programs.byName.insert(spec.name, runner);
    m_programs.order.append(spec.name);
    m_scheduler.countDependencies(spec, 1);
    // The newcomer is last in configuration order: it takes its command only when no earlier
    // program has it, as a full rebuild would decide, without walking every program again.
    if (!m_programs.byCommand.contains(spec.program)) {
        m_programs.byCommand.insert(spec.program, runner);
    }
    Q_EMIT programAdded(spec.name);
    return true;
}

bool Supervisor::removePrograms(const QStringList &names, RemoveMode mode, QString *error)
{
    for (const QString &name : names) {
        if (!runner(name)) {
            if (error) {
                *error = tr("there is no program named \"%1\"").arg(name);
            }
            return false;
        }
        QStringList staying;
        for (const QString &dependent : m_scheduler.dependents(name)) {
            if (!names.contains(dependent) && !m_removeWhenStopped.contains(dependent)) {
                staying.append(dependent);
            }
        }
        if (!staying.isEmpty()) {
            if (error) {
                *error = tr("%1 depends on %2: remove it as well, or take %2 out of its "
                            "dependencies first")
                                 .arg(staying.join(u", "_s), name);
            }
            return false;
        }
    }
    for (const QString &name : names) {
        ProgramRunner *found = runner(name);
        if (mode == RemoveMode::StopFirst && hasLiveInstance(found->state())) {
            m_removeWhenStopped.insert(name);
            found->stop();
        } else {
            dropProgram(name);
        }
    }
    return true;
}

void Supervisor::dropProgram(const QString &name)
{
    ProgramRunner *found = runner(name);
    m_removeWhenStopped.remove(name);
    m_scheduler.forget(name);
    m_recorder.forget(name);
    m_scheduler.countDependencies(found->spec(), -1);
    m_programs.byName.remove(name);
    m_programs.order.removeOne(name);
    m_router->forget(name);
    m_changed.remove(name);
    rebuildCommandIndex();
    found->disconnect(this);
    found->deleteLater();
    Q_EMIT programRemoved(name);
}

bool Supervisor::updateProgram(const QString &name, const ProgramSpec &spec, QString *error)
{
    ProgramRunner *found = runner(name);
    QString problem
            = found ? specError(spec, name) : tr("there is no program named \"%1\"").arg(name);
    if (problem.isEmpty() && spec.name != name && hasLiveInstance(found->state())) {
        problem = tr("stop %1 before renaming it").arg(name);
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    m_scheduler.countDependencies(found->spec(), -1);
    m_scheduler.countDependencies(spec, 1);
    found->setSpec(spec);
    if (spec.name != name) {
        m_programs.byName.remove(name);
        m_programs.byName.insert(spec.name, found);
        m_programs.order[m_programs.order.indexOf(name)] = spec.name;
        if (m_changed.remove(name)) {
            markChanged(spec.name);
        }
        m_removeWhenStopped.remove(name);
        m_scheduler.rename(name, spec.name);
    }
    rebuildCommandIndex();
    Q_EMIT programSpecChanged(name, spec.name);
    // New dependencies may be ready already, or no longer.
    m_scheduler.startWaiting();
    return true;
}

void Supervisor::rebuildCommandIndex()
{
    // The first program in configuration order wins when two share a command.
    m_programs.byCommand.clear();
    for (const QString &name : std::as_const(m_programs.order)) {
        ProgramRunner *r = runner(name);
        if (!m_programs.byCommand.contains(r->spec().program)) {
            m_programs.byCommand.insert(r->spec().program, r);
        }
    }
}

QString Supervisor::runtimeDirectory() const
{
    return m_runtimeDir->path();
}

const ProgramSpec *Supervisor::spec(const QString &name) const
{
    const ProgramRunner *found = runner(name);
    return found ? &found->spec() : nullptr;
}

const ProgramSpec *Supervisor::instanceSpec(const QString &name) const
{
    const ProgramRunner *found = runner(name);
    return found ? found->instanceSpec() : nullptr;
}

const ProgramSpec *Supervisor::instanceLaunchSpec(const QString &name) const
{
    const ProgramRunner *found = runner(name);
    return found ? found->instanceLaunchSpec() : nullptr;
}

const ProgramSpec *Supervisor::launchSpec(const QString &name, QString *error) const
{
    const ProgramRunner *found = runner(name);
    if (found && error) {
        *error = found->launchSpecError();
    }
    return found ? found->launchSpec() : nullptr;
}

const ProgramSnapshot *Supervisor::snapshot(const QString &name) const
{
    const ProgramRunner *found = runner(name);
    return found ? &found->snapshot() : nullptr;
}

const HeartbeatHistory *Supervisor::heartbeatHistory(const QString &name) const
{
    const ProgramRunner *found = runner(name);
    return found ? &found->heartbeatHistory() : nullptr;
}

QHash<QString, qint64> Supervisor::processGroups() const
{
    QHash<QString, qint64> groups;
    for (auto it = m_programs.byName.cbegin(); it != m_programs.byName.cend(); ++it) {
        if (const qint64 group = it.value()->processGroup(); group > 0) {
            groups.insert(it.key(), group);
        }
    }
    return groups;
}

void Supervisor::handleResourceSample(const QHash<QString, ResourceUsage> &usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        if (ProgramRunner *runner = m_programs.byName.value(it.key())) {
            runner->handleMemorySample(it.value().residentBytes);
        }
    }
}

bool Supervisor::hasLiveInstances() const
{
    return std::any_of(m_programs.byName.cbegin(), m_programs.byName.cend(),
                       [](const ProgramRunner *r) { return hasLiveInstance(r->state()); });
}

qint64 Supervisor::nowMs() const
{
    return m_clock->nowMs();
}

quint64 Supervisor::rejectedHeartbeats() const
{
    return m_router->rejectedHeartbeats();
}

quint64 Supervisor::acceptedHeartbeats() const
{
    return m_router->acceptedHeartbeats();
}

quint64 Supervisor::droppedNotifyDatagrams() const
{
    return m_notify->droppedDatagrams();
}

void Supervisor::startProgram(const QString &name)
{
    m_scheduler.start(name);
}

void Supervisor::stopProgram(const QString &name)
{
    m_scheduler.stop(name);
}

void Supervisor::pingProgram(const QString &name, int timeoutMs,
                             std::function<void(const PingResult &)> callback)
{
    m_pinger->ping(name, timeoutMs, std::move(callback));
}

void Supervisor::restartProgram(const QString &name)
{
    if (ProgramRunner *found = runner(name)) {
        found->restart();
    }
}

void Supervisor::killProgram(const QString &name)
{
    if (ProgramRunner *found = runner(name)) {
        found->kill();
    }
}

void Supervisor::startAutostartPrograms()
{
    QStringList autostart;
    for (const QString &name : std::as_const(m_programs.order)) {
        if (runner(name)->spec().autostart) {
            autostart.append(name);
        }
    }
    startTogether(autostart);
}

void Supervisor::startAll()
{
    startTogether(m_programs.order);
}

void Supervisor::startTogether(const QStringList &names)
{
    // Every instance is recorded before it exists (aboutToLaunch); those launched at once
    // here are recorded in one write rather than one each.
    QList<ProgramRunner *> launching;
    for (const QString &name : names) {
        ProgramRunner *r = runner(name);
        if (!hasLiveInstance(r->state()) && m_scheduler.unmetDependencies(r).isEmpty()) {
            launching.append(r);
        }
    }
    m_recorder.recordLaunching(launching);
    for (const QString &name : names) {
        startProgram(name);
    }
}

void Supervisor::stopAll()
{
    m_scheduler.stopAll();
}

void Supervisor::killAll()
{
    for (const QString &name : std::as_const(m_programs.order)) {
        killProgram(name);
    }
}

void Supervisor::onRunnerStateChanged(ProgramRunner *runner, ProgramState state)
{
    const QString name = runner->spec().name;
    m_recorder.recordInstance(runner);
    m_notify->instancesChanged();
    if (state == ProgramState::Lost) {
        m_router->explainLoss(runner);
    }
    Q_EMIT stateChanged(name, state);
    if (!hasLiveInstance(state) && m_removeWhenStopped.contains(name)) {
        dropProgram(name);
    }
    m_scheduler.onStateChanged(runner, state);
}

void Supervisor::markChanged(const QString &name)
{
    m_changed.insert(name);
    if (!m_changeTimer.isActive()) {
        m_changeTimer.start();
    }
}

void Supervisor::emitEvent(EventKind kind, Severity severity, const QString &message,
                           const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, kind, severity, message));
}

void Supervisor::adoptRecordedInstances()
{
    m_recorder.adoptRecordedInstances();
}
