// libFuzzer target for the heartbeat parser (clients/sdk/src/protocol.cpp).
//
// Input encoding: the frames of one message, one after the other, each ended by a backslash
// followed by any byte other than a backslash; "\\" stands for one backslash in a frame. This
// is FuzzedDataProvider::ConsumeRandomLengthString(), so a seed is written by hand:
// "ZLHB1\ client1\ 1234\ 7\ 12 ticks" is a five-frame heartbeat. The input ends the last frame;
// an empty input is a message of no frame at all.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - the outcome is exactly the one docs/protocol.md §3.4 gives, computed here independently;
// - an accepted heartbeat is canonical: formatHeartbeat() gives back the very same frames;
// - every reject reason has its stable name;
// - parsePong(formatPong(s)) gives back s, cut to maxStatusLength.
#include <zlauncher/protocol.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

using namespace zlauncher;

// A message of more frames than this is as wrong as one of 6; no need to go further.
constexpr std::size_t maxFrames = 16;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_heartbeat: property violated: %s\n", what);
    std::abort();
}

void require(bool condition, const char *what)
{
    if (!condition) {
        fail(what);
    }
}

bool isDigits(std::string_view text)
{
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

// "Canonical decimal" from docs/protocol.md §3.2, and at most `max` (itself canonical), by
// comparing digit strings: no arithmetic, so that nothing is shared with the code under test.
bool isCanonicalAtMost(std::string_view text, std::string_view max)
{
    if (text.empty() || !isDigits(text) || (text.size() > 1 && text.front() == '0')) {
        return false;
    }
    return text.size() < max.size() || (text.size() == max.size() && text <= max);
}

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
}

bool isName(std::string_view name)
{
    if (name.empty() || name.size() > 64) {
        return false;
    }
    for (const char c : name) {
        if (!isNameByte(c)) {
            return false;
        }
    }
    return true;
}

enum class Expected { Heartbeat, Legacy, Reject };

struct Outcome
{
    Expected kind;
    RejectReason reason = RejectReason::EmptyMessage;
};

// docs/protocol.md §3.4, step by step.
Outcome expectedOutcome(const std::vector<std::string_view> &frames)
{
    const auto reject = [](RejectReason reason) { return Outcome{Expected::Reject, reason}; };
    if (frames.empty()) {
        return reject(RejectReason::EmptyMessage);
    }
    for (const std::string_view frame : frames) {
        if (frame.size() > 4096) {
            return reject(RejectReason::FrameTooLong);
        }
    }
    if (frames.size() == 1) {
        if (frames[0].empty()) {
            return reject(RejectReason::EmptyMessage);
        }
        if (frames[0] == "ZLHB1") {
            return reject(RejectReason::WrongFrameCount);
        }
        return {Expected::Legacy};
    }
    if (frames[0] != "ZLHB1") {
        return reject(frames[0].size() >= 4 && frames[0].substr(0, 4) == "ZLHB"
                              ? RejectReason::UnknownVersion
                              : RejectReason::NotAHeartbeat);
    }
    if (frames.size() != 4 && frames.size() != 5) {
        return reject(RejectReason::WrongFrameCount);
    }
    if (!isName(frames[1])) {
        return reject(RejectReason::BadName);
    }
    if (!isCanonicalAtMost(frames[2], "2147483647") || frames[2] == "0") {
        return reject(RejectReason::BadPid);
    }
    if (!isCanonicalAtMost(frames[3], "18446744073709551615")) {
        return reject(RejectReason::BadSequence);
    }
    if (frames.size() == 5 && frames[4].size() > 256) {
        return reject(RejectReason::StatusTooLong);
    }
    return {Expected::Heartbeat};
}

void checkHeartbeat(const std::vector<std::string_view> &frames, const Heartbeat &heartbeat)
{
    require(isValidProgramName(heartbeat.name), "accepted name is not valid");
    require(heartbeat.pid > 0 && heartbeat.pid <= 0x7fffffff, "accepted pid out of range");
    require(heartbeat.status.has_value() == (frames.size() == 5), "status present iff 5 frames");
    require(!heartbeat.status || heartbeat.status->size() <= maxStatusLength,
            "accepted status too long");
    const std::vector<std::string> formatted = formatHeartbeat(heartbeat);
    require(formatted.size() == frames.size(), "formatHeartbeat gives another frame count");
    for (std::size_t i = 0; i < frames.size(); ++i) {
        require(formatted[i] == frames[i], "formatHeartbeat gives other bytes (not canonical)");
    }
    const std::vector<std::string_view> views(formatted.begin(), formatted.end());
    const ParsedHeartbeat again = parseHeartbeat(views);
    const auto *reparsed = std::get_if<Heartbeat>(&again);
    require(reparsed != nullptr, "formatted heartbeat is not accepted");
    require(reparsed->name == heartbeat.name && reparsed->pid == heartbeat.pid
                    && reparsed->sequence == heartbeat.sequence
                    && reparsed->status == heartbeat.status,
            "formatted heartbeat parses to another heartbeat");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider provider(data, size);
    std::vector<std::string> storage;
    while (provider.remaining_bytes() > 0 && storage.size() < maxFrames) {
        storage.push_back(provider.ConsumeRandomLengthString(size));
    }
    const std::vector<std::string_view> frames(storage.begin(), storage.end());

    const ParsedHeartbeat parsed = parseHeartbeat(frames);
    const Outcome expected = expectedOutcome(frames);
    if (const auto *heartbeat = std::get_if<Heartbeat>(&parsed)) {
        require(expected.kind == Expected::Heartbeat, "accepted a message §3.4 rejects");
        checkHeartbeat(frames, *heartbeat);
    } else if (const auto *legacy = std::get_if<LegacyHeartbeat>(&parsed)) {
        require(expected.kind == Expected::Legacy, "legacy heartbeat where §3.4 says otherwise");
        require(legacy->token == frames.at(0), "legacy token is not the frame");
    } else {
        const RejectReason reason = std::get<RejectReason>(parsed);
        require(expected.kind == Expected::Reject, "rejected a message §3.4 accepts");
        require(reason == expected.reason, "reject reason differs from §3.4");
        require(std::strcmp(toString(reason), "unknown") != 0, "reject reason has no name");
    }

    for (const std::string_view frame : frames) {
        const auto status = parsePong(formatPong(frame));
        require(status && *status == frame.substr(0, maxStatusLength),
                "parsePong(formatPong(s)) is not s");
    }
    return 0;
}
