// The control endpoint ipc://R/control (docs/control.md): JSON requests from zlauncherctl and
// other tools, answered from the event loop. A ROUTER rather than a REP, so that a reply that
// waits (a ping waits for the program's answer) holds up neither the supervision nor other
// clients; REQ clients cannot tell the difference.
#pragma once

#include "core/model/programspec.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include <zmq.hpp>

class ConfigurationKeeper;
struct CurveKeyPair;
class ResourceHistory;
class Supervisor;
class ZmqNotifier;

class ControlServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlServer)

public:
    enum class Mode { Window, Headless };

    /// A request larger than this is dropped by ZeroMQ, and its connection closed.
    static constexpr int maxRequestBytes = 1024 * 1024;
    /// What the events of one "events" reply weigh at most (their JSON): a follower far behind
    /// asks again from where a reply left it.
    static constexpr qsizetype maxEventsReplyBytes = 256 * 1024;

    ControlServer(Supervisor *supervisor, ConfigurationKeeper *keeper, Mode mode,
                  QObject *parent = nullptr);
    ~ControlServer() override;

    /// Where list and status find each program's CPU and memory; without it they carry none.
    void setResources(const ResourceHistory *resources) { m_resources = resources; }

    /// Makes the endpoint an agent's: CURVE, and only the clients the ZAP handler admits
    /// (CurveSocket::makeServer). Before bind().
    bool secure(const CurveKeyPair &keys, QString *error);
    /// Binds the ROUTER; on failure *error names the endpoint and the reason.
    bool bind(const QString &endpoint, QString *error);
    /// Where the last bind() ended up: a tcp port given as "*" is resolved.
    QString boundEndpoint() const;
    /// The ROUTER, for a SocketMonitor that reports failed handshakes.
    zmq::socket_t &socket() { return m_socket; }
    /// Fields "info" adds to its reply (an agent's endpoints and key).
    void setInfoExtras(const QJsonObject &extras) { m_infoExtras = extras; }

Q_SIGNALS:
    /// "show": the window should come to the front.
    void showRequested();
    /// "quit": emitted from the event loop after the reply was sent.
    void quitRequested(bool leaveRunning);
    /// A "list" or "status" request reads the programs' CPU and memory figures.
    void resourcesRead();

private:
    using Envelope = std::vector<zmq::message_t>;

    void readRequest();
    /// A ping waits for the program's answer: its reply is sent from the callback.
    void ping(Envelope envelope, const QJsonObject &request);
    /// The reply to a request answered at once (everything but ping).
    QJsonObject handle(const QJsonObject &request);
    void reply(Envelope envelope, QJsonObject answer);
    QJsonObject programJson(const QString &name, bool withSpec) const;
    QString unknownProgram(const QString &name) const;
    /// The names a start/stop/restart/kill request is about; empty with *error set on error.
    QStringList targets(const QJsonObject &request, QString *error) const;
    QJsonObject act(const QString &command, const QJsonObject &request);
    QJsonObject info() const;
    QJsonObject list() const;
    QJsonObject status(const QJsonObject &request) const;
    /// The end of a program's log file, or what it gained since a reader's offset.
    QJsonObject output(const QJsonObject &request) const;
    /// The kept events after a number, a page at a time (controlserverevents.cpp).
    QJsonObject events(const QJsonObject &request) const;
    QJsonObject show();
    /// Quits after the reply left, stopping every program unless asked to leave them running.
    QJsonObject quit(const QJsonObject &request);
    // The requests that read or change the configuration (controlserverconfiguration.cpp).
    QJsonObject configuration() const;
    /// The program object of an add or update request, parsed as the configuration file's
    /// would be; empty with *error set when it is not one, or depends on an unknown program.
    std::optional<ProgramSpec> requestedSpec(const QJsonObject &request, QString *error) const;
    QJsonObject add(const QJsonObject &request);
    QJsonObject update(const QJsonObject &request);
    QJsonObject remove(const QJsonObject &request);
    QJsonObject scale(const QJsonObject &request);
    QJsonObject reload(const QJsonObject &request);
    QJsonObject save(const QJsonObject &request);

    Supervisor *m_supervisor;
    const ResourceHistory *m_resources = nullptr;
    ConfigurationKeeper *m_keeper;
    Mode m_mode;
    QJsonObject m_infoExtras;
    zmq::socket_t m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
};
