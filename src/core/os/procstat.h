// The few fields of /proc/<pid>/stat that the resource sampler needs, read with one open and
// one read into a stack buffer: the sampler reads the stat of many processes every second, and
// a QFile and a split of 52 fields cost more than the system calls themselves.
#pragma once

#include <QtGlobal>

#include <optional>

struct ProcStat
{
    qint64 processGroup = 0;
    qint64 cpuTicks = 0;   ///< utime + stime, in clock ticks
    qint64 startTicks = 0; ///< starttime: clock ticks after boot
    /// The resident set as ps and top count it (the kernel's same counter as statm's second
    /// field, so that no second file is read), in pages.
    qint64 residentPages = 0;
};

/// Nothing when the process is gone, or not ours to read.
std::optional<ProcStat> readProcStat(qint64 pid);
