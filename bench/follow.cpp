// zlb_follow: the window's follower of another host (RemoteLauncher), alone, telling when things
// reach it.
//
//   zlb_follow --endpoint tcp://H:P --server-key Z85 --client-key FILE
//
// FILE is a client secret key file as `zlauncherctl keygen` writes it. Prints one line per
// change, each led by CLOCK_MONOTONIC in nanoseconds (the clock the bench's own stamps use):
//   <ns> state connecting|synchronised|unreachable
//   <ns> program <name> <state>     name's state changed in the mirror, by an event of the
//                                   stream or by a snapshot that took in the events before it
//                                   (the window's model repaints on the same two signals)
//   <ns> snapshot <seq>             a snapshot replaced the mirror
// and runs until stdin closes or it is killed.
#include "core/remote/curvekeys.h"
#include "core/remote/remotelauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>

#include <chrono>
#include <cstdio>
#include <unistd.h>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

long long monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

const char *stateWord(RemoteLauncher::State state)
{
    switch (state) {
    case RemoteLauncher::State::Connecting:
        return "connecting";
    case RemoteLauncher::State::Synchronised:
        return "synchronised";
    case RemoteLauncher::State::Unreachable:
        return "unreachable";
    }
    return "?";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Follows an agent as the window does, and says when."_s);
    parser.addHelpOption();
    const QCommandLineOption endpoint(u"endpoint"_s, u"The agent's control endpoint."_s,
                                      u"tcp://H:P"_s);
    const QCommandLineOption serverKey(u"server-key"_s, u"The agent's public key (Z85)."_s,
                                       u"key"_s);
    const QCommandLineOption clientKey(u"client-key"_s, u"The client's secret key file."_s,
                                       u"file"_s);
    parser.addOptions({endpoint, serverKey, clientKey});
    parser.process(app);
    QString error;
    const std::optional<CurveKeyPair> keys = CurveKeys::load(parser.value(clientKey), &error);
    if (!keys || !parser.isSet(endpoint) || !parser.isSet(serverKey)) {
        std::fprintf(stderr, "zlb_follow: %s\n",
                     qPrintable(keys ? u"--endpoint and --server-key are needed"_s : error));
        return 2;
    }
    zmq::context_t context;
    RemoteLauncher follower(
            context, {u"bench"_s, parser.value(endpoint), parser.value(serverKey).toLatin1()},
            *keys);
    QObject::connect(&follower, &RemoteLauncher::stateChanged, [](RemoteLauncher::State state) {
        std::printf("%lld state %s\n", monotonicNs(), stateWord(state));
        std::fflush(stdout);
    });
    QHash<QString, QString> shown;
    const auto showState = [&follower, &shown](const QString &name) {
        const QString state = follower.mirror().program(name).value(u"state").toString();
        if (shown.value(name) != state) {
            shown.insert(name, state);
            std::printf("%lld program %s %s\n", monotonicNs(), qPrintable(name), qPrintable(state));
            std::fflush(stdout);
        }
    };
    QObject::connect(&follower, &RemoteLauncher::programChanged, showState);
    QObject::connect(&follower, &RemoteLauncher::programsChanged, [&follower, showState] {
        std::printf("%lld snapshot %llu\n", monotonicNs(),
                    static_cast<unsigned long long>(follower.mirror().lastSeq()));
        std::fflush(stdout);
        for (const QString &name : follower.mirror().names()) {
            showState(name);
        }
    });
    // The bench closes stdin to end it.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            QCoreApplication::quit();
        }
    });
    follower.start();
    return app.exec();
}
