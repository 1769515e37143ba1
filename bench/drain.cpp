// zlb_drain: the bare libzmq baseline of the heartbeat ingest benchmark. A SUB socket bound like
// the launcher's (ipc, subscribed to everything, default high-water mark) that receives every
// message and does nothing else. On SIGTERM or SIGINT it prints
// "messages COUNT FIRST_NS LAST_NS" (CLOCK_MONOTONIC after the first and the last batch
// read) and exits.
//
//   zlb_drain ENDPOINT [--batch-ms N | --coalesce-ms W]
//
// --batch-ms N: instead of waking up for each message, sleep N ms between two reads of
// everything queued (what a launcher that polls its heartbeat socket on a timer would cost).
// --coalesce-ms W: wake on a message, read everything queued, then hold further reads for W ms
// as long as each read found messages; after a read that found none, block again. The floor of
// a launcher that drains its heartbeats in coalesced batches with the window W.
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <string_view>

#include <zmq.hpp>

namespace {

std::atomic<bool> g_stop{false};

void onStop(int)
{
    g_stop.store(true);
}

std::int64_t monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

int main(int argc, char **argv)
{
    const bool batched = argc == 4 && std::string_view(argv[2]) == "--batch-ms";
    const bool coalesced = argc == 4 && std::string_view(argv[2]) == "--coalesce-ms";
    if (argc != 2 && !batched && !coalesced) {
        std::fprintf(stderr, "usage: zlb_drain ENDPOINT [--batch-ms N | --coalesce-ms W]\n");
        return 2;
    }
    const long batchMs = batched ? std::strtol(argv[3], nullptr, 10) : 0;
    const long windowMs = coalesced ? std::strtol(argv[3], nullptr, 10) : 0;
    bool holding = false; // the last read found messages: wait the window, not for the socket
    struct sigaction action
    { };
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    try {
        zmq::context_t context(1);
        zmq::socket_t socket(context, zmq::socket_type::sub);
        socket.set(zmq::sockopt::linger, 0);
        socket.set(zmq::sockopt::subscribe, "");
        socket.bind(argv[1]);
        std::printf("ready\n");
        std::fflush(stdout);
        std::uint64_t messages = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
        zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
        while (!g_stop.load()) {
            try {
                if (batchMs > 0 || holding) {
                    const long pauseMs = holding ? windowMs : batchMs;
                    const timespec pause{pauseMs / 1000, (pauseMs % 1000) * 1'000'000L};
                    ::nanosleep(&pause, nullptr);
                } else if (zmq::poll(&item, 1, std::chrono::milliseconds(100)) <= 0) {
                    continue;
                }
            } catch (const zmq::error_t &error) {
                if (error.num() == EINTR) {
                    continue;
                }
                throw;
            }
            // Drain everything queued before polling again, as the launcher's notifier does.
            const std::uint64_t before = messages;
            zmq::message_t frame;
            while (socket.recv(frame, zmq::recv_flags::dontwait)) {
                messages += frame.more() ? 0 : 1;
            }
            holding = windowMs > 0 && messages != before;
            if (messages != before) {
                last = monotonicNs();
                if (before == 0) {
                    first = last;
                }
            }
        }
        std::printf("messages %llu %lld %lld\n", static_cast<unsigned long long>(messages),
                    static_cast<long long>(first), static_cast<long long>(last));
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "zlb_drain: %s\n", error.what());
        return 1;
    }
}
