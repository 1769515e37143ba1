// What makes a launcher an agent (docs/remote.md): its control and event endpoints served over
// tcp as well, CURVE-encrypted, open only to the client keys in authorized_keys. Heartbeats,
// notify, stop requests and output stay on ipc, so a partition never cuts a program off from its
// supervisor. Launcher::listen() adds it; nothing else changes for the local window or ctl.
#pragma once

#include "core/remote/controlserver.h"
#include "core/remote/curvekeys.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class ConfigurationKeeper;
class EventPublisher;
class ResourceHistory;
class SocketMonitor;
class Supervisor;
class ZapAuthenticator;
struct SocketEvent;

class AgentEndpoints final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentEndpoints)

public:
    AgentEndpoints(Supervisor *supervisor, ConfigurationKeeper *keeper,
                   const ResourceHistory *resources, ControlServer::Mode mode,
                   QObject *parent = nullptr);
    ~AgentEndpoints() override;

    /// The agent's key pair, made on first use (keys/agent.key_secret), the ZAP handler, then
    /// one control endpoint per address and its event stream on the next port. All or
    /// nothing: false with *error, in words that name the command that fixes it, when the keys
    /// cannot be trusted, no client key is authorized, or an address cannot be bound.
    bool listen(const QStringList &endpoints, QString *error);

    /// Z85; empty before listen().
    QByteArray serverKey() const { return m_keys.publicKey; }
    /// [{"control": "tcp://…:7700", "events": "tcp://…:7701"}], ports resolved.
    QJsonArray boundEndpoints() const { return m_bound; }
    /// The "info" fields an agent adds: listen, serverKey, serverKeyFingerprint.
    QJsonObject infoFields() const;
    const std::vector<std::unique_ptr<ControlServer>> &controlServers() const
    {
        return m_controlServers;
    }

Q_SIGNALS:
    /// For the event log: a refused client, a key made, a changed authorized_keys.
    void message(const QString &text, bool warning);

private:
    bool listenOn(const QString &endpoint, QString *error);
    void watchHandshakes(zmq::socket_t &socket);
    void onSocketEvent(const SocketEvent &event);

    Supervisor *m_supervisor;
    ConfigurationKeeper *m_keeper;
    const ResourceHistory *m_resources;
    ControlServer::Mode m_mode;
    CurveKeyPair m_keys;
    QJsonArray m_bound;
    std::unique_ptr<ZapAuthenticator> m_zap;
    std::vector<std::unique_ptr<ControlServer>> m_controlServers;
    std::vector<std::unique_ptr<EventPublisher>> m_publishers;
    // Before the sockets they watch are closed: destroyed first, being declared last.
    std::vector<std::unique_ptr<SocketMonitor>> m_monitors;
};
