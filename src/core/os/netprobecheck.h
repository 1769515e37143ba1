// The http and tcp probes, through QtNetwork: the event loop is never blocked, a proxy is
// never used (a probe asks the program's own address), and each gives up at its timeout.
#pragma once

#include "core/os/probecheck.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QTcpSocket;

class HttpProbeCheck final : public ProbeCheck
{
    Q_OBJECT

public:
    explicit HttpProbeCheck(const ProbeSpec &probe);
    ~HttpProbeCheck() override;

private:
    void onReadyRead();
    void keepBodyStart();
    void conclude();
    void finish(const ProbeOutcome &outcome);

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_timeout;
    bool m_finished = false;
};

class TcpProbeCheck final : public ProbeCheck
{
    Q_OBJECT

public:
    explicit TcpProbeCheck(const ProbeSpec &probe);
    ~TcpProbeCheck() override;

private:
    void finish(const ProbeOutcome &outcome);

    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    bool m_finished = false;
};
