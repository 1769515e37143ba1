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

/// One KEY=VALUE line of a datagram, the line kept for the problems it may cause.
struct Assignment
{
    QByteArrayView line;
    QByteArrayView key;
    QByteArrayView value;
};

/// The value as a number within [minimum, maximum]; nullopt with a problem, what it is not,
/// otherwise.
std::optional<qint64> number(NotifyMessage &message, const Assignment &assignment, qint64 minimum,
                             qint64 maximum, const char *what)
{
    const std::optional<qint64> parsed = parseNumber(assignment.value, minimum, maximum);
    if (!parsed) {
        message.problems.append(
                NotifyMessage::tr("%1: %2").arg(shown(assignment.line), NotifyMessage::tr(what)));
    }
    return parsed;
}

/// READY=1, STOPPING=1, RELOADING=1, BARRIER=1 and WATCHDOG=1 or trigger; false for another key.
bool readFlag(NotifyMessage &message, const Assignment &assignment)
{
    static const std::pair<QByteArrayView, bool NotifyMessage::*> flags[] = {
            {"READY", &NotifyMessage::ready},
            {"STOPPING", &NotifyMessage::stopping},
            {"RELOADING", &NotifyMessage::reloading},
            {"BARRIER", &NotifyMessage::barrier},
    };
    for (const auto &[key, member] : flags) {
        if (assignment.key == key) {
            if (assignment.value == "1") {
                message.*member = true;
            } else {
                message.problems.append(
                        NotifyMessage::tr("%1: the only value is 1").arg(shown(assignment.line)));
            }
            return true;
        }
    }
    if (assignment.key != "WATCHDOG") {
        return false;
    }
    if (assignment.value == "1") {
        message.watchdogPing = true;
    } else if (assignment.value == "trigger") {
        message.watchdogTrigger = true;
    } else {
        message.problems.append(
                NotifyMessage::tr("%1: must be 1 or trigger").arg(shown(assignment.line)));
    }
    return true;
}

/// MAINPID=, ERRNO=, WATCHDOG_USEC= and EXTEND_TIMEOUT_USEC=; false for another key.
bool readNumber(NotifyMessage &message, const Assignment &assignment)
{
    constexpr qint64 maxUsec = std::numeric_limits<qint64>::max() / 1000;
    if (assignment.key == "MAINPID") {
        message.mainPid = number(message, assignment, 1, std::numeric_limits<int>::max(),
                                 QT_TRANSLATE_NOOP("NotifyMessage", "not a process id"));
    } else if (assignment.key == "ERRNO") {
        if (const auto parsed = number(message, assignment, 0, 4095,
                                       QT_TRANSLATE_NOOP("NotifyMessage", "not an error number"))) {
            message.errorNumber = int(*parsed);
        }
    } else if (assignment.key == "WATCHDOG_USEC") {
        message.watchdogUsec
                = number(message, assignment, 0, maxUsec,
                         QT_TRANSLATE_NOOP("NotifyMessage", "not a number of microseconds"));
    } else if (assignment.key == "EXTEND_TIMEOUT_USEC") {
        message.extendTimeoutUsec
                = number(message, assignment, 0, maxUsec,
                         QT_TRANSLATE_NOOP("NotifyMessage", "not a number of microseconds"));
    } else {
        return false;
    }
    return true;
}

void readLine(NotifyMessage &message, QByteArrayView line)
{
    const qsizetype equals = line.indexOf('=');
    if (equals <= 0) {
        message.problems.append(
                NotifyMessage::tr("%1: not an assignment KEY=VALUE").arg(shown(line)));
        return;
    }
    const Assignment assignment{line, line.first(equals), line.sliced(equals + 1)};
    if (assignment.key == "STATUS") {
        message.status = QString::fromUtf8(assignment.value);
        return;
    }
    if (!readFlag(message, assignment)) {
        readNumber(message, assignment);
    }
    // Other keys (FDSTORE, MONOTONIC_USEC, NOTIFYACCESS, ...) are not ours to act on.
}

} // namespace

NotifyMessage NotifyMessage::parse(QByteArrayView payload)
{
    NotifyMessage message;
    qsizetype start = 0;
    while (start < payload.size()) {
        qsizetype end = payload.indexOf('\n', start);
        if (end < 0) {
            end = payload.size();
        }
        const QByteArrayView line = payload.sliced(start, end - start);
        start = end + 1;
        if (!line.isEmpty()) {
            readLine(message, line);
        }
    }
    return message;
}
