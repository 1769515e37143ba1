// The exec probe: the command runs as the program would (its environment, its folder), in a
// session of its own like every program, so a timeout kills whatever it started too. It is
// spawned on ExecSpawner's thread; its pid, output and exit are handled here, on the GUI thread.
#include "core/os/execprobecheck.h"

#include "core/model/logging.h"
#include "core/model/programspec.h"
#include "core/os/execspawner.h"
#include "core/os/spawn.h"

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

ExecProbeCheck::ExecProbeCheck(const ProbeSpec &probe, const ProbeContext &context)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, ms = probe.timeoutMs] {
        finish({false, tr("still running after %1 ms; killed").arg(ms)});
    });
    begin(probe, context);
}

ExecProbeCheck::~ExecProbeCheck()
{
    if (m_spawnId != 0) {
        ExecSpawner::cancel(m_spawnId);
    }
    ExecSpawner::abandon(std::move(m_watch));
    closeOutput();
}

void ExecProbeCheck::begin(const ProbeSpec &probe, const ProbeContext &context)
{
    const QString executable = resolveExecutable(probe.command.constFirst(), context.baseDirectory);
    if (executable.isEmpty()) {
        finishLater({false, tr("%1 was not found in PATH").arg(probe.command.constFirst())});
        return;
    }
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        const int error = errno;
        finishLater({false, tr("cannot make a pipe: %1").arg(errnoMessage(error))});
        return;
    }
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    m_output = fds[0];
    SpawnRequest request;
    request.program = executable;
    request.arguments = probe.command.mid(1);
    request.workingDirectory = context.workingDirectory;
    request.environment = context.environment;
    // The spawner's thread closes the write end once the command has its copy.
    request.standardOutputFd = fds[1];
    request.standardErrorFd = fds[1];
    m_spawnId = ExecSpawner::instance()->spawn(
            request,
            [this, executable, timeoutMs = probe.timeoutMs](qint64 pid, const QString &error) {
                m_spawnId = 0;
                onSpawned(pid,
                          pid == 0 ? tr("cannot run %1: %2").arg(executable, error) : QString(),
                          timeoutMs);
            });
}

void ExecProbeCheck::onSpawned(qint64 pid, const QString &spawnError, int timeoutMs)
{
    if (pid == 0) {
        finish({false, spawnError});
        return;
    }
    QString error;
    m_watch = ProcessWatch::watch(pid, &error);
    if (!m_watch) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        finish({false, error});
        return;
    }
    connect(m_watch.get(), &ProcessWatch::exited, this, &ExecProbeCheck::onExited);
    m_outputNotifier = std::make_unique<QSocketNotifier>(m_output, QSocketNotifier::Read);
    connect(m_outputNotifier.get(), &QSocketNotifier::activated, this, &ExecProbeCheck::readOutput);
    m_timeout.start(timeoutMs);
}

void ExecProbeCheck::readOutput()
{
    // A bounded number of reads a turn: a command that prints without end must not keep the
    // event loop here.
    char buffer[4096];
    for (int reads = 0; reads < 16; ++reads) {
        const ssize_t got = ::read(m_output, buffer, sizeof buffer);
        if (got > 0) {
            const qsizetype room = keptOutputBytes - m_kept.size();
            m_kept.append(buffer, std::min<qsizetype>(room, got));
            continue;
        }
        if (got == 0 || errno != EINTR) {
            // End of output, or nothing more for now (EAGAIN).
            if (got == 0) {
                m_outputNotifier.reset();
            }
            return;
        }
    }
}

void ExecProbeCheck::onExited(const ExitStatus &status)
{
    if (m_outputNotifier) {
        readOutput();
    }
    const QString line = probeOutputLine(m_kept);
    QString detail = status.code ? tr("exit %1").arg(*status.code)
                                 : tr("killed by %1").arg(signalName(status.signal.value_or(0)));
    if (!line.isEmpty()) {
        detail = tr("%1: %2", "exit status: first line of output").arg(detail, line);
    }
    finish({status.isSuccess(), detail});
}

void ExecProbeCheck::finish(const ProbeOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    if (m_watch && !m_watch->hasExited()) {
        m_watch->signalGroup(SIGKILL);
    }
    closeOutput();
    Q_EMIT finished(outcome);
}

void ExecProbeCheck::finishLater(const ProbeOutcome &outcome)
{
    // finished() must come after the caller has connected to it.
    QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
}

void ExecProbeCheck::closeOutput()
{
    m_outputNotifier.reset();
    if (m_output >= 0) {
        ::close(m_output);
        m_output = -1;
    }
}
