// plainworker: a program that knows nothing of zlauncher (a "plain" program, DESIGN.md §5). It
// prints a line every second and exits 0 on SIGTERM or SIGINT.
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

} // namespace

int main()
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    struct sigaction action
    { };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: the signal cuts sleep() short.
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    std::printf("plainworker: started, pid %d\n", static_cast<int>(::getpid()));
    unsigned long seconds = 0;
    while (!g_stop) {
        std::printf("plainworker: working, %lu s\n", seconds++);
        ::sleep(1);
    }
    std::printf("plainworker: stopping after %lu s\n", seconds);
    return 0;
}
