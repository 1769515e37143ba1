// One control request to a program (DESIGN.md §4), in the manner of the zguide's Lazy Pirate:
// a fresh REQ socket with ZMQ_LINGER 0, one request, one reply or a timeout, then the socket is
// closed. A REQ whose reply never came is never reused.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include <zmq.hpp>

class ZmqNotifier;

class StopRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopRequest)

public:
    StopRequest(zmq::context_t &context, const QString &endpoint, const QByteArray &request,
                int timeoutMs, QObject *parent = nullptr);
    ~StopRequest() override;

    /// Sends the request. Exactly one of replied() or failed() follows, from the event loop.
    void send();
    /// Gives up on the exchange: a reply already received is still delivered (replied()), then
    /// the socket closes, so that a request still queued can never reach a later instance of
    /// the program bound to the same endpoint. Nothing is emitted when no reply was there.
    void abandon();

Q_SIGNALS:
    void replied(const QByteArray &reply, qint64 roundTripUs);
    /// No reply within the timeout, or the socket could not be used; reason says which.
    void failed(const QString &reason);

private:
    void readReply();
    void finish();

    zmq::context_t &m_context;
    QString m_endpoint;
    QByteArray m_request;
    std::unique_ptr<zmq::socket_t> m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
    QTimer m_timeout;
    QElapsedTimer m_roundTrip;
};
