#include "core/zmq/zmqnotifier.h"

#include "core/model/logging.h"

#include <QPointer>

ZmqNotifier::ZmqNotifier(zmq::socket_t &socket, std::function<void()> readMessage, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_readMessage(std::move(readMessage))
    , m_notifier(static_cast<qintptr>(socket.get(zmq::sockopt::fd)), QSocketNotifier::Read)
{
    watch();
}

ZmqNotifier::ZmqNotifier(zmq::socket_t &socket, TryRead tryRead, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_tryRead(std::move(tryRead.read))
    , m_notifier(static_cast<qintptr>(socket.get(zmq::sockopt::fd)), QSocketNotifier::Read)
{
    watch();
}

void ZmqNotifier::watch()
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &ZmqNotifier::drain);
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &ZmqNotifier::drain);
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

bool ZmqNotifier::hasInput()
{
    try {
        return (m_socket.get(zmq::sockopt::events) & ZMQ_POLLIN) != 0;
    } catch (const zmq::error_t &error) {
        qCWarning(lcZmq) << "cannot read ZMQ_EVENTS:" << error.what();
        return false;
    }
}

bool ZmqNotifier::readOne()
{
    if (m_tryRead) {
        // Only an empty socket costs a ZMQ_EVENTS read: it also re-arms ZMQ_FD's edge.
        return m_tryRead() || (hasInput() && m_tryRead());
    }
    if (!hasInput()) {
        return false;
    }
    m_readMessage();
    return true;
}

void ZmqNotifier::drain()
{
    m_drainQueued = false;
    const QPointer<ZmqNotifier> alive(this);
    for (int count = 0; count < m_batchLimit; ++count) {
        const bool read = readOne();
        if (!alive) {
            return;
        }
        if (!read) {
            holdOrWatch(count);
            return;
        }
    }
    recheck();
}

void ZmqNotifier::holdOrWatch(int count)
{
    if (count > 0 && m_window.count() > 0) {
        m_notifier.setEnabled(false);
        m_hold.start(m_window);
        return;
    }
    // The read that found nothing also read ZMQ_EVENTS, which re-armed the descriptor's edge;
    // a message that came since keeps it readable, so the notifier fires at once.
    m_hold.stop();
    m_notifier.setEnabled(true);
}
