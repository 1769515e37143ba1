// The details of the program selected in the window (a dock): charts of its CPU, memory and
// heartbeat interval over the last minutes, its settings, its recent lifecycle events, its
// restart history with the last stderr lines of each death, and its output followed live.
// Only the selected program is shown, and the charts refresh at most once a second, only while
// they are visible: with hundreds of programs beating, the panel costs what one program costs.
#pragma once

#include "core/model/event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <array>
#include <deque>

class OutputView;
class QChartView;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QValueAxis;
class ResourceHistory;
class Supervisor;
struct DeathRecord;
struct ProgramSnapshot;
struct ProgramSpec;

class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    enum Tab { ChartsTab, SettingsTab, EventsTab, RestartsTab, OutputTab };

    /// Lifecycle events kept per program (heartbeat events are not kept).
    static constexpr int maxEventsPerProgram = 200;
    /// The charts span the last ten minutes at most.
    static constexpr qint64 chartSpanMs = 10 * 60 * 1000;

    /// resources may be null (no charts of CPU and memory); it must be fed on the supervisor's
    /// clock (Supervisor::nowMs()), like the heartbeat times.
    DetailsPanel(Supervisor *supervisor, const ResourceHistory *resources,
                 QWidget *parent = nullptr);
    ~DetailsPanel() override;

    /// The program to show; empty: nothing selected.
    void setProgram(const QString &name);
    QString program() const { return m_program; }

    /// Shows the Restarts tab with the latest death selected: why did it die.
    void showLatestDeath();

    /// Where the panel is docked: its charts side by side in a top or bottom dock, stacked in
    /// a left or right one, and likewise the restarts and their stderr. Floating or alone
    /// (NoDockWidgetArea, the default), its shape decides.
    void setDockArea(Qt::DockWidgetArea area);
    Qt::DockWidgetArea dockArea() const { return m_dockArea; }

    /// The size a dock opens with. Beside the table, the width: every tab title in full (a
    /// narrower panel elides them, it never hides a tab behind scroll arrows). Below the table,
    /// the height: the charts side by side under the header and the tabs.
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chart
    {
        QChartView *view = nullptr;
        QLineSeries *series = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };
    enum Setting {
        NameSetting,
        CommandSetting,
        ExecutableSetting,
        DirectorySetting,
        KindSetting,
        AutostartSetting,
        RestartSetting,
        IntervalSetting,
        LostTimeoutSetting,
        StartTimeoutSetting,
        StopGraceSetting,
        MinUptimeSetting,
        RestartLimitSetting,
        DependsOnSetting,
        EnvironmentSetting,
        LogFileSetting,
        SettingCount
    };

    QWidget *createChartsPage();
    Chart createChart(const QString &objectName, const QString &unit, const QColor &colour);
    QWidget *createSettingsPage();
    QWidget *createEventsPage();
    QWidget *createRestartsPage();

    void onProgramsChanged(const QStringList &names);
    void onEvent(const Event &event);
    void refreshAll();
    void refreshHeader();
    void refreshSettings();
    using SettingTexts = std::array<QString, SettingCount>;
    /// What the Settings tab says of spec (all but the log file, which is the program's).
    SettingTexts settingTexts(const ProgramSpec &spec) const;
    void refreshEvents();
    void refreshRestarts();
    void showSelectedDeath();
    void refreshOutputFile();
    void requestChartRefresh();
    void refreshCharts();
    void refreshResourceCharts(qint64 now, qint64 *oldestMs);
    void refreshHeartbeatChart(qint64 now, qint64 *oldestMs);
    bool chartsShown() const;
    /// Charts side by side and the restarts beside their stderr in a wide, low panel; each
    /// above the next in a tall one.
    void updateDirections();

    QTreeWidgetItem *eventItem(const Event &event) const;
    QString logFileOf(const QString &name) const;

    Supervisor *m_supervisor;
    const ResourceHistory *m_resources;
    QString m_program;
    Qt::DockWidgetArea m_dockArea = Qt::NoDockWidgetArea;

    QLabel *m_header;
    QTabWidget *m_tabs;
    QWidget *m_chartsPage = nullptr;
    Chart m_cpu;
    Chart m_memory;
    Chart m_heartbeat;
    QLineSeries *m_expectedInterval = nullptr;
    QTimer m_chartTimer;
    QElapsedTimer m_sinceChartRefresh;

    QLabel *m_settings[SettingCount] = {};

    QTreeWidget *m_eventList = nullptr;
    QHash<QString, std::deque<Event>> m_events;

    QSplitter *m_restartsPage = nullptr;
    QTreeWidget *m_deathList = nullptr;
    QLabel *m_stderrCaption = nullptr;
    QPlainTextEdit *m_stderrView = nullptr;
    /// What the death list shows, to rebuild it only when the records changed.
    QStringList m_deathKeys;
    /// The user selected a death: a new one does not take the selection away.
    bool m_deathPicked = false;

    OutputView *m_output = nullptr;
};
