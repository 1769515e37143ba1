// ProgramRunner's start of an instance (docs/design.md, "Launching" and "Environment files and
// variables"): the spec expanded for a launch, its environment, the spawn and the watch, and the
// adoption of an instance a previous launcher started. The lifecycle itself: programrunner.cpp.
#include "core/supervision/programrunner.h"

#include "core/model/clock.h"
#include "core/model/logging.h"
#include "core/model/programexpansion.h"
#include "core/os/containment.h"
#include "core/os/outputcollector.h"
#include "core/supervision/launchrequest.h"

#include <csignal>

#include <QDir>
#include <QProcessEnvironment>

void ProgramRunner::expandSpec()
{
    m_launchEnvironment.clear();
    m_launchSpecError.clear();
    if (!ProgramExpansion::needsExpansion(m_spec)) {
        m_launchSpec = m_spec;
        return;
    }
    m_launchSpec = ProgramExpansion::expanded(m_spec, QProcessEnvironment::systemEnvironment(),
                                              &m_launchSpecError);
}

const QStringList &ProgramRunner::launchEnvironment()
{
    // The launcher's own environment does not change while it runs, nor the spec but through
    // setSpec(): built once rather than at every respawn, where it lay between an exit and the
    // spawn of its replacement (docs/performance.md, fix F6).
    if (m_launchEnvironment.isEmpty() && m_launchSpec) {
        m_launchEnvironment = programEnvironment(*m_launchSpec, *m_context.runtimeDir);
    }
    return m_launchEnvironment;
}

void ProgramRunner::launch()
{
    if (!m_launchSpec) {
        fail(m_launchSpecError);
        return;
    }
    const ProgramSpec &launched = *m_launchSpec;
    const QString launchError = launched.expandedLaunchError();
    if (!launchError.isEmpty()) {
        fail(launchError);
        return;
    }
    const QString logFile = QDir(m_context.logDirectory).filePath(m_spec.name + u".log");
    if (!QDir().mkpath(m_context.logDirectory)) {
        fail(tr("cannot start %1: cannot create the log folder %2")
                     .arg(m_spec.name, m_context.logDirectory));
        return;
    }

    warnIfMemoryMaxNotEnforced(launched);
    const QString token = m_context.instanceToken(m_spec.name);
    SpawnRequest request = instanceSpawnRequest(launched, launchEnvironment(), token, logFile);
    std::optional<InstanceOutput> output = prepareOutput(token, logFile);
    m_deaths.launched(output.has_value());
    if (output) {
        request.standardOutputFd = output->standardOutputFd();
        request.standardErrorFd = output->standardErrorFd();
    }
    m_snapshot.instanceToken = token;
    Q_EMIT aboutToLaunch(token);
    QString spawnError;
    const qint64 pid = m_processes->spawn(request, &spawnError);
    announceExit();
    // The program has its own copies of the write ends now (or never will): the launcher
    // keeps none, so the daemon alone decides when the output is closed.
    output.reset();
    if (pid <= 0) {
        fail(tr("cannot start %1: %2: %3").arg(m_spec.name, request.program, spawnError));
        return;
    }

    QString watchError;
    if (!watchInstance(pid, &watchError)) {
        killUnwatched(pid, watchError);
        return;
    }
    beginInstance(pid, logFile);
}

void ProgramRunner::warnIfMemoryMaxNotEnforced(const ProgramSpec &launched)
{
    if (!launched.memoryMaxMiB || std::exchange(m_memoryMaxProblemSaid, true)) {
        return;
    }
    // Without a containment given, process groups are in force, as for ProcessControl.
    const QString problem = m_context.containment
            ? m_context.containment->memoryLimitProblem()
            : Containment::processGroups({}).memoryLimitProblem();
    if (!problem.isEmpty()) {
        emitEvent(EventKind::Error, Severity::Warning,
                  tr("memoryMaxMiB (%1 MiB) is not enforced: %2; maxMemoryMiB, sampled, "
                     "still is")
                          .arg(*launched.memoryMaxMiB)
                          .arg(problem));
    }
}

void ProgramRunner::killUnwatched(qint64 pid, QString watchError)
{
    // Unsupervised, it would run on beside the next instance; the launcher is its reaper,
    // so the pid cannot belong to anyone else yet.
    QString killError;
    if (!m_processes->signalProcess(pid, SIGKILL, &killError)) {
        watchError = tr("%1; killing it failed: %2").arg(watchError, killError);
    }
    fail(tr("cannot supervise %1 (pid %2): %3").arg(m_spec.name).arg(pid).arg(watchError));
}

std::optional<InstanceOutput> ProgramRunner::prepareOutput(const QString &token,
                                                           const QString &logFile)
{
    // Through zlauncher-logd when it can be had (rotation, stderr tail, and the pipes' reader
    // outlives the launcher); else appended directly, and the collector said why.
    if (!m_context.output) {
        return std::nullopt;
    }
    QString error;
    std::optional<InstanceOutput> output
            = m_context.output->prepare(m_spec.name, token, logFile, m_spec.logRotation, &error);
    if (!output) {
        qCDebug(lcProcess).noquote() << m_spec.name << "output not captured:" << error;
    }
    return output;
}

void ProgramRunner::takeInstance(qint64 pid, qint64 startedAtMs, bool adopted,
                                 const QString &logFile)
{
    m_instanceSpec = m_spec;
    m_instanceLaunchSpec = m_launchSpec;
    resetNotifyState();
    m_snapshot.pid = pid;
    m_snapshot.adopted = adopted;
    m_snapshot.startedAtMs = startedAtMs;
    m_snapshot.lastHeartbeatAtMs = -1;
    m_snapshot.lastSequence = 0;
    m_snapshot.statusText.clear();
    m_snapshot.logFile = logFile;
    m_reportedStrayPids.clear();
    m_memoryBreaches = 0;
    // Before the state is told: listeners must not see the last instance's probes.
    startProbes();
}

void ProgramRunner::beginInstance(qint64 pid, const QString &logFile)
{
    const qint64 launchedAt = now();
    takeInstance(pid, launchedAt, false, logFile);
    // Plain programs are ready once alive past minUptimeMs; heartbeat programs must beat, and
    // notify programs send READY=1, within startTimeoutMs or they count as hung.
    setDeadline(launchedAt
                + (m_instanceSpec.kind == ProgramKind::Plain ? m_instanceSpec.minUptimeMs
                                                             : m_instanceSpec.startTimeoutMs));
    setState(ProgramState::Starting);
}

bool ProgramRunner::adopt(qint64 pid, qint64 uptimeMs, const QString &token, QString *error)
{
    Q_ASSERT(!m_watch);
    if (!watchInstance(pid, error)) {
        return false;
    }
    const qint64 at = now();
    m_snapshot.instanceToken = token;
    // Its output went through the daemon if the previous launcher had one, most likely.
    m_deaths.launched(m_context.output && m_context.output->isConnected());
    takeInstance(pid, at - uptimeMs, true,
                 QDir(m_context.logDirectory).filePath(m_spec.name + u".log"));
    if (livenessTimeoutMs() == 0) {
        // Nothing will come from it to wait for: a plain program, or a notify program without
        // a watchdog, whose READY=1 went to the previous launcher.
        setDeadline(noDeadline);
        noteUp(tr("adopted (up %1 s)").arg(uptimeMs / 1000));
    } else {
        // Already running: it owes a beat within its lost timeout, not its start timeout.
        setDeadline(at + livenessTimeoutMs());
        setState(ProgramState::Starting,
                 m_instanceSpec.kind == ProgramKind::Notify
                         ? tr("adopted (up %1 s), waiting for its WATCHDOG=1").arg(uptimeMs / 1000)
                         : tr("adopted (up %1 s), waiting for its heartbeat").arg(uptimeMs / 1000));
    }
    return true;
}
