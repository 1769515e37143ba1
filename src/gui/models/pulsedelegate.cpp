#include "gui/models/pulsedelegate.h"

#include "gui/models/processtablemodel.h"

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

// Paints the marks, one per pixel column of rect, as runs of equal marks.
void paintRuns(QPainter *painter, const QRect &rect, const std::vector<Mark> &marks,
               const QColor &beat, const QColor &late)
{
    const int width = static_cast<int>(marks.size());
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
}

} // namespace

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
    paintRuns(painter, rect, marks, beat, late);
    painter->restore();
}
