// The main window (ui/mainwindow.ui): the program table, the event log pane, menus, toolbar
// and status bar. It shows what the Supervisor reports and asks it to act; it holds no
// protocol or process logic.
#pragma once

#include "core/configurationkeeper.h"
#include "core/programspec.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class EventLogFilterModel;
class EventLogModel;
class ProcessTableModel;
class QLabel;
class QProgressDialog;
class QSortFilterProxyModel;
class Supervisor;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Supervisor *supervisor, ConfigurationKeeper *keeper, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Tells the user about a configuration that could not be used (after
    /// ConfigurationKeeper::open).
    void reportOpenResult(const ConfigurationKeeper::OpenResult &result);

public Q_SLOTS:
    /// Shows the window, un-minimized, raised and active (a second launch, zlauncherctl).
    void bringToFront();
    /// Quits without the question closing the window asks: leaveRunning quits at once and
    /// leaves the programs running; otherwise stops them all first, with the progress dialog.
    void quitWithoutAsking(bool leaveRunning);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpProgramTable();
    void setUpLogPane();
    void restoreSettings();
    void saveSettings() const;

    QStringList selectedPrograms() const;
    void updateActions();
    void updateStatusBar();
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
    QLabel *m_rateLabel;
    QTimer m_statusTimer;
    quint64 m_lastAcceptedHeartbeats = 0;
    QList<ProgramSpec> m_removed; ///< for Undo, newest last
    QPointer<QProgressDialog> m_quitProgress;
    bool m_quitting = false;
    bool m_followTail = true;
};
