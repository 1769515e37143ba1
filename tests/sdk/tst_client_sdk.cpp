// Tests of the client SDK (clients/sdk) against real sockets in a temporary runtime directory:
// the frames it sends, the replies it gives, its signal handling. Qt-free, like the SDK.
#include <zlauncher/client.h>
#include <zlauncher/protocol.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include <pthread.h>
#include <unistd.h>

#include <zmq_addon.hpp>

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using zlauncher::Command;

constexpr auto patience = 5s; // upper bound of every wait on a condition

class TempDir
{
public:
    TempDir()
    {
        char pattern[] = "/tmp/zlsdk-XXXXXX";
        if (::mkdtemp(pattern)) {
            m_path = pattern;
        }
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

std::optional<std::vector<std::string>> receive(zmq::socket_t &socket,
                                                std::chrono::milliseconds timeout = patience)
{
    zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
    if (zmq::poll(&item, 1, timeout) == 0) {
        return std::nullopt;
    }
    std::vector<zmq::message_t> parts;
    if (!zmq::recv_multipart(socket, std::back_inserter(parts))) {
        return std::nullopt;
    }
    std::vector<std::string> frames;
    for (const auto &part : parts) {
        frames.push_back(part.to_string());
    }
    return frames;
}

// The launcher's side of the heartbeat: a bound SUB served by its own thread, as the launcher
// process serves it. (A bound SUB sends its subscription to a new peer only while its owner
// calls into it, so it cannot wait in the thread that constructs the Client.)
class HeartbeatSink
{
public:
    HeartbeatSink(zmq::context_t &context, std::string endpoint)
        : m_thread([this, &context, endpoint] { run(context, endpoint); })
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_bound.has_value(); });
    }
    ~HeartbeatSink()
    {
        m_quit = true;
        m_thread.join();
    }
    bool isBound() const { return m_bound.value_or(false); }

    std::optional<std::vector<std::string>> next()
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, patience, [this] { return !m_messages.empty(); })) {
            return std::nullopt;
        }
        auto frames = std::move(m_messages.front());
        m_messages.pop_front();
        return frames;
    }

private:
    void run(zmq::context_t &context, const std::string &endpoint)
    {
        zmq::socket_t subscriber(context, zmq::socket_type::sub);
        subscriber.set(zmq::sockopt::linger, 0);
        subscriber.set(zmq::sockopt::subscribe, "");
        bool bound = true;
        try {
            subscriber.bind(endpoint);
        } catch (const zmq::error_t &) {
            bound = false;
        }
        {
            std::lock_guard lock(m_mutex);
            m_bound = bound;
        }
        m_changed.notify_all();
        while (bound && !m_quit) {
            if (auto frames = receive(subscriber, 10ms)) {
                std::lock_guard lock(m_mutex);
                m_messages.push_back(std::move(*frames));
                m_changed.notify_all();
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<bool> m_bound;
    std::deque<std::vector<std::string>> m_messages;
    std::atomic<bool> m_quit{false};
    std::thread m_thread; // last: started once everything above exists
};

std::optional<zlauncher::Heartbeat> receiveHeartbeat(HeartbeatSink &sink)
{
    const auto frames = sink.next();
    if (!frames) {
        return std::nullopt;
    }
    const std::vector<std::string_view> views(frames->begin(), frames->end());
    const auto parsed = zlauncher::parseHeartbeat(views);
    if (const auto *heartbeat = std::get_if<zlauncher::Heartbeat>(&parsed)) {
        return *heartbeat;
    }
    return std::nullopt;
}

class ClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(m_dir.path().empty()) << "mkdtemp failed";
        m_sink.emplace(m_context, heartbeatEndpoint());
        ASSERT_TRUE(m_sink->isBound());
    }

    std::string heartbeatEndpoint() const { return "ipc://" + m_dir.path() + "/heartbeat"; }
    std::string controlEndpoint() const { return "ipc://" + m_dir.path() + "/sdktest.ctl"; }

    zlauncher::Settings settings() const
    {
        return {"sdktest", heartbeatEndpoint(), controlEndpoint(), 1000ms, m_dir.path()};
    }

    // One exchange the way the launcher does it: a fresh REQ with LINGER 0. The client
    // answers from pollControl(), whose result lands in *command.
    std::optional<std::string> request(zlauncher::Client &client, const std::string &text,
                                       std::optional<Command> *command)
    {
        zmq::socket_t requester(m_context, zmq::socket_type::req);
        requester.set(zmq::sockopt::linger, 0);
        requester.connect(controlEndpoint());
        if (!requester.send(zmq::buffer(text), zmq::send_flags::dontwait)) {
            return std::nullopt;
        }
        *command = client.pollControl(patience);
        const auto reply = receive(requester);
        if (!reply || reply->size() != 1) {
            return std::nullopt;
        }
        return reply->front();
    }

    TempDir m_dir;
    zmq::context_t m_context;
    std::optional<HeartbeatSink> m_sink;
};

TEST(Protocol, FormatThenParseGivesTheSameHeartbeat)
{
    const zlauncher::Heartbeat withStatus{"client1", 2147483647, 18446744073709551615ULL,
                                          "412 ticks sent"};
    const zlauncher::Heartbeat withoutStatus{"a.b_c-1", 1, 0, std::nullopt};
    for (const auto &sent : {withStatus, withoutStatus}) {
        const auto frames = zlauncher::formatHeartbeat(sent);
        ASSERT_EQ(frames.size(), sent.status ? 5U : 4U);
        EXPECT_EQ(frames[0], "ZLHB1");
        const auto parsed = zlauncher::parseHeartbeat(
                std::vector<std::string_view>(frames.begin(), frames.end()));
        const auto *received = std::get_if<zlauncher::Heartbeat>(&parsed);
        ASSERT_NE(received, nullptr);
        EXPECT_EQ(received->name, sent.name);
        EXPECT_EQ(received->pid, sent.pid);
        EXPECT_EQ(received->sequence, sent.sequence);
        EXPECT_EQ(received->status, sent.status);
    }
}

TEST(Protocol, FormatCutsTheStatusToTheLimit)
{
    const zlauncher::Heartbeat sent{"client1", 42, 7, std::string(300, 'x')};
    const auto frames = zlauncher::formatHeartbeat(sent);
    ASSERT_EQ(frames.size(), 5U);
    EXPECT_EQ(frames[4].size(), zlauncher::maxStatusLength);
}

TEST(Protocol, NonCanonicalNumbersAndLegacyFrames)
{
    using Frames = std::vector<std::string_view>;
    const auto reason = [](const Frames &frames) {
        const auto parsed = zlauncher::parseHeartbeat(frames);
        return std::holds_alternative<zlauncher::RejectReason>(parsed)
                ? zlauncher::toString(std::get<zlauncher::RejectReason>(parsed))
                : "accepted";
    };
    EXPECT_STREQ(reason({"ZLHB1", "c", "0123", "0"}), "bad-pid");
    EXPECT_STREQ(reason({"ZLHB1", "c", "2147483648", "0"}), "bad-pid");
    EXPECT_STREQ(reason({"ZLHB1", "c", "12", "+1"}), "bad-sequence");
    EXPECT_STREQ(reason({"ZLHB2", "c", "12", "1"}), "unknown-version");
    EXPECT_STREQ(reason({"ZLHB1"}), "wrong-frame-count");
    const auto legacy = zlauncher::parseHeartbeat(Frames{"./client1.py"});
    ASSERT_TRUE(std::holds_alternative<zlauncher::LegacyHeartbeat>(legacy));
    EXPECT_EQ(std::get<zlauncher::LegacyHeartbeat>(legacy).token, "./client1.py");
}

TEST_F(ClientTest, FirstBeatArrivesAndSequenceCounts)
{
    zlauncher::Client client(settings());
    ASSERT_TRUE(client.isSupervised());
    // Sent right after construction: only the XPUB's wait for the subscription saves it.
    client.beat("hello");
    auto heartbeat = receiveHeartbeat(*m_sink);
    ASSERT_TRUE(heartbeat) << "the first beat did not arrive";
    EXPECT_EQ(heartbeat->name, "sdktest");
    EXPECT_EQ(heartbeat->pid, ::getpid());
    EXPECT_EQ(heartbeat->sequence, 0U);
    EXPECT_EQ(heartbeat->status, "hello");

    client.beat(); // the current status again
    heartbeat = receiveHeartbeat(*m_sink);
    ASSERT_TRUE(heartbeat);
    EXPECT_EQ(heartbeat->sequence, 1U);
    EXPECT_EQ(heartbeat->status, "hello");

    client.beat(std::string(300, 'y'));
    heartbeat = receiveHeartbeat(*m_sink);
    ASSERT_TRUE(heartbeat);
    EXPECT_EQ(heartbeat->sequence, 2U);
    EXPECT_EQ(heartbeat->status->size(), zlauncher::maxStatusLength);
    EXPECT_EQ(client.beatCount(), 3U);
}

TEST_F(ClientTest, BeatWithoutStatusHasFourFrames)
{
    zlauncher::Client client(settings());
    client.beat();
    const auto frames = m_sink->next();
    ASSERT_TRUE(frames);
    EXPECT_EQ(frames->size(), 4U);
}

TEST_F(ClientTest, StatusIsCutOnACharacterBoundary)
{
    zlauncher::Client client(settings());
    client.beat(std::string(255, 'x') + "\xc3\xa9"); // 257 bytes, 'é' straddles the limit
    const auto heartbeat = receiveHeartbeat(*m_sink);
    ASSERT_TRUE(heartbeat);
    EXPECT_EQ(heartbeat->status, std::string(255, 'x'));
}

TEST_F(ClientTest, AnswersControlRequests)
{
    zlauncher::Client client(settings());
    std::optional<Command> command;
    EXPECT_EQ(request(client, "ping", &command), "pong");
    EXPECT_EQ(command, Command::Ping);

    client.setStatus("412 ticks sent");
    EXPECT_EQ(request(client, "ping", &command), "pong 412 ticks sent");
    EXPECT_EQ(command, Command::Ping);

    EXPECT_EQ(request(client, "bogus", &command), "error unknown-command");
    EXPECT_EQ(command, Command::Unknown);

    EXPECT_EQ(request(client, "stop", &command), "ok");
    EXPECT_EQ(command, Command::Stop);
    EXPECT_FALSE(client.stopRequested()) << "a stop request is not a signal";
}

TEST_F(ClientTest, PollControlTimesOut)
{
    zlauncher::Client client(settings());
    const auto start = Clock::now();
    EXPECT_EQ(client.pollControl(100ms), std::nullopt);
    const auto elapsed = Clock::now() - start;
    EXPECT_GE(elapsed, 95ms);
    EXPECT_LT(elapsed, patience);
}

TEST_F(ClientTest, PollControlReturnsWhenAnExtraItemIsReady)
{
    zlauncher::Client client(settings());
    zmq::socket_t pull(client.context(), zmq::socket_type::pull);
    zmq::socket_t push(client.context(), zmq::socket_type::push);
    pull.bind("inproc://extra");
    push.connect("inproc://extra");
    ASSERT_TRUE(push.send(zmq::str_buffer("data"), zmq::send_flags::dontwait));
    std::vector<zmq::pollitem_t> items{{pull.handle(), 0, ZMQ_POLLIN, 0}};
    const auto start = Clock::now();
    EXPECT_EQ(client.pollControl(patience, items), std::nullopt);
    EXPECT_LT(Clock::now() - start, patience);
    EXPECT_TRUE(items[0].revents & ZMQ_POLLIN);
}

TEST_F(ClientTest, OtherSignalsDoNotEndTheWait)
{
    // A handler without SA_RESTART makes zmq_poll() fail with EINTR; pollControl() must keep
    // waiting instead of throwing.
    struct sigaction action
    { };
    action.sa_handler = [](int) {};
    sigemptyset(&action.sa_mask);
    ASSERT_EQ(::sigaction(SIGUSR1, &action, nullptr), 0);
    zlauncher::Client client(settings());
    const pthread_t waiter = ::pthread_self();
    std::thread interrupter([waiter] {
        std::this_thread::sleep_for(50ms);
        ::pthread_kill(waiter, SIGUSR1);
    });
    const auto start = Clock::now();
    std::optional<Command> command;
    EXPECT_NO_THROW(command = client.pollControl(300ms));
    interrupter.join();
    EXPECT_EQ(command, std::nullopt);
    EXPECT_GE(Clock::now() - start, 295ms);
}

TEST_F(ClientTest, BadSettingsThrowAtConstruction)
{
    auto badName = settings();
    badName.name = "no spaces allowed";
    EXPECT_THROW(zlauncher::Client{badName}, std::runtime_error);

    auto badControl = settings();
    badControl.controlEndpoint = "ipc://" + m_dir.path() + "/missing/dir.ctl";
    try {
        zlauncher::Client client(badControl);
        ADD_FAILURE() << "binding in a missing directory did not throw";
    } catch (const std::runtime_error &error) {
        EXPECT_NE(std::string(error.what()).find(badControl.controlEndpoint), std::string::npos)
                << error.what();
    }
}

TEST(Unsupervised, RunsWithoutEnvironment)
{
    for (const char *name : {zlauncher::env::name, zlauncher::env::heartbeat,
                             zlauncher::env::control, zlauncher::env::intervalMs}) {
        ::unsetenv(name);
    }
    std::optional<zlauncher::Client> client;
    ASSERT_NO_THROW(client.emplace());
    EXPECT_FALSE(client->isSupervised());
    EXPECT_EQ(client->interval(), 1000ms);
    EXPECT_FALSE(client->runtimeDir().empty());
    client->beat("nobody listens");
    EXPECT_EQ(client->beatCount(), 0U);
    const auto start = Clock::now();
    EXPECT_EQ(client->pollControl(50ms), std::nullopt);
    EXPECT_GE(Clock::now() - start, 45ms);
}

TEST(Settings, ReadFromTheEnvironment)
{
    ::setenv(zlauncher::env::name, "client1", 1);
    ::setenv(zlauncher::env::heartbeat, "ipc:///r/heartbeat", 1);
    ::setenv(zlauncher::env::control, "ipc:///r/client1.ctl", 1);
    ::setenv(zlauncher::env::intervalMs, "250", 1);
    ::setenv(zlauncher::env::runtimeDir, "/r", 1);
    const auto settings = zlauncher::Settings::fromEnvironment();
    EXPECT_EQ(settings.name, "client1");
    EXPECT_EQ(settings.heartbeatEndpoint, "ipc:///r/heartbeat");
    EXPECT_EQ(settings.controlEndpoint, "ipc:///r/client1.ctl");
    EXPECT_EQ(settings.interval, 250ms);
    EXPECT_EQ(settings.runtimeDir, "/r");
    for (const char *bad : {"abc", "0", "-5", "12ms"}) {
        ::setenv(zlauncher::env::intervalMs, bad, 1);
        EXPECT_THROW(static_cast<void>(zlauncher::Settings::fromEnvironment()), std::runtime_error)
                << bad;
    }
    for (const char *name :
         {zlauncher::env::name, zlauncher::env::heartbeat, zlauncher::env::control,
          zlauncher::env::intervalMs, zlauncher::env::runtimeDir}) {
        ::unsetenv(name);
    }
}

// The stop flag is process-wide and stays set, so these run in a child process.
bool signalStops(zlauncher::Client &client)
{
    zlauncher::Client::installStopSignalHandlers();
    std::thread killer([] {
        std::this_thread::sleep_for(100ms);
        ::kill(::getpid(), SIGTERM); // any thread may take it: the self-pipe wakes the wait
    });
    const auto start = Clock::now();
    const auto command = client.pollControl(10s);
    killer.join();
    return command == Command::Stop && client.stopRequested() && Clock::now() - start < patience
            && client.pollControl(10s) == Command::Stop;
}

TEST(Signals, SigtermStopsASupervisedClient)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
            {
                bool ok = false;
                {
                    TempDir dir;
                    zmq::context_t context;
                    HeartbeatSink sink(context, "ipc://" + dir.path() + "/heartbeat");
                    zlauncher::Client client({"sdktest", "ipc://" + dir.path() + "/heartbeat",
                                              "ipc://" + dir.path() + "/sdktest.ctl", 1000ms,
                                              dir.path()});
                    ok = signalStops(client);
                }
                std::exit(ok ? 0 : 1);
            },
            ::testing::ExitedWithCode(0), "");
}

TEST(Signals, SigtermStopsAnUnsupervisedWait)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
            {
                zlauncher::Client client(zlauncher::Settings{});
                std::exit(signalStops(client) ? 0 : 1);
            },
            ::testing::ExitedWithCode(0), "");
}

} // namespace
