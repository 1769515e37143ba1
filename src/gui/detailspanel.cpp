#include "gui/detailspanel.h"

#include "core/model/heartbeathistory.h"
#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"
#include "core/model/shellwords.h"
#include "gui/formatting.h"
#include "gui/outputview.h"

#include <algorithm>
#include <optional>
#include <cmath>

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
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
constexpr int deathKeyRole = Qt::UserRole + 1;

enum DeathColumn { DeathTime, DeathPid, DeathUptime, DeathExit, DeathStopRequested, DeathColumns };
enum EventColumn { EventTime, EventKindColumn, EventMessage, EventColumns };

QString formatTime(const QDateTime &utc, bool milliseconds = false)
{
    const QDateTime local = utc.toLocalTime();
    const QString time
            = QLocale().toString(local.time(), milliseconds ? u"HH:mm:ss.zzz"_s : u"HH:mm:ss"_s);
    if (local.date() == QDate::currentDate()) {
        return time;
    }
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

// How long an instance lived; unknown for one adopted or ended while no launcher ran.
QString formatLifetime(qint64 ms)
{
    return ms < 0 ? DetailsPanel::tr("unknown", "duration") : formatPreciseDuration(ms);
}

QString exitText(const DeathRecord &death)
{
    if (!death.status.isKnown()) {
        return death.unwatched ? DetailsPanel::tr("unknown (ended while no launcher ran)")
                               : exitText(death.status);
    }
    // The signal's number too: a restart history is read to find out why.
    const QString text = exitText(std::optional<ExitStatus>(death.status));
    return death.status.signal ? u"%1 (%2)"_s.arg(text).arg(*death.status.signal) : text;
}

bool isCrash(const DeathRecord &death)
{
    return !death.stopRequested && !death.status.isSuccess();
}

QString deathKey(const DeathRecord &death)
{
    return u"%1/%2/%3"_s.arg(death.instanceToken)
            .arg(death.time.toMSecsSinceEpoch())
            .arg(death.pid);
}

QString kindText(EventKind kind)
{
    // In EventKind's order.
    static const struct
    {
        const char *source;
        const char *comment;
    } names[] = {
            QT_TRANSLATE_NOOP3("DetailsPanel", "state", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "exit", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "heartbeat", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "stop", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "error", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "protocol", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "ping", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "control", "event kind"),
            QT_TRANSLATE_NOOP3("DetailsPanel", "connection", "event kind"),
    };
    const auto index = static_cast<std::size_t>(kind);
    return index < std::size(names) ? DetailsPanel::tr(names[index].source, names[index].comment)
                                    : QString();
}

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

DetailsPanel::DetailsPanel(Supervisor *supervisor, const ResourceHistory *resources,
                           QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
    , m_resources(resources)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_output(new OutputView(this))
{
    m_header->setObjectName(u"detailsHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    connect(m_header, &QLabel::linkActivated, this, &DetailsPanel::showLatestDeath);

    m_tabs->setObjectName(u"detailsTabs"_s);
    // Every tab in sight: in a narrow dock the titles shorten, and their tooltips stay whole.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->addTab(createChartsPage(), tr("Charts"));
    m_tabs->addTab(createSettingsPage(), tr("Settings"));
    m_tabs->addTab(createEventsPage(), tr("Events"));
    m_tabs->addTab(createRestartsPage(), tr("Restarts"));
    m_output->setObjectName(u"outputView"_s);
    m_tabs->addTab(m_output, tr("Output"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabToolTip(tab, m_tabs->tabText(tab));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_chartTimer.setInterval(chartRefreshMs);
    connect(&m_chartTimer, &QTimer::timeout, this, &DetailsPanel::refreshCharts);
    connect(m_supervisor, &Supervisor::programsChanged, this, &DetailsPanel::onProgramsChanged);
    connect(m_supervisor, &Supervisor::eventOccurred, this, &DetailsPanel::onEvent);
    connect(m_supervisor, &Supervisor::programRemoved, this, [this](const QString &name) {
        m_events.remove(name);
        if (name == m_program) {
            setProgram(QString());
        }
    });
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            [this](const QString &oldName, const QString &name) {
                if (oldName != name && m_events.contains(oldName)) {
                    m_events.insert(name, m_events.take(oldName));
                }
                if (oldName == m_program) {
                    m_program = name;
                    refreshAll();
                }
            });
    if (m_resources) {
        connect(m_resources, &ResourceHistory::updated, this, [this](const QStringList &names) {
            if (names.contains(m_program)) {
                requestChartRefresh();
            }
        });
    }
    refreshAll();
}

DetailsPanel::~DetailsPanel() = default;

QWidget *DetailsPanel::createChartsPage()
{
    m_chartsPage = new QWidget;
    m_chartsPage->setObjectName(u"chartsPage"_s);
    m_chartsPage->installEventFilter(this);
    auto *layout = new QBoxLayout(QBoxLayout::TopToBottom, m_chartsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
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
        layout->addWidget(chart->view, 1);
    }
    return m_chartsPage;
}

DetailsPanel::Chart DetailsPanel::createChart(const QString &objectName, const QString &unit,
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

QWidget *DetailsPanel::createSettingsPage()
{
    const char *const titles[SettingCount] = {
            QT_TR_NOOP("Name:"),          QT_TR_NOOP("Command line:"),
            QT_TR_NOOP("Executable:"),    QT_TR_NOOP("Working folder:"),
            QT_TR_NOOP("Kind:"),          QT_TR_NOOP("Start with the launcher:"),
            QT_TR_NOOP("Restart:"),       QT_TR_NOOP("Heartbeat interval:"),
            QT_TR_NOOP("Lost after:"),    QT_TR_NOOP("Start timeout:"),
            QT_TR_NOOP("Stop grace:"),    QT_TR_NOOP("Minimum uptime:"),
            QT_TR_NOOP("Restart limit:"), QT_TR_NOOP("Depends on:"),
            QT_TR_NOOP("Environment:"),   QT_TR_NOOP("Log file:"),
    };
    const char *const names[SettingCount] = {
            "settingName",         "settingCommand",      "settingExecutable",  "settingDirectory",
            "settingKind",         "settingAutostart",    "settingRestart",     "settingInterval",
            "settingLostTimeout",  "settingStartTimeout", "settingStopGrace",   "settingMinUptime",
            "settingRestartLimit", "settingDependsOn",    "settingEnvironment", "settingLogFile",
    };
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < SettingCount; ++i) {
        auto *value = new QLabel;
        value->setObjectName(QString::fromLatin1(names[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        if (i == CommandSetting || i == EnvironmentSetting) {
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
        m_settings[i] = value;
        layout->addRow(tr(titles[i]), value);
    }
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"settingsPage"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    return scroll;
}

QWidget *DetailsPanel::createEventsPage()
{
    m_eventList = new QTreeWidget;
    m_eventList->setObjectName(u"eventList"_s);
    m_eventList->setRootIsDecorated(false);
    m_eventList->setUniformRowHeights(true);
    m_eventList->setHeaderLabels({tr("Time"), tr("Kind"), tr("Message")});
    m_eventList->header()->setSectionResizeMode(EventTime, QHeaderView::ResizeToContents);
    m_eventList->header()->setSectionResizeMode(EventKindColumn, QHeaderView::ResizeToContents);
    m_eventList->setToolTip(tr("This program's recent events, newest first"));
    return m_eventList;
}

QWidget *DetailsPanel::createRestartsPage()
{
    m_deathList = new QTreeWidget;
    m_deathList->setObjectName(u"deathList"_s);
    m_deathList->setRootIsDecorated(false);
    m_deathList->setUniformRowHeights(true);
    m_deathList->setHeaderLabels(
            {tr("Time"), tr("PID"), tr("Uptime"), tr("Exit"), tr("Stop requested")});
    m_deathList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deathList->setToolTip(tr("The last exits of this program, newest first; select one to see "
                               "its last lines on stderr"));
    connect(m_deathList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_deathPicked = item != nullptr;
        showSelectedDeath();
    });

    m_stderrCaption = new QLabel;
    m_stderrCaption->setObjectName(u"stderrCaption"_s);
    m_stderrCaption->setWordWrap(true);
    m_stderrView = new QPlainTextEdit;
    m_stderrView->setObjectName(u"stderrView"_s);
    m_stderrView->setReadOnly(true);
    m_stderrView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stderrView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_stderrCaption);
    lowerLayout->addWidget(m_stderrView, 1);

    m_restartsPage = new QSplitter(Qt::Vertical);
    m_restartsPage->setObjectName(u"restartsPage"_s);
    m_restartsPage->addWidget(m_deathList);
    m_restartsPage->addWidget(lower);
    m_restartsPage->setStretchFactor(0, 1);
    m_restartsPage->setStretchFactor(1, 3);
    return m_restartsPage;
}

QSize DetailsPanel::sizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    // The tab bar's hint holds every title unelided; the pane's frame adds a few pixels.
    const int tabs = m_tabs->tabBar()->sizeHint().width()
            + 2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    const int width = std::clamp(tabs + margins.left() + margins.right(), 380, 600);
    // Two lines of header, the tabs and a chart a little taller than its minimum.
    const int height = margins.top() + margins.bottom() + 2 * fontMetrics().lineSpacing()
            + layout()->spacing() + m_tabs->tabBar()->sizeHint().height()
            + m_cpu.view->minimumHeight() + 40;
    return QSize(width, height);
}

void DetailsPanel::setDockArea(Qt::DockWidgetArea area)
{
    m_dockArea = area;
    updateDirections();
}

void DetailsPanel::updateDirections()
{
    bool wide = false;
    switch (m_dockArea) {
    case Qt::TopDockWidgetArea:
    case Qt::BottomDockWidgetArea:
        wide = true;
        break;
    case Qt::LeftDockWidgetArea:
    case Qt::RightDockWidgetArea:
        break;
    default: {
        const QSize size = m_chartsPage->size();
        wide = size.width() >= 750 && size.width() > 2 * size.height();
        break;
    }
    }
    // Decided before the dock is laid out: stacked charts would make a low dock tall.
    static_cast<QBoxLayout *>(m_chartsPage->layout())
            ->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const Qt::Orientation restarts = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_restartsPage->orientation() != restarts) {
        m_restartsPage->setOrientation(restarts);
        // The deaths need few lines but all their columns: a quarter of the height, or
        // half of the width.
        m_restartsPage->setStretchFactor(1, wide ? 1 : 3);
        m_restartsPage->setSizes(wide ? QList<int>{1000, 1000} : QList<int>{1000, 3000});
    }
}

void DetailsPanel::setProgram(const QString &name)
{
    if (name == m_program) {
        return;
    }
    m_program = name;
    m_deathKeys.clear();
    m_deathPicked = false;
    {
        const QSignalBlocker blocker(m_deathList);
        m_deathList->clear();
    }
    refreshAll();
}

void DetailsPanel::showLatestDeath()
{
    m_tabs->setCurrentIndex(RestartsTab);
    m_deathPicked = false;
    if (m_deathList->topLevelItemCount() > 0) {
        const QSignalBlocker blocker(m_deathList);
        m_deathList->setCurrentItem(m_deathList->topLevelItem(0));
    }
    showSelectedDeath();
}

void DetailsPanel::onProgramsChanged(const QStringList &names)
{
    if (m_program.isEmpty() || !names.contains(m_program)) {
        return;
    }
    refreshHeader();
    refreshSettings();
    refreshRestarts();
    refreshOutputFile();
    requestChartRefresh();
}

void DetailsPanel::onEvent(const Event &event)
{
    // Heartbeat events (when shown at all) come at the beat rate: never kept here.
    if (event.kind == EventKind::Heartbeat || event.program.isEmpty()) {
        return;
    }
    std::deque<Event> &events = m_events[event.program];
    events.push_back(event);
    if (events.size() > maxEventsPerProgram) {
        events.pop_front();
    }
    if (event.program != m_program) {
        return;
    }
    m_eventList->insertTopLevelItem(0, eventItem(event));
    while (m_eventList->topLevelItemCount() > maxEventsPerProgram) {
        delete m_eventList->takeTopLevelItem(m_eventList->topLevelItemCount() - 1);
    }
    refreshHeader();
}

void DetailsPanel::refreshAll()
{
    // Empty charts and forms say nothing: without a program, only the header's hint shows.
    m_tabs->setVisible(!m_program.isEmpty());
    refreshHeader();
    refreshSettings();
    refreshEvents();
    refreshRestarts();
    refreshOutputFile();
    // Hidden charts wait until shown, except that an old program's points must go now.
    if (m_program.isEmpty() || m_chartsPage->isVisible()) {
        refreshCharts();
    }
}

void DetailsPanel::refreshHeader()
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(m_program);
    if (m_program.isEmpty() || !snapshot) {
        m_header->setText(tr("No program selected") + u"<br>"_s
                          + tr("Select a program in the table to see its charts, settings, "
                               "events, restarts and output."));
        return;
    }
    QString text = u"<b>%1</b> — %2"_s.arg(m_program.toHtmlEscaped(), stateLabel(snapshot->state));
    if (snapshot->pid > 0) {
        text += u", "_s + tr("pid %1").arg(snapshot->pid);
    }
    // Always two lines, so that the tabs below do not move when the first exit comes.
    text += u"<br>"_s;
    if (snapshot->deaths.isEmpty()) {
        text += tr("No exit seen since the launcher started.");
    } else {
        const DeathRecord &last = snapshot->deaths.last();
        text += tr("Last exit: %1 at %2").arg(exitText(last).toHtmlEscaped(), formatTime(last.time))
                + u" — <a href=\"#restarts\">%1</a>"_s.arg(tr("why?"));
    }
    m_header->setText(text);
}

void DetailsPanel::refreshSettings()
{
    const ProgramSpec *spec = m_supervisor->spec(m_program);
    if (!spec) {
        for (QLabel *label : m_settings) {
            label->clear();
        }
        return;
    }
    const SettingTexts next = settingTexts(*spec);
    // After an edit, the live instance runs on with what it was launched with: both are shown
    // where they differ.
    const ProgramSpec *running = m_supervisor->instanceSpec(m_program);
    const std::optional<SettingTexts> live
            = running ? std::optional(settingTexts(*running)) : std::nullopt;
    for (int i = 0; i < LogFileSetting; ++i) {
        const QString text = live && live->at(i) != next.at(i)
                ? tr("%1 (running instance)\n%2 (from its next start)").arg(live->at(i), next.at(i))
                : next.at(i);
        m_settings[i]->setText(text);
    }
    const QString logFile = logFileOf(m_program);
    m_settings[LogFileSetting]->setText(logFile.isEmpty() ? tr("none yet")
                                                          : QDir::toNativeSeparators(logFile));
}

DetailsPanel::SettingTexts DetailsPanel::settingTexts(const ProgramSpec &spec) const
{
    const bool beats = spec.kind == ProgramKind::Heartbeat;
    const QString resolved = spec.resolvedProgram();
    QStringList environment;
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        environment.append(it.key() + u'=' + it.value());
    }
    SettingTexts texts;
    texts[NameSetting] = spec.name;
    texts[CommandSetting] = ShellWords::join(QStringList{spec.program} + spec.arguments);
    texts[ExecutableSetting] = resolved.isEmpty() ? tr("not found") : resolved;
    const QString directory = spec.resolvedWorkingDirectory();
    texts[DirectorySetting]
            = directory.isEmpty() ? tr("the launcher's") : QDir::toNativeSeparators(directory);
    texts[KindSetting]
            = beats ? tr("heartbeat (speaks the protocol)") : tr("plain (watched by its pid)");
    texts[AutostartSetting] = spec.autostart ? tr("yes") : tr("no");
    texts[RestartSetting] = spec.restart == RestartPolicy::Always ? tr("always")
            : spec.restart == RestartPolicy::OnFailure            ? tr("on failure")
                                                                  : tr("never");
    texts[IntervalSetting]
            = beats ? formatMilliseconds(spec.heartbeatIntervalMs) : tr("none (plain program)");
    texts[LostTimeoutSetting] = !beats ? tr("not applicable")
                                       : formatMilliseconds(spec.effectiveLostTimeoutMs())
                    + (spec.lostTimeoutMs ? QString() : tr(" (3 × the interval)"));
    texts[StartTimeoutSetting]
            = beats ? formatMilliseconds(spec.startTimeoutMs) : tr("not applicable");
    texts[StopGraceSetting] = formatMilliseconds(spec.stopGraceMs);
    texts[MinUptimeSetting] = formatMilliseconds(spec.minUptimeMs);
    texts[RestartLimitSetting] = tr("%1 restarts within %2 s")
                                         .arg(spec.maxRestarts)
                                         .arg(spec.restartWindowMs / 1000.0);
    texts[DependsOnSetting]
            = spec.dependsOn.isEmpty() ? tr("nothing") : spec.dependsOn.join(u", "_s);
    texts[EnvironmentSetting]
            = environment.isEmpty() ? tr("the launcher's") : environment.join(u'\n');
    return texts;
}

QTreeWidgetItem *DetailsPanel::eventItem(const Event &event) const
{
    auto *item = new QTreeWidgetItem(
            QStringList{formatTime(event.time, true), kindText(event.kind), event.message});
    item->setToolTip(EventMessage, event.message);
    if (event.severity != Severity::Info) {
        const QColor colour = event.severity == Severity::Error ? QColor(0xc6, 0x28, 0x28)
                                                                : QColor(0xb2, 0x3c, 0x00);
        for (int column = 0; column < EventColumns; ++column) {
            item->setForeground(column, colour);
        }
    }
    return item;
}

void DetailsPanel::refreshEvents()
{
    m_eventList->clear();
    const auto it = m_events.constFind(m_program);
    if (m_program.isEmpty() || it == m_events.constEnd()) {
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (auto event = it->crbegin(); event != it->crend(); ++event) {
        items.append(eventItem(*event));
    }
    m_eventList->addTopLevelItems(items);
}

void DetailsPanel::refreshRestarts()
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(m_program);
    QStringList keys;
    if (snapshot) {
        for (const DeathRecord &death : snapshot->deaths) {
            keys.append(deathKey(death) + u'/' + QString::number(int(death.tail)) + u'/'
                        + QString::number(death.lastStderrLines.size()));
        }
    }
    if (keys == m_deathKeys) {
        showSelectedDeath();
        return;
    }
    m_deathKeys = keys;
    const QTreeWidgetItem *current = m_deathList->currentItem();
    // The user's pick stays selected; otherwise the newest death is.
    const QString selected = m_deathPicked && current
            ? current->data(DeathTime, deathKeyRole).toString()
            : QString();
    const QSignalBlocker blocker(m_deathList);
    m_deathList->clear();
    QTreeWidgetItem *reselect = nullptr;
    if (snapshot) {
        for (auto death = snapshot->deaths.crbegin(); death != snapshot->deaths.crend(); ++death) {
            auto *item = new QTreeWidgetItem(
                    QStringList{formatTime(death->time),
                                death->pid > 0 ? QString::number(death->pid) : tr("unknown", "pid"),
                                formatLifetime(death->uptimeMs), exitText(*death),
                                death->unwatched ? tr("unknown", "stop requested")
                                                 : (death->stopRequested ? tr("yes") : tr("no"))});
            item->setData(DeathTime, deathKeyRole, deathKey(*death));
            if (isCrash(*death) && death->status.isKnown()) {
                item->setForeground(DeathExit, QColor(0xc6, 0x28, 0x28));
            }
            m_deathList->addTopLevelItem(item);
            if (item->data(DeathTime, deathKeyRole).toString() == selected) {
                reselect = item;
            }
        }
    }
    // Why did it die, at a glance: the latest death unless the user picked another.
    if (!reselect && m_deathList->topLevelItemCount() > 0) {
        reselect = m_deathList->topLevelItem(0);
    }
    m_deathList->setCurrentItem(reselect);
    showSelectedDeath();
}

void DetailsPanel::showSelectedDeath()
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(m_program);
    const QTreeWidgetItem *item = m_deathList->currentItem();
    const DeathRecord *death = nullptr;
    if (snapshot && item) {
        const QString key = item->data(DeathTime, deathKeyRole).toString();
        for (const DeathRecord &candidate : snapshot->deaths) {
            if (deathKey(candidate) == key) {
                death = &candidate;
            }
        }
    }
    if (!death) {
        m_stderrCaption->setText(snapshot ? tr("No exit seen since the launcher started.")
                                          : QString());
        m_stderrView->clear();
        return;
    }
    const QString which = death->pid > 0 ? tr("pid %1, %2").arg(death->pid).arg(exitText(*death))
                                         : exitText(*death);
    switch (death->tail) {
    case StderrTail::Pending:
        m_stderrCaption->setText(
                tr("Waiting for the last lines it wrote on stderr (%1)…").arg(which));
        break;
    case StderrTail::NotCaptured:
        m_stderrCaption->setText(tr("Its stderr was not captured (%1): it wrote its log file "
                                    "directly; see the Output tab.")
                                         .arg(which));
        break;
    case StderrTail::Received:
        m_stderrCaption->setText(death->lastStderrLines.isEmpty()
                                         ? tr("It wrote nothing on stderr (%1).").arg(which)
                                         : tr("The last %n line(s) it wrote on stderr (%1):",
                                              nullptr, int(death->lastStderrLines.size()))
                                                   .arg(which));
        break;
    }
    const QString text = death->lastStderrLines.join(u'\n');
    if (m_stderrView->toPlainText() != text) {
        m_stderrView->setPlainText(text);
        // The last line is the one nearest the death.
        m_stderrView->moveCursor(QTextCursor::End);
    }
}

// Every program logs to <log folder>/<name>.log; a program not started by this launcher yet has
// no log file in its snapshot, but its file (from an earlier run) sits beside the others'.
QString DetailsPanel::logFileOf(const QString &name) const
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    if (!snapshot) {
        return {};
    }
    if (!snapshot->logFile.isEmpty()) {
        return snapshot->logFile;
    }
    for (const QString &other : m_supervisor->programNames()) {
        const QString file = m_supervisor->snapshot(other)->logFile;
        if (!file.isEmpty()) {
            return QFileInfo(file).dir().filePath(name + u".log"_s);
        }
    }
    return {};
}

void DetailsPanel::refreshOutputFile()
{
    const QString logFile = logFileOf(m_program);
    if (logFile != m_output->file()) {
        m_output->setFile(logFile);
        m_settings[LogFileSetting]->setText(logFile.isEmpty() ? tr("none yet")
                                                              : QDir::toNativeSeparators(logFile));
    }
}

bool DetailsPanel::chartsShown() const
{
    return m_chartsPage->isVisible() && !m_program.isEmpty();
}

// At most once a second, and only while the charts are seen: the data changes with every sample
// and beat, the picture need not.
void DetailsPanel::requestChartRefresh()
{
    if (chartsShown() && m_sinceChartRefresh.isValid()
        && m_sinceChartRefresh.elapsed() >= chartRefreshMs) {
        refreshCharts();
    }
}

void DetailsPanel::refreshCharts()
{
    if (m_program.isEmpty()) {
        m_chartTimer.stop();
        for (const Chart *chart : {&m_cpu, &m_memory, &m_heartbeat}) {
            chart->series->clear();
            chart->view->chart()->setTitle(QString());
        }
        m_expectedInterval->clear();
        return;
    }
    m_sinceChartRefresh.start();
    // The time axis moves on even when no sample comes (a stopped program).
    m_chartTimer.start();
    const qint64 now = m_supervisor->nowMs();
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

void DetailsPanel::refreshResourceCharts(qint64 now, qint64 *oldestMs)
{
    QList<QPointF> cpu;
    QList<QPointF> memory;
    double maxCpu = 0;
    double maxMemory = 0;
    if (m_resources) {
        for (const ResourceSample &sample : m_resources->samples(m_program)) {
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
            = m_resources ? m_resources->current(m_program) : std::nullopt;
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

void DetailsPanel::refreshHeartbeatChart(qint64 now, qint64 *oldestMs)
{
    const ProgramSpec *spec = m_supervisor->spec(m_program);
    const HeartbeatHistory *history = m_supervisor->heartbeatHistory(m_program);
    // The time between two instances is downtime, not a heartbeat interval: an interval that
    // spans a death is left out (deaths are in UTC, beats on the supervisor's clock).
    QList<qint64> deaths;
    if (const ProgramSnapshot *snapshot = m_supervisor->snapshot(m_program)) {
        const qint64 utcNow = QDateTime::currentMSecsSinceEpoch();
        for (const DeathRecord &death : snapshot->deaths) {
            if (!death.unwatched) {
                deaths.append(now - (utcNow - death.time.toMSecsSinceEpoch()));
            }
        }
    }
    QList<QPointF> intervals;
    double maxInterval = 0;
    if (history && !history->isEmpty()) {
        // An interval belongs to the beat that ends it; the first beat kept has none. It is
        // the time between arrivals: beats queued while the launcher was busy arrive 0 ms
        // apart, and are shown so, after the long interval of the stall itself.
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
            maxInterval = std::max(maxInterval, interval);
            *oldestMs = std::max(*oldestMs, now - at);
        }
    }
    m_heartbeat.series->replace(intervals);
    const bool beats = spec && spec->kind == ProgramKind::Heartbeat;
    // A plain program has no heartbeat: its chart would only take the room of the others.
    m_heartbeat.view->setVisible(beats);
    const double expected = beats ? spec->heartbeatIntervalMs : 0;
    m_expectedInterval->replace(beats ? QList<QPointF>{QPointF(0, expected), QPointF(1, expected)}
                                      : QList<QPointF>());
    setValueRange(m_heartbeat.y, std::max(maxInterval, expected), 10);

    QChart *chart = m_heartbeat.view->chart();
    // Short titles: a narrow dock elides the rest.
    if (!beats) {
        chart->setTitle(QString());
    } else if (intervals.isEmpty()) {
        chart->setTitle(tr("No heartbeat yet (expected every %1)")
                                .arg(formatMilliseconds(spec->heartbeatIntervalMs)));
    } else {
        chart->setTitle(tr("Heartbeat every %1 (expected %2, dashed)")
                                .arg(formatMilliseconds(qRound64(intervals.last().y())),
                                     formatMilliseconds(spec->heartbeatIntervalMs)));
    }
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsPage) {
        switch (event->type()) {
        case QEvent::Show:
            refreshCharts();
            break;
        case QEvent::Hide:
            m_chartTimer.stop();
            break;
        case QEvent::Resize:
            updateDirections();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
