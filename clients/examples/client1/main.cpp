// client1: publishes a tick every 100 ms on ipc://R/<its name>.ticks (DESIGN.md §6) and tells
// how many it sent in its heartbeat status. Runs supervised, or alone as "client1".
#include <zlauncher/client.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>

#include <sys/stat.h>
#include <time.h>

namespace {

using namespace std::chrono;

// CLOCK_MONOTONIC is shared by every process of the machine, so a peer can measure latency.
std::int64_t monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

void advanceDeadline(steady_clock::time_point &deadline, steady_clock::duration period)
{
    deadline = std::max(deadline + period, steady_clock::now());
}

} // namespace

int main()
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    try {
        zlauncher::Client::installStopSignalHandlers();
        zlauncher::Client client;
        const std::string name = client.isSupervised() ? std::string(client.name()) : "client1";
        ::mkdir(client.runtimeDir().c_str(), 0700); // only needed when run alone
        zmq::socket_t ticks(client.context(), zmq::socket_type::pub);
        ticks.set(zmq::sockopt::linger, 0);
        const std::string endpoint = client.channelEndpoint(name, "ticks");
        ticks.bind(endpoint);
        std::printf("%s: started, publishing ticks on %s\n", name.c_str(), endpoint.c_str());

        std::uint64_t sent = 0;
        auto nextTick = steady_clock::now();
        auto nextBeat = nextTick;
        for (;;) {
            if (steady_clock::now() >= nextTick) {
                const std::string tick = std::to_string(sent) + ' ' + std::to_string(monotonicNs());
                if (ticks.send(zmq::buffer(tick), zmq::send_flags::dontwait)) {
                    ++sent;
                }
                advanceDeadline(nextTick, 100ms);
            }
            if (steady_clock::now() >= nextBeat) {
                client.beat(std::to_string(sent) + " ticks sent");
                advanceDeadline(nextBeat, client.interval());
            }
            const auto wait
                    = ceil<milliseconds>(std::min(nextTick, nextBeat) - steady_clock::now());
            if (client.pollControl(std::max(wait, 0ms)) == zlauncher::Command::Stop) {
                break;
            }
        }
        std::printf("%s: stopping after %llu ticks sent\n", name.c_str(),
                    static_cast<unsigned long long>(sent));
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "client1: %s\n", error.what());
        return 1;
    }
}
