#include "core/os/outputcollector.h"

#include "core/model/logging.h"
#include "capture/capturedinstance.h"
#include "capture/logdprotocol.h"
#include "capture/logfile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

/// A connection attempt that has not succeeded by then is given up (the daemon hangs): the
/// instances waiting for it are drained by the launcher from then on.
constexpr int attemptTimeoutMs = 5000;
/// After a failed attempt, instances write directly for this long before the next one.
constexpr int retryAfterMs = 10000;
/// A launcher that quits waits this long at most for room in the daemon's socket, to hand
/// over the pipes still waiting for it.
constexpr int handOverAtExitMs = 500;

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

} // namespace

OutputCollector::OutputCollector(const QString &runtimeDirectory, QObject *parent)
    : QObject(parent)
    , m_runtimeDirectory(runtimeDirectory)
    , m_daemonPath(defaultDaemonPath())
{
    m_attemptTimeout.setSingleShot(true);
    m_attemptTimeout.setInterval(attemptTimeoutMs);
    connect(&m_attemptTimeout, &QTimer::timeout, this, [this] {
        giveUp(tr("zlauncher-logd did not answer within %1 s; see %2")
                       .arg(attemptTimeoutMs / 1000)
                       .arg(LogdProtocol::diagnosticsPath(m_runtimeDirectory)));
    });
    // From the event loop, so that the settings made right after construction apply; a
    // prepare() before then begins it itself.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state == State::Scheduled) {
                    beginAttempt();
                }
            },
            Qt::QueuedConnection);
}

OutputCollector::~OutputCollector()
{
    // Nobody hears of what happens from here: the receivers may be going away too.
    blockSignals(true);
    m_attemptTimeout.stop();
    // The pipes still waiting go to the daemon when it is connected: it writes their output
    // on, as for the others. Room in its socket is waited for, briefly: the launcher quits.
    const QDeadlineTimer deadline(handOverAtExitMs);
    while (m_state == State::Connected && !m_pending.empty()) {
        const PendingOutput &next = m_pending.front();
        const LogdProtocol::IoResult result = LogdProtocol::send(
                m_socket, next.open, {next.stdoutRead.get(), next.stderrRead.get()});
        if (result == LogdProtocol::IoResult::Done) {
            m_pending.pop_front();
            continue;
        }
        if (result != LogdProtocol::IoResult::WouldBlock) {
            break;
        }
        pollfd writable{m_socket, POLLOUT, 0};
        int ready = 0;
        do {
            ready = ::poll(&writable, 1, static_cast<int>(deadline.remainingTime()));
        } while (ready < 0 && errno == EINTR);
        if (ready <= 0) {
            break;
        }
    }
    // Else nobody will read them once this launcher is gone: what they hold is written to the
    // log files, then they are closed. A program that writes again gets SIGPIPE (EPIPE if it
    // ignores the signal), as when the daemon dies; the same for those drained here already.
    while (!m_pending.empty()) {
        drain(takePending());
    }
    for (CapturedInstance *instance : std::as_const(m_drains)) {
        instance->finish();
    }
    qDeleteAll(std::exchange(m_drains, {}));
    // Not from within a notifier's signal: they can go at once.
    m_readyNotifier.reset();
    m_socketNotifier.reset();
    m_writeNotifier.reset();
    closeReadyPipe();
    closeSocket();
}

QString OutputCollector::defaultDaemonPath()
{
    const QString configured = qEnvironmentVariable("ZLAUNCHER_LOGD");
    return configured.isEmpty() ? QCoreApplication::applicationDirPath() + u"/zlauncher-logd"_s
                                : configured;
}

void OutputCollector::setRotation(qint64 maxBytes, int keep)
{
    m_maxBytes = maxBytes;
    m_keep = std::max(keep, 0);
}

void OutputCollector::beginAttempt()
{
    m_state = State::Disconnected;
    m_startedDaemon = false;
    if (!connectToDaemon()) {
        startDaemon();
    }
}

bool OutputCollector::connectToDaemon()
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(LogdProtocol::socketPath(m_runtimeDirectory));
    if (path.size() >= static_cast<qsizetype>(sizeof address.sun_path)) {
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        qCWarning(lcProcess) << "socket() for zlauncher-logd failed:" << errnoMessage(errno);
        return false;
    }
    // A Unix socket connects at once or not at all: no daemon (ENOENT, ECONNREFUSED).
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return false;
    }
    m_socket = fd;
    m_socketNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_socketNotifier.get(), &QSocketNotifier::activated, this,
            &OutputCollector::onSocketReadable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this,
            &OutputCollector::sendPending);
    m_state = State::Handshaking;
    m_attemptTimeout.start();
    return true;
}

void OutputCollector::startDaemon()
{
    // A missing daemon is known at once, so that the instance that asked for it, if any,
    // appends to its file directly. The double fork waits for the event loop: it takes
    // milliseconds (tens in a sanitizer build), which prepare() does not wait either.
    const QFileInfo executable(m_daemonPath);
    if (!executable.isFile() || !executable.isExecutable()) {
        cannotStartDaemon(executable.exists() ? tr("not an executable file") : tr("no such file"));
        return;
    }
    m_startedDaemon = true;
    m_state = State::Starting;
    m_attemptTimeout.start();
    QMetaObject::invokeMethod(this, &OutputCollector::spawnDaemon, Qt::QueuedConnection);
}

void OutputCollector::cannotStartDaemon(const QString &why)
{
    giveUp(tr("cannot start %1: %2; install zlauncher-logd next to zlauncher, or set "
              "ZLAUNCHER_LOGD to its path")
                   .arg(m_daemonPath, why));
}

void OutputCollector::spawnDaemon()
{
    if (m_state != State::Starting || m_readyPipe >= 0) {
        return; // given up meanwhile, or spawned already
    }
    int ready[2] = {-1, -1};
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        giveUp(tr("cannot create a pipe: %1").arg(errnoMessage(errno)));
        return;
    }
    // The daemon says "ready" (or why not) on its stdout: this pipe, which Qt 6.4 opens
    // through its /proc/self/fd path (the launcher holds the read end: that does not block).
    QProcess process;
    process.setProgram(m_daemonPath);
    process.setArguments({u"--runtime-dir"_s, m_runtimeDirectory});
    process.setWorkingDirectory(m_runtimeDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(u"/proc/self/fd/"_s + QString::number(ready[1]),
                                  QIODevice::Append);
    process.setStandardErrorFile(LogdProtocol::diagnosticsPath(m_runtimeDirectory),
                                 QIODevice::Append);
    // The daemon belongs to the runtime directory, not to this launcher: it goes to init when
    // startDetached's intermediate process exits, not to the launcher as the programs do
    // (PR_SET_CHILD_SUBREAPER), so that it is nobody's leftover child.
    int subreaper = 0;
    if (::prctl(PR_GET_CHILD_SUBREAPER, &subreaper) != 0) {
        subreaper = 0;
    }
    if (subreaper != 0) {
        ::prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0);
    }
    qint64 pid = 0;
    const bool started = process.startDetached(&pid);
    if (subreaper != 0 && ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) {
        qCWarning(lcProcess) << "cannot become the programs' reaper again:" << errnoMessage(errno);
    }
    ::close(ready[1]);
    if (!started) {
        ::close(ready[0]);
        cannotStartDaemon(process.errorString());
        return;
    }
    qCDebug(lcProcess) << "started zlauncher-logd, pid" << pid;
    LogdProtocol::setNonBlocking(ready[0]);
    m_readyPipe = ready[0];
    m_readyOutput.clear();
    m_readyNotifier = std::make_unique<QSocketNotifier>(m_readyPipe, QSocketNotifier::Read);
    connect(m_readyNotifier.get(), &QSocketNotifier::activated, this,
            &OutputCollector::onReadyPipeReadable);
}

void OutputCollector::onReadyPipeReadable()
{
    char buffer[512];
    ssize_t count = -1;
    do {
        count = ::read(m_readyPipe, buffer, sizeof buffer);
    } while (count < 0 && errno == EINTR);
    if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        return;
    }
    if (count > 0) {
        m_readyOutput.append(buffer, count);
        if (!m_readyOutput.contains('\n') && m_readyOutput.size() < 4096) {
            return;
        }
    }
    const QString line
            = QString::fromLocal8Bit(m_readyOutput.left(m_readyOutput.indexOf('\n'))).trimmed();
    closeReadyPipe();
    if (line == u"ready") {
        if (!connectToDaemon()) {
            giveUp(tr("zlauncher-logd started but cannot be reached at %1: %2")
                           .arg(LogdProtocol::socketPath(m_runtimeDirectory), errnoMessage(errno)));
        }
    } else if (line.startsWith(u"error ")) {
        giveUp(tr("zlauncher-logd cannot serve %1: %2").arg(m_runtimeDirectory, line.mid(6)));
    } else {
        giveUp(tr("zlauncher-logd (%1) stopped at once; see %2")
                       .arg(m_daemonPath, LogdProtocol::diagnosticsPath(m_runtimeDirectory)));
    }
}

void OutputCollector::onSocketReadable()
{
    while (m_socket >= 0) {
        LogdProtocol::Message message;
        int error = 0;
        const LogdProtocol::IoResult result = LogdProtocol::receive(m_socket, &message, &error);
        switch (result) {
        case LogdProtocol::IoResult::WouldBlock:
            return;
        case LogdProtocol::IoResult::Closed:
        case LogdProtocol::IoResult::Failed:
            onConnectionLost(result, error);
            return;
        case LogdProtocol::IoResult::Done:
            for (int fd : std::as_const(message.fds)) {
                ::close(fd); // the daemon sends none
            }
            handleMessage(message.body);
            break;
        }
    }
}

void OutputCollector::sendPending()
{
    while (m_state == State::Connected && !m_pending.empty()) {
        const PendingOutput &next = m_pending.front();
        int error = 0;
        const LogdProtocol::IoResult result = LogdProtocol::send(
                m_socket, next.open, {next.stdoutRead.get(), next.stderrRead.get()}, &error);
        switch (result) {
        case LogdProtocol::IoResult::Done:
            // The daemon has the read ends now (the message holds them until it takes them).
            m_pending.pop_front();
            break;
        case LogdProtocol::IoResult::WouldBlock:
            // It is not keeping up: the rest goes when there is room, the pipes hold the
            // output meanwhile.
            qCDebug(lcProcess) << "zlauncher-logd is not keeping up;" << m_pending.size()
                               << "instances wait for room in its socket";
            m_writeNotifier->setEnabled(true);
            return;
        case LogdProtocol::IoResult::Closed:
        case LogdProtocol::IoResult::Failed:
            onConnectionLost(result, error);
            return;
        }
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
    }
}

void OutputCollector::handleMessage(const QJsonObject &body)
{
    const QString type = body.value(u"type"_s).toString();
    const QString name = body.value(u"name"_s).toString();
    if (type == LogdProtocol::welcomeType) {
        m_daemonPid = body.value(u"pid"_s).toInteger();
        const int version = body.value(u"version"_s).toInt();
        if (version != LogdProtocol::version) {
            giveUp(tr("zlauncher-logd (pid %1) serving %2 speaks protocol version %3, not %4: "
                      "it belongs to another installation of zlauncher, and stops on its own "
                      "once its programs have ended")
                           .arg(m_daemonPid)
                           .arg(m_runtimeDirectory)
                           .arg(version)
                           .arg(LogdProtocol::version));
            return;
        }
        m_attemptTimeout.stop();
        m_state = State::Connected;
        qCDebug(lcProcess).nospace() << "connected to zlauncher-logd, pid " << m_daemonPid << "; "
                                     << m_pending.size() << " instance(s) waited for it";
        if (std::exchange(m_fallbackReported, false)) {
            Q_EMIT eventOccurred(Event::make(
                    QString(), EventKind::Connection, Severity::Info,
                    tr("program output is captured and rotated again (zlauncher-logd, pid %1)")
                            .arg(m_daemonPid)));
        }
        sendPending();
    } else if (type == LogdProtocol::closedType) {
        QStringList lines;
        const QJsonArray received = body.value(u"stderr"_s).toArray();
        for (const QJsonValue &line : received) {
            lines.append(line.toString());
        }
        Q_EMIT outputClosed(name, body.value(u"token"_s).toString(), lines);
    } else if (type == LogdProtocol::errorType) {
        reportLogFileError(name, body.value(u"operation"_s).toString(),
                           body.value(u"file"_s).toString(), body.value(u"errno"_s).toInt());
    } else {
        qCWarning(lcProcess) << "zlauncher-logd sent a message of unknown type" << type;
    }
}

void OutputCollector::onConnectionLost(LogdProtocol::IoResult result, int error)
{
    onConnectionLost(result == LogdProtocol::IoResult::Closed ? tr("it closed the connection")
                                                              : errnoMessage(error));
}

void OutputCollector::onConnectionLost(const QString &reason)
{
    const State previous = m_state;
    const qint64 pid = m_daemonPid;
    closeSocket();
    m_state = State::Disconnected;
    if (previous == State::Handshaking && !m_startedDaemon) {
        // The daemon was shutting down (idle) as we connected: start a fresh one. The
        // instances waiting go on waiting.
        startDaemon();
        return;
    }
    if (previous == State::Connected) {
        // Capture resumes with the next instance, which starts a daemon again; those still
        // waiting for room in the socket are drained here.
        m_lastFailure
                = tr("lost the connection to zlauncher-logd (pid %1): %2").arg(pid).arg(reason);
        m_nextAttempt = QDeadlineTimer(0);
        reportFallback(m_lastFailure);
        drainPending(m_lastFailure);
        return;
    }
    giveUp(tr("zlauncher-logd closed the connection before greeting: %1; see %2")
                   .arg(reason, LogdProtocol::diagnosticsPath(m_runtimeDirectory)));
}

void OutputCollector::giveUp(const QString &reason)
{
    qCDebug(lcProcess).noquote() << "output capture unavailable:" << reason;
    m_attemptTimeout.stop();
    closeReadyPipe();
    closeSocket();
    m_state = State::Disconnected;
    m_lastFailure = reason;
    m_nextAttempt = QDeadlineTimer(retryAfterMs);
    drainPending(reason);
}

OutputCollector::PendingOutput OutputCollector::takePending()
{
    PendingOutput next = std::move(m_pending.front());
    m_pending.pop_front();
    return next;
}

void OutputCollector::drainPending(const QString &reason)
{
    if (m_pending.empty()) {
        return;
    }
    reportFallback(reason);
    while (!m_pending.empty()) {
        drain(takePending());
    }
}

void OutputCollector::drain(PendingOutput &&pending)
{
    // As the program itself would append, without rotation; but in whole lines, and with the
    // last stderr lines for outputClosed(), as the daemon does.
    auto file = std::make_shared<LogFile>(pending.logFile);
    file->setRotation(0, 0);
    file->open();
    if (const std::optional<LogFileError> error = file->takeError()) {
        reportLogFileError(pending.name, error->operation, error->path, error->error);
    }
    auto *instance
            = new CapturedInstance(pending.name, pending.token, std::move(pending.stdoutRead),
                                   std::move(pending.stderrRead), std::move(file), this);
    m_drains.append(instance);
    connect(instance, &CapturedInstance::closed, this, [this, instance] {
        m_drains.removeOne(instance);
        instance->deleteLater(); // it is emitting closed()
        Q_EMIT outputClosed(instance->name(), instance->token(), instance->stderrTail());
    });
    connect(instance, &CapturedInstance::writeFailed, this,
            [this, instance](const LogFileError &error) {
                reportLogFileError(instance->name(), error.operation, error.path, error.error);
            });
}

void OutputCollector::reportLogFileError(const QString &name, const QString &operation,
                                         const QString &file, int error)
{
    const QString reason = errnoMessage(error);
    const QString what = operation == u"open" ? tr("cannot open its log file %1: %2")
            : operation == u"rotate"          ? tr("cannot rotate its log file %1: %2")
                                              : tr("cannot write its log file %1: %2");
    Q_EMIT eventOccurred(Event::make(
            name, EventKind::Error, Severity::Error,
            what.arg(file, reason) + u"; "_s
                    + (operation == u"rotate" ? tr("it grows past its size limit until the "
                                                   "files can be renamed (check the log "
                                                   "folder's permissions)")
                                              : tr("its output is discarded until the file "
                                                   "can be written (check the log folder's "
                                                   "permissions and free space)"))));
}

void OutputCollector::closeReadyPipe()
{
    if (m_readyNotifier) {
        m_readyNotifier->setEnabled(false);
        m_readyNotifier.release()->deleteLater(); // this may run inside its own signal
    }
    closeFd(m_readyPipe);
}

void OutputCollector::closeSocket()
{
    for (std::unique_ptr<QSocketNotifier> *notifier : {&m_socketNotifier, &m_writeNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            notifier->release()->deleteLater(); // this may run inside its own signal
        }
    }
    closeFd(m_socket);
}

void OutputCollector::reportFallback(const QString &reason)
{
    if (std::exchange(m_fallbackReported, true)) {
        return;
    }
    Q_EMIT eventOccurred(
            Event::make(QString(), EventKind::Error, Severity::Warning,
                        tr("program output is written without rotation: %1").arg(reason)));
}

std::optional<InstanceOutput> OutputCollector::prepare(const QString &name, const QString &token,
                                                       const QString &logFile, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (m_state == State::Scheduled
        || (m_state == State::Disconnected && m_nextAttempt.hasExpired())) {
        // Not waited for: connecting, or starting the daemon, takes no time; its answer may.
        beginAttempt();
    }
    if (m_state == State::Disconnected) {
        why = m_lastFailure;
        reportFallback(why);
        return std::nullopt;
    }

    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        why = tr("cannot create a pipe for %1: %2").arg(name, errnoMessage(errno));
        for (int fd : {out[0], out[1], err[0], err[1]}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        reportFallback(why);
        return std::nullopt;
    }
    // Behind the instances already waiting, if any: the daemon gets them in order.
    m_pending.push_back(PendingOutput{QJsonObject{{u"type"_s, LogdProtocol::openType.toString()},
                                                  {u"name"_s, name},
                                                  {u"token"_s, token},
                                                  {u"file"_s, logFile},
                                                  {u"maxBytes"_s, m_maxBytes},
                                                  {u"keep"_s, m_keep}},
                                      name, token, logFile, UniqueFd(out[0]), UniqueFd(err[0])});
    if (m_state == State::Connected) {
        sendPending();
    }
    return InstanceOutput(out[1], err[1]);
}
