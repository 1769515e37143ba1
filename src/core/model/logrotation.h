// When a program's log file is rotated, and what is kept of the old ones (docs/design.md,
// "Output capture and rotation"): "logRotation" in its settings. zlauncher-logd applies it.
#pragma once

#include <QtGlobal>

struct LogRotation
{
    static constexpr int maxSizeLimitMiB = 1024 * 1024;
    static constexpr double maxAgeLimitHours = 10 * 365 * 24;
    static constexpr int keepLimit = 1000;

    /// Rotated when the next lines would take it past this; 0: never by size.
    int maxSizeMiB = 10;
    /// Rotated once its first line is this old; 0: never by age. A fraction is allowed
    /// (0.5: half an hour).
    double maxAgeHours = 0;
    /// How many rotated files are kept (.1 … .keep, the oldest beyond deleted).
    int keep = 3;
    /// Rotated files are compressed with gzip (.1.gz …), by another process: never while a
    /// line waits to be written.
    bool compress = false;

    /// 0 (never), or from a second to maxAgeLimitHours: under a second is a typing mistake, and
    /// a deadline the daemon would chase.
    static bool isValidAge(double hours)
    {
        return hours == 0 || (hours * 3600 >= 1 && hours <= maxAgeLimitHours);
    }

    qint64 maxBytes() const { return qint64(maxSizeMiB) * 1024 * 1024; }
    qint64 maxAgeMs() const { return qRound64(maxAgeHours * 3600 * 1000); }
    bool operator==(const LogRotation &other) const = default;
};
