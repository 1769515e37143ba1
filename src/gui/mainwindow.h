// The main window (ui/mainwindow.ui): the program table, the event log pane, menus, toolbar
// and status bar, the tray icon and notifications. It shows what the Supervisor reports and
// asks it to act; it holds no protocol or process logic. It owns the resource sampler and its
// history (CPU and memory per program), which the table and the details panel read.
#pragma once

#include "core/config/configurationkeeper.h"
#include "core/model/programspec.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/resourcemonitor.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

class DetailsPanel;
class EventLogFilterModel;
class EventLogModel;
class ProblemNotifier;
class ProcessTableModel;
class QDockWidget;
class QLabel;
class QProgressDialog;
class QSortFilterProxyModel;
class Supervisor;
class TrayIcon;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// resources: the launcher's; null: the window samples its programs itself.
    MainWindow(Supervisor *supervisor, ConfigurationKeeper *keeper,
               ResourceMonitor *resources = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Tells the user about a configuration that could not be used (after
    /// ConfigurationKeeper::open).
    void reportOpenResult(const ConfigurationKeeper::OpenResult &result);

    /// CPU and memory of every program over the last minutes (the details panel's charts).
    const ResourceHistory *resourceHistory() const { return &m_resources->history(); }

public Q_SLOTS:
    /// Shows the window, un-minimized, raised and active (a second launch, zlauncherctl).
    void bringToFront();
    /// Quits without the question closing the window asks: leaveRunning quits at once and
    /// leaves the programs running; otherwise stops them all first, with the progress dialog.
    void quitWithoutAsking(bool leaveRunning);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpActions();
    void setUpProgramTable();
    void setUpLogPane();
    void setUpStatusBar();
    void setUpResources();
    void setUpNotifications();
    void setUpDetailsDock();
    void restoreSettings();
    void saveSettings() const;
    /// The program table's first-run columns: each as wide as its title or its widest likely
    /// figure; the command line hidden (the Details dock shows it), the status stretching last.
    void setDefaultColumns();
    /// The window width at which the table's columns, the free text one that stretches last at
    /// a readable width, fit beside the details dock at the width it opens with.
    int widthForTableBesideDetails() const;
    /// Until the details dock was first shown or restored, keeps it where it will fit: beside
    /// the table when the window is wide enough for both, below it otherwise.
    void placeDetailsDock();
    /// Tells the details panel where it is docked (it lays its charts out accordingly).
    void updateDetailsArea();

    QStringList selectedPrograms() const;
    void updateActions();
    /// Updates the actions when a selected program changed (names: the programs that did).
    void onProgramsChanged(const QStringList &names);
    /// The table's time columns tick only while the window can be seen.
    void updateTicking();
    void updateStatusBar();
    void updateResourceTotals();
    void showProblem(const QString &title, const QString &message);
    void updateWindowTitle();
    void showContextMenu(const QPoint &position);
    void forEachSelected(void (Supervisor::*action)(const QString &));
    /// A heartbeat program with an instance that can answer (Starting, Running or Lost).
    bool isPingable(const QString &name) const;
    void pingPrograms();

    void addProgram();
    void editProgram();
    void removePrograms();
    void undoRemove();
    void retryPrograms();
    void openLogFile();
    void copyCommandLines();
    void openConfiguration();
    void saveConfiguration();
    void saveConfigurationAs();
    void saveLog();
    void exportTable();
    /// A save dialog (objectName for tests) in the home folder, suggesting suggestedName and
    /// offering filters, each a name filter and the suffix a bare file name takes; empty when
    /// cancelled. *chosenFilter: the index of the filter chosen.
    QString askSavePath(const QString &objectName, const QString &title,
                        const QString &suggestedName,
                        const QList<std::pair<QString, QString>> &filters,
                        int *chosenFilter = nullptr);
    void setHeartbeatsShown(bool shown);
    void followTail();
    void showAbout();
    void showError(const QString &title, const QString &message);

    /// Stops every program with a progress dialog, then quits; asked again, raises the dialog.
    void stopAllAndQuit();
    void quitLeavingProgramsRunning();
    QList<ProgramSpec> programSpecs(const QString &except = QString()) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Supervisor *m_supervisor;
    ConfigurationKeeper *m_keeper;
    ProcessTableModel *m_tableModel;
    QSortFilterProxyModel *m_tableProxy;
    EventLogModel *m_logModel;
    EventLogFilterModel *m_logProxy;
    QLabel *m_countsLabel;
    QLabel *m_resourcesLabel;
    QLabel *m_rateLabel;
    ProblemNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr; ///< only where the platform has a system tray
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QTimer m_statusTimer;
    quint64 m_lastAcceptedHeartbeats = 0;
    QList<ProgramSpec> m_removed; ///< for Undo, newest last
    QPointer<QProgressDialog> m_quitProgress;
    bool m_quitting = false;
    bool m_followTail = true;
    /// The details dock was shown, or restored from the settings: its place is the user's.
    bool m_detailsPlaced = false;
    // The sampler last: destroyed first, so no sample arrives for a history that is gone.
    std::unique_ptr<ResourceMonitor> m_ownResources;
    ResourceMonitor *m_resources;
};
