#include "ctl/hosts.h"

#include "ctl/ctl.h"
#include "ctl/formatting.h"
#include "ctl/invocation.h"
#include "ctl/keys.h"

#include "core/remote/controlclient.h"
#include "core/remote/curvekeys.h"
#include "core/remote/hostlist.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A host that takes longer than this to answer `info` is as good as unreachable for a list;
// --timeout says otherwise.
constexpr int defaultHostTimeoutMs = 2000;

struct HostState
{
    QString state; ///< "reachable", "unreachable", "refused", "no launcher"
    double roundTripMs = -1;
    QString detail;
};

HostState probe(const ControlClient::Result &result, const QElapsedTimer &timer)
{
    HostState state;
    switch (result.outcome) {
    case ControlClient::Outcome::Replied:
        state.state = u"reachable"_s;
        state.roundTripMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        break;
    case ControlClient::Outcome::Refused:
        state.state = u"refused"_s;
        break;
    case ControlClient::Outcome::NoLauncher:
        state.state = u"no launcher"_s;
        break;
    case ControlClient::Outcome::Timeout:
    case ControlClient::Outcome::BadReply:
        state.state = u"unreachable"_s;
        break;
    }
    state.detail = result.outcome == ControlClient::Outcome::Replied ? QString() : result.error;
    return state;
}

int listHosts(const Invocation &invocation, const QList<RemoteHost> &hosts)
{
    const QJsonObject info{{u"command"_s, u"info"_s}};
    const int hostTimeoutMs = invocation.timeoutMs.value_or(defaultHostTimeoutMs);
    QJsonArray rows;
    QElapsedTimer timer;
    timer.start();
    HostState local
            = probe(ControlClient::request(invocation.runtimeDir, info, hostTimeoutMs), timer);
    if (local.state == u"reachable") {
        local.state = u"running"_s;
    }
    rows.append(QJsonObject{
            {u"name"_s, u"local"_s},
            {u"endpoint"_s, QString(u"ipc://"_s + invocation.runtimeDir + u"/control"_s)},
            {u"state"_s, local.state},
            {u"roundTripMs"_s, local.roundTripMs},
            {u"detail"_s, local.detail}});
    QString error;
    Invocation asHost = invocation;
    for (const RemoteHost &host : hosts) {
        asHost.connect = host.endpoint;
        asHost.serverKey = QString::fromLatin1(host.serverKey);
        const std::optional<ControlClient::Remote> agent = remoteAgent(asHost, &error);
        if (!agent) {
            printError(error);
            return ExitFailed;
        }
        timer.restart();
        const HostState state = probe(ControlClient::request(*agent, info, hostTimeoutMs), timer);
        rows.append(QJsonObject{{u"name"_s, host.name},
                                {u"endpoint"_s, host.endpoint},
                                {u"state"_s, state.state},
                                {u"roundTripMs"_s, state.roundTripMs},
                                {u"detail"_s, state.detail}});
    }
    if (invocation.json) {
        printRaw(QJsonDocument(QJsonObject{{u"hosts"_s, rows}}).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    QList<QStringList> table{{zlauncherctl::tr("HOST"), zlauncherctl::tr("ENDPOINT"),
                              zlauncherctl::tr("STATE"), zlauncherctl::tr("ROUND TRIP")}};
    for (const QJsonValue &row : std::as_const(rows)) {
        const double ms = row[u"roundTripMs"].toDouble();
        table.append({row[u"name"].toString(), row[u"endpoint"].toString(),
                      row[u"state"].toString(),
                      ms < 0 ? u"-"_s : zlauncherctl::tr("%1 ms").arg(ms, 0, 'f', 1)});
    }
    printLine(alignedTable(table));
    return ExitSuccess;
}

} // namespace

int manageHosts(const Invocation &invocation)
{
    const QString path = HostList::defaultPath();
    QString error;
    std::optional<QList<RemoteHost>> hosts = HostList::read(path, &error);
    if (!hosts) {
        printError(error);
        return ExitFailed;
    }
    const QString action = invocation.arguments.value(0);
    if (action.isEmpty()) {
        return listHosts(invocation, *hosts);
    }
    if (action == u"add" && invocation.arguments.size() == 4) {
        std::optional<QByteArray> key
                = CurveKeys::readPublicKey(invocation.arguments.at(3), &error);
        const RemoteHost host{invocation.arguments.at(1), invocation.arguments.at(2),
                              key.value_or(invocation.arguments.at(3).toLatin1())};
        if (const QString why = HostList::problem(host, *hosts); !why.isEmpty()) {
            printError(why);
            return ExitFailed;
        }
        hosts->append(host);
    } else if (action == u"remove" && invocation.arguments.size() == 2) {
        const qsizetype removed = hosts->removeIf([&invocation](const RemoteHost &host) {
            return host.name == invocation.arguments.at(1);
        });
        if (removed == 0) {
            printError(zlauncherctl::tr("there is no host named %1 in %2")
                               .arg(invocation.arguments.at(1), path));
            return ExitFailed;
        }
    } else {
        printError(zlauncherctl::tr("hosts: use `hosts`, `hosts add NAME tcp://HOST:PORT KEY` "
                                    "or `hosts remove NAME`"));
        return ExitUsage;
    }
    if (!HostList::write(path, *hosts, &error)) {
        printError(error);
        return ExitFailed;
    }
    printLine(
            action == u"add"
                    ? zlauncherctl::tr("Added %1 to %2").arg(invocation.arguments.at(1), path)
                    : zlauncherctl::tr("Removed %1 from %2").arg(invocation.arguments.at(1), path));
    return ExitSuccess;
}

bool resolveHost(Invocation *invocation, QString *error)
{
    const QString path = HostList::defaultPath();
    const std::optional<QList<RemoteHost>> hosts = HostList::read(path, error);
    if (!hosts) {
        return false;
    }
    const RemoteHost *host = HostList::find(*hosts, invocation->host);
    if (!host) {
        *error = zlauncherctl::tr("there is no host named %1 in %2 (add it with `zlauncherctl "
                                  "hosts add %1 tcp://HOST:PORT KEY`)")
                         .arg(invocation->host, path);
        return false;
    }
    invocation->connect = host->endpoint;
    invocation->serverKey = QString::fromLatin1(host->serverKey);
    return true;
}
