#include "fakeprocesscontrol.h"

qint64 FakeProcessControl::spawn(const SpawnRequest &request, QString *error)
{
    spawned.append(request);
    if (spawnError) {
        *error = *spawnError;
        return 0;
    }
    return nextPid++;
}

std::unique_ptr<WatchedProcess> FakeProcessControl::watch(qint64 pid, QString *error)
{
    watched.append(pid);
    if (watchError) {
        *error = *watchError;
        return nullptr;
    }
    auto process = std::make_unique<FakeProcess>(*this, pid);
    m_live = process.get();
    return process;
}

bool FakeProcessControl::signalProcess(qint64 pid, int sig, QString *)
{
    signalsSent.append({pid, sig, false});
    return true;
}

QList<int> FakeProcessControl::signalsTo(qint64 pid) const
{
    QList<int> sent;
    for (const Signal &signal : signalsSent) {
        if (signal.pid == pid && signal.toGroup) {
            sent.append(signal.signal);
        }
    }
    return sent;
}

FakeProcess::FakeProcess(FakeProcessControl &control, qint64 pid)
    : m_control(control)
    , m_pid(pid)
    , m_groupMembers{pid}
{ }

void FakeProcess::signalGroup(int sig)
{
    // As ProcessWatch: nothing is sent once the exit is known.
    if (!m_exited) {
        m_control.signalsSent.append({m_pid, sig, true});
    }
}

void FakeProcess::sendRequest(const QString &endpoint, const QByteArray &request, int timeoutMs)
{
    m_control.requests.append({m_pid, endpoint, request, timeoutMs});
    m_requestPending = true;
}

void FakeProcess::abandonRequest()
{
    if (m_requestPending && m_queuedReply) {
        reply(*std::exchange(m_queuedReply, std::nullopt));
    }
    m_requestPending = false;
}

void FakeProcess::exit(const ExitStatus &status)
{
    Q_ASSERT(!m_exited);
    m_exited = true;
    if (m_control.m_live == this) {
        m_control.m_live.clear();
    }
    Q_EMIT exited(status);
}

void FakeProcess::reply(const QByteArray &reply, qint64 roundTripUs)
{
    Q_ASSERT(m_requestPending);
    m_requestPending = false;
    Q_EMIT requestReplied(reply, roundTripUs);
}

void FakeProcess::failRequest(const QString &reason)
{
    Q_ASSERT(m_requestPending);
    m_requestPending = false;
    Q_EMIT requestFailed(reason);
}
