// The zlauncher wire contract (docs/protocol.md), as pure functions over frames: no sockets,
// no Qt. The launcher parses with these very functions, so this header is the reference
// implementation of the contract.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace zlauncher {

/// Frame 0 of every heartbeat: topic and protocol version.
inline constexpr std::string_view heartbeatTopic = "ZLHB1";
inline constexpr std::size_t maxNameLength = 64;
inline constexpr std::size_t maxStatusLength = 256;
/// The largest frame the launcher accepts (its ZMQ_MAXMSGSIZE); larger ones cost the sender
/// its connection.
inline constexpr std::size_t maxFrameSize = 4096;

/// A heartbeat in the multipart ZLHB1 form.
struct Heartbeat
{
    std::string name;
    std::int64_t pid = 0;
    std::uint64_t sequence = 0;
    std::optional<std::string> status;
};

/// A heartbeat in the legacy single-frame form: a program's name or its command as configured.
struct LegacyHeartbeat
{
    std::string token;
};

enum class RejectReason {
    EmptyMessage,
    WrongFrameCount,
    UnknownVersion,
    NotAHeartbeat,
    BadName,
    BadPid,
    BadSequence,
    StatusTooLong,
    FrameTooLong,
};
inline constexpr int rejectReasonCount = 9;

using ParsedHeartbeat = std::variant<Heartbeat, LegacyHeartbeat, RejectReason>;

/// Parses one message given as its frames. Never throws; anything outside the contract comes
/// back as a RejectReason.
[[nodiscard]] ParsedHeartbeat parseHeartbeat(const std::string_view *frames, std::size_t count);
[[nodiscard]] ParsedHeartbeat parseHeartbeat(const std::vector<std::string_view> &frames);

/// The frames of a heartbeat, ready to send as one multipart message.
[[nodiscard]] std::vector<std::string> formatHeartbeat(const Heartbeat &heartbeat);

/// 1 to 64 bytes of [A-Za-z0-9._-].
[[nodiscard]] bool isValidProgramName(std::string_view name);

/// A short stable English identifier for logs and counters ("wrong-frame-count").
[[nodiscard]] const char *toString(RejectReason reason);

/// Control requests (launcher REQ -> program REP) and their replies.
enum class Command { Stop, Ping, Unknown };

inline constexpr std::string_view stopRequest = "stop";
inline constexpr std::string_view pingRequest = "ping";
inline constexpr std::string_view stopReply = "ok";
inline constexpr std::string_view unknownCommandReply = "error unknown-command";

[[nodiscard]] Command parseCommand(std::string_view request);
/// "pong", or "pong <status>" when a status is given.
[[nodiscard]] std::string formatPong(std::string_view status = {});
/// The status carried by a ping reply, or nullopt when the reply is not a pong.
[[nodiscard]] std::optional<std::string> parsePong(std::string_view reply);

/// Names of the environment variables the launcher gives every program.
namespace env {
inline constexpr const char *name = "ZLAUNCHER_NAME";
inline constexpr const char *heartbeat = "ZLAUNCHER_HEARTBEAT";
inline constexpr const char *control = "ZLAUNCHER_CONTROL";
inline constexpr const char *intervalMs = "ZLAUNCHER_INTERVAL_MS";
inline constexpr const char *runtimeDir = "ZLAUNCHER_RUNTIME_DIR";
/// A token unique to each launch; the launcher finds its instances by it after a crash.
inline constexpr const char *instance = "ZLAUNCHER_INSTANCE";
/// A replica's index (0 to N-1) in a program with "instances": N; absent otherwise.
inline constexpr const char *instanceIndex = "ZLAUNCHER_INSTANCE_INDEX";
} // namespace env

} // namespace zlauncher
