#include "capture/logfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray numbered(const QString &path, int index, const QString &suffix = {})
{
    return QFile::encodeName(path + u'.' + QString::number(index) + suffix);
}

} // namespace

LogFile::LogFile(const QString &path)
    : m_path(path)
{ }

LogFile::~LogFile() = default;

void LogFile::setRotation(qint64 maxBytes, int keep, qint64 maxAgeMs, bool compress)
{
    m_maxBytes = maxBytes;
    m_keep = std::max(keep, 0);
    m_maxAgeMs = std::max<qint64>(maxAgeMs, 0);
    m_compress = compress;
}

void LogFile::compressionFinished()
{
    m_compressing = false;
    if (m_onSchedule) {
        m_onSchedule();
    }
}

qint64 LogFile::rotationDueMs() const
{
    return m_maxAgeMs > 0 && m_size > 0 && !m_compressing ? m_firstLineMs + m_maxAgeMs : -1;
}

bool LogFile::rotateIfDue(qint64 nowMs)
{
    const qint64 due = rotationDueMs();
    if (due < 0 || nowMs < due) {
        return false;
    }
    return rotate();
}

bool LogFile::open()
{
    if (m_fd.isValid()) {
        return true;
    }
    const QByteArray native = QFile::encodeName(m_path);
    m_fd.reset(::open(native.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666));
    if (!m_fd.isValid()) {
        fail(u"open"_s, m_path, errno);
        return false;
    }
    struct stat status = {};
    m_size = ::fstat(m_fd.get(), &status) == 0 ? status.st_size : 0;
    // A file written before (by an earlier daemon) is as old as its last change at least;
    // its first line's time is not kept anywhere.
    m_firstLineMs = m_size > 0
            ? qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000
            : 0;
    return true;
}

bool LogFile::rotate()
{
    m_fd.reset();
    // Each rotated file may be plain (.N) or compressed (.N.gz, compress on now or earlier):
    // both forms move. The oldest goes first, so that neither form of it is left behind; a
    // gap in the numbering is harmless.
    for (const QString &suffix : {QString(), u".gz"_s}) {
        const QByteArray oldest = numbered(m_path, m_keep, suffix);
        if (m_keep > 0 && ::unlink(oldest.constData()) != 0 && errno != ENOENT) {
            fail(u"rotate"_s, QFile::decodeName(oldest), errno);
            return false;
        }
    }
    for (int index = m_keep - 1; index >= 1; --index) {
        for (const QString &suffix : {QString(), u".gz"_s}) {
            const QByteArray from = numbered(m_path, index, suffix);
            if (::rename(from.constData(), numbered(m_path, index + 1, suffix).constData()) != 0
                && errno != ENOENT) {
                fail(u"rotate"_s, QFile::decodeName(from), errno);
                return false;
            }
        }
    }
    const QByteArray current = QFile::encodeName(m_path);
    const QByteArray first = numbered(m_path, 1, {});
    const int result = m_keep > 0 ? ::rename(current.constData(), first.constData())
                                  : ::unlink(current.constData());
    if (result != 0 && errno != ENOENT) {
        fail(u"rotate"_s, m_path, errno);
        return false;
    }
    m_rotateFailing = false;
    if (m_compress && m_keep > 0 && m_onRotated) {
        m_compressing = true;
        m_onRotated(QFile::decodeName(first));
    }
    const bool opened = open();
    if (m_onSchedule) {
        m_onSchedule();
    }
    return opened;
}

void LogFile::append(QByteArrayView lines)
{
    const char *data = lines.data();
    qsizetype left = lines.size();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Better over the limit than lost: when the rotation fails, or waits for the last one's
    // compression, this batch goes to the current file (the next one tries again).
    bool overLimit = m_compressing;
    if (m_maxAgeMs > 0 && !overLimit) {
        rotateIfDue(now);
    }
    const qint64 firstLineBefore = m_firstLineMs;
    while (left > 0) {
        if (!open()) {
            return;
        }
        const qint64 room = m_maxBytes - m_size;
        qsizetype take = left;
        if (m_maxBytes > 0 && left > room && !overLimit && !m_compressing) {
            // The longest run of whole lines that fits; none fits: rotate first, unless the
            // file is empty and the first line alone exceeds the limit (it is written whole).
            const void *lastNewline
                    = room > 0 ? ::memrchr(data, '\n', static_cast<size_t>(room)) : nullptr;
            if (lastNewline) {
                take = static_cast<const char *>(lastNewline) - data + 1;
            } else if (m_size > 0) {
                overLimit = !rotate();
                continue;
            } else {
                const void *newline = std::memchr(data, '\n', static_cast<size_t>(left));
                take = newline ? static_cast<const char *>(newline) - data + 1 : left;
            }
        }
        if (!writeAll(QByteArrayView(data, take))) {
            return;
        }
        if (m_size == 0) {
            m_firstLineMs = now;
        }
        m_size += take;
        data += take;
        left -= take;
    }
    m_writeFailing = false;
    // A file that was empty (new, or just rotated) has an age from now on.
    if (m_firstLineMs != firstLineBefore && m_maxAgeMs > 0 && m_onSchedule) {
        m_onSchedule();
    }
}

bool LogFile::writeAll(QByteArrayView data)
{
    const char *next = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd.get(), next, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(u"write"_s, m_path, errno);
            // Reopened at the next write: the file may have been removed or its disk freed.
            m_fd.reset();
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

void LogFile::fail(const QString &operation, const QString &path, int error)
{
    bool &failing = operation == u"rotate" ? m_rotateFailing : m_writeFailing;
    if (!failing) {
        failing = true;
        m_error = LogFileError{operation, path, error, {}};
    }
}

std::optional<LogFileError> LogFile::takeError()
{
    return std::exchange(m_error, std::nullopt);
}
