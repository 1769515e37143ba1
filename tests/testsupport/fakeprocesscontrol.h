// A ProcessControl that starts nothing: it records what the runner asks for (spawns, signals,
// control requests), and the test says when an instance exits or answers. With it and a
// FakeClock, ProgramRunner's state machine runs without a process or a socket.
#pragma once

#include "core/os/spawn.h"
#include "core/supervision/processcontrol.h"

#include <QList>
#include <QPointer>

#include <optional>

class FakeProcess;

class FakeProcessControl final : public ProcessControl
{
public:
    struct Signal
    {
        qint64 pid = 0;
        int signal = 0;
        bool toGroup = true; ///< false: to the pid alone (signalProcess())
    };
    struct Request
    {
        qint64 pid = 0;
        QString endpoint;
        QByteArray request;
        int timeoutMs = 0;
    };

    qint64 spawn(const SpawnRequest &request, QString *error) override;
    std::unique_ptr<WatchedProcess> watch(qint64 pid, QString *error) override;
    bool signalProcess(qint64 pid, int sig, QString *error) override;

    /// Every spawn asked for, failed ones included.
    QList<SpawnRequest> spawned;
    /// Every pid watch() was asked for, the adopted ones too.
    QList<qint64> watched;
    QList<Signal> signalsSent;
    QList<Request> requests;
    /// When set, spawns fail with this error.
    std::optional<QString> spawnError;
    /// When set, watches fail with this error.
    std::optional<QString> watchError;
    qint64 nextPid = 4001;

    /// The live (watched, not yet exited) instance, null when there is none.
    FakeProcess *live() const { return m_live; }
    /// The signals sent to pid's group, in order.
    QList<int> signalsTo(qint64 pid) const;

private:
    friend class FakeProcess;
    QPointer<FakeProcess> m_live;
};

class FakeProcess final : public WatchedProcess
{
    Q_OBJECT

public:
    FakeProcess(FakeProcessControl &control, qint64 pid);

    qint64 pid() const { return m_pid; }
    qint64 processGroup() const override { return m_pid; }
    bool isInGroup(qint64 pid) const override { return m_groupMembers.contains(pid); }
    QString cgroup() const override { return {}; }
    void setKillsLeftovers(bool kills) override { m_killsLeftovers = kills; }
    bool killsLeftovers() const { return m_killsLeftovers; }
    void signalGroup(int sig) override;
    void sendRequest(const QString &endpoint, const QByteArray &request, int timeoutMs) override;
    void abandonRequest() override;

    /// A child the program left in its group (a wrapper's real program).
    void addToGroup(qint64 pid) { m_groupMembers.append(pid); }
    bool hasPendingRequest() const { return m_requestPending; }
    /// Ends the instance: exited(status), as the pidfd would tell.
    void exit(const ExitStatus &status);
    /// Answers the pending request now.
    void reply(const QByteArray &reply, qint64 roundTripUs = 1500);
    /// The request times out (or the socket fails).
    void failRequest(const QString &reason);
    /// The reply is received but not yet read: abandonRequest() still delivers it.
    void queueReply(const QByteArray &reply) { m_queuedReply = reply; }

private:
    FakeProcessControl &m_control;
    qint64 m_pid = 0;
    QList<qint64> m_groupMembers;
    bool m_killsLeftovers = true;
    bool m_exited = false;
    bool m_requestPending = false;
    std::optional<QByteArray> m_queuedReply;
};
