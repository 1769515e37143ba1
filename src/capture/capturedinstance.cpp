#include "capture/capturedinstance.h"

#include "capture/logdprotocol.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

#include <QDebug>
#include <QSignalBlocker>

namespace {

constexpr qsizetype readChunk = 64 * 1024;

/// A stderr line as reported: no line end, cut to maxTailLineBytes on a UTF-8 boundary.
QByteArray tailLine(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r')) {
        line.chop(1);
    }
    if (line.size() <= LogdProtocol::maxTailLineBytes) {
        return line.toByteArray();
    }
    qsizetype cut = LogdProtocol::maxTailLineBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
        --cut; // a continuation byte: the character starts before
    }
    return line.first(cut).toByteArray() + "\xE2\x80\xA6"; // "…"
}

} // namespace

CapturedInstance::CapturedInstance(const QString &name, const QString &token, UniqueFd stdoutFd,
                                   UniqueFd stderrFd, std::shared_ptr<LogFile> file,
                                   QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_token(token)
    , m_file(std::move(file))
{
    m_streams[0].fd = std::move(stdoutFd);
    m_streams[1].fd = std::move(stderrFd);
    m_streams[1].isStderr = true;
    for (Stream &stream : m_streams) {
        if (!LogdProtocol::setNonBlocking(stream.fd.get())) {
            qWarning("cannot make the output pipe of %s non-blocking: %s", qPrintable(name),
                     std::strerror(errno));
        }
        stream.notifier = std::make_unique<QSocketNotifier>(stream.fd.get(), QSocketNotifier::Read);
        connect(stream.notifier.get(), &QSocketNotifier::activated, this,
                [this, &stream] { onReadable(stream); });
    }
}

CapturedInstance::~CapturedInstance() = default;

bool CapturedInstance::isClosed() const
{
    return !m_streams[0].fd.isValid() && !m_streams[1].fd.isValid();
}

void CapturedInstance::finish()
{
    // Bounded: a program that writes on could keep its pipe from ever being empty.
    constexpr int maxReads = 16;
    const QSignalBlocker quiet(this);
    for (Stream &stream : m_streams) {
        stream.notifier.reset(); // not inside its signal here
        for (int reads = 0; reads < maxReads && onReadable(stream); ++reads) { }
        if (stream.fd.isValid()) {
            closeStream(stream);
        }
    }
}

bool CapturedInstance::onReadable(Stream &stream)
{
    if (!stream.fd.isValid()) {
        return false;
    }
    // One read per wake-up: a program that writes without pause does not starve the others.
    char buffer[readChunk];
    ssize_t count = -1;
    do {
        count = ::read(stream.fd.get(), buffer, sizeof buffer);
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return false;
        }
        qWarning("reading the output of %s failed: %s", qPrintable(m_name), std::strerror(errno));
        count = 0; // as end of file: the pipe is unusable
    }
    if (count == 0) {
        closeStream(stream);
        return false;
    }
    QByteArrayView data(buffer, count);
    if (!stream.partial.isEmpty()) {
        // Complete the pending line first; it is written alone, so lines stay whole.
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0) {
            stream.partial += data;
            flushLongLine(stream);
            return true;
        }
        stream.partial += data.first(newline + 1);
        appendLines(stream, stream.partial);
        stream.partial.clear();
        data = data.sliced(newline + 1);
    }
    const qsizetype lastNewline = data.lastIndexOf('\n');
    appendLines(stream, data.first(lastNewline + 1));
    stream.partial = data.sliced(lastNewline + 1).toByteArray();
    flushLongLine(stream);
    return true;
}

void CapturedInstance::flushLongLine(Stream &stream)
{
    // A line longer than maxLineBytes is written in pieces, each ended by a newline: it cannot
    // wait in memory forever, and the log file holds whole lines only.
    while (stream.partial.size() >= LogdProtocol::maxLineBytes) {
        QByteArray piece = stream.partial.first(LogdProtocol::maxLineBytes);
        piece += '\n';
        appendLines(stream, piece);
        stream.partial.remove(0, LogdProtocol::maxLineBytes);
    }
}

void CapturedInstance::appendLines(Stream &stream, QByteArrayView lines)
{
    if (lines.isEmpty()) {
        return;
    }
    m_file->append(lines);
    if (const std::optional<LogFileError> error = m_file->takeError()) {
        Q_EMIT writeFailed(*error);
    }
    if (stream.isStderr) {
        noteTail(lines);
    }
}

void CapturedInstance::noteTail(QByteArrayView lines)
{
    // Only the last tailLines lines of the chunk can matter: walk it backwards.
    std::deque<QByteArray> latest;
    qsizetype end = lines.size(); // lines ends with '\n'
    while (end > 0 && static_cast<int>(latest.size()) < LogdProtocol::tailLines) {
        const qsizetype previousNewline = lines.first(end - 1).lastIndexOf('\n');
        latest.push_front(tailLine(lines.sliced(previousNewline + 1, end - previousNewline - 1)));
        end = previousNewline + 1;
    }
    for (QByteArray &line : latest) {
        m_tail.push_back(std::move(line));
    }
    while (static_cast<int>(m_tail.size()) > LogdProtocol::tailLines) {
        m_tail.pop_front();
    }
}

void CapturedInstance::closeStream(Stream &stream)
{
    if (!stream.partial.isEmpty()) {
        stream.partial += '\n';
        appendLines(stream, stream.partial);
        stream.partial.clear();
    }
    if (stream.notifier) {
        // deleteLater: this runs inside the notifier's own signal.
        stream.notifier->setEnabled(false);
        stream.notifier.release()->deleteLater();
    }
    stream.fd.reset();
    if (isClosed()) {
        Q_EMIT closed();
    }
}

QStringList CapturedInstance::stderrTail() const
{
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(m_tail.size()));
    for (const QByteArray &line : m_tail) {
        lines.append(QString::fromUtf8(line));
    }
    return lines;
}
