// tc_beater: a well-behaved SDK client. Beats every ZLAUNCHER_INTERVAL_MS with status
// "beat <n>" (or --status TEXT), exits 0 on "stop" or SIGTERM/SIGINT, or on its own after
// --exit-after-ms N with --exit-code C (default 0).
#include <zlauncher/client.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace {

std::optional<long> toNumber(const char *text)
{
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0') {
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace std::chrono;
    std::optional<long> exitAfterMs;
    long exitCode = 0;
    std::string status;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const auto number = toNumber(argv[i + 1]);
        if (option == "--exit-after-ms" && number) {
            exitAfterMs = number;
        } else if (option == "--exit-code" && number) {
            exitCode = *number;
        } else if (option == "--status") {
            status = argv[i + 1];
        } else {
            std::fprintf(stderr, "tc_beater: bad option %s %s\n", argv[i], argv[i + 1]);
            return 2;
        }
    }
    if (argc % 2 == 0) {
        std::fprintf(stderr, "usage: tc_beater [--exit-after-ms N [--exit-code C]] [--status T]\n");
        return 2;
    }
    try {
        zlauncher::Client::installStopSignalHandlers();
        zlauncher::Client client;
        const auto start = steady_clock::now();
        const auto exitAt = start + milliseconds(exitAfterMs.value_or(0));
        auto nextBeat = start;
        for (;;) {
            const auto now = steady_clock::now();
            if (exitAfterMs && now >= exitAt) {
                std::fprintf(stderr, "tc_beater: exiting on my own with code %ld\n", exitCode);
                return static_cast<int>(exitCode);
            }
            if (now >= nextBeat) {
                client.beat(status.empty() ? "beat " + std::to_string(client.beatCount()) : status);
                nextBeat = std::max(nextBeat + client.interval(), now);
            }
            const auto until = exitAfterMs ? std::min(nextBeat, exitAt) : nextBeat;
            const auto wait = ceil<milliseconds>(until - steady_clock::now());
            if (client.pollControl(std::max(wait, 0ms)) == zlauncher::Command::Stop) {
                std::fprintf(stderr, "tc_beater: stopping\n");
                return 0;
            }
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tc_beater: %s\n", error.what());
        return 1;
    }
}
