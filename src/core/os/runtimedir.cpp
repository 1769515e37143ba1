#include "core/os/runtimedir.h"

#include <cerrno>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include "core/model/logging.h"

using namespace Qt::StringLiterals;

namespace {

// sizeof(sockaddr_un::sun_path) is 108 on Linux, one of which is the terminating NUL.
constexpr qsizetype maxIpcPathBytes = 107;
// The longest endpoint name the launcher itself binds in R.
const QString longestFixedEndpoint = u"heartbeat"_s;

QString ipcEndpoint(const QString &directory, const QString &name)
{
    return u"ipc://" + directory + u'/' + name;
}

QString octalMode(mode_t mode)
{
    return u'0' + QString::number(mode & 0777, 8).rightJustified(3, u'0');
}

bool createDirectory(const QString &path, QString *error)
{
    const QString parent = QFileInfo(path).path();
    if (!QDir().mkpath(parent)) {
        *error = QCoreApplication::translate("RuntimeDir",
                                             "cannot create runtime directory %1: cannot create "
                                             "its parent folder %2")
                         .arg(path, parent);
        return false;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    if (::mkdir(nativePath.constData(), 0700) == 0) {
        // The umask can only remove bits; set them exactly in case it removed the owner's.
        if (::chmod(nativePath.constData(), 0700) != 0) {
            const int chmodErrno = errno;
            *error = QCoreApplication::translate("RuntimeDir",
                                                 "cannot set mode 0700 on runtime directory %1: %2")
                             .arg(path, errnoMessage(chmodErrno));
            return false;
        }
        return true;
    }
    const int mkdirErrno = errno;
    // EEXIST: it already existed, or another launcher created it just now; verified below.
    if (mkdirErrno != EEXIST) {
        *error = QCoreApplication::translate("RuntimeDir", "cannot create runtime directory %1: %2")
                         .arg(path, errnoMessage(mkdirErrno));
        return false;
    }
    return true;
}

// DESIGN.md §2: every endpoint in R is reachable only by the user, so R must be a real
// directory, the user's own, and closed to group and others.
bool verifyDirectory(const QString &path, QString *error)
{
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat status = {};
    if (::lstat(nativePath.constData(), &status) != 0) {
        const int statErrno = errno;
        *error = QCoreApplication::translate("RuntimeDir",
                                             "cannot inspect runtime directory %1: %2")
                         .arg(path, errnoMessage(statErrno));
        return false;
    }
    if (S_ISLNK(status.st_mode)) {
        *error = QCoreApplication::translate("RuntimeDir",
                                             "runtime directory %1 is a symbolic link, which "
                                             "could point anywhere; remove it or choose another "
                                             "directory with --runtime-dir or "
                                             "ZLAUNCHER_RUNTIME_DIR")
                         .arg(path);
        return false;
    }
    if (!S_ISDIR(status.st_mode)) {
        *error = QCoreApplication::translate("RuntimeDir",
                                             "runtime directory %1 exists but is not a "
                                             "directory; remove it or choose another directory "
                                             "with --runtime-dir or ZLAUNCHER_RUNTIME_DIR")
                         .arg(path);
        return false;
    }
    const uid_t uid = ::getuid();
    if (status.st_uid != uid) {
        *error = QCoreApplication::translate("RuntimeDir",
                                             "runtime directory %1 belongs to user %2, not to "
                                             "you (uid %3); choose another with --runtime-dir or "
                                             "ZLAUNCHER_RUNTIME_DIR")
                         .arg(path, QString::number(status.st_uid), QString::number(uid));
        return false;
    }
    if ((status.st_mode & 077) != 0) {
        *error = QCoreApplication::translate("RuntimeDir",
                                             "runtime directory %1 is accessible by group or "
                                             "others (mode %2); fix it with: chmod 700 %1")
                         .arg(path, octalMode(status.st_mode));
        return false;
    }
    return true;
}

} // namespace

RuntimeDir::RuntimeDir() = default;

RuntimeDir::~RuntimeDir() = default;

QString RuntimeDir::resolvePath(const QString &explicitOverride)
{
    if (!explicitOverride.isEmpty()) {
        return explicitOverride;
    }
    const QString fromEnvironment = qEnvironmentVariable("ZLAUNCHER_RUNTIME_DIR");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString xdgRuntimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdgRuntimeDir.isEmpty()) {
        return xdgRuntimeDir + u"/zlauncher";
    }
    return u"/tmp/zlauncher-" + QString::number(::getuid());
}

bool RuntimeDir::open(const QString &path, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (path.isEmpty()) {
        message = QCoreApplication::translate("RuntimeDir", "the runtime directory path is empty");
        return false;
    }
    // Absolute, because programs run in other working directories and connect to the same
    // endpoints; clean, because a trailing slash would make lstat() follow a symlink.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString longest = ipcEndpoint(absolute, longestFixedEndpoint);
    if (isEndpointPathTooLong(longest)) {
        message = QCoreApplication::translate(
                          "RuntimeDir",
                          "runtime directory %1 is too long for ipc endpoints: %2 takes %3 bytes, "
                          "more than the %4 a Unix socket path allows (and program names make "
                          "theirs longer still); choose a shorter one with --runtime-dir or "
                          "ZLAUNCHER_RUNTIME_DIR")
                          .arg(absolute, longest.mid(6),
                               QString::number(longest.toUtf8().size() - 6),
                               QString::number(maxIpcPathBytes));
        return false;
    }
    if (!createDirectory(absolute, &message) || !verifyDirectory(absolute, &message)) {
        return false;
    }
    if (m_path != absolute) {
        unlock();
    }
    m_path = absolute;
    return true;
}

bool RuntimeDir::lock(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (m_path.isEmpty()) {
        message = QCoreApplication::translate("RuntimeDir", "the runtime directory is not open");
        return false;
    }
    if (m_lock && m_lock->isLocked()) {
        return true;
    }
    const QString lockPath = lockFilePath(m_path);
    auto lockFile = std::make_unique<QLockFile>(lockPath);
    // No age limit: a lock is stale only when its holder's pid is gone (QLockFile checks it), so
    // a launcher that runs for weeks keeps its lock.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0)) {
        m_lock = std::move(lockFile);
        return true;
    }
    switch (lockFile->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString hostname;
        QString application;
        if (lockFile->getLockInfo(&pid, &hostname, &application)) {
            message = QCoreApplication::translate("RuntimeDir",
                                                  "another zlauncher (pid %1) is running on "
                                                  "runtime directory %2")
                              .arg(QString::number(pid), m_path);
        } else {
            message = QCoreApplication::translate("RuntimeDir",
                                                  "another zlauncher is running on runtime "
                                                  "directory %1 (lock file %2)")
                              .arg(m_path, lockPath);
        }
        break;
    }
    case QLockFile::PermissionError:
        message = QCoreApplication::translate("RuntimeDir",
                                              "cannot create lock file %1: permission denied")
                          .arg(lockPath);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        message = QCoreApplication::translate("RuntimeDir", "cannot create lock file %1")
                          .arg(lockPath);
        break;
    }
    return false;
}

void RuntimeDir::unlock()
{
    m_lock.reset();
}

QString RuntimeDir::heartbeatEndpoint() const
{
    return ipcEndpoint(m_path, u"heartbeat"_s);
}

QString RuntimeDir::notifySocketPath() const
{
    return QDir(m_path).filePath(u"notify"_s);
}

QString RuntimeDir::controlEndpoint() const
{
    return u"ipc://"_s + controlSocketPath(m_path);
}

QString RuntimeDir::lockFilePath(const QString &directory)
{
    return directory + u"/zlauncher.lock";
}

QString RuntimeDir::controlSocketPath(const QString &directory)
{
    return directory + u"/control";
}

QString RuntimeDir::eventsEndpoint() const
{
    return ipcEndpoint(m_path, u"events"_s);
}

QString RuntimeDir::programControlEndpoint(const QString &program) const
{
    return ipcEndpoint(m_path, program + u".ctl");
}

bool RuntimeDir::isEndpointPathTooLong(const QString &endpoint)
{
    const QString scheme = u"ipc://"_s;
    if (!endpoint.startsWith(scheme)) {
        return false;
    }
    return endpoint.mid(scheme.size()).toUtf8().size() > maxIpcPathBytes;
}
