#include "core/os/spawn.h"

#include "core/model/logging.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include <QByteArray>
#include <QFile>

namespace {

/// The strings and the NULL-terminated array of pointers into them that exec wants.
class CStringArray
{
public:
    explicit CStringArray(QList<QByteArray> strings)
        : m_strings(std::move(strings))
    {
        m_pointers.reserve(static_cast<size_t>(m_strings.size()) + 1);
        for (QByteArray &string : m_strings) {
            m_pointers.push_back(string.data());
        }
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    QList<QByteArray> m_strings;
    std::vector<char *> m_pointers;
};

/// posix_spawn's attributes and file actions, destroyed whatever happens.
class SpawnSetup
{
public:
    SpawnSetup()
    {
        ::posix_spawnattr_init(&attributes);
        ::posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup()
    {
        ::posix_spawn_file_actions_destroy(&actions);
        ::posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;

    /// The launcher's own handlers and ignored signals (SIGPIPE, the shutdown signals) are
    /// not the program's business. 0, or an errno.
    int resetSignals()
    {
        sigset_t none;
        sigset_t all;
        sigemptyset(&none);
        sigfillset(&all);
        sigdelset(&all, SIGKILL);
        sigdelset(&all, SIGSTOP);
        int result = ::posix_spawnattr_setflags(
                &attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        result = result ? result : ::posix_spawnattr_setsigmask(&attributes, &none);
        return result ? result : ::posix_spawnattr_setsigdefault(&attributes, &all);
    }

    /// The working directory and the standard streams; 0, or an errno. glibc copies the paths.
    int addFileActions(const SpawnRequest &request)
    {
        const QByteArray workingDirectory = QFile::encodeName(request.workingDirectory);
        const QByteArray appendFile = QFile::encodeName(request.appendFile);
        int result = 0;
        if (!workingDirectory.isEmpty()) {
            // First, so that a relative log file would be relative to it as with a shell; the
            // launcher passes absolute ones.
            result = ::posix_spawn_file_actions_addchdir_np(&actions, workingDirectory.constData());
        }
        if (!result) {
            result = ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null",
                                                        O_RDONLY, 0);
        }
        if (!result && request.standardOutputFd >= 0) {
            result = ::posix_spawn_file_actions_adddup2(&actions, request.standardOutputFd,
                                                        STDOUT_FILENO);
        } else if (!result) {
            result = ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO,
                                                        appendFile.constData(),
                                                        O_WRONLY | O_APPEND | O_CREAT, 0644);
        }
        if (!result && request.standardErrorFd >= 0) {
            result = ::posix_spawn_file_actions_adddup2(&actions, request.standardErrorFd,
                                                        STDERR_FILENO);
        } else if (!result) {
            result = ::posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
        }
        // Descriptors the launcher opened without close-on-exec (its own, or a library's) would
        // keep pipes and sockets open for as long as the program runs.
        return result ? result : ::posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    }

    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
};

/// What the child of vfork() needs, all of it prepared before: it shares the launcher's memory
/// and may call async-signal-safe functions only.
struct ChildSetup
{
    char *const *arguments;
    char *const *environment;
    const char *workingDirectory; ///< null: the launcher's
    int standardOutputFd;
    int standardErrorFd;
    const char *appendFile;
    int cgroupProcsFd;
};

/// Makes fd the descriptor target, without close-on-exec. False with errno set.
bool moveDescriptor(int fd, int target)
{
    if (fd == target) {
        return ::fcntl(fd, F_SETFD, 0) == 0;
    }
    return ::dup2(fd, target) == target;
}

/// Moves itself into the cgroup, then the same set-up as posix_spawn's (SpawnSetup), then
/// exec. A failure's errno is left in *failure, which the parent reads once the child is gone.
[[noreturn]] void runChild(const ChildSetup &setup, volatile int *failure)
{
    // "0": the writing process. Before any instruction of the program's, so nothing it forks
    // can be outside the group.
    bool ok = ::write(setup.cgroupProcsFd, "0", 1) == 1;
    struct sigaction defaultAction = {};
    defaultAction.sa_handler = SIG_DFL;
    for (int sig = 1; ok && sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP) {
            ::sigaction(sig, &defaultAction, nullptr); // the C library's own signals refuse
        }
    }
    sigset_t none;
    sigemptyset(&none);
    ok = ok && ::sigprocmask(SIG_SETMASK, &none, nullptr) == 0;
    ok = ok && ::setsid() >= 0;
    ok = ok && (!setup.workingDirectory || ::chdir(setup.workingDirectory) == 0);
    if (ok) {
        const int input = ::open("/dev/null", O_RDONLY);
        ok = input >= 0 && moveDescriptor(input, STDIN_FILENO);
    }
    if (ok && setup.standardOutputFd >= 0) {
        ok = moveDescriptor(setup.standardOutputFd, STDOUT_FILENO);
    } else if (ok) {
        const int output = ::open(setup.appendFile, O_WRONLY | O_APPEND | O_CREAT, 0644);
        ok = output >= 0 && moveDescriptor(output, STDOUT_FILENO);
    }
    if (ok) {
        ok = moveDescriptor(setup.standardErrorFd >= 0 ? setup.standardErrorFd : STDOUT_FILENO,
                            STDERR_FILENO);
    }
    if (ok) {
        ::close_range(3, ~0U, 0);
        ::execve(setup.arguments[0], setup.arguments, setup.environment);
    }
    *failure = errno;
    ::_exit(127);
}

/// vfork(), as posix_spawn's clone: the launcher's page tables are not copied, which
/// clone3(CLONE_INTO_CGROUP) without CLONE_VM would do at every launch (its cost:
/// docs/performance.md, "Starting a program into its own cgroup"). The child moves itself into
/// the cgroup before its exec.
qint64 vforkIntoCgroup(const ChildSetup &setup, QString *error)
{
    // No handler of the launcher's may run in the child, which shares its memory, before it
    // resets them.
    sigset_t all;
    sigset_t previous;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    volatile int failure = 0;
    const pid_t pid = ::vfork();
    if (pid == 0) {
        runChild(setup, &failure);
    }
    const int vforkError = errno;
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (pid < 0) {
        *error = errnoMessage(vforkError);
        return 0;
    }
    if (failure != 0) {
        // It ended without its exec: the launcher is its parent and reaps it here.
        ::waitpid(pid, nullptr, 0);
        *error = errnoMessage(failure);
        return 0;
    }
    return pid;
}

} // namespace

qint64 spawnProgram(const SpawnRequest &request, QString *error)
{
    QString ignored;
    if (!error) {
        error = &ignored;
    }
    SpawnSetup setup;
    int result = setup.resetSignals();
    result = result ? result : setup.addFileActions(request);
    if (result != 0) {
        *error = errnoMessage(result);
        return 0;
    }

    QList<QByteArray> argv{QFile::encodeName(request.program)};
    for (const QString &argument : request.arguments) {
        argv.append(argument.toLocal8Bit());
    }
    QList<QByteArray> envp;
    envp.reserve(request.environment.size());
    for (const QString &variable : request.environment) {
        envp.append(variable.toLocal8Bit());
    }
    CStringArray arguments(std::move(argv));
    CStringArray environment(std::move(envp));
    if (request.cgroupProcsFd >= 0) {
        const QByteArray workingDirectory = QFile::encodeName(request.workingDirectory);
        const QByteArray appendFile = QFile::encodeName(request.appendFile);
        return vforkIntoCgroup(
                ChildSetup{arguments.data(), environment.data(),
                           workingDirectory.isEmpty() ? nullptr : workingDirectory.constData(),
                           request.standardOutputFd, request.standardErrorFd,
                           appendFile.constData(), request.cgroupProcsFd},
                error);
    }
    pid_t pid = 0;
    // glibc reports a failed chdir, open or exec through the return value.
    result = ::posix_spawn(&pid, arguments.data()[0], &setup.actions, &setup.attributes,
                           arguments.data(), environment.data());
    if (result != 0) {
        *error = errnoMessage(result);
        return 0;
    }
    return pid;
}
