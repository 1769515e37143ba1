#include "gui/window/remoteprogramactions.h"

#include "core/model/logging.h"
#include "core/model/replicas.h"
#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programstatetext.h"
#include "gui/programdialog.h"
#include "gui/window/remoteoutputdialog.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

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
        const QString name = row.data(ProcessTableModel::ProgramNameRole).toString();
        const QJsonObject object = launcher ? launcher->mirror().program(name) : QJsonObject();
        programs.append({host, name,
                         static_cast<ProgramState>(row.data(ProcessTableModel::StateRole).toInt()),
                         launcher && launcher->state() != RemoteLauncher::State::Unreachable,
                         object.value(u"kind").toString() == u"heartbeat",
                         !object.value(u"waitingFor").toArray().isEmpty()});
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
        // As for this launcher's programs: only the heartbeat protocol has an answer.
        if (!program.heartbeat) {
            continue;
        }
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

void RemoteProgramActions::add(const QString &host, QWidget *window)
{
    withConfiguration({host, QString()}, tr("add a program"),
                      [this, host, window](const QList<ProgramSpec> &programs) {
                          auto *dialog = new ProgramDialog(ProgramDialog::Mode::Add, ProgramSpec(),
                                                           programs, false, window);
                          openDialog(dialog, host, [this, host](const ProgramSpec &spec) {
                              const Program program{host, spec.name};
                              const QString doing = tr("add");
                              if (RemoteLauncher *launcher = launcherOf(program, doing)) {
                                  launcher->add(spec,
                                                reporter(program, doing,
                                                         tr("Added %1 on %2", "program, host")));
                              }
                          });
                      });
}

void RemoteProgramActions::edit(const Program &program, QWidget *window)
{
    withConfiguration(
            program, tr("edit"), [this, program, window](const QList<ProgramSpec> &programs) {
                QList<ProgramSpec> others = programs;
                // A replica is edited as the program it is one of.
                const auto edited
                        = std::find_if(others.begin(), others.end(), [&](const ProgramSpec &spec) {
                              return spec.name == program.name
                                      || (spec.instances
                                          && replicaNames(spec.name, *spec.instances)
                                                     .contains(program.name));
                          });
                if (edited == others.end()) {
                    fail(program, tr("edit"), tr("its host's configuration no longer has it"));
                    return;
                }
                const ProgramSpec initial = *edited;
                others.erase(edited);
                auto *dialog = new ProgramDialog(ProgramDialog::Mode::Edit, initial, others,
                                                 hasLiveInstance(program.state), window);
                openDialog(dialog, program.host, [this, program, initial](const ProgramSpec &spec) {
                    const QString doing = tr("edit");
                    if (RemoteLauncher *launcher = launcherOf(program, doing)) {
                        launcher->update(initial.name, spec,
                                         reporter({program.host, spec.name}, doing,
                                                  tr("%1 changed on %2", "program, host")));
                    }
                });
            });
}

void RemoteProgramActions::showOutput(const Program &program, QWidget *window)
{
    if (!m_hosts) {
        return;
    }
    auto *dialog = new RemoteOutputDialog(m_hosts, program.host, program.name, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RemoteProgramActions::withConfiguration(
        const Program &program, const QString &doing,
        std::function<void(const QList<ProgramSpec> &programs)> then)
{
    RemoteLauncher *launcher = launcherOf(program, doing);
    if (!launcher) {
        return;
    }
    if (m_statusBar) {
        m_statusBar->showMessage(tr("Reading the configuration of %1…").arg(program.host),
                                 messageMs);
    }
    launcher->configuration([self = QPointer(this), program, doing, then = std::move(then)](
                                    const QList<ProgramSpec> &programs, const QString &error) {
        if (!self) {
            return;
        }
        if (self->m_statusBar) {
            self->m_statusBar->clearMessage();
        }
        if (!error.isEmpty()) {
            self->fail(program, doing, error);
            return;
        }
        then(programs);
    });
}

void RemoteProgramActions::openDialog(ProgramDialog *dialog, const QString &host,
                                      std::function<void(const ProgramSpec &spec)> accepted)
{
    dialog->setRemoteHost(host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Opened from a reply, so not exec(): a nested event loop would read the next replies
    // from inside this one.
    connect(dialog, &QDialog::accepted, this,
            [dialog, accepted = std::move(accepted)] { accepted(dialog->spec()); });
    dialog->open();
}

std::function<void(const QString &error)> RemoteProgramActions::reporter(const Program &program,
                                                                         const QString &doing,
                                                                         const QString &done)
{
    return [self = QPointer(this), program, doing, done](const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            self->fail(program, doing, error);
        } else if (self->m_statusBar) {
            self->m_statusBar->showMessage(done.arg(program.name, program.host), messageMs);
        }
    };
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
