#include "core/os/notifysocket.h"

#include "core/model/logging.h"

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QList>
#include <QSocketNotifier>

namespace {

/// The descriptors carried by a datagram's SCM_RIGHTS, to be closed once it is handled.
QList<int> passedDescriptors(msghdr &header)
{
    QList<int> fds;
    for (cmsghdr *control = CMSG_FIRSTHDR(&header); control != nullptr;
         control = CMSG_NXTHDR(&header, control)) {
        if (control->cmsg_level != SOL_SOCKET || control->cmsg_type != SCM_RIGHTS) {
            continue;
        }
        const std::size_t count = (control->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (std::size_t i = 0; i < count; ++i) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(control) + i * sizeof(int), sizeof(int));
            fds.append(fd);
        }
    }
    return fds;
}

const ucred *credentials(msghdr &header)
{
    for (cmsghdr *control = CMSG_FIRSTHDR(&header); control != nullptr;
         control = CMSG_NXTHDR(&header, control)) {
        if (control->cmsg_level == SOL_SOCKET && control->cmsg_type == SCM_CREDENTIALS
            && control->cmsg_len == CMSG_LEN(sizeof(ucred))) {
            return reinterpret_cast<const ucred *>(CMSG_DATA(control));
        }
    }
    return nullptr;
}

} // namespace

NotifySocket::NotifySocket(QObject *parent)
    : QObject(parent)
{ }

NotifySocket::~NotifySocket()
{
    m_notifier.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_path);
    }
}

bool NotifySocket::bind(const QString &path, QString *error)
{
    Q_ASSERT_X(m_fd < 0, "NotifySocket::bind", "called twice");
    const QByteArray bytes = QFile::encodeName(path);
    sockaddr_un address{};
    if (static_cast<std::size_t>(bytes.size()) >= sizeof(address.sun_path)) {
        *error = tr("cannot bind the notify socket %1: the path is longer than %2 bytes")
                         .arg(path)
                         .arg(sizeof(address.sun_path) - 1);
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    // message has %1 for the path and %2 for the reason that errno (saved first) gives.
    const auto fail = [&](int saved, const QString &message) {
        *error = message.arg(path, errnoMessage(saved));
        if (fd >= 0) {
            ::close(fd);
        }
        return false;
    };
    if (fd < 0) {
        const int saved = errno;
        return fail(saved, tr("cannot create the notify socket %1: %2"));
    }
    const int on = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)) != 0) {
        const int saved = errno;
        return fail(saved, tr("cannot ask for senders' credentials on the notify socket %1: %2"));
    }
    // The runtime directory is locked by this launcher: a socket file left there is a crashed
    // launcher's.
    ::unlink(bytes.constData());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        const int saved = errno;
        return fail(saved, tr("cannot bind the notify socket %1: %2"));
    }
    // Only the user may send: the directory (0700) already says so; the file says it too.
    if (::chmod(bytes.constData(), S_IRUSR | S_IWUSR) != 0) {
        const int saved = errno;
        return fail(saved, tr("cannot make the notify socket %1 private: %2"));
    }
    m_fd = fd;
    m_path = path;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NotifySocket::readQueued);
    return true;
}

void NotifySocket::readQueued()
{
    if (m_fd < 0) {
        return;
    }
    // One byte more than allowed: a datagram that fills it was truncated (MSG_TRUNC says so).
    std::array<char, maxDatagramBytes + 1> buffer{};
    alignas(cmsghdr) std::array<char, CMSG_SPACE(sizeof(ucred)) + CMSG_SPACE(sizeof(int) * 16)>
            control{};
    for (int read = 0; read < maxDatagramsPerTurn; ++read) {
        iovec vector{buffer.data(), buffer.size()};
        msghdr header{};
        header.msg_iov = &vector;
        header.msg_iovlen = 1;
        header.msg_control = control.data();
        header.msg_controllen = control.size();
        const ssize_t size = ::recvmsg(m_fd, &header, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
        if (size < 0) {
            const int error = errno;
            if (error != EAGAIN && error != EWOULDBLOCK && error != EINTR) {
                qCWarning(lcSupervisor)
                        << "reading the notify socket failed:" << errnoMessage(error);
            }
            return;
        }
        const QList<int> fds = passedDescriptors(header);
        const ucred *sender = credentials(header);
        if (!sender) {
            Q_EMIT datagramDropped(Drop::NoCredentials);
        } else if (sender->uid != ::getuid() && sender->uid != 0) {
            Q_EMIT datagramDropped(Drop::OtherUser);
        } else if ((header.msg_flags & MSG_TRUNC) != 0 || size > maxDatagramBytes) {
            Q_EMIT datagramDropped(Drop::Oversize);
        } else {
            Q_EMIT datagramReceived(sender->pid, QByteArray(buffer.data(), size));
        }
        // After it was handled: a sender waiting on BARRIER=1 goes on only now.
        for (const int fd : fds) {
            ::close(fd);
        }
    }
}
