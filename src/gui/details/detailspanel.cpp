#include "gui/details/detailspanel.h"

#include "core/model/event.h"
#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/supervision/supervisor.h"
#include "gui/details/chartspage.h"
#include "gui/details/eventspage.h"
#include "gui/details/outputview.h"
#include "gui/details/restartspage.h"
#include "gui/details/settingspage.h"
#include "gui/formatting.h"

#include <algorithm>

#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(Supervisor *supervisor, const ResourceHistory *resources,
                           EventLogModel *events, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new ChartsPage(supervisor, resources))
    , m_settings(new SettingsPage(supervisor))
    , m_events(new EventsPage(events))
    , m_restarts(new RestartsPage(supervisor))
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
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_settings, tr("Settings"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_restarts, tr("Restarts"));
    m_output->setObjectName(u"outputView"_s);
    m_tabs->addTab(m_output, tr("Output"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabToolTip(tab, m_tabs->tabText(tab));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_charts, &ChartsPage::resized, this, &DetailsPanel::updateDirections);
    connect(m_supervisor, &Supervisor::programsChanged, this, &DetailsPanel::onProgramsChanged);
    connect(m_supervisor, &Supervisor::eventOccurred, this, &DetailsPanel::onEvent);
    connect(m_supervisor, &Supervisor::programRemoved, this, [this](const QString &name) {
        if (name == m_program) {
            setProgram(QString());
        }
    });
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            [this](const QString &oldName, const QString &name) {
                if (oldName == m_program) {
                    m_program = name;
                    m_restarts->renameProgram(name);
                    refreshAll();
                }
            });
    refreshAll();
}

DetailsPanel::~DetailsPanel() = default;

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
            + m_charts->chartMinimumHeight() + 40;
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
        const QSize size = m_charts->size();
        wide = size.width() >= 750 && size.width() > 2 * size.height();
        break;
    }
    }
    // Decided before the dock is laid out: stacked charts would make a low dock tall.
    m_charts->setWide(wide);
    m_restarts->setWide(wide);
}

void DetailsPanel::setProgram(const QString &name)
{
    if (name == m_program) {
        return;
    }
    m_program = name;
    m_restarts->setProgram(name);
    refreshAll();
}

void DetailsPanel::showLatestDeath()
{
    m_tabs->setCurrentIndex(RestartsTab);
    m_restarts->selectLatestDeath();
}

void DetailsPanel::onProgramsChanged(const QStringList &names)
{
    if (m_program.isEmpty() || !names.contains(m_program)) {
        return;
    }
    refreshHeader();
    m_settings->refresh(m_program, logFileOf(m_program));
    m_restarts->refresh();
    refreshOutputFile();
    m_charts->requestRefresh();
}

void DetailsPanel::onEvent(const Event &event)
{
    // The Events tab follows the event log by itself; the header tells the state.
    if (event.kind != EventKind::Heartbeat && event.program == m_program && !m_program.isEmpty()) {
        refreshHeader();
    }
}

void DetailsPanel::refreshAll()
{
    // Empty charts and forms say nothing: without a program, only the header's hint shows.
    m_tabs->setVisible(!m_program.isEmpty());
    refreshHeader();
    m_settings->refresh(m_program, logFileOf(m_program));
    m_events->setProgram(m_program);
    m_restarts->refresh();
    refreshOutputFile();
    m_charts->setProgram(m_program);
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
        text += tr("Last exit: %1 at %2")
                        .arg(RestartsPage::exitText(last).toHtmlEscaped(), formatTime(last.time))
                + u" — <a href=\"#restarts\">%1</a>"_s.arg(tr("why?"));
    }
    m_header->setText(text);
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
        m_settings->setLogFile(logFile);
    }
}
