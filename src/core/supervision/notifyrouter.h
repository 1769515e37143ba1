// systemd's notify protocol from the socket to the runners (DESIGN.md §3, docs/protocol.md):
// binds R/notify, credits each datagram to the program whose process group its sender is in,
// and reports what it cannot credit. A datagram from a process that is none of ours is dropped
// and counted, like a bad heartbeat, and summarised once a second.
#pragma once

#include "core/model/event.h"
#include "core/os/notifysocket.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class ProgramRunner;
class RuntimeDir;
struct ProgramRegistry;

class NotifyRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyRouter)

public:
    NotifyRouter(const RuntimeDir *runtimeDir, const ProgramRegistry &programs,
                 QObject *parent = nullptr);
    ~NotifyRouter() override;

    bool listen(QString *error);
    /// Credits the datagrams already queued now, before any deadline is judged.
    void readQueued();
    /// A runner launched or lost an instance: which group is whose must be learnt again.
    void instancesChanged() { m_indexStale = true; }
    quint64 acceptedDatagrams() const { return m_accepted; }
    quint64 droppedDatagrams() const { return m_dropped; }

Q_SIGNALS:
    void eventOccurred(const Event &event);

private:
    void onDatagram(qint64 pid, const QByteArray &payload);
    void onDropped(NotifySocket::Drop why);
    /// Counts one dropped datagram, of whatever reason, and makes sure a report follows.
    void countDrop();
    ProgramRunner *runnerOfProcess(qint64 pid);
    void rebuildIndex();
    void reportDropped();
    void emitEvent(Severity severity, const QString &message, const QString &program = {});

    const RuntimeDir *m_runtimeDir;
    const ProgramRegistry &m_programs;
    NotifySocket m_socket;
    /// Each live instance's process group: its sender's group tells whose a datagram is.
    QHash<qint64, ProgramRunner *> m_byGroup;
    bool m_indexStale = true;
    quint64 m_accepted = 0;
    quint64 m_dropped = 0;
    /// Since the last report, by reason.
    quint64 m_strangers = 0;
    quint64 m_oversize = 0;
    quint64 m_uncredited = 0;
    qint64 m_lastStranger = 0;
    /// Programs whose malformed assignments were reported in the current second.
    QSet<QString> m_reportedProblems;
    QTimer m_reportTimer;
};
