#include "core/supervision/supervisor.h"

#include "core/model/clock.h"
#include "core/model/logging.h"
#include "core/os/outputcollector.h"
#include "core/os/processwatch.h"
#include "core/os/runtimedir.h"
#include "core/supervision/heartbeatrouter.h"
#include "core/supervision/notifyrouter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
constexpr int changeCoalescingMs = 250;
constexpr int orphanReapRetryMs = 2;
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
        if (ProcessWatch::reapOrphans(watched) < 0) {
            // An exec probe's spawn is under way on its thread (ExecSpawner): a moment later.
            QTimer::singleShot(orphanReapRetryMs, &m_orphanReapTimer, qOverload<>(&QTimer::start));
        }
    });
    connect(m_clock, &Clock::woken, this, &Supervisor::onWoken);
    connect(m_output.get(), &OutputCollector::eventOccurred, this, &Supervisor::announce);
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
    connect(&m_scheduler, &DependencyScheduler::eventOccurred, this, &Supervisor::announce);
    connect(&m_scheduler, &DependencyScheduler::allStopped, this, &Supervisor::allStopped);
    connect(&m_scheduler, &DependencyScheduler::startRequested, this,
            [this](const QString &name) { m_removeWhenStopped.remove(name); });
    connect(&m_recorder, &InstanceRecorder::eventOccurred, this, &Supervisor::announce);
    connect(m_router.get(), &HeartbeatRouter::eventOccurred, this, &Supervisor::announce);
    connect(m_notify.get(), &NotifyRouter::eventOccurred, this, &Supervisor::announce);
    connect(m_pinger, &Pinger::eventOccurred, this, &Supervisor::announce);
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

QString Supervisor::runtimeDirectory() const
{
    return m_runtimeDir->path();
}

const ProgramSpec *Supervisor::spec(const QString &name) const
{
    if (const ProgramRunner *found = runner(name)) {
        return &found->spec();
    }
    const auto set = m_programs.sets.constFind(name);
    return set != m_programs.sets.constEnd() ? &set->spec : nullptr;
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

QHash<QString, SampleTarget> Supervisor::sampleTargets() const
{
    QHash<QString, SampleTarget> targets;
    for (auto it = m_programs.byName.cbegin(); it != m_programs.byName.cend(); ++it) {
        SampleTarget target{it.value()->processGroup(), it.value()->cgroup()};
        if (target.processGroup > 0 || !target.cgroup.isEmpty()) {
            targets.insert(it.key(), std::move(target));
        }
    }
    return targets;
}

bool Supervisor::enforcesMemoryLimits() const
{
    return std::any_of(m_programs.byName.cbegin(), m_programs.byName.cend(),
                       [](const ProgramRunner *r) { return r->spec().maxMemoryMiB.has_value(); });
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
    if (m_retiring.contains(name)) {
        emitEvent(EventKind::Error, Severity::Error,
                  tr("cannot start %1: it is being removed, since %2 was scaled down")
                          .arg(name, configuredName(name)),
                  name);
        return;
    }
    for (const QString &member : members(name)) {
        m_scheduler.start(member);
    }
}

void Supervisor::stopProgram(const QString &name)
{
    for (const QString &member : members(name)) {
        m_scheduler.stop(member);
    }
}

void Supervisor::pingProgram(const QString &name, int timeoutMs,
                             std::function<void(const PingResult &)> callback)
{
    m_pinger->ping(name, timeoutMs, std::move(callback));
}

void Supervisor::restartProgram(const QString &name)
{
    for (const QString &member : members(name)) {
        runner(member)->restart();
    }
}

void Supervisor::killProgram(const QString &name)
{
    for (const QString &member : members(name)) {
        runner(member)->kill();
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
        if (!m_retiring.isEmpty() && m_retiring.constFirst() == name) {
            retireNext();
        }
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
    announce(Event::make(program, kind, severity, message));
}

void Supervisor::announce(const Event &event)
{
    Event numbered = event;
    numbered.number = ++m_lastEventNumber;
    // Kept before it is told: the stream's publishers send the very bytes kept (eventJson), so
    // that a follower that fetches it again gets what the stream carried.
    if (m_history.capacity() > 0) {
        m_history.append(numbered.number,
                         QJsonDocument(toJson(numbered)).toJson(QJsonDocument::Compact));
    }
    Q_EMIT eventOccurred(numbered);
}

QByteArray Supervisor::eventJson(const Event &event) const
{
    QByteArray json = m_history.json(event.number);
    return json.isEmpty() ? QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) : json;
}

void Supervisor::adoptRecordedInstances()
{
    m_recorder.adoptRecordedInstances();
}
