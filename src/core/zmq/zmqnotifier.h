// Reads a ZeroMQ socket from the Qt event loop: ZMQ_FD watched by a QSocketNotifier, drained
// with ZMQ_EVENTS. No protocol here.
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <chrono>
#include <functional>

#include <zmq.hpp>

/// ZMQ_FD is edge-triggered: it signals that ZMQ_EVENTS may have changed, not that a message
/// is waiting. So every activation reads until ZMQ_EVENTS reports no more input, and a send on
/// the socket (which may consume the edge) must be followed by recheck().
class ZmqNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZmqNotifier)

public:
    /// readMessage is called once per waiting message and must receive all of its frames. It
    /// may delete this notifier; the drain loop notices and stops.
    ZmqNotifier(zmq::socket_t &socket, std::function<void()> readMessage,
                QObject *parent = nullptr);

    /// For a busy socket: read() receives one message without waiting and returns false when
    /// none was there. Each read of ZMQ_EVENTS costs system calls (libzmq processes its
    /// commands: a poll of its mailbox, a getpid), so it is read once per batch, when read()
    /// finds nothing, rather than before every message.
    struct TryRead
    {
        std::function<bool()> read;
    };
    ZmqNotifier(zmq::socket_t &socket, TryRead tryRead, QObject *parent = nullptr);

    /// Drains again from the event loop; call after every send on the socket.
    void recheck();
    /// Reads what is waiting now (up to the batch limit), without waiting for the event loop.
    void readNow() { drain(); }

    /// At most this many messages are read per event-loop turn, so a flood on one socket cannot
    /// starve timers and other sockets; the rest is read on the next turn.
    void setBatchLimit(int messages) { m_batchLimit = messages; }

    /// For a socket whose messages may wait a little (heartbeats): after a read that found
    /// messages, the descriptor is left unwatched for `window`, then everything queued is read
    /// in one batch; the wait goes on while messages keep coming, and the descriptor is
    /// watched again after a window that brought none. A steady stream then costs one
    /// wake-up per window instead of one per message. Zero (the default) reads at once.
    void setCoalescingWindow(std::chrono::milliseconds window) { m_window = window; }
    /// Whether reads are held now (a window is running).
    bool isHolding() const { return m_hold.isActive(); }

private:
    void watch();
    void drain();
    /// After a batch that read `count` messages: hold the next reads, or watch again.
    void holdOrWatch(int count);

    /// False when nothing was waiting after all.
    bool readOne();
    bool hasInput();

    zmq::socket_t &m_socket;
    std::function<void()> m_readMessage;
    std::function<bool()> m_tryRead;
    QSocketNotifier m_notifier;
    QTimer m_hold;
    std::chrono::milliseconds m_window{0};
    int m_batchLimit = 1000;
    bool m_drainQueued = false;
};
