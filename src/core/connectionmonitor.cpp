#include "core/connectionmonitor.h"

#include "core/logging.h"
#include "core/zmqnotifier.h"

#include <sys/socket.h>

#include <atomic>
#include <cstring>

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

} // namespace

ConnectionMonitor::ConnectionMonitor(zmq::context_t &context, zmq::socket_t &socket,
                                     QObject *parent)
    : QObject(parent)
    , m_events(context, zmq::socket_type::pair)
{
    static std::atomic<int> serial = 0;
    const std::string address = "inproc://zlauncher-monitor-" + std::to_string(++serial);
    // cppzmq's monitor_t hides its PAIR socket, and this one must be read from the event loop
    // through ZMQ_FD, so the monitor is set up by hand: the same two calls monitor_t makes.
    if (zmq_socket_monitor(socket.handle(), address.c_str(),
                           ZMQ_EVENT_ACCEPTED | ZMQ_EVENT_DISCONNECTED)
        != 0) {
        m_error = tr("cannot monitor connections: %1")
                          .arg(QString::fromLocal8Bit(zmq_strerror(zmq_errno())));
        return;
    }
    try {
        m_events.set(zmq::sockopt::linger, 0);
        m_events.connect(address);
    } catch (const zmq::error_t &e) {
        m_error = tr("cannot monitor connections: %1").arg(QString::fromLocal8Bit(e.what()));
        return;
    }
    m_notifier = std::make_unique<ZmqNotifier>(m_events, [this] { readEvent(); });
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::readEvent()
{
    // Two frames: 16-bit event and 32-bit value in native byte order, then the endpoint.
    zmq::message_t header;
    zmq::message_t endpoint;
    try {
        if (!m_events.recv(header, zmq::recv_flags::dontwait)) {
            return;
        }
        if (!header.more() || !m_events.recv(endpoint, zmq::recv_flags::dontwait)) {
            return;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "reading a monitor event failed:" << e.what();
        return;
    }
    if (header.size() < sizeof(quint16) + sizeof(quint32)) {
        return;
    }
    quint16 event = 0;
    quint32 value = 0;
    std::memcpy(&event, header.data(), sizeof event);
    std::memcpy(&value, static_cast<const char *>(header.data()) + sizeof event, sizeof value);
    const QString address = QString::fromStdString(endpoint.to_string());
    const int descriptor = static_cast<int>(value);
    if (event == ZMQ_EVENT_ACCEPTED) {
        // Read now, while ZeroMQ still holds the accepted connection open.
        const qint64 pid = peerPid(descriptor);
        m_pidByDescriptor.insert(descriptor, pid);
        Q_EMIT peerConnected(pid, address);
    } else if (event == ZMQ_EVENT_DISCONNECTED) {
        Q_EMIT peerDisconnected(m_pidByDescriptor.take(descriptor), address);
    }
}
