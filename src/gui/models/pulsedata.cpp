#include "gui/models/pulsedata.h"

#include "core/model/heartbeathistory.h"

#include <algorithm>

PulseData PulseData::fromHistory(const HeartbeatHistory *history, Kind kind, qint64 nowMs,
                                 qint64 intervalMs, qint64 lostTimeoutMs, qint64 windowMs)
{
    PulseData data;
    data.kind = kind;
    data.nowMs = nowMs;
    data.windowMs = std::max<qint64>(windowMs, 1);
    data.intervalMs = std::max<qint64>(intervalMs, 1);
    data.lostTimeoutMs = lostTimeoutMs;
    data.knownSinceMs = data.windowStartMs();
    if (!history || history->isEmpty()) {
        return data;
    }
    const std::size_t first = history->firstSince(data.windowStartMs());
    if (first > 0) {
        data.previousBeatMs = history->at(first - 1);
    } else if (history->size() == HeartbeatHistory::capacity) {
        // The ring dropped beats that were still inside the window.
        data.knownSinceMs = std::max(data.knownSinceMs, history->at(0));
    }
    data.beats.reserve(static_cast<qsizetype>(history->size() - first));
    for (std::size_t i = first; i < history->size(); ++i) {
        const qint64 at = history->at(i);
        if (at > nowMs) {
            break;
        }
        data.beats.append(at);
    }
    return data;
}

int PulseData::lateCountIn(const HeartbeatHistory *history, qint64 nowMs, qint64 intervalMs,
                           qint64 windowMs)
{
    if (!history || history->isEmpty()) {
        return 0;
    }
    const qint64 interval = std::max<qint64>(intervalMs, 1);
    const qint64 lateAfter = interval + interval / 2;
    std::size_t i = history->firstSince(nowMs - std::max<qint64>(windowMs, 1));
    qint64 previous = i > 0 ? history->at(i - 1) : -1;
    int late = 0;
    for (; i < history->size(); ++i) {
        const qint64 at = history->at(i);
        if (at > nowMs) {
            break;
        }
        late += previous >= 0 && at - previous > lateAfter ? 1 : 0;
        previous = at;
    }
    return late;
}

qint64 PulseData::intervalBefore(qsizetype i) const
{
    if (i > 0) {
        return beats.at(i) - beats.at(i - 1);
    }
    return previousBeatMs >= 0 && !beats.isEmpty() ? beats.first() - previousBeatMs : -1;
}

bool PulseData::isLate(qsizetype i) const
{
    return intervalBefore(i) > lateAfterMs();
}

int PulseData::lateCount() const
{
    int late = 0;
    for (qsizetype i = 0; i < beats.size(); ++i) {
        late += isLate(i) ? 1 : 0;
    }
    return late;
}

qint64 PulseData::meanIntervalMs() const
{
    qint64 sum = 0;
    qint64 count = 0;
    for (qsizetype i = 0; i < beats.size(); ++i) {
        if (const qint64 interval = intervalBefore(i); interval >= 0) {
            sum += interval;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1;
}

qint64 PulseData::maxIntervalMs() const
{
    qint64 longest = -1;
    for (qsizetype i = 0; i < beats.size(); ++i) {
        longest = std::max(longest, intervalBefore(i));
    }
    return longest;
}

qint64 PulseData::silenceMs() const
{
    if (!beats.isEmpty()) {
        return nowMs - beats.last();
    }
    return previousBeatMs >= 0 ? nowMs - previousBeatMs : -1;
}
