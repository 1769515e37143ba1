#include "core/zmq/controlrequest.h"

#include "core/zmq/connectionmonitor.h"
#include "core/model/logging.h"
#include "core/zmq/zmqnotifier.h"

namespace {

/// What tells the three failures apart. ZMQ_EVENT_CONNECT_RETRIED would come every reconnect
/// interval (100 ms) for as long as nobody binds the endpoint, and ZMQ_EVENT_CONNECT_DELAYED
/// never comes over ipc: neither would change a word of a failure.
constexpr int monitoredEvents = ZMQ_EVENT_CONNECTED | ZMQ_EVENT_DISCONNECTED;

} // namespace

ControlRequest::ControlRequest(zmq::context_t &context, const QString &endpoint,
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
        // Events already queued count, even those the event loop has not read yet.
        if (m_monitor) {
            m_monitor->readPending();
        }
        const QString reason = timeoutReason();
        finish();
        Q_EMIT failed(reason);
    });
}

ControlRequest::~ControlRequest()
{
    finish();
}

void ControlRequest::send()
{
    m_connected = m_wasConnected = m_disconnected = false;
    try {
        m_socket = std::make_unique<zmq::socket_t>(m_context, zmq::socket_type::req);
        m_socket->set(zmq::sockopt::linger, 0);
        // Before the connect, so that the monitor sees the first connection. Without a monitor
        // (no socket left for it) the request still goes; only its failure says less.
        m_monitor = std::make_unique<SocketMonitor>(
                m_context, *m_socket, monitoredEvents,
                [this](const SocketEvent &event) { onSocketEvent(event); });
        if (!m_monitor->isActive()) {
            m_monitorError = m_monitor->errorString();
            m_monitor.reset();
        }
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

void ControlRequest::abandon()
{
    if (m_socket) {
        readReply();
    }
    finish();
}

void ControlRequest::readReply()
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
    m_wasConnected = true; // even if the monitor has not said so yet
    const QByteArray text(static_cast<const char *>(reply.data()),
                          static_cast<qsizetype>(reply.size()));
    finish();
    Q_EMIT replied(text, roundTripUs);
}

void ControlRequest::onSocketEvent(const SocketEvent &event)
{
    switch (event.event) {
    case ZMQ_EVENT_CONNECTED:
        m_connected = true;
        m_wasConnected = true;
        break;
    case ZMQ_EVENT_DISCONNECTED:
        // The request went with the connection: a REQ never sends it again, even when the
        // program binds anew and the socket reconnects.
        if (m_connected) {
            m_connected = false;
            m_disconnected = true;
        }
        break;
    default:
        break;
    }
}

QString ControlRequest::timeoutReason() const
{
    const int timeoutMs = m_timeout.interval();
    if (!m_monitor) {
        return tr("no reply within %1 ms from %2 (whether it connected is unknown: its "
                  "connection could not be watched: %3)")
                .arg(QString::number(timeoutMs), m_endpoint, m_monitorError);
    }
    if (!m_wasConnected) {
        return tr("no reply within %1 ms: its control endpoint %2 was never connected (the "
                  "program has not bound it; does it read $ZLAUNCHER_CONTROL?)")
                .arg(QString::number(timeoutMs), m_endpoint);
    }
    if (m_disconnected) {
        return tr("no reply within %1 ms: connected to %2, but the connection closed before "
                  "the answer (the program went away: it exited or closed its control socket)")
                .arg(QString::number(timeoutMs), m_endpoint);
    }
    return tr("no reply within %1 ms (connected to %2, the program did not answer)")
            .arg(QString::number(timeoutMs), m_endpoint);
}

void ControlRequest::finish()
{
    m_timeout.stop();
    // The notifier goes first: it refers to the socket. Deleting it from within its own
    // drain loop is allowed (the loop checks that it is still alive). The monitor goes before
    // the socket it watches, as libzmq requires.
    m_notifier.reset();
    m_monitor.reset();
    m_socket.reset();
}
