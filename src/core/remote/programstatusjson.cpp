#include "core/remote/programstatusjson.h"

#include "core/config/programstore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject exitJson(const ExitStatus &status)
{
    QJsonObject exit;
    if (status.code) {
        exit.insert(u"code"_s, *status.code);
    }
    if (status.signal) {
        exit.insert(u"signal"_s, *status.signal);
    }
    return exit;
}

/// probing: the probes of an instance run now; once it stops, their last verdict is not its
/// health any more.
QJsonObject probeJson(const ProbeSpec &probe, const ProbeStatus &status, qint64 now, bool probing)
{
    QJsonObject json{{u"probe"_s, probe.describe()},
                     {u"consecutiveFailures"_s, status.consecutiveFailures},
                     {u"checks"_s, static_cast<qint64>(status.checks)},
                     {u"skipped"_s, static_cast<qint64>(status.skipped)}};
    // Absent until a verdict: neither passing nor failing yet.
    if (probing && status.passing) {
        json.insert(u"passing"_s, *status.passing);
    }
    if (status.lastCheckAtMs >= 0) {
        json.insert(u"lastResult"_s, status.lastResult);
        json.insert(u"lastPassed"_s, status.lastPassed);
        json.insert(u"lastCheckAgeMs"_s, now - status.lastCheckAtMs);
    }
    return json;
}

QString tailName(StderrTail tail)
{
    switch (tail) {
    case StderrTail::Pending:
        return u"pending"_s;
    case StderrTail::NotCaptured:
        return u"notCaptured"_s;
    case StderrTail::Received:
        break;
    }
    return u"received"_s;
}

QJsonArray deathsJson(const QList<DeathRecord> &deaths)
{
    QJsonArray array;
    for (const DeathRecord &death : deaths) {
        QJsonObject record{
                {u"time"_s, death.time.toString(Qt::ISODateWithMs)},
                {u"stopRequested"_s, death.stopRequested},
                {u"lastStderrLines"_s, QJsonArray::fromStringList(death.lastStderrLines)}};
        if (death.pid > 0) {
            record.insert(u"pid"_s, death.pid);
        }
        if (death.uptimeMs >= 0) {
            record.insert(u"uptimeMs"_s, death.uptimeMs);
        }
        const QJsonObject exit = exitJson(death.status);
        for (auto it = exit.constBegin(); it != exit.constEnd(); ++it) {
            record.insert(it.key(), it.value());
        }
        if (death.unwatched) {
            record.insert(u"unwatched"_s, true);
        }
        record.insert(u"stderrTail"_s, tailName(death.tail));
        array.append(record);
    }
    return array;
}

} // namespace

namespace ProgramStatusJson {

namespace {

/// The fields every program object has.
QJsonObject baseFields(const ProgramSpec &spec, const ProgramSpec &command,
                       const ProgramSnapshot &snapshot, qint64 now)
{
    const bool live = hasLiveInstance(snapshot.state);
    return {
            {u"name"_s, spec.name},
            {u"state"_s, stateName(snapshot.state)},
            {u"pid"_s, live ? snapshot.pid : 0},
            {u"adopted"_s, snapshot.adopted},
            {u"uptimeMs"_s, live && snapshot.startedAtMs >= 0 ? now - snapshot.startedAtMs : -1},
            {u"heartbeatAgeMs"_s,
             live && snapshot.lastHeartbeatAtMs >= 0 ? now - snapshot.lastHeartbeatAtMs : -1},
            {u"heartbeats"_s, static_cast<qint64>(snapshot.heartbeatCount)},
            {u"sequence"_s, QString::number(snapshot.lastSequence)},
            {u"restarts"_s, snapshot.restartCount},
            {u"status"_s, snapshot.statusText},
            {u"kind"_s, toString(spec.kind)},
            {u"program"_s, command.program},
            {u"arguments"_s, QJsonArray::fromStringList(command.arguments)},
            {u"logFile"_s, snapshot.logFile},
            {u"waitingFor"_s, QJsonArray::fromStringList(snapshot.waitingFor)},
            {u"waitingReasons"_s, QJsonArray::fromStringList(snapshot.waitingReasons)},
            {u"waitingBlocked"_s, snapshot.waitingBlocked},
            {u"reason"_s, snapshot.reason},
            {u"countdownMs"_s,
             snapshot.countdownToMs >= 0 ? std::max<qint64>(0, snapshot.countdownToMs - now) : -1},
    };
}

/// What its live instance has: a watchdog, CPU and memory (over its cgroup or its process
/// group), its probes' verdicts.
void addInstanceFields(QJsonObject *json, const ProgramSpec &spec, const ProgramSnapshot &snapshot,
                       qint64 now, const std::optional<ResourceUsage> &usage)
{
    const bool live = hasLiveInstance(snapshot.state);
    if (live && snapshot.watchdogMs > 0) {
        json->insert(u"watchdogMs"_s, snapshot.watchdogMs);
    }
    if (usage && live) {
        json->insert(u"cpu"_s, usage->cpuPercent);
        json->insert(u"memory"_s, usage->residentBytes);
        json->insert(u"processes"_s, usage->processes);
    }
    for (const ProbeRole role : allProbeRoles) {
        if (spec.probe(role)) {
            json->insert(
                    probeKey(role),
                    probeJson(*spec.probe(role),
                              role == ProbeRole::Readiness ? snapshot.readiness : snapshot.liveness,
                              now,
                              snapshot.state == ProgramState::Starting
                                      || snapshot.state == ProgramState::Running));
        }
    }
}

} // namespace

QJsonObject toJson(const ProgramSpec &spec, const ProgramSnapshot &snapshot, qint64 now,
                   const std::optional<ResourceUsage> &usage, bool withDetails,
                   const Launch &launch)
{
    QJsonObject json = baseFields(spec, launch.expanded ? *launch.expanded : spec, snapshot, now);
    // A replica says what it is one of, so that a script can group the rows.
    if (!spec.replicaOf.isEmpty()) {
        json.insert(u"replicaOf"_s, spec.replicaOf);
        json.insert(u"replicaIndex"_s, spec.replicaIndex);
    }
    if (!launch.error.isEmpty()) {
        json.insert(u"expansionError"_s, launch.error);
    }
    addInstanceFields(&json, spec, snapshot, now, usage);
    if (snapshot.lastExit) {
        json.insert(u"lastExit"_s, exitJson(*snapshot.lastExit));
    }
    if (snapshot.lastPingAtMs >= 0) {
        json.insert(u"lastPing"_s,
                    QJsonObject{{u"roundTripUs"_s, snapshot.lastPingRoundTripUs},
                                {u"result"_s, snapshot.lastPingResult},
                                {u"ageMs"_s, now - snapshot.lastPingAtMs}});
    }
    if (withDetails) {
        json.insert(u"spec"_s, ProgramStore::toJson(spec));
        json.insert(u"deaths"_s, deathsJson(snapshot.deaths));
    }
    return json;
}

ProgramSnapshot toSnapshot(const QJsonObject &json, qint64 now)
{
    // An age of -1 (unknown) stays a time of -1.
    const auto since = [&](const QString &key) {
        const qint64 age = json.value(key).toInteger(-1);
        return age >= 0 ? now - age : -1;
    };
    ProgramSnapshot snapshot;
    snapshot.state = programStateFromName(json.value(u"state"_s).toString())
                             .value_or(ProgramState::Stopped);
    snapshot.pid = json.value(u"pid"_s).toInteger();
    snapshot.adopted = json.value(u"adopted"_s).toBool();
    snapshot.startedAtMs = since(u"uptimeMs"_s);
    snapshot.lastHeartbeatAtMs = since(u"heartbeatAgeMs"_s);
    snapshot.heartbeatCount = static_cast<quint64>(json.value(u"heartbeats"_s).toInteger());
    snapshot.lastSequence = json.value(u"sequence"_s).toString().toULongLong();
    snapshot.restartCount = json.value(u"restarts"_s).toInt();
    snapshot.statusText = json.value(u"status"_s).toString();
    snapshot.logFile = json.value(u"logFile"_s).toString();
    snapshot.reason = json.value(u"reason"_s).toString();
    const qint64 countdown = json.value(u"countdownMs"_s).toInteger(-1);
    snapshot.countdownToMs = countdown >= 0 ? now + countdown : -1;
    snapshot.watchdogMs = json.value(u"watchdogMs"_s).toInt();
    const auto strings = [&](const QString &key) {
        QStringList list;
        for (const QJsonValue &value : json.value(key).toArray()) {
            list.append(value.toString());
        }
        return list;
    };
    snapshot.waitingFor = strings(u"waitingFor"_s);
    snapshot.waitingReasons = strings(u"waitingReasons"_s);
    snapshot.waitingBlocked = json.value(u"waitingBlocked"_s).toBool();
    if (const QJsonValue exit = json.value(u"lastExit"_s); exit.isObject()) {
        ExitStatus status;
        if (const QJsonValue code = exit[u"code"]; code.isDouble()) {
            status.code = code.toInt();
        }
        if (const QJsonValue signal = exit[u"signal"]; signal.isDouble()) {
            status.signal = signal.toInt();
        }
        snapshot.lastExit = status;
    }
    if (const QJsonValue ping = json.value(u"lastPing"_s); ping.isObject()) {
        snapshot.lastPingRoundTripUs = ping[u"roundTripUs"].toInteger(-1);
        snapshot.lastPingResult = ping[u"result"].toString();
        const qint64 age = ping[u"ageMs"].toInteger(-1);
        snapshot.lastPingAtMs = age >= 0 ? now - age : -1;
    }
    return snapshot;
}

QList<DeathRecord> toDeaths(const QJsonArray &json)
{
    QList<DeathRecord> deaths;
    for (const QJsonValue &value : json) {
        const QJsonObject record = value.toObject();
        DeathRecord death;
        death.time = QDateTime::fromString(record.value(u"time"_s).toString(), Qt::ISODateWithMs);
        death.pid = record.value(u"pid"_s).toInteger();
        death.uptimeMs = record.value(u"uptimeMs"_s).toInteger(-1);
        if (const QJsonValue code = record.value(u"code"_s); code.isDouble()) {
            death.status.code = code.toInt();
        }
        if (const QJsonValue signal = record.value(u"signal"_s); signal.isDouble()) {
            death.status.signal = signal.toInt();
        }
        death.stopRequested = record.value(u"stopRequested"_s).toBool();
        death.unwatched = record.value(u"unwatched"_s).toBool();
        for (const QJsonValue &line : record.value(u"lastStderrLines"_s).toArray()) {
            death.lastStderrLines.append(line.toString());
        }
        // An agent older than "stderrTail" sends the lines it has: final, as far as it says.
        const QString tail = record.value(u"stderrTail"_s).toString();
        death.tail = tail == u"pending"  ? StderrTail::Pending
                : tail == u"notCaptured" ? StderrTail::NotCaptured
                                         : StderrTail::Received;
        deaths.append(death);
    }
    return deaths;
}

std::optional<ResourceUsage> toUsage(const QJsonObject &json)
{
    if (!json.contains(u"cpu"_s)) {
        return std::nullopt;
    }
    return ResourceUsage{json.value(u"cpu"_s).toDouble(), json.value(u"memory"_s).toInteger(),
                         json.value(u"processes"_s).toInt()};
}

} // namespace ProgramStatusJson
