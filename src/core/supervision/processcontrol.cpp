#include "core/supervision/processcontrol.h"

#include "core/model/logging.h"
#include "core/os/containment.h"
#include "core/os/processwatch.h"
#include "core/os/spawn.h"
#include "core/zmq/controlrequest.h"

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QHash>

#include <QPointer>

#include <zmq.hpp>

namespace {

/// A ProcessWatch on a live process, plus the control requests sent to it.
class SystemProcess final : public WatchedProcess
{
    Q_OBJECT

public:
    SystemProcess(std::unique_ptr<ProcessWatch> watch, zmq::context_t &context)
        : m_watch(std::move(watch))
        , m_context(context)
    {
        connect(m_watch.get(), &ProcessWatch::exited, this, &WatchedProcess::exited);
    }

    qint64 processGroup() const override { return m_watch->processGroup(); }

    bool isInGroup(qint64 pid) const override
    {
        const qint64 group = m_watch->processGroup();
        return group > 0 && ::getpgid(static_cast<pid_t>(pid)) == group;
    }

    QString cgroup() const override { return m_watch->cgroup(); }

    void signalGroup(int sig) override { m_watch->signalGroup(sig); }
    void setKillsLeftovers(bool kills) override { m_watch->setKillsLeftovers(kills); }

    void sendRequest(const QString &endpoint, const QByteArray &request, int timeoutMs) override
    {
        abandonRequest();
        auto *sent = new ControlRequest(m_context, endpoint, request, timeoutMs, this);
        m_request = sent;
        connect(sent, &ControlRequest::replied, this,
                [this, sent](const QByteArray &reply, qint64 us) {
                    sent->deleteLater();
                    Q_EMIT requestReplied(reply, us);
                });
        connect(sent, &ControlRequest::failed, this, [this, sent](const QString &reason) {
            sent->deleteLater();
            Q_EMIT requestFailed(reason);
        });
        sent->send();
    }

    void abandonRequest() override
    {
        if (m_request) {
            ControlRequest *request = m_request;
            m_request.clear();
            request->abandon();
            request->deleteLater();
        }
    }

private:
    std::unique_ptr<ProcessWatch> m_watch;
    zmq::context_t &m_context;
    QPointer<ControlRequest> m_request;
};

class SystemProcessControl final : public ProcessControl
{
public:
    SystemProcessControl(zmq::context_t &context, const Containment *containment)
        : m_context(context)
        , m_containment(containment)
    { }

    qint64 spawn(const SpawnRequest &request, QString *error) override
    {
        if (!m_containment || !m_containment->usesCgroups()) {
            const qint64 pid = spawnProgram(request, error);
            if (pid > 0) {
                m_spawnedGroups.insert(pid, QString());
            }
            return pid;
        }
        const QString group = m_containment->createGroup(request.cgroupName,
                                                         request.cgroupMemoryMaxBytes, error);
        if (group.isEmpty()) {
            return 0;
        }
        SpawnRequest contained = request;
        contained.cgroupProcsFd = ::open(QFile::encodeName(group + u"/cgroup.procs").constData(),
                                         O_WRONLY | O_CLOEXEC);
        qint64 pid = 0;
        if (contained.cgroupProcsFd < 0) {
            const QString reason = errnoMessage(errno);
            *error = Containment::tr("cannot open the cgroup %1: %2").arg(group, reason);
        } else {
            pid = spawnProgram(contained, error);
            ::close(contained.cgroupProcsFd);
        }
        if (pid > 0) {
            m_spawnedGroups.insert(pid, group);
        } else {
            InstanceCgroup::removeWhenEmpty(group);
        }
        return pid;
    }

    std::unique_ptr<WatchedProcess> watch(qint64 pid, QString *error) override
    {
        std::unique_ptr<ProcessWatch> watch = ProcessWatch::watch(pid, error);
        const auto spawned = m_spawnedGroups.constFind(pid);
        const bool adopted = spawned == m_spawnedGroups.cend();
        const QString group = adopted ? QString() : *spawned;
        if (!adopted) {
            m_spawnedGroups.erase(spawned);
        }
        if (!watch) {
            if (!group.isEmpty()) {
                InstanceCgroup::removeWhenEmpty(group);
            }
            return nullptr;
        }
        // An adopted instance is in the group the launcher that started it made. One spawned
        // here is in the group made for it, or in none: never looked up (it would read
        // mountinfo for every start, and find the launcher's own group when the launcher is
        // itself another launcher's program).
        watch->setCgroup(adopted ? InstanceCgroup::ofProcess(pid) : group);
        return std::make_unique<SystemProcess>(std::move(watch), m_context);
    }

    bool signalProcess(qint64 pid, int sig, QString *error) override
    {
        if (::kill(static_cast<pid_t>(pid), sig) != 0) {
            *error = errnoMessage(errno);
            return false;
        }
        return true;
    }

private:
    zmq::context_t &m_context;
    const Containment *m_containment = nullptr;
    /// Spawned, not yet watched: the cgroup made for it, empty when none was.
    QHash<qint64, QString> m_spawnedGroups;
};

} // namespace

ProcessControl::~ProcessControl() = default;

std::unique_ptr<ProcessControl> ProcessControl::system(zmq::context_t &context,
                                                       const Containment *containment)
{
    return std::make_unique<SystemProcessControl>(context, containment);
}

#include "processcontrol.moc"
