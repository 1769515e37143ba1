// How the window writes durations, exits, processor use and sizes, and how it saves a file:
// each written once here, so the table, the details panel, the output view and the status bar
// show the same figure the same way.
#pragma once

#include "core/model/exitstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

/// Whole units, as a clock ticking once a second shows them: "42 s", "3 min 12 s",
/// "2 h 05 min", "30 d 0 h". Negative durations count as zero.
QString formatDuration(qint64 ms);
/// Tenths below ten seconds ("0.4 s"), formatDuration() beyond: how long an instance lived.
QString formatPreciseDuration(qint64 ms);
/// "1.5 s ago", "3 min 12 s ago": the age of a heartbeat or of a ping.
QString formatAge(qint64 ms);
/// A time of day, local ("14:03:59", with milliseconds "14:03:59.125"), with the date in
/// front when it is not today.
QString formatTime(const QDateTime &utc, bool milliseconds = false);
/// "1,500 ms", grouped by the locale.
QString formatMilliseconds(qint64 ms);

/// How an instance ended, short enough for a column: "code 3", "SIGKILL", "unknown";
/// empty when it has not ended.
QString exitText(const std::optional<ExitStatus> &exit);
/// The same as a sentence, for a tooltip: "Killed by signal 9 (SIGKILL)".
QString exitDescription(const std::optional<ExitStatus> &exit);

/// "12.5 %", in percent of one core (more than 100 on several cores).
QString formatCpu(double percent);
/// "512 B", "900 KiB", "24.1 MiB", "1.50 GiB" (binary units; negative counts as zero).
QString formatBytes(qint64 bytes);

/// One CSV field (RFC 4180): quoted, its quotes doubled, when it holds a comma, a quote or a
/// line break.
QString csvField(const QString &field);

/// Writes bytes to path through QSaveFile: the file is whole or untouched. On failure
/// *error (when given) says why, naming the file.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);
