// What the Program and Edit menus do to the programs selected in the table: start, stop,
// restart, kill, retry, ping, add, edit, remove with undo, open the log file, copy the command
// line; and which of those actions the selection allows. The dialogs and messages are the
// window's; the work is the Supervisor's.
#pragma once

#include "core/model/programspec.h"

#include <QList>
#include <QObject>
#include <QStringList>

class ConfigurationKeeper;
class QMainWindow;
class RemoteProgramActions;
class Supervisor;

namespace Ui {
class MainWindow;
}

class ProgramActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramActions)

public:
    /// ui: the window's, set up; its program table must have its model.
    /// remote: what the actions do to the rows of other hosts (null: the table has none).
    ProgramActions(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor,
                   ConfigurationKeeper *keeper, RemoteProgramActions *remote = nullptr,
                   QObject *parent = nullptr);

    /// The names of this launcher's programs selected in the table: rows, so replicas by their
    /// own names.
    QStringList selectedPrograms() const;
    /// The same as configured: a replica set once, by its name.
    QStringList selectedConfiguredPrograms() const;
    /// Enables what the selection allows.
    void updateActions();
    /// Forgets the removed programs Undo would bring back (another configuration was opened).
    void forgetRemoved();

private:
    void connectActions();
    /// Updates the actions when a selected program changed (names: the programs that did).
    void onProgramsChanged(const QStringList &names);
    /// Also sends command to the agents of the selected rows of other hosts.
    void forEachSelected(void (Supervisor::*action)(const QString &), const QString &command);
    /// A heartbeat program with an instance that can answer (Starting, Running or Lost).
    bool isPingable(const QString &name) const;
    void pingPrograms();
    void retryPrograms();
    void addProgram();
    void editProgram();
    void removePrograms();
    /// Asks for the number of replicas of the selected program's set, and scales it.
    void scaleProgram();
    void undoRemove();
    void openLogFile();
    void copyCommandLines();
    QList<ProgramSpec> programSpecs(const QString &except = QString()) const;

    Ui::MainWindow *m_ui;
    QMainWindow *m_window;
    Supervisor *m_supervisor;
    ConfigurationKeeper *m_keeper;
    RemoteProgramActions *m_remote;
    QList<ProgramSpec> m_removed; ///< for Undo, newest last
};
