// The program's side of the zlauncher contract (docs/protocol.md) as one RAII object: it reads
// the ZLAUNCHER_* environment, publishes heartbeats and answers stop/ping on its control
// socket. Constructors throw on a bad environment or endpoint; every other call returns values.
#pragma once

#include "zlauncher/protocol.h"

#include <zmq.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zlauncher {

/// Where a program meets its launcher. Client() reads it from the environment; tests build it.
struct Settings
{
    /// The program's name; empty means "not supervised": the endpoints are then ignored.
    std::string name;
    /// Endpoint to connect the heartbeat publisher to; empty: no heartbeats.
    std::string heartbeatEndpoint;
    /// Endpoint to bind the control REP to; empty: no control socket.
    std::string controlEndpoint;
    std::chrono::milliseconds interval{1000};
    std::string runtimeDir;

    /// Reads ZLAUNCHER_NAME, _HEARTBEAT, _CONTROL, _INTERVAL_MS and _RUNTIME_DIR. Unset
    /// variables take defaults (interval 1000 ms; runtime dir $XDG_RUNTIME_DIR/zlauncher, else
    /// /tmp/zlauncher-<uid>). Throws std::runtime_error when a variable is set but invalid.
    [[nodiscard]] static Settings fromEnvironment();
};

class Client
{
public:
    /// Same as Client(Settings::fromEnvironment()).
    Client();
    /// Connects the heartbeat publisher (waiting at most min(interval, 200 ms) for the
    /// launcher's subscription, so that the first beat is not dropped) and binds the control
    /// socket. Throws std::runtime_error on an invalid name or interval, or when an endpoint
    /// cannot be connected or bound.
    explicit Client(Settings settings);
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;
    Client(Client &&) = delete;
    Client &operator=(Client &&) = delete;

    [[nodiscard]] bool isSupervised() const { return !m_settings.name.empty(); }
    [[nodiscard]] std::string_view name() const { return m_settings.name; }
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_settings.interval; }
    [[nodiscard]] std::string runtimeDir() const { return m_settings.runtimeDir; }
    /// "ipc://<runtime dir>/<program>.<channel>", where peers meet by convention.
    [[nodiscard]] std::string channelEndpoint(std::string_view program,
                                              std::string_view channel) const;

    /// The status sent in pong replies and in beats that give none.
    void setStatus(std::string status);
    [[nodiscard]] const std::string &status() const { return m_status; }
    /// Number of beats sent so far, which is also the next beat's sequence number.
    [[nodiscard]] std::uint64_t beatCount() const { return m_sequence; }

    /// Sends one heartbeat without blocking (a beat that cannot be queued is dropped). A
    /// non-empty status becomes the current status, as setStatus() does. Does nothing when
    /// not supervised.
    void beat(std::string_view status = {});

    /// Waits up to timeout (negative: forever) for a control request, answers it ("ok", a
    /// pong with the current status, or "error unknown-command") and returns it. Returns
    /// Command::Stop once SIGTERM or SIGINT arrived (see installStopSignalHandlers()), and
    /// nullopt on timeout. When not supervised it just waits for the timeout or a signal.
    [[nodiscard]] std::optional<Command> pollControl(std::chrono::milliseconds timeout);
    /// Same, and also returns (nullopt) as soon as one of items is ready; the revents of
    /// items are always updated, so check them whatever the result.
    [[nodiscard]] std::optional<Command> pollControl(std::chrono::milliseconds timeout,
                                                     std::vector<zmq::pollitem_t> &items);

    /// Makes SIGTERM and SIGINT set a process-wide flag, seen by stopRequested() and
    /// pollControl(), instead of killing the process. Idempotent; call it before blocking.
    static void installStopSignalHandlers();
    [[nodiscard]] bool stopRequested() const;

    /// The context owning the client's sockets, for the program's own sockets.
    [[nodiscard]] zmq::context_t &context() { return m_context; }

private:
    void connectHeartbeat();
    void bindControl();
    void drainSubscriptions();
    std::optional<Command> answerControlRequest();

    Settings m_settings;
    std::string m_status;
    std::uint64_t m_sequence = 0;
    zmq::context_t m_context;
    // Declared after the context so that they are closed before it is terminated.
    std::optional<zmq::socket_t> m_heartbeat;
    std::optional<zmq::socket_t> m_control;
};

} // namespace zlauncher
