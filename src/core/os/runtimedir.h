// The runtime directory R of DESIGN.md §2: where every ipc endpoint lives, private to the
// user (0700), and held by one launcher at a time through a QLockFile.
#pragma once

#include <QString>

#include <memory>

class QLockFile;

class RuntimeDir final
{
public:
    RuntimeDir();
    ~RuntimeDir();
    RuntimeDir(const RuntimeDir &) = delete;
    RuntimeDir &operator=(const RuntimeDir &) = delete;

    /// The directory to use: explicitOverride if not empty, else $ZLAUNCHER_RUNTIME_DIR, else
    /// $XDG_RUNTIME_DIR/zlauncher, else /tmp/zlauncher-<uid>.
    static QString resolvePath(const QString &explicitOverride = {});

    /// Creates the directory with mode 0700 when missing (parents too), or verifies it: a real
    /// directory (not a symlink), owned by the user, no group/other access. On refusal, *error
    /// says why and how to fix it.
    bool open(const QString &path, QString *error);

    /// Takes the launcher lock in R (stale locks of dead launchers are recovered). On failure,
    /// *error names the pid of the launcher holding it.
    bool lock(QString *error);
    /// Where a launcher on directory keeps its lock and its control socket, for clients that
    /// find it from outside.
    static QString lockFilePath(const QString &directory);
    static QString controlSocketPath(const QString &directory);
    void unlock();

    QString path() const { return m_path; }
    QString heartbeatEndpoint() const;
    QString controlEndpoint() const;
    QString eventsEndpoint() const;
    /// R/notify, the datagram socket of systemd's notify protocol ($NOTIFY_SOCKET).
    QString notifySocketPath() const;
    /// ipc://R/<program>.ctl, the program's stop/ping REP.
    QString programControlEndpoint(const QString &program) const;

    /// Unix socket paths are limited to 107 bytes; an endpoint longer than that cannot bind.
    static bool isEndpointPathTooLong(const QString &endpoint);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
