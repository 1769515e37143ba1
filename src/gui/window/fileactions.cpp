#include "gui/window/fileactions.h"

#include "core/import/importer.h"
#include "core/supervision/supervisor.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programtablecsv.h"
#include "gui/window/errorbox.h"
#include "gui/window/importdialog.h"
#include "gui/window/savedialog.h"

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QStatusBar>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

FileActions::FileActions(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor,
                         ConfigurationKeeper *keeper, QAbstractItemModel *model,
                         QSortFilterProxyModel *table, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_model(model)
    , m_table(table)
{
    connect(ui->actionOpenConfiguration, &QAction::triggered, this,
            &FileActions::openConfiguration);
    connect(ui->actionSave, &QAction::triggered, this, &FileActions::saveConfiguration);
    connect(ui->actionSaveAs, &QAction::triggered, this, &FileActions::saveConfigurationAs);
    connect(ui->actionImport, &QAction::triggered, this, &FileActions::importPrograms);
    connect(ui->actionExportTable, &QAction::triggered, this, &FileActions::exportTable);
    connect(m_keeper, &ConfigurationKeeper::saveFailed, this, [this](const QString &message) {
        showError(m_window, tr("The configuration was not saved"), message);
    });
    connect(m_keeper, &ConfigurationKeeper::saved, this, &FileActions::pathChanged);
}

void FileActions::openConfiguration()
{
    if (m_supervisor->hasLiveInstances()) {
        showError(m_window, tr("Programs are running"),
                  tr("Stop every program (Program ▸ Stop all) before opening another "
                     "configuration."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open configuration"), QFileInfo(m_keeper->path()).absolutePath(),
            tr("zlauncher configuration (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_supervisor->removePrograms(m_supervisor->programNames(),
                                 Supervisor::RemoveMode::LeaveRunning);
    Q_EMIT configurationOpened();
    reportOpenResult(m_keeper->open(path));
    Q_EMIT pathChanged();
}

void FileActions::saveConfiguration()
{
    QString error;
    if (!m_keeper->save(&error)) {
        showError(m_window, tr("The configuration was not saved"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(m_keeper->path()), 4000);
}

void FileActions::saveConfigurationAs()
{
    const QString path
            = QFileDialog::getSaveFileName(m_window, tr("Save configuration as"), m_keeper->path(),
                                           tr("zlauncher configuration (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_keeper->saveAs(path, &error)) {
        showError(m_window, tr("The configuration was not saved"), error);
        return;
    }
    Q_EMIT pathChanged();
    m_window->statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

void FileActions::importPrograms()
{
    QFileDialog chooser(m_window, tr("Import another supervisor's file"),
                        QFileInfo(m_keeper->path()).absolutePath(),
                        tr("Supervisors' files (Procfile* *.conf *.ini *.yaml *.yml *.json);;All "
                           "files (*)"));
    chooser.setObjectName(u"importFileDialog"_s);
    chooser.setFileMode(QFileDialog::ExistingFile);
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty()) {
        return;
    }
    const QString path = chooser.selectedFiles().first();
    QString error;
    const std::optional<ImportResult> result = Importer::importFile(path, std::nullopt, &error);
    if (!result) {
        showError(m_window, tr("The file was not imported"), error);
        return;
    }
    ImportDialog dialog(path, *result, m_supervisor->programNames(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<ProgramSpec> programs = dialog.programsToAdd();
    const QStringList problems = addImported(programs, dialog.startAfterAdding());
    if (!problems.isEmpty()) {
        showError(m_window, tr("Some programs were not added"), problems.join(u'\n'));
        return;
    }
    m_window->statusBar()->showMessage(
            tr("Imported %n program(s) from %1", nullptr, int(programs.size()))
                    .arg(QFileInfo(path).fileName()),
            5000);
}

QStringList FileActions::addImported(const QList<ProgramSpec> &programs, bool start)
{
    QList<ProgramSpec> pending = programs;
    QStringList added;
    QStringList problems;
    // A program is added once what it depends on is there: the supervisor checks dependsOn.
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            ProgramSpec spec = pending.at(i);
            const bool ready = std::all_of(
                    spec.dependsOn.begin(), spec.dependsOn.end(), [&](const QString &dependency) {
                        return m_supervisor->programNames().contains(dependency);
                    });
            if (!ready) {
                ++i;
                continue;
            }
            spec.baseDirectory = QFileInfo(m_keeper->path()).absolutePath();
            QString error;
            if (m_supervisor->addProgram(spec, &error)) {
                added.append(spec.name);
            } else {
                problems.append(error);
            }
            pending.removeAt(i);
            progress = true;
        }
    }
    for (const ProgramSpec &spec : std::as_const(pending)) {
        problems.append(
                tr("%1 was not added: it depends on a program that was not").arg(spec.name));
    }
    if (start) {
        for (const ProgramSpec &spec : programs) {
            if (spec.autostart && added.contains(spec.name)) {
                m_supervisor->startProgram(spec.name);
            }
        }
    }
    return problems;
}

void FileActions::exportTable()
{
    const QString path = askSavePath(m_window, u"exportTableDialog"_s, tr("Export table as CSV"),
                                     u"zlauncher-programs.csv"_s, {{tr("CSV (*.csv)"), u"csv"_s}});
    if (path.isEmpty()) {
        return;
    }
    // The rows the table shows, in its order; every column, hidden ones too.
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        rows.append(m_table->mapToSource(m_table->index(row, 0)).row());
    }
    QString error;
    if (!ProgramTableCsv::save(path, *m_model, rows, &error)) {
        showError(m_window, tr("The table was not exported"), error);
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    m_window->statusBar()->showMessage(rows.size() == 1 ? tr("Exported 1 program to %1").arg(where)
                                                        : tr("Exported %n programs to %1", nullptr,
                                                             static_cast<int>(rows.size()))
                                                                  .arg(where),
                                       5000);
}

void FileActions::reportOpenResult(const ConfigurationKeeper::OpenResult &result)
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
    showError(m_window, tr("The configuration could not be used"), message);
}
