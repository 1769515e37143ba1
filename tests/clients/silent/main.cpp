// tc_silent: never sends a heartbeat. It binds its control socket, so "stop" gets "ok" and it
// exits 0; with --no-control it never binds it either. Either way SIGTERM/SIGINT exit 0.
#include <zlauncher/client.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string_view>

int main(int argc, char **argv)
{
    const bool noControl = argc == 2 && std::string_view(argv[1]) == "--no-control";
    if (argc > 1 && !noControl) {
        std::fprintf(stderr, "usage: tc_silent [--no-control]\n");
        return 2;
    }
    try {
        zlauncher::Client::installStopSignalHandlers();
        zlauncher::Settings settings = zlauncher::Settings::fromEnvironment();
        settings.heartbeatEndpoint.clear();
        if (noControl) {
            settings = zlauncher::Settings{}; // unsupervised: no socket at all
        }
        zlauncher::Client client(settings);
        std::fprintf(stderr, "tc_silent: started%s\n", noControl ? " without control socket" : "");
        while (client.pollControl(std::chrono::milliseconds(-1)) != zlauncher::Command::Stop) { }
        std::fprintf(stderr, "tc_silent: stopping\n");
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tc_silent: %s\n", error.what());
        return 1;
    }
}
