#include "core/os/execspawner.h"

#include "core/model/logging.h"
#include "core/os/processwatch.h"

#include <algorithm>
#include <cerrno>
#include <csignal>

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QPointer>

namespace {

QPointer<ExecSpawner> &applicationSpawner()
{
    static QPointer<ExecSpawner> spawner;
    return spawner;
}

/// The caller's pipe write end: once the child has its copy, the parent's must go, or the read
/// end never sees the end of the output.
void closeDescriptors(const SpawnRequest &request)
{
    if (request.standardOutputFd >= 0) {
        ::close(request.standardOutputFd);
    }
    if (request.standardErrorFd >= 0 && request.standardErrorFd != request.standardOutputFd) {
        ::close(request.standardErrorFd);
    }
}

/// The child leads a session of its own (spawn.h): its group is everything it started.
void killGroup(qint64 pid)
{
    if (::kill(static_cast<pid_t>(-pid), SIGKILL) != 0 && errno != ESRCH) {
        const int error = errno;
        qCWarning(lcProcess) << "killing group" << pid << "failed:" << errnoMessage(error);
    }
}

} // namespace

ExecSpawner *ExecSpawner::instance()
{
    QPointer<ExecSpawner> &spawner = applicationSpawner();
    if (!spawner) {
        spawner = new ExecSpawner;
        // Deleted, its thread joined, with the application, before static destructors run.
        spawner->setParent(QCoreApplication::instance());
    }
    return spawner;
}

ExecSpawner *ExecSpawner::existing()
{
    return applicationSpawner().data();
}

ExecSpawner::ExecSpawner()
{
    // Created with every signal blocked, so the launcher's handlers keep running on the GUI
    // thread alone. The children do not inherit this mask: spawnProgram() gives them an empty
    // one and default dispositions (POSIX_SPAWN_SETSIGMASK, POSIX_SPAWN_SETSIGDEF).
    sigset_t all;
    sigset_t previous;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    m_thread = std::thread([this] { run(); });
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

ExecSpawner::~ExecSpawner()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    for (const Job &job : m_pending) {
        closeDescriptors(job.request);
    }
    // No event loop is left to watch them: what was spawned for nobody, and what was killed
    // and not reaped yet, is reaped here, SIGKILL making the wait short.
    for (const Result &result : m_results) {
        if (result.pid > 0) {
            killGroup(result.pid);
            ::waitpid(static_cast<pid_t>(result.pid), nullptr, 0);
            ProcessWatch::releaseChild(result.pid);
        }
    }
    const QList<ProcessWatch *> abandoned = findChildren<ProcessWatch *>();
    for (ProcessWatch *watch : abandoned) {
        if (!watch->hasExited()) {
            ::waitpid(static_cast<pid_t>(watch->pid()), nullptr, 0);
        }
    }
}

quint64 ExecSpawner::spawn(const SpawnRequest &request, Done done)
{
    const quint64 id = ++m_lastId;
    m_waiting.emplace(id, std::move(done));
    {
        const std::lock_guard lock(m_mutex);
        m_pending.push_back({id, request});
    }
    m_wake.notify_one();
    return id;
}

void ExecSpawner::cancel(quint64 id)
{
    ExecSpawner *spawner = existing();
    if (spawner && spawner->m_waiting.erase(id) > 0) {
        spawner->dropPending(id);
    }
}

void ExecSpawner::abandon(std::unique_ptr<ProcessWatch> watch)
{
    if (!watch || watch->hasExited()) {
        return;
    }
    watch->signalGroup(SIGKILL);
    if (ExecSpawner *spawner = existing()) {
        spawner->keepUntilReaped(std::move(watch));
    }
}

void ExecSpawner::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
        if (m_stopping) {
            return;
        }
        Job job = std::move(m_pending.front());
        m_pending.pop_front();
        lock.unlock();
        Result result = runJob(job);
        lock.lock();
        m_results.push_back(std::move(result));
        if (m_results.size() == 1) {
            // One queued call takes every result that comes before it runs.
            QMetaObject::invokeMethod(this, &ExecSpawner::deliverResults, Qt::QueuedConnection);
        }
    }
}

ExecSpawner::Result ExecSpawner::runJob(Job &job)
{
    Result result{job.id, 0, {}};
    {
        // Until the pid is claimed, a quick command's zombie would look like an orphan's.
        const std::unique_lock spawning = ProcessWatch::lockForSpawn();
        result.pid = spawnProgram(job.request, &result.error);
        if (result.pid > 0) {
            ProcessWatch::claimChild(result.pid);
        }
    }
    closeDescriptors(job.request);
    return result;
}

void ExecSpawner::deliverResults()
{
    std::vector<Result> results;
    {
        const std::lock_guard lock(m_mutex);
        results.swap(m_results);
    }
    for (const Result &result : results) {
        // Looked up one at a time: a done() may cancel a spawn whose result is further on.
        const auto waiting = m_waiting.find(result.id);
        if (waiting == m_waiting.end()) {
            if (result.pid > 0) {
                QString error;
                std::unique_ptr<ProcessWatch> watch = ProcessWatch::watch(result.pid, &error);
                if (watch) {
                    keepUntilReaped(std::move(watch));
                } else {
                    killGroup(result.pid); // and the orphan reaper reaps it, once released
                    qCWarning(lcProcess).noquote() << error;
                }
            }
        } else {
            const Done done = std::move(waiting->second);
            m_waiting.erase(waiting);
            done(result.pid, result.error); // opens its watch on the pid
        }
        if (result.pid > 0) {
            ProcessWatch::releaseChild(result.pid);
        }
    }
}

void ExecSpawner::dropPending(quint64 id)
{
    std::unique_lock lock(m_mutex);
    const auto job = std::find_if(m_pending.begin(), m_pending.end(),
                                  [id](const Job &pending) { return pending.id == id; });
    if (job == m_pending.end()) {
        return; // being spawned: deliverResults() kills what comes back
    }
    const SpawnRequest request = std::move(job->request);
    m_pending.erase(job);
    lock.unlock();
    closeDescriptors(request);
}

void ExecSpawner::keepUntilReaped(std::unique_ptr<ProcessWatch> watch)
{
    watch->signalGroup(SIGKILL);
    ProcessWatch *kept = watch.release();
    kept->setParent(this);
    // Deleted after its signal, not in it.
    connect(kept, &ProcessWatch::exited, kept, &QObject::deleteLater);
}
