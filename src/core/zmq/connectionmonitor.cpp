#include "core/zmq/connectionmonitor.h"

#include "core/model/logging.h"
#include "core/zmq/zmqnotifier.h"

#include <sys/socket.h>

#include <atomic>
#include <cstring>
#include <optional>
#include <string>

namespace {

qint64 peerPid(int descriptor)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) {
        return 0;
    }
    return credentials.pid;
}

/// Two frames: 16-bit event and 32-bit value in native byte order, then the endpoint.
std::optional<SocketEvent> parseEvent(const zmq::message_t &header, const zmq::message_t &endpoint)
{
    quint16 event = 0;
    quint32 value = 0;
    if (header.size() < sizeof event + sizeof value) {
        return std::nullopt;
    }
    std::memcpy(&event, header.data(), sizeof event);
    std::memcpy(&value, static_cast<const char *>(header.data()) + sizeof event, sizeof value);
    return SocketEvent{event, value, QString::fromStdString(endpoint.to_string())};
}

} // namespace

SocketMonitor::SocketMonitor(zmq::context_t &context, zmq::socket_t &socket, int events,
                             Handler handler)
    : m_handler(std::move(handler))
{
    static std::atomic<quint64> serial = 0;
    const std::string address = "inproc://zlauncher-monitor-" + std::to_string(++serial);
    try {
        // First, so that running out of sockets leaves the monitored socket unmonitored.
        m_events = zmq::socket_t(context, zmq::socket_type::pair);
        m_events.set(zmq::sockopt::linger, 0);
    } catch (const zmq::error_t &e) {
        m_error = QString::fromLocal8Bit(e.what());
        return;
    }
    if (zmq_socket_monitor(socket.handle(), address.c_str(), events) != 0) {
        m_error = QString::fromLocal8Bit(zmq_strerror(zmq_errno()));
        return;
    }
    m_monitored = socket.handle();
    try {
        m_events.connect(address);
    } catch (const zmq::error_t &e) {
        m_error = QString::fromLocal8Bit(e.what());
        return;
    }
    m_notifier = std::make_unique<ZmqNotifier>(m_events, [this] { readEvent(); });
}

SocketMonitor::~SocketMonitor()
{
    // The notifier refers to the PAIR; libzmq's end of the monitor goes before the socket it
    // watches is closed (the caller's part), and before this end.
    m_notifier.reset();
    if (m_monitored) {
        zmq_socket_monitor(m_monitored, nullptr, 0);
    }
}

void SocketMonitor::readPending()
{
    if (!isActive()) {
        return;
    }
    while (readEvent()) { }
}

bool SocketMonitor::readEvent()
{
    zmq::message_t header;
    zmq::message_t endpoint;
    try {
        if (!m_events.recv(header, zmq::recv_flags::dontwait)) {
            return false;
        }
        if (!header.more() || !m_events.recv(endpoint, zmq::recv_flags::dontwait)) {
            return true;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "reading a monitor event failed:" << e.what();
        return false;
    }
    if (const std::optional<SocketEvent> event = parseEvent(header, endpoint)) {
        m_handler(*event); // may delete this
    }
    return true;
}

ConnectionMonitor::ConnectionMonitor(zmq::context_t &context, zmq::socket_t &socket,
                                     QObject *parent)
    : QObject(parent)
    , m_monitor(std::make_unique<SocketMonitor>(
              context, socket, ZMQ_EVENT_ACCEPTED | ZMQ_EVENT_DISCONNECTED,
              [this](const SocketEvent &event) { onEvent(event); }))
{
    if (!m_monitor->isActive()) {
        m_error = tr("cannot monitor connections: %1").arg(m_monitor->errorString());
    }
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::onEvent(const SocketEvent &event)
{
    const int descriptor = static_cast<int>(event.value);
    if (event.event == ZMQ_EVENT_ACCEPTED) {
        // Read now, while ZeroMQ still holds the accepted connection open.
        const qint64 pid = peerPid(descriptor);
        m_pidByDescriptor.insert(descriptor, pid);
        Q_EMIT peerConnected(pid, event.endpoint);
    } else if (event.event == ZMQ_EVENT_DISCONNECTED) {
        Q_EMIT peerDisconnected(m_pidByDescriptor.take(descriptor), event.endpoint);
    }
}
