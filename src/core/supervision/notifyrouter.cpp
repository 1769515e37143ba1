#include "core/supervision/notifyrouter.h"

#include "core/model/notifymessage.h"
#include "core/os/runtimedir.h"
#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"

#include <QFile>

#include <algorithm>
#include <climits>
#include <utility>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int reportEveryMs = 1000;

QString commandOf(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed())
                                          : QString();
}
} // namespace

NotifyRouter::NotifyRouter(const RuntimeDir *runtimeDir, const ProgramRegistry &programs,
                           QObject *parent)
    : QObject(parent)
    , m_runtimeDir(runtimeDir)
    , m_programs(programs)
{
    m_reportTimer.setSingleShot(true);
    m_reportTimer.setInterval(reportEveryMs);
    connect(&m_reportTimer, &QTimer::timeout, this, &NotifyRouter::reportDropped);
    connect(&m_socket, &NotifySocket::datagramReceived, this, &NotifyRouter::onDatagram);
    connect(&m_socket, &NotifySocket::datagramDropped, this, &NotifyRouter::onDropped);
}

NotifyRouter::~NotifyRouter() = default;

bool NotifyRouter::listen(QString *error)
{
    return m_socket.bind(m_runtimeDir->notifySocketPath(), error);
}

void NotifyRouter::readQueued()
{
    m_socket.readQueued();
}

void NotifyRouter::onDatagram(qint64 pid, const QByteArray &payload)
{
    ProgramRunner *runner = runnerOfProcess(pid);
    if (!runner) {
        ++m_strangers;
        m_lastStranger = pid;
        countDrop();
        return;
    }
    ++m_accepted;
    const NotifyMessage message = NotifyMessage::parse(payload);
    const QString &name = runner->spec().name;
    if (!message.problems.isEmpty() && !m_reportedProblems.contains(name)) {
        m_reportedProblems.insert(name);
        emitEvent(Severity::Warning,
                  tr("ignored what it sent to $NOTIFY_SOCKET that is not sd_notify's: %1")
                          .arg(message.problems.join(u"; "_s)),
                  name);
        if (!m_reportTimer.isActive()) {
            m_reportTimer.start();
        }
    }
    runner->handleNotify(pid, message);
}

void NotifyRouter::onDropped(NotifySocket::Drop why)
{
    switch (why) {
    case NotifySocket::Drop::Oversize:
        ++m_oversize;
        break;
    case NotifySocket::Drop::NoCredentials:
    case NotifySocket::Drop::OtherUser:
        ++m_uncredited;
        break;
    }
    countDrop();
}

void NotifyRouter::countDrop()
{
    ++m_dropped;
    if (!m_reportTimer.isActive()) {
        m_reportTimer.start();
    }
}

ProgramRunner *NotifyRouter::runnerOfProcess(qint64 pid)
{
    if (pid <= 0) {
        return nullptr;
    }
    // A helper such as systemd-notify sends from the program's process group; one that exited
    // at once cannot be told from a stranger, as under systemd (sd_notify(3), BARRIER=1).
    const qint64 group = ::getpgid(static_cast<pid_t>(pid));
    if (group <= 0) {
        return nullptr;
    }
    ProgramRunner *runner = m_byGroup.value(group);
    if ((!runner || runner->processGroup() != group) && m_indexStale) {
        rebuildIndex();
        runner = m_byGroup.value(group);
    }
    return runner && runner->processGroup() == group ? runner : nullptr;
}

void NotifyRouter::rebuildIndex()
{
    m_byGroup.clear();
    for (ProgramRunner *runner : std::as_const(m_programs.byName)) {
        if (const qint64 group = runner->processGroup(); group > 0) {
            m_byGroup.insert(group, runner);
        }
    }
    m_indexStale = false;
}

void NotifyRouter::reportDropped()
{
    m_reportedProblems.clear();
    QStringList parts;
    if (const quint64 strangers = std::exchange(m_strangers, 0)) {
        const QString command = commandOf(m_lastStranger);
        parts.append(tr("%n from processes that are not supervised programs (the last: pid "
                        "%1%2)",
                        nullptr, int(std::min<quint64>(strangers, INT_MAX)))
                             .arg(m_lastStranger)
                             .arg(command.isEmpty() ? QString() : u", "_s + command));
    }
    if (const quint64 oversize = std::exchange(m_oversize, 0)) {
        parts.append(
                tr("%n larger than %1 bytes", nullptr, int(std::min<quint64>(oversize, INT_MAX)))
                        .arg(NotifySocket::maxDatagramBytes));
    }
    if (const quint64 uncredited = std::exchange(m_uncredited, 0)) {
        parts.append(tr("%n without the sender's credentials or from another user", nullptr,
                        int(std::min<quint64>(uncredited, INT_MAX))));
    }
    if (parts.isEmpty()) {
        return;
    }
    emitEvent(Severity::Warning,
              tr("dropped notify datagrams on %1: %2; %3 dropped in all")
                      .arg(m_socket.path(), parts.join(u", "_s))
                      .arg(m_dropped));
}

void NotifyRouter::emitEvent(Severity severity, const QString &message, const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, EventKind::Notify, severity, message));
}
