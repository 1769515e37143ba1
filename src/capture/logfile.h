// One program's log file as zlauncher-logd writes it: whole lines appended, and rotated at a
// line boundary when the next lines would take it past its size limit (<name>.log → .1 → .2
// ..., the oldest beyond `keep` deleted). The daemon is the file's only writer, so rotation
// never races with a write and no line is lost or split.
#pragma once

#include "capture/logdprotocol.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

struct LogFileError
{
    QString operation; ///< "open", "write" or "rotate"
    QString path;
    int error = 0; ///< errno
};

class LogFile final
{
public:
    explicit LogFile(const QString &path);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    QString path() const { return m_path; }
    /// maxBytes <= 0 never rotates; keep is how many rotated files (.1 ... .keep) are kept.
    void setRotation(qint64 maxBytes, int keep);
    /// Opens (creates) the file now, so that it exists, and a problem is known, before the
    /// first line comes. append() opens it too. False: see takeError().
    bool open();
    /// Appends lines, each ended by '\n'. On failure the lines are dropped (the program must
    /// not block on a full pipe) and takeError() tells why.
    void append(QByteArrayView lines);
    /// The first failure since the file last worked, once: a failing disk is reported once,
    /// not per line.
    std::optional<LogFileError> takeError();

private:
    bool rotate();
    bool writeAll(QByteArrayView data);
    void fail(const QString &operation, const QString &path, int error);

    QString m_path;
    qint64 m_maxBytes = 0;
    int m_keep = 0;
    UniqueFd m_fd;
    qint64 m_size = 0;
    bool m_writeFailing = false; ///< open or write
    bool m_rotateFailing = false;
    std::optional<LogFileError> m_error;
};
