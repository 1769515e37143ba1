// One program's log file as zlauncher-logd writes it: whole lines appended, and rotated at a
// line boundary when the next lines would take it past its size limit, or once its first line
// is older than its age limit (<name>.log → .1 → .2 ..., the oldest beyond `keep` deleted; with
// compression, .1 is handed over to be gzipped into .1.gz). The daemon is the file's only
// writer, so rotation never races with a write and no line is lost or split.
#pragma once

#include "capture/logdprotocol.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

struct LogFileError
{
    QString operation; ///< "open", "write", "rotate" or "compress"
    QString path;
    int error = 0; ///< errno; 0 when detail says what
    QString detail;
};

class LogFile final
{
public:
    explicit LogFile(const QString &path);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    QString path() const { return m_path; }
    /// maxBytes <= 0: never by size; maxAgeMs <= 0: never by age; keep is how many rotated
    /// files (.1 ... .keep, or .1.gz ...) are kept; compress: each rotated file is given to
    /// the rotated handler to be compressed.
    void setRotation(qint64 maxBytes, int keep, qint64 maxAgeMs = 0, bool compress = false);
    /// Called with the path of the file just rotated (<name>.log.1) when it is to be
    /// compressed: until compressionFinished(), no other rotation happens (the file grows past
    /// its limit meanwhile, and loses nothing).
    void setRotatedHandler(std::function<void(const QString &rotated)> handler)
    {
        m_onRotated = std::move(handler);
    }
    void compressionFinished();
    bool isCompressing() const { return m_compressing; }
    /// Called when rotationDueMs() changed: the first line of a new file, a rotation, the end
    /// of a compression.
    void setScheduleHandler(std::function<void()> handler) { m_onSchedule = std::move(handler); }
    /// When its age calls for a rotation (ms since the epoch, wall clock: the age of lines);
    /// -1 when it does not (no age limit, empty, or compressing the last one).
    qint64 rotationDueMs() const;
    /// Rotates the file if its age calls for it at nowMs; true if it did.
    bool rotateIfDue(qint64 nowMs);
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
    qint64 m_maxAgeMs = 0;
    bool m_compress = false;
    bool m_compressing = false;
    /// When the file's first line was written (ms since the epoch); its age counts from there.
    qint64 m_firstLineMs = 0;
    std::function<void(const QString &)> m_onRotated;
    std::function<void()> m_onSchedule;
    UniqueFd m_fd;
    qint64 m_size = 0;
    bool m_writeFailing = false; ///< open or write
    bool m_rotateFailing = false;
    std::optional<LogFileError> m_error;
};
