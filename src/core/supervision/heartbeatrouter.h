// Heartbeats from the socket to the runners (DESIGN.md §3): binds the heartbeat endpoints,
// credits each beat to its program by name (a legacy beat by name or command), tells which
// program a connecting peer is, and reports what it cannot credit: malformed messages counted
// and summarised once a second, unknown names once each.
#pragma once

#include "core/model/event.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <array>
#include <memory>

#include <zlauncher/protocol.h>
#include <zmq.hpp>

class ConnectionMonitor;
class HeartbeatBus;
class ProgramRunner;
class RuntimeDir;
struct ProgramRegistry;
struct ReceivedHeartbeat;

class HeartbeatRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatRouter)

public:
    HeartbeatRouter(zmq::context_t &context, const RuntimeDir *runtimeDir,
                    const ProgramRegistry &programs, QObject *parent = nullptr);
    ~HeartbeatRouter() override;

    /// Binds ipc://R/heartbeat plus extraEndpoints, and watches who connects.
    bool listen(const QStringList &extraEndpoints, QString *error);
    /// Credits the beats already queued in the socket now, before any deadline is judged.
    void readQueued();
    quint64 rejectedHeartbeats() const;
    quint64 acceptedHeartbeats() const;
    /// Off by default: a heartbeat event per beat is costly and rarely wanted.
    void setHeartbeatEventsEnabled(bool enabled) { m_heartbeatEvents = enabled; }

    /// The runner's instance was lost: if it never connected, says where it should publish.
    void explainLoss(const ProgramRunner *runner);
    void forget(const QString &name);

Q_SIGNALS:
    void eventOccurred(const Event &event);

private:
    void onHeartbeat(const ReceivedHeartbeat &heartbeat);
    void onLegacyHeartbeat(const QByteArray &token);
    void onPeerConnected(qint64 pid, const QString &endpoint);
    void onPeerDisconnected(qint64 pid, const QString &endpoint);
    /// The program whose instance is pid, or a process in its group; empty when none.
    QString programOfProcess(qint64 pid) const;
    void onRejected(zlauncher::RejectReason reason);
    void reportRejected();
    void reportUnknownName(const QString &name);
    void emitEvent(EventKind kind, Severity severity, const QString &message,
                   const QString &program = QString());

    zmq::context_t &m_context;
    const RuntimeDir *m_runtimeDir;
    const ProgramRegistry &m_programs;
    std::unique_ptr<HeartbeatBus> m_bus;
    std::unique_ptr<ConnectionMonitor> m_connectionMonitor;
    /// The instance (pid) of each program that connected to the heartbeat endpoint last.
    QHash<QString, qint64> m_connectedInstance;
    /// The program each connected peer was found to be, for its disconnection, which usually
    /// comes after its exit.
    QHash<qint64, QString> m_programByPeer;
    bool m_heartbeatEvents = false;

    QSet<QString> m_unknownNames;
    std::array<quint64, zlauncher::rejectReasonCount> m_rejectedSinceReport{};
    QTimer m_rejectReportTimer;
};
