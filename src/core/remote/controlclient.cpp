#include "core/remote/controlclient.h"

#include "core/os/runtimedir.h"
#include "core/remote/curvesocket.h"

#include <cerrno>
#include <cstring>

#include <signal.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

using Result = ControlClient::Result;
using Outcome = ControlClient::Outcome;

Result failure(Outcome outcome, const QString &error)
{
    Result result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

Result noLauncher(const QString &runtimeDir)
{
    return failure(Outcome::NoLauncher,
                   ControlClient::tr("no launcher is running on %1 (start one with `zlauncher` "
                                     "or `zlauncher --headless`)")
                           .arg(runtimeDir));
}

Result parseReply(const QString &runtimeDir, const zmq::message_t &message)
{
    const QByteArray bytes(static_cast<const char *>(message.data()),
                           static_cast<qsizetype>(message.size()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : ControlClient::tr("not a JSON object");
        return failure(Outcome::BadReply,
                       ControlClient::tr("the launcher on %1 sent a reply that cannot be read (%2)")
                               .arg(runtimeDir, reason));
    }
    const QJsonObject reply = document.object();
    if (!reply.value(u"ok"_s).isBool()) {
        return failure(Outcome::BadReply,
                       ControlClient::tr("the launcher on %1 sent a reply without \"ok\"")
                               .arg(runtimeDir));
    }
    Result result;
    result.outcome = Outcome::Replied;
    result.reply = reply;
    if (!reply.value(u"ok"_s).toBool()) {
        result.error = reply.value(u"error"_s).toString();
        if (result.error.isEmpty()) {
            result.error = ControlClient::tr("the launcher refused the request without saying why");
        }
    }
    return result;
}

/// Waits for the socket to have a message; false when the deadline passes first.
bool waitReadable(zmq::socket_t &socket, const QDeadlineTimer &deadline)
{
    for (;;) {
        zmq::pollitem_t item = {socket.handle(), 0, ZMQ_POLLIN, 0};
        const int rc = zmq_poll(&item, 1, static_cast<long>(deadline.remainingTime()));
        if (rc > 0) {
            return true;
        }
        if (rc == 0 || deadline.hasExpired()) {
            return false;
        }
        if (zmq_errno() != EINTR) {
            throw zmq::error_t();
        }
    }
}

/// What the handshake of a remote request said, read from its socket monitor.
enum class Handshake { Pending, Connected, Succeeded, RefusedKey, Broken };

Handshake readHandshakeEvent(zmq::socket_t &monitor, Handshake current)
{
    zmq::message_t header;
    zmq::message_t address;
    if (!monitor.recv(header, zmq::recv_flags::dontwait)) {
        return current;
    }
    if (header.more()) {
        [[maybe_unused]] const auto received = monitor.recv(address, zmq::recv_flags::dontwait);
    }
    uint16_t event = 0;
    if (header.size() >= sizeof event) {
        std::memcpy(&event, header.data(), sizeof event);
    }
    switch (event) {
    case ZMQ_EVENT_CONNECTED:
        return current == Handshake::Pending ? Handshake::Connected : current;
    case ZMQ_EVENT_HANDSHAKE_SUCCEEDED:
        return Handshake::Succeeded;
    case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH:
        return Handshake::RefusedKey;
    case ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL:
    case ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL:
        return Handshake::Broken;
    case ZMQ_EVENT_DISCONNECTED:
        // Connected but closed before the handshake is done: how a CURVE server says "not my
        // key". A connection never made (no route, nothing listening) is retried instead.
        return current == Handshake::Connected ? Handshake::Broken : current;
    default:
        return current;
    }
}

} // namespace

qint64 ControlClient::launcherPid(const QString &runtimeDir)
{
    QLockFile lock(RuntimeDir::lockFilePath(runtimeDir));
    qint64 pid = 0;
    QString hostname;
    QString application;
    if (!lock.getLockInfo(&pid, &hostname, &application) || pid <= 0) {
        return 0;
    }
    // EPERM: the pid lives but is someone else's; R is the user's own, so that is a recycled
    // pid rather than a launcher, yet the request's timeout handles it either way.
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
        return 0;
    }
    return pid;
}

QString ControlClient::formatTimeout(int timeoutMs)
{
    if (timeoutMs % 1000 == 0) {
        return tr("%1 s", "timeout in seconds").arg(timeoutMs / 1000);
    }
    if (timeoutMs > 1000) {
        return tr("%1 s", "timeout in seconds").arg(timeoutMs / 1000.0, 0, 'g', 4);
    }
    return tr("%1 ms", "timeout in milliseconds").arg(timeoutMs);
}

ControlClient::Result ControlClient::request(const QString &runtimeDir, const QJsonObject &request,
                                             int timeoutMs)
{
    const QString directory = QDir::cleanPath(QFileInfo(runtimeDir).absoluteFilePath());
    const QString socketPath = RuntimeDir::controlSocketPath(directory);
    // A launcher killed with SIGKILL leaves its socket file behind: it alone proves nothing,
    // and a REQ would wait the whole timeout on it. The lock's holder must be alive too.
    if (!QFileInfo::exists(socketPath) || launcherPid(directory) == 0) {
        return noLauncher(directory);
    }
    const QByteArray frame = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const QDeadlineTimer deadline(std::max(timeoutMs, 0));
    try {
        zmq::context_t context;
        zmq::socket_t socket(context, zmq::socket_type::req);
        socket.set(zmq::sockopt::linger, 0);
        socket.connect(QString(u"ipc://"_s + socketPath).toStdString());
        // Over ipc a REQ queues the request until the connection is made, so this only fails
        // when the queue is full, which a fresh socket's is not.
        if (!socket.send(zmq::buffer(frame.constData(), static_cast<size_t>(frame.size())),
                         zmq::send_flags::dontwait)) {
            return failure(
                    Outcome::Timeout,
                    tr("the request to the launcher on %1 could not be sent").arg(directory));
        }
        zmq::message_t reply;
        if (!waitReadable(socket, deadline) || !socket.recv(reply, zmq::recv_flags::dontwait)) {
            return failure(Outcome::Timeout,
                           tr("the launcher on %1 did not answer within %2")
                                   .arg(directory, formatTimeout(timeoutMs)));
        }
        return parseReply(directory, reply);
    } catch (const zmq::error_t &e) {
        return failure(Outcome::BadReply,
                       tr("cannot talk to the launcher on %1: %2")
                               .arg(directory, QString::fromLocal8Bit(e.what())));
    }
}

namespace {

/// A PAIR that receives the events of socket's handshake (connected, succeeded, refused).
zmq::socket_t monitorHandshake(zmq::context_t &context, zmq::socket_t &socket)
{
    const char *monitorAddress = "inproc://zlauncherctl-handshake";
    if (zmq_socket_monitor(socket.handle(), monitorAddress,
                           ZMQ_EVENT_CONNECTED | ZMQ_EVENT_HANDSHAKE_SUCCEEDED
                                   | ZMQ_EVENT_HANDSHAKE_FAILED_AUTH
                                   | ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL
                                   | ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL | ZMQ_EVENT_DISCONNECTED)
        != 0) {
        throw zmq::error_t();
    }
    zmq::socket_t monitor(context, zmq::socket_type::pair);
    monitor.set(zmq::sockopt::linger, 0);
    monitor.connect(monitorAddress);
    return monitor;
}

/// A handshake that failed, in words that say what to do; nullopt while none has.
std::optional<Result> handshakeFailure(Handshake handshake, const ControlClient::Remote &remote)
{
    const QString &where = remote.endpoint;
    if (handshake == Handshake::RefusedKey) {
        return failure(Outcome::Refused,
                       ControlClient::tr("the agent at %1 does not admit this client's key %2; on "
                                         "the agent's host, run: zlauncherctl authorize %2")
                               .arg(where, QString::fromLatin1(remote.clientKeys.publicKey)));
    }
    if (handshake == Handshake::Broken) {
        return failure(Outcome::Refused,
                       ControlClient::tr("the agent at %1 closed the connection during the "
                                         "encrypted handshake: %2 is not its public key "
                                         "(`zlauncherctl info` on its host shows it), or what "
                                         "listens there is no zlauncher agent")
                               .arg(where, QString::fromLatin1(remote.serverKey)));
    }
    return std::nullopt;
}

/// The reply to the request sent on socket, watching its handshake on monitor meanwhile, or
/// why none came before the deadline.
Result awaitReply(zmq::socket_t &socket, zmq::socket_t &monitor, const QDeadlineTimer &deadline,
                  const ControlClient::Remote &remote, int timeoutMs)
{
    Handshake handshake = Handshake::Pending;
    while (!deadline.hasExpired()) {
        zmq::pollitem_t items[]
                = {{socket.handle(), 0, ZMQ_POLLIN, 0}, {monitor.handle(), 0, ZMQ_POLLIN, 0}};
        if (zmq_poll(items, 2, static_cast<long>(deadline.remainingTime())) < 0) {
            if (zmq_errno() == EINTR) {
                continue;
            }
            throw zmq::error_t();
        }
        if (items[0].revents & ZMQ_POLLIN) {
            zmq::message_t reply;
            if (socket.recv(reply, zmq::recv_flags::dontwait)) {
                return parseReply(remote.endpoint, reply);
            }
        }
        if (items[1].revents & ZMQ_POLLIN) {
            handshake = readHandshakeEvent(monitor, handshake);
        }
        if (const std::optional<Result> failed = handshakeFailure(handshake, remote)) {
            return *failed;
        }
    }
    return failure(Outcome::Timeout,
                   ControlClient::tr("no answer from the agent at %1 within %2: the host is "
                                     "unreachable, or nothing listens there")
                           .arg(remote.endpoint, ControlClient::formatTimeout(timeoutMs)));
}

} // namespace

ControlClient::Result ControlClient::request(const Remote &remote, const QJsonObject &request,
                                             int timeoutMs)
{
    const QByteArray frame = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const QDeadlineTimer deadline(std::max(timeoutMs, 0));
    const QString where = remote.endpoint;
    try {
        zmq::context_t context;
        zmq::socket_t socket(context, zmq::socket_type::req);
        socket.set(zmq::sockopt::linger, 0);
        QString error;
        if (!CurveSocket::makeClient(socket, remote.serverKey, remote.clientKeys, &error)) {
            return failure(Outcome::BadReply, error);
        }
        zmq::socket_t monitor = monitorHandshake(context, socket);
        socket.connect(where.toStdString());
        // Queued until the handshake is done; a fresh socket's queue is never full.
        if (!socket.send(zmq::buffer(frame.constData(), static_cast<size_t>(frame.size())),
                         zmq::send_flags::dontwait)) {
            return failure(Outcome::Timeout,
                           tr("the request to the agent at %1 could not be sent").arg(where));
        }
        return awaitReply(socket, monitor, deadline, remote, timeoutMs);
    } catch (const zmq::error_t &e) {
        return failure(Outcome::BadReply,
                       tr("cannot talk to the agent at %1: %2")
                               .arg(where, QString::fromLocal8Bit(e.what())));
    }
}
