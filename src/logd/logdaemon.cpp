#include "logd/logdaemon.h"

#include "capture/capturedinstance.h"
#include "capture/logdprotocol.h"

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int reportsKeptPerProgram = 5;
constexpr qsizetype programsWithReportsKept = 1000;
/// A launcher that reads nothing for this many messages is dropped.
constexpr size_t maxQueuedMessages = 10000;
constexpr int socketCheckMs = 1000;

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

LogDaemon::LogDaemon(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_socketPath(LogdProtocol::socketPath(options.runtimeDirectory))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LogDaemon::onIdleTimeout);
    connect(&m_rotator, &LogRotator::failed, this, &LogDaemon::onWriteFailed);
    connect(&m_rotator, &LogRotator::idle, this, &LogDaemon::updateIdle);
}

LogDaemon::~LogDaemon()
{
    qDeleteAll(m_instances);
    for (auto &[fd, client] : m_clients) {
        ::close(fd);
    }
    if (m_listener >= 0) {
        ::close(m_listener);
    }
}

bool LogDaemon::listen(QString *error)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(m_socketPath);
    if (path.size() >= static_cast<qsizetype>(sizeof address.sun_path)) {
        *error = u"the socket path %1 is too long"_s.arg(m_socketPath);
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    m_listener = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listener < 0) {
        *error = u"socket: %1"_s.arg(errorText(errno));
        return false;
    }
    ::unlink(path.constData()); // a stale socket of a daemon that died; the lock is ours
    const mode_t previousMask = ::umask(077);
    const int bound
            = ::bind(m_listener, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    const int bindError = errno;
    ::umask(previousMask);
    if (bound != 0) {
        *error = u"cannot bind %1: %2"_s.arg(m_socketPath, errorText(bindError));
        return false;
    }
    if (::listen(m_listener, 64) != 0) {
        *error = u"cannot listen on %1: %2"_s.arg(m_socketPath, errorText(errno));
        return false;
    }
    struct stat status = {};
    if (::stat(path.constData(), &status) == 0) {
        m_socketInode = status.st_ino;
    }
    m_acceptNotifier = std::make_unique<QSocketNotifier>(m_listener, QSocketNotifier::Read);
    connect(m_acceptNotifier.get(), &QSocketNotifier::activated, this, &LogDaemon::onAcceptable);
    updateIdle();
    return true;
}

void LogDaemon::onAcceptable()
{
    for (;;) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR
                && errno != ECONNABORTED) {
                qWarning("zlauncher-logd: accept failed: %s", std::strerror(errno));
            }
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            if (errno == EMFILE || errno == ENFILE) {
                // The connection stays queued; without a pause the notifier would spin.
                m_acceptNotifier->setEnabled(false);
                QTimer::singleShot(1000, this, [this] {
                    if (m_acceptNotifier) {
                        m_acceptNotifier->setEnabled(true);
                    }
                });
            }
            break;
        }
        // R is 0700 and the socket 0600; this only makes sure of it.
        ucred peer{};
        socklen_t length = sizeof peer;
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0
            || peer.uid != ::getuid()) {
            qWarning("zlauncher-logd: refused a connection from uid %u", peer.uid);
            ::close(fd);
            continue;
        }
        auto client = std::make_unique<Client>();
        client->fd = fd;
        client->serial = ++m_clientSerial;
        client->readNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(client->readNotifier.get(), &QSocketNotifier::activated, this,
                [this, fd] { onClientReadable(fd); });
        client->writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
        client->writeNotifier->setEnabled(false);
        connect(client->writeNotifier.get(), &QSocketNotifier::activated, this,
                [this, fd] { onClientWritable(fd); });
        Client &added = *m_clients.emplace(fd, std::move(client)).first->second;
        m_hadClient = true;
        sendTo(added,
               LogdProtocol::encode(QJsonObject{{u"type"_s, LogdProtocol::welcomeType.toString()},
                                                {u"version"_s, LogdProtocol::version},
                                                {u"pid"_s, static_cast<qint64>(::getpid())}}));
        for (const std::deque<QByteArray> &reports : std::as_const(m_pendingReports)) {
            for (const QByteArray &report : reports) {
                sendTo(added, report);
            }
        }
        m_pendingReports.clear();
    }
    updateIdle();
}

void LogDaemon::onClientReadable(int fd)
{
    for (;;) {
        if (m_clients.find(fd) == m_clients.end()) {
            return;
        }
        LogdProtocol::Message message;
        int error = 0;
        switch (LogdProtocol::receive(fd, &message, &error)) {
        case LogdProtocol::IoResult::WouldBlock:
            return;
        case LogdProtocol::IoResult::Closed:
            dropClient(fd);
            return;
        case LogdProtocol::IoResult::Failed:
            qWarning("zlauncher-logd: dropping a launcher connection: %s", std::strerror(error));
            dropClient(fd);
            return;
        case LogdProtocol::IoResult::Done:
            break;
        }
        if (message.body.value(u"type"_s).toString() == LogdProtocol::openType) {
            handleOpen(message.body, message.fds);
        } else {
            qWarning("zlauncher-logd: ignoring a message of type \"%s\"",
                     qPrintable(message.body.value(u"type"_s).toString()));
            for (int received : std::as_const(message.fds)) {
                ::close(received);
            }
        }
    }
}

void LogDaemon::handleOpen(const QJsonObject &body, QList<int> fds)
{
    const QString name = body.value(u"name"_s).toString();
    const QString token = body.value(u"token"_s).toString();
    const QString path = body.value(u"file"_s).toString();
    if (fds.size() != 2 || name.isEmpty() || path.isEmpty()) {
        qWarning("zlauncher-logd: malformed open message (%lld descriptors)",
                 static_cast<long long>(fds.size()));
        for (int fd : std::as_const(fds)) {
            ::close(fd);
        }
        return;
    }
    std::shared_ptr<LogFile> &file = m_files[path];
    if (!file) {
        file = std::make_shared<LogFile>(path);
    }
    // The latest settings win: they come from the launcher's current configuration.
    file->setRotation(body.value(u"maxBytes"_s).toInteger(), body.value(u"keep"_s).toInt(),
                      body.value(u"maxAgeMs"_s).toInteger(), body.value(u"compress"_s).toBool());
    m_rotator.manage(name, file);
    file->open();
    m_rotator.reschedule();
    if (const std::optional<LogFileError> error = file->takeError()) {
        onWriteFailed(name, *error);
    }
    auto *instance
            = new CapturedInstance(name, token, UniqueFd(fds[0]), UniqueFd(fds[1]), file, this);
    m_instances.append(instance);
    connect(instance, &CapturedInstance::closed, this,
            [this, instance] { onInstanceClosed(instance); });
    connect(instance, &CapturedInstance::writeFailed, this,
            [this, name](const LogFileError &error) { onWriteFailed(name, error); });
    updateIdle();
}

void LogDaemon::onInstanceClosed(CapturedInstance *instance)
{
    m_instances.removeOne(instance);
    const QString path = instance->file()->path();
    const bool fileInUse = std::any_of(
            m_instances.cbegin(), m_instances.cend(),
            [&](const CapturedInstance *other) { return other->file()->path() == path; });
    const QByteArray report = LogdProtocol::encode(
            QJsonObject{{u"type"_s, LogdProtocol::closedType.toString()},
                        {u"name"_s, instance->name()},
                        {u"token"_s, instance->token()},
                        {u"stderr"_s, QJsonArray::fromStringList(instance->stderrTail())}});
    if (m_clients.empty()) {
        std::deque<QByteArray> &kept = m_pendingReports[instance->name()];
        if (m_pendingReports.size() <= programsWithReportsKept) {
            kept.push_back(report);
            while (kept.size() > reportsKeptPerProgram) {
                kept.pop_front();
            }
        } else {
            m_pendingReports.remove(instance->name());
        }
    } else {
        broadcast(report);
    }
    instance->deleteLater(); // it is emitting closed()
    if (!fileInUse) {
        m_files.remove(path); // closes it: nothing writes to it until a new instance comes
    }
    updateIdle();
}

void LogDaemon::onWriteFailed(const QString &name, const LogFileError &error)
{
    const QString reason = error.detail.isEmpty() ? errorText(error.error) : error.detail;
    qWarning("zlauncher-logd: cannot %s %s: %s", qPrintable(error.operation),
             qPrintable(error.path), qPrintable(reason));
    broadcast(LogdProtocol::encode(QJsonObject{{u"type"_s, LogdProtocol::errorType.toString()},
                                               {u"name"_s, name},
                                               {u"file"_s, error.path},
                                               {u"operation"_s, error.operation},
                                               {u"errno"_s, error.error},
                                               {u"detail"_s, error.detail}}));
}

void LogDaemon::broadcast(const QByteArray &message)
{
    std::vector<int> fds;
    for (const auto &[fd, client] : m_clients) {
        fds.push_back(fd);
    }
    for (int fd : fds) {
        if (auto found = m_clients.find(fd); found != m_clients.end()) {
            sendTo(*found->second, message);
        }
    }
}

void LogDaemon::sendTo(Client &client, const QByteArray &message)
{
    if (client.outgoing.empty()) {
        int error = 0;
        switch (LogdProtocol::sendEncoded(client.fd, message, &error)) {
        case LogdProtocol::IoResult::Done:
            return;
        case LogdProtocol::IoResult::WouldBlock:
            break;
        case LogdProtocol::IoResult::Closed:
        case LogdProtocol::IoResult::Failed:
            dropClientLater(client);
            return;
        }
    }
    if (client.outgoing.size() >= maxQueuedMessages) {
        qWarning("zlauncher-logd: a launcher reads nothing; dropping its connection");
        dropClientLater(client);
        return;
    }
    client.outgoing.push_back(message);
    client.writeNotifier->setEnabled(true);
}

void LogDaemon::onClientWritable(int fd)
{
    const auto found = m_clients.find(fd);
    if (found == m_clients.end()) {
        return;
    }
    Client &client = *found->second;
    while (!client.outgoing.empty()) {
        int error = 0;
        const LogdProtocol::IoResult result
                = LogdProtocol::sendEncoded(fd, client.outgoing.front(), &error);
        if (result == LogdProtocol::IoResult::WouldBlock) {
            return;
        }
        if (result != LogdProtocol::IoResult::Done) {
            dropClient(fd);
            return;
        }
        client.outgoing.pop_front();
    }
    client.writeNotifier->setEnabled(false);
}

void LogDaemon::dropClientLater(const Client &client)
{
    // Not at once: the caller may be walking the clients or holding a reference to this one.
    // By serial too: by then the descriptor may be closed and reused by a new connection.
    const int fd = client.fd;
    const quint64 serial = client.serial;
    QMetaObject::invokeMethod(
            this,
            [this, fd, serial] {
                if (const auto found = m_clients.find(fd);
                    found != m_clients.end() && found->second->serial == serial) {
                    dropClient(fd);
                }
            },
            Qt::QueuedConnection);
}

void LogDaemon::dropClient(int fd)
{
    const auto found = m_clients.find(fd);
    if (found == m_clients.end()) {
        return;
    }
    std::unique_ptr<Client> client = std::move(found->second);
    m_clients.erase(found);
    // This may run inside one of the notifiers' own signals.
    client->readNotifier->setEnabled(false);
    client->writeNotifier->setEnabled(false);
    client->readNotifier.release()->deleteLater();
    client->writeNotifier.release()->deleteLater();
    ::close(fd);
    updateIdle();
}

void LogDaemon::updateIdle()
{
    if (!m_clients.empty() || !m_instances.isEmpty() || m_rotator.isBusy()) {
        m_idleSince.invalidate();
        m_idleTimer.stop();
        return;
    }
    if (!m_idleSince.isValid()) {
        m_idleSince.start();
    }
    if (!m_idleTimer.isActive()) {
        m_idleTimer.start(std::min(m_options.idleExitMs, socketCheckMs));
    }
}

void LogDaemon::onIdleTimeout()
{
    if (!m_clients.empty() || !m_instances.isEmpty() || m_rotator.isBusy()) {
        return;
    }
    // A removed runtime directory (the end of a test, a logout) leaves nothing to serve.
    const qint64 idleMs = m_idleSince.elapsed();
    const int allowedMs = !m_pendingReports.isEmpty() ? m_options.lingerWithReportsMs
            : m_hadClient                             ? m_options.idleExitMs
                          : std::max(m_options.idleExitMs, m_options.firstClientWaitMs);
    if (!ownsSocketPath() || idleMs >= allowedMs) {
        shutdown();
        return;
    }
    m_idleTimer.start(std::min<qint64>(allowedMs - idleMs, socketCheckMs));
}

bool LogDaemon::ownsSocketPath() const
{
    struct stat status = {};
    return ::stat(QFile::encodeName(m_socketPath).constData(), &status) == 0
            && status.st_ino == m_socketInode;
}

void LogDaemon::shutdown()
{
    // Unlinked first: a launcher connecting from now on starts a new daemon instead of
    // queueing on this closing socket. One that connected just before sees its connection
    // closed without a welcome and does the same.
    if (ownsSocketPath()) {
        ::unlink(QFile::encodeName(m_socketPath).constData());
    }
    m_acceptNotifier.reset();
    ::close(m_listener);
    m_listener = -1;
    Q_EMIT finished();
}
