#include "gui/window/logpane.h"

#include "core/supervision/supervisor.h"
#include "gui/models/eventlogfiltermodel.h"
#include "gui/models/eventlogmodel.h"
#include "gui/window/errorbox.h"
#include "gui/window/savedialog.h"

#include <algorithm>
#include <iterator>

#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

LogPane::LogPane(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor,
                 EventLogModel *model, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_window(window)
    , m_supervisor(supervisor)
    , m_model(model)
    , m_proxy(new EventLogFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_ui->logView->setModel(m_proxy);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(EventLogModel::Time,
                                                            QHeaderView::ResizeToContents);
    m_ui->logView->verticalHeader()->setDefaultSectionSize(m_ui->logView->fontMetrics().height()
                                                           + 4);
    setUpProgramFilter();
    setUpKindFilter();
    connect(m_ui->actionShowHeartbeats, &QAction::toggled, this, &LogPane::setHeartbeatsShown);
    connect(m_ui->showHeartbeatsCheck, &QCheckBox::toggled, m_ui->actionShowHeartbeats,
            &QAction::setChecked);
    connect(m_ui->clearLogButton, &QToolButton::clicked, m_model, &EventLogModel::clear);
    connect(m_ui->saveLogButton, &QToolButton::clicked, this, &LogPane::saveLog);
    setUpFollowing();
}

void LogPane::setUpProgramFilter()
{
    m_ui->logProgramCombo->addItem(tr("All programs"), QString());
    refillPrograms();
    connect(m_supervisor, &Supervisor::programAdded, this, &LogPane::refillPrograms);
    connect(m_supervisor, &Supervisor::programRemoved, this, &LogPane::refillPrograms);
    connect(m_supervisor, &Supervisor::programSpecChanged, this, &LogPane::refillPrograms);
    connect(m_ui->logProgramCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProgramFilter(m_ui->logProgramCombo->currentData().toString()); });
}

void LogPane::refillPrograms()
{
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
    m_proxy->setProgramFilter(m_ui->logProgramCombo->currentData().toString());
}

void LogPane::setUpKindFilter()
{
    auto *kindsMenu = new QMenu(m_window);
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
            {EventKind::Notify, tr("Notify protocol (sd_notify)")},
            {EventKind::Probe, tr("Health probes")},
    };
    for (const auto &entry : kinds) {
        QAction *toggle = kindsMenu->addAction(entry.label);
        toggle->setCheckable(true);
        toggle->setChecked(m_proxy->isKindVisible(entry.kind));
        connect(toggle, &QAction::toggled, this,
                [this, kind = entry.kind](bool shown) { m_proxy->setKindVisible(kind, shown); });
    }
    m_ui->logKindsButton->setMenu(kindsMenu);
}

void LogPane::setUpFollowing()
{
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
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogPane::followTail);
}

void LogPane::followTail()
{
    if (m_followTail) {
        m_ui->logView->scrollToBottom();
    }
}

void LogPane::setHeartbeatsShown(bool shown)
{
    m_ui->showHeartbeatsCheck->setChecked(shown);
    m_proxy->setKindVisible(EventKind::Heartbeat, shown);
    // A heartbeat event per beat costs; the supervisor makes them only while they are shown.
    m_supervisor->setHeartbeatEventsEnabled(shown);
}

void LogPane::saveLog()
{
    int filter = 0;
    // No extension suggested: the filter chosen gives it.
    const QString path
            = askSavePath(m_window, u"saveLogDialog"_s, tr("Save log as"), u"zlauncher-events"_s,
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
    if (!m_model->saveAs(path, format, &error)) {
        showError(m_window, tr("The log was not saved"), error);
        return;
    }
    m_window->statusBar()->showMessage(
            tr("Saved the event log to %1").arg(QDir::toNativeSeparators(path)), 5000);
}
