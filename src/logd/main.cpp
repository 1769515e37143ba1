// zlauncher-logd: holds the read ends of the programs' output pipes for the launchers of one
// runtime directory, writes the log files with rotation, and outlives the launcher that
// started it (docs/design.md, "Output capture"). The launcher starts it:
//   zlauncher-logd --runtime-dir R [--idle-exit-ms N]
// Once, on stdout, it says "ready" (serving R, or another daemon already does) or
// "error <why>", then writes nothing more there; its diagnostics go to stderr.
#include "logd/logdaemon.h"
#include "capture/logdprotocol.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

int say(const QString &line, int exitCode)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
    return exitCode;
}

/// DESIGN.md §2: R must be the user's own private directory; the launcher verified it, this
/// only refuses to serve one that is not.
QString runtimeDirectoryProblem(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        return u"cannot inspect %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!S_ISDIR(status.st_mode) || status.st_uid != ::getuid() || (status.st_mode & 077) != 0) {
        return u"%1 is not a private directory of this user (mode 0700)"_s.arg(path);
    }
    return {};
}

/// Holds R/logd.lock for the life of the process: one daemon per runtime directory. A daemon
/// that is shutting down still holds it for a moment; wait that long.
enum class Lock { Taken, HeldByAnother, Failed };
Lock takeLock(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = u"cannot open %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return Lock::Failed;
    }
    const QDeadlineTimer deadline(1000);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            *error = u"cannot lock %1: %2"_s.arg(path,
                                                 QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return Lock::Failed;
        }
        if (deadline.hasExpired()) {
            ::close(fd);
            return Lock::HeldByAnother;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const QByteArray pid = QByteArray::number(::getpid()) + '\n';
    if (::ftruncate(fd, 0) != 0
        || ::write(fd, pid.constData(), static_cast<size_t>(pid.size())) < 0) {
        std::fprintf(stderr, "zlauncher-logd: cannot write its pid to %s\n", qPrintable(path));
    }
    return Lock::Taken; // fd stays open, and locked, until the process exits
}

// Long-lived and detached from the launcher: it keeps none of the launcher's descriptors, no
// signal of the launcher's going away ends it, and it may hold many files.
void becomeDaemon()
{
    // It must not keep open whatever the launcher leaked to it (a terminal's or a test
    // runner's pipes); 0, 1 and 2 are the launcher's choice.
    ::close_range(3, ~0U, 0);
    // A launcher that went away must not take the daemon with it; its programs' output
    // depends on it.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGHUP, SIG_IGN);
    // Two descriptors per running program: a thousand programs need more than the usual
    // soft limit of 1024.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
}

// The options of the command line; exits on --help, empty with *exitCode set on a usage error.
std::optional<LogDaemon::Options> readOptions(const QCoreApplication &app, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Captures the output of the programs zlauncher starts; started by zlauncher."_s);
    parser.addHelpOption();
    const QCommandLineOption runtimeDir(u"runtime-dir"_s, u"The launcher's runtime directory."_s,
                                        u"dir"_s);
    const QCommandLineOption idleExit(u"idle-exit-ms"_s,
                                      u"Exit after this long with nothing to do (default 1000)."_s,
                                      u"ms"_s, u"1000"_s);
    parser.addOptions({runtimeDir, idleExit});
    parser.process(app);
    if (!parser.isSet(runtimeDir)) {
        *exitCode = say(u"error --runtime-dir is required"_s, 2);
        return std::nullopt;
    }
    LogDaemon::Options options;
    options.runtimeDirectory = parser.value(runtimeDir);
    options.idleExitMs = std::max(0, parser.value(idleExit).toInt());
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    becomeDaemon();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher-logd"_s);
    int exitCode = 0;
    const std::optional<LogDaemon::Options> options = readOptions(app, &exitCode);
    if (!options) {
        return exitCode;
    }
    if (const QString problem = runtimeDirectoryProblem(options->runtimeDirectory);
        !problem.isEmpty()) {
        return say(u"error "_s + problem, 1);
    }
    QString error;
    switch (takeLock(LogdProtocol::lockPath(options->runtimeDirectory), &error)) {
    case Lock::Taken:
        break;
    case Lock::HeldByAnother:
        return say(u"ready"_s, 0); // the launcher connects to that one
    case Lock::Failed:
        return say(u"error "_s + error, 1);
    }
    LogDaemon daemon(*options);
    if (!daemon.listen(&error)) {
        return say(u"error "_s + error, 1);
    }
    QObject::connect(&daemon, &LogDaemon::finished, &app, &QCoreApplication::quit);
    say(u"ready"_s, 0);
    // Nothing more goes to the launcher's pipe: it has stopped reading.
    if (const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC); null >= 0) {
        ::dup2(null, STDOUT_FILENO);
        ::close(null);
    }
    return QCoreApplication::exec();
}
