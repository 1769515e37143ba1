#include "core/stoprequest.h"

#include "core/logging.h"
#include "core/zmqnotifier.h"

StopRequest::StopRequest(zmq::context_t &context, const QString &endpoint,
                         const QByteArray &request, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_endpoint(endpoint)
    , m_request(request)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish();
        Q_EMIT failed(tr("no reply within %1 ms").arg(m_timeout.interval()));
    });
}

StopRequest::~StopRequest()
{
    finish();
}

void StopRequest::send()
{
    try {
        m_socket = std::make_unique<zmq::socket_t>(m_context, zmq::socket_type::req);
        m_socket->set(zmq::sockopt::linger, 0);
        m_socket->connect(m_endpoint.toStdString());
        m_roundTrip.start();
        // A REQ connecting over ipc queues the request until the peer is there, so this
        // does not fail for a program that has not bound yet; the timeout covers that case.
        if (!m_socket->send(zmq::buffer(m_request.constData(), m_request.size()),
                            zmq::send_flags::dontwait)) {
            finish();
            QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT failed(tr("the request could not be queued")); },
                    Qt::QueuedConnection);
            return;
        }
        m_notifier = std::make_unique<ZmqNotifier>(*m_socket, [this] { readReply(); });
    } catch (const zmq::error_t &e) {
        finish();
        const QString reason
                = tr("cannot reach %1: %2").arg(m_endpoint, QString::fromLocal8Bit(e.what()));
        QMetaObject::invokeMethod(
                this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
        return;
    }
    m_timeout.start();
}

void StopRequest::abandon()
{
    if (m_socket) {
        readReply();
    }
    finish();
}

void StopRequest::readReply()
{
    zmq::message_t reply;
    try {
        if (!m_socket->recv(reply, zmq::recv_flags::dontwait)) {
            return;
        }
        // Replies are single frames; extra frames are read and ignored.
        while (reply.more()) {
            zmq::message_t extra;
            if (!m_socket->recv(extra, zmq::recv_flags::dontwait) || !extra.more()) {
                break;
            }
        }
    } catch (const zmq::error_t &e) {
        const QString reason
                = tr("receiving the reply failed: %1").arg(QString::fromLocal8Bit(e.what()));
        finish();
        Q_EMIT failed(reason);
        return;
    }
    const qint64 roundTripUs = m_roundTrip.nsecsElapsed() / 1000;
    const QByteArray text(static_cast<const char *>(reply.data()),
                          static_cast<qsizetype>(reply.size()));
    finish();
    Q_EMIT replied(text, roundTripUs);
}

void StopRequest::finish()
{
    m_timeout.stop();
    // The notifier goes first: it refers to the socket. Deleting it from within its own
    // drain loop is allowed (the loop checks that it is still alive).
    m_notifier.reset();
    m_socket.reset();
}
