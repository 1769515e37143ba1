#include "zlauncher/client.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <zmq_addon.hpp>

namespace zlauncher {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto maxSubscriptionWait = 200ms;
constexpr int lingerMs = 100;

// Set from the signal handlers. The self-pipe makes the wait in pollControl() wake up even
// when the signal lands just before zmq_poll() starts, which a flag alone cannot do.
std::atomic<bool> g_stopRequested{false};
std::atomic<int> g_wakeWriteFd{-1};
int g_wakeReadFd = -1;
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free,
              "the signal handler needs lock-free atomics");

void onStopSignal(int)
{
    const int savedErrno = errno;
    g_stopRequested.store(true);
    const int fd = g_wakeWriteFd.load();
    if (fd >= 0) {
        // The flag stays set, so one byte is enough; a full pipe already wakes the poll.
        [[maybe_unused]] const ssize_t written = ::write(fd, "s", 1);
    }
    errno = savedErrno;
}

std::string getEnv(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

std::string defaultRuntimeDir()
{
    if (const std::string xdg = getEnv("XDG_RUNTIME_DIR"); !xdg.empty()) {
        return xdg + "/zlauncher";
    }
    return "/tmp/zlauncher-" + std::to_string(::getuid());
}

std::chrono::milliseconds parseInterval(const std::string &text)
{
    long long value = 0;
    const char *end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || last != end || value <= 0) {
        throw std::runtime_error(std::string("zlauncher: ") + env::intervalMs + " \"" + text
                                 + "\" is not a positive number of milliseconds");
    }
    return std::chrono::milliseconds(value);
}

// Cuts at maxStatusLength bytes without splitting a UTF-8 sequence.
std::string_view truncatedStatus(std::string_view status)
{
    if (status.size() <= maxStatusLength) {
        return status;
    }
    std::size_t size = maxStatusLength;
    while (size > 0 && (static_cast<unsigned char>(status[size]) & 0xC0) == 0x80) {
        --size;
    }
    return status.substr(0, size);
}

int toPollTimeout(Clock::time_point deadline, bool forever)
{
    if (forever) {
        return -1;
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
    return static_cast<int>(std::clamp<long long>(left.count(), 0, 1'000'000'000));
}

// The wait when there is nothing to poll (no control socket, no signal pipe); any signal
// cuts it short.
void sleepFor(int timeoutMs)
{
    if (timeoutMs < 0) {
        ::pause();
        return;
    }
    timespec duration{timeoutMs / 1000, (timeoutMs % 1000) * 1'000'000L};
    ::nanosleep(&duration, nullptr);
}

} // namespace

Settings Settings::fromEnvironment()
{
    Settings settings;
    settings.name = getEnv(env::name);
    settings.heartbeatEndpoint = getEnv(env::heartbeat);
    settings.controlEndpoint = getEnv(env::control);
    if (const std::string interval = getEnv(env::intervalMs); !interval.empty()) {
        settings.interval = parseInterval(interval);
    }
    settings.runtimeDir = getEnv(env::runtimeDir);
    if (settings.runtimeDir.empty()) {
        settings.runtimeDir = defaultRuntimeDir();
    }
    return settings;
}

Client::Client()
    : Client(Settings::fromEnvironment())
{ }

Client::Client(Settings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.runtimeDir.empty()) {
        m_settings.runtimeDir = defaultRuntimeDir();
    }
    if (!isSupervised()) {
        return;
    }
    if (!isValidProgramName(m_settings.name)) {
        throw std::runtime_error("zlauncher: program name \"" + m_settings.name
                                 + "\" is invalid: use 1 to 64 characters of [A-Za-z0-9._-]");
    }
    if (m_settings.interval <= 0ms) {
        throw std::runtime_error("zlauncher: the heartbeat interval must be positive");
    }
    connectHeartbeat();
    bindControl();
}

Client::~Client() = default;

void Client::connectHeartbeat()
{
    if (m_settings.heartbeatEndpoint.empty()) {
        return;
    }
    // XPUB rather than PUB: same wire as PUB for the launcher's SUB, but it lets us see the
    // subscription arrive. A PUB drops whatever it sends before that.
    m_heartbeat.emplace(m_context, zmq::socket_type::xpub);
    m_heartbeat->set(zmq::sockopt::linger, lingerMs);
    try {
        m_heartbeat->connect(m_settings.heartbeatEndpoint);
    } catch (const zmq::error_t &error) {
        throw std::runtime_error("zlauncher: cannot connect the heartbeat socket to "
                                 + m_settings.heartbeatEndpoint + ": " + error.what());
    }
    const auto deadline = Clock::now()
            + std::min<std::chrono::milliseconds>(m_settings.interval, maxSubscriptionWait);
    while (!stopRequested()) {
        zmq::pollitem_t item{m_heartbeat->handle(), 0, ZMQ_POLLIN, 0};
        try {
            if (zmq::poll(&item, 1, std::chrono::milliseconds(toPollTimeout(deadline, false)))
                == 0) {
                return; // no launcher listening yet: beats start when it subscribes
            }
            zmq::message_t subscription;
            if (m_heartbeat->recv(subscription, zmq::recv_flags::dontwait)
                && subscription.size() > 0 && subscription.data<char>()[0] == 1) {
                return;
            }
        } catch (const zmq::error_t &error) {
            if (error.num() != EINTR) {
                return;
            }
        }
        if (Clock::now() >= deadline) {
            return;
        }
    }
}

void Client::bindControl()
{
    if (m_settings.controlEndpoint.empty()) {
        return;
    }
    m_control.emplace(m_context, zmq::socket_type::rep);
    m_control->set(zmq::sockopt::linger, lingerMs);
    try {
        m_control->bind(m_settings.controlEndpoint);
    } catch (const zmq::error_t &error) {
        throw std::runtime_error("zlauncher: cannot bind the control socket to "
                                 + m_settings.controlEndpoint + ": " + error.what());
    }
}

std::string Client::channelEndpoint(std::string_view program, std::string_view channel) const
{
    std::string endpoint = "ipc://" + m_settings.runtimeDir + '/';
    endpoint += program;
    endpoint += '.';
    endpoint += channel;
    return endpoint;
}

void Client::setStatus(std::string status)
{
    m_status = std::move(status);
}

void Client::drainSubscriptions()
{
    // Each (re)connection of the launcher queues a subscription message on the XPUB; read
    // them so they never pile up.
    zmq::message_t message;
    while (m_heartbeat->recv(message, zmq::recv_flags::dontwait)) { }
}

void Client::beat(std::string_view status)
{
    if (!m_heartbeat) {
        return;
    }
    if (!status.empty()) {
        m_status = std::string(status);
    }
    Heartbeat heartbeat{m_settings.name, ::getpid(), m_sequence++, std::nullopt};
    if (!m_status.empty()) {
        heartbeat.status = std::string(truncatedStatus(m_status));
    }
    try {
        drainSubscriptions();
        const std::vector<std::string> frames = formatHeartbeat(heartbeat);
        std::vector<zmq::const_buffer> buffers;
        for (const std::string &frame : frames) {
            buffers.push_back(zmq::buffer(frame));
        }
        // Only the first part can meet the high-water mark; the rest of a message follows it.
        [[maybe_unused]] const auto sent
                = zmq::send_multipart(*m_heartbeat, buffers, zmq::send_flags::dontwait);
    } catch (const zmq::error_t &) {
        // A lost beat is what the protocol tolerates; never let it stop the program.
    }
}

std::optional<Command> Client::answerControlRequest()
{
    std::vector<zmq::message_t> request;
    try {
        if (!zmq::recv_multipart(*m_control, std::back_inserter(request),
                                 zmq::recv_flags::dontwait)) {
            return std::nullopt;
        }
    } catch (const zmq::error_t &) {
        return std::nullopt;
    }
    const Command command
            = request.empty() ? Command::Unknown : parseCommand(request.front().to_string_view());
    std::string reply;
    switch (command) {
    case Command::Stop:
        reply = std::string(stopReply);
        break;
    case Command::Ping:
        reply = formatPong(truncatedStatus(m_status));
        break;
    case Command::Unknown:
        reply = std::string(unknownCommandReply);
        break;
    }
    try {
        [[maybe_unused]] const auto sent
                = m_control->send(zmq::buffer(reply), zmq::send_flags::dontwait);
    } catch (const zmq::error_t &) {
        // The requester went away; REP forgets the envelope and takes the next request.
    }
    return command;
}

std::optional<Command> Client::pollControl(std::chrono::milliseconds timeout)
{
    std::vector<zmq::pollitem_t> none;
    return pollControl(timeout, none);
}

std::optional<Command> Client::pollControl(std::chrono::milliseconds timeout,
                                           std::vector<zmq::pollitem_t> &items)
{
    const bool forever = timeout < 0ms;
    const auto deadline = Clock::now() + (forever ? 0ms : timeout);
    std::vector<zmq::pollitem_t> all;
    if (m_control) {
        all.push_back({m_control->handle(), 0, ZMQ_POLLIN, 0});
    }
    if (g_wakeReadFd >= 0) {
        all.push_back({nullptr, g_wakeReadFd, ZMQ_POLLIN, 0});
    }
    const std::size_t firstItem = all.size();
    all.insert(all.end(), items.begin(), items.end());

    for (;;) {
        // Once stopping, only take what is already queued (a pending stop or ping is still
        // answered), then report Stop.
        const int pollTimeout = stopRequested() ? 0 : toPollTimeout(deadline, forever);
        int ready = 0;
        try {
            if (all.empty()) {
                sleepFor(pollTimeout);
            } else {
                ready = zmq::poll(all.data(), all.size(), std::chrono::milliseconds(pollTimeout));
            }
        } catch (const zmq::error_t &error) {
            // EINTR: some signal arrived; the flag check below decides. Anything else cannot
            // happen with our own context; stop waiting rather than spin.
            if (error.num() != EINTR) {
                return std::nullopt;
            }
        }
        if (ready <= 0) {
            for (auto &item : all) {
                item.revents = 0;
            }
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            items[i].revents = all[firstItem + i].revents;
        }
        if (m_control && (all.front().revents & ZMQ_POLLIN)) {
            if (const auto command = answerControlRequest()) {
                return command;
            }
        }
        if (stopRequested()) {
            return Command::Stop;
        }
        const bool itemReady = std::any_of(items.begin(), items.end(),
                                           [](const zmq::pollitem_t &i) { return i.revents != 0; });
        if (itemReady || (!forever && Clock::now() >= deadline)) {
            return std::nullopt;
        }
    }
}

void Client::installStopSignalHandlers()
{
    if (g_wakeReadFd < 0) {
        int fds[2];
        if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
            g_wakeReadFd = fds[0];
            g_wakeWriteFd.store(fds[1]);
        }
    }
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART spares the program's own blocking calls an EINTR; our wait wakes through the
    // pipe either way.
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

bool Client::stopRequested() const
{
    return g_stopRequested.load();
}

} // namespace zlauncher
