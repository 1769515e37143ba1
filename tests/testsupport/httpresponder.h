// A real HTTP server on 127.0.0.1 for probe tests: it answers every GET with the status set
// now, or accepts and never answers, and counts the requests it read.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class HttpResponder final : public QObject
{
    Q_OBJECT

public:
    explicit HttpResponder(QObject *parent = nullptr);

    bool isListening() const { return m_server.isListening(); }
    QString url(const QString &path = QStringLiteral("/health")) const;
    /// 0: accept the connection, read the request, and never answer.
    void setStatus(int status, const QByteArray &body = {})
    {
        m_status = status;
        m_body = body;
    }
    int requests() const { return m_requests; }

private:
    void onNewConnection();

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body;
    int m_requests = 0;
};
