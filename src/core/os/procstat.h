// The few fields of /proc/<pid>/stat and /proc/<pid>/statm that the resource sampler needs,
// read with one open and one read into a stack buffer: the sampler reads the stat of every
// process of the machine every second, and a QFile and a split of 52 fields cost more than
// the system calls themselves.
#pragma once

#include <QtGlobal>

#include <optional>

struct ProcStat
{
    qint64 processGroup = 0;
    qint64 cpuTicks = 0;   ///< utime + stime, in clock ticks
    qint64 startTicks = 0; ///< starttime: clock ticks after boot
};

/// Nothing when the process is gone, or not ours to read.
std::optional<ProcStat> readProcStat(qint64 pid);

/// The resident set as ps and top count it (statm's second field), in pages; 0 when the
/// process is gone.
qint64 readResidentPages(qint64 pid);
