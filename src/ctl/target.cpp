#include "ctl/target.h"

#include "ctl/invocation.h"
#include "ctl/keys.h"

#include "core/remote/remotelauncher.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr int livenessTimeoutMs = 1000;

} // namespace

ControlClient::Result askLauncher(const Invocation &invocation, const QJsonObject &request,
                                  int timeoutMs)
{
    if (invocation.connect.isEmpty()) {
        return ControlClient::request(invocation.runtimeDir, request, timeoutMs);
    }
    QString error;
    const std::optional<ControlClient::Remote> agent = remoteAgent(invocation, &error);
    if (!agent) {
        ControlClient::Result result;
        result.outcome = ControlClient::Outcome::BadReply;
        result.error = error;
        return result;
    }
    return ControlClient::request(*agent, request, timeoutMs);
}

std::optional<EventSource> eventSource(const Invocation &invocation, ControlClient::Result *failure)
{
    // Proves that a launcher is there before following it, possibly forever.
    const ControlClient::Result info
            = askLauncher(invocation, {{u"command"_s, u"info"_s}}, Invocation::defaultTimeoutMs);
    if (info.outcome != ControlClient::Outcome::Replied) {
        *failure = info;
        return std::nullopt;
    }
    if (invocation.connect.isEmpty()) {
        const QString directory
                = QDir::cleanPath(QFileInfo(invocation.runtimeDir).absoluteFilePath());
        return EventSource{u"ipc://"_s + directory + u"/events"_s, std::nullopt};
    }
    QString error;
    EventSource source{RemoteLauncher::eventsEndpoint(invocation.connect, info.reply),
                       remoteAgent(invocation, &error)};
    if (source.endpoint.isEmpty()) {
        failure->outcome = ControlClient::Outcome::BadReply;
        failure->error = ControlClient::tr("the agent at %1 names no event stream in its info")
                                 .arg(invocation.connect);
        return std::nullopt;
    }
    return source;
}

bool launcherAlive(const Invocation &invocation)
{
    if (invocation.connect.isEmpty()) {
        return ControlClient::launcherPid(invocation.runtimeDir) != 0;
    }
    return askLauncher(invocation, {{u"command"_s, u"info"_s}}, livenessTimeoutMs).outcome
            == ControlClient::Outcome::Replied;
}

QString launcherPlace(const Invocation &invocation)
{
    return invocation.connect.isEmpty() ? invocation.runtimeDir : invocation.connect;
}
