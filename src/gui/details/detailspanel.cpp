#include "gui/details/detailspanel.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/remote/remotehosts.h"
#include "gui/details/chartspage.h"
#include "gui/details/eventspage.h"
#include "gui/details/outputview.h"
#include "gui/details/remotedetailssource.h"
#include "gui/details/restartspage.h"
#include "gui/details/settingspage.h"
#include "gui/details/supervisordetailssource.h"
#include "gui/formatting.h"

#include <algorithm>

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(Supervisor *supervisor, const ResourceHistory *resources,
                           EventLogModel *events, QWidget *parent)
    : QWidget(parent)
    , m_local(new SupervisorDetailsSource(supervisor, resources, this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new ChartsPage(m_local))
    , m_settings(new SettingsPage(m_local))
    , m_events(new EventsPage(events))
    , m_restarts(new RestartsPage(m_local))
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
    m_tabs->addTab(outputTab(), tr("Output"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabToolTip(tab, m_tabs->tabText(tab));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_charts, &ChartsPage::resized, this, &DetailsPanel::updateDirections);
    setSource(m_local, QString());
}

QWidget *DetailsPanel::outputTab()
{
    m_remoteOutputNote = new QLabel;
    m_remoteOutputNote->setObjectName(u"remoteOutputNote"_s);
    m_remoteOutputNote->setWordWrap(true);
    auto *button = new QPushButton(tr("Follow its output…"));
    button->setObjectName(u"remoteOutputButton"_s);
    connect(button, &QPushButton::clicked, this, &DetailsPanel::remoteOutputRequested);
    auto *remote = new QWidget;
    auto *layout = new QVBoxLayout(remote);
    layout->addWidget(m_remoteOutputNote);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_outputStack = new QStackedWidget;
    m_outputStack->addWidget(m_output);
    m_outputStack->addWidget(remote);
    return m_outputStack;
}

void DetailsPanel::setHosts(RemoteHosts *hosts)
{
    // Each host's source from the start: its CPU and memory charts go back that far.
    for (RemoteLauncher *launcher : hosts->launchers()) {
        addHost(launcher);
    }
    connect(hosts, &RemoteHosts::hostAdded, this, &DetailsPanel::addHost);
    connect(hosts, &RemoteHosts::hostAboutToBeRemoved, this, [this](RemoteLauncher *launcher) {
        RemoteDetailsSource *source = m_remote.take(launcher->host().name);
        if (source == m_source) {
            setSource(m_local, QString());
        }
        delete source;
    });
}

void DetailsPanel::addHost(RemoteLauncher *launcher)
{
    m_remote.insert(launcher->host().name, new RemoteDetailsSource(launcher, this));
}

QString DetailsPanel::host() const
{
    return m_source ? m_source->host() : QString();
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

void DetailsPanel::setProgram(const QString &host, const QString &name)
{
    ProgramDetailsSource *source = host.isEmpty() ? m_local : m_remote.value(host);
    if (!source) {
        source = m_local; // a host no longer followed: nothing to show
        m_program.clear();
    }
    if (source == m_source && name == m_program) {
        return;
    }
    setSource(source, source == m_local && !host.isEmpty() ? QString() : name);
}

void DetailsPanel::setSource(ProgramDetailsSource *source, const QString &name)
{
    if (m_source != source) {
        if (m_source) {
            m_source->follow(QString());
            disconnect(m_source, nullptr, this, nullptr);
        }
        m_source = source;
        connect(source, &ProgramDetailsSource::programsChanged, this,
                &DetailsPanel::onProgramsChanged);
        connect(source, &ProgramDetailsSource::stateChanged, this, [this](const QString &name) {
            // The Events tab follows the event log by itself; the header tells the state.
            if (name == m_program && !m_program.isEmpty()) {
                refreshHeader();
            }
        });
        connect(source, &ProgramDetailsSource::programRemoved, this, [this](const QString &name) {
            if (name == m_program) {
                setProgram(host(), QString());
            }
        });
        connect(source, &ProgramDetailsSource::programRenamed, this,
                [this](const QString &oldName, const QString &name) {
                    if (oldName == m_program) {
                        m_program = name;
                        m_restarts->renameProgram(name);
                        refreshAll();
                    }
                });
        m_settings->setSource(source);
    }
    m_program = name;
    // An agent is asked for a program's details only while they can be seen.
    m_source->follow(isVisible() ? name : QString());
    m_restarts->setProgram(source, name);
    refreshAll();
}

void DetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_source->follow(m_program);
}

void DetailsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_source->follow(QString());
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
    m_settings->refresh(m_program, m_source->logFile(m_program));
    m_restarts->refresh();
    refreshOutputFile();
    m_charts->requestRefresh();
}

void DetailsPanel::refreshAll()
{
    // Empty charts and forms say nothing: without a program, only the header's hint shows.
    m_tabs->setVisible(!m_program.isEmpty());
    refreshHeader();
    m_settings->refresh(m_program, m_source->logFile(m_program));
    // The window's event log holds every followed host's events, each with its host.
    m_events->setProgram(m_program, host());
    m_restarts->refresh();
    refreshOutputFile();
    refreshRemoteNotes();
    m_charts->setProgram(m_source, m_program);
}

void DetailsPanel::refreshRemoteNotes()
{
    const QString host = this->host();
    m_outputStack->setCurrentIndex(host.isEmpty() ? 0 : 1);
    if (host.isEmpty()) {
        return;
    }
    m_remoteOutputNote->setText(tr("%1 writes its output on %2, which sends it on request: "
                                   "it is followed in a window of its own.")
                                        .arg(m_program, host));
}

void DetailsPanel::refreshHeader()
{
    const std::optional<ProgramSnapshot> snapshot = m_source->snapshot(m_program);
    if (m_program.isEmpty() || !snapshot) {
        m_header->setText(tr("No program selected") + u"<br>"_s
                          + tr("Select a program in the table to see its charts, settings, "
                               "events, restarts and output."));
        return;
    }
    const QString host = this->host();
    QString text = u"<b>%1</b>"_s.arg(m_program.toHtmlEscaped());
    if (!host.isEmpty()) {
        //: %1 is a program's name, %2 its host's
        text = tr("%1 on %2").arg(text, host.toHtmlEscaped());
    }
    text += u" — "_s + stateLabel(snapshot->state);
    if (snapshot->pid > 0) {
        text += u", "_s + tr("pid %1").arg(snapshot->pid);
    }
    // What an unreachable host said last stays, said to be so.
    if (const QString stale = m_source->staleText(); !stale.isEmpty()) {
        text += u" — <i>%1</i>"_s.arg(stale.toHtmlEscaped());
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

void DetailsPanel::refreshOutputFile()
{
    // Another host's file is not here: the Output tab offers to follow it through its agent.
    const QString logFile = m_source->logFile(m_program);
    const QString local = m_source == m_local ? logFile : QString();
    if (local != m_output->file()) {
        m_output->setFile(local);
    }
    m_settings->setLogFile(logFile);
}
