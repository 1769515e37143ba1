// The exec probe: the command runs as the program would (its environment, its folder), in a
// session of its own like every program, so a timeout kills whatever it started too.
#include "core/os/execprobecheck.h"

#include "core/model/logging.h"
#include "core/model/programspec.h"
#include "core/os/spawn.h"

#include <QCoreApplication>
#include <QPointer>

#include <cerrno>
#include <csignal>
#include <deque>
#include <functional>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Exec checks fall due together (programs started together are probed together), yet each
/// spawn holds the thread until its command has exec'd: a few start per turn of the event
/// loop, the rest on the next turns, so the window is never held for the whole batch
/// (docs/performance.md, "GUI with probes").
class LaunchQueue final : public QObject
{
public:
    static constexpr int launchesPerTurn = 1;

    explicit LaunchQueue(QObject *parent)
        : QObject(parent)
    {
        m_turn.setInterval(0);
        connect(&m_turn, &QTimer::timeout, this, &LaunchQueue::launchSome);
    }

    /// begin runs on a later turn, unless owner is gone by then.
    void enqueue(QObject *owner, std::function<void()> begin)
    {
        m_pending.push_back({owner, std::move(begin)});
        if (!m_turn.isActive()) {
            m_turn.start();
        }
    }

private:
    struct Pending
    {
        QPointer<QObject> owner;
        std::function<void()> begin;
    };

    void launchSome()
    {
        for (int launched = 0; launched < launchesPerTurn && !m_pending.empty();) {
            const Pending next = std::move(m_pending.front());
            m_pending.pop_front();
            if (next.owner) {
                next.begin();
                ++launched;
            }
        }
        if (m_pending.empty()) {
            m_turn.stop();
        }
    }

    std::deque<Pending> m_pending;
    QTimer m_turn;
};

LaunchQueue &launchQueue()
{
    static QPointer<LaunchQueue> queue;
    if (!queue) {
        queue = new LaunchQueue(QCoreApplication::instance());
    }
    return *queue;
}

} // namespace

ExecProbeCheck::ExecProbeCheck(const ProbeSpec &probe, const ProbeContext &context)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, ms = probe.timeoutMs] {
        finish({false, tr("still running after %1 ms; killed").arg(ms)});
    });
    // On a later turn of the event loop: finished() must come after the caller has connected
    // to it, and a batch of checks due together is spread over turns.
    launchQueue().enqueue(this, [this, probe, context] { begin(probe, context); });
}

ExecProbeCheck::~ExecProbeCheck()
{
    if (m_watch && !m_watch->hasExited()) {
        m_watch->signalGroup(SIGKILL);
    }
    closeOutput();
}

void ExecProbeCheck::begin(const ProbeSpec &probe, const ProbeContext &context)
{
    const QString executable = resolveExecutable(probe.command.constFirst(), context.baseDirectory);
    if (executable.isEmpty()) {
        finish({false, tr("%1 was not found in PATH").arg(probe.command.constFirst())});
        return;
    }
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        const int error = errno;
        finish({false, tr("cannot make a pipe: %1").arg(errnoMessage(error))});
        return;
    }
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    m_output = fds[0];
    SpawnRequest request;
    request.program = executable;
    request.arguments = probe.command.mid(1);
    request.workingDirectory = context.workingDirectory;
    request.environment = context.environment;
    request.standardOutputFd = fds[1];
    request.standardErrorFd = fds[1];
    QString error;
    const qint64 pid = spawnProgram(request, &error);
    ::close(fds[1]);
    if (pid == 0) {
        finish({false, tr("cannot run %1: %2").arg(executable, error)});
        return;
    }
    m_watch = ProcessWatch::watch(pid, &error);
    if (!m_watch) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        finish({false, error});
        return;
    }
    connect(m_watch.get(), &ProcessWatch::exited, this, &ExecProbeCheck::onExited);
    m_outputNotifier = std::make_unique<QSocketNotifier>(m_output, QSocketNotifier::Read);
    connect(m_outputNotifier.get(), &QSocketNotifier::activated, this, &ExecProbeCheck::readOutput);
    m_timeout.start(probe.timeoutMs);
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

void ExecProbeCheck::closeOutput()
{
    m_outputNotifier.reset();
    if (m_output >= 0) {
        ::close(m_output);
        m_output = -1;
    }
}
