// tc_legacy: a legacy publisher. Connects a PUB to --endpoint E (default ZLAUNCHER_HEARTBEAT)
// and sends the single frame --token T (default ZLAUNCHER_NAME) every --interval-ms N (default
// ZLAUNCHER_INTERVAL_MS, else 1000). No control socket; exits 0 on SIGTERM/SIGINT.
#include <zlauncher/client.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

int main(int argc, char **argv)
{
    try {
        zlauncher::Client::installStopSignalHandlers();
        zlauncher::Settings settings = zlauncher::Settings::fromEnvironment();
        std::string endpoint = settings.heartbeatEndpoint;
        std::string token = settings.name;
        for (int i = 1; i + 1 < argc; i += 2) {
            const std::string_view option = argv[i];
            if (option == "--endpoint") {
                endpoint = argv[i + 1];
            } else if (option == "--token") {
                token = argv[i + 1];
            } else if (option == "--interval-ms" && std::atol(argv[i + 1]) > 0) {
                settings.interval = std::chrono::milliseconds(std::atol(argv[i + 1]));
            } else {
                argc = 0; // usage below
            }
        }
        if (argc % 2 == 0 || endpoint.empty() || token.empty()) {
            std::fprintf(stderr, "usage: tc_legacy [--endpoint E] [--token T] [--interval-ms N]\n");
            return 2;
        }
        settings.name.clear(); // unsupervised: the Client only serves as a signal-aware wait
        zlauncher::Client waiter(settings);
        zmq::socket_t publisher(waiter.context(), zmq::socket_type::pub);
        publisher.set(zmq::sockopt::linger, 100);
        publisher.connect(endpoint);
        std::fprintf(stderr, "tc_legacy: sending \"%s\" to %s\n", token.c_str(), endpoint.c_str());
        do {
            [[maybe_unused]] const auto sent
                    = publisher.send(zmq::buffer(token), zmq::send_flags::dontwait);
        } while (waiter.pollControl(waiter.interval()) != zlauncher::Command::Stop);
        std::fprintf(stderr, "tc_legacy: stopping\n");
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tc_legacy: %s\n", error.what());
        return 1;
    }
}
