// A cable a test can cut on one host: a relay from a second loopback address (127.0.0.2: the
// whole of 127/8 is loopback) to a server on 127.0.0.1, same port. cut() resets every
// connection and refuses new ones, as a dead link would make them fail; join() lets them through
// again. Both ends see their connection drop at once, so no heartbeat timeout is waited for.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

class TcpRelay final : public QObject
{
    Q_OBJECT

public:
    static inline const QHostAddress relayAddress{QStringLiteral("127.0.0.2")};

    /// Relays relayAddress:port to 127.0.0.1:port.
    explicit TcpRelay(quint16 port, QObject *parent = nullptr);
    ~TcpRelay() override;

    /// Listens; false with the reason in errorString().
    bool join();
    /// Resets every relayed connection and stops listening.
    void cut();
    QString errorString() const { return m_server.errorString(); }

private:
    void accept();
    /// Forwards what waits on from to to, once to is connected.
    static void forward(QTcpSocket *from, QTcpSocket *to);

    quint16 m_port;
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
};
