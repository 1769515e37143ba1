#include "httpresponder.h"

#include <QTcpSocket>

#include <memory>

HttpResponder::HttpResponder(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpResponder::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpResponder::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

void HttpResponder::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
            *request += socket->readAll();
            if (!request->contains("\r\n\r\n")) {
                return;
            }
            request->clear();
            ++m_requests;
            if (m_status == 0) {
                return; // accepted, read, never answered
            }
            socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                          + " Status\r\nContent-Length: " + QByteArray::number(m_body.size())
                          + "\r\nConnection: close\r\n\r\n" + m_body);
            socket->disconnectFromHost();
        });
    }
}
