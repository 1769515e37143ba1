#include "notifyfixture.h"

#include <algorithm>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QTest>

bool sendDatagram(const QString &path, const QByteArray &payload)
{
    const QByteArray bytes = QFile::encodeName(path);
    sockaddr_un address{};
    if (static_cast<std::size_t>(bytes.size()) >= sizeof(address.sun_path)) {
        qWarning("%s is too long for a Unix socket address", bytes.constData());
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const ssize_t sent = ::sendto(fd, payload.constData(), static_cast<std::size_t>(payload.size()),
                                  0, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    ::close(fd);
    return sent == payload.size();
}

ProgramSpec NotifyFixture::notifySpec(const QString &name, const QString &program,
                                      const QStringList &arguments)
{
    ProgramSpec spec = TestEnvironment::spec(name, program, arguments);
    spec.kind = ProgramKind::Notify;
    return spec;
}
