// What the resource sampler measures of one program, summed over its process group.
#pragma once

#include <QtGlobal>

struct ResourceUsage
{
    /// Of one core: 250 means two and a half cores busy.
    double cpuPercent = 0;
    qint64 residentBytes = 0;
    /// Processes in the program's group.
    int processes = 0;
};
