#include "core/remote/remotelauncher.h"

#include "core/model/logging.h"
#include "core/remote/curvesocket.h"
#include "core/zmq/connectionmonitor.h"
#include "core/zmq/zmqnotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <iterator>
#include <vector>

#include <zmq_addon.hpp>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const zmq::message_t &frame)
{
    return QJsonDocument::fromJson(QByteArray(static_cast<const char *>(frame.data()),
                                              static_cast<qsizetype>(frame.size())))
            .object();
}

/// The stream's endpoint: the agent's events port (from "info") on the host we reached it by,
/// since an agent listening on 0.0.0.0 reports that address.
QString eventsEndpoint(const QString &controlEndpoint, const QJsonObject &info)
{
    const QUrl control(controlEndpoint);
    for (const QJsonValue &bound : info.value(u"listen"_s).toArray()) {
        const QUrl boundControl(bound[u"control"].toString());
        const QUrl events(bound[u"events"].toString());
        if (boundControl.port() == control.port() && events.port() > 0) {
            return u"tcp://%1:%2"_s.arg(control.host()).arg(events.port());
        }
    }
    return {};
}

} // namespace

RemoteLauncher::RemoteLauncher(zmq::context_t &context, RemoteHost host, CurveKeyPair clientKeys,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_host(std::move(host))
    , m_keys(std::move(clientKeys))
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(requestTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &RemoteLauncher::onRequestTimeout);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_events) {
            takeSnapshot();
        } else {
            askInfo();
        }
    });
}

RemoteLauncher::~RemoteLauncher()
{
    // Notifiers and the monitor before the sockets they read.
    m_eventsNotifier.reset();
    m_eventsMonitor.reset();
    m_controlNotifier.reset();
}

void RemoteLauncher::start(int refreshMs)
{
    openControl();
    askInfo();
    m_refresh.start(refreshMs);
}

void RemoteLauncher::askInfo()
{
    if (m_infoPending) {
        return;
    }
    m_infoPending = true;
    request({{u"command"_s, u"info"_s}}, [this](const QJsonObject &reply, const QString &) {
        m_infoPending = false;
        const QString endpoint = eventsEndpoint(m_host.endpoint, reply);
        if (endpoint.isEmpty()) {
            return; // no answer yet: asked again at the next refresh
        }
        openEvents(endpoint);
        takeSnapshot();
    });
}

QString RemoteLauncher::unreachableText() const
{
    return tr("%1 is unreachable since %2")
            .arg(m_host.name, m_unreachableSince.toLocalTime().toString(u"HH:mm:ss"_s));
}

void RemoteLauncher::openControl()
{
    m_controlNotifier.reset();
    m_control.emplace(m_context, zmq::socket_type::dealer);
    m_control->set(zmq::sockopt::linger, 0);
    QString error;
    if (!CurveSocket::makeClient(*m_control, m_host.serverKey, m_keys, &error)) {
        qCWarning(lcZmq) << m_host.name << error;
        return;
    }
    m_control->connect(m_host.endpoint.toStdString());
    m_controlNotifier = std::make_unique<ZmqNotifier>(*m_control, [this] { readReply(); });
}

void RemoteLauncher::request(const QJsonObject &request, Done done)
{
    // A snapshot or an info is how the host is found again; anything else waits for that.
    const QString command = request.value(u"command"_s).toString();
    if (m_state == State::Unreachable && command != u"list" && command != u"info") {
        const QString why = unreachableText();
        QMetaObject::invokeMethod(
                this, [done = std::move(done), why] { done({}, why); }, Qt::QueuedConnection);
        return;
    }
    m_queue.enqueue({request, std::move(done)});
    sendNext();
}

void RemoteLauncher::sendNext()
{
    if (m_inFlight || m_queue.isEmpty() || !m_control) {
        return;
    }
    m_inFlight = m_queue.dequeue();
    const QByteArray json = QJsonDocument(m_inFlight->request).toJson(QJsonDocument::Compact);
    try {
        // A DEALER speaks to a ROUTER as a REQ would: an empty delimiter, then the request.
        m_control->send(zmq::message_t(), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
        m_control->send(zmq::buffer(json.constData(), static_cast<size_t>(json.size())),
                        zmq::send_flags::dontwait);
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << m_host.name << "request not sent:" << e.what();
    }
    m_controlNotifier->recheck();
    m_requestTimer.start();
}

void RemoteLauncher::readReply()
{
    std::vector<zmq::message_t> frames;
    if (!zmq::recv_multipart(*m_control, std::back_inserter(frames), zmq::recv_flags::dontwait)
        || frames.empty() || !m_inFlight) {
        return;
    }
    m_requestTimer.stop();
    Pending done = std::move(*m_inFlight);
    m_inFlight.reset();
    const QJsonObject reply = parseObject(frames.back());
    done.done(reply,
              reply.isEmpty() ? tr("%1 sent a reply that cannot be read").arg(m_host.name)
                              : QString());
    sendNext();
}

void RemoteLauncher::onRequestTimeout()
{
    becomeUnreachable();
    // The zguide's Lazy Pirate: a socket whose reply never came is not reused.
    openControl();
    std::optional<Pending> lost = std::exchange(m_inFlight, std::nullopt);
    if (lost) {
        lost->done({}, unreachableText());
    }
    sendNext();
}

void RemoteLauncher::openEvents(const QString &endpoint)
{
    m_events.emplace(m_context, zmq::socket_type::sub);
    m_events->set(zmq::sockopt::linger, 0);
    QString error;
    if (!CurveSocket::makeClient(*m_events, m_host.serverKey, m_keys, &error)) {
        qCWarning(lcZmq) << m_host.name << error;
        return;
    }
    m_events->set(zmq::sockopt::subscribe, "");
    m_eventsMonitor = std::make_unique<SocketMonitor>(
            m_context, *m_events, ZMQ_EVENT_DISCONNECTED | ZMQ_EVENT_HANDSHAKE_SUCCEEDED,
            [this](const SocketEvent &event) { onStreamEvent(event); });
    m_events->connect(endpoint.toStdString());
    m_eventsNotifier = std::make_unique<ZmqNotifier>(*m_events, [this] { readEvent(); });
}

void RemoteLauncher::onStreamEvent(const SocketEvent &event)
{
    if (event.event == ZMQ_EVENT_DISCONNECTED) {
        becomeUnreachable();
    } else if (event.event == ZMQ_EVENT_HANDSHAKE_SUCCEEDED) {
        // Events may have gone by while the link was down: start again from a snapshot.
        m_mirror.markStale();
        takeSnapshot();
    }
}

void RemoteLauncher::readEvent()
{
    zmq::message_t frame;
    if (!m_events->recv(frame, zmq::recv_flags::dontwait)) {
        return;
    }
    const QJsonObject event = parseObject(frame);
    if (event.isEmpty()) {
        return;
    }
    if (m_snapshotPending) {
        m_heldEvents.append(event);
        return;
    }
    switch (m_mirror.apply(event)) {
    case ProgramsMirror::Applied::Applied:
        Q_EMIT eventReceived(event);
        Q_EMIT programsChanged();
        break;
    case ProgramsMirror::Applied::Old:
        break;
    case ProgramsMirror::Applied::Stale:
        takeSnapshot();
        break;
    }
}

void RemoteLauncher::takeSnapshot()
{
    if (m_snapshotPending || !m_events) {
        return;
    }
    m_snapshotPending = true;
    request({{u"command"_s, u"list"_s}}, [this](const QJsonObject &reply, const QString &) {
        m_snapshotPending = false;
        const QList<QJsonObject> held = std::exchange(m_heldEvents, {});
        if (!reply.value(u"ok"_s).toBool()) {
            return;
        }
        m_mirror.reset(static_cast<quint64>(reply.value(u"seq"_s).toInteger()),
                       reply.value(u"programs"_s).toArray());
        for (const QJsonObject &event : held) {
            if (m_mirror.apply(event) == ProgramsMirror::Applied::Applied) {
                Q_EMIT eventReceived(event);
            }
        }
        setState(m_mirror.isSynchronised() ? State::Synchronised : State::Connecting);
        Q_EMIT programsChanged();
        if (!m_mirror.isSynchronised()) {
            takeSnapshot();
        }
    });
}

void RemoteLauncher::becomeUnreachable()
{
    m_mirror.markStale();
    setState(State::Unreachable);
}

void RemoteLauncher::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    m_unreachableSince
            = state == State::Unreachable ? QDateTime::currentDateTimeUtc() : QDateTime();
    Q_EMIT stateChanged(state);
}
