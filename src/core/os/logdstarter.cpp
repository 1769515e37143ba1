#include "core/os/logdstarter.h"

#include "core/model/logging.h"
#include "capture/logdprotocol.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

LogdStarter::LogdStarter(QObject *parent)
    : QObject(parent)
{ }

LogdStarter::~LogdStarter()
{
    // Not from within the notifier's signal: it can go at once.
    m_readyNotifier.reset();
    closeReadyPipe();
}

bool LogdStarter::start(const QString &daemonPath, const QString &runtimeDirectory, QString *error)
{
    // The double fork waits for the event loop rather than hold up this call (its cost:
    // docs/performance.md, "Figures behind comments in the code"); OutputCollector::prepare()
    // does not wait for it either.
    const QFileInfo executable(daemonPath);
    m_daemonPath = daemonPath;
    if (!executable.isFile() || !executable.isExecutable()) {
        *error = cannotStart(executable.exists() ? tr("not an executable file")
                                                 : tr("no such file"));
        return false;
    }
    m_runtimeDirectory = runtimeDirectory;
    m_starting = true;
    QMetaObject::invokeMethod(this, &LogdStarter::spawn, Qt::QueuedConnection);
    return true;
}

void LogdStarter::abandon()
{
    m_starting = false;
    closeReadyPipe();
}

QString LogdStarter::cannotStart(const QString &why) const
{
    return tr("cannot start %1: %2; install zlauncher-logd next to zlauncher, or set "
              "ZLAUNCHER_LOGD to its path")
            .arg(m_daemonPath, why);
}

void LogdStarter::spawn()
{
    if (!m_starting || m_readyPipe >= 0) {
        return; // abandoned meanwhile, or spawned already
    }
    int ready[2] = {-1, -1};
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        m_starting = false;
        Q_EMIT failed(tr("cannot create a pipe: %1").arg(errnoMessage(errno)));
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
        m_starting = false;
        Q_EMIT failed(cannotStart(process.errorString()));
        return;
    }
    qCDebug(lcProcess) << "started zlauncher-logd, pid" << pid;
    LogdProtocol::setNonBlocking(ready[0]);
    m_readyPipe = ready[0];
    m_readyOutput.clear();
    m_readyNotifier = std::make_unique<QSocketNotifier>(m_readyPipe, QSocketNotifier::Read);
    connect(m_readyNotifier.get(), &QSocketNotifier::activated, this,
            &LogdStarter::onReadyPipeReadable);
}

void LogdStarter::readNow()
{
    if (m_readyPipe >= 0) {
        onReadyPipeReadable();
    }
}

void LogdStarter::onReadyPipeReadable()
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
    abandon(); // the daemon has spoken: whatever it said ends this start
    if (line == u"ready") {
        Q_EMIT ready();
    } else if (line.startsWith(u"error ")) {
        Q_EMIT failed(
                tr("zlauncher-logd cannot serve %1: %2").arg(m_runtimeDirectory, line.mid(6)));
    } else {
        Q_EMIT failed(
                tr("zlauncher-logd (%1) stopped at once; see %2")
                        .arg(m_daemonPath, LogdProtocol::diagnosticsPath(m_runtimeDirectory)));
    }
}

void LogdStarter::closeReadyPipe()
{
    if (m_readyNotifier) {
        m_readyNotifier->setEnabled(false);
        m_readyNotifier.release()->deleteLater(); // this may run inside its own signal
    }
    if (m_readyPipe >= 0) {
        ::close(m_readyPipe);
        m_readyPipe = -1;
    }
}
