#include "core/supervision/programrunner.h"

#include "core/supervision/prober.h"

#include "core/model/clock.h"
#include "core/zmq/heartbeatbus.h"
#include "core/model/logging.h"
#include "core/model/programexpansion.h"
#include "core/os/outputcollector.h"
#include "core/os/runtimedir.h"
#include "core/os/spawn.h"

#include <algorithm>
#include <csignal>
#include <cstring>

#include <QDir>
#include <QScopeGuard>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace {

QString describeExit(const ExitStatus &status)
{
    if (status.code) {
        return ProgramRunner::tr("exited with code %1").arg(*status.code);
    }
    if (status.signal) {
        return ProgramRunner::tr("killed by signal %1 (%2)")
                .arg(*status.signal)
                .arg(signalName(*status.signal));
    }
    return ProgramRunner::tr("exited (status unknown: it was not started by this launcher)");
}

/// What the instance's cgroup told at the exit, each fact after "; ": what it left behind,
/// and an OOM kill at its memoryMaxMiB.
QString describeCgroupFacts(const ExitStatus &status, const ProgramSpec &spec)
{
    QString facts;
    if (status.leftovers > 0) {
        facts += u"; "_s
                + (status.leftoversKilled
                           ? ProgramRunner::tr("%1 process(es) it left in its cgroup were killed")
                           : ProgramRunner::tr("%1 process(es) it left in its cgroup keep running "
                                               "(killLeftovers is off)"))
                          .arg(status.leftovers);
    }
    if (status.oomKilled) {
        facts += u"; "_s
                + ProgramRunner::tr("the kernel's OOM killer ended it at its memoryMaxMiB (%1 MiB)")
                          .arg(spec.memoryMaxMiB.value_or(0));
    }
    return facts;
}

} // namespace

ProgramRunner::ProgramRunner(const ProgramSpec &spec, const RunnerContext &context, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_context(context)
    , m_ownProcesses(context.processes
                             ? nullptr
                             : ProcessControl::system(*context.zmqContext, context.containment))
    , m_processes(context.processes ? context.processes : m_ownProcesses.get())
{
    Q_ASSERT(m_context.instanceToken);
    expandSpec();
}

// A live instance is left running on purpose: programs outlive the launcher (DESIGN.md §5).
// Out of line: Prober is only forward-declared in the header.
ProgramRunner::~ProgramRunner() = default;

qint64 ProgramRunner::now() const
{
    return m_context.clock->nowMs();
}

QString ProgramRunner::cgroup() const
{
    return m_watch ? m_watch->cgroup() : QString();
}

qint64 ProgramRunner::processGroup() const
{
    return m_watch ? m_watch->processGroup() : 0;
}

void ProgramRunner::setWaitingFor(const QStringList &names, const QStringList &reasons,
                                  bool blocked)
{
    if (m_snapshot.waitingFor == names && m_snapshot.waitingReasons == reasons
        && m_snapshot.waitingBlocked == blocked) {
        return;
    }
    m_snapshot.waitingFor = names;
    m_snapshot.waitingReasons = reasons;
    m_snapshot.waitingBlocked = blocked;
    Q_EMIT snapshotChanged();
}

void ProgramRunner::notePing(qint64 roundTripUs, const QString &result, const QString &status)
{
    m_snapshot.lastPingStatus = status;
    m_snapshot.lastPingRoundTripUs = roundTripUs;
    m_snapshot.lastPingResult = result;
    m_snapshot.lastPingAtMs = now();
    Q_EMIT snapshotChanged();
}

void ProgramRunner::start()
{
    // The user's start reads the env file again, so an edit of it needs no reload; a spec
    // without references keeps the environment built once (docs/performance.md, fix F6).
    if (ProgramExpansion::needsExpansion(m_spec)) {
        expandSpec();
    }
    if (hasLiveInstance(m_snapshot.state)) {
        // Never two live instances: a start during a stop becomes a restart.
        m_restartPending = m_snapshot.state == ProgramState::Stopping;
        return;
    }
    m_restarts.reset();
    launch();
}

void ProgramRunner::stop()
{
    m_restartPending = false;
    switch (m_snapshot.state) {
    case ProgramState::Stopped:
    case ProgramState::Stopping:
        return;
    case ProgramState::Backoff:
    case ProgramState::Failed:
        setDeadline(noDeadline);
        setState(ProgramState::Stopped);
        return;
    case ProgramState::Lost:
        // Already being killed; only the outcome changes: no restart.
        setState(ProgramState::Stopping);
        return;
    case ProgramState::Starting:
    case ProgramState::Running:
        beginStop();
        return;
    }
}

void ProgramRunner::restart()
{
    if (ProgramExpansion::needsExpansion(m_spec)) {
        expandSpec();
    }
    if (!hasLiveInstance(m_snapshot.state)) {
        start();
        return;
    }
    stop();
    m_restartPending = true;
}

void ProgramRunner::kill()
{
    if (!m_watch) {
        stop();
        return;
    }
    m_restartPending = false;
    emitEvent(EventKind::Stop, Severity::Info, tr("killing process group (SIGKILL)"));
    m_watch->signalGroup(SIGKILL);
    setDeadline(noDeadline);
    m_snapshot.countdownToMs = -1;
    setState(ProgramState::Stopping);
    Q_EMIT snapshotChanged();
}

bool ProgramRunner::watchInstance(qint64 pid, QString *error)
{
    m_watch = m_processes->watch(pid, error);
    if (!m_watch) {
        return false;
    }
    m_watch->setKillsLeftovers(m_spec.killLeftovers);
    WatchedProcess *watched = m_watch.get();
    connect(watched, &WatchedProcess::exited, this, &ProgramRunner::onExited);
    // The reply may come after the exit, or even after a restart: escalation applies only to
    // the instance the request was sent to.
    connect(watched, &WatchedProcess::requestReplied, this,
            [this, watched](const QByteArray &reply, qint64 us) {
                if (reply
                    == QByteArrayView(zlauncher::stopReply.data(), zlauncher::stopReply.size())) {
                    emitEvent(EventKind::Stop, Severity::Info,
                              tr("stop acknowledged in %1 ms").arg(us / 1000.0, 0, 'f', 1));
                } else if (watched == m_watch.get()) {
                    terminate(tr("unexpected reply \"%1\" to stop")
                                      .arg(QString::fromUtf8(reply.left(80))));
                }
            });
    connect(watched, &WatchedProcess::requestFailed, this, [this, watched](const QString &reason) {
        if (watched == m_watch.get()) {
            terminate(tr("stop request failed: %1").arg(reason));
        }
    });
    return true;
}

void ProgramRunner::onExited(const ExitStatus &status)
{
    const qint64 uptime = now() - m_snapshot.startedAtMs;
    // deleteLater: the watch is in the middle of emitting this very signal.
    WatchedProcess *ended = m_watch.release();
    ended->deleteLater();
    // A stop request still queued would reach the next instance, which binds the same endpoint.
    ended->abandonRequest();
    recordDeath(status, uptime, m_snapshot.state == ProgramState::Stopping);
    m_snapshot.lastExit = status;
    m_snapshot.adopted = false;

    Event event = Event::make(m_spec.name, EventKind::Exit,
                              status.isSuccess() ? Severity::Info : Severity::Warning,
                              describeExit(status) + u' ' + tr("after %1 ms").arg(uptime)
                                      + describeCgroupFacts(status, m_instanceSpec));
    event.pid = m_snapshot.pid;
    event.exitCode = status.code;
    event.exitSignal = status.signal;
    event.leftovers = status.leftovers;
    event.leftoversKilled = status.leftoversKilled;
    event.oomKilled = status.oomKilled;
    m_unannouncedExit = std::move(event);
    m_snapshot.pid = 0;
    // Whatever follows (a respawn, a new state, a failure) announces the exit first.
    const auto announced = qScopeGuard([this] { announceExit(); });

    const ProgramState previous = m_snapshot.state;
    setDeadline(noDeadline);
    if (previous == ProgramState::Stopping) {
        if (std::exchange(m_restartPending, false)) {
            launch();
        } else {
            setState(ProgramState::Stopped);
        }
        return;
    }
    restartAfterDeath(uptime, previous == ProgramState::Lost || !status.isSuccess());
}

void ProgramRunner::recordDeath(const ExitStatus &status, qint64 uptimeMs, bool stopRequested)
{
    DeathRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.pid = m_snapshot.pid;
    record.uptimeMs = uptimeMs;
    record.status = status;
    record.stopRequested = stopRequested;
    record.instanceToken = m_snapshot.instanceToken;
    m_deaths.died(record);
}

void ProgramRunner::handleOutputClosed(const QString &token, const QStringList &lastStderrLines)
{
    const QString liveToken = m_watch ? m_snapshot.instanceToken : QString();
    if (m_deaths.outputClosed(token, lastStderrLines, liveToken)) {
        Q_EMIT snapshotChanged();
    }
}

void ProgramRunner::restartAfterDeath(qint64 uptimeMs, bool failed)
{
    const qint64 at = now();
    const RestartDecision decision = m_restarts.afterDeath(m_instanceSpec, at, uptimeMs, failed);
    switch (decision.action) {
    case RestartDecision::Action::Stop:
        setState(ProgramState::Stopped);
        return;
    case RestartDecision::Action::Fail:
        fail(decision.reason);
        return;
    case RestartDecision::Action::RestartNow:
        ++m_snapshot.restartCount;
        launch();
        return;
    case RestartDecision::Action::RestartLater:
        ++m_snapshot.restartCount;
        m_snapshot.countdownToMs = at + decision.delayMs;
        setDeadline(at + decision.delayMs);
        setState(ProgramState::Backoff, decision.reason);
        return;
    }
}

void ProgramRunner::beginStop()
{
    setDeadline(now() + m_instanceSpec.stopGraceMs);
    m_snapshot.countdownToMs = m_deadline;
    setState(ProgramState::Stopping);
    if (m_instanceSpec.kind == ProgramKind::Plain) {
        terminate(tr("plain program"));
        return;
    }
    if (m_instanceSpec.kind == ProgramKind::Notify) {
        // As systemd stops it: the notify protocol has no stop request.
        terminate(tr("notify program"));
        return;
    }
    // Leave the larger part of the grace to the program's own shutdown after SIGTERM.
    const int requestTimeoutMs = std::clamp(m_instanceSpec.stopGraceMs / 3, 50, 1000);
    m_watch->sendRequest(m_context.runtimeDir->programControlEndpoint(m_instanceSpec.name),
                         QByteArray(zlauncher::stopRequest.data(), zlauncher::stopRequest.size()),
                         requestTimeoutMs);
}

void ProgramRunner::terminate(const QString &why)
{
    if (!m_watch || m_snapshot.state != ProgramState::Stopping) {
        return;
    }
    emitEvent(EventKind::Stop, Severity::Info, tr("%1; sending SIGTERM").arg(why));
    m_watch->signalGroup(SIGTERM);
}

void ProgramRunner::declareLost(const QString &why)
{
    setDeadline(noDeadline);
    setState(ProgramState::Lost, why);
    emitEvent(EventKind::Stop, Severity::Warning, tr("%1; killing it to restart").arg(why));
    if (m_watch) {
        m_watch->signalGroup(SIGKILL);
    }
}

void ProgramRunner::setState(ProgramState state, const QString &reason)
{
    // Probes watch a live instance that is not on its way out.
    if (state != ProgramState::Starting && state != ProgramState::Running) {
        stopProbes();
    }
    if (state != ProgramState::Backoff && state != ProgramState::Stopping) {
        m_snapshot.countdownToMs = -1;
    }
    if (state == m_snapshot.state && reason == m_snapshot.reason
        && m_snapshot.pid == m_announcedPid) {
        return;
    }
    m_announcedPid = m_snapshot.pid;
    m_snapshot.state = state;
    m_snapshot.reason = reason;

    const Severity severity = (state == ProgramState::Failed || state == ProgramState::Lost)
            ? Severity::Warning
            : Severity::Info;
    QString message = stateLabel(state);
    if (m_snapshot.pid > 0 && hasLiveInstance(state)) {
        message = tr("%1 (pid %2)", "state (pid)").arg(message).arg(m_snapshot.pid);
    }
    if (!reason.isEmpty()) {
        message = tr("%1: %2", "state: reason").arg(message, reason);
    }
    Event event = Event::make(m_spec.name, EventKind::State, severity, message);
    event.state = state;
    event.pid = m_snapshot.pid;
    event.adopted = m_snapshot.adopted;
    publish(event);
    Q_EMIT stateChanged(state);
    Q_EMIT snapshotChanged();
}

void ProgramRunner::setDeadline(qint64 atMs)
{
    m_deadline = atMs;
    if (atMs != noDeadline) {
        Q_EMIT deadlineChanged(atMs);
    }
}

void ProgramRunner::fail(const QString &reason)
{
    setDeadline(noDeadline);
    emitEvent(EventKind::Error, Severity::Error, reason);
    setState(ProgramState::Failed, reason);
}

void ProgramRunner::announceExit()
{
    if (m_unannouncedExit) {
        Q_EMIT eventOccurred(*std::exchange(m_unannouncedExit, std::nullopt));
    }
}

void ProgramRunner::publish(const Event &event)
{
    announceExit();
    Q_EMIT eventOccurred(event);
}

void ProgramRunner::emitEvent(EventKind kind, Severity severity, const QString &message)
{
    Event event = Event::make(m_spec.name, kind, severity, message);
    event.pid = m_snapshot.pid;
    publish(event);
}
