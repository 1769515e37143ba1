// tc_ignorestop: beats normally but takes stop requests without ever replying, ignores
// SIGTERM and SIGINT, and forks a grandchild that ignores them too (its pid goes to
// --grandchild-pid-file PATH). Only SIGKILL, of the whole process group, ends them.
#include <zlauncher/client.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include <zmq_addon.hpp>

using namespace std::chrono;

namespace {

// Written whole under a temporary name, then renamed, so a reader never sees a partial pid.
bool writePidFile(const std::string &path, pid_t pid)
{
    const std::string temporary = path + ".tmp";
    std::FILE *file = std::fopen(temporary.c_str(), "w");
    if (!file) {
        return false;
    }
    const bool written = std::fprintf(file, "%d\n", static_cast<int>(pid)) > 0;
    return std::fclose(file) == 0 && written && std::rename(temporary.c_str(), path.c_str()) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool hasPidFile = argc == 3 && std::string_view(argv[1]) == "--grandchild-pid-file";
    if (argc != 1 && !hasPidFile) {
        std::fprintf(stderr, "usage: tc_ignorestop [--grandchild-pid-file PATH]\n");
        return 2;
    }
    std::signal(SIGTERM, SIG_IGN); // the grandchild inherits both
    std::signal(SIGINT, SIG_IGN);
    const pid_t grandchild = ::fork(); // before any ZeroMQ thread exists
    if (grandchild == 0) {
        for (;;) {
            ::pause();
        }
    }
    if (grandchild < 0 || (hasPidFile && !writePidFile(argv[2], grandchild))) {
        std::perror("tc_ignorestop: cannot fork or write the pid file");
        return 1;
    }
    try { // the SDK would answer stop itself: keep it off the control socket, bind a ROUTER
        zlauncher::Settings settings = zlauncher::Settings::fromEnvironment();
        const std::string controlEndpoint = settings.controlEndpoint;
        settings.controlEndpoint.clear();
        zlauncher::Client client(settings);
        zmq::socket_t control(client.context(), zmq::socket_type::router);
        if (!controlEndpoint.empty()) {
            control.bind(controlEndpoint);
        }
        std::vector<zmq::pollitem_t> items{{control.handle(), 0, ZMQ_POLLIN, 0}};
        unsigned long ignored = 0;
        for (auto nextBeat = steady_clock::now();;) {
            if (steady_clock::now() >= nextBeat) {
                client.beat("ignoring stop, " + std::to_string(ignored) + " requests ignored");
                nextBeat = std::max(nextBeat + client.interval(), steady_clock::now());
            }
            const auto wait = std::max(ceil<milliseconds>(nextBeat - steady_clock::now()), 0ms);
            [[maybe_unused]] const auto command = client.pollControl(wait, items);
            std::vector<zmq::message_t> request; // identity, empty delimiter, request
            if ((items[0].revents & ZMQ_POLLIN)
                && zmq::recv_multipart(control, std::back_inserter(request),
                                       zmq::recv_flags::dontwait)) {
                std::fprintf(stderr, "tc_ignorestop: ignoring a control request\n");
                ++ignored;
            }
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tc_ignorestop: %s\n", error.what());
        return 1;
    }
}
