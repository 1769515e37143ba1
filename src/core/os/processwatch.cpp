#include "core/os/processwatch.h"

#include "core/model/logging.h"
#include "core/os/containment.h"

#include <cerrno>
#include <csignal>

#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>

using namespace Qt::StringLiterals;

namespace {

int pidfdOpen(pid_t pid)
{
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

int pidfdSendSignal(int pidfd, int sig)
{
    return static_cast<int>(::syscall(SYS_pidfd_send_signal, pidfd, sig, nullptr, 0));
}

/// Held across a spawn on another thread and by the orphan reaper's scan (lockForSpawn()).
std::mutex spawnMutex;
/// Guards claimedChildren alone, never held across a spawn: the GUI thread's releaseChild()
/// must not wait for one.
std::mutex claimsMutex;
QSet<qint64> claimedChildren;

bool isClaimed(qint64 pid)
{
    const std::lock_guard lock(claimsMutex);
    return claimedChildren.contains(pid);
}

} // namespace

/// Every pidfd of the launcher in one epoll set, so that the event loop polls one descriptor
/// instead of one per program (each poll() of N pidfds costs N pidfd_poll() calls).
class PidfdSet final : public QObject
{
public:
    static PidfdSet *instance()
    {
        static QPointer<PidfdSet> set;
        if (!set) {
            set = new PidfdSet(QCoreApplication::instance());
        }
        return set;
    }

    /// False, with *error set, when the watch could not join the set: it would never fire.
    bool add(ProcessWatch *watch, QString *error)
    {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.fd = watch->m_pidfd;
        if (m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, watch->m_pidfd, &event) != 0) {
            const int saved = m_epoll < 0 ? m_epollError : errno;
            *error = ProcessWatch::tr("cannot watch process %1: %2")
                             .arg(watch->m_pid)
                             .arg(errnoMessage(saved));
            return false;
        }
        m_watches.insert(watch->m_pidfd, watch);
        m_watchedPids.insert(watch->m_pid);
        return true;
    }

    void remove(ProcessWatch *watch)
    {
        if (m_watches.remove(watch->m_pidfd) > 0) {
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, watch->m_pidfd, nullptr);
            m_watchedPids.remove(watch->m_pid);
        }
    }

    bool isWatched(qint64 pid) const { return m_watchedPids.contains(pid); }

private:
    explicit PidfdSet(QObject *parent)
        : QObject(parent)
        , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
        , m_epollError(errno)
        , m_notifier(m_epoll, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &PidfdSet::dispatch);
    }
    ~PidfdSet() override
    {
        if (m_epoll >= 0) {
            ::close(m_epoll);
        }
    }

    void dispatch()
    {
        epoll_event events[64];
        const int count = ::epoll_wait(m_epoll, events, 64, 0);
        for (int i = 0; i < count; ++i) {
            // A watch deleted by the handler of an earlier one is simply no longer there.
            const QPointer<ProcessWatch> watch = m_watches.value(events[i].data.fd);
            if (watch) {
                watch->checkExit(); // leaves the set once it has exited
            }
        }
    }

    int m_epoll;
    int m_epollError;
    QSocketNotifier m_notifier;
    QHash<int, QPointer<ProcessWatch>> m_watches;
    QSet<qint64> m_watchedPids;
};

bool ProcessWatch::becomeSubreaper(QString *error)
{
    if (::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) {
        const int saved = errno;
        if (error) {
            *error = tr("cannot become the reaper of launched programs; exit codes will not be "
                        "known: %1")
                             .arg(errnoMessage(saved));
        }
        return false;
    }
    return true;
}

QList<QByteArray> ProcessWatch::statFields(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    // comm may hold spaces and parentheses: the fields start after the last ')'.
    const QByteArray line = stat.readAll().trimmed();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
}

int ProcessWatch::reapOrphans(const QSet<qint64> &watchedPids)
{
    // Only the launcher's own children can be its zombies: /proc/self/task/*/children lists
    // them without a scan of every process on the machine.
    const std::unique_lock spawnLock(spawnMutex, std::try_to_lock);
    if (!spawnLock.owns_lock()) {
        return -1; // a child being spawned may be among the zombies, unclaimed yet
    }
    int reaped = 0;
    const qint64 ownGroup = ::getpgrp();
    const QString tasks = u"/proc/self/task"_s;
    const QStringList threads = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        QFile children(tasks + u'/' + thread + u"/children"_s);
        if (!children.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> pids = children.readAll().simplified().split(' ');
        for (const QByteArray &text : pids) {
            bool isPid = false;
            const qint64 pid = text.toLongLong(&isPid);
            // Watched processes (programs, probe commands) are reaped by their own
            // ProcessWatch, with their status.
            if (!isPid || watchedPids.contains(pid) || PidfdSet::instance()->isWatched(pid)
                || isClaimed(pid)) {
                continue;
            }
            const QList<QByteArray> fields = statFields(pid);
            if (fields.size() < 3 || fields[0] != "Z" || fields[2].toLongLong() == ownGroup) {
                continue;
            }
            if (::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG) > 0) {
                ++reaped;
            }
        }
    }
    return reaped;
}

std::unique_lock<std::mutex> ProcessWatch::lockForSpawn()
{
    return std::unique_lock(spawnMutex);
}

void ProcessWatch::claimChild(qint64 pid)
{
    const std::lock_guard lock(claimsMutex);
    claimedChildren.insert(pid);
}

void ProcessWatch::releaseChild(qint64 pid)
{
    const std::lock_guard lock(claimsMutex);
    claimedChildren.remove(pid);
}

std::unique_ptr<ProcessWatch> ProcessWatch::watch(qint64 pid, QString *error)
{
    const int pidfd = pidfdOpen(static_cast<pid_t>(pid));
    if (pidfd < 0) {
        const int saved = errno;
        if (error) {
            *error = tr("cannot watch process %1: %2").arg(pid).arg(errnoMessage(saved));
        }
        return nullptr;
    }
    std::unique_ptr<ProcessWatch> watch(new ProcessWatch(pid, pidfd));
    QString ignored;
    if (!PidfdSet::instance()->add(watch.get(), error ? error : &ignored)) {
        return nullptr; // its destructor closes the pidfd
    }
    return watch;
}

ProcessWatch::ProcessWatch(qint64 pid, int pidfd)
    : m_pid(pid)
    , m_pidfd(pidfd)
{
    // The launcher spawns each program as the leader of its own session (spawn.h). Only a
    // group that is its own session (and not the launcher's) is signalled as a whole: anything
    // else, an adopted process of unknown origin say, could reach unrelated processes.
    const pid_t group = ::getpgid(static_cast<pid_t>(pid));
    const int groupError = errno;
    const pid_t session = ::getsid(static_cast<pid_t>(pid));
    const int sessionError = errno;
    if (group < 0) {
        qCWarning(lcProcess) << "getpgid" << pid << "failed:" << errnoMessage(groupError);
    } else if (session < 0) {
        qCWarning(lcProcess) << "getsid" << pid << "failed:" << errnoMessage(sessionError);
    } else if (group == session && group != ::getpgrp()) {
        m_processGroup = group;
    } else {
        qCDebug(lcProcess) << "process" << pid << "is in group" << group << "of session" << session
                           << "; signalling the process alone";
    }
}

ProcessWatch::~ProcessWatch()
{
    PidfdSet::instance()->remove(this);
    if (m_pidfd >= 0 && ::close(m_pidfd) != 0) {
        const int error = errno;
        qCWarning(lcProcess) << "close(pidfd) failed:" << errnoMessage(error);
    }
}

bool ProcessWatch::signalGroup(int sig, QString *error)
{
    if (m_exited) {
        return true;
    }
    const int result = m_processGroup > 0 ? ::kill(static_cast<pid_t>(-m_processGroup), sig)
                                          : pidfdSendSignal(m_pidfd, sig);
    const int saved = errno;
    QString cgroupError;
    if (sig == SIGKILL && !m_cgroup.isEmpty() && !InstanceCgroup::kill(m_cgroup, &cgroupError)) {
        qCWarning(lcProcess).noquote() << cgroupError;
        if (error) {
            *error = cgroupError;
        }
        return false;
    }
    if (result != 0 && saved != ESRCH) {
        const QString message = tr("cannot send signal %1 to process %2: %3")
                                        .arg(signalName(sig))
                                        .arg(m_pid)
                                        .arg(errnoMessage(saved));
        qCWarning(lcProcess).noquote() << message;
        if (error) {
            *error = message;
        }
        return false;
    }
    return true;
}

bool ProcessWatch::checkExit()
{
    if (m_exited) {
        return true;
    }
    const std::optional<ExitStatus> status = reap();
    if (!status) {
        return false;
    }
    m_exited = true;
    PidfdSet::instance()->remove(this);
    Q_EMIT exited(*status);
    return true;
}

void ProcessWatch::handleCgroupLeftovers(ExitStatus &status)
{
    status.leftoversKilled = m_killsLeftovers;
    if (m_cgroup.isEmpty()) {
        return;
    }
    // The exited main process is no longer listed: whatever is, the program left behind,
    // wherever it went (its own session, a double fork).
    status.leftovers = int(InstanceCgroup::processes(m_cgroup).size());
    status.oomKilled = InstanceCgroup::oomKills(m_cgroup) > 0;
    QString error;
    if (status.leftovers > 0 && m_killsLeftovers && !InstanceCgroup::kill(m_cgroup, &error)) {
        qCWarning(lcProcess).noquote() << error;
    }
    InstanceCgroup::removeWhenEmpty(m_cgroup);
}

std::optional<ExitStatus> ProcessWatch::reap()
{
    ExitStatus status;
    siginfo_t info{};
    // Peek first (WNOWAIT): while the program is an unreaped zombie it keeps its group in
    // existence, so the group id cannot have been reused and killing what is left is safe.
    if (::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(m_pidfd), &info,
                 WEXITED | WNOHANG | WNOWAIT)
        != 0) {
        const int error = errno;
        if (error != ECHILD) {
            qCWarning(lcProcess) << "waitid" << m_pid << "failed:" << errnoMessage(error);
        }
        // Not our child: someone else reaps it, and its status is theirs.
        handleCgroupLeftovers(status);
        return status;
    }
    // With WNOHANG, a child that has not exited leaves si_pid at 0: nothing ended, and its
    // group is alive and must not be touched.
    if (info.si_pid == 0) {
        return std::nullopt;
    }
    if (m_killsLeftovers && m_processGroup > 0
        && ::kill(static_cast<pid_t>(-m_processGroup), SIGKILL) != 0) {
        const int error = errno;
        if (error != ESRCH) {
            qCWarning(lcProcess) << "killing what is left of group" << m_processGroup
                                 << "failed:" << errnoMessage(error);
        }
    }
    handleCgroupLeftovers(status);
    info = {};
    if (::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(m_pidfd), &info,
                 WEXITED | WNOHANG)
        != 0) {
        const int error = errno;
        qCWarning(lcProcess) << "reaping" << m_pid << "failed:" << errnoMessage(error);
        return status;
    }
    if (info.si_code == CLD_EXITED) {
        status.code = info.si_status;
    } else if (info.si_code == CLD_KILLED || info.si_code == CLD_DUMPED) {
        status.signal = info.si_status;
    }
    return status;
}
