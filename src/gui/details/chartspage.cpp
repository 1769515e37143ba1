#include "gui/details/chartspage.h"

#include "core/model/heartbeathistory.h"
#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/resourcehistory.h"
#include "gui/details/programdetailssource.h"
#include "gui/formatting.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

constexpr int chartRefreshMs = 1000;
constexpr double bytesPerMiB = 1024.0 * 1024.0;
// The spans the time axis steps through, in seconds, with their tick counts: the smallest
// that holds the data, so that a minute of data is not squeezed into a ten-minute axis.
constexpr struct
{
    int seconds;
    int ticks;
} timeSpans[] = {{60, 7}, {120, 7}, {300, 6}, {600, 6}};

// The top of a nice axis: 1, 2 or 5 times a power of ten, at least value (and above zero).
double niceCeiling(double value)
{
    if (value <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

void setValueRange(QValueAxis *axis, double maximum, double floor)
{
    const double top = niceCeiling(std::max(maximum * 1.1, floor));
    axis->setRange(0, top);
    // Ticks at round numbers: 5 intervals for 1, 5, 10; 4 for 2, 20.
    const double leading = top / std::pow(10.0, std::floor(std::log10(top)));
    axis->setTickCount(leading == 2.0 ? 5 : 6);
    axis->setLabelFormat(top < 5 ? u"%.1f"_s : u"%.0f"_s);
}

} // namespace

ChartsPage::ChartsPage(ProgramDetailsSource *source, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
{
    setObjectName(u"chartsPage"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_cpu = createChart(u"cpuChart"_s, tr("%", "unit of the CPU chart"), QColor(0x1f, 0x77, 0xb4));
    m_memory = createChart(u"memoryChart"_s, tr("MiB"), QColor(0x2c, 0xa0, 0x2c));
    m_heartbeat = createChart(u"heartbeatChart"_s, tr("ms"), QColor(0x94, 0x67, 0xbd));
    m_expectedInterval = new QLineSeries;
    QPen dashed(Qt::gray, 1.5, Qt::DashLine);
    m_expectedInterval->setPen(dashed);
    m_heartbeat.view->chart()->addSeries(m_expectedInterval);
    m_expectedInterval->attachAxis(m_heartbeat.x);
    m_expectedInterval->attachAxis(m_heartbeat.y);
    for (const Chart *chart : {&m_cpu, &m_memory, &m_heartbeat}) {
        m_layout->addWidget(chart->view, 1);
    }
    m_timer.setInterval(chartRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ChartsPage::refresh);
    followResources(source);
}

void ChartsPage::followResources(ProgramDetailsSource *source)
{
    if (source == m_source) {
        return;
    }
    m_source = source;
    disconnect(m_resourcesConnection);
    if (const ResourceHistory *resources = m_source->resources()) {
        m_resourcesConnection = connect(resources, &ResourceHistory::updated, this,
                                        [this](const QStringList &names) {
                                            if (names.contains(m_program)) {
                                                requestRefresh();
                                            }
                                        });
    }
}

ChartsPage::Chart ChartsPage::createChart(const QString &objectName, const QString &unit,
                                          const QColor &colour)
{
    Chart chart;
    auto *qchart = new QChart;
    qchart->legend()->hide();
    qchart->setMargins(QMargins(2, 2, 2, 2));
    qchart->setBackgroundRoundness(0);
    // Not bold: the title holds the current value, and a narrow dock would elide it.
    qchart->setTitleFont(font());

    chart.series = new QLineSeries;
    chart.series->setPen(QPen(colour, 2));
    qchart->addSeries(chart.series);
    chart.x = new QValueAxis;
    // Now on the right, as on a strip chart; ages grow to the left.
    chart.x->setReverse(true);
    chart.x->setLabelFormat(u"%d"_s);
    chart.x->setTitleText(tr("seconds ago"));
    chart.y = new QValueAxis;
    chart.y->setTitleText(unit);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    for (QValueAxis *axis : {chart.x, chart.y}) {
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
    }
    qchart->addAxis(chart.x, Qt::AlignBottom);
    qchart->addAxis(chart.y, Qt::AlignLeft);
    chart.series->attachAxis(chart.x);
    chart.series->attachAxis(chart.y);

    chart.view = new QChartView(qchart);
    chart.view->setObjectName(objectName);
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setMinimumSize(220, 150);
    return chart;
}

int ChartsPage::chartMinimumHeight() const
{
    return m_cpu.view->minimumHeight();
}

void ChartsPage::setProgram(ProgramDetailsSource *source, const QString &name)
{
    followResources(source);
    m_program = name;
    // Hidden charts wait until shown, except that an old program's points must go now.
    if (m_program.isEmpty() || isVisible()) {
        refresh();
    }
}

void ChartsPage::setWide(bool wide)
{
    m_layout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool ChartsPage::isShown() const
{
    return isVisible() && !m_program.isEmpty();
}

// At most once a second, and only while the charts are seen: the data changes with every sample
// and beat, the picture need not.
void ChartsPage::requestRefresh()
{
    if (isShown() && m_sinceRefresh.isValid() && m_sinceRefresh.elapsed() >= chartRefreshMs) {
        refresh();
    }
}

void ChartsPage::clear()
{
    m_timer.stop();
    for (const Chart *chart : {&m_cpu, &m_memory, &m_heartbeat}) {
        chart->series->clear();
        chart->view->chart()->setTitle(QString());
    }
    m_expectedInterval->clear();
}

void ChartsPage::refresh()
{
    if (m_program.isEmpty()) {
        clear();
        return;
    }
    m_sinceRefresh.start();
    // The time axis moves on even when no sample comes (a stopped program).
    m_timer.start();
    const qint64 now = m_source->nowMs();
    qint64 oldestMs = 0;
    refreshResourceCharts(now, &oldestMs);
    refreshHeartbeatChart(now, &oldestMs);
    const auto span = std::find_if(std::begin(timeSpans), std::end(timeSpans) - 1,
                                   [&](auto s) { return s.seconds * 1000 >= oldestMs; });
    for (const Chart *chart : {&m_cpu, &m_memory, &m_heartbeat}) {
        chart->x->setRange(0, span->seconds);
        chart->x->setTickCount(span->ticks);
    }
    if (m_expectedInterval->count() == 2) {
        const double expected = m_expectedInterval->at(0).y();
        m_expectedInterval->replace({QPointF(0, expected), QPointF(span->seconds, expected)});
    }
}

void ChartsPage::refreshResourceCharts(qint64 now, qint64 *oldestMs)
{
    QList<QPointF> cpu;
    QList<QPointF> memory;
    double maxCpu = 0;
    double maxMemory = 0;
    const ResourceHistory *resources = m_source->resources();
    if (resources) {
        for (const ResourceSample &sample : resources->samples(m_program)) {
            const qint64 age = now - sample.atMs;
            if (age > chartSpanMs) {
                continue;
            }
            const double seconds = std::max<qint64>(age, 0) / 1000.0;
            const double mib = static_cast<double>(sample.usage.residentBytes) / bytesPerMiB;
            cpu.append(QPointF(seconds, sample.usage.cpuPercent));
            memory.append(QPointF(seconds, mib));
            maxCpu = std::max(maxCpu, sample.usage.cpuPercent);
            maxMemory = std::max(maxMemory, mib);
            *oldestMs = std::max(*oldestMs, age);
        }
    }
    m_cpu.series->replace(cpu);
    m_memory.series->replace(memory);
    setValueRange(m_cpu.y, maxCpu, 1);
    setValueRange(m_memory.y, maxMemory, 1);

    const QLocale locale;
    const std::optional<ResourceUsage> current
            = resources ? resources->current(m_program) : std::nullopt;
    if (current) {
        m_cpu.view->chart()->setTitle(
                tr("CPU: %1 % of one core").arg(locale.toString(current->cpuPercent, 'f', 1)));
        m_memory.view->chart()->setTitle(
                tr("Memory (resident): %1 MiB in %n process(es)", nullptr, current->processes)
                        .arg(locale.toString(current->residentBytes / bytesPerMiB, 'f', 1)));
    } else {
        m_cpu.view->chart()->setTitle(tr("CPU: no live process"));
        m_memory.view->chart()->setTitle(tr("Memory: no live process"));
    }
}

QList<QPointF> ChartsPage::heartbeatIntervals(qint64 now, qint64 *oldestMs,
                                              double *maxInterval) const
{
    const HeartbeatHistory *history = m_source->heartbeatHistory(m_program);
    // The time between two instances is downtime, not a heartbeat interval: an interval that
    // spans a death is left out (deaths are in UTC, beats on the supervisor's clock).
    QList<qint64> deaths;
    if (const std::optional<ProgramSnapshot> snapshot = m_source->snapshot(m_program)) {
        const qint64 utcNow = QDateTime::currentMSecsSinceEpoch();
        for (const DeathRecord &death : snapshot->deaths) {
            if (!death.unwatched) {
                deaths.append(now - (utcNow - death.time.toMSecsSinceEpoch()));
            }
        }
    }
    QList<QPointF> intervals;
    if (!history || history->isEmpty()) {
        return intervals;
    }
    // An interval belongs to the beat that ends it; the first beat kept has none. It is the
    // time between arrivals: beats queued while the launcher was busy arrive 0 ms apart, and
    // are shown so, after the long interval of the stall itself.
    const std::size_t first = std::max<std::size_t>(history->firstSince(now - chartSpanMs), 1);
    auto death = deaths.cbegin();
    for (std::size_t i = first; i < history->size(); ++i) {
        const qint64 at = history->at(i);
        const qint64 previous = history->at(i - 1);
        while (death != deaths.cend() && *death <= previous) {
            ++death;
        }
        if (death != deaths.cend() && *death <= at) {
            continue;
        }
        const double interval = static_cast<double>(at - previous);
        intervals.append(QPointF(std::max<qint64>(now - at, 0) / 1000.0, interval));
        *maxInterval = std::max(*maxInterval, interval);
        *oldestMs = std::max(*oldestMs, now - at);
    }
    return intervals;
}

void ChartsPage::refreshHeartbeatChart(qint64 now, qint64 *oldestMs)
{
    const ProgramSpec *spec = m_source->spec(m_program);
    double maxInterval = 0;
    const QList<QPointF> intervals = heartbeatIntervals(now, oldestMs, &maxInterval);
    m_heartbeat.series->replace(intervals);
    const int expectedMs = spec ? spec->expectedBeatIntervalMs() : 0;
    const bool beats = expectedMs > 0;
    // A program without beats (plain; notify without a watchdog): its chart would only take
    // the room of the others.
    m_heartbeat.view->setVisible(beats);
    const double expected = expectedMs;
    const bool charted = beats && m_source->heartbeatsCharted();
    m_expectedInterval->replace(charted ? QList<QPointF>{QPointF(0, expected), QPointF(1, expected)}
                                        : QList<QPointF>());
    // Beats go to the launcher on the program's own host, which does not forward them.
    m_heartbeat.view->setToolTip(
            m_source->heartbeatsCharted()
                    ? QString()
                    : tr("Heartbeats go to the launcher on the program's own host: they are "
                         "charted for this host's programs only."));
    setValueRange(m_heartbeat.y, std::max(maxInterval, expected), 10);
    setHeartbeatTitle(beats, intervals, expectedMs);
}

void ChartsPage::setHeartbeatTitle(bool beats, const QList<QPointF> &intervals, qint64 expectedMs)
{
    QChart *chart = m_heartbeat.view->chart();
    // Short titles: a narrow dock elides the rest.
    if (!beats) {
        chart->setTitle(QString());
    } else if (!m_source->heartbeatsCharted()) {
        // Short: the tooltip says why.
        chart->setTitle(tr("Heartbeats: this host's only"));
    } else if (intervals.isEmpty()) {
        chart->setTitle(
                tr("No heartbeat yet (expected every %1)").arg(formatMilliseconds(expectedMs)));
    } else {
        chart->setTitle(tr("Heartbeat every %1 (expected %2, dashed)")
                                .arg(formatMilliseconds(qRound64(intervals.last().y())),
                                     formatMilliseconds(expectedMs)));
    }
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChartsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ChartsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}
