#include "core/os/netprobecheck.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

/// One manager for every http probe: it keeps the connections and the HTTP thread it made.
QNetworkAccessManager *networkManager()
{
    static QPointer<QNetworkAccessManager> manager;
    if (!manager) {
        manager = new QNetworkAccessManager(QCoreApplication::instance());
        manager->setProxy(QNetworkProxy::NoProxy);
        // A 3xx passes: it is the program's answer, not a page to go and fetch.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return manager;
}

} // namespace

HttpProbeCheck::HttpProbeCheck(const ProbeSpec &probe)
{
    QNetworkRequest request(QUrl(probe.target));
    request.setHeader(QNetworkRequest::UserAgentHeader, u"zlauncher-probe"_s);
    m_reply = networkManager()->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbeCheck::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbeCheck::conclude);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, ms = probe.timeoutMs] {
        finish({false, tr("no answer within %1 ms").arg(ms)});
    });
    m_timeout.start(probe.timeoutMs);
}

HttpProbeCheck::~HttpProbeCheck()
{
    // abort() emits finished() at once: nobody may hear it from a check being deleted.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpProbeCheck::onReadyRead()
{
    // The status and the start of the body are all a probe reads: a body without end must
    // not be waited for.
    keepBodyStart();
    if (m_body.size() >= keptOutputBytes) {
        conclude();
    }
}

void HttpProbeCheck::keepBodyStart()
{
    m_body += m_reply->read(keptOutputBytes - m_body.size());
}

void HttpProbeCheck::conclude()
{
    if (m_finished || !m_reply) {
        return;
    }
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        finish({false, m_reply->errorString()});
        return;
    }
    const int code = status.toInt();
    keepBodyStart();
    QString detail = tr("HTTP %1").arg(code);
    if (const QString line = probeOutputLine(m_body); !line.isEmpty()) {
        detail = tr("%1: %2", "HTTP status: first line of the body").arg(detail, line);
    }
    finish({code >= 200 && code < 400, detail});
}

void HttpProbeCheck::finish(const ProbeOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    Q_EMIT finished(outcome);
}

TcpProbeCheck::TcpProbeCheck(const ProbeSpec &probe)
    : m_socket(new QTcpSocket(this))
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, [this] { finish({true, tr("connected")}); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        finish({false, m_socket->errorString()});
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, ms = probe.timeoutMs] {
        finish({false, tr("no connection within %1 ms").arg(ms)});
    });
    const auto hostPort = splitHostPort(probe.target);
    if (!hostPort) {
        // Validation refuses such a target; said all the same, from the event loop.
        QMetaObject::invokeMethod(
                this,
                [this] {
                    finish({false, tr("not a host:port")});
                },
                Qt::QueuedConnection);
        return;
    }
    m_timeout.start(probe.timeoutMs);
    m_socket->connectToHost(hostPort->first, hostPort->second);
}

TcpProbeCheck::~TcpProbeCheck()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void TcpProbeCheck::finish(const ProbeOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished(outcome);
}
