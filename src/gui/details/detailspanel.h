// The details of the program selected in the window (a dock): a header with its state and last
// exit, over five tabs, each a page of its own: charts of its CPU, memory and heartbeat
// interval (ChartsPage), its settings (SettingsPage), its recent lifecycle events
// (EventsPage), its restart history with the last stderr lines of each death (RestartsPage),
// and its output followed live (OutputView). Only the selected program is shown, read through
// a ProgramDetailsSource: this launcher's, or an agent's on another host.
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class ChartsPage;
class EventLogModel;
class EventsPage;
class OutputView;
class ProgramDetailsSource;
class QLabel;
class QStackedWidget;
class QTabWidget;
class RemoteDetailsSource;
class RemoteHosts;
class RemoteLauncher;
class ResourceHistory;
class RestartsPage;
class SettingsPage;
class Supervisor;

class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    enum Tab { ChartsTab, SettingsTab, EventsTab, RestartsTab, OutputTab };

    /// resources may be null (no charts of CPU and memory); it must be fed on the supervisor's
    /// clock (Supervisor::nowMs()), like the heartbeat times. events: the window's event log,
    /// which the Events tab reads.
    DetailsPanel(Supervisor *supervisor, const ResourceHistory *resources, EventLogModel *events,
                 QWidget *parent = nullptr);
    ~DetailsPanel() override;

    /// Shows the programs of hosts' agents too (setProgram with a host); null: none.
    void setHosts(RemoteHosts *hosts);

    /// The program of this launcher to show; empty: nothing selected.
    void setProgram(const QString &name) { setProgram(QString(), name); }
    /// The program to show on host (empty: this launcher's).
    void setProgram(const QString &host, const QString &name);
    QString program() const { return m_program; }
    /// The host of program(); empty for this launcher's.
    QString host() const;

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

Q_SIGNALS:
    /// The user asked for the output of program() on host(), which this panel does not follow.
    void remoteOutputRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addHost(RemoteLauncher *launcher);
    /// Reads source from now on (null: this launcher's), and follows name there.
    void setSource(ProgramDetailsSource *source, const QString &name);
    /// The Events and Output tabs: the pages over this host's event log and files, or what a
    /// remote program has instead.
    QWidget *outputTab();
    void onProgramsChanged(const QStringList &names);
    void refreshAll();
    void refreshHeader();
    void refreshOutputFile();
    /// Charts side by side and the restarts beside their stderr in a wide, low panel; each
    /// above the next in a tall one.
    void updateDirections();
    void refreshRemoteNotes();

    ProgramDetailsSource *m_local;
    QPointer<ProgramDetailsSource> m_source;
    QHash<QString, RemoteDetailsSource *> m_remote; ///< by host name
    QString m_program;
    Qt::DockWidgetArea m_dockArea = Qt::NoDockWidgetArea;

    QLabel *m_header;
    QTabWidget *m_tabs;
    ChartsPage *m_charts;
    SettingsPage *m_settings;
    EventsPage *m_events;
    RestartsPage *m_restarts;
    OutputView *m_output;
    QStackedWidget *m_outputStack = nullptr;
    QLabel *m_remoteOutputNote = nullptr;
};
