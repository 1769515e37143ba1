#include "core/remote/agentendpoints.h"

#include "core/remote/curvesocket.h"
#include "core/remote/eventpublisher.h"
#include "core/remote/zapauthenticator.h"
#include "core/supervision/supervisor.h"
#include "core/zmq/connectionmonitor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

/// "tcp://HOST:PORT" split; nullopt when it is not that shape.
struct TcpAddress
{
    QString host;
    QString port; ///< digits, or "*"
};

std::optional<TcpAddress> parseTcp(const QString &endpoint)
{
    static const QRegularExpression shape(u"^tcp://(.+):(\\*|[0-9]{1,5})$"_s);
    const QRegularExpressionMatch match = shape.match(endpoint);
    if (!match.hasMatch() || (match.captured(2) != u"*" && match.captured(2).toInt() > 65535)) {
        return std::nullopt;
    }
    return TcpAddress{match.captured(1), match.captured(2)};
}

/// The event stream of a control endpoint: the next port, as the zguide's Clone pattern lays
/// its sockets out; a "*" port stays "*".
std::optional<QString> eventsEndpointOf(const TcpAddress &address)
{
    if (address.port == u"*") {
        return u"tcp://%1:*"_s.arg(address.host);
    }
    const int port = address.port.toInt() + 1;
    if (port > 65535) {
        return std::nullopt;
    }
    return u"tcp://%1:%2"_s.arg(address.host).arg(port);
}

} // namespace

AgentEndpoints::AgentEndpoints(Supervisor *supervisor, ConfigurationKeeper *keeper,
                               const ResourceHistory *resources, ControlServer::Mode mode,
                               QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_resources(resources)
    , m_mode(mode)
{ }

AgentEndpoints::~AgentEndpoints()
{
    m_monitors.clear();
}

bool AgentEndpoints::listen(const QStringList &endpoints, QString *error)
{
    bool created = false;
    const QString secretPath = CurveKeys::secretKeyPath(u"agent"_s);
    std::optional<CurveKeyPair> keys = CurveKeys::loadOrCreate(secretPath, error, &created);
    if (!keys) {
        return false;
    }
    m_keys = *keys;
    if (created) {
        Q_EMIT message(tr("made this agent's key pair in %1").arg(secretPath), false);
    }
    m_zap = std::make_unique<ZapAuthenticator>(m_supervisor->zmqContext(),
                                               CurveKeys::authorizedKeysPath());
    connect(m_zap.get(), &ZapAuthenticator::message, this, &AgentEndpoints::message);
    if (!m_zap->start(error)) {
        return false;
    }
    if (m_zap->authorizedCount() == 0) {
        *error = tr("no client may connect: %1 lists no key. On the client, run "
                    "`zlauncherctl keygen`; then here, run `zlauncherctl authorize KEY` with "
                    "the key it printed")
                         .arg(CurveKeys::authorizedKeysPath());
        return false;
    }
    for (const QString &endpoint : endpoints) {
        if (!listenOn(endpoint, error)) {
            return false;
        }
    }
    return true;
}

bool AgentEndpoints::listenOn(const QString &endpoint, QString *error)
{
    const std::optional<TcpAddress> address = parseTcp(endpoint);
    const std::optional<QString> eventsEndpoint
            = address ? eventsEndpointOf(*address) : std::nullopt;
    if (!eventsEndpoint) {
        *error = tr("--listen takes tcp://ADDRESS:PORT with a port below 65535, for example "
                    "tcp://0.0.0.0:7700 (got %1)")
                         .arg(endpoint);
        return false;
    }
    auto control = std::make_unique<ControlServer>(m_supervisor, m_keeper, m_mode);
    control->setResources(m_resources);
    if (!control->secure(m_keys, error) || !control->bind(endpoint, error)) {
        return false;
    }
    auto events = std::make_unique<EventPublisher>(m_supervisor);
    if (!events->secure(m_keys, error) || !events->bind(*eventsEndpoint, error)) {
        return false;
    }
    // Watched once bound, so that a monitor never outlives a socket that failed to bind. A
    // handshake cannot fail before its connection is accepted, which the event loop does not
    // let happen before this returns.
    watchHandshakes(control->socket());
    watchHandshakes(events->socket());
    m_bound.append(QJsonObject{{u"control"_s, control->boundEndpoint()},
                               {u"events"_s, events->boundEndpoint()}});
    m_controlServers.push_back(std::move(control));
    m_publishers.push_back(std::move(events));
    const QJsonObject extras = infoFields();
    for (const auto &server : m_controlServers) {
        server->setInfoExtras(extras);
    }
    return true;
}

QJsonObject AgentEndpoints::infoFields() const
{
    return {{u"listen"_s, m_bound},
            {u"serverKey"_s, QString::fromLatin1(m_keys.publicKey)},
            {u"serverKeyFingerprint"_s, CurveKeys::fingerprint(m_keys.publicKey)}};
}

void AgentEndpoints::watchHandshakes(zmq::socket_t &socket)
{
    auto monitor = std::make_unique<SocketMonitor>(
            m_supervisor->zmqContext(), socket,
            ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL | ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL,
            [this](const SocketEvent &event) { onSocketEvent(event); });
    if (!monitor->isActive()) {
        Q_EMIT message(tr("failed handshakes will not be logged: %1").arg(monitor->errorString()),
                       true);
    }
    m_monitors.push_back(std::move(monitor));
}

void AgentEndpoints::onSocketEvent(const SocketEvent &event)
{
    QString why;
    if (event.event == ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL) {
        why = tr("the peer did not complete the handshake: a client without CURVE encryption, "
                 "or not a ZeroMQ peer");
    } else if (event.value == ZMQ_PROTOCOL_ERROR_ZMTP_MECHANISM_MISMATCH) {
        why = tr("a client without CURVE encryption");
    } else if (event.value == ZMQ_PROTOCOL_ERROR_ZMTP_CRYPTOGRAPHIC) {
        why = tr("a handshake that could not be decrypted: the client does not have this "
                 "agent's public key");
    } else {
        why = tr("a broken ZeroMQ handshake (protocol error 0x%1)").arg(event.value, 0, 16);
    }
    // libzmq's monitor names the listening endpoint, not the peer: the ZAP handler alone
    // learns the client's address.
    m_zap->reportRefusal(tr("a connection to %1").arg(event.endpoint), why);
}
