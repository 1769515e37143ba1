#include "zlauncher/protocol.h"

#include <charconv>

namespace zlauncher {
namespace {

// Canonical decimal only: digits, no sign, no spaces, no leading zero (except "0" itself), so
// a value has exactly one spelling on the wire.
template<typename Integer>
std::optional<Integer> parseDecimal(std::string_view text)
{
    if (text.empty() || (text.size() > 1 && text.front() == '0')) {
        return std::nullopt;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    Integer value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

ParsedHeartbeat parseMultipart(const std::string_view *frames, std::size_t count)
{
    if (frames[0] != heartbeatTopic) {
        return frames[0].substr(0, 4) == "ZLHB" ? RejectReason::UnknownVersion
                                                : RejectReason::NotAHeartbeat;
    }
    if (count != 4 && count != 5) {
        return RejectReason::WrongFrameCount;
    }
    if (!isValidProgramName(frames[1])) {
        return RejectReason::BadName;
    }
    const auto pid = parseDecimal<std::int64_t>(frames[2]);
    // pid_t is a signed 32-bit value on Linux.
    if (!pid || *pid <= 0 || *pid > 0x7fffffff) {
        return RejectReason::BadPid;
    }
    const auto sequence = parseDecimal<std::uint64_t>(frames[3]);
    if (!sequence) {
        return RejectReason::BadSequence;
    }
    Heartbeat heartbeat{std::string(frames[1]), *pid, *sequence, std::nullopt};
    if (count == 5) {
        if (frames[4].size() > maxStatusLength) {
            return RejectReason::StatusTooLong;
        }
        heartbeat.status = std::string(frames[4]);
    }
    return heartbeat;
}

} // namespace

ParsedHeartbeat parseHeartbeat(const std::string_view *frames, std::size_t count)
{
    if (count == 0) {
        return RejectReason::EmptyMessage;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (frames[i].size() > maxFrameSize) {
            return RejectReason::FrameTooLong;
        }
    }
    if (count == 1) {
        if (frames[0].empty()) {
            return RejectReason::EmptyMessage;
        }
        if (frames[0] == heartbeatTopic) {
            return RejectReason::WrongFrameCount;
        }
        return LegacyHeartbeat{std::string(frames[0])};
    }
    return parseMultipart(frames, count);
}

ParsedHeartbeat parseHeartbeat(const std::vector<std::string_view> &frames)
{
    return parseHeartbeat(frames.data(), frames.size());
}

std::vector<std::string> formatHeartbeat(const Heartbeat &heartbeat)
{
    std::vector<std::string> frames{std::string(heartbeatTopic), heartbeat.name,
                                    std::to_string(heartbeat.pid),
                                    std::to_string(heartbeat.sequence)};
    if (heartbeat.status) {
        frames.push_back(heartbeat.status->substr(0, maxStatusLength));
    }
    return frames;
}

bool isValidProgramName(std::string_view name)
{
    if (name.empty() || name.size() > maxNameLength) {
        return false;
    }
    for (char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

const char *toString(RejectReason reason)
{
    switch (reason) {
    case RejectReason::EmptyMessage:
        return "empty-message";
    case RejectReason::WrongFrameCount:
        return "wrong-frame-count";
    case RejectReason::UnknownVersion:
        return "unknown-version";
    case RejectReason::NotAHeartbeat:
        return "not-a-heartbeat";
    case RejectReason::BadName:
        return "bad-name";
    case RejectReason::BadPid:
        return "bad-pid";
    case RejectReason::BadSequence:
        return "bad-sequence";
    case RejectReason::StatusTooLong:
        return "status-too-long";
    case RejectReason::FrameTooLong:
        return "frame-too-long";
    }
    return "unknown";
}

Command parseCommand(std::string_view request)
{
    if (request == stopRequest) {
        return Command::Stop;
    }
    if (request == pingRequest) {
        return Command::Ping;
    }
    return Command::Unknown;
}

std::string formatPong(std::string_view status)
{
    std::string reply = "pong";
    if (!status.empty()) {
        reply += ' ';
        reply += status.substr(0, maxStatusLength);
    }
    return reply;
}

std::optional<std::string> parsePong(std::string_view reply)
{
    if (reply == "pong") {
        return std::string();
    }
    if (reply.substr(0, 5) == "pong ") {
        return std::string(reply.substr(5));
    }
    return std::nullopt;
}

} // namespace zlauncher
