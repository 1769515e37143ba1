#include "gui/models/pulsetext.h"

#include "gui/models/pulsedata.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// "1.02" below 10 s, "12.5" beyond: interval figures of the pulse tooltip.
QString formatSeconds(qint64 ms)
{
    const double s = static_cast<double>(ms) / 1000.0;
    return QLocale().toString(s, 'f', s < 10.0 ? 2 : 1);
}

} // namespace

QString PulseText::summary(const PulseData &pulse)
{
    if (pulse.kind == PulseData::Kind::Plain) {
        return tr("Plain program: no heartbeats");
    }
    // One is spelled out: without an English translation, %n has no English plural forms.
    const auto beats = static_cast<int>(pulse.beats.size());
    return (beats == 1 ? tr("1 heartbeat in the last minute")
                       : tr("%n heartbeats in the last minute", nullptr, beats))
            + u", "_s + tr("%n late", "heartbeats", pulse.lateCount());
}

QString PulseText::toolTip(const PulseData &pulse)
{
    if (pulse.kind == PulseData::Kind::Plain) {
        return tr("Plain program: no heartbeats, its process alone tells it is alive");
    }
    const auto beats = static_cast<int>(pulse.beats.size());
    QStringList lines{beats == 1 ? tr("1 heartbeat in the last 60 s")
                                 : tr("%n heartbeats in the last 60 s", nullptr, beats)};
    if (const qint64 mean = pulse.meanIntervalMs(); mean >= 0) {
        lines.append(tr("Interval: mean %1 s, longest %2 s (expected: %3 s)")
                             .arg(formatSeconds(mean), formatSeconds(pulse.maxIntervalMs()),
                                  formatSeconds(pulse.intervalMs)));
    } else {
        lines.append(tr("Expected interval: %1 s").arg(formatSeconds(pulse.intervalMs)));
    }
    lines.append(tr("%n late (more than %1 s after the beat before)", nullptr, pulse.lateCount())
                         .arg(formatSeconds(pulse.lateAfterMs())));
    const qint64 silence = pulse.silenceMs();
    if (pulse.kind == PulseData::Kind::Live && silence > pulse.lateAfterMs()) {
        lines.append(tr("Silent for %1 s; counted lost after %2 s")
                             .arg(formatSeconds(silence), formatSeconds(pulse.lostTimeoutMs)));
    }
    if (pulse.knownSinceMs > pulse.windowStartMs()) {
        lines.append(tr("Only the last %1 s are kept at this rate")
                             .arg(formatSeconds(pulse.nowMs - pulse.knownSinceMs)));
    }
    return lines.join(u'\n');
}
