#include "core/os/procstat.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

/// The whole of a small /proc file, NUL-terminated, in buffer; its length, or -1.
template<std::size_t Size>
ssize_t readSmallFile(qint64 pid, const char *name, char (&buffer)[Size])
{
    char path[48];
    std::snprintf(path, sizeof path, "/proc/%lld/%s", static_cast<long long>(pid), name);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    ssize_t length = 0;
    do {
        length = ::read(fd, buffer, Size - 1);
    } while (length < 0 && errno == EINTR);
    ::close(fd);
    if (length < 0) {
        return -1;
    }
    buffer[length] = '\0';
    return length;
}

/// Moves past `count` space-separated fields.
const char *skipFields(const char *text, int count)
{
    for (int i = 0; i < count && text; ++i) {
        text = std::strchr(text, ' ');
        text = text ? text + 1 : nullptr;
    }
    return text;
}

} // namespace

std::optional<ProcStat> readProcStat(qint64 pid)
{
    // 52 fields of at most 20 digits, and a comm of at most 64 bytes.
    char line[1280];
    if (readSmallFile(pid, "stat", line) <= 0) {
        return std::nullopt;
    }
    // comm may hold spaces and parentheses: the fields start after the last ')'. Counted from
    // there (state is 0): pgrp is 2, utime 11, stime 12, starttime 19, rss 21.
    const char *close = std::strrchr(line, ')');
    const char *fields = close && close[1] == ' ' ? close + 2 : nullptr;
    const char *group = skipFields(fields, 2);
    const char *utime = skipFields(group, 9);
    const char *stime = skipFields(utime, 1);
    const char *start = skipFields(stime, 7);
    const char *resident = skipFields(start, 2);
    if (!resident) {
        return std::nullopt;
    }
    return ProcStat{std::strtoll(group, nullptr, 10),
                    std::strtoll(utime, nullptr, 10) + std::strtoll(stime, nullptr, 10),
                    std::strtoll(start, nullptr, 10), std::strtoll(resident, nullptr, 10)};
}
