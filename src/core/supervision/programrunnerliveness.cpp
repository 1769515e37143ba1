// ProgramRunner's liveness: heartbeats and the notify protocol credited to the live instance,
// the deadlines they move, what each state does when its deadline passes, and the renewal
// after the launcher's own stall. The lifecycle
// itself (launch, exit, restart, stop): programrunner.cpp.
#include "core/supervision/programrunner.h"

#include "core/model/clock.h"
#include "core/model/logging.h"
#include "core/model/notifymessage.h"
#include "core/zmq/heartbeatbus.h"

#include <algorithm>
#include <climits>
#include <csignal>
#include <limits>

int ProgramRunner::livenessTimeoutMs() const
{
    switch (m_instanceSpec.kind) {
    case ProgramKind::Heartbeat:
        return m_instanceSpec.effectiveLostTimeoutMs();
    case ProgramKind::Notify:
        // STOPPING=1: a program on its way out may stop pinging.
        if (m_notifyStopping) {
            return 0;
        }
        return m_watchdogOverrideMs >= 0 ? m_watchdogOverrideMs : m_instanceSpec.watchdogMs();
    case ProgramKind::Plain:
        break;
    }
    return 0;
}

QString ProgramRunner::startOverdueReason() const
{
    if (m_instanceSpec.kind == ProgramKind::Notify) {
        return m_snapshot.adopted
                ? tr("no WATCHDOG=1 within %1 ms of its adoption").arg(livenessTimeoutMs())
                : tr("no READY=1 within %1 ms of start").arg(m_instanceSpec.startTimeoutMs);
    }
    return tr("no heartbeat within %1 ms of start").arg(m_instanceSpec.startTimeoutMs);
}

bool ProgramRunner::renewLivenessDeadline()
{
    const qint64 at = now();
    if (m_deadline > at || !m_watch || m_instanceSpec.kind == ProgramKind::Plain) {
        return false;
    }
    switch (m_snapshot.state) {
    case ProgramState::Starting:
        if (!m_instanceUp) {
            // An adopted instance owes a beat within its lost timeout, as at its adoption.
            setDeadline(
                    at
                    + (m_snapshot.adopted ? livenessTimeoutMs() : m_instanceSpec.startTimeoutMs));
            return true;
        }
        [[fallthrough]];
    case ProgramState::Running:
        if (livenessTimeoutMs() == 0) {
            return false;
        }
        setDeadline(at + livenessTimeoutMs());
        return true;
    default:
        return false;
    }
}

void ProgramRunner::handleHeartbeat(const ReceivedHeartbeat &heartbeat)
{
    if (!m_watch || !isOwnInstance(heartbeat.pid)) {
        // The last instance's beats sent just before its exit can be read after it: late, not
        // stray.
        const bool fromTheLastInstance = !m_snapshot.deaths.isEmpty() && heartbeat.pid > 0
                && m_snapshot.deaths.constLast().pid == heartbeat.pid;
        if (!fromTheLastInstance) {
            reportStray(heartbeat.pid);
        }
        return;
    }
    noteHeartbeat(heartbeat.pid, heartbeat.sequence, heartbeat.status);
}

void ProgramRunner::handleLegacyHeartbeat()
{
    if (!m_watch) {
        reportStray(0);
        return;
    }
    noteHeartbeat(0, m_snapshot.lastSequence + 1, std::nullopt);
}

void ProgramRunner::noteHeartbeat(qint64 pid, quint64 sequence,
                                  const std::optional<QString> &status)
{
    const qint64 at = now();
    m_snapshot.lastHeartbeatAtMs = at;
    m_heartbeatHistory.append(at);
    m_snapshot.lastSequence = sequence;
    ++m_snapshot.heartbeatCount;
    if (status) {
        m_snapshot.statusText = *status;
    }
    if (m_instanceSpec.kind == ProgramKind::Heartbeat) {
        if (m_snapshot.state == ProgramState::Starting && !m_instanceUp) {
            noteUp();
        }
        if (isUp()) {
            setDeadline(at + m_instanceSpec.effectiveLostTimeoutMs());
        }
    }
    Q_UNUSED(pid)
    Q_EMIT snapshotChanged();
}

bool ProgramRunner::isOwnInstance(qint64 pid) const
{
    if (pid == m_snapshot.pid) {
        return true;
    }
    // A wrapper that did not exec (a shell script running the real program) beats with its
    // child's pid; that child is in the program's process group.
    return m_watch->isInGroup(pid);
}

void ProgramRunner::reportStray(qint64 pid)
{
    if (m_reportedStrayPids.contains(pid) || m_reportedStrayPids.size() > 100) {
        return;
    }
    m_reportedStrayPids.insert(pid);
    const QString message = m_watch
            ? tr("heartbeat from pid %1, but this launcher runs %2 as pid %3: a stray or "
                 "duplicate instance")
                      .arg(pid)
                      .arg(m_spec.name)
                      .arg(m_snapshot.pid)
            : tr("heartbeat from pid %1, but %2 is not running under this launcher: a stray "
                 "instance")
                      .arg(pid)
                      .arg(m_spec.name);
    emitEvent(EventKind::Protocol, Severity::Warning, message);
}

void ProgramRunner::resetNotifyState()
{
    m_watchdogOverrideMs = -1;
    m_notifyStopping = false;
    m_notifyReloading = false;
    m_snapshot.watchdogMs = m_instanceSpec.watchdogMs();
}

void ProgramRunner::handleNotify(qint64 pid, const NotifyMessage &message)
{
    // The router found the sender's group; the group may have changed hands since.
    if (!m_watch || !isOwnInstance(pid)) {
        return;
    }
    if (m_instanceSpec.kind != ProgramKind::Notify) {
        // Only notify programs are given $NOTIFY_SOCKET; another found it some other way.
        if (message.status) {
            m_snapshot.statusText = *message.status;
            Q_EMIT snapshotChanged();
        }
        return;
    }
    if (message.mainPid) {
        followMainPid(*message.mainPid);
    }
    if (message.status) {
        m_snapshot.statusText = *message.status;
    }
    if (message.errorNumber) {
        emitEvent(EventKind::Notify, Severity::Warning,
                  tr("reports error %1: %2 (ERRNO=)")
                          .arg(*message.errorNumber)
                          .arg(errnoMessage(*message.errorNumber)));
    }
    if (message.watchdogUsec) {
        setWatchdogTimeout(*message.watchdogUsec);
    }
    if (message.extendTimeoutUsec) {
        extendTimeout(*message.extendTimeoutUsec);
    }
    noteNotifyPhase(message);
    if (message.ready) {
        noteReady();
    }
    if (message.watchdogPing) {
        noteWatchdogPing();
    }
    if (message.watchdogTrigger) {
        declareLost(tr("it triggered its watchdog (WATCHDOG=trigger)"));
        return;
    }
    Q_EMIT snapshotChanged();
}

void ProgramRunner::setWatchdogTimeout(qint64 usec)
{
    // Rounded up: a timeout must never be shorter than the program asked for.
    m_watchdogOverrideMs
            = int(std::min<qint64>((usec + 999) / 1000, std::numeric_limits<int>::max()));
    m_snapshot.watchdogMs = m_watchdogOverrideMs;
    emitEvent(EventKind::Notify, Severity::Info,
              m_watchdogOverrideMs > 0 ? tr("set its watchdog timeout to %1 ms (WATCHDOG_USEC=)")
                                                 .arg(m_watchdogOverrideMs)
                                       : tr("turned its watchdog off (WATCHDOG_USEC=0)"));
    if (isUp()) {
        setDeadline(livenessTimeoutMs() > 0 ? now() + livenessTimeoutMs() : noDeadline);
    }
}

void ProgramRunner::noteNotifyPhase(const NotifyMessage &message)
{
    if (message.reloading) {
        m_notifyReloading = true;
        emitEvent(EventKind::Notify, Severity::Info, tr("is reloading (RELOADING=1)"));
    }
    if (message.stopping) {
        m_notifyStopping = true;
        emitEvent(EventKind::Notify, Severity::Info, tr("is stopping on its own (STOPPING=1)"));
        if (isUp()) {
            setDeadline(noDeadline);
        }
    }
}

void ProgramRunner::followMainPid(qint64 mainPid)
{
    if (mainPid == m_snapshot.pid) {
        return;
    }
    if (!m_watch->isInGroup(mainPid)) {
        emitEvent(EventKind::Notify, Severity::Warning,
                  tr("names pid %1 as its main process (MAINPID=), which is not in its process "
                     "group; ignored")
                          .arg(mainPid));
        return;
    }
    // A daemon that forked names the process to supervise from now on; the one it forked from
    // may exit at once, and is reaped as an orphan.
    std::unique_ptr<WatchedProcess> previous = std::move(m_watch);
    QString error;
    if (!watchInstance(mainPid, &error)) {
        m_watch = std::move(previous);
        emitEvent(EventKind::Notify, Severity::Warning,
                  tr("names pid %1 as its main process (MAINPID=), which cannot be watched: %2")
                          .arg(mainPid)
                          .arg(error));
        return;
    }
    previous->abandonRequest();
    previous.release()->deleteLater();
    emitEvent(EventKind::Notify, Severity::Info,
              tr("its main process is now pid %1 (MAINPID=), was pid %2")
                      .arg(mainPid)
                      .arg(m_snapshot.pid));
    m_snapshot.pid = mainPid;
}

void ProgramRunner::extendTimeout(qint64 usec)
{
    // EXTEND_TIMEOUT_USEC= moves the start or stop deadline to at least that far from now, as
    // systemd.service(5) says; while running there is no runtime limit here to extend.
    const qint64 extendedTo = now() + std::min<qint64>((usec + 999) / 1000, qint64(INT_MAX));
    const bool applies = m_snapshot.state == ProgramState::Starting
            || m_snapshot.state == ProgramState::Stopping;
    if (!applies || extendedTo <= m_deadline) {
        return;
    }
    setDeadline(extendedTo);
    if (m_snapshot.state == ProgramState::Stopping) {
        m_snapshot.countdownToMs = extendedTo;
    }
    emitEvent(EventKind::Notify, Severity::Info,
              (m_snapshot.state == ProgramState::Starting
                       ? tr("asked for %1 ms more to start (EXTEND_TIMEOUT_USEC=)")
                       : tr("asked for %1 ms more to stop (EXTEND_TIMEOUT_USEC=)"))
                      .arg(extendedTo - now()));
}

void ProgramRunner::noteReady()
{
    if (m_snapshot.state == ProgramState::Starting && !m_instanceUp) {
        const int timeout = livenessTimeoutMs();
        setDeadline(timeout > 0 ? now() + timeout : noDeadline);
        noteUp();
    } else if (m_notifyReloading) {
        emitEvent(EventKind::Notify, Severity::Info, tr("reloaded (READY=1)"));
    }
    m_notifyReloading = false;
}

void ProgramRunner::noteWatchdogPing()
{
    const qint64 at = now();
    m_snapshot.lastHeartbeatAtMs = at;
    m_heartbeatHistory.append(at);
    ++m_snapshot.heartbeatCount;
    const int timeout = livenessTimeoutMs();
    // An adopted instance's first ping proves it alive: its READY=1 went to the previous
    // launcher.
    if (m_snapshot.state == ProgramState::Starting && m_snapshot.adopted && !m_instanceUp) {
        noteUp();
    }
    if (isUp() && timeout > 0) {
        setDeadline(at + timeout);
    }
}

void ProgramRunner::handleDeadline()
{
    const qint64 at = now();
    if (at < m_deadline) {
        return;
    }
    switch (m_snapshot.state) {
    case ProgramState::Starting:
        if (m_instanceSpec.kind == ProgramKind::Plain) {
            setDeadline(noDeadline);
            noteUp();
            return;
        }
        if (!m_instanceUp) {
            declareLost(startOverdueReason());
            return;
        }
        // Up, and waiting for its readiness probe: a liveness deadline like Running's.
        [[fallthrough]];
    case ProgramState::Running:
        declareLost(m_instanceSpec.kind == ProgramKind::Notify
                            ? tr("no WATCHDOG=1 for %1 ms (its watchdog timeout: %2 ms)")
                                      .arg(at - m_snapshot.lastHeartbeatAtMs)
                                      .arg(livenessTimeoutMs())
                            : tr("no heartbeat for %1 ms").arg(at - m_snapshot.lastHeartbeatAtMs));
        return;
    case ProgramState::Stopping:
        setDeadline(noDeadline);
        m_snapshot.countdownToMs = -1;
        Q_EMIT snapshotChanged();
        emitEvent(EventKind::Stop, Severity::Warning,
                  tr("still running %1 ms after the stop request; sending SIGKILL")
                          .arg(m_instanceSpec.stopGraceMs));
        if (m_watch) {
            m_watch->signalGroup(SIGKILL);
        }
        return;
    case ProgramState::Backoff:
        setDeadline(noDeadline);
        launch();
        return;
    case ProgramState::Stopped:
    case ProgramState::Lost:
    case ProgramState::Failed:
        setDeadline(noDeadline);
        return;
    }
}

void ProgramRunner::handleMemorySample(qint64 residentBytes)
{
    // The spec as it is now, not as launched: a new limit needs no restart.
    const std::optional<int> &limitMiB = m_spec.maxMemoryMiB;
    const bool alive = m_snapshot.state == ProgramState::Starting
            || m_snapshot.state == ProgramState::Running;
    if (!limitMiB || !alive || residentBytes <= qint64(*limitMiB) * 1024 * 1024) {
        m_memoryBreaches = 0;
        return;
    }
    if (++m_memoryBreaches < m_spec.memoryBreachSamples) {
        return;
    }
    m_memoryBreaches = 0;
    const qint64 usedMiB = residentBytes / (1024 * 1024);
    declareLost(tr("its memory, %1 MiB, stayed above its limit of %2 MiB for %n sample(s) in a row",
                   nullptr, m_spec.memoryBreachSamples)
                        .arg(usedMiB)
                        .arg(*limitMiB));
}
