// The File menu: open a configuration, save it (as), import another supervisor's file, export
// the program table as CSV, and the report of a configuration that could not be used.
#pragma once

#include "core/config/configurationkeeper.h"

#include <QObject>

class QAbstractItemModel;
class QMainWindow;
class QSortFilterProxyModel;
class Supervisor;

namespace Ui {
class MainWindow;
}

class FileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    /// table: the program table's proxy over model, in the order the table shows.
    FileActions(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor,
                ConfigurationKeeper *keeper, QAbstractItemModel *model,
                QSortFilterProxyModel *table, QObject *parent = nullptr);

    /// Tells the user about a configuration that could not be used.
    void reportOpenResult(const ConfigurationKeeper::OpenResult &result);

Q_SIGNALS:
    /// Another configuration is replacing the programs (the removed ones cannot come back).
    void configurationOpened();
    /// The configuration now has another file.
    void pathChanged();

private:
    void openConfiguration();
    void saveConfiguration();
    void saveConfigurationAs();
    void importPrograms();
    /// Adds programs, each after the ones it depends on; returns the problems, one a line.
    QStringList addImported(const QList<ProgramSpec> &programs, bool start);
    void exportTable();

    QMainWindow *m_window;
    Supervisor *m_supervisor;
    ConfigurationKeeper *m_keeper;
    QAbstractItemModel *m_model; ///< the table's rows, every host's
    QSortFilterProxyModel *m_table;
};
