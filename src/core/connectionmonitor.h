// Who connects to a bound ZeroMQ socket (the heartbeat SUB): a socket monitor read from the event
// loop, with the peer's pid taken from the accepted Unix socket (SO_PEERCRED), so that the log
// can say which program connected, and show one that runs but never connects.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

#include <zmq.hpp>

class ZmqNotifier;

class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    /// Watches socket, which must outlive the monitor, from now on.
    ConnectionMonitor(zmq::context_t &context, zmq::socket_t &socket, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    bool isActive() const { return m_notifier != nullptr; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// pid is 0 when the peer's credentials could not be read (not a Unix socket, or the peer
    /// was already gone).
    void peerConnected(qint64 pid, const QString &endpoint);
    void peerDisconnected(qint64 pid, const QString &endpoint);

private:
    void readEvent();

    zmq::socket_t m_events;
    std::unique_ptr<ZmqNotifier> m_notifier;
    QHash<int, qint64> m_pidByDescriptor;
    QString m_error;
};
