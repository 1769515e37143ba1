#include "core/zmqnotifier.h"

#include "core/logging.h"

#include <QPointer>

ZmqNotifier::ZmqNotifier(zmq::socket_t &socket, std::function<void()> readMessage, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_readMessage(std::move(readMessage))
    , m_notifier(static_cast<qintptr>(socket.get(zmq::sockopt::fd)), QSocketNotifier::Read)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &ZmqNotifier::drain);
    // Messages may have arrived before the notifier existed, and their edge is already gone.
    recheck();
}

void ZmqNotifier::recheck()
{
    if (m_drainQueued) {
        return;
    }
    m_drainQueued = true;
    QMetaObject::invokeMethod(this, &ZmqNotifier::drain, Qt::QueuedConnection);
}

void ZmqNotifier::drain()
{
    m_drainQueued = false;
    const QPointer<ZmqNotifier> alive(this);
    for (int budget = m_batchLimit; budget > 0; --budget) {
        int events = 0;
        try {
            events = m_socket.get(zmq::sockopt::events);
        } catch (const zmq::error_t &error) {
            qCWarning(lcZmq) << "cannot read ZMQ_EVENTS:" << error.what();
            return;
        }
        if (!(events & ZMQ_POLLIN)) {
            return;
        }
        m_readMessage();
        if (!alive) {
            return;
        }
    }
    recheck();
}
