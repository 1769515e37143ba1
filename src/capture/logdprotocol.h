// The wire between the launcher (OutputCollector) and zlauncher-logd (docs/design.md, "Output
// capture"): a SOCK_SEQPACKET Unix socket at R/logd, one compact JSON object per message, and
// the read ends of a program's output pipes riding along with its "open" message (SCM_RIGHTS).
// Shared by both sides; QtCore and POSIX only.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

/// Owns one file descriptor: closes it when destroyed or reset. Move-only, so that a pipe end
/// or a received descriptor has exactly one owner and cannot leak when it is dropped.
class UniqueFd final
{
public:
    UniqueFd() noexcept = default;
    explicit UniqueFd(int fd) noexcept
        : m_fd(fd)
    { }
    UniqueFd(UniqueFd &&other) noexcept
        : m_fd(other.release())
    { }
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other) {
            reset(other.release());
        }
        return *this;
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd() { reset(); }

    int get() const noexcept { return m_fd; }
    bool isValid() const noexcept { return m_fd >= 0; }
    /// Gives the descriptor up without closing it.
    [[nodiscard]] int release() noexcept { return std::exchange(m_fd, -1); }
    /// Closes the descriptor held, if any, and holds fd instead.
    void reset(int fd = -1) noexcept;

private:
    int m_fd = -1;
};

namespace LogdProtocol {

/// Bumped on any incompatible change: a launcher refuses a daemon of another version.
inline constexpr int version = 1;
/// How many of an instance's last stderr lines are reported when its output closes.
inline constexpr int tailLines = 20;
/// A reported stderr line is cut to this many bytes (the log file keeps it whole).
inline constexpr qsizetype maxTailLineBytes = 1024;
/// A line with no newline is written in pieces of this size, each ended by a newline.
inline constexpr qsizetype maxLineBytes = 64 * 1024;
/// Messages are small; anything larger is a protocol error (and fits the default socket
/// buffer of 208 KiB, which a SOCK_SEQPACKET message must).
inline constexpr qsizetype maxMessageBytes = 160 * 1024;
inline constexpr int maxFdsPerMessage = 2;

// Launcher → daemon: {"type": "open", "name", "token", "file", "maxBytes", "keep", "maxAgeMs",
// "compress"} with the read ends of the instance's stdout and stderr pipes, in that order.
inline constexpr QStringView openType = u"open";
// Daemon → launcher, first message on every connection: {"type": "welcome", "version", "pid"}.
inline constexpr QStringView welcomeType = u"welcome";
// Daemon → launcher, when both pipes of an instance reached end of file (the instance and
// every process that inherited its output are gone): {"type": "closed", "name", "token",
// "stderr": [last lines, oldest first]}. Sent to every connected launcher, or kept (a few per
// name) until one connects.
inline constexpr QStringView closedType = u"closed";
// Daemon → launcher, once per failure of a log file (again after it recovered):
// {"type": "error", "name", "file", "operation": "open"|"write"|"rotate", "errno"}.
inline constexpr QStringView errorType = u"error";

/// R/logd: the daemon's socket in the runtime directory.
QString socketPath(const QString &runtimeDirectory);
/// R/logd.lock: held (flock) by the one daemon serving R.
QString lockPath(const QString &runtimeDirectory);
/// R/logd.log: the daemon's own diagnostics (its stderr).
QString diagnosticsPath(const QString &runtimeDirectory);

enum class IoResult {
    Done,
    WouldBlock, ///< nothing to read, or no room to send: try again when the socket is ready
    Closed,     ///< the peer closed the connection
    Failed,     ///< errno in *error
};

struct Message
{
    QJsonObject body; ///< empty when the message was not a JSON object
    QList<int> fds;   ///< received descriptors (close-on-exec), owned by the receiver
};

/// One message, never blocking (MSG_DONTWAIT) and never raising SIGPIPE. fds stay open.
IoResult send(int socket, const QJsonObject &body, const QList<int> &fds = {},
              int *error = nullptr);
/// Sends bytes already encoded by encode().
IoResult sendEncoded(int socket, const QByteArray &bytes, int *error = nullptr);
QByteArray encode(const QJsonObject &body);
/// One message, never blocking. A truncated message is Failed (EMSGSIZE), its descriptors
/// closed.
IoResult receive(int socket, Message *message, int *error = nullptr);

/// Sets O_NONBLOCK; false with errno on failure.
bool setNonBlocking(int fd);

} // namespace LogdProtocol
