// zlb_probe: the supervised program of every benchmark, the same binary and command line under
// zlauncher and under supervisord (docs/performance.md, "Method").
//
//   zlb_probe --name NAME --stamps FILE [--mode beat|ignorestop] [--beat-file FILE]
//             [--blast-ms N]
//
// - At the very start of main() it appends "start NAME PID NS" to FILE (NS: CLOCK_MONOTONIC in
//   nanoseconds; one write(2) on an O_APPEND file, so lines from many probes never mix).
// - Under zlauncher (ZLAUNCHER_NAME set) it beats every ZLAUNCHER_INTERVAL_MS through the SDK;
//   under supervisord it has no launcher and simply waits the same interval (default 1 s)
//   between wake-ups, as the SDK does when unsupervised.
// - --beat-file: after each beat, the CLOCK_MONOTONIC time of its send is written there (8
//   bytes, native order, at offset 0), so that a benchmark that freezes the probe (SIGSTOP)
//   knows when its last beat left.
// - --mode beat (default): exits 0 on the launcher's "stop" request, on SIGTERM or SIGINT.
//   --mode ignorestop: never answers a stop request and ignores SIGTERM and SIGINT: only
//   SIGKILL ends it.
// - --blast-ms N: on SIGUSR1, sends valid heartbeats (its own name and pid) as fast as it can
//   for N ms on a socket of its own, then appends "blast NAME PID SENT T0 T1" to FILE and
//   goes back to beating. Used by the heartbeat ingest benchmark, against the launcher and
//   against a bare SUB (zlb_drain).
#include <zlauncher/client.h>
#include <zlauncher/protocol.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <zmq_addon.hpp>

using namespace std::chrono;

namespace {

std::int64_t monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

std::atomic<bool> g_blastRequested{false};

void onBlastSignal(int)
{
    g_blastRequested.store(true);
}

struct Options
{
    std::string name;
    std::string stamps;
    std::string beatFile;
    bool ignoreStop = false;
    long blastMs = 0;
};

void appendLine(const std::string &path, const std::string &line)
{
    if (path.empty()) {
        return;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::fprintf(stderr, "zlb_probe: cannot open %s: %s\n", path.c_str(), std::strerror(errno));
        return;
    }
    if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
        std::fprintf(stderr, "zlb_probe: cannot write %s: %s\n", path.c_str(),
                     std::strerror(errno));
    }
    ::close(fd);
}

class BeatFile
{
public:
    explicit BeatFile(const std::string &path)
    {
        if (!path.empty()) {
            m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            if (m_fd < 0) {
                std::fprintf(stderr, "zlb_probe: cannot open %s: %s\n", path.c_str(),
                             std::strerror(errno));
            }
        }
    }
    ~BeatFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    BeatFile(const BeatFile &) = delete;
    BeatFile &operator=(const BeatFile &) = delete;

    void note(std::int64_t ns)
    {
        if (m_fd >= 0) {
            [[maybe_unused]] const ssize_t written = ::pwrite(m_fd, &ns, sizeof ns, 0);
        }
    }

private:
    int m_fd = -1;
};

/// Sends heartbeats of this process as fast as the socket takes them, for durationMs.
void blast(zmq::context_t &context, const Options &options, const std::string &endpoint,
           long durationMs)
{
    zmq::socket_t socket(context, zmq::socket_type::xpub);
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(endpoint);
    // Wait for the subscription, as the SDK does, or the first messages are lost before the
    // receiver even sees them.
    zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
    if (zmq::poll(&item, 1, 1000ms) > 0) {
        zmq::message_t subscription;
        [[maybe_unused]] const auto received = socket.recv(subscription, zmq::recv_flags::dontwait);
    }
    const std::string pid = std::to_string(::getpid());
    const std::string status = "blasting";
    char sequence[24];
    std::uint64_t sent = 0;
    const std::int64_t t0 = monotonicNs();
    const std::int64_t end = t0 + durationMs * 1'000'000;
    std::int64_t now = t0;
    while (now < end) {
        // 256 messages between clock reads keeps the clock out of the figure.
        for (int i = 0; i < 256; ++i) {
            const auto [last, error] = std::to_chars(sequence, sequence + sizeof sequence, sent);
            (void)error;
            const std::size_t sequenceSize = static_cast<std::size_t>(last - sequence);
            if (!socket.send(zmq::buffer(zlauncher::heartbeatTopic),
                             zmq::send_flags::sndmore | zmq::send_flags::dontwait)) {
                continue; // high-water mark: the message is dropped whole
            }
            socket.send(zmq::buffer(options.name), zmq::send_flags::sndmore);
            socket.send(zmq::buffer(pid), zmq::send_flags::sndmore);
            socket.send(zmq::const_buffer(sequence, sequenceSize), zmq::send_flags::sndmore);
            socket.send(zmq::buffer(status), zmq::send_flags::none);
            ++sent;
        }
        now = monotonicNs();
    }
    appendLine(options.stamps,
               "blast " + options.name + ' ' + pid + ' ' + std::to_string(sent) + ' '
                       + std::to_string(t0) + ' ' + std::to_string(now) + '\n');
}

int run(const Options &options)
{
    BeatFile beatFile(options.beatFile);
    zlauncher::Settings settings = zlauncher::Settings::fromEnvironment();
    const std::string controlEndpoint = settings.controlEndpoint;
    if (options.ignoreStop) {
        std::signal(SIGTERM, SIG_IGN);
        std::signal(SIGINT, SIG_IGN);
        settings.controlEndpoint.clear(); // the SDK would answer stop: a ROUTER swallows it
    } else {
        zlauncher::Client::installStopSignalHandlers();
    }
    if (options.blastMs > 0) {
        struct sigaction action
        { };
        action.sa_handler = onBlastSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGUSR1, &action, nullptr);
    }
    const std::string heartbeatEndpoint = settings.heartbeatEndpoint;
    zlauncher::Client client(settings);
    std::vector<zmq::pollitem_t> items;
    std::optional<zmq::socket_t> swallow;
    if (options.ignoreStop && !controlEndpoint.empty()) {
        swallow.emplace(client.context(), zmq::socket_type::router);
        swallow->bind(controlEndpoint);
        items.push_back({swallow->handle(), 0, ZMQ_POLLIN, 0});
    }
    for (auto nextBeat = steady_clock::now();;) {
        if (g_blastRequested.exchange(false) && !heartbeatEndpoint.empty()) {
            blast(client.context(), options, heartbeatEndpoint, options.blastMs);
        }
        if (steady_clock::now() >= nextBeat) {
            client.beat("beat " + std::to_string(client.beatCount()));
            beatFile.note(monotonicNs());
            nextBeat = std::max(nextBeat + client.interval(), steady_clock::now());
        }
        const auto wait = std::max(ceil<milliseconds>(nextBeat - steady_clock::now()), 0ms);
        const auto command = client.pollControl(wait, items);
        if (!options.ignoreStop && command == zlauncher::Command::Stop) {
            return 0;
        }
        if (swallow && (items[0].revents & ZMQ_POLLIN)) {
            std::vector<zmq::message_t> request;
            [[maybe_unused]] const auto received = zmq::recv_multipart(
                    *swallow, std::back_inserter(request), zmq::recv_flags::dontwait);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    const std::int64_t startedNs = monotonicNs();
    Options options;
    if (const char *name = std::getenv("ZLAUNCHER_NAME")) {
        options.name = name;
    }
    for (int i = 1; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (i + 1 >= argc) {
            std::fprintf(stderr, "zlb_probe: %s needs a value\n", argv[i]);
            return 2;
        }
        const char *value = argv[++i];
        if (option == "--name") {
            options.name = value;
        } else if (option == "--stamps") {
            options.stamps = value;
        } else if (option == "--beat-file") {
            options.beatFile = value;
        } else if (option == "--mode"
                   && (std::string_view(value) == "beat"
                       || std::string_view(value) == "ignorestop")) {
            options.ignoreStop = std::string_view(value) == "ignorestop";
        } else if (option == "--blast-ms") {
            options.blastMs = std::strtol(value, nullptr, 10);
        } else {
            std::fprintf(stderr, "zlb_probe: bad option %s %s\n", argv[i - 1], value);
            return 2;
        }
    }
    appendLine(options.stamps,
               "start " + options.name + ' ' + std::to_string(::getpid()) + ' '
                       + std::to_string(startedNs) + '\n');
    try {
        return run(options);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "zlb_probe: %s\n", error.what());
        return 1;
    }
}
