#include "core/supervision/supervisor.h"

#include "core/model/clock.h"
#include "core/zmq/connectionmonitor.h"
#include "core/zmq/heartbeatbus.h"
#include "core/model/logging.h"
#include "core/os/outputcollector.h"
#include "core/model/dependencygraph.h"
#include "core/os/runtimedir.h"
#include "core/zmq/controlrequest.h"

#include <QDir>
#include <QFile>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
constexpr int changeCoalescingMs = 250;
constexpr int rejectReportMs = 1000;
// What is learnt after a launch waits this long to be saved (see scheduleRecordSave()).
constexpr int recordSaveDelayMs = 10;
constexpr qsizetype maxReportedUnknownNames = 256;
constexpr int maxZmqSockets = 8192;
/// A wake-up this late means the launcher itself was away. A precise timer on a live loop is
/// late by a few milliseconds, even loaded; a lost timeout is hundreds of them.
constexpr qint64 stallNoticedMs = 100;
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
    , m_childSignals({SIGCHLD})
    , m_instanceState(QDir(runtimeDir->path()).filePath(u"instances.json"_s))
{
    // A stop or ping in flight holds a REQ and its monitor's two PAIR sockets: stopping a
    // thousand programs at once needs more than ZeroMQ's default of 1023 sockets.
    m_zmq.set(zmq::ctxopt::max_sockets, maxZmqSockets);
    // Orphans (the programs' children, reparented to the launcher) are reaped on SIGCHLD,
    // but in a later pass of the event loop: a program's own exit, signalled by the same
    // SIGCHLD, is handled first, so its replacement does not wait for the scan (about
    // 0.2 ms with 50 programs); the SIGCHLDs of a stop all make one scan.
    m_orphanReapTimer.setSingleShot(true);
    m_orphanReapTimer.setInterval(0);
    connect(&m_childSignals, &SignalWatcher::signalReceived, &m_orphanReapTimer,
            qOverload<>(&QTimer::start));
    connect(&m_orphanReapTimer, &QTimer::timeout, this, [this] {
        QSet<qint64> watched;
        for (const ProgramRunner *r : std::as_const(m_runners)) {
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
    m_recordSaveTimer.setSingleShot(true);
    m_recordSaveTimer.setInterval(recordSaveDelayMs);
    connect(&m_recordSaveTimer, &QTimer::timeout, this, &Supervisor::saveRecord);
    m_rejectReportTimer.setSingleShot(true);
    m_rejectReportTimer.setInterval(rejectReportMs);
    connect(&m_rejectReportTimer, &QTimer::timeout, this, &Supervisor::reportRejected);
}

Supervisor::~Supervisor()
{
    // Runners (and their stop requests' sockets) and pings must go before the ZeroMQ context,
    // whose destructor waits for every socket to close.
    if (m_recordSaveTimer.isActive()) {
        saveRecord();
    }
    qDeleteAll(findChildren<ControlRequest *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_runners);
    m_runners.clear();
    m_connectionMonitor.reset();
    m_bus.reset();
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
    Q_ASSERT_X(!m_bus, "Supervisor::listen", "called twice");
    QString subreaperError;
    if (!ProcessWatch::becomeSubreaper(&subreaperError)) {
        emitEvent(EventKind::Error, Severity::Warning, subreaperError);
    }
    m_bus = std::make_unique<HeartbeatBus>(m_zmq);
    connect(m_bus.get(), &HeartbeatBus::heartbeatReceived, this, &Supervisor::onHeartbeat);
    connect(m_bus.get(), &HeartbeatBus::legacyHeartbeatReceived, this,
            &Supervisor::onLegacyHeartbeat);
    connect(m_bus.get(), &HeartbeatBus::messageRejected, this, &Supervisor::onRejected);
    if (!m_bus->bind(QStringList{m_runtimeDir->heartbeatEndpoint()} + extraHeartbeatEndpoints,
                     error)) {
        return false;
    }
    m_connectionMonitor = std::make_unique<ConnectionMonitor>(m_zmq, m_bus->socket());
    if (!m_connectionMonitor->isActive()) {
        emitEvent(EventKind::Connection, Severity::Warning, m_connectionMonitor->errorString());
    }
    connect(m_connectionMonitor.get(), &ConnectionMonitor::peerConnected, this,
            &Supervisor::onPeerConnected);
    connect(m_connectionMonitor.get(), &ConnectionMonitor::peerDisconnected, this,
            &Supervisor::onPeerDisconnected);
    for (const QString &endpoint : extraHeartbeatEndpoints) {
        emitEvent(EventKind::Protocol, Severity::Info,
                  tr("also listening for heartbeats on %1 (configured; outside the private "
                     "runtime directory, anyone who can reach it can send heartbeats)")
                          .arg(endpoint));
    }
    return true;
}

QString Supervisor::specError(const ProgramSpec &spec, const QString &replacing) const
{
    QString problem = spec.validationError();
    if (problem.isEmpty() && spec.name != replacing && m_runners.contains(spec.name)) {
        problem = tr("a program named \"%1\" already exists").arg(spec.name);
    }
    if (problem.isEmpty()
        && RuntimeDir::isEndpointPathTooLong(m_runtimeDir->programControlEndpoint(spec.name))) {
        problem = tr("program \"%1\": the name is too long for a control endpoint in %2")
                          .arg(spec.name, m_runtimeDir->path());
    }
    if (problem.isEmpty() && !replacing.isEmpty() && spec.name != replacing) {
        if (const QStringList names = dependents(replacing); !names.isEmpty()) {
            problem = tr("%1 depends on %2: remove %2 from its dependencies before renaming it")
                              .arg(names.join(u", "_s), replacing);
        }
    }
    // The programs already there form no cycle, so a new one must pass through spec, and
    // reach it by a program that depends on its name: usually there is none (a configuration
    // lists dependencies first), and loading N programs stays O(N).
    if (problem.isEmpty() && !spec.dependsOn.isEmpty() && m_dependentCounts.value(spec.name) > 0) {
        QList<ProgramSpec> programs;
        for (const QString &name : m_order) {
            if (name != replacing) {
                programs.append(m_runners.value(name)->spec());
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

    auto *runner = new ProgramRunner(
            spec, RunnerContext{m_clock, &m_zmq, m_runtimeDir, m_logDirectory, m_output.get()},
            this);
    connect(runner, &ProgramRunner::eventOccurred, this, &Supervisor::eventOccurred);
    connect(runner, &ProgramRunner::stateChanged, this,
            [this, runner](ProgramState state) { onRunnerStateChanged(runner, state); });
    connect(runner, &ProgramRunner::snapshotChanged, this,
            [this, runner] { markChanged(runner->spec().name); });
    connect(runner, &ProgramRunner::deadlineChanged, this, &Supervisor::scheduleWake);
    connect(runner, &ProgramRunner::aboutToLaunch, this, [this, runner](const QString &token) {
        // Recorded before the instance exists: a crash right after the launch must not leave
        // a live instance that no record leads to. startTogether() may have saved it already, and
        // the saved record of a respawned instance names it as its predecessor's successor.
        const QString &name = runner->spec().name;
        const auto recorded = m_recorded.constFind(name);
        if (recorded != m_recorded.cend() && recorded->pid == 0 && recorded->token == token) {
            return;
        }
        const bool savedLeadsToIt = m_savedSuccessors.value(name) == token;
        recordLaunching(name, token);
        if (savedLeadsToIt) {
            scheduleRecordSave();
        } else {
            saveRecord();
        }
    });
    m_runners.insert(spec.name, runner);
    m_order.append(spec.name);
    countDependencies(spec, 1);
    // The newcomer is last in configuration order: it takes its command only when no earlier
    // program has it, as a full rebuild would decide, without walking every program again.
    if (!m_byCommand.contains(spec.program)) {
        m_byCommand.insert(spec.program, runner);
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
        for (const QString &dependent : dependents(name)) {
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
    m_waitingToStart.removeOne(name);
    if (m_recorded.remove(name) > 0) {
        scheduleRecordSave();
    }
    countDependencies(found->spec(), -1);
    m_runners.remove(name);
    m_order.removeOne(name);
    m_connectedInstance.remove(name);
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
    countDependencies(found->spec(), -1);
    countDependencies(spec, 1);
    found->setSpec(spec);
    if (spec.name != name) {
        m_runners.remove(name);
        m_runners.insert(spec.name, found);
        m_order[m_order.indexOf(name)] = spec.name;
        if (m_changed.remove(name)) {
            markChanged(spec.name);
        }
        m_removeWhenStopped.remove(name);
        if (const qsizetype waiting = m_waitingToStart.indexOf(name); waiting >= 0) {
            m_waitingToStart[waiting] = spec.name;
        }
    }
    rebuildCommandIndex();
    Q_EMIT programSpecChanged(name, spec.name);
    // New dependencies may be ready already, or no longer.
    startWaitingPrograms();
    return true;
}

void Supervisor::rebuildCommandIndex()
{
    // The first program in configuration order wins when two share a command.
    m_byCommand.clear();
    for (const QString &name : std::as_const(m_order)) {
        ProgramRunner *r = m_runners.value(name);
        if (!m_byCommand.contains(r->spec().program)) {
            m_byCommand.insert(r->spec().program, r);
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
    for (auto it = m_runners.cbegin(); it != m_runners.cend(); ++it) {
        if (const qint64 group = it.value()->processGroup(); group > 0) {
            groups.insert(it.key(), group);
        }
    }
    return groups;
}

bool Supervisor::hasLiveInstances() const
{
    return std::any_of(m_runners.cbegin(), m_runners.cend(),
                       [](const ProgramRunner *r) { return hasLiveInstance(r->state()); });
}

qint64 Supervisor::nowMs() const
{
    return m_clock->nowMs();
}

quint64 Supervisor::rejectedHeartbeats() const
{
    return m_bus ? m_bus->rejectedTotal() : 0;
}

quint64 Supervisor::acceptedHeartbeats() const
{
    return m_bus ? m_bus->acceptedTotal() : 0;
}

ProgramRunner *Supervisor::runner(const QString &name) const
{
    return m_runners.value(name);
}

void Supervisor::countDependencies(const ProgramSpec &spec, int delta)
{
    for (const QString &dependency : spec.dependsOn) {
        int &count = m_dependentCounts[dependency];
        count += delta;
        if (count <= 0) {
            m_dependentCounts.remove(dependency);
        }
    }
}

QStringList Supervisor::dependents(const QString &name) const
{
    QStringList names;
    if (!m_dependentCounts.contains(name)) {
        return names;
    }
    for (const QString &candidate : m_order) {
        if (m_runners.value(candidate)->spec().dependsOn.contains(name)) {
            names.append(candidate);
        }
    }
    return names;
}

QStringList Supervisor::unreadyDependencies(const ProgramRunner *runner) const
{
    // Ready is Running: heartbeat programs reach it with their first beat, plain programs once
    // alive past minUptimeMs.
    QStringList names;
    for (const QString &dependency : runner->spec().dependsOn) {
        const ProgramRunner *found = this->runner(dependency);
        if (!found || found->state() != ProgramState::Running) {
            names.append(dependency);
        }
    }
    return names;
}

void Supervisor::startProgram(const QString &name)
{
    ProgramRunner *found = runner(name);
    if (!found) {
        return;
    }
    m_removeWhenStopped.remove(name);
    const QStringList unready = unreadyDependencies(found);
    if (unready.isEmpty() || hasLiveInstance(found->state())) {
        m_waitingToStart.removeOne(name);
        found->setWaitingFor({});
        found->start();
        return;
    }
    for (const QString &dependency : unready) {
        if (!runner(dependency)) {
            emitEvent(EventKind::Error, Severity::Error,
                      tr("cannot start %1: it depends on \"%2\", which is not a configured "
                         "program")
                              .arg(name, dependency),
                      name);
            return;
        }
    }
    if (m_waitingToStart.contains(name)) {
        found->setWaitingFor(unready);
        return;
    }
    m_waitingToStart.append(name);
    found->setWaitingFor(unready);
    emitEvent(EventKind::State, Severity::Info,
              tr("waiting for %1 to be ready before starting").arg(unready.join(u", "_s)), name);
    // Cycles are refused when programs are added or edited, so this recursion ends; a program
    // already waiting is not walked again.
    for (const QString &dependency : unready) {
        const ProgramState state = runner(dependency)->state();
        if (state == ProgramState::Stopped || state == ProgramState::Failed
            || state == ProgramState::Stopping) {
            startProgram(dependency);
        }
    }
}

void Supervisor::startWaitingPrograms()
{
    // Copy: starting one program can make another one ready to start, or not.
    const QStringList waiting = m_waitingToStart;
    for (const QString &name : waiting) {
        ProgramRunner *found = runner(name);
        if (!found || !m_waitingToStart.contains(name)) {
            continue;
        }
        const QStringList unready = unreadyDependencies(found);
        found->setWaitingFor(unready);
        if (unready.isEmpty()) {
            m_waitingToStart.removeOne(name);
            found->start();
        }
    }
}

void Supervisor::stopProgram(const QString &name)
{
    if (ProgramRunner *found = runner(name)) {
        if (m_waitingToStart.removeOne(name)) {
            found->setWaitingFor({});
            emitEvent(EventKind::State, Severity::Info,
                      tr("no longer waiting for its dependencies: stopped"), name);
        }
        found->stop();
    }
}

void Supervisor::pingProgram(const QString &name, int timeoutMs,
                             std::function<void(const PingResult &)> callback)
{
    // The outcome is looked up by name when it comes: the program may be gone by then.
    auto finish = [this, name, callback](const PingResult &result) {
        if (ProgramRunner *found = runner(name)) {
            found->notePing(result.ok ? result.roundTripUs : -1,
                            result.ok ? result.reply : result.error, result.status);
            Event event = Event::make(
                    name, EventKind::Ping, result.ok ? Severity::Info : Severity::Warning,
                    result.ok ? tr("answered \"%1\" in %2 ms")
                                        .arg(result.reply)
                                        .arg(static_cast<double>(result.roundTripUs) / 1000.0, 0,
                                             'f', 2)
                              : tr("no answer to ping: %1").arg(result.error));
            event.roundTripUs = result.ok ? result.roundTripUs : -1;
            Q_EMIT eventOccurred(event);
        }
        if (callback) {
            callback(result);
        }
    };
    auto refuse = [this, finish](const QString &error) {
        QMetaObject::invokeMethod(
                this,
                [finish, error] {
                    finish(PingResult{false, {}, -1, error, {}});
                },
                Qt::QueuedConnection);
    };
    const ProgramRunner *found = runner(name);
    if (!found) {
        refuse(tr("there is no program named \"%1\"").arg(name));
        return;
    }
    if (found->spec().kind == ProgramKind::Plain) {
        refuse(tr("%1 is a plain program: it has no control endpoint to answer a ping").arg(name));
        return;
    }
    const ProgramState state = found->state();
    if (state != ProgramState::Starting && state != ProgramState::Running
        && state != ProgramState::Lost) {
        refuse(tr("%1 is not running (%2)").arg(name, stateLabel(state)));
        return;
    }
    auto *request
            = new ControlRequest(m_zmq, m_runtimeDir->programControlEndpoint(name),
                              QByteArray(zlauncher::pingRequest.data(),
                                         static_cast<qsizetype>(zlauncher::pingRequest.size())),
                              timeoutMs, this);
    connect(request, &ControlRequest::replied, this,
            [request, finish](const QByteArray &reply, qint64 roundTripUs) {
                request->deleteLater();
                const QString text = QString::fromUtf8(reply);
                if (const std::optional<std::string> status = zlauncher::parsePong(std::string_view(
                            reply.constData(), static_cast<size_t>(reply.size())))) {
                    finish(PingResult{
                            true, text, roundTripUs, {}, QString::fromStdString(*status)});
                } else {
                    // A long answer is shown in part: it is not a pong anyway.
                    finish(PingResult{false,
                                      text,
                                      roundTripUs,
                                      tr("it answered \"%1\" instead of pong").arg(text.left(64)),
                                      {}});
                }
            });
    connect(request, &ControlRequest::failed, this, [request, finish](const QString &reason) {
        request->deleteLater();
        finish(PingResult{false, {}, -1, reason, {}});
    });
    request->send();
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
    for (const QString &name : std::as_const(m_order)) {
        if (m_runners.value(name)->spec().autostart) {
            autostart.append(name);
        }
    }
    startTogether(autostart);
}

void Supervisor::startAll()
{
    startTogether(m_order);
}

void Supervisor::startTogether(const QStringList &names)
{
    // Every instance is recorded before it exists (aboutToLaunch); those launched at once
    // here are recorded in one write rather than one each.
    bool reserved = false;
    for (const QString &name : names) {
        ProgramRunner *r = m_runners.value(name);
        if (!hasLiveInstance(r->state()) && unreadyDependencies(r).isEmpty()) {
            recordLaunching(name, r->reserveToken());
            reserved = true;
        }
    }
    if (reserved) {
        saveRecord();
    }
    for (const QString &name : names) {
        startProgram(name);
    }
}

void Supervisor::stopAll()
{
    m_stoppingAll = true;
    for (const QString &name : QStringList(m_waitingToStart)) {
        stopProgram(name);
    }
    // Dependents first: a program is asked to stop once nothing that depends on it is live;
    // the others follow as their dependents stop (stopReleasedDependencies()).
    QSet<QString> needed;
    for (const ProgramRunner *r : std::as_const(m_runners)) {
        if (hasLiveInstance(r->state())) {
            for (const QString &dependency : r->spec().dependsOn) {
                needed.insert(dependency);
            }
        }
    }
    for (const QString &name : QStringList(m_order)) {
        if (!needed.contains(name)) {
            stopProgram(name);
        }
    }
    if (!hasLiveInstances()) {
        m_stoppingAll = false;
        QMetaObject::invokeMethod(this, &Supervisor::allStopped, Qt::QueuedConnection);
    }
}

bool Supervisor::hasLiveDependent(const QString &name) const
{
    return std::any_of(m_runners.cbegin(), m_runners.cend(), [&name](const ProgramRunner *r) {
        return hasLiveInstance(r->state()) && r->spec().dependsOn.contains(name);
    });
}

void Supervisor::stopReleasedDependencies(const ProgramRunner *stopped)
{
    // Only what the stopped program needed can have been waiting for it: the rest was asked
    // to stop already, or is still held by a live dependent of its own.
    for (const QString &dependency : stopped->spec().dependsOn) {
        if (hasProgram(dependency) && !hasLiveDependent(dependency)) {
            stopProgram(dependency);
        }
    }
}

void Supervisor::killAll()
{
    for (const QString &name : std::as_const(m_order)) {
        killProgram(name);
    }
}

void Supervisor::onHeartbeat(const ReceivedHeartbeat &heartbeat)
{
    ProgramRunner *found = runner(heartbeat.name);
    if (!found) {
        reportUnknownName(heartbeat.name);
        return;
    }
    found->handleHeartbeat(heartbeat);
    if (m_heartbeatEvents) {
        Event event = Event::make(heartbeat.name, EventKind::Heartbeat, Severity::Info,
                                  heartbeat.status.value_or(QString()));
        event.pid = heartbeat.pid;
        event.sequence = heartbeat.sequence;
        event.status = event.message;
        Q_EMIT eventOccurred(event);
    }
}

QString Supervisor::programOfProcess(qint64 pid) const
{
    if (pid <= 0) {
        return {};
    }
    for (const QString &name : m_order) {
        if (m_runners.value(name)->snapshot().pid == pid) {
            return name;
        }
    }
    // A wrapper's child publishes from the program's process group.
    const qint64 group = ::getpgid(static_cast<pid_t>(pid));
    for (const QString &name : m_order) {
        if (group > 0 && m_runners.value(name)->processGroup() == group) {
            return name;
        }
    }
    return {};
}

void Supervisor::onPeerConnected(qint64 pid, const QString &endpoint)
{
    const QString program = programOfProcess(pid);
    if (!program.isEmpty()) {
        m_connectedInstance.insert(program, m_runners.value(program)->snapshot().pid);
        m_programByPeer.insert(pid, program);
        emitEvent(EventKind::Connection, Severity::Info,
                  tr("connected to %1 (pid %2)").arg(endpoint).arg(pid), program);
        return;
    }
    QString command;
    if (pid > 0) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (comm.open(QIODevice::ReadOnly)) {
            command = QString::fromLocal8Bit(comm.readAll().trimmed());
        }
    }
    emitEvent(EventKind::Connection, Severity::Info,
              pid > 0 ? tr("a process that is not a supervised program connected to %1 (pid %2%3)")
                                .arg(endpoint)
                                .arg(pid)
                                .arg(command.isEmpty() ? QString() : u", "_s + command)
                      : tr("a process connected to %1").arg(endpoint));
}

void Supervisor::onPeerDisconnected(qint64 pid, const QString &endpoint)
{
    QString program = m_programByPeer.take(pid);
    if (program.isEmpty() || !m_runners.contains(program)) {
        program = programOfProcess(pid);
    }
    emitEvent(EventKind::Connection, Severity::Info,
              pid > 0 ? tr("disconnected from %1 (pid %2)").arg(endpoint).arg(pid)
                      : tr("a process disconnected from %1").arg(endpoint),
              program);
}

void Supervisor::onLegacyHeartbeat(const QByteArray &token)
{
    const QString text = QString::fromUtf8(token);
    ProgramRunner *found = runner(text);
    if (!found) {
        found = m_byCommand.value(text);
    }
    if (!found) {
        reportUnknownName(text);
        return;
    }
    found->handleLegacyHeartbeat();
}

void Supervisor::onRejected(zlauncher::RejectReason reason)
{
    ++m_rejectedSinceReport[static_cast<std::size_t>(reason)];
    if (!m_rejectReportTimer.isActive()) {
        m_rejectReportTimer.start();
    }
}

void Supervisor::reportRejected()
{
    QStringList parts;
    quint64 total = 0;
    for (int i = 0; i < zlauncher::rejectReasonCount; ++i) {
        if (const quint64 count
            = std::exchange(m_rejectedSinceReport[static_cast<std::size_t>(i)], 0)) {
            parts.append(QString::fromLatin1(
                                 zlauncher::toString(static_cast<zlauncher::RejectReason>(i)))
                         + u": " + QString::number(count));
            total += count;
        }
    }
    emitEvent(EventKind::Protocol, Severity::Warning,
              tr("dropped %1 malformed heartbeat messages (%2); %3 dropped in all")
                      .arg(total)
                      .arg(parts.join(u", "_s))
                      .arg(rejectedHeartbeats()));
}

void Supervisor::reportUnknownName(const QString &name)
{
    if (m_unknownNames.contains(name) || m_unknownNames.size() > maxReportedUnknownNames) {
        return;
    }
    m_unknownNames.insert(name);
    if (m_unknownNames.size() > maxReportedUnknownNames) {
        emitEvent(EventKind::Protocol, Severity::Warning,
                  tr("heartbeats from more than %1 unknown names; no longer reporting new ones")
                          .arg(maxReportedUnknownNames));
        return;
    }
    emitEvent(EventKind::Protocol, Severity::Warning,
              tr("heartbeat from \"%1\", which is not a configured program; ignored (reported "
                 "once)")
                      .arg(name.left(zlauncher::maxNameLength * 2)));
}

void Supervisor::onRunnerStateChanged(ProgramRunner *runner, ProgramState state)
{
    const QString name = runner->spec().name;
    recordInstance(runner);
    // Without the monitor nothing is known of connections; a beat of this instance proves one
    // (it may come over a TCP endpoint, whose peer the monitor cannot name).
    const ProgramSnapshot &snapshot = runner->snapshot();
    if (state == ProgramState::Lost && runner->spec().kind == ProgramKind::Heartbeat
        && m_connectionMonitor && m_connectionMonitor->isActive()
        && snapshot.lastHeartbeatAtMs < snapshot.startedAtMs
        && m_connectedInstance.value(name) != snapshot.pid) {
        emitEvent(EventKind::Connection, Severity::Warning,
                  tr("it never connected to the heartbeat endpoint %1: check that it publishes "
                     "to $ZLAUNCHER_HEARTBEAT")
                          .arg(m_runtimeDir->heartbeatEndpoint()),
                  name);
    }
    Q_EMIT stateChanged(name, state);
    if (!hasLiveInstance(state) && m_removeWhenStopped.contains(name)) {
        dropProgram(name);
    }
    if (!m_waitingToStart.isEmpty()) {
        startWaitingPrograms();
    }
    if (m_stoppingAll) {
        if (!hasLiveInstances()) {
            m_stoppingAll = false;
            Q_EMIT allStopped();
        } else if (!hasLiveInstance(state)) {
            stopReleasedDependencies(runner);
        }
    }
}

void Supervisor::markChanged(const QString &name)
{
    m_changed.insert(name);
    if (!m_changeTimer.isActive()) {
        m_changeTimer.start();
    }
}

void Supervisor::scheduleWake(qint64 atMs)
{
    // Deadlines only ever move later for a heartbeat, so the wake-up is re-armed only when
    // one moves earlier; a wake-up that finds nothing due re-arms for the next one.
    if (atMs < m_wakeAt) {
        m_wakeAt = atMs;
        m_clock->wakeAt(atMs);
    }
}

void Supervisor::onWoken()
{
    const qint64 now = m_clock->nowMs();
    const qint64 lateMs = now - std::exchange(m_wakeAt, ProgramRunner::noDeadline);
    // Beats that came while the loop was busy elsewhere count before any deadline is judged.
    if (m_bus) {
        m_bus->readQueued();
    }
    if (lateMs >= stallNoticedMs) {
        renewDeadlinesAfterStall(lateMs);
    }
    // Copy: a deadline may remove a program (a removal waiting for its stop).
    const QList<ProgramRunner *> runners = m_runners.values();
    for (ProgramRunner *r : runners) {
        if (r->deadline() <= now) {
            r->handleDeadline();
        }
    }
    qint64 next = ProgramRunner::noDeadline;
    for (const ProgramRunner *r : std::as_const(m_runners)) {
        next = std::min(next, r->deadline());
    }
    if (next != ProgramRunner::noDeadline) {
        scheduleWake(next);
    }
}

void Supervisor::renewDeadlinesAfterStall(qint64 lateMs)
{
    // The launcher's own stall must never become a mass restart: the beats of that time may
    // still be in the kernel's socket buffers, which libzmq's I/O thread has not read yet.
    int renewed = 0;
    for (ProgramRunner *r : std::as_const(m_runners)) {
        renewed += r->renewLivenessDeadline() ? 1 : 0;
    }
    const QString stall = tr("the launcher did not run for %1 ms (stopped, paused in a "
                             "debugger, or starved of CPU)")
                                  .arg(lateMs);
    if (renewed == 0) {
        qCInfo(lcProcess).noquote() << stall;
        return;
    }
    emitEvent(EventKind::Error, Severity::Warning,
              tr("%1; %n program(s) whose heartbeat was due meanwhile get a whole timeout again "
                 "from now",
                 nullptr, renewed)
                      .arg(stall));
}

void Supervisor::emitEvent(EventKind kind, Severity severity, const QString &message,
                           const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, kind, severity, message));
}

void Supervisor::adoptRecordedInstances()
{
    QString error;
    const QHash<QString, RecordedInstance> recorded = m_instanceState.load(&error);
    if (!error.isEmpty()) {
        emitEvent(EventKind::Error, Severity::Warning, error);
    }
    QHash<QString, qint64> byToken;
    bool tokensScanned = false;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const QString &name = it.key();
        ProgramRunner *found = runner(name);
        std::optional<quint64> startTime = InstanceState::processStartTime(it->pid);
        qint64 pid = it->pid;
        bool alive = it->pid > 0 && startTime && *startTime == it->startTime;
        QString token = it->token;
        // Started just before the previous launcher died, before its pid was recorded: the
        // instance itself, or the successor of a recorded instance that ended. Not the ended
        // instance's token: the children it left carry it too, and must not be taken for it.
        const QString startedUnrecorded = it->pid <= 0 ? it->token : it->nextToken;
        if (!alive && !startedUnrecorded.isEmpty()) {
            if (!tokensScanned) {
                byToken = InstanceState::processesByToken();
                tokensScanned = true;
            }
            if (const auto match = byToken.constFind(startedUnrecorded); match != byToken.cend()) {
                pid = *match;
                startTime = InstanceState::processStartTime(pid);
                alive = startTime.has_value();
                token = startedUnrecorded;
            }
        }
        if (!found) {
            if (alive) {
                emitEvent(EventKind::Protocol, Severity::Warning,
                          tr("%1 (pid %2) is still running but no longer configured; left alone")
                                  .arg(name)
                                  .arg(pid),
                          name);
            }
            continue;
        }
        if (alive) {
            const qint64 uptime = InstanceState::processUptimeMs(*startTime).value_or(0);
            if (found->adopt(pid, uptime, token, &error)) {
                continue;
            }
            emitEvent(EventKind::Error, Severity::Error,
                      tr("cannot adopt pid %1: %2").arg(pid).arg(error), name);
            continue;
        }
        const QString when = it->recordedAt.isValid()
                ? it->recordedAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s)
                : tr("an unknown time");
        emitEvent(EventKind::Exit, Severity::Warning,
                  it->pid <= 0 ? tr("was being started when the previous launcher stopped, and "
                                    "is not running (recorded at %1)")
                                         .arg(when)
                          : startTime
                          ? tr("pid %1 now belongs to another process: %2 ended while no "
                               "launcher was running (last recorded at %3)")
                                    .arg(it->pid)
                                    .arg(name, when)
                          : tr("ended while no launcher was running (pid %1, last recorded at %2)")
                                    .arg(it->pid)
                                    .arg(when),
                  name);
        // Its exit status is lost: it counts as a failure.
        if (found->spec().restart != RestartPolicy::Never) {
            found->start();
        }
    }
    m_recorded.clear();
    for (ProgramRunner *r : std::as_const(m_runners)) {
        recordInstance(r);
    }
}

void Supervisor::recordInstance(ProgramRunner *runner)
{
    const QString name = runner->spec().name;
    const qint64 pid = hasLiveInstance(runner->state()) ? runner->snapshot().pid : 0;
    const auto existing = m_recorded.constFind(name);
    if (pid > 0 && existing != m_recorded.cend() && existing->pid == pid) {
        return;
    }
    if (pid <= 0 && existing == m_recorded.cend()) {
        return;
    }
    if (pid > 0) {
        const std::optional<quint64> startTime = InstanceState::processStartTime(pid);
        if (!startTime) {
            return; // already gone; its exit follows
        }
        m_recorded.insert(name,
                          RecordedInstance{pid, *startTime, QDateTime::currentDateTimeUtc(),
                                           runner->snapshot().instanceToken,
                                           runner->reserveToken()});
    } else {
        m_recorded.remove(name);
    }
    scheduleRecordSave();
}

void Supervisor::recordLaunching(const QString &name, const QString &token)
{
    // No pid yet: the token alone leads a next launcher to the instance (adoption's scan).
    m_recorded.insert(name, RecordedInstance{0, 0, QDateTime::currentDateTimeUtc(), token, {}});
}

void Supervisor::scheduleRecordSave()
{
    // What is learnt after a launch (the pid, an exit) only speeds up a next launcher: the
    // token saved before the launch already leads it to the instance. So it is saved a little
    // later rather than at once: written while the program just spawned is still in its exec,
    // the record delayed that exec by 0.3 ms here (ext4). A start all's pids go in one write.
    // Not pushed back by later changes, so that a stream of them cannot keep it from disk.
    if (!m_recordSaveTimer.isActive()) {
        m_recordSaveTimer.start();
    }
}

void Supervisor::saveRecord()
{
    m_recordSaveTimer.stop();
    QString error;
    if (m_instanceState.save(m_recorded, &error)) {
        // Not a copy of m_recorded: sharing it would make the next change to it, on the way
        // to a respawn, copy the whole record.
        m_savedSuccessors.clear();
        for (auto it = m_recorded.cbegin(); it != m_recorded.cend(); ++it) {
            if (!it->nextToken.isEmpty()) {
                m_savedSuccessors.insert(it.key(), it->nextToken);
            }
        }
    } else {
        emitEvent(EventKind::Error, Severity::Warning, error);
    }
}
