#include "core/remote/controlclient.h"

#include "core/os/runtimedir.h"

#include <cerrno>

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
