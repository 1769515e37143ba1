#include "gui/pulsedelegate.h"

#include "core/model/heartbeathistory.h"
#include "gui/processtablemodel.h"

#include <algorithm>
#include <vector>

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace {

// Mid-saturation shades, lighter on a dark palette (the same pairs as the table's states).
constexpr QRgb beatColours[] = {0x2e7d32, 0x81c995};
constexpr QRgb lateColours[] = {0xc45100, 0xffa348};
constexpr QRgb lostColours[] = {0xc62828, 0xff6b6b};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor pick(const QRgb (&pair)[2], const QPalette &palette)
{
    return QColor::fromRgb(pair[isDark(palette) ? 1 : 0]);
}

// In 8-bit channels, as painted: a colour read back from an image compares equal.
QColor blend(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()),
                  mix(from.blue(), to.blue()));
}

enum Mark : unsigned char { NoBeat, Beat, LateBeat };

} // namespace

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

PulseDelegate::PulseDelegate(QObject *parent)
    : PulseDelegate(ProcessTableModel::PulseRole, parent)
{ }

PulseDelegate::PulseDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{ }

QColor PulseDelegate::beatColour(const QPalette &palette)
{
    return pick(beatColours, palette);
}

QColor PulseDelegate::lateColour(const QPalette &palette)
{
    return pick(lateColours, palette);
}

QColor PulseDelegate::backgroundColour(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

void PulseDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // The item's own background first: selection, alternating rows, focus.
    QStyleOptionViewItem itemOption(option);
    initStyleOption(&itemOption, index);
    itemOption.text.clear();
    itemOption.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &itemOption, painter, widget);

    const QVariant value = index.data(m_role);
    if (value.metaType() != QMetaType::fromType<PulseData>()) {
        return;
    }
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int height = std::min(cell.height() - 6, 16);
    const QRect strip(cell.left(), cell.top() + (cell.height() - height) / 2, cell.width(), height);
    paintStrip(painter, strip, value.value<PulseData>(), option.palette,
               option.state.testFlag(QStyle::State_Selected));
}

QSize PulseDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {preferredWidth, std::max(text.height(), 20)};
}

void PulseDelegate::paintStrip(QPainter *painter, const QRect &rect, const PulseData &data,
                               const QPalette &palette, bool selected)
{
    if (rect.width() <= 0 || rect.height() <= 0) {
        return;
    }
    painter->save();
    const bool live = data.kind == PulseData::Kind::Live;
    // On a selected row the strip is a shade of the selection, not a hole in it.
    const QColor base = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor background = selected ? blend(base, palette.color(QPalette::HighlightedText), 0.15)
                                       : backgroundColour(palette);
    painter->fillRect(rect, live ? background : blend(base, background, 0.5));
    if (data.kind == PulseData::Kind::Plain) {
        painter->restore();
        return;
    }

    const int width = rect.width();
    const qint64 start = data.windowStartMs();
    const auto columnOf = [&](qint64 atMs) {
        const qint64 column = (atMs - start) * width / data.windowMs;
        return static_cast<int>(std::clamp<qint64>(column, 0, width - 1));
    };
    if (data.knownSinceMs > start) {
        // Beats older than the history's ring: unknown, not absent.
        painter->fillRect(
                QRect(rect.left(), rect.top(), columnOf(data.knownSinceMs), rect.height()),
                QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
    }
    // A silence longer than a beat should take is tinted from the last beat to now: a hang
    // shows as it happens, not only when the next beat (if any) comes late.
    const qint64 silence = data.silenceMs();
    if (live && silence > data.lateAfterMs()) {
        QColor tint
                = silence > data.lostTimeoutMs ? pick(lostColours, palette) : lateColour(palette);
        tint.setAlphaF(0.3f);
        const int from = data.nowMs - silence <= start ? 0 : columnOf(data.nowMs - silence) + 1;
        painter->fillRect(QRect(rect.left() + from, rect.top(), width - from, rect.height()), tint);
    }

    // One mark per pixel column (a late beat wins), painted as runs: 600 beats a minute
    // cost no more than 150 rectangles.
    std::vector<Mark> marks(static_cast<std::size_t>(width), NoBeat);
    for (qsizetype i = 0; i < data.beats.size(); ++i) {
        Mark &mark = marks[static_cast<std::size_t>(columnOf(data.beats.at(i)))];
        mark = std::max(mark, data.isLate(i) ? LateBeat : Beat);
    }
    QColor beat = selected ? palette.color(QPalette::HighlightedText) : beatColour(palette);
    QColor late = lateColour(palette);
    if (!live) {
        beat = blend(background, beat, 0.45);
        late = blend(background, late, 0.45);
    }
    const int inset = rect.height() >= 8 ? 2 : 0;
    for (int x = 0; x < width;) {
        const Mark mark = marks[static_cast<std::size_t>(x)];
        int end = x + 1;
        while (end < width && marks[static_cast<std::size_t>(end)] == mark) {
            ++end;
        }
        if (mark == Beat) {
            painter->fillRect(
                    QRect(rect.left() + x, rect.top() + inset, end - x, rect.height() - 2 * inset),
                    beat);
        } else if (mark == LateBeat) {
            painter->fillRect(QRect(rect.left() + x, rect.top(), end - x, rect.height()), late);
        }
        x = end;
    }
    painter->restore();
}
