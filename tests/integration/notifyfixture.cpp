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

bool NotifyFixture::setUp(Clock *clock, QString *error)
{
    m_env = std::make_unique<TestEnvironment>();
    if (!m_env->isValid()) {
        *error = m_env->errorString();
        return false;
    }
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(), clock);
    m_events.clear();
    connect(m_supervisor.get(), &Supervisor::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    return m_supervisor->listen({}, error);
}

void NotifyFixture::tearDown()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_supervisor.reset();
    m_env.reset();
}

ProgramSpec NotifyFixture::notifySpec(const QString &name, const QString &program,
                                      const QStringList &arguments)
{
    ProgramSpec spec = TestEnvironment::spec(name, program, arguments);
    spec.kind = ProgramKind::Notify;
    return spec;
}

bool NotifyFixture::hasEvent(const QString &program, EventKind kind, const QString &text) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == kind && e.message.contains(text);
    });
}
