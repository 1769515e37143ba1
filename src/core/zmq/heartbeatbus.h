// The launcher's heartbeat SUB socket (DESIGN.md §3): bound to ipc://R/heartbeat and to every
// configured extra endpoint, parsing each message with the SDK's reference parser.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

#include <zlauncher/protocol.h>
#include <zmq.hpp>

class ZmqNotifier;

struct ReceivedHeartbeat
{
    QString name;
    qint64 pid = 0;
    quint64 sequence = 0;
    std::optional<QString> status;
};

class HeartbeatBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatBus)

public:
    /// How long heartbeats may wait to be read while they keep coming (docs/design.md, "One
    /// thread, no polling"): one wake-up per window instead of one per beat. It is also how
    /// late a beat may be credited, so hang detection may act up to this much later.
    static constexpr std::chrono::milliseconds coalescingWindow{10};

    HeartbeatBus(zmq::context_t &context, QObject *parent = nullptr);
    ~HeartbeatBus() override;

    /// Binds every endpoint; on the first failure, *error names the endpoint and the reason.
    bool bind(const QStringList &endpoints, QString *error);

    /// Reads the messages already waiting, before the event loop would: a deadline is judged
    /// on every beat that has come.
    void readQueued();

    quint64 rejectedCount(zlauncher::RejectReason reason) const;
    quint64 rejectedTotal() const;
    quint64 acceptedTotal() const { return m_accepted; }
    /// For a connection monitor; not for reading.
    zmq::socket_t &socket() { return m_socket; }

Q_SIGNALS:
    void heartbeatReceived(const ReceivedHeartbeat &heartbeat);
    /// The legacy single-frame form: a program's name or its configured command.
    void legacyHeartbeatReceived(const QByteArray &token);
    void messageRejected(zlauncher::RejectReason reason);

private:
    /// Receives one message if one is waiting; false if none was.
    bool readMessage();

    zmq::socket_t m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
    std::array<quint64, zlauncher::rejectReasonCount> m_rejected{};
    quint64 m_accepted = 0;
};
