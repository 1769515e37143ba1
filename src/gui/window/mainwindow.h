// The main window (ui/mainwindow.ui): the shell that holds the program table, the event log
// pane (LogPane), the details dock (DetailsPanel), the status bar (ProgramStatusBar) and the
// problem notifications (ProblemAlerts); the menus' work is ProgramActions', FileActions' and,
// for the other hosts, HostActions'.
// It keeps the layout and the settings, and asks what to do with running programs on quit.
// It owns the resource sampler and its history (CPU and memory per program), which the table
// and the details panel read.
#pragma once

#include "core/config/configurationkeeper.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/resourcemonitor.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class DetailsPanel;
class EventLogModel;
class FileActions;
class ProgramActions;
class ProgramTable;
class QDockWidget;
class QProgressDialog;
class RemoteHosts;
class Supervisor;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// resources: the launcher's; null: the window samples its programs itself.
    /// hosts: the agents on other hosts the window follows too (null: none, and no File ▸
    /// Connect to host…).
    MainWindow(Supervisor *supervisor, ConfigurationKeeper *keeper,
               ResourceMonitor *resources = nullptr, RemoteHosts *hosts = nullptr,
               QWidget *parent = nullptr);
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
    void setUpParts();
    void setUpDetailsDock();
    void restoreSettings();
    void saveSettings() const;
    /// The window width at which the table's columns, the free text one that stretches last at
    /// a readable width, fit beside the details dock at the width it opens with.
    int widthForTableBesideDetails() const;
    /// Until the details dock was first shown or restored, keeps it where it will fit: beside
    /// the table when the window is wide enough for both, below it otherwise.
    void placeDetailsDock();
    /// Tells the details panel where it is docked (it lays its charts out accordingly).
    void updateDetailsArea();

    /// The table's time columns tick only while the window can be seen.
    void updateTicking();
    void updateWindowTitle();
    void showContextMenu(const QPoint &position);
    void showAbout();

    /// Stops every program with a progress dialog, then quits; asked again, raises the dialog.
    void stopAllAndQuit();
    void quitLeavingProgramsRunning();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Supervisor *m_supervisor;
    ConfigurationKeeper *m_keeper;
    RemoteHosts *m_hosts;
    ProgramTable *m_table = nullptr;
    EventLogModel *m_logModel = nullptr;
    ProgramActions *m_programActions = nullptr;
    FileActions *m_fileActions = nullptr;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QPointer<QProgressDialog> m_quitProgress;
    bool m_quitting = false;
    /// The details dock was shown, or restored from the settings: its place is the user's.
    bool m_detailsPlaced = false;
    // The sampler last: destroyed first, so no sample arrives for a history that is gone.
    std::unique_ptr<ResourceMonitor> m_ownResources;
    ResourceMonitor *m_resources;
};
