// The output of one program instance inside zlauncher-logd: the read ends of its stdout and
// stderr pipes, drained as they fill, whole lines appended to the program's log file in
// arrival order, and the last stderr lines kept for the report sent when both pipes close.
#pragma once

#include "logd/logfile.h"

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
    /// Takes ownership of both descriptors. file is shared with the other instances of the
    /// same program and must outlive this one.
    CapturedInstance(const QString &name, const QString &token, int stdoutFd, int stderrFd,
                     LogFile *file, QObject *parent = nullptr);
    ~CapturedInstance() override;

    QString name() const { return m_name; }
    QString token() const { return m_token; }
    LogFile *file() const { return m_file; }
    bool isClosed() const;
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
        int fd = -1;
        std::unique_ptr<QSocketNotifier> notifier;
        QByteArray partial; ///< the start of a line whose newline has not come yet
        bool isStderr = false;
    };

    void onReadable(Stream &stream);
    void appendLines(Stream &stream, QByteArrayView lines);
    void flushLongLine(Stream &stream);
    void closeStream(Stream &stream);
    void noteTail(QByteArrayView lines);

    QString m_name;
    QString m_token;
    LogFile *m_file;
    std::array<Stream, 2> m_streams;
    std::deque<QByteArray> m_tail;
};
