// tc_crashy: waits --after-ms N (default 0), says so on stderr, then exits with --exit-code C
// (default 3), or with --signal abort dies of SIGABRT. With --beat it beats while it waits,
// so that it is seen Running before it dies.
#include <zlauncher/client.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string_view>
#include <thread>

namespace {

std::optional<long> toNumber(const char *text)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    return end != text && *end == '\0' ? std::optional<long>(value) : std::nullopt;
}

void waitBeating(std::chrono::milliseconds duration)
{
    zlauncher::Client client;
    const auto deadline = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < deadline) {
        client.beat("about to crash");
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
        [[maybe_unused]] const auto command = client.pollControl(std::min(left, client.interval()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    long afterMs = 0, exitCode = 3;
    bool abortSignal = false, beat = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view option = argv[i];
        const auto number = i + 1 < argc ? toNumber(argv[i + 1]) : std::nullopt;
        if (option == "--after-ms" && number) {
            afterMs = *number;
            ++i;
        } else if (option == "--exit-code" && number) {
            exitCode = *number;
            ++i;
        } else if (option == "--signal" && i + 1 < argc
                   && std::string_view(argv[i + 1]) == "abort") {
            abortSignal = true;
            ++i;
        } else if (option == "--beat") {
            beat = true;
        } else {
            std::fprintf(stderr,
                         "usage: tc_crashy [--after-ms N] [--exit-code C | --signal abort] "
                         "[--beat]\n");
            return 2;
        }
    }
    try {
        if (beat) {
            waitBeating(std::chrono::milliseconds(afterMs));
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tc_crashy: %s\n", error.what());
    }
    if (abortSignal) {
        std::fprintf(stderr, "tc_crashy: dying with abort()\n");
        std::abort();
    }
    std::fprintf(stderr, "tc_crashy: dying with code %ld\n", exitCode);
    return static_cast<int>(exitCode);
}
