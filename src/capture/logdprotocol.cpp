#include "capture/logdprotocol.h"

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

void UniqueFd::reset(int fd) noexcept
{
    if (m_fd >= 0 && m_fd != fd) {
        ::close(m_fd);
    }
    m_fd = fd;
}

namespace LogdProtocol {

QString socketPath(const QString &runtimeDirectory)
{
    return runtimeDirectory + u"/logd"_s;
}

QString lockPath(const QString &runtimeDirectory)
{
    return runtimeDirectory + u"/logd.lock"_s;
}

QString diagnosticsPath(const QString &runtimeDirectory)
{
    return runtimeDirectory + u"/logd.log"_s;
}

QByteArray encode(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

IoResult send(int socket, const QJsonObject &body, const QList<int> &fds, int *error)
{
    Q_ASSERT(fds.size() <= maxFdsPerMessage);
    QByteArray bytes = encode(body);
    iovec data{bytes.data(), static_cast<size_t>(bytes.size())};
    msghdr header{};
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    alignas(cmsghdr) std::array<char, CMSG_SPACE(sizeof(int) * maxFdsPerMessage)> control{};
    if (!fds.isEmpty()) {
        const size_t fdBytes = sizeof(int) * static_cast<size_t>(fds.size());
        header.msg_control = control.data();
        header.msg_controllen = CMSG_SPACE(fdBytes);
        cmsghdr *rights = CMSG_FIRSTHDR(&header);
        rights->cmsg_level = SOL_SOCKET;
        rights->cmsg_type = SCM_RIGHTS;
        rights->cmsg_len = CMSG_LEN(fdBytes);
        std::memcpy(CMSG_DATA(rights), fds.constData(), fdBytes);
    }
    for (;;) {
        if (::sendmsg(socket, &header, MSG_DONTWAIT | MSG_NOSIGNAL) >= 0) {
            return IoResult::Done;
        }
        const int saved = errno;
        if (saved == EINTR) {
            continue;
        }
        if (error) {
            *error = saved;
        }
        if (saved == EAGAIN || saved == EWOULDBLOCK) {
            return IoResult::WouldBlock;
        }
        return saved == EPIPE || saved == ECONNRESET ? IoResult::Closed : IoResult::Failed;
    }
}

IoResult sendEncoded(int socket, const QByteArray &bytes, int *error)
{
    for (;;) {
        if (::send(socket, bytes.constData(), static_cast<size_t>(bytes.size()),
                   MSG_DONTWAIT | MSG_NOSIGNAL)
            >= 0) {
            return IoResult::Done;
        }
        const int saved = errno;
        if (saved == EINTR) {
            continue;
        }
        if (error) {
            *error = saved;
        }
        if (saved == EAGAIN || saved == EWOULDBLOCK) {
            return IoResult::WouldBlock;
        }
        return saved == EPIPE || saved == ECONNRESET ? IoResult::Closed : IoResult::Failed;
    }
}

IoResult receive(int socket, Message *message, int *error)
{
    message->body = {};
    message->fds.clear();
    QByteArray bytes(maxMessageBytes + 1, Qt::Uninitialized);
    iovec data{bytes.data(), static_cast<size_t>(bytes.size())};
    alignas(cmsghdr) std::array<char, CMSG_SPACE(sizeof(int) * (maxFdsPerMessage + 2))> control{};
    msghdr header{};
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    header.msg_control = control.data();
    header.msg_controllen = control.size();
    ssize_t received = -1;
    do {
        received = ::recvmsg(socket, &header, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
    } while (received < 0 && errno == EINTR);
    if (received < 0) {
        const int saved = errno;
        if (error) {
            *error = saved;
        }
        if (saved == EAGAIN || saved == EWOULDBLOCK) {
            return IoResult::WouldBlock;
        }
        return saved == ECONNRESET ? IoResult::Closed : IoResult::Failed;
    }
    // Descriptors are taken first, whatever else is wrong with the message: they must not
    // leak.
    for (cmsghdr *part = CMSG_FIRSTHDR(&header); part; part = CMSG_NXTHDR(&header, part)) {
        if (part->cmsg_level != SOL_SOCKET || part->cmsg_type != SCM_RIGHTS) {
            continue;
        }
        const size_t count = (part->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; ++i) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(part) + i * sizeof(int), sizeof(int));
            message->fds.append(fd);
        }
    }
    if (received == 0 && message->fds.isEmpty()) {
        return IoResult::Closed;
    }
    if ((header.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0 || received > maxMessageBytes) {
        for (int fd : std::as_const(message->fds)) {
            ::close(fd);
        }
        message->fds.clear();
        if (error) {
            *error = EMSGSIZE;
        }
        return IoResult::Failed;
    }
    bytes.truncate(received);
    message->body = QJsonDocument::fromJson(bytes).object();
    return IoResult::Done;
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

} // namespace LogdProtocol
