#include "core/os/outputcollector.h"

#include "core/model/logging.h"
#include "capture/logdprotocol.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

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

} // namespace

OutputCollector::OutputCollector(const QString &runtimeDirectory, QObject *parent)
    : QObject(parent)
    , m_runtimeDirectory(runtimeDirectory)
    , m_daemonPath(defaultDaemonPath())
{
    connect(&m_starter, &LogdStarter::ready, this, [this] {
        if (!connectToDaemon()) {
            giveUp(tr("zlauncher-logd started but cannot be reached at %1: %2")
                           .arg(LogdProtocol::socketPath(m_runtimeDirectory), errnoMessage(errno)));
        }
    });
    connect(&m_starter, &LogdStarter::failed, this, &OutputCollector::giveUp);
    connect(&m_fallback, &FallbackCapture::outputClosed, this, &OutputCollector::outputClosed);
    connect(&m_fallback, &FallbackCapture::logFileFailed, this,
            [this](const QString &name, const QString &operation, const QString &file, int error) {
                reportLogFileError(name, operation, file, error);
            });
    m_attemptTimeout.setSingleShot(true);
    m_attemptTimeout.setInterval(attemptTimeoutMs);
    connect(&m_attemptTimeout, &QTimer::timeout, this, &OutputCollector::onAttemptTimeout);
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
    // Else nobody will read them once this launcher is gone: m_fallback, destroyed next,
    // writes what they hold to the log files, then closes them, as those it drains already.
    while (!m_pending.empty()) {
        drain(takePending());
    }
    // Not from within a notifier's signal: they can go at once.
    m_socketNotifier.reset();
    m_writeNotifier.reset();
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
    QString error;
    if (!m_starter.start(m_daemonPath, m_runtimeDirectory, &error)) {
        giveUp(error);
        return;
    }
    m_startedDaemon = true;
    m_state = State::Starting;
    m_attemptTimeout.start();
}

void OutputCollector::onAttemptTimeout()
{
    // An answer that came while the launcher was busy elsewhere (a thousand programs started
    // in one turn of the event loop) counts: it is read before the attempt is judged.
    if (m_state == State::Starting) {
        m_starter.readNow();
    } else if (m_state == State::Handshaking) {
        onSocketReadable();
    }
    if (m_state == State::Connected || m_attemptTimeout.isActive()) {
        return; // answered, or the next step of the attempt has begun with its own timeout
    }
    giveUp(tr("zlauncher-logd did not answer within %1 s; see %2")
                   .arg(attemptTimeoutMs / 1000)
                   .arg(LogdProtocol::diagnosticsPath(m_runtimeDirectory)));
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
                           body.value(u"file"_s).toString(), body.value(u"errno"_s).toInt(),
                           body.value(u"detail"_s).toString());
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
    m_starter.abandon();
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
    m_fallback.capture(pending.name, pending.token, pending.logFile, std::move(pending.stdoutRead),
                       std::move(pending.stderrRead));
}

void OutputCollector::reportLogFileError(const QString &name, const QString &operation,
                                         const QString &file, int error, const QString &detail)
{
    const QString reason = detail.isEmpty() ? errnoMessage(error) : detail;
    if (operation == u"compress") {
        Q_EMIT eventOccurred(Event::make(
                name, EventKind::Error, Severity::Warning,
                tr("cannot compress its rotated log file %1: %2; it is kept uncompressed "
                   "(is gzip installed?)")
                        .arg(file, reason)));
        return;
    }
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

void OutputCollector::closeSocket()
{
    for (std::unique_ptr<QSocketNotifier> *notifier : {&m_socketNotifier, &m_writeNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            notifier->release()->deleteLater(); // this may run inside its own signal
        }
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
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
                                                       const QString &logFile,
                                                       const std::optional<LogRotation> &rotation,
                                                       QString *error)
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
    m_pending.push_back(
            PendingOutput{QJsonObject{{u"type"_s, LogdProtocol::openType.toString()},
                                      {u"name"_s, name},
                                      {u"token"_s, token},
                                      {u"file"_s, logFile},
                                      {u"maxBytes"_s, rotation ? rotation->maxBytes() : m_maxBytes},
                                      {u"keep"_s, rotation ? rotation->keep : m_keep},
                                      {u"maxAgeMs"_s, rotation ? rotation->maxAgeMs() : 0},
                                      {u"compress"_s, rotation && rotation->compress}},
                          name, token, logFile, UniqueFd(out[0]), UniqueFd(err[0])});
    if (m_state == State::Connected) {
        sendPending();
    }
    return InstanceOutput(out[1], err[1]);
}
