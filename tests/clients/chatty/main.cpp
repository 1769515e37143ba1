// tc_chatty: writes numbered lines fast, for the output capture tests. "out <i>" lines go to
// stdout (--lines N, each padded with --pad B bytes), every K-th also as "err <i>" to stderr
// (--stderr-every K); --long-line B first writes one line of B 'x' with no newline until its
// end. Then, per --then: "exit:C" exits with code C (the default, 0), "abort" dies of SIGABRT,
// "tick:MS" writes "tick <j>" to stdout and "tock <j>" to stderr every MS ms until SIGTERM.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace {

std::optional<long> toNumber(std::string_view text)
{
    const std::string copy(text);
    char *end = nullptr;
    const long value = std::strtol(copy.c_str(), &end, 10);
    return !copy.empty() && *end == '\0' && value >= 0 ? std::optional<long>(value) : std::nullopt;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: tc_chatty [--lines N] [--stderr-every K] [--pad B] [--long-line B] "
                 "[--then exit:C|abort|tick:MS]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    long lines = 0, stderrEvery = 0, pad = 0, longLine = 0;
    std::string then = "exit:0";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const auto number = toNumber(argv[i + 1]);
        if (option == "--then") {
            then = argv[i + 1];
        } else if (!number) {
            return usage();
        } else if (option == "--lines") {
            lines = *number;
        } else if (option == "--stderr-every") {
            stderrEvery = *number;
        } else if (option == "--pad") {
            pad = *number;
        } else if (option == "--long-line") {
            longLine = *number;
        } else {
            return usage();
        }
    }
    if (argc % 2 == 0) {
        return usage();
    }
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    if (longLine > 0) {
        const std::string xs(static_cast<size_t>(longLine), 'x');
        std::fwrite(xs.data(), 1, xs.size(), stdout);
        std::fputc('\n', stdout);
    }
    const std::string padding(static_cast<size_t>(pad), '.');
    for (long i = 0; i < lines; ++i) {
        std::fprintf(stdout, "out %ld%s%s\n", i, pad > 0 ? " " : "", padding.c_str());
        if (stderrEvery > 0 && i % stderrEvery == 0) {
            std::fprintf(stderr, "err %ld\n", i);
        }
    }
    std::fflush(stdout);
    if (then == "abort") {
        std::fprintf(stderr, "tc_chatty: aborting\n");
        std::abort();
    }
    if (then.rfind("tick:", 0) == 0) {
        const auto periodMs = toNumber(std::string_view(then).substr(5));
        if (!periodMs) {
            return usage();
        }
        for (long j = 0;; ++j) {
            std::fprintf(stdout, "tick %ld\n", j);
            std::fflush(stdout);
            std::fprintf(stderr, "tock %ld\n", j);
            std::this_thread::sleep_for(std::chrono::milliseconds(*periodMs));
        }
    }
    if (then.rfind("exit:", 0) == 0) {
        const auto code = toNumber(std::string_view(then).substr(5));
        return code ? static_cast<int>(*code) : usage();
    }
    return usage();
}
