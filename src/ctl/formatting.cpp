#include "ctl/formatting.h"

#include "core/model/shellwords.h"

#include "ctl/ctl.h"

#include <algorithm>

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QString notApplicable = u"-"_s;

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

qint64 number(const QJsonObject &object, const QString &key, qint64 fallback = -1)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}

QString stateCell(const QJsonObject &program)
{
    const QJsonArray waitingFor = program.value(u"waitingFor"_s).toArray();
    // Why, when the launcher says (a condition, a failed one-shot); else who.
    if (const QJsonArray reasons = program.value(u"waitingReasons"_s).toArray();
        !waitingFor.isEmpty() && !reasons.isEmpty()) {
        QStringList phrases;
        for (const QJsonValue &reason : reasons) {
            phrases.append(reason.toString());
        }
        return zlauncherctl::tr("waiting (%1)", "why it waits").arg(phrases.join(u"; "_s));
    }
    if (!waitingFor.isEmpty()) {
        return zlauncherctl::tr("waiting (%1)", "waiting for dependencies")
                .arg(nameList(waitingFor));
    }
    const QString state = text(program, u"state"_s);
    const qint64 countdown = number(program, u"countdownMs"_s);
    if (state == u"backoff" && countdown >= 0) {
        return zlauncherctl::tr("backoff (restart in %1)").arg(formatDuration(countdown));
    }
    // Past the countdown the SIGKILL is sent: only the exit is awaited.
    if (state == u"stopping" && countdown > 0) {
        return zlauncherctl::tr("stopping (kill in %1)").arg(formatDuration(countdown));
    }
    return state;
}

QString statusCell(const QJsonObject &program)
{
    const QString state = text(program, u"state"_s);
    const QString reason = text(program, u"reason"_s);
    const QString status = text(program, u"status"_s);
    if ((state == u"failed" || state == u"lost") && !reason.isEmpty()) {
        return status.isEmpty() ? reason : reason + u" | " + status;
    }
    return status;
}

QString exitText(const QJsonObject &lastExit)
{
    if (lastExit.contains(u"code"_s)) {
        return zlauncherctl::tr("code %1", "exit code").arg(number(lastExit, u"code"_s));
    }
    if (lastExit.contains(u"signal"_s)) {
        return zlauncherctl::tr("signal %1", "exit signal").arg(number(lastExit, u"signal"_s));
    }
    return zlauncherctl::tr("unknown", "exit status");
}

/// A value as one line: strings bare, anything else as JSON.
QString compactJson(const QJsonValue &value)
{
    if (value.isString() && !value.toString().isEmpty()) {
        return value.toString();
    }
    // Qt 6.4 serialises documents only: wrap the value in an array, then take the brackets off.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1).chopped(1));
}

/// The program and its arguments as a shell would need them, to copy and paste.
QString commandLine(const QJsonObject &program)
{
    QStringList words{text(program, u"program"_s)};
    for (const QJsonValue &argument : program.value(u"arguments"_s).toArray()) {
        words << argument.toString();
    }
    return ShellWords::join(words);
}

QString pidCell(const QJsonObject &program)
{
    const qint64 pid = number(program, u"pid"_s, 0);
    return pid > 0 ? QString::number(pid) : notApplicable;
}

QString cpuCell(const QJsonObject &program)
{
    return program.contains(u"cpu"_s)
            ? zlauncherctl::tr("%1 %").arg(program.value(u"cpu"_s).toDouble(), 0, 'f', 1)
            : notApplicable;
}

QString memoryCell(const QJsonObject &program)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    return program.contains(u"memory"_s) ? zlauncherctl::tr("%1 MiB").arg(
                   program.value(u"memory"_s).toDouble() / mebibyte, 0, 'f', 1)
                                         : notApplicable;
}

QString durationCell(const QJsonObject &program, const QString &key, bool asAge)
{
    const qint64 ms = number(program, key);
    if (ms < 0) {
        return notApplicable;
    }
    return asAge ? formatAge(ms) : formatDuration(ms);
}

/// "GET http://…/health: passing; last: HTTP 200, 0.4 s ago (12 check(s), 1 skipped)"; empty
/// without such a probe.
QString probeCell(const QJsonObject &program, const QString &key)
{
    const QJsonObject probe = program.value(key).toObject();
    if (probe.isEmpty()) {
        return {};
    }
    const QJsonValue passing = probe.value(u"passing"_s);
    const QString verdict = passing.isBool()
            ? (passing.toBool() ? zlauncherctl::tr("passing")
                                : zlauncherctl::tr("failing (%n in a row)", nullptr,
                                                   int(number(probe, u"consecutiveFailures"_s, 0))))
            // The launcher gives a verdict of a live instance only.
            : text(program, u"state"_s) == u"starting"_s
                    || text(program, u"state"_s) == u"running"_s
            ? zlauncherctl::tr("no verdict yet")
            : zlauncherctl::tr("not checked now");
    QString cell
            = zlauncherctl::tr("%1: %2", "probe: verdict").arg(text(probe, u"probe"_s), verdict);
    if (probe.contains(u"lastResult"_s)) {
        cell += zlauncherctl::tr("; last: %1, %2 ago")
                        .arg(text(probe, u"lastResult"_s),
                             formatDuration(number(probe, u"lastCheckAgeMs"_s, 0)));
    }
    return cell + zlauncherctl::tr(" (%n check(s), ", nullptr, int(number(probe, u"checks"_s, 0)))
            + zlauncherctl::tr("%n skipped)", nullptr, int(number(probe, u"skipped"_s, 0)));
}

/// Lines of "label  value", labels padded to one width; empty values are left out.
QString keyValueBlock(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows) {
        width = std::max(width, label.size());
    }
    QStringList lines;
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty()) {
            lines << label.leftJustified(width + 2) + value;
        }
    }
    return lines.join(u'\n');
}

} // namespace

QString formatDuration(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 s = ms / 1000;
    if (s < 60) {
        return zlauncherctl::tr("%1 s", "duration in seconds")
                .arg(QLocale::c().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    }
    const auto twoDigits = [](qint64 value) { return u"%1"_s.arg(value, 2, 10, QLatin1Char('0')); };
    if (s < 3600) {
        return zlauncherctl::tr("%1m %2s", "minutes, seconds").arg(s / 60).arg(twoDigits(s % 60));
    }
    if (s < 86400) {
        return zlauncherctl::tr("%1h %2m", "hours, minutes")
                .arg(s / 3600)
                .arg(twoDigits(s % 3600 / 60));
    }
    return zlauncherctl::tr("%1d %2h", "days, hours")
            .arg(s / 86400)
            .arg(twoDigits(s % 86400 / 3600));
}

QString formatAge(qint64 ms)
{
    return zlauncherctl::tr("%1 ago", "heartbeat age").arg(formatDuration(ms));
}

QString nameList(const QJsonArray &names)
{
    QStringList list;
    for (const QJsonValue &name : names) {
        list << name.toString();
    }
    return list.isEmpty() ? notApplicable : list.join(u", "_s);
}

QString alignedTable(const QList<QStringList> &rows, const QSet<int> &rightAligned)
{
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < columns; ++column) {
            widths[column] = std::max(widths[column], row.value(column).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < columns; ++column) {
            const QString cell = row.value(column);
            line += column + 1 == columns ? cell
                    : rightAligned.contains(static_cast<int>(column))
                    ? cell.rightJustified(widths[column]) + u"  "
                    : cell.leftJustified(widths[column]) + u"  ";
        }
        // Trailing spaces when the last cell is empty would only bother diff and grep.
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        lines << line;
    }
    return lines.join(u'\n');
}

QString programTable(const QJsonArray &programs)
{
    enum Column { Name, State, Pid, Cpu, Memory, Uptime, Heartbeat, Restarts, Status, ColumnCount };
    QList<QStringList> rows;
    rows << QStringList{zlauncherctl::tr("NAME"),      zlauncherctl::tr("STATE"),
                        zlauncherctl::tr("PID"),       zlauncherctl::tr("CPU"),
                        zlauncherctl::tr("MEMORY"),    zlauncherctl::tr("UPTIME"),
                        zlauncherctl::tr("HEARTBEAT"), zlauncherctl::tr("RESTARTS"),
                        zlauncherctl::tr("STATUS")};
    for (const QJsonValue &value : programs) {
        const QJsonObject program = value.toObject();
        rows << QStringList{text(program, u"name"_s),
                            stateCell(program),
                            pidCell(program),
                            cpuCell(program),
                            memoryCell(program),
                            durationCell(program, u"uptimeMs"_s, false),
                            durationCell(program, u"heartbeatAgeMs"_s, true),
                            QString::number(number(program, u"restarts"_s, 0)),
                            statusCell(program)};
    }
    return alignedTable(rows, {Pid, Cpu, Memory, Restarts});
}

namespace {

QString heartbeatDetail(const QJsonObject &program)
{
    const QString age = durationCell(program, u"heartbeatAgeMs"_s, true);
    const qint64 heartbeats = number(program, u"heartbeats"_s, 0);
    if (heartbeats <= 0) {
        return age;
    }
    return zlauncherctl::tr("%1, %2 received, sequence %3")
            .arg(age)
            .arg(heartbeats)
            .arg(program.value(u"sequence"_s).toVariant().toString());
}

QString pidDetail(const QJsonObject &program)
{
    const QString pid = pidCell(program);
    return program.value(u"adopted"_s).toBool() ? zlauncherctl::tr("%1 (adopted)").arg(pid) : pid;
}

/// The program's settings, a line each, indented under the block.
QString settingLines(const QJsonObject &spec)
{
    QString settings;
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        settings += u"\n  "_s + it.key() + u": " + compactJson(it.value());
    }
    return settings;
}

// The last deaths, crash or stop, each with what it last said on stderr: why it died.
QString deathLines(const QJsonArray &records)
{
    QString deaths;
    constexpr qsizetype shownDeaths = 3;
    for (qsizetype i = std::max<qsizetype>(0, records.size() - shownDeaths); i < records.size();
         ++i) {
        const QJsonObject death = records.at(i).toObject();
        deaths += u"\n  "_s + death.value(u"time"_s).toString() + u"  " + exitText(death)
                + (death.value(u"stopRequested"_s).toBool() ? zlauncherctl::tr(" (stop requested)")
                                                            : QString());
        for (const QJsonValue &line : death.value(u"lastStderrLines"_s).toArray()) {
            deaths += u"\n    | "_s + line.toString();
        }
    }
    return deaths;
}

} // namespace

QString programDetails(const QJsonObject &program)
{
    const qint64 countdown = number(program, u"countdownMs"_s);
    QString result = keyValueBlock({
            {zlauncherctl::tr("name"), text(program, u"name"_s)},
            {zlauncherctl::tr("state"), stateCell(program)},
            {zlauncherctl::tr("reason"), text(program, u"reason"_s)},
            {zlauncherctl::tr("pid"), pidDetail(program)},
            {zlauncherctl::tr("CPU"), cpuCell(program)},
            {zlauncherctl::tr("memory"), memoryCell(program)},
            {zlauncherctl::tr("uptime"), durationCell(program, u"uptimeMs"_s, false)},
            {zlauncherctl::tr("heartbeat"), heartbeatDetail(program)},
            {zlauncherctl::tr("restarts"), QString::number(number(program, u"restarts"_s, 0))},
            {zlauncherctl::tr("last exit"),
             program.contains(u"lastExit"_s) ? exitText(program.value(u"lastExit"_s).toObject())
                                             : notApplicable},
            {zlauncherctl::tr("countdown"), countdown >= 0 ? formatDuration(countdown) : QString()},
            {zlauncherctl::tr("status"), text(program, u"status"_s)},
            {zlauncherctl::tr("kind"), text(program, u"kind"_s)},
            {zlauncherctl::tr("watchdog"),
             program.contains(u"watchdogMs"_s) ? formatDuration(number(program, u"watchdogMs"_s))
                                               : QString()},
            {zlauncherctl::tr("readiness"), probeCell(program, u"readinessProbe"_s)},
            {zlauncherctl::tr("liveness"), probeCell(program, u"livenessProbe"_s)},
            {zlauncherctl::tr("command"), commandLine(program)},
            {zlauncherctl::tr("cannot expand"), text(program, u"expansionError"_s)},
            {zlauncherctl::tr("log file"), text(program, u"logFile"_s)},
    });
    if (const QString deaths = deathLines(program.value(u"deaths"_s).toArray());
        !deaths.isEmpty()) {
        result += u'\n' + zlauncherctl::tr("last deaths:") + deaths;
    }
    if (const QString settings = settingLines(program.value(u"spec"_s).toObject());
        !settings.isEmpty()) {
        result += u'\n' + zlauncherctl::tr("settings:") + settings;
    }
    return result;
}

QString launcherInfo(const QJsonObject &reply)
{
    return keyValueBlock({
            {zlauncherctl::tr("pid"), QString::number(number(reply, u"pid"_s, 0))},
            {zlauncherctl::tr("version"), text(reply, u"version"_s)},
            {zlauncherctl::tr("mode"), text(reply, u"mode"_s)},
            {zlauncherctl::tr("runtime dir"), text(reply, u"runtimeDir"_s)},
            {zlauncherctl::tr("configuration"), text(reply, u"configuration"_s)},
            {zlauncherctl::tr("containment"), text(reply, u"containmentDetail"_s)},
    });
}
