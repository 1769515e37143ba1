// One control request to a program (DESIGN.md §4), a stop or a ping, in the manner of the
// zguide's Lazy Pirate: a fresh REQ socket with ZMQ_LINGER 0, one request, one reply or a
// timeout, then the socket is closed. A REQ whose reply never came is never reused. A socket
// monitor on the REQ tells a failure's cause: an endpoint nobody bound, a program that got the
// request and did not answer, or one that went away before answering.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include <zmq.hpp>

class SocketMonitor;
struct SocketEvent;
class ZmqNotifier;

class ControlRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlRequest)

public:
    ControlRequest(zmq::context_t &context, const QString &endpoint, const QByteArray &request,
                   int timeoutMs, QObject *parent = nullptr);
    ~ControlRequest() override;

    /// Sends the request. Exactly one of replied() or failed() follows, from the event loop.
    void send();
    /// Gives up on the exchange: a reply already received is still delivered (replied()), then
    /// the socket closes, so that a request still queued can never reach a later instance of
    /// the program bound to the same endpoint. Nothing is emitted when no reply was there.
    void abandon();

    /// Whether the socket has been connected to the endpoint since send(), as far as its
    /// monitor has told (a reply is proof enough). Final once replied() or failed() is out.
    bool wasConnected() const { return m_wasConnected; }

Q_SIGNALS:
    void replied(const QByteArray &reply, qint64 roundTripUs);
    /// No reply within the timeout, or the socket could not be used; reason says which, and
    /// for a timeout whether the endpoint was ever connected and whether it stayed so.
    void failed(const QString &reason);

private:
    void readReply();
    void onSocketEvent(const SocketEvent &event);
    QString timeoutReason() const;
    void finish();

    zmq::context_t &m_context;
    QString m_endpoint;
    QByteArray m_request;
    std::unique_ptr<zmq::socket_t> m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
    std::unique_ptr<SocketMonitor> m_monitor; // closed before m_socket
    QString m_monitorError;
    bool m_connected = false;
    bool m_wasConnected = false;
    bool m_disconnected = false;
    QTimer m_timeout;
    QElapsedTimer m_roundTrip;
};
