#include "core/os/spawn.h"

#include "core/model/logging.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>

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

} // namespace

qint64 spawnProgram(const SpawnRequest &request, QString *error)
{
    SpawnSetup setup;
    int result = setup.resetSignals();
    result = result ? result : setup.addFileActions(request);
    if (result != 0) {
        if (error) {
            *error = errnoMessage(result);
        }
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
    pid_t pid = 0;
    // glibc reports a failed chdir, open or exec through the return value.
    result = ::posix_spawn(&pid, arguments.data()[0], &setup.actions, &setup.attributes,
                           arguments.data(), environment.data());
    if (result != 0) {
        if (error) {
            *error = errnoMessage(result);
        }
        return 0;
    }
    return pid;
}
