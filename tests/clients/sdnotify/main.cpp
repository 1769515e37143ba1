// tc_sdnotify: a daemon as written for systemd (Type=notify, WatchdogSec=), an unmodified
// libsystemd user: nothing of zlauncher, only sd_watchdog_enabled(3) and sd_notify(3). It reads
// its watchdog timeout with sd_watchdog_enabled(0, &usec), sends READY=1, then WATCHDOG=1 every
// --every ms while the watchdog is enabled, as sd_watchdog_enabled(3) asks.
//
//   tc_sdnotify [--ready-after MS] [--every MS] [--status TEXT] [--oversize BYTES]
//               [--storm-ms MS] [--storm-rate N] [--report FILE] [--beat-file FILE]
//               [--stamps FILE --name NAME]
//
// --ready-after MS   READY=1 after MS (default 0)
// --every MS         WATCHDOG=1 period (default 100)
// --status TEXT      STATUS=TEXT sent with READY=1
// --oversize BYTES   first, one datagram of BYTES bytes (STATUS=xxx...): over the 4096 bytes a
//                    manager takes, it must be dropped and harm nothing
// --storm-ms MS      after READY=1, --storm-rate WATCHDOG=1 a second (default 100000) for MS,
//                    then on until SIGUSR1, paced by the clock and never blocking (storm()); then
//                    STATUS=stormed N, N the datagrams the socket took, "OFFERED REFUSED N
//                    ELAPSED_MS" is written to --report, and pinging goes on
// --beat-file FILE   after each WATCHDOG=1 of the period, the CLOCK_MONOTONIC time of its
//                    send in ns, 8 bytes at offset 0 (as zlb_probe --beat-file): a benchmark
//                    knows when the last ping of a frozen program left
// --stamps FILE      appends "start NAME PID NS" on start, NS its CLOCK_MONOTONIC time (as
//                    zlb_probe --stamps)
// SIGTERM or SIGINT: STOPPING=1, then exit 0.
#include <systemd/sd-daemon.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;
volatile std::sig_atomic_t g_stormOver = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

void onStormOverSignal(int)
{
    g_stormOver = 1;
}

struct Options
{
    long readyAfterMs = 0;
    long everyMs = 100;
    const char *status = nullptr;
    long oversize = 0;
    long stormMs = 0;
    long stormRate = 100000;
    const char *report = nullptr;
    const char *beatFile = nullptr;
    const char *stamps = nullptr;
    const char *name = "tc_sdnotify";
};

std::int64_t monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void sleepMs(long ms)
{
    timespec wait{ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&wait, &wait) != 0 && errno == EINTR && !g_stop) { }
}

bool parse(int argc, char **argv, Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (i + 1 >= argc) {
            return false;
        }
        const char *value = argv[++i];
        if (option == "--ready-after") {
            options->readyAfterMs = std::atol(value);
        } else if (option == "--every") {
            options->everyMs = std::atol(value);
        } else if (option == "--status") {
            options->status = value;
        } else if (option == "--oversize") {
            options->oversize = std::atol(value);
        } else if (option == "--storm-ms") {
            options->stormMs = std::atol(value);
        } else if (option == "--storm-rate") {
            options->stormRate = std::atol(value);
        } else if (option == "--report") {
            options->report = value;
        } else if (option == "--beat-file") {
            options->beatFile = value;
        } else if (option == "--stamps") {
            options->stamps = value;
        } else if (option == "--name") {
            options->name = value;
        } else {
            return false;
        }
    }
    return true;
}

void appendLine(const char *path, const std::string &line)
{
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
        // One write: lines of several processes appending to the same file never interleave.
        (void)!::write(fd, line.data(), line.size());
        ::close(fd);
    }
}

/// What a storm offered: every datagram due by the clock was offered once; the kernel took
/// sent of them and refused the rest (EAGAIN: the socket's queue was full).
struct StormCount
{
    long offered = 0;
    long refused = 0;
    long sent = 0;
    std::int64_t elapsedMs = 0;
};

/// The socket connected to $NOTIFY_SOCKET, or -1.
int connectNotifySocket()
{
    const char *path = std::getenv("NOTIFY_SOCKET");
    if (!path || path[0] == '\0' || std::strlen(path) >= sizeof(sockaddr_un::sun_path)) {
        return -1;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path, std::strlen(path));
    if (address.sun_path[0] == '@') {
        address.sun_path[0] = '\0'; // an abstract address, as sd_notify(3) says
    }
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd >= 0
        && ::connect(fd, reinterpret_cast<const sockaddr *>(&address),
                     socklen_t(offsetof(sockaddr_un, sun_path) + std::strlen(path)))
                != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

/// WATCHDOG=1 at rate a second for ms, then on until SIGUSR1: every 0.1 ms, the datagrams due
/// by the clock, never waiting for the socket. A datagram the socket's queue has no room for is
/// refused (MSG_DONTWAIT) and counted, so the launcher is offered the whole rate however fast
/// it reads; behind the clock (descheduled), the loop catches up at once, and at SIGUSR1 it
/// offers what is due by then. Not through sd_notify(), which opens, sizes and closes a socket per
/// call (nine system calls): the datagrams are the same, sent on one socket connected to
/// $NOTIFY_SOCKET, from the same process.
StormCount storm(long ms, long rate)
{
    StormCount count;
    const int fd = connectNotifySocket();
    if (fd < 0) {
        return count;
    }
    static constexpr char message[] = "WATCHDOG=1";
    const std::int64_t start = monotonicNs();
    const std::int64_t shortest = start + std::int64_t(ms) * 1000000;
    for (bool last = false; !last;) {
        const bool over = g_stormOver;
        const std::int64_t now = monotonicNs();
        last = g_stop || (over && now >= shortest);
        const long due = long((now - start) * rate / 1000000000);
        for (; count.offered < due; ++count.offered) {
            if (::send(fd, message, sizeof(message) - 1, MSG_NOSIGNAL | MSG_DONTWAIT) > 0) {
                ++count.sent;
            } else {
                ++count.refused; // EAGAIN, or anything else the kernel said: not taken
            }
        }
        count.elapsedMs = (now - start) / 1000000;
        // The next batch 0.1 ms later: a storm, not a spinning client that would take
        // a core from the launcher it storms.
        const std::int64_t next = now + 100000;
        const timespec wake{time_t(next / 1000000000), long(next % 1000000000)};
        ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &wake, nullptr);
    }
    ::close(fd);
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parse(argc, argv, &options)) {
        std::fprintf(stderr, "usage: see tests/clients/sdnotify/main.cpp\n");
        return 2;
    }
    struct sigaction action
    { };
    action.sa_handler = onStopSignal;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    action.sa_handler = onStormOverSignal;
    sigaction(SIGUSR1, &action, nullptr);

    if (options.stamps) {
        appendLine(options.stamps,
                   "start " + std::string(options.name) + " " + std::to_string(::getpid()) + " "
                           + std::to_string(monotonicNs()) + "\n");
    }
    std::uint64_t watchdogUsec = 0;
    const int watchdog = sd_watchdog_enabled(0, &watchdogUsec);
    std::fprintf(stderr, "tc_sdnotify: watchdog %s (%llu us)\n", watchdog > 0 ? "on" : "off",
                 static_cast<unsigned long long>(watchdogUsec));

    if (options.oversize > 0) {
        std::string big = "STATUS=";
        big.resize(std::size_t(options.oversize), 'x');
        const int result = sd_notify(0, big.c_str());
        std::fprintf(stderr, "tc_sdnotify: sent %ld bytes: %d\n", options.oversize, result);
    }
    sleepMs(options.readyAfterMs);
    const std::string ready = options.status ? "READY=1\nSTATUS=" + std::string(options.status)
                                             : std::string("READY=1");
    if (const int result = sd_notify(0, ready.c_str()); result <= 0) {
        std::fprintf(stderr, "tc_sdnotify: READY=1 not sent: %s\n",
                     result == 0 ? "no $NOTIFY_SOCKET" : std::strerror(-result));
    }

    if (options.stormMs > 0) {
        const StormCount count = storm(options.stormMs, options.stormRate);
        sd_notifyf(0, "STATUS=stormed %ld", count.sent);
        std::fprintf(stderr, "tc_sdnotify: storm: %ld datagrams offered, %ld refused, %ld sent\n",
                     count.offered, count.refused, count.sent);
        if (options.report) {
            appendLine(options.report,
                       std::to_string(count.offered) + " " + std::to_string(count.refused) + " "
                               + std::to_string(count.sent) + " " + std::to_string(count.elapsedMs)
                               + "\n");
        }
    }

    const int beatFd = options.beatFile
            ? ::open(options.beatFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)
            : -1;
    while (!g_stop) {
        if (watchdog > 0 && options.everyMs > 0) {
            sd_notify(0, "WATCHDOG=1");
            if (beatFd >= 0) {
                const std::int64_t sentAt = monotonicNs();
                (void)!::pwrite(beatFd, &sentAt, sizeof(sentAt), 0);
            }
        }
        sleepMs(options.everyMs > 0 ? options.everyMs : 1000);
    }
    sd_notify(0, "STOPPING=1");
    if (beatFd >= 0) {
        ::close(beatFd);
    }
    return 0;
}
