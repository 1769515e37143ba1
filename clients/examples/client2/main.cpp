// client2: subscribes to ipc://R/<peer>.ticks (--peer NAME, default client1; DESIGN.md §6),
// counts the ticks and measures their latency, and shows both in its heartbeat status.
#include <zlauncher/client.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <time.h>

using namespace std::chrono;

// CLOCK_MONOTONIC is machine-wide, so client1's send time can be compared with it.
static std::int64_t monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const bool hasPeer = argc == 3 && std::string_view(argv[1]) == "--peer";
    if (argc != 1 && !hasPeer) {
        std::fprintf(stderr, "usage: client2 [--peer NAME]\n");
        return 2;
    }
    try {
        zlauncher::Client::installStopSignalHandlers();
        zlauncher::Client client;
        zmq::socket_t ticks(client.context(), zmq::socket_type::sub);
        ticks.set(zmq::sockopt::linger, 0);
        ticks.set(zmq::sockopt::subscribe, "");
        const std::string endpoint = client.channelEndpoint(hasPeer ? argv[2] : "client1", "ticks");
        ticks.connect(endpoint);
        std::printf("client2: started, receiving ticks from %s\n", endpoint.c_str());

        std::uint64_t received = 0;
        std::int64_t windowCount = 0, windowNs = 0; // ticks since the previous beat
        std::vector<zmq::pollitem_t> items{{ticks.handle(), 0, ZMQ_POLLIN, 0}};
        auto nextBeat = steady_clock::now();
        for (;;) {
            if (steady_clock::now() >= nextBeat) {
                std::string status = std::to_string(received) + " ticks received";
                if (windowCount > 0) {
                    status += ", latency " + std::to_string(windowNs / windowCount / 1000) + " us";
                }
                client.beat(status);
                windowCount = windowNs = 0;
                nextBeat = std::max(nextBeat + client.interval(), steady_clock::now());
            }
            const auto wait = ceil<milliseconds>(nextBeat - steady_clock::now());
            if (client.pollControl(std::max(wait, 0ms), items) == zlauncher::Command::Stop) {
                break;
            }
            zmq::message_t tick;
            while ((items[0].revents & ZMQ_POLLIN) && ticks.recv(tick, zmq::recv_flags::dontwait)) {
                long long counter = 0, sentNs = 0; // "<counter> <send time in ns>"
                if (std::sscanf(tick.to_string().c_str(), "%lld %lld", &counter, &sentNs) == 2) {
                    ++received;
                    ++windowCount;
                    windowNs += monotonicNs() - sentNs;
                }
            }
        }
        std::printf("client2: stopping after %llu ticks received\n",
                    static_cast<unsigned long long>(received));
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "client2: %s\n", error.what());
        return 1;
    }
}
