// The event stream ipc://R/events (a PUB): every event of the supervisor as one JSON frame,
// the same objects as `zlauncher --headless --events json` prints, so that any tool can follow
// the launcher live.
#pragma once

#include <QObject>
#include <QString>

#include <zmq.hpp>

class Supervisor;
struct Event;

class EventPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPublisher)

public:
    explicit EventPublisher(Supervisor *supervisor, QObject *parent = nullptr);
    ~EventPublisher() override;

    /// Binds the PUB; on failure *error names the endpoint and the reason.
    bool bind(const QString &endpoint, QString *error);

private:
    void publish(const Event &event);

    zmq::socket_t m_socket;
    bool m_bound = false;
};
