// The output of one program instance inside zlauncher-logd: the read ends of its stdout and
// stderr pipes, drained as they fill, whole lines appended to the program's log file in
// arrival order, and the last stderr lines kept for the report sent when both pipes close.
// The launcher uses it too, to drain the pipes itself when no daemon can take them
// (OutputCollector).
#pragma once

#include "capture/logdprotocol.h"
#include "capture/logfile.h"

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QStringList>

#include <array>
#include <deque>
#include <memory>

class CapturedInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturedInstance)

public:
    /// file may be shared with the other instances of the same program: it stays open while
    /// one of them holds it.
    CapturedInstance(const QString &name, const QString &token, UniqueFd stdoutFd,
                     UniqueFd stderrFd, std::shared_ptr<LogFile> file, QObject *parent = nullptr);
    ~CapturedInstance() override;

    QString name() const { return m_name; }
    QString token() const { return m_token; }
    LogFile *file() const { return m_file.get(); }
    bool isClosed() const;
    /// For a reader that goes away while the program may still write: writes what the pipes
    /// hold now (a bounded amount) and the line begun, then closes both pipes, without
    /// closed(). The program's next write to either gets SIGPIPE (EPIPE if it ignores it).
    void finish();
    /// The last (at most LogdProtocol::tailLines) stderr lines, oldest first, each cut to
    /// LogdProtocol::maxTailLineBytes.
    QStringList stderrTail() const;

Q_SIGNALS:
    /// Both pipes reached end of file: every process that held their write ends is gone.
    void closed();
    void writeFailed(const LogFileError &error);

private:
    struct Stream
    {
        UniqueFd fd;
        /// Declared after fd: destroyed before its descriptor is closed.
        std::unique_ptr<QSocketNotifier> notifier;
        QByteArray partial; ///< the start of a line whose newline has not come yet
        bool isStderr = false;
    };

    /// One read; false once the stream is closed or would block.
    bool onReadable(Stream &stream);
    void appendLines(Stream &stream, QByteArrayView lines);
    void flushLongLine(Stream &stream);
    void closeStream(Stream &stream);
    void noteTail(QByteArrayView lines);

    QString m_name;
    QString m_token;
    std::shared_ptr<LogFile> m_file;
    std::array<Stream, 2> m_streams;
    std::deque<QByteArray> m_tail;
};
