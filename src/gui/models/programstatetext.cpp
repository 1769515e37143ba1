#include "gui/models/programstatetext.h"

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "gui/formatting.h"

#include <algorithm>
#include <climits>

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString formatTenths(qint64 ms)
{
    return QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1);
}

// Two significant decimals for the usual sub-10 ms round trip, fewer beyond.
QString formatRoundTrip(qint64 us)
{
    const double ms = static_cast<double>(us) / 1000.0;
    return QLocale().toString(ms, 'f', ms < 10.0 ? 2 : ms < 100.0 ? 1 : 0);
}

} // namespace

// A start asked for, held until the program's dependencies are ready (DESIGN.md §5).
bool ProgramStateText::isWaiting(const ProgramSnapshot &snapshot)
{
    return !snapshot.waitingFor.isEmpty() && !hasLiveInstance(snapshot.state);
}

bool ProgramStateText::isCountingDown(const ProgramSnapshot &snapshot)
{
    return (snapshot.state == ProgramState::Backoff || snapshot.state == ProgramState::Stopping)
            && snapshot.countdownToMs >= 0;
}

QString ProgramStateText::stateText(const ProgramSnapshot &snapshot, qint64 nowMs)
{
    QString text;
    const qint64 left = snapshot.countdownToMs - nowMs;
    // A failed one-shot holds the wait: that is what the user must see, not just a name.
    if (isWaiting(snapshot) && snapshot.waitingBlocked) {
        text = tr("Waiting: %1", "state: why it waits, one reason a dependency")
                       .arg(snapshot.waitingReasons.join(u"; "_s));
    } else if (isWaiting(snapshot)) {
        text = tr("Waiting for %1", "state: the programs it waits for")
                       .arg(snapshot.waitingFor.join(u", "_s));
    } else if (snapshot.state == ProgramState::Backoff && snapshot.countdownToMs >= 0) {
        text = tr("Backoff (restart in %1 s)").arg(formatTenths(std::max<qint64>(left, 0)));
    } else if (snapshot.state == ProgramState::Stopping && snapshot.countdownToMs >= 0
               && left > 0) {
        // Past the countdown the SIGKILL has been sent: only the exit is awaited.
        text = tr("Stopping (kill in %1 s)").arg(formatTenths(left));
    } else if ((snapshot.state == ProgramState::Failed || snapshot.state == ProgramState::Lost)
               && !snapshot.reason.isEmpty()) {
        text = tr("%1: %2", "state: reason").arg(stateLabel(snapshot.state), snapshot.reason);
    } else {
        text = stateLabel(snapshot.state);
    }
    return snapshot.adopted ? tr("%1 (adopted)").arg(text) : text;
}

QString ProgramStateText::stateToolTip(const ProgramSnapshot &snapshot, qint64 nowMs)
{
    if (isWaiting(snapshot)) {
        QStringList lines{
                tr("Waiting for %1 before starting:").arg(snapshot.waitingFor.join(u", "_s))};
        for (const QString &reason : snapshot.waitingReasons) {
            lines.append(u"• "_s + reason);
        }
        lines += {tr("A heartbeat program is ready from its first heartbeat, a notify program "
                     "from READY=1,\na plain program once alive past its minimum uptime; each "
                     "once its readiness probe, if any, passes."),
                  tr("Stop cancels the wait.")};
        return lines.join(u'\n');
    }
    QStringList lines{stateLabel(snapshot.state)};
    if (!snapshot.reason.isEmpty()) {
        lines.append(tr("Reason: %1").arg(snapshot.reason));
    }
    if (isCountingDown(snapshot)) {
        const qint64 left = std::max<qint64>(snapshot.countdownToMs - nowMs, 0);
        lines.append(
                snapshot.state == ProgramState::Backoff
                        ? tr("Restart in %1 ms").arg(left)
                        : tr("SIGKILL to the process group in %1 ms unless it exits").arg(left));
    }
    if (snapshot.adopted) {
        lines.append(tr("Adopted: found running when the launcher started"));
    }
    if (hasLiveInstance(snapshot.state) && snapshot.watchdogMs > 0) {
        lines.append(
                tr("Watchdog: %1 ms without WATCHDOG=1 makes it lost").arg(snapshot.watchdogMs));
    }
    for (const auto &[label, status] : {std::pair{tr("Readiness probe"), &snapshot.readiness},
                                        std::pair{tr("Liveness probe"), &snapshot.liveness}}) {
        if (const QString summary = probeSummary(*status); !summary.isEmpty()) {
            lines.append(tr("%1: %2", "probe: summary").arg(label, summary));
        }
    }
    return lines.join(u'\n');
}

QString ProgramStateText::probeSummary(const ProbeStatus &status)
{
    if (status.checks == 0) {
        return {};
    }
    const QString verdict = !status.passing ? tr("no verdict yet")
            : *status.passing               ? tr("passing")
                              : tr("failing, %n in a row", nullptr, status.consecutiveFailures);
    QString text = tr("%1, last check %2", "probe: verdict, last result")
                           .arg(verdict, status.lastResult);
    if (status.skipped > 0) {
        text += tr("; %n check(s) skipped while one was still running", nullptr,
                   int(std::min<quint64>(status.skipped, INT_MAX)));
    }
    return text;
}

QString ProgramStateText::heartbeatToolTip(const ProgramSnapshot &snapshot, const ProgramSpec *spec,
                                           qint64 nowMs)
{
    const bool plain = spec && spec->kind == ProgramKind::Plain;
    if (snapshot.lastHeartbeatAtMs < 0) {
        if (spec && spec->kind == ProgramKind::Notify) {
            return spec->watchdogMs() > 0
                    ? tr("No WATCHDOG=1 from this instance yet")
                    : tr("Notify program without a watchdog: READY=1 told it is up, its "
                         "process alone tells it is alive");
        }
        return plain ? tr("Plain program: no heartbeats, its process alone tells it is alive")
                     : tr("No heartbeat from this instance yet");
    }
    QString text = tr("Last heartbeat %1 ms ago, sequence number %2\n%3 heartbeats received in all")
                           .arg(nowMs - snapshot.lastHeartbeatAtMs)
                           .arg(snapshot.lastSequence)
                           .arg(snapshot.heartbeatCount);
    if (spec && !plain) {
        text += u'\n'
                + tr("Counted lost after %1 ms of silence").arg(spec->effectiveLostTimeoutMs());
    }
    return text;
}

QString ProgramStateText::pingOutcome(qint64 roundTripUs, const QString &result)
{
    if (roundTripUs < 0) {
        return result.isEmpty() ? tr("no answer", "ping outcome")
                                : tr("no answer (%1)", "ping outcome: why").arg(result);
    }
    // "pong <status>": the status is the program's own text, set apart from the protocol word.
    const QString reply = result.startsWith(u"pong "_s) ? u"pong ("_s + result.mid(5) + u')'
                                                        : (result.isEmpty() ? u"pong"_s : result);
    return tr("%1 in %2 ms", "ping outcome: reply, round trip")
            .arg(reply, formatRoundTrip(roundTripUs));
}

QString ProgramStateText::pingLine(const ProgramSnapshot &snapshot, qint64 nowMs)
{
    if (snapshot.lastPingAtMs < 0) {
        return {};
    }
    return tr("Last ping: %1, %2", "ping outcome, age")
            .arg(pingOutcome(snapshot.lastPingRoundTripUs, snapshot.lastPingResult),
                 formatAge(nowMs - snapshot.lastPingAtMs));
}

QString ProgramStateText::withPingLine(const QString &toolTip, const ProgramSnapshot &snapshot,
                                       qint64 nowMs)
{
    const QString line = pingLine(snapshot, nowMs);
    return line.isEmpty() ? toolTip : toolTip + u'\n' + line;
}
