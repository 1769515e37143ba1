#include "core/model/notifymessage.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> parseNumber(QByteArrayView value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok, 10);
    // toLongLong accepts surrounding spaces and a sign; the protocol has neither.
    if (!ok || value.isEmpty() || value.front() == ' ' || value.front() == '+'
        || value.back() == ' ' || number < minimum || number > maximum) {
        return std::nullopt;
    }
    return number;
}

/// A line shown in a problem: short, and readable whatever bytes it holds.
QString shown(QByteArrayView line)
{
    const QString text = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 80)));
    return line.size() > 80 ? text + u"…"_s : text;
}

} // namespace

NotifyMessage NotifyMessage::parse(QByteArrayView payload)
{
    NotifyMessage message;
    constexpr qint64 maxUsec = std::numeric_limits<qint64>::max() / 1000;
    qsizetype start = 0;
    while (start < payload.size()) {
        qsizetype end = payload.indexOf('\n', start);
        if (end < 0) {
            end = payload.size();
        }
        const QByteArrayView line = payload.sliced(start, end - start);
        start = end + 1;
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0) {
            message.problems.append(tr("%1: not an assignment KEY=VALUE").arg(shown(line)));
            continue;
        }
        const QByteArrayView key = line.first(equals);
        const QByteArrayView value = line.sliced(equals + 1);
        const auto number = [&](qint64 minimum, qint64 maximum, const char *what) {
            const std::optional<qint64> parsed = parseNumber(value, minimum, maximum);
            if (!parsed) {
                message.problems.append(tr("%1: %2").arg(shown(line), tr(what)));
            }
            return parsed;
        };
        const auto flag = [&](bool *out) {
            if (value == "1") {
                *out = true;
            } else {
                message.problems.append(tr("%1: the only value is 1").arg(shown(line)));
            }
        };
        if (key == "READY") {
            flag(&message.ready);
        } else if (key == "STOPPING") {
            flag(&message.stopping);
        } else if (key == "RELOADING") {
            flag(&message.reloading);
        } else if (key == "BARRIER") {
            flag(&message.barrier);
        } else if (key == "WATCHDOG") {
            if (value == "1") {
                message.watchdogPing = true;
            } else if (value == "trigger") {
                message.watchdogTrigger = true;
            } else {
                message.problems.append(tr("%1: must be 1 or trigger").arg(shown(line)));
            }
        } else if (key == "STATUS") {
            message.status = QString::fromUtf8(value);
        } else if (key == "MAINPID") {
            message.mainPid = number(1, std::numeric_limits<int>::max(),
                                     QT_TRANSLATE_NOOP("NotifyMessage", "not a process id"));
        } else if (key == "ERRNO") {
            if (const auto parsed
                = number(0, 4095, QT_TRANSLATE_NOOP("NotifyMessage", "not an error number"))) {
                message.errorNumber = int(*parsed);
            }
        } else if (key == "WATCHDOG_USEC") {
            message.watchdogUsec = number(
                    0, maxUsec, QT_TRANSLATE_NOOP("NotifyMessage", "not a number of microseconds"));
        } else if (key == "EXTEND_TIMEOUT_USEC") {
            message.extendTimeoutUsec = number(
                    0, maxUsec, QT_TRANSLATE_NOOP("NotifyMessage", "not a number of microseconds"));
        }
        // Other keys (FDSTORE, MONOTONIC_USEC, NOTIFYACCESS, ...) are not ours to act on.
    }
    return message;
}
