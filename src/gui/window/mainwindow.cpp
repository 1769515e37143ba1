#include "gui/window/mainwindow.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/models/eventlogmodel.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/remoteprogramsmodel.h"
#include "gui/window/fileactions.h"
#include "gui/window/hostactions.h"
#include "gui/window/logpane.h"
#include "gui/window/problemalerts.h"
#include "gui/window/programactions.h"
#include "gui/window/programstatusbar.h"
#include "gui/window/programtable.h"
#include "gui/window/remoteoutputdialog.h"
#include "gui/window/remoteprogramactions.h"

#include <algorithm>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStyle>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

// The saved layout of the program table; "programColumns" held the layout of the table before
// the CPU, Memory and Heartbeats columns: restored by index, its widths and hidden flags
// would land on the wrong columns.
constexpr char programColumnsKey[] = "programColumnsV2";
constexpr char oldProgramColumnsKey[] = "programColumns";

QIcon icon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

QString settingsKey(const char *key)
{
    return u"mainWindow/"_s + QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(Supervisor *supervisor, ConfigurationKeeper *keeper,
                       ResourceMonitor *resources, RemoteHosts *hosts, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_hosts(hosts)
    , m_ownResources(resources ? nullptr : std::make_unique<ResourceMonitor>(supervisor))
    , m_resources(resources ? resources : m_ownResources.get())
{
    m_ui->setupUi(this);
    setWindowIcon(icon(u"zlauncher"_s));
    setUpActions();
    m_table = new ProgramTable(m_ui->programTable, m_ui->menuColumns, m_ui->filterEdit,
                               m_supervisor, &m_resources->history(), m_hosts, this);
    connect(m_ui->programTable, &QWidget::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    setUpParts();
    setUpDetailsDock();
    if (m_ownResources) {
        m_ownResources->start();
    }
    connect(m_fileActions, &FileActions::pathChanged, this, &MainWindow::updateWindowTitle);

    restoreSettings();
    m_programActions->updateActions();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // The panel reads the resources, which the window may own: it goes first, not with the
    // other children.
    delete m_detailsDock;
}

void MainWindow::setUpActions()
{
    const struct
    {
        QAction *action;
        const char16_t *icon;
    } icons[] = {
            {m_ui->actionAddProgram, u"action-add"},
            {m_ui->actionEditProgram, u"action-edit"},
            {m_ui->actionRemoveProgram, u"action-remove"},
            {m_ui->actionStartProgram, u"action-start"},
            {m_ui->actionStopProgram, u"action-stop"},
            {m_ui->actionRestartProgram, u"action-restart"},
            {m_ui->actionKillProgram, u"action-kill"},
            {m_ui->actionRetryProgram, u"action-restart"},
            {m_ui->actionPingProgram, u"action-ping"},
            {m_ui->actionStartAll, u"action-start-all"},
            {m_ui->actionStopAll, u"action-stop-all"},
            {m_ui->actionOpenConfiguration, u"action-open"},
            {m_ui->actionSave, u"action-save"},
            {m_ui->actionOpenLogFile, u"action-log"},
            {m_ui->actionQuit, u"action-quit"},
    };
    for (const auto &entry : icons) {
        entry.action->setIcon(icon(QString::fromUtf16(entry.icon)));
    }
    m_ui->actionExportTable->setIcon(icon(u"action-export"_s));
    m_ui->clearLogButton->setIcon(icon(u"action-clear"_s));
    m_ui->saveLogButton->setIcon(icon(u"action-save"_s));

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionQuitLeaveRunning, &QAction::triggered, this,
            &MainWindow::quitLeavingProgramsRunning);
    connect(m_ui->actionFindProgram, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpParts()
{
    RemoteProgramActions *remote = nullptr;
    HostActions *hostActions = nullptr;
    if (m_hosts) {
        remote = new RemoteProgramActions(m_hosts, statusBar(), this);
        hostActions = new HostActions(m_ui.get(), this, m_hosts, this);
    } else {
        m_ui->actionConnectHost->setVisible(false);
        m_ui->actionDisconnectHost->setVisible(false);
    }
    m_programActions = new ProgramActions(m_ui.get(), this, m_supervisor, m_keeper, remote, this);
    if (m_table->remoteModel()) {
        // What another host's selected programs allow changes with its snapshots.
        connect(m_table->remoteModel(), &QAbstractItemModel::dataChanged, m_programActions,
                &ProgramActions::updateActions);
    }
    m_fileActions = new FileActions(m_ui.get(), this, m_supervisor, m_keeper, m_table->rows(),
                                    m_table->proxy(), this);
    connect(m_fileActions, &FileActions::configurationOpened, m_programActions,
            &ProgramActions::forgetRemoved);
    m_logModel = new EventLogModel(m_supervisor, EventLogModel::defaultCapacity, this);
    if (m_hosts) {
        // Every followed host's events too, each with its host.
        const auto logEventsOf = [this](RemoteLauncher *launcher) {
            connect(launcher, &RemoteLauncher::eventOccurred, m_logModel, &EventLogModel::append);
        };
        for (RemoteLauncher *launcher : m_hosts->launchers()) {
            logEventsOf(launcher);
        }
        connect(m_hosts, &RemoteHosts::hostAdded, this, logEventsOf);
    }
    new LogPane(m_ui.get(), this, m_supervisor, m_logModel, this);
    auto *status = new ProgramStatusBar(statusBar(), m_supervisor, &m_resources->history(), this);
    auto *alerts = new ProblemAlerts(this, m_supervisor, this);
    connect(status, &ProgramStatusBar::countsChanged, alerts, &ProblemAlerts::setCounts);
    connect(alerts, &ProblemAlerts::windowRequested, this, &MainWindow::bringToFront);
    if (hostActions) {
        connect(hostActions, &HostActions::hostLost, alerts, &ProblemAlerts::showProblem);
    }
    status->update();
}

void MainWindow::setUpDetailsDock()
{
    m_details = new DetailsPanel(m_supervisor, &m_resources->history(), m_logModel, this);
    if (m_hosts) {
        m_details->setHosts(m_hosts);
        // Another host's output is followed through its agent, as Program ▸ Open log file does.
        connect(m_details, &DetailsPanel::remoteOutputRequested, this, [this] {
            auto *dialog = new RemoteOutputDialog(m_hosts, m_details->host(), m_details->program(),
                                                  this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    }
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(u"dockDetails"_s);
    m_detailsDock->setWidget(m_details);
    connect(m_detailsDock, &QDockWidget::dockLocationChanged, this, &MainWindow::updateDetailsArea);
    connect(m_detailsDock, &QDockWidget::topLevelChanged, this, &MainWindow::updateDetailsArea);
    connect(m_detailsDock, &QDockWidget::visibilityChanged, this,
            [this](bool visible) { m_detailsPlaced = m_detailsPlaced || visible; });
    // Beside the table, or below it in a narrow window (placeDetailsDock), hidden until asked
    // for; the saved window state remembers the user's choices.
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_detailsDock->hide();
    QAction *toggle = m_detailsDock->toggleViewAction();
    toggle->setObjectName(u"actionShowDetails"_s);
    toggle->setText(tr("&Details"));
    toggle->setToolTip(tr("Show the selected program's charts, settings, events, restarts and "
                          "output (F9)"));
    toggle->setShortcut(QKeySequence(Qt::Key_F9));
    toggle->setIcon(icon(u"action-details"_s));
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), toggle);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(toggle);
    // The panel follows the current row, whatever the sort and the filter.
    connect(m_ui->programTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->setProgram(current.data(ProcessTableModel::HostRole).toString(),
                                      current.data(ProcessTableModel::ProgramNameRole).toString());
            });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_table->restoreColumns(settings.value(settingsKey(programColumnsKey)).toByteArray());
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray())) {
        // First run: room for the table beside the details dock if the screen has it; on a
        // narrower screen the dock opens below the table (placeDetailsDock).
        const QRect available = screen()->availableGeometry();
        resize(std::min(std::max(1400, widthForTableBesideDetails()), available.width() * 9 / 10),
               std::min(900, available.height() * 9 / 10));
    }
    m_detailsPlaced = restoreState(settings.value(settingsKey("state")).toByteArray());
    placeDetailsDock();
    updateDetailsArea();
    if (!m_ui->mainSplitter->restoreState(settings.value(settingsKey("splitter")).toByteArray())) {
        m_ui->mainSplitter->setSizes({460, 240});
    }
    m_ui->logView->horizontalHeader()->restoreState(
            settings.value(settingsKey("logColumns")).toByteArray());
    m_ui->actionShowHeartbeats->setChecked(settings.value(settingsKey("showHeartbeats")).toBool());
}

int MainWindow::widthForTableBesideDetails() const
{
    const QMargins margins = m_ui->centralLayout->contentsMargins();
    return m_table->readableWidth() + margins.left() + margins.right()
            + style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this)
            + m_detailsDock->sizeHint().width();
}

void MainWindow::placeDetailsDock()
{
    if (m_detailsPlaced || !m_detailsDock) {
        return;
    }
    const Qt::DockWidgetArea area = width() >= widthForTableBesideDetails()
            ? Qt::RightDockWidgetArea
            : Qt::BottomDockWidgetArea;
    if (dockWidgetArea(m_detailsDock) != area) {
        addDockWidget(area, m_detailsDock); // hidden it stays
    }
}

void MainWindow::updateDetailsArea()
{
    m_details->setDockArea(m_detailsDock->isFloating() ? Qt::NoDockWidgetArea
                                                       : dockWidgetArea(m_detailsDock));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(settingsKey(programColumnsKey),
                      m_ui->programTable->horizontalHeader()->saveState());
    settings.remove(settingsKey(oldProgramColumnsKey));
    settings.setValue(settingsKey("logColumns"), m_ui->logView->horizontalHeader()->saveState());
    settings.setValue(settingsKey("showHeartbeats"), m_ui->actionShowHeartbeats->isChecked());
    settings.setValue(u"lastConfiguration"_s, m_keeper->path());
}

void MainWindow::updateWindowTitle()
{
    const QString path = m_keeper->path();
    // Remembered at once, not only at exit: a crash must not lose which file was in use.
    QSettings().setValue(u"lastConfiguration"_s, path);
    setWindowTitle(path.isEmpty() ? tr("zlauncher")
                                  : tr("%1 — zlauncher").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    if (!m_ui->programTable->indexAt(position).isValid()) {
        QMenu menu(this);
        menu.addAction(m_ui->actionAddProgram);
        menu.addAction(m_ui->actionStartAll);
        menu.addAction(m_ui->actionStopAll);
        menu.exec(m_ui->programTable->viewport()->mapToGlobal(position));
        return;
    }
    QMenu menu(this);
    menu.addActions({m_ui->actionStartProgram, m_ui->actionStopProgram, m_ui->actionRestartProgram,
                     m_ui->actionKillProgram, m_ui->actionRetryProgram, m_ui->actionPingProgram});
    menu.addSeparator();
    menu.addActions({m_ui->actionEditProgram, m_ui->actionRemoveProgram});
    if (m_ui->actionScaleProgram->isEnabled()) {
        menu.addAction(m_ui->actionScaleProgram);
    }
    menu.addSeparator();
    menu.addActions({m_ui->actionOpenLogFile, m_ui->actionCopyCommandLine});
    menu.addSeparator();
    menu.addAction(m_detailsDock->toggleViewAction());
    menu.exec(m_ui->programTable->viewport()->mapToGlobal(position));
}

void MainWindow::reportOpenResult(const ConfigurationKeeper::OpenResult &result)
{
    m_fileActions->reportOpenResult(result);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About zlauncher"),
            tr("<h3>zlauncher %1</h3>"
               "<p>Launches programs, watches them over ZeroMQ, restarts them when they die or "
               "hang, and stops them cleanly.</p>"
               "<p><b>Protocol</b> (all endpoints in the private runtime directory %2):</p><ul>"
               "<li>Heartbeats: a PUB connected to <tt>$ZLAUNCHER_HEARTBEAT</tt> sends "
               "<tt>ZLHB1</tt>, name, pid, sequence and an optional status, every "
               "<tt>$ZLAUNCHER_INTERVAL_MS</tt>.</li>"
               "<li>Control: a REP bound to <tt>$ZLAUNCHER_CONTROL</tt> answers <tt>stop</tt> "
               "with <tt>ok</tt> and <tt>ping</tt> with <tt>pong</tt>.</li>"
               "<li>A program silent past its lost timeout is killed and restarted; one that "
               "does not stop within its grace is killed.</li></ul>")
                    .arg(QCoreApplication::applicationVersion(), m_supervisor->runtimeDirectory()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_supervisor->hasLiveInstances()) {
        saveSettings();
        event->accept();
        return;
    }
    event->ignore();
    QMessageBox question(QMessageBox::Question, tr("Quit zlauncher"),
                         tr("Programs are running. Stop them before quitting?"),
                         QMessageBox::Cancel, this);
    question.setObjectName(u"quitQuestion"_s);
    QPushButton *stopButton = question.addButton(tr("Stop all and quit"), QMessageBox::AcceptRole);
    QPushButton *leaveButton
            = question.addButton(tr("Quit and leave running"), QMessageBox::DestructiveRole);
    question.setDefaultButton(stopButton);
    question.exec();
    if (question.clickedButton() == stopButton) {
        quitWithoutAsking(false);
    } else if (question.clickedButton() == leaveButton) {
        quitWithoutAsking(true);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateTicking();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateTicking();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    placeDetailsDock();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        updateTicking();
    }
}

void MainWindow::updateTicking()
{
    const bool shown = isVisible() && !isMinimized();
    m_table->model()->setTicking(shown);
    if (RemoteProgramsModel *remote = m_table->remoteModel()) {
        remote->setTicking(shown);
    }
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::quitWithoutAsking(bool leaveRunning)
{
    if (leaveRunning || !m_supervisor->hasLiveInstances()) {
        quitLeavingProgramsRunning();
    } else {
        stopAllAndQuit();
    }
}

void MainWindow::stopAllAndQuit()
{
    if (m_quitProgress) {
        // Asked twice (the menu, then zlauncherctl): one stop, one dialog.
        m_quitProgress->raise();
        return;
    }
    const auto liveCount = [this] {
        int live = 0;
        for (const QString &name : m_supervisor->programNames()) {
            live += hasLiveInstance(m_supervisor->snapshot(name)->state) ? 1 : 0;
        }
        return live;
    };
    const int total = liveCount();
    auto *progress
            = new QProgressDialog(tr("Stopping programs…"), tr("Kill them now"), 0, total, this);
    progress->setObjectName(u"quitProgress"_s);
    progress->setWindowTitle(tr("Quitting zlauncher"));
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_quitProgress = progress;
    connect(progress, &QProgressDialog::canceled, m_supervisor, &Supervisor::killAll);
    connect(m_supervisor, &Supervisor::stateChanged, progress, [progress, total, liveCount] {
        const int live = liveCount();
        progress->setValue(total - live);
        progress->setLabelText(tr("Stopping programs… %n left", nullptr, live));
    });
    connect(m_supervisor, &Supervisor::allStopped, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
    m_supervisor->stopAll();
    progress->show();
}

void MainWindow::quitLeavingProgramsRunning()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();
}
