// Spawns exec probes' commands on a thread of its own: spawnProgram() returns only once the
// child has exec'd, and 200 of them a second held the GUI thread past its 16 ms target
// (docs/performance.md, "GUI with probes"). One per application; the pid comes back to the
// GUI thread, where the caller watches it (ProcessWatch) as it would any child.
#pragma once

#include "core/os/spawn.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

class ProcessWatch;

class ExecSpawner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecSpawner)

public:
    /// pid > 0, or 0 with error saying why in words for a user (spawnProgram()'s).
    using Done = std::function<void(qint64 pid, const QString &error)>;

    /// The application's spawner, made (with its thread) on first use; it stops and joins with
    /// the QCoreApplication.
    static ExecSpawner *instance();
    ~ExecSpawner() override;

    /// Spawns request on the worker thread, then closes its standardOutputFd and
    /// standardErrorFd (the caller's pipe write end, which the spawner owns from now on, also
    /// when the spawn is dropped). done runs later on this object's thread, unless cancel(id)
    /// came first. Returns the id of the spawn, never 0.
    quint64 spawn(const SpawnRequest &request, Done done);
    /// done will not run: a spawn not begun is dropped, a child already spawned is killed with
    /// its process group and reaped. No-op once the application's spawner is gone.
    static void cancel(quint64 id);
    /// Kills watch's process group and keeps the watch until its exit has been reaped (or,
    /// with the application's spawner gone, leaves it to the orphan reaper).
    static void abandon(std::unique_ptr<ProcessWatch> watch);

private:
    struct Job
    {
        quint64 id = 0;
        SpawnRequest request;
    };
    struct Result
    {
        quint64 id = 0;
        qint64 pid = 0;
        QString error;
    };

    ExecSpawner();
    static ExecSpawner *existing();
    void run();
    Result runJob(Job &job);
    void deliverResults();
    void dropPending(quint64 id);
    void keepUntilReaped(std::unique_ptr<ProcessWatch> watch);

    std::mutex m_mutex; // guards m_pending, m_results and m_stopping
    std::condition_variable m_wake;
    std::deque<Job> m_pending;
    std::vector<Result> m_results;
    bool m_stopping = false;
    std::thread m_thread;

    // The GUI thread's alone.
    quint64 m_lastId = 0;
    std::unordered_map<quint64, Done> m_waiting;
};
