#include "gui/window/logpane.h"

#include "core/supervision/supervisor.h"
#include "gui/models/eventlogfiltermodel.h"
#include "gui/models/eventlogmodel.h"
#include "gui/window/errorbox.h"
#include "gui/window/savedialog.h"

#include <algorithm>
#include <iterator>

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
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
    m_ui->logProgramCombo->addItem(tr("All programs"), QStringList());
    refillPrograms();
    // Once per add, edit, removal or scale, however many programs it touched (a whole
    // configuration loaded is one); and when a retired replica has stopped and goes.
    connect(m_supervisor, &Supervisor::configurationChanged, this, &LogPane::refillPrograms);
    connect(m_supervisor, &Supervisor::programRemoved, this, &LogPane::refillPrograms);
    connect(m_ui->logProgramCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProgramsFilter(m_ui->logProgramCombo->currentData().toStringList());
    });
}

// Each program by name; a program with instances first as a whole (its replicas' events and its
// own), then each replica.
void LogPane::refillPrograms()
{
    QComboBox *combo = m_ui->logProgramCombo;
    // Chosen again by its first name: a set's list changes when it is scaled.
    const QStringList chosen = combo->currentData().toStringList();
    combo->blockSignals(true);
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    QSet<QString> listed;
    const auto addOne = [&](const QString &name) {
        combo->addItem(name, QStringList{name});
        listed.insert(name);
    };
    for (const QString &name : m_supervisor->configuredNames()) {
        const QStringList replicas = m_supervisor->members(name);
        if (replicas == QStringList{name}) {
            addOne(name);
            continue;
        }
        combo->addItem(tr("%1 (all replicas)").arg(name), QStringList{name} + replicas);
        std::for_each(replicas.cbegin(), replicas.cend(), addOne);
    }
    // A replica of a removed set, still stopping.
    for (const QString &name : m_supervisor->programNames()) {
        if (!listed.contains(name)) {
            addOne(name);
        }
    }
    int index = 0;
    for (int i = 1; i < combo->count() && !chosen.isEmpty(); ++i) {
        if (combo->itemData(i).toStringList().value(0) == chosen.first()) {
            index = i;
            break;
        }
    }
    combo->setCurrentIndex(index);
    combo->blockSignals(false);
    m_proxy->setProgramsFilter(combo->currentData().toStringList());
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
