#include "tcprelay.h"

#include <QTcpSocket>

TcpRelay::TcpRelay(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

TcpRelay::~TcpRelay()
{
    cut();
}

bool TcpRelay::join()
{
    return m_server.isListening() || m_server.listen(relayAddress, m_port);
}

void TcpRelay::cut()
{
    m_server.close();
    // abort() resets: the peer's next read or write fails at once, as on a dead link noticed.
    for (QTcpSocket *socket : std::exchange(m_sockets, {})) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TcpRelay::forward(QTcpSocket *from, QTcpSocket *to)
{
    if (to->state() == QAbstractSocket::ConnectedState && from->bytesAvailable() > 0) {
        to->write(from->readAll());
    }
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        auto *server = new QTcpSocket;
        m_sockets.append({client, server});
        connect(client, &QTcpSocket::readyRead, this,
                [client, server] { forward(client, server); });
        connect(server, &QTcpSocket::readyRead, this,
                [client, server] { forward(server, client); });
        // What the client sent before the server's side was up goes once it is.
        connect(server, &QTcpSocket::connected, this,
                [client, server] { forward(client, server); });
        for (QTcpSocket *end : {client, server}) {
            QTcpSocket *other = end == client ? server : client;
            const auto drop = [this, end, other] {
                m_sockets.removeAll(end);
                m_sockets.removeAll(other);
                end->disconnect(this);
                other->disconnect(this);
                other->abort();
                end->deleteLater();
                other->deleteLater();
            };
            // A refused connection to the server ends with an error and no disconnection.
            connect(end, &QTcpSocket::disconnected, this, drop);
            connect(end, &QTcpSocket::errorOccurred, this, drop);
        }
        server->connectToHost(QHostAddress::LocalHost, m_port);
    }
}
