// What a ProgramRunner does to the operating system and to its program: spawn it, watch it,
// signal its process group, send it a control request. A seam: the runner's state machine is
// tested with a fake (tests/unit/tst_programrunner.cpp) and starts no process there.
#pragma once

#include "core/model/exitstatus.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace zmq {
class context_t;
}
class Containment;
struct SpawnRequest;

/// One watched instance of a program: exited() once; signals go to its process group; at most
/// one control request at a time goes to its endpoint.
class WatchedProcess : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// The process group signals go to, 0 when it leads none.
    virtual qint64 processGroup() const = 0;
    /// Whether pid belongs to this instance's process group (a wrapper's child).
    virtual bool isInGroup(qint64 pid) const = 0;
    /// The instance's own cgroup, empty where process groups are in force.
    virtual QString cgroup() const = 0;
    /// Sends sig to the whole group; failures are logged.
    virtual void signalGroup(int sig) = 0;
    /// Whether what the instance leaves in its group or cgroup at its exit is killed (the
    /// default) or left running.
    virtual void setKillsLeftovers(bool kills) = 0;
    /// Sends request to endpoint: requestReplied() or requestFailed() follows.
    virtual void sendRequest(const QString &endpoint, const QByteArray &request, int timeoutMs) = 0;
    /// Gives the request up: a reply already received is still delivered, then nothing more,
    /// so a request still queued never reaches a later instance bound to the same endpoint.
    virtual void abandonRequest() = 0;

Q_SIGNALS:
    void exited(const ExitStatus &status);
    void requestReplied(const QByteArray &reply, qint64 roundTripUs);
    void requestFailed(const QString &reason);
};

class ProcessControl
{
public:
    /// The real one: spawnProgram(), ProcessWatch, kill(2), ControlRequest over context.
    /// Where containment uses cgroups, each instance is spawned into a cgroup of its own.
    static std::unique_ptr<ProcessControl> system(zmq::context_t &context,
                                                  const Containment *containment = nullptr);

    virtual ~ProcessControl();

    /// Starts the program: its pid, or 0 with *error saying why.
    virtual qint64 spawn(const SpawnRequest &request, QString *error) = 0;
    /// Watches pid: null with *error set when it cannot be (it does not exist, no pidfd).
    virtual std::unique_ptr<WatchedProcess> watch(qint64 pid, QString *error) = 0;
    /// Sends sig to pid alone: for a process that could not be watched.
    virtual bool signalProcess(qint64 pid, int sig, QString *error) = 0;
};
