#include "gui/window/programactions.h"

#include "core/config/configurationkeeper.h"
#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/model/replicas.h"
#include "core/model/shellwords.h"
#include "core/supervision/supervisor.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programstatetext.h"
#include "gui/programdialog.h"
#include "gui/window/errorbox.h"
#include "gui/window/remoteprogramactions.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

// Longer than any answer from a program that is alive, short enough to wait for.
constexpr int pingTimeoutMs = 1000;

// Lost too: whether a silent program still answers is worth asking.
bool answersPings(ProgramState state)
{
    return state == ProgramState::Starting || state == ProgramState::Running
            || state == ProgramState::Lost;
}

// What the selected rows allow, of this host or another: an action is enabled when one row
// allows it.
struct SelectionAbilities
{
    bool startable = false;
    bool live = false;
    bool stoppable = false;
    bool retryable = false;
    bool pingable = false;

    void add(ProgramState state, bool waitingForDependencies, bool heartbeatKind)
    {
        const bool isLive = hasLiveInstance(state);
        // A start waiting for its dependencies is already asked for; Stop cancels it.
        const bool waiting = waitingForDependencies && !isLive;
        startable = startable || (!isLive && !waiting);
        live = live || isLive;
        stoppable = stoppable || (isLive && state != ProgramState::Stopping)
                || state == ProgramState::Backoff || waiting;
        retryable = retryable || state == ProgramState::Backoff || state == ProgramState::Failed;
        pingable = pingable || (heartbeatKind && answersPings(state));
    }
};

} // namespace

ProgramActions::ProgramActions(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor,
                               ConfigurationKeeper *keeper, RemoteProgramActions *remote,
                               QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_window(window)
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_remote(remote)
{
    connectActions();
    connect(m_ui->programTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgramActions::updateActions);
    connect(m_ui->programTable, &QAbstractItemView::doubleClicked, this,
            &ProgramActions::editProgram);
    connect(m_supervisor, &Supervisor::stateChanged, this, &ProgramActions::updateActions);
    connect(m_supervisor, &Supervisor::programAdded, this, &ProgramActions::updateActions);
    connect(m_supervisor, &Supervisor::programRemoved, this, &ProgramActions::updateActions);
    // A start waiting for dependencies, or a new kind, changes what can be done.
    connect(m_supervisor, &Supervisor::programsChanged, this, &ProgramActions::onProgramsChanged);
    connect(m_supervisor, &Supervisor::programSpecChanged, this, &ProgramActions::updateActions);
}

void ProgramActions::connectActions()
{
    connect(m_ui->actionAddProgram, &QAction::triggered, this, &ProgramActions::addProgram);
    connect(m_ui->actionEditProgram, &QAction::triggered, this, &ProgramActions::editProgram);
    connect(m_ui->actionRemoveProgram, &QAction::triggered, this, &ProgramActions::removePrograms);
    connect(m_ui->actionScaleProgram, &QAction::triggered, this, &ProgramActions::scaleProgram);
    connect(m_ui->actionUndo, &QAction::triggered, this, &ProgramActions::undoRemove);
    connect(m_ui->actionStartProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::startProgram, u"start"_s); });
    connect(m_ui->actionStopProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::stopProgram, u"stop"_s); });
    connect(m_ui->actionRestartProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::restartProgram, u"restart"_s); });
    connect(m_ui->actionKillProgram, &QAction::triggered, this,
            [this] { forEachSelected(&Supervisor::killProgram, u"kill"_s); });
    connect(m_ui->actionRetryProgram, &QAction::triggered, this, &ProgramActions::retryPrograms);
    connect(m_ui->actionPingProgram, &QAction::triggered, this, &ProgramActions::pingPrograms);
    connect(m_ui->actionStartAll, &QAction::triggered, m_supervisor, &Supervisor::startAll);
    connect(m_ui->actionStopAll, &QAction::triggered, m_supervisor, &Supervisor::stopAll);
    connect(m_ui->actionOpenLogFile, &QAction::triggered, this, &ProgramActions::openLogFile);
    connect(m_ui->actionCopyCommandLine, &QAction::triggered, this,
            &ProgramActions::copyCommandLines);
}

QStringList ProgramActions::selectedPrograms() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->programTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(ProcessTableModel::HostRole).toString().isEmpty()) {
            names.append(row.data(ProcessTableModel::ProgramNameRole).toString());
        }
    }
    return names;
}

QStringList ProgramActions::selectedConfiguredPrograms() const
{
    QStringList names;
    for (const QString &row : selectedPrograms()) {
        if (const QString name = m_supervisor->configuredName(row); !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

void ProgramActions::updateActions()
{
    SelectionAbilities can;
    const QStringList selected = selectedPrograms();
    for (const QString &name : selected) {
        const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
        const ProgramSpec *spec = m_supervisor->spec(name);
        can.add(snapshot->state, !snapshot->waitingFor.isEmpty(),
                spec && spec->kind == ProgramKind::Heartbeat);
    }
    // Another host's rows, as far as its last snapshot tells: its agent has the last word.
    const QList<RemoteProgramActions::Program> remote = m_remote
            ? m_remote->selected(m_ui->programTable->selectionModel())
            : QList<RemoteProgramActions::Program>();
    for (const RemoteProgramActions::Program &program : remote) {
        can.add(program.state, program.waiting, program.heartbeat);
    }
    const bool oneRow = selected.size() == 1 && remote.isEmpty();
    const QStringList configured = selectedConfiguredPrograms();
    m_ui->actionEditProgram->setEnabled((configured.size() == 1 && remote.isEmpty())
                                        || (configured.isEmpty() && remote.size() == 1));
    const ProgramSpec *oneProgram
            = configured.size() == 1 ? m_supervisor->spec(configured.first()) : nullptr;
    m_ui->actionScaleProgram->setEnabled(oneProgram && oneProgram->instances);
    m_ui->actionRemoveProgram->setEnabled(!selected.isEmpty() || !remote.isEmpty());
    m_ui->actionStartProgram->setEnabled(can.startable);
    m_ui->actionStopProgram->setEnabled(can.stoppable);
    m_ui->actionRestartProgram->setEnabled(!selected.isEmpty() || !remote.isEmpty());
    m_ui->actionKillProgram->setEnabled(can.live);
    m_ui->actionRetryProgram->setEnabled(can.retryable);
    m_ui->actionPingProgram->setEnabled(can.pingable);
    m_ui->actionCopyCommandLine->setEnabled(!selected.isEmpty());
    // Another host's file is not here: its output is followed through its agent.
    m_ui->actionOpenLogFile->setEnabled(
            (oneRow && QFileInfo::exists(m_supervisor->snapshot(selected.first())->logFile))
            || (selected.isEmpty() && remote.size() == 1));
    const bool anyProgram = !m_supervisor->programNames().isEmpty();
    m_ui->actionStartAll->setEnabled(anyProgram);
    m_ui->actionStopAll->setEnabled(m_supervisor->hasLiveInstances());
    m_ui->actionUndo->setEnabled(!m_removed.isEmpty());
    m_ui->actionUndo->setText(m_removed.isEmpty()
                                      ? tr("&Undo")
                                      : tr("&Undo removal of %1").arg(m_removed.last().name));
}

void ProgramActions::forgetRemoved()
{
    m_removed.clear();
    updateActions();
}

void ProgramActions::onProgramsChanged(const QStringList &names)
{
    // Heartbeats change the programs a few times a second: only a selected one matters here.
    const QStringList selected = selectedPrograms();
    const bool selectedChanged
            = std::any_of(names.cbegin(), names.cend(),
                          [&selected](const QString &name) { return selected.contains(name); });
    if (selectedChanged) {
        updateActions();
    }
}

void ProgramActions::forEachSelected(void (Supervisor::*action)(const QString &),
                                     const QString &command)
{
    for (const QString &name : selectedPrograms()) {
        (m_supervisor->*action)(name);
    }
    if (m_remote) {
        m_remote->send(command, m_remote->selected(m_ui->programTable->selectionModel()));
    }
}

bool ProgramActions::isPingable(const QString &name) const
{
    const ProgramSpec *spec = m_supervisor->spec(name);
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    if (!spec || !snapshot || spec->kind != ProgramKind::Heartbeat) {
        return false;
    }
    return answersPings(snapshot->state);
}

void ProgramActions::pingPrograms()
{
    QStringList pinged;
    for (const QString &name : selectedPrograms()) {
        if (!isPingable(name)) {
            continue;
        }
        pinged.append(name);
        // The event log and the row's tooltip get the outcome from the supervisor; the status
        // bar repeats it for whoever just pressed Ctrl+P. The window may be gone by then.
        QPointer<QStatusBar> bar = m_window->statusBar();
        m_supervisor->pingProgram(name, pingTimeoutMs, [bar, name](const PingResult &result) {
            if (bar) {
                const QString outcome
                        = ProgramStateText::pingOutcome(result.ok ? result.roundTripUs : -1,
                                                        result.ok ? result.reply : result.error);
                bar->showMessage(tr("Ping %1: %2", "program, outcome").arg(name, outcome), 8000);
            }
        });
    }
    if (!pinged.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Pinging %1…").arg(pinged.join(u", "_s)), 8000);
    }
    if (m_remote) {
        m_remote->ping(m_remote->selected(m_ui->programTable->selectionModel()));
    }
}

void ProgramActions::retryPrograms()
{
    for (const QString &name : selectedPrograms()) {
        const ProgramState state = m_supervisor->snapshot(name)->state;
        if (state == ProgramState::Backoff || state == ProgramState::Failed) {
            m_supervisor->startProgram(name);
        }
    }
    if (m_remote) {
        QList<RemoteProgramActions::Program> retried
                = m_remote->selected(m_ui->programTable->selectionModel());
        retried.removeIf([](const RemoteProgramActions::Program &program) {
            return program.state != ProgramState::Backoff && program.state != ProgramState::Failed;
        });
        m_remote->send(u"start"_s, retried);
    }
}

void ProgramActions::addProgram()
{
    // With other hosts, where first: the host of the selected row, by default.
    QString host;
    if (const QStringList hosts = m_remote ? m_remote->hosts() : QStringList(); !hosts.isEmpty()) {
        const QModelIndex current = m_ui->programTable->currentIndex();
        const QString selectedHost = current.data(ProcessTableModel::HostRole).toString();
        QInputDialog where(m_window);
        where.setObjectName(u"addWhereDialog"_s);
        where.setWindowTitle(tr("Add a program"));
        where.setLabelText(tr("Add the program on:"));
        where.setComboBoxItems(QStringList{ProcessTableModel::localHostName()} + hosts);
        where.setComboBoxEditable(false);
        where.setTextValue(selectedHost.isEmpty() ? ProcessTableModel::localHostName()
                                                  : selectedHost);
        if (where.exec() != QDialog::Accepted) {
            return;
        }
        const auto index = hosts.indexOf(where.textValue());
        host = index >= 0 ? hosts.at(index) : QString();
    }
    if (!host.isEmpty()) {
        m_remote->add(host, m_window);
        return;
    }
    ProgramSpec initial;
    initial.baseDirectory = QFileInfo(m_keeper->path()).absolutePath();
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, programSpecs(), false, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ProgramSpec spec = dialog.spec();
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        showError(m_window, tr("The program was not added"), error);
        return;
    }
    if (spec.autostart) {
        m_supervisor->startProgram(spec.name);
    }
    m_window->statusBar()->showMessage(tr("Added %1").arg(spec.name), 5000);
}

void ProgramActions::editProgram()
{
    if (m_remote) {
        if (const QList<RemoteProgramActions::Program> remote
            = m_remote->selected(m_ui->programTable->selectionModel());
            remote.size() == 1) {
            m_remote->edit(remote.first(), m_window);
            return;
        }
    }
    // A replica is edited as the program it is one of.
    const QStringList selected = selectedConfiguredPrograms();
    if (selected.size() != 1) {
        return;
    }
    const QString name = selected.first();
    const bool running = m_supervisor->isLive(name);
    ProgramDialog dialog(ProgramDialog::Mode::Edit, *m_supervisor->spec(name), programSpecs(name),
                         running, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_supervisor->updateProgram(name, dialog.spec(), &error)) {
        showError(m_window, tr("The changes were not applied"), error);
        return;
    }
    m_window->statusBar()->showMessage(
            running ? tr("%1 changed; the changes apply at its next start").arg(dialog.spec().name)
                    : tr("%1 changed").arg(dialog.spec().name),
            8000);
}

QList<ProgramSpec> ProgramActions::programSpecs(const QString &except) const
{
    QList<ProgramSpec> specs;
    for (const QString &name : m_supervisor->configuredNames()) {
        if (name != except) {
            specs.append(*m_supervisor->spec(name));
        }
    }
    return specs;
}

void ProgramActions::removePrograms()
{
    // Other hosts' rows first, with their own question; cancelled, nothing is removed.
    if (m_remote) {
        const QList<RemoteProgramActions::Program> remote
                = m_remote->selected(m_ui->programTable->selectionModel());
        if (!remote.isEmpty() && !m_remote->remove(remote, m_window)) {
            return;
        }
    }
    // A replica is removed with its set: scaling removes one.
    const QStringList selected = selectedConfiguredPrograms();
    if (selected.isEmpty()) {
        return;
    }
    QStringList running;
    for (const QString &name : selected) {
        if (m_supervisor->isLive(name)) {
            running.append(name);
        }
    }
    QMessageBox question(QMessageBox::Question, tr("Remove programs"), QString(),
                         QMessageBox::Cancel, m_window);
    question.setObjectName(u"removeQuestion"_s);
    QPushButton *stopButton = nullptr;
    QPushButton *leaveButton = nullptr;
    QPushButton *removeButton = nullptr;
    if (running.isEmpty()) {
        question.setText(tr("Remove %1?").arg(selected.join(u", "_s)));
        question.setInformativeText(tr("Edit ▸ Undo brings it back until zlauncher closes."));
        removeButton = question.addButton(tr("Remove"), QMessageBox::AcceptRole);
    } else {
        question.setText(
                tr("%1 running. Remove %2?").arg(running.join(u", "_s), selected.join(u", "_s)));
        question.setInformativeText(
                tr("Stop the running programs first, or leave them running without supervision."));
        stopButton = question.addButton(tr("Stop and remove"), QMessageBox::AcceptRole);
        leaveButton = question.addButton(tr("Leave running and remove"), QMessageBox::AcceptRole);
    }
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    QAbstractButton *clicked = question.clickedButton();
    if (clicked == nullptr
        || (clicked != stopButton && clicked != leaveButton && clicked != removeButton)) {
        return;
    }
    const Supervisor::RemoveMode mode = clicked == leaveButton
            ? Supervisor::RemoveMode::LeaveRunning
            : Supervisor::RemoveMode::StopFirst;
    QList<ProgramSpec> specs;
    for (const QString &name : selected) {
        specs.append(*m_supervisor->spec(name));
    }
    QString error;
    if (!m_supervisor->removePrograms(selected, mode, &error)) {
        showError(m_window, tr("Nothing was removed"), error);
        return;
    }
    m_removed += specs;
    updateActions();
}

void ProgramActions::scaleProgram()
{
    const QStringList selected = selectedConfiguredPrograms();
    const ProgramSpec *spec = selected.size() == 1 ? m_supervisor->spec(selected.first()) : nullptr;
    if (!spec || !spec->instances) {
        return;
    }
    const QString name = spec->name;
    bool accepted = false;
    const int count = QInputDialog::getInt(
            m_window, tr("Instance count of %1").arg(name),
            tr("Replicas of %1 to run (added ones start; removed ones stop from the highest "
               "index down):")
                    .arg(name),
            *spec->instances, 1, maxReplicas, 1, &accepted);
    if (!accepted) {
        return;
    }
    QString error;
    if (!m_supervisor->scaleProgram(name, count, &error)) {
        showError(m_window, tr("%1 was not scaled").arg(name), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 scaled to %2").arg(name).arg(count), 5000);
}

void ProgramActions::undoRemove()
{
    if (m_removed.isEmpty()) {
        return;
    }
    const ProgramSpec spec = m_removed.takeLast();
    QString error;
    if (!m_supervisor->addProgram(spec, &error)) {
        showError(m_window, tr("%1 could not be restored").arg(spec.name), error);
    }
    updateActions();
}

void ProgramActions::openLogFile()
{
    if (m_remote) {
        if (const QList<RemoteProgramActions::Program> remote
            = m_remote->selected(m_ui->programTable->selectionModel());
            remote.size() == 1) {
            m_remote->showOutput(remote.first(), m_window);
            return;
        }
    }
    const QStringList selected = selectedPrograms();
    if (selected.size() == 1) {
        const QString file = m_supervisor->snapshot(selected.first())->logFile;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file))) {
            showError(m_window, tr("The log file was not opened"),
                      tr("No application could open %1.").arg(file));
        }
    }
}

void ProgramActions::copyCommandLines()
{
    QStringList lines;
    for (const QString &name : selectedPrograms()) {
        const ProgramSpec *spec = m_supervisor->spec(name);
        lines.append(ShellWords::join(QStringList{spec->program} + spec->arguments));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    m_window->statusBar()->showMessage(
            tr("Copied %n command line(s)", nullptr, static_cast<int>(lines.size())), 4000);
}
