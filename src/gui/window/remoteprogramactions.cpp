#include "gui/window/remoteprogramactions.h"

#include "core/model/logging.h"
#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programstatetext.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

// As for this launcher's own programs (ProgramActions).
constexpr int pingTimeoutMs = 1000;
constexpr int messageMs = 8000;

} // namespace

RemoteProgramActions::RemoteProgramActions(RemoteHosts *hosts, QStatusBar *statusBar,
                                           QObject *parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_statusBar(statusBar)
{ }

QList<RemoteProgramActions::Program> RemoteProgramActions::selected(
        const QItemSelectionModel *selection) const
{
    QList<Program> programs;
    for (const QModelIndex &row : selection->selectedRows()) {
        const QString host = row.data(ProcessTableModel::HostRole).toString();
        if (host.isEmpty()) {
            continue;
        }
        const RemoteLauncher *launcher = m_hosts ? m_hosts->launcher(host) : nullptr;
        programs.append({host, row.data(ProcessTableModel::ProgramNameRole).toString(),
                         static_cast<ProgramState>(row.data(ProcessTableModel::StateRole).toInt()),
                         launcher && launcher->state() != RemoteLauncher::State::Unreachable});
    }
    return programs;
}

void RemoteProgramActions::send(const QString &command, const QList<Program> &programs)
{
    const QString doing = command == u"start" ? tr("start")
            : command == u"stop"              ? tr("stop")
            : command == u"restart"           ? tr("restart")
                                              : tr("kill");
    for (const Program &program : programs) {
        RemoteLauncher *launcher = launcherOf(program, doing);
        if (!launcher) {
            continue;
        }
        launcher->act(command, program.name,
                      [self = QPointer(this), program, doing](const QString &error) {
                          if (self && !error.isEmpty()) {
                              self->fail(program, doing, error);
                          }
                      });
    }
}

void RemoteProgramActions::ping(const QList<Program> &programs)
{
    for (const Program &program : programs) {
        RemoteLauncher *launcher = launcherOf(program, tr("ping"));
        if (!launcher) {
            continue;
        }
        launcher->ping(program.name, pingTimeoutMs,
                       [self = QPointer(this), program](const PingResult &result) {
                           if (!self || !self->m_statusBar) {
                               return;
                           }
                           const QString outcome = ProgramStateText::pingOutcome(
                                   result.ok ? result.roundTripUs : -1,
                                   result.ok ? result.reply : result.error);
                           self->m_statusBar->showMessage(
                                   tr("Ping %1 on %2: %3", "program, host, outcome")
                                           .arg(program.name, program.host, outcome),
                                   messageMs);
                       });
    }
}

QStringList RemoteProgramActions::hosts() const
{
    QStringList names;
    if (m_hosts) {
        for (const RemoteLauncher *launcher : m_hosts->launchers()) {
            names.append(launcher->host().name);
        }
    }
    return names;
}

void RemoteProgramActions::add(const QString &host, const ProgramSpec &spec)
{
    const Program program{host, spec.name};
    const QString doing = tr("add");
    RemoteLauncher *launcher = launcherOf(program, doing);
    if (!launcher) {
        return;
    }
    launcher->add(spec, [self = QPointer(this), program, doing](const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            self->fail(program, doing, error);
        } else if (self->m_statusBar) {
            self->m_statusBar->showMessage(
                    tr("Added %1 on %2", "program, host").arg(program.name, program.host),
                    messageMs);
        }
    });
}

bool RemoteProgramActions::remove(const QList<Program> &programs, QWidget *window)
{
    if (programs.isEmpty()) {
        return false;
    }
    QStringList names;
    for (const Program &program : programs) {
        names.append(tr("%1 on %2", "program on host").arg(program.name, program.host));
    }
    QMessageBox question(QMessageBox::Question, tr("Remove programs"),
                         tr("Remove %1?").arg(names.join(u", "_s)), QMessageBox::Cancel, window);
    question.setObjectName(u"removeRemoteQuestion"_s);
    question.setInformativeText(tr("They are removed from their hosts' configurations; Undo "
                                   "cannot bring them back from here."));
    QPushButton *stop = question.addButton(tr("Stop and remove"), QMessageBox::AcceptRole);
    QPushButton *leave
            = question.addButton(tr("Leave running and remove"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != stop && question.clickedButton() != leave) {
        return false;
    }
    const bool leaveRunning = question.clickedButton() == leave;
    const QString doing = tr("remove");
    for (const Program &program : programs) {
        if (RemoteLauncher *launcher = launcherOf(program, doing)) {
            launcher->remove(program.name, leaveRunning,
                             [self = QPointer(this), program, doing](const QString &error) {
                                 if (self && !error.isEmpty()) {
                                     self->fail(program, doing, error);
                                 }
                             });
        }
    }
    return true;
}

RemoteLauncher *RemoteProgramActions::launcherOf(const Program &program, const QString &doing)
{
    RemoteLauncher *launcher = m_hosts ? m_hosts->launcher(program.host) : nullptr;
    if (!launcher) {
        fail(program, doing, tr("the host is no longer followed"));
    }
    return launcher;
}

void RemoteProgramActions::fail(const Program &program, const QString &doing, const QString &why)
{
    const QString message = tr("cannot %1 %2 on %3: %4", "verb, program, host, reason")
                                    .arg(doing, program.name, program.host, why);
    qCWarning(lcSupervisor).noquote() << message;
    if (m_statusBar) {
        m_statusBar->showMessage(message, messageMs);
    }
    Q_EMIT failed(message);
}
