#include "capture/logfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray numbered(const QString &path, int index)
{
    return QFile::encodeName(path + u'.' + QString::number(index));
}

} // namespace

LogFile::LogFile(const QString &path)
    : m_path(path)
{ }

LogFile::~LogFile() = default;

void LogFile::setRotation(qint64 maxBytes, int keep)
{
    m_maxBytes = maxBytes;
    m_keep = std::max(keep, 0);
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
    return true;
}

bool LogFile::rotate()
{
    m_fd.reset();
    // .keep-1 → .keep overwrites (deletes) the oldest; a gap in the numbering is harmless.
    for (int index = m_keep - 1; index >= 1; --index) {
        const QByteArray from = numbered(m_path, index);
        if (::rename(from.constData(), numbered(m_path, index + 1).constData()) != 0
            && errno != ENOENT) {
            fail(u"rotate"_s, QFile::decodeName(from), errno);
            return false;
        }
    }
    const QByteArray current = QFile::encodeName(m_path);
    const int result = m_keep > 0 ? ::rename(current.constData(), numbered(m_path, 1).constData())
                                  : ::unlink(current.constData());
    if (result != 0 && errno != ENOENT) {
        fail(u"rotate"_s, m_path, errno);
        return false;
    }
    m_rotateFailing = false;
    return open();
}

void LogFile::append(QByteArrayView lines)
{
    const char *data = lines.data();
    qsizetype left = lines.size();
    bool overLimit = false;
    while (left > 0) {
        if (!open()) {
            return;
        }
        const qint64 room = m_maxBytes - m_size;
        qsizetype take = left;
        if (m_maxBytes > 0 && left > room && !overLimit) {
            // The longest run of whole lines that fits; none fits: rotate first, unless the
            // file is empty and the first line alone exceeds the limit (it is written whole).
            const void *lastNewline
                    = room > 0 ? ::memrchr(data, '\n', static_cast<size_t>(room)) : nullptr;
            if (lastNewline) {
                take = static_cast<const char *>(lastNewline) - data + 1;
            } else if (m_size > 0) {
                // Better over the limit than lost: when the rotation fails, this batch goes
                // to the current file (the next one tries again).
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
        m_size += take;
        data += take;
        left -= take;
    }
    m_writeFailing = false;
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
        m_error = LogFileError{operation, path, error};
    }
}

std::optional<LogFileError> LogFile::takeError()
{
    return std::exchange(m_error, std::nullopt);
}
