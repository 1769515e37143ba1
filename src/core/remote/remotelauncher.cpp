#include "core/remote/remotelauncher.h"

#include "core/model/logging.h"
#include "core/model/shellwords.h"
#include "core/remote/programstatusjson.h"
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

/// The requests that find a host again, sent while it is unreachable.
bool isResynchronising(const QJsonObject &request)
{
    const QString command = request.value(u"command"_s).toString();
    return command == u"list" || command == u"info" || command == u"events";
}

QJsonObject parseObject(const zmq::message_t &frame)
{
    return QJsonDocument::fromJson(QByteArray(static_cast<const char *>(frame.data()),
                                              static_cast<qsizetype>(frame.size())))
            .object();
}

} // namespace

QString RemoteLauncher::eventsEndpoint(const QString &controlEndpoint, const QJsonObject &info)
{
    const QUrl control(controlEndpoint);
    for (const QJsonValue &bound : info.value(u"listen"_s).toArray()) {
        const QUrl boundControl(bound[u"control"].toString());
        const QUrl events(bound[u"events"].toString());
        if (boundControl.port() == control.port() && events.port() > 0) {
            const QString host
                    = control.host().contains(u':') ? u'[' + control.host() + u']' : control.host();
            return u"tcp://%1:%2"_s.arg(host).arg(events.port());
        }
    }
    return {};
}

RemoteLauncher::RemoteLauncher(zmq::context_t &context, RemoteHost host, CurveKeyPair clientKeys,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_host(std::move(host))
    , m_keys(std::move(clientKeys))
    , m_catchUp({[this](const QJsonObject &event) { announce(event); },
                 [this](quint64 since) { fetchEvents(since); },
                 [this](const EventCatchUp::LostRange &lost) { tellLost(lost); },
                 [this] { tellRestarted(); }})
{
    m_clock.start();
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(requestTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &RemoteLauncher::onRequestTimeout);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_events) {
            m_catchUp.retry();
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
        // The window tells the events that come after its first contact.
        m_catchUp.begin(reply.value(u"launcherId"_s).toString(),
                        static_cast<quint64>(reply.value(u"seq"_s).toInteger()));
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
    m_control.reset();
    QString error;
    try {
        m_control.emplace(m_context, zmq::socket_type::dealer);
        m_control->set(zmq::sockopt::linger, 0);
        if (!CurveSocket::makeClient(*m_control, m_host.serverKey, m_keys, &error)) {
            throw zmq::error_t();
        }
        m_control->connect(m_host.endpoint.toStdString());
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << m_host.name << "cannot open the control socket:" << error << e.what();
        m_control.reset();
        return;
    }
    m_controlNotifier = std::make_unique<ZmqNotifier>(*m_control, [this] { readReply(); });
}

void RemoteLauncher::request(const QJsonObject &request, Done done)
{
    // A snapshot, an info or the missed events are how the host is found again; anything else
    // waits for that.
    if (m_state == State::Unreachable && !isResynchronising(request)) {
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
    if (!m_control) {
        openControl();
    }
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
    // A ping waits for the program's own answer: its time, and a second for the agent's.
    const int ownTimeoutMs = m_inFlight->request.value(u"timeoutMs"_s).toInt(0);
    m_requestTimer.start(std::max(requestTimeoutMs, ownTimeoutMs + 1000));
}

void RemoteLauncher::readReply()
{
    std::vector<zmq::message_t> frames;
    try {
        if (!zmq::recv_multipart(*m_control, std::back_inserter(frames), zmq::recv_flags::dontwait)
            || frames.empty() || !m_inFlight) {
            return;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << m_host.name << "reading a reply failed:" << e.what();
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
    QString error;
    try {
        m_events.emplace(m_context, zmq::socket_type::sub);
        m_events->set(zmq::sockopt::linger, 0);
        if (!CurveSocket::makeClient(*m_events, m_host.serverKey, m_keys, &error)) {
            throw zmq::error_t();
        }
        m_events->set(zmq::sockopt::subscribe, "");
        m_eventsMonitor = std::make_unique<SocketMonitor>(
                m_context, *m_events, ZMQ_EVENT_DISCONNECTED | ZMQ_EVENT_HANDSHAKE_SUCCEEDED,
                [this](const SocketEvent &event) { onStreamEvent(event); });
        m_events->connect(endpoint.toStdString());
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << m_host.name << "cannot follow" << endpoint << error << e.what();
        m_eventsMonitor.reset();
        m_events.reset();
        return;
    }
    m_eventsNotifier = std::make_unique<ZmqNotifier>(*m_events, [this] { readEvent(); });
}

void RemoteLauncher::onStreamEvent(const SocketEvent &event)
{
    if (event.event == ZMQ_EVENT_DISCONNECTED) {
        m_streamUp = false;
        m_catchUp.onStreamDown();
        becomeUnreachable();
    } else if (event.event == ZMQ_EVENT_HANDSHAKE_SUCCEEDED) {
        // Events may have gone by while the link was down, perhaps from another launcher:
        // start again from a snapshot, and not from one asked before this.
        m_streamUp = true;
        ++m_generation;
        m_mirror.markStale();
        m_snapshotPending = false;
        // The missed events first, then the snapshot: both are asked in that order.
        m_catchUp.onStreamUp();
        takeSnapshot();
    }
}

void RemoteLauncher::readEvent()
{
    // A reconnection is known before the events that come after it: libzmq queues the
    // monitor's event before the connection delivers any.
    m_eventsMonitor->readPending();
    zmq::message_t frame;
    try {
        if (!m_events->recv(frame, zmq::recv_flags::dontwait)) {
            return;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << m_host.name << "reading an event failed:" << e.what();
        return;
    }
    const QJsonObject event = parseObject(frame);
    if (event.isEmpty()) {
        return;
    }
    // Told whatever the mirror does with it: an event that a snapshot on its way already counts
    // still happened, and the window's log shows it.
    m_catchUp.onStreamEvent(event);
    if (m_snapshotPending) {
        m_heldEvents.append(event);
        return;
    }
    switch (m_mirror.apply(event)) {
    case ProgramsMirror::Applied::Applied:
        // Only a state event changes the mirror; a heartbeat or an exit says nothing new of it.
        if (event.value(u"event"_s).toString() == u"state") {
            Q_EMIT programChanged(event.value(u"program"_s).toString());
        }
        break;
    case ProgramsMirror::Applied::Old:
        break;
    case ProgramsMirror::Applied::Stale:
        takeSnapshot();
        break;
    }
}

void RemoteLauncher::announce(const QJsonObject &event)
{
    Q_EMIT eventReceived(event);
    if (std::optional<Event> known = eventFromJson(event)) {
        known->host = m_host.name;
        Q_EMIT eventOccurred(*known);
    }
}

void RemoteLauncher::takeSnapshot()
{
    if (m_snapshotPending || !m_events) {
        return;
    }
    m_snapshotPending = true;
    const quint64 generation = m_generation;
    request({{u"command"_s, u"list"_s}},
            [this, generation](const QJsonObject &reply, const QString &) {
                if (generation != m_generation) {
                    return; // asked before a reconnection, which asked again
                }
                m_snapshotPending = false;
                const QList<QJsonObject> held = std::exchange(m_heldEvents, {});
                if (!reply.value(u"ok"_s).toBool()) {
                    return;
                }
                m_snapshotAtMs = nowMs();
                m_mirror.reset(static_cast<quint64>(reply.value(u"seq"_s).toInteger()),
                               reply.value(u"programs"_s).toArray());
                for (const QJsonObject &event : held) {
                    m_mirror.apply(event);
                }
                // Without its stream, a snapshot is a picture, not a view that follows.
                setState(m_mirror.isSynchronised() && m_streamUp ? State::Synchronised
                                 : m_state == State::Unreachable ? State::Unreachable
                                                                 : State::Connecting);
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
    refuseQueued();
}

void RemoteLauncher::refuseQueued()
{
    QQueue<Pending> kept;
    QList<Done> refused;
    while (!m_queue.isEmpty()) {
        Pending pending = m_queue.dequeue();
        if (isResynchronising(pending.request)) {
            kept.enqueue(std::move(pending));
        } else {
            refused.append(std::move(pending.done));
        }
    }
    m_queue = std::move(kept);
    const QString why = unreachableText();
    for (const Done &done : refused) {
        QMetaObject::invokeMethod(
                this, [done, why] { done({}, why); }, Qt::QueuedConnection);
    }
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

ProgramSnapshot RemoteLauncher::snapshot(const QString &name) const
{
    return ProgramStatusJson::toSnapshot(m_mirror.program(name), m_snapshotAtMs);
}

std::optional<ResourceUsage> RemoteLauncher::usage(const QString &name) const
{
    const QJsonObject program = m_mirror.program(name);
    const std::optional<ProgramState> state
            = programStateFromName(program.value(u"state"_s).toString());
    return state && hasLiveInstance(*state) ? ProgramStatusJson::toUsage(program) : std::nullopt;
}

QString RemoteLauncher::commandLine(const QString &name) const
{
    const QJsonObject program = m_mirror.program(name);
    QStringList words{program.value(u"program"_s).toString()};
    for (const QJsonValue &argument : program.value(u"arguments"_s).toArray()) {
        words.append(argument.toString());
    }
    return ShellWords::join(words);
}
