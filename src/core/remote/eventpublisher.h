// The event stream ipc://R/events (a PUB): every event of the supervisor as one JSON frame,
// the same objects as `zlauncher --headless --events json` prints, so that any tool can follow
// the launcher live.
#pragma once

#include <QObject>
#include <QString>

#include <zmq.hpp>

class Supervisor;
struct CurveKeyPair;
struct Event;

class EventPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPublisher)

public:
    explicit EventPublisher(Supervisor *supervisor, QObject *parent = nullptr);
    ~EventPublisher() override;

    /// Makes the stream an agent's: CURVE, and only the clients the ZAP handler admits
    /// (CurveSocket::makeServer). Before bind().
    bool secure(const CurveKeyPair &keys, QString *error);
    /// Binds the PUB; on failure *error names the endpoint and the reason.
    bool bind(const QString &endpoint, QString *error);
    /// Where the last bind() ended up: a tcp port given as "*" is resolved.
    QString boundEndpoint() const;
    /// The PUB, for a SocketMonitor that reports failed handshakes.
    zmq::socket_t &socket() { return m_socket; }

private:
    void publish(const Event &event);

    const Supervisor *m_supervisor;
    zmq::socket_t m_socket;
    bool m_bound = false;
};
