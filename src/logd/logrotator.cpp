#include "logd/logrotator.h"

#include <QDateTime>

#include <cerrno>
#include <limits>

using namespace Qt::StringLiterals;

LogRotator::LogRotator(QObject *parent)
    : QObject(parent)
{
    m_dueTimer.setSingleShot(true);
    // A rotation a few milliseconds late is as good; a coarse timer would be minutes late.
    m_dueTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dueTimer, &QTimer::timeout, this, &LogRotator::onDue);
}

LogRotator::~LogRotator()
{
    // The daemon waits for them before it exits (isBusy()); one left here is killed, and its
    // file stays uncompressed (gzip removes it only once the .gz is complete).
    for (QProcess *process : std::as_const(m_compressions)) {
        process->disconnect(this);
    }
}

QString LogRotator::compressor()
{
    return u"gzip"_s;
}

void LogRotator::manage(const QString &name, const std::shared_ptr<LogFile> &file)
{
    if (m_files.contains(file.get())) {
        return;
    }
    const std::weak_ptr<LogFile> weak = file;
    m_files.insert(file.get(), Managed{name, weak});
    file->setRotatedHandler([this, name, weak](const QString &rotated) {
        // Queued: the rotation is inside a write of the log file.
        QMetaObject::invokeMethod(
                this, [this, rotated, name, weak] { compress(rotated, name, weak); },
                Qt::QueuedConnection);
    });
    file->setScheduleHandler([this] { reschedule(); });
}

void LogRotator::reschedule()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (auto it = m_files.begin(); it != m_files.end();) {
        const std::shared_ptr<LogFile> file = it->file.lock();
        if (!file) {
            it = m_files.erase(it);
            continue;
        }
        if (const qint64 due = file->rotationDueMs(); due >= 0) {
            earliest = std::min(earliest, due);
        }
        ++it;
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_dueTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, earliest - QDateTime::currentMSecsSinceEpoch());
    m_dueTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void LogRotator::onDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Managed &managed : std::as_const(m_files)) {
        if (const std::shared_ptr<LogFile> file = managed.file.lock()) {
            file->rotateIfDue(now);
            if (std::optional<LogFileError> error = file->takeError()) {
                Q_EMIT failed(managed.name, *error);
            }
        }
    }
    reschedule();
}

void LogRotator::compress(const QString &path, const QString &name,
                          const std::weak_ptr<LogFile> &file)
{
    auto *process = new QProcess(this);
    m_compressions.insert(path, process);
    const auto finish = [this, path, name, file, process](const QString &problem) {
        if (!problem.isEmpty()) {
            Q_EMIT failed(name, LogFileError{u"compress"_s, path, 0, problem});
        }
        m_compressions.remove(path);
        process->deleteLater();
        if (const std::shared_ptr<LogFile> alive = file.lock()) {
            alive->compressionFinished();
        }
        if (m_compressions.isEmpty()) {
            Q_EMIT idle();
        }
    };
    connect(process, &QProcess::finished, this,
            [process, finish](int code, QProcess::ExitStatus status) {
                const QString output = QString::fromLocal8Bit(process->readAll()).trimmed();
                finish(status == QProcess::NormalExit && code == 0
                               ? QString()
                               : (output.isEmpty() ? u"gzip exited with %1"_s.arg(code) : output));
            });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            finish(process->errorString());
        }
    });
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(compressor(), {u"-f"_s, u"--"_s, path});
}
