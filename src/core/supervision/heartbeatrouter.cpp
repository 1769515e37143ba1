#include "core/supervision/heartbeatrouter.h"

#include "core/os/runtimedir.h"
#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"
#include "core/zmq/connectionmonitor.h"
#include "core/zmq/heartbeatbus.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int rejectReportMs = 1000;
constexpr qsizetype maxReportedUnknownNames = 256;
} // namespace

HeartbeatRouter::HeartbeatRouter(zmq::context_t &context, const RuntimeDir *runtimeDir,
                                 const ProgramRegistry &programs, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_runtimeDir(runtimeDir)
    , m_programs(programs)
{
    m_rejectReportTimer.setSingleShot(true);
    m_rejectReportTimer.setInterval(rejectReportMs);
    connect(&m_rejectReportTimer, &QTimer::timeout, this, &HeartbeatRouter::reportRejected);
}

// The monitor watches the bus's socket: it closes first.
HeartbeatRouter::~HeartbeatRouter()
{
    m_connectionMonitor.reset();
    m_bus.reset();
}

bool HeartbeatRouter::listen(const QStringList &extraEndpoints, QString *error)
{
    Q_ASSERT_X(!m_bus, "HeartbeatRouter::listen", "called twice");
    m_bus = std::make_unique<HeartbeatBus>(m_context);
    connect(m_bus.get(), &HeartbeatBus::heartbeatReceived, this, &HeartbeatRouter::onHeartbeat);
    connect(m_bus.get(), &HeartbeatBus::legacyHeartbeatReceived, this,
            &HeartbeatRouter::onLegacyHeartbeat);
    connect(m_bus.get(), &HeartbeatBus::messageRejected, this, &HeartbeatRouter::onRejected);
    if (!m_bus->bind(QStringList{m_runtimeDir->heartbeatEndpoint()} + extraEndpoints, error)) {
        return false;
    }
    m_connectionMonitor = std::make_unique<ConnectionMonitor>(m_context, m_bus->socket());
    if (!m_connectionMonitor->isActive()) {
        emitEvent(EventKind::Connection, Severity::Warning, m_connectionMonitor->errorString());
    }
    connect(m_connectionMonitor.get(), &ConnectionMonitor::peerConnected, this,
            &HeartbeatRouter::onPeerConnected);
    connect(m_connectionMonitor.get(), &ConnectionMonitor::peerDisconnected, this,
            &HeartbeatRouter::onPeerDisconnected);
    for (const QString &endpoint : extraEndpoints) {
        emitEvent(EventKind::Protocol, Severity::Info,
                  tr("also listening for heartbeats on %1 (configured; outside the private "
                     "runtime directory, anyone who can reach it can send heartbeats)")
                          .arg(endpoint));
    }
    return true;
}

void HeartbeatRouter::readQueued()
{
    if (m_bus) {
        m_bus->readQueued();
    }
}

quint64 HeartbeatRouter::rejectedHeartbeats() const
{
    return m_bus ? m_bus->rejectedTotal() : 0;
}

quint64 HeartbeatRouter::acceptedHeartbeats() const
{
    return m_bus ? m_bus->acceptedTotal() : 0;
}

void HeartbeatRouter::explainLoss(const ProgramRunner *runner)
{
    const QString &name = runner->spec().name;
    // Without the monitor nothing is known of connections; a beat of this instance proves one
    // (it may come over a TCP endpoint, whose peer the monitor cannot name).
    const ProgramSnapshot &snapshot = runner->snapshot();
    // The lost instance's kind: an edit since its launch applies to the next one only.
    const ProgramSpec *live = runner->instanceSpec();
    if ((live ? *live : runner->spec()).kind == ProgramKind::Heartbeat && m_connectionMonitor
        && m_connectionMonitor->isActive() && snapshot.lastHeartbeatAtMs < snapshot.startedAtMs
        && m_connectedInstance.value(name) != snapshot.pid) {
        emitEvent(EventKind::Connection, Severity::Warning,
                  tr("it never connected to the heartbeat endpoint %1: check that it publishes "
                     "to $ZLAUNCHER_HEARTBEAT")
                          .arg(m_runtimeDir->heartbeatEndpoint()),
                  name);
    }
}

void HeartbeatRouter::forget(const QString &name)
{
    m_connectedInstance.remove(name);
}

void HeartbeatRouter::onHeartbeat(const ReceivedHeartbeat &heartbeat)
{
    ProgramRunner *found = m_programs.find(heartbeat.name);
    if (!found) {
        reportUnknownName(heartbeat.name);
        return;
    }
    found->handleHeartbeat(heartbeat);
    if (m_heartbeatEvents) {
        Event event = Event::make(heartbeat.name, EventKind::Heartbeat, Severity::Info,
                                  heartbeat.status.value_or(QString()));
        event.pid = heartbeat.pid;
        event.sequence = heartbeat.sequence;
        event.status = event.message;
        Q_EMIT eventOccurred(event);
    }
}

QString HeartbeatRouter::programOfProcess(qint64 pid) const
{
    if (pid <= 0) {
        return {};
    }
    for (const QString &name : m_programs.order) {
        if (m_programs.find(name)->snapshot().pid == pid) {
            return name;
        }
    }
    // A wrapper's child publishes from the program's process group.
    const qint64 group = ::getpgid(static_cast<pid_t>(pid));
    for (const QString &name : m_programs.order) {
        if (group > 0 && m_programs.find(name)->processGroup() == group) {
            return name;
        }
    }
    return {};
}

void HeartbeatRouter::onPeerConnected(qint64 pid, const QString &endpoint)
{
    const QString program = programOfProcess(pid);
    if (!program.isEmpty()) {
        m_connectedInstance.insert(program, m_programs.find(program)->snapshot().pid);
        m_programByPeer.insert(pid, program);
        emitEvent(EventKind::Connection, Severity::Info,
                  tr("connected to %1 (pid %2)").arg(endpoint).arg(pid), program);
        return;
    }
    QString command;
    if (pid > 0) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (comm.open(QIODevice::ReadOnly)) {
            command = QString::fromLocal8Bit(comm.readAll().trimmed());
        }
    }
    emitEvent(EventKind::Connection, Severity::Info,
              pid > 0 ? tr("a process that is not a supervised program connected to %1 (pid %2%3)")
                                .arg(endpoint)
                                .arg(pid)
                                .arg(command.isEmpty() ? QString() : u", "_s + command)
                      : tr("a process connected to %1").arg(endpoint));
}

void HeartbeatRouter::onPeerDisconnected(qint64 pid, const QString &endpoint)
{
    QString program = m_programByPeer.take(pid);
    if (program.isEmpty() || !m_programs.byName.contains(program)) {
        program = programOfProcess(pid);
    }
    emitEvent(EventKind::Connection, Severity::Info,
              pid > 0 ? tr("disconnected from %1 (pid %2)").arg(endpoint).arg(pid)
                      : tr("a process disconnected from %1").arg(endpoint),
              program);
}

void HeartbeatRouter::onLegacyHeartbeat(const QByteArray &token)
{
    const QString text = QString::fromUtf8(token);
    ProgramRunner *found = m_programs.find(text);
    if (!found) {
        found = m_programs.byCommand.value(text);
    }
    if (!found) {
        reportUnknownName(text);
        return;
    }
    found->handleLegacyHeartbeat();
}

void HeartbeatRouter::onRejected(zlauncher::RejectReason reason)
{
    ++m_rejectedSinceReport[static_cast<std::size_t>(reason)];
    if (!m_rejectReportTimer.isActive()) {
        m_rejectReportTimer.start();
    }
}

void HeartbeatRouter::reportRejected()
{
    QStringList parts;
    quint64 total = 0;
    for (int i = 0; i < zlauncher::rejectReasonCount; ++i) {
        if (const quint64 count
            = std::exchange(m_rejectedSinceReport[static_cast<std::size_t>(i)], 0)) {
            parts.append(QString::fromLatin1(
                                 zlauncher::toString(static_cast<zlauncher::RejectReason>(i)))
                         + u": " + QString::number(count));
            total += count;
        }
    }
    emitEvent(EventKind::Protocol, Severity::Warning,
              tr("dropped %1 malformed heartbeat messages (%2); %3 dropped in all")
                      .arg(total)
                      .arg(parts.join(u", "_s))
                      .arg(rejectedHeartbeats()));
}

void HeartbeatRouter::reportUnknownName(const QString &name)
{
    if (m_unknownNames.contains(name) || m_unknownNames.size() > maxReportedUnknownNames) {
        return;
    }
    m_unknownNames.insert(name);
    if (m_unknownNames.size() > maxReportedUnknownNames) {
        emitEvent(EventKind::Protocol, Severity::Warning,
                  tr("heartbeats from more than %1 unknown names; no longer reporting new ones")
                          .arg(maxReportedUnknownNames));
        return;
    }
    emitEvent(EventKind::Protocol, Severity::Warning,
              tr("heartbeat from \"%1\", which is not a configured program; ignored (reported "
                 "once)")
                      .arg(name.left(zlauncher::maxNameLength * 2)));
}

void HeartbeatRouter::emitEvent(EventKind kind, Severity severity, const QString &message,
                                const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, kind, severity, message));
}
