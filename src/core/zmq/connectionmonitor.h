// Who connects to a bound ZeroMQ socket (the heartbeat SUB): a socket monitor read from the event
// loop, with the peer's pid taken from the accepted Unix socket (SO_PEERCRED), so that the log
// can say which program connected, and show one that runs but never connects.
//
// SocketMonitor is the part shared with ControlRequest, which watches its REQ the same way.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include <zmq.hpp>

class ZmqNotifier;

/// One event of a ZeroMQ socket monitor (zmq_socket_monitor, version 1 frames).
struct SocketEvent
{
    int event = 0;     ///< one ZMQ_EVENT_* value
    quint32 value = 0; ///< what goes with it: a descriptor, an errno or an interval
    QString endpoint;
};

/// The reading end of a ZeroMQ socket monitor, read from the event loop (ZmqNotifier): cppzmq's
/// monitor_t hides its PAIR socket and blocks, so the monitor is set up by hand, with the same two
/// calls monitor_t makes. It costs two inproc PAIR sockets (libzmq's and this one) and no thread.
///
/// The monitored socket must outlive the monitor: the destructor stops the monitor
/// (zmq_socket_monitor(socket, nullptr, 0)) before it closes its own end, so destroy the monitor
/// before closing the monitored socket. Monitoring starts in the constructor; create the monitor
/// before the socket connects or binds to see every connection.
class SocketMonitor final
{
    Q_DISABLE_COPY_MOVE(SocketMonitor)

public:
    using Handler = std::function<void(const SocketEvent &)>;

    /// events is a mask of ZMQ_EVENT_* values. handler is called from the event loop once per
    /// event; it may delete the monitor, as its very last action.
    SocketMonitor(zmq::context_t &context, zmq::socket_t &socket, int events, Handler handler);
    ~SocketMonitor();

    bool isActive() const { return m_notifier != nullptr; }
    /// Why the monitor could not be set up, in the system's words (empty when it is active).
    QString errorString() const { return m_error; }

    /// Hands the events already queued to the handler now, without waiting for the event loop:
    /// call it before deciding anything on what the monitor has said. The handler must not
    /// delete the monitor from within this call.
    void readPending();

private:
    /// Reads one event; false when none was waiting.
    bool readEvent();

    void *m_monitored = nullptr; ///< set while libzmq monitors the socket
    zmq::socket_t m_events;
    std::unique_ptr<ZmqNotifier> m_notifier;
    Handler m_handler;
    QString m_error;
};

class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    /// Watches socket, which must outlive the monitor, from now on.
    ConnectionMonitor(zmq::context_t &context, zmq::socket_t &socket, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    bool isActive() const { return m_monitor->isActive(); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// pid is 0 when the peer's credentials could not be read (not a Unix socket, or the peer
    /// was already gone).
    void peerConnected(qint64 pid, const QString &endpoint);
    void peerDisconnected(qint64 pid, const QString &endpoint);

private:
    void onEvent(const SocketEvent &event);

    QHash<int, qint64> m_pidByDescriptor;
    QString m_error;
    std::unique_ptr<SocketMonitor> m_monitor; // last: its handler uses the members above
};
