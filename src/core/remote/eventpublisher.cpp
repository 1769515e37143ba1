#include "core/remote/eventpublisher.h"

#include "core/model/event.h"
#include "core/model/logging.h"
#include "core/remote/curvesocket.h"
#include "core/supervision/supervisor.h"

EventPublisher::EventPublisher(Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
    , m_socket(supervisor->zmqContext(), zmq::socket_type::pub)
{
    m_socket.set(zmq::sockopt::linger, 0);
    connect(supervisor, &Supervisor::eventOccurred, this, &EventPublisher::publish);
}

EventPublisher::~EventPublisher() = default;

bool EventPublisher::secure(const CurveKeyPair &keys, QString *error)
{
    // A subscriber sends only its subscriptions: nothing large is ever legitimate.
    m_socket.set(zmq::sockopt::maxmsgsize, int64_t{4096});
    return CurveSocket::makeServer(m_socket, keys, error);
}

QString EventPublisher::boundEndpoint() const
{
    return QString::fromStdString(m_socket.get(zmq::sockopt::last_endpoint));
}

bool EventPublisher::bind(const QString &endpoint, QString *error)
{
    try {
        m_socket.bind(endpoint.toStdString());
    } catch (const zmq::error_t &e) {
        if (error) {
            *error = tr("cannot publish events on %1: %2")
                             .arg(endpoint, QString::fromLocal8Bit(e.what()));
        }
        return false;
    }
    m_bound = true;
    return true;
}

void EventPublisher::publish(const Event &event)
{
    if (!m_bound) {
        return;
    }
    // The bytes the history keeps, which the "events" request gives again.
    const QByteArray json = m_supervisor->eventJson(event);
    try {
        // A subscriber too slow to keep up loses events at its high-water mark; the launcher
        // never waits for it.
        [[maybe_unused]] const auto sent
                = m_socket.send(zmq::buffer(json.constData(), static_cast<size_t>(json.size())),
                                zmq::send_flags::dontwait);
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "publishing an event failed:" << e.what();
    }
}
