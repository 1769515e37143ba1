// The end of a program's log file, for a reader on another host (the control request "output",
// docs/control.md): its last lines, or what was appended after the offset the reader had
// reached. Only whole lines are given: a line still being written comes with the next read.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct LogTail
{
    QStringList lines;
    /// Where the next read goes on from: the end of the last whole line read.
    qint64 end = 0;
    /// The file was shorter than the offset asked from (rotated or truncated): lines are the
    /// tail of the file as it is now.
    bool restarted = false;
    /// More was appended since the offset than one read gives: the lines before are skipped.
    bool skipped = false;
};

/// At most maxLines lines and maxBytes bytes of path: from offset from when given (and the file
/// still that long), else its tail. A missing file is an empty tail at 0; *error says why when
/// the file cannot be read.
std::optional<LogTail> readLogTail(const QString &path, int maxLines, std::optional<qint64> from,
                                   qint64 maxBytes, QString *error);
