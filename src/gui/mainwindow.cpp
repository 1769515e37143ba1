#include "gui/mainwindow.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/supervision/supervisor.h"
#include "gui/detailspanel.h"
#include "gui/eventlogmodel.h"
#include "gui/formatting.h"
#include "gui/processtablemodel.h"
#include "gui/programdialog.h"
#include "gui/pulsedelegate.h"
#include "core/model/shellwords.h"
#include "gui/trayicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QThread>
#include <QUrl>

#include <csignal>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

// Longer than any answer from a program that is alive, short enough to wait for.
constexpr int pingTimeoutMs = 1000;
// The saved layout of the program table; "programColumns" held the layout of the table before
// the CPU, Memory and Heartbeats columns: restored by index, its widths and hidden flags
// would land on the wrong columns.
constexpr char programColumnsKey[] = "programColumnsV2";
constexpr char oldProgramColumnsKey[] = "programColumns";
// The width, in average characters, at which a status ("88 ticks received, latency 135 us")
// reads whole: the least the stretching last column of the table should get.
constexpr int readableStatusChars = 40;
// The status column's own width: stretching last, it never gets narrower (the table scrolls
// instead), so less than a readable width, for a narrow window; elided, its tooltip is whole.
constexpr int narrowestStatusChars = 24;

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
                       ResourceMonitor *resources, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_ownResources(resources ? nullptr : std::make_unique<ResourceMonitor>(supervisor))
    , m_resources(resources ? resources : m_ownResources.get())
{
    m_ui->setupUi(this);
    setWindowIcon(icon(u"zlauncher"_s));
    setUpActions();
    setUpProgramTable();
    setUpLogPane();
    setUpStatusBar();
    setUpResources();
    setUpNotifications();
    setUpDetailsDock();

    connect(m_supervisor, &Supervisor::stateChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });
    connect(m_supervisor, &Supervisor::programAdded, this, &MainWindow::updateActions);
    connect(m_supervisor, &Supervisor::programRemoved, this, &MainWindow::updateActions);
    // A start waiting for dependencies, or a new kind, changes what can be done.
    connect(m_supervisor, &Supervisor::programsChanged, this, &MainWindow::onProgramsChanged);
    connect(m_supervisor, &Supervisor::programSpecChanged, this, &MainWindow::updateActions);
    connect(m_keeper, &ConfigurationKeeper::saveFailed, this, [this](const QString &message) {
        showError(tr("The configuration was not saved"), message);
    });
    connect(m_keeper, &ConfigurationKeeper::saved, this, &MainWindow::updateWindowTitle);

    restoreSettings();
    updateActions();
    updateStatusBar();
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

    connect(m_ui->actionAddProgram, &QAction::triggered, this, &MainWindow::addProgram);
    connect(m_ui->actionEditProgram, &QAction::triggered, this, &MainWindow::editProgram);
    connect(m_ui->actionRemoveProgram, &QAction::triggered, this, &MainWindow::removePrograms);
    connect(m_ui->actionUndo, &QAction::triggered, this, &MainWindow::undoRemove);
    connect(m_ui->actionStartProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::startProgram); });
    connect(m_ui->actionStopProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::stopProgram); });
    connect(m_ui->actionRestartProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::restartProgram); });
    connect(m_ui->actionKillProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::killProgram); });
    connect(m_ui->actionRetryProgram, &QAction::triggered, this, &MainWindow::retryPrograms);
    connect(m_ui->actionPingProgram, &QAction::triggered, this, &MainWindow::pingPrograms);
    connect(m_ui->actionStartAll, &QAction::triggered, m_supervisor, &Supervisor::startAll);
    connect(m_ui->actionStopAll, &QAction::triggered, m_supervisor, &Supervisor::stopAll);
    connect(m_ui->actionOpenLogFile, &QAction::triggered, this, &MainWindow::openLogFile);
    connect(m_ui->actionCopyCommandLine, &QAction::triggered, this, &MainWindow::copyCommandLines);
    connect(m_ui->actionOpenConfiguration, &QAction::triggered, this,
            &MainWindow::openConfiguration);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveConfiguration);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveConfigurationAs);
    connect(m_ui->actionExportTable, &QAction::triggered, this, &MainWindow::exportTable);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionQuitLeaveRunning, &QAction::triggered, this,
            &MainWindow::quitLeavingProgramsRunning);
    connect(m_ui->actionShowHeartbeats, &QAction::toggled, this, &MainWindow::setHeartbeatsShown);
    connect(m_ui->actionFindProgram, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpProgramTable()
{
    m_tableModel = new ProcessTableModel(m_supervisor, &m_resources->history(), this);
    m_tableProxy = new QSortFilterProxyModel(this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(ProcessTableModel::SortRole);
    m_tableProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableProxy->setFilterKeyColumn(-1); // any column: name, state, status, command
    m_ui->programTable->setModel(m_tableProxy);
    // The proxy keeps the columns as they are: the source's column is the view's.
    m_ui->programTable->setItemDelegateForColumn(ProcessTableModel::Pulse, new PulseDelegate(this));
    m_ui->programTable->sortByColumn(ProcessTableModel::Name, Qt::AscendingOrder);
    m_ui->programTable->sortByColumn(-1, Qt::AscendingOrder); // configuration order at first
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_tableProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    QHeaderView *header = m_ui->programTable->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &position) {
                m_ui->menuColumns->popup(header->mapToGlobal(position));
            });
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        QAction *toggle = m_ui->menuColumns->addAction(
                m_tableModel->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setEnabled(column != ProcessTableModel::Name);
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_ui->programTable->setColumnHidden(column, !shown);
        });
    }
    connect(m_ui->programTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_ui->programTable, &QWidget::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    connect(m_ui->programTable, &QAbstractItemView::doubleClicked, this, &MainWindow::editProgram);
}

void MainWindow::setUpStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_resourcesLabel = new QLabel(this);
    m_resourcesLabel->setObjectName(u"resourcesLabel"_s);
    m_resourcesLabel->setVisible(false); // until the first sample
    m_rateLabel = new QLabel(this);
    m_rateLabel->setToolTip(tr("Heartbeats received per second, and malformed messages dropped"));
    const auto separator = [this] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_resourcesLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_rateLabel);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_statusTimer.start();
}

void MainWindow::setUpResources()
{
    connect(&m_resources->history(), &ResourceHistory::updated, this,
            &MainWindow::updateResourceTotals);
    if (m_ownResources) {
        m_ownResources->start();
    }
}

void MainWindow::setUpNotifications()
{
    m_notifier = new ProblemNotifier(m_supervisor, this);
    m_notifier->setObjectName(u"problemNotifier"_s);
    connect(m_notifier, &ProblemNotifier::notificationReady, this, &MainWindow::showProblem);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this, m_supervisor, this);
    }
}

void MainWindow::setUpDetailsDock()
{
    m_details = new DetailsPanel(m_supervisor, &m_resources->history(), this);
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
                m_details->setProgram(current.data(ProcessTableModel::ProgramNameRole).toString());
            });
}

void MainWindow::updateResourceTotals()
{
    const ResourceUsage total = m_resources->history().total();
    m_resourcesLabel->setText(
            tr("CPU %1 · %2", "status bar: processor use, memory")
                    .arg(formatCpu(total.cpuPercent), formatBytes(total.residentBytes)));
    const int cores = std::max(QThread::idealThreadCount(), 1);
    m_resourcesLabel->setToolTip(
            (total.processes == 1
                     ? tr("All programs together: 1 process.")
                     : tr("All programs together: %n processes.", nullptr, total.processes))
            + u'\n'
            + tr("Processor use in percent of one core (%1 cores here: %2 at most); resident "
                 "memory.")
                      .arg(cores)
                      .arg(formatCpu(100.0 * cores)));
    m_resourcesLabel->setVisible(true);
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    statusBar()->showMessage(
            tr("%1: %2", "notification: title, message").arg(title, message.section(u'\n', 0, 0)),
            10000);
    if (m_tray) {
        m_tray->showNotification(title, message);
    } else {
        QApplication::alert(this);
    }
}

void MainWindow::setUpLogPane()
{
    m_logModel = new EventLogModel(m_supervisor, EventLogModel::defaultCapacity, this);
    m_logProxy = new EventLogFilterModel(this);
    m_logProxy->setSourceModel(m_logModel);
    m_ui->logView->setModel(m_logProxy);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(EventLogModel::Time,
                                                            QHeaderView::ResizeToContents);
    m_ui->logView->verticalHeader()->setDefaultSectionSize(m_ui->logView->fontMetrics().height()
                                                           + 4);

    m_ui->logProgramCombo->addItem(tr("All programs"), QString());
    const auto refillPrograms = [this] {
        const QString current = m_ui->logProgramCombo->currentData().toString();
        m_ui->logProgramCombo->blockSignals(true);
        while (m_ui->logProgramCombo->count() > 1) {
            m_ui->logProgramCombo->removeItem(1);
        }
        for (const QString &name : m_supervisor->programNames()) {
            m_ui->logProgramCombo->addItem(name, name);
        }
        const int index = m_ui->logProgramCombo->findData(current);
        m_ui->logProgramCombo->setCurrentIndex(std::max(index, 0));
        m_ui->logProgramCombo->blockSignals(false);
        m_logProxy->setProgramFilter(m_ui->logProgramCombo->currentData().toString());
    };
    refillPrograms();
    connect(m_supervisor, &Supervisor::programAdded, this, refillPrograms);
    connect(m_supervisor, &Supervisor::programRemoved, this, refillPrograms);
    connect(m_supervisor, &Supervisor::programSpecChanged, this, refillPrograms);
    connect(m_ui->logProgramCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_logProxy->setProgramFilter(m_ui->logProgramCombo->currentData().toString());
    });

    auto *kindsMenu = new QMenu(this);
    const struct
    {
        EventKind kind;
        QString label;
    } kinds[] = {
            {EventKind::State, tr("State changes")},
            {EventKind::Exit, tr("Exits")},
            {EventKind::Stop, tr("Stops and kills")},
            {EventKind::Error, tr("Errors")},
            {EventKind::Protocol, tr("Protocol problems")},
            {EventKind::Ping, tr("Pings")},
            {EventKind::Control, tr("Remote control (zlauncherctl)")},
            {EventKind::Connection, tr("Connections")},
    };
    for (const auto &entry : kinds) {
        QAction *toggle = kindsMenu->addAction(entry.label);
        toggle->setCheckable(true);
        toggle->setChecked(m_logProxy->isKindVisible(entry.kind));
        connect(toggle, &QAction::toggled, this,
                [this, kind = entry.kind](bool shown) { m_logProxy->setKindVisible(kind, shown); });
    }
    m_ui->logKindsButton->setMenu(kindsMenu);

    connect(m_ui->showHeartbeatsCheck, &QCheckBox::toggled, m_ui->actionShowHeartbeats,
            &QAction::setChecked);
    connect(m_ui->clearLogButton, &QToolButton::clicked, m_logModel, &EventLogModel::clear);
    connect(m_ui->saveLogButton, &QToolButton::clicked, this, &MainWindow::saveLog);

    // Follow the tail until the user scrolls up; scrolling back to the bottom resumes it.
    QScrollBar *scrollBar = m_ui->logView->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this, [this, scrollBar](int value) {
        const bool atBottom = value >= scrollBar->maximum();
        if (scrollBar->isSliderDown() || atBottom) {
            m_ui->followTailCheck->setChecked(atBottom);
        }
    });
    connect(scrollBar, &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderSingleStepSub
            || action == QAbstractSlider::SliderPageStepSub
            || action == QAbstractSlider::SliderMove) {
            m_ui->followTailCheck->setChecked(false);
        }
    });
    connect(m_ui->followTailCheck, &QCheckBox::toggled, this, [this](bool follow) {
        m_followTail = follow;
        followTail();
    });
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::followTail);
}

void MainWindow::followTail()
{
    if (m_followTail) {
        m_ui->logView->scrollToBottom();
    }
}

void MainWindow::setHeartbeatsShown(bool shown)
{
    m_ui->showHeartbeatsCheck->setChecked(shown);
    m_logProxy->setKindVisible(EventKind::Heartbeat, shown);
    // A heartbeat event per beat costs; the supervisor makes them only while they are shown.
    m_supervisor->setHeartbeatEventsEnabled(shown);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!m_ui->programTable->horizontalHeader()->restoreState(
                settings.value(settingsKey(programColumnsKey)).toByteArray())) {
        setDefaultColumns();
    }
    const QList<QAction *> columnToggles = m_ui->menuColumns->actions();
    for (int column = 0; column < columnToggles.size(); ++column) {
        columnToggles[column]->setChecked(!m_ui->programTable->isColumnHidden(column));
    }
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

void MainWindow::setDefaultColumns()
{
    QTableView *table = m_ui->programTable;
    table->resizeColumnsToContents(); // the titles, and the names and commands known now
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto fit = [table, &metrics, padding](int column, const QStringList &widest) {
        int width = table->columnWidth(column);
        for (const QString &text : widest) {
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        }
        table->setColumnWidth(column, width);
    };
    const auto atMost = [table, &metrics](int column, int characters) {
        table->setColumnWidth(
                column,
                std::min(table->columnWidth(column), characters * metrics.averageCharWidth()));
    };
    // Wide enough for the widest figures, whatever the first rows hold.
    QStringList states;
    for (const ProgramState state :
         {ProgramState::Stopped, ProgramState::Starting, ProgramState::Running, ProgramState::Lost,
          ProgramState::Stopping, ProgramState::Backoff, ProgramState::Failed}) {
        states.append(ProcessTableModel::stateLabel(state));
    }
    fit(ProcessTableModel::State, states);
    // The state's icon beside its name; longer texts (a countdown, a reason) elide, and the
    // cell's tooltip holds them whole.
    table->setColumnWidth(ProcessTableModel::State,
                          table->columnWidth(ProcessTableModel::State)
                                  + table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4);
    fit(ProcessTableModel::Pid, {u"8888888"_s});
    fit(ProcessTableModel::Cpu, {formatCpu(888.8)});
    fit(ProcessTableModel::Memory, {formatBytes(888LL * 1024 * 1024 + 1)});
    fit(ProcessTableModel::Uptime, {formatDuration((59 * 60 + 59) * 1000LL)});
    fit(ProcessTableModel::LastHeartbeat, {formatAge(59 * 1000)});
    fit(ProcessTableModel::Exit,
        {exitText(ExitStatus{255, std::nullopt}), exitText(ExitStatus{std::nullopt, SIGTERM})});
    table->setColumnWidth(ProcessTableModel::Pulse, PulseDelegate::preferredWidth + 8);
    atMost(ProcessTableModel::Name, 24);
    // The free text: the status stretches last and elides; the command line, as long as it
    // gets, is in the Details dock (and View ▸ Columns brings its column back).
    table->setColumnWidth(ProcessTableModel::Status,
                          std::max(table->columnWidth(ProcessTableModel::Status),
                                   narrowestStatusChars * metrics.averageCharWidth()));
    atMost(ProcessTableModel::Command, 48);
    table->setColumnHidden(ProcessTableModel::Command, true);
}

int MainWindow::widthForTableBesideDetails() const
{
    const QTableView *table = m_ui->programTable;
    const QHeaderView *header = table->horizontalHeader();
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            lastShown = header->logicalIndex(visual);
        }
    }
    // The last column stretches: what it needs is room for a readable status.
    int columns = readableStatusChars * table->fontMetrics().averageCharWidth();
    for (int column = 0; column < header->count(); ++column) {
        if (column != lastShown && !header->isSectionHidden(column)) {
            columns += header->sectionSize(column);
        }
    }
    const QMargins margins = m_ui->centralLayout->contentsMargins();
    const QStyle *style = this->style();
    return columns + 2 * table->frameWidth() + style->pixelMetric(QStyle::PM_ScrollBarExtent)
            + margins.left() + margins.right()
            + style->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this)
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

QStringList MainWindow::selectedPrograms() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->programTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        names.append(row.data(ProcessTableModel::ProgramNameRole).toString());
    }
    return names;
}

void MainWindow::updateActions()
{
    bool anyStartable = false;
    bool anyLive = false;
    bool anyStoppable = false;
    bool anyRetryable = false;
    bool anyPingable = false;
    const QStringList selected = selectedPrograms();
    for (const QString &name : selected) {
        const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
        const ProgramState state = snapshot->state;
        // A start waiting for its dependencies is already asked for; Stop cancels it.
        const bool waiting = !snapshot->waitingFor.isEmpty() && !hasLiveInstance(state);
        anyStartable = anyStartable || (!hasLiveInstance(state) && !waiting);
        anyLive = anyLive || hasLiveInstance(state);
        anyStoppable = anyStoppable || (hasLiveInstance(state) && state != ProgramState::Stopping)
                || state == ProgramState::Backoff || waiting;
        anyRetryable
                = anyRetryable || state == ProgramState::Backoff || state == ProgramState::Failed;
        anyPingable = anyPingable || isPingable(name);
    }
    const bool one = selected.size() == 1;
    m_ui->actionEditProgram->setEnabled(one);
    m_ui->actionRemoveProgram->setEnabled(!selected.isEmpty());
    m_ui->actionStartProgram->setEnabled(anyStartable);
    m_ui->actionStopProgram->setEnabled(anyStoppable);
    m_ui->actionRestartProgram->setEnabled(!selected.isEmpty());
    m_ui->actionKillProgram->setEnabled(anyLive);
    m_ui->actionRetryProgram->setEnabled(anyRetryable);
    m_ui->actionPingProgram->setEnabled(anyPingable);
    m_ui->actionCopyCommandLine->setEnabled(!selected.isEmpty());
    m_ui->actionOpenLogFile->setEnabled(
            one && QFileInfo::exists(m_supervisor->snapshot(selected.first())->logFile));
    const bool anyProgram = !m_supervisor->programNames().isEmpty();
    m_ui->actionStartAll->setEnabled(anyProgram);
    m_ui->actionStopAll->setEnabled(m_supervisor->hasLiveInstances());
    m_ui->actionUndo->setEnabled(!m_removed.isEmpty());
    m_ui->actionUndo->setText(m_removed.isEmpty()
                                      ? tr("&Undo")
                                      : tr("&Undo removal of %1").arg(m_removed.last().name));
}

void MainWindow::onProgramsChanged(const QStringList &names)
{
    // Heartbeats change the programs a few times a second: only a selected one matters here.
    const QStringList selected = selectedPrograms();
    const bool selectedChanged
            = std::any_of(names.cbegin(), names.cend(),
                          [&selected](const QString &name) { return selected.contains(name); });
    if (selectedChanged) {
        updateActions();
    }
}

void MainWindow::updateStatusBar()
{
    QMap<ProgramState, int> counts;
    int waiting = 0;
    const QStringList names = m_supervisor->programNames();
    for (const QString &name : names) {
        const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
        if (!snapshot->waitingFor.isEmpty() && !hasLiveInstance(snapshot->state)) {
            ++waiting;
        } else {
            ++counts[snapshot->state];
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(tr("%1: %2", "state: number of programs")
                             .arg(ProcessTableModel::stateLabel(it.key()))
                             .arg(it.value()));
    }
    if (waiting > 0) {
        // After Stopped, where the table sorts waiting programs too.
        const qsizetype at = counts.contains(ProgramState::Stopped) ? 1 : 0;
        parts.insert(at,
                     tr("Waiting: %1", "number of programs waiting for dependencies").arg(waiting));
    }
    m_countsLabel->setText(names.isEmpty() ? tr("No programs: add one with Program ▸ Add… (Ctrl+N)")
                                           : parts.join(u" · "_s));
    if (m_tray) {
        m_tray->setToolTip(names.isEmpty() ? tr("zlauncher")
                                           : tr("zlauncher", "tray tooltip title") + u'\n'
                                           + parts.join(u'\n'));
        m_tray->setAlert(counts.contains(ProgramState::Lost)
                         || counts.contains(ProgramState::Failed));
    }
    const quint64 accepted = m_supervisor->acceptedHeartbeats();
    const quint64 rate = accepted - std::min(accepted, m_lastAcceptedHeartbeats);
    m_lastAcceptedHeartbeats = accepted;
    const quint64 dropped = m_supervisor->rejectedHeartbeats();
    m_rateLabel->setText(dropped > 0 ? tr("%1 heartbeats/s · %2 dropped").arg(rate).arg(dropped)
                                     : tr("%1 heartbeats/s").arg(rate));
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
    menu.addSeparator();
    menu.addActions({m_ui->actionOpenLogFile, m_ui->actionCopyCommandLine});
    menu.addSeparator();
    menu.addAction(m_detailsDock->toggleViewAction());
    menu.exec(m_ui->programTable->viewport()->mapToGlobal(position));
}

void MainWindow::forEachSelected(void (Supervisor::*action)(const QString &))
{
    for (const QString &name : selectedPrograms()) {
        (m_supervisor->*action)(name);
    }
}

bool MainWindow::isPingable(const QString &name) const
{
    const ProgramSpec *spec = m_supervisor->spec(name);
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    if (!spec || !snapshot || spec->kind != ProgramKind::Heartbeat) {
        return false;
    }
    // Lost too: whether a silent program still answers is worth asking.
    return snapshot->state == ProgramState::Starting || snapshot->state == ProgramState::Running
            || snapshot->state == ProgramState::Lost;
}

void MainWindow::pingPrograms()
{
    QStringList pinged;
    for (const QString &name : selectedPrograms()) {
        if (!isPingable(name)) {
            continue;
        }
        pinged.append(name);
        // The event log and the row's tooltip get the outcome from the supervisor; the status
        // bar repeats it for whoever just pressed Ctrl+P. The window may be gone by then.
        QPointer<QStatusBar> bar = statusBar();
        m_supervisor->pingProgram(name, pingTimeoutMs, [bar, name](const PingResult &result) {
            if (bar) {
                const QString outcome
                        = ProcessTableModel::pingOutcome(result.ok ? result.roundTripUs : -1,
                                                         result.ok ? result.reply : result.error);
                bar->showMessage(tr("Ping %1: %2", "program, outcome").arg(name, outcome), 8000);
            }
        });
    }
    if (!pinged.isEmpty()) {
        statusBar()->showMessage(tr("Pinging %1…").arg(pinged.join(u", "_s)), 8000);
    }
}

void MainWindow::retryPrograms()
{
    for (const QString &name : selectedPrograms()) {
        const ProgramState state = m_supervisor->snapshot(name)->state;
        if (state == ProgramState::Backoff || state == ProgramState::Failed) {
            m_supervisor->startProgram(name);
        }
    }
}

void MainWindow::addProgram()
{
    ProgramSpec initial;
    initial.baseDirectory = QFileInfo(m_keeper->path()).absolutePath();
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, programSpecs(), false, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ProgramSpec spec = dialog.spec();
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        showError(tr("The program was not added"), error);
        return;
    }
    if (spec.autostart) {
        m_supervisor->startProgram(spec.name);
    }
    statusBar()->showMessage(tr("Added %1").arg(spec.name), 5000);
}

void MainWindow::editProgram()
{
    const QStringList selected = selectedPrograms();
    if (selected.size() != 1) {
        return;
    }
    const QString name = selected.first();
    const bool running = hasLiveInstance(m_supervisor->snapshot(name)->state);
    ProgramDialog dialog(ProgramDialog::Mode::Edit, *m_supervisor->spec(name), programSpecs(name),
                         running, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_supervisor->updateProgram(name, dialog.spec(), &error)) {
        showError(tr("The changes were not applied"), error);
        return;
    }
    statusBar()->showMessage(
            running ? tr("%1 changed; the changes apply at its next start").arg(dialog.spec().name)
                    : tr("%1 changed").arg(dialog.spec().name),
            8000);
}

QList<ProgramSpec> MainWindow::programSpecs(const QString &except) const
{
    QList<ProgramSpec> specs;
    for (const QString &name : m_supervisor->programNames()) {
        if (name != except) {
            specs.append(*m_supervisor->spec(name));
        }
    }
    return specs;
}

void MainWindow::removePrograms()
{
    const QStringList selected = selectedPrograms();
    if (selected.isEmpty()) {
        return;
    }
    QStringList running;
    for (const QString &name : selected) {
        if (hasLiveInstance(m_supervisor->snapshot(name)->state)) {
            running.append(name);
        }
    }
    QMessageBox question(QMessageBox::Question, tr("Remove programs"), QString(),
                         QMessageBox::Cancel, this);
    question.setObjectName(u"removeQuestion"_s);
    QPushButton *stopButton = nullptr;
    QPushButton *leaveButton = nullptr;
    QPushButton *removeButton = nullptr;
    if (running.isEmpty()) {
        question.setText(tr("Remove %1?").arg(selected.join(u", "_s)));
        question.setInformativeText(tr("Edit ▸ Undo brings it back until zlauncher closes."));
        removeButton = question.addButton(tr("Remove"), QMessageBox::AcceptRole);
    } else {
        question.setText(
                tr("%1 running. Remove %2?").arg(running.join(u", "_s), selected.join(u", "_s)));
        question.setInformativeText(
                tr("Stop the running programs first, or leave them running without supervision."));
        stopButton = question.addButton(tr("Stop and remove"), QMessageBox::AcceptRole);
        leaveButton = question.addButton(tr("Leave running and remove"), QMessageBox::AcceptRole);
    }
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    QAbstractButton *clicked = question.clickedButton();
    if (clicked == nullptr
        || (clicked != stopButton && clicked != leaveButton && clicked != removeButton)) {
        return;
    }
    const Supervisor::RemoveMode mode = clicked == leaveButton
            ? Supervisor::RemoveMode::LeaveRunning
            : Supervisor::RemoveMode::StopFirst;
    QList<ProgramSpec> specs;
    for (const QString &name : selected) {
        specs.append(*m_supervisor->spec(name));
    }
    QString error;
    if (!m_supervisor->removePrograms(selected, mode, &error)) {
        showError(tr("Nothing was removed"), error);
        return;
    }
    m_removed += specs;
    updateActions();
}

void MainWindow::undoRemove()
{
    if (m_removed.isEmpty()) {
        return;
    }
    const ProgramSpec spec = m_removed.takeLast();
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        showError(tr("%1 could not be restored").arg(spec.name), error);
    }
    updateActions();
}

void MainWindow::openLogFile()
{
    const QStringList selected = selectedPrograms();
    if (selected.size() == 1) {
        const QString file = m_supervisor->snapshot(selected.first())->logFile;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file))) {
            showError(tr("The log file was not opened"),
                      tr("No application could open %1.").arg(file));
        }
    }
}

void MainWindow::copyCommandLines()
{
    QStringList lines;
    for (const QString &name : selectedPrograms()) {
        const ProgramSpec *spec = m_supervisor->spec(name);
        lines.append(ShellWords::join(QStringList{spec->program} + spec->arguments));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    statusBar()->showMessage(
            tr("Copied %n command line(s)", nullptr, static_cast<int>(lines.size())), 4000);
}

void MainWindow::openConfiguration()
{
    if (m_supervisor->hasLiveInstances()) {
        showError(tr("Programs are running"),
                  tr("Stop every program (Program ▸ Stop all) before opening another "
                     "configuration."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open configuration"), QFileInfo(m_keeper->path()).absolutePath(),
            tr("zlauncher configuration (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_supervisor->removePrograms(m_supervisor->programNames(),
                                 Supervisor::RemoveMode::LeaveRunning);
    m_removed.clear();
    reportOpenResult(m_keeper->open(path));
    updateWindowTitle();
    updateActions();
}

void MainWindow::saveConfiguration()
{
    QString error;
    if (!m_keeper->save(&error)) {
        showError(tr("The configuration was not saved"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_keeper->path()), 4000);
}

void MainWindow::saveConfigurationAs()
{
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Save configuration as"), m_keeper->path(),
                                           tr("zlauncher configuration (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_keeper->saveAs(path, &error)) {
        showError(tr("The configuration was not saved"), error);
        return;
    }
    updateWindowTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

QString MainWindow::askSavePath(const QString &objectName, const QString &title,
                                const QString &suggestedName,
                                const QList<std::pair<QString, QString>> &filters,
                                int *chosenFilter)
{
    QFileDialog dialog(this, title, QDir::homePath());
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    QStringList names;
    for (const auto &[name, suffix] : filters) {
        names.append(name);
    }
    dialog.setNameFilters(names);
    dialog.setDefaultSuffix(filters.first().second);
    // A name typed without an extension takes the chosen filter's.
    connect(&dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog, names, filters](const QString &name) {
                const qsizetype index = names.indexOf(name);
                if (index >= 0) {
                    dialog.setDefaultSuffix(filters.at(index).second);
                }
            });
    dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    if (chosenFilter) {
        *chosenFilter = static_cast<int>(names.indexOf(dialog.selectedNameFilter()));
    }
    return dialog.selectedFiles().first();
}

void MainWindow::saveLog()
{
    int filter = 0;
    // No extension suggested: the filter chosen gives it.
    const QString path = askSavePath(u"saveLogDialog"_s, tr("Save log as"), u"zlauncher-events"_s,
                                     {{tr("Text (*.txt)"), u"txt"_s},
                                      {tr("CSV (*.csv)"), u"csv"_s},
                                      {tr("JSON lines, one event per line (*.jsonl)"), u"jsonl"_s}},
                                     &filter);
    if (path.isEmpty()) {
        return;
    }
    constexpr EventLogModel::FileFormat byFilter[]
            = {EventLogModel::FileFormat::Text, EventLogModel::FileFormat::Csv,
               EventLogModel::FileFormat::JsonLines};
    const EventLogModel::FileFormat format = EventLogModel::formatOf(
            path, byFilter[std::clamp(filter, 0, static_cast<int>(std::size(byFilter)) - 1)]);
    QString error;
    if (!m_logModel->saveAs(path, format, &error)) {
        showError(tr("The log was not saved"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved the event log to %1").arg(QDir::toNativeSeparators(path)),
                             5000);
}

void MainWindow::exportTable()
{
    const QString path = askSavePath(u"exportTableDialog"_s, tr("Export table as CSV"),
                                     u"zlauncher-programs.csv"_s, {{tr("CSV (*.csv)"), u"csv"_s}});
    if (path.isEmpty()) {
        return;
    }
    // The rows the table shows, in its order; every column, hidden ones too.
    QList<int> rows;
    for (int row = 0; row < m_tableProxy->rowCount(); ++row) {
        rows.append(m_tableProxy->mapToSource(m_tableProxy->index(row, 0)).row());
    }
    QString error;
    if (!m_tableModel->saveCsv(path, rows, &error)) {
        showError(tr("The table was not exported"), error);
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    statusBar()->showMessage(rows.size() == 1 ? tr("Exported 1 program to %1").arg(where)
                                              : tr("Exported %n programs to %1", nullptr,
                                                   static_cast<int>(rows.size()))
                                                        .arg(where),
                             5000);
}

void MainWindow::reportOpenResult(const ConfigurationKeeper::OpenResult &result)
{
    if (result.ok) {
        return;
    }
    QString message = result.error;
    if (!result.keptAsidePath.isEmpty()) {
        message += u"\n\n"_s
                + tr("The file was kept as %1 and a new, empty configuration was started.")
                          .arg(result.keptAsidePath);
    }
    showError(tr("The configuration could not be used"), message);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title, 8000);
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box.setObjectName(u"errorMessage"_s);
    box.setInformativeText(message);
    box.exec();
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
    m_tableModel->setTicking(isVisible() && !isMinimized());
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
