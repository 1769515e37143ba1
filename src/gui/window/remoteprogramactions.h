// What the Program menu does to the selected programs of other hosts (RemoteProgramsModel's
// rows): start, stop, restart, kill, retry and ping, each asked of the host's agent. The
// outcome goes to the status bar; a refusal (an unreachable host, an unknown program) also to
// the log, in words that say what to do.
#pragma once

#include "core/model/programspec.h"
#include "core/model/programstate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ProgramDialog;
class QItemSelectionModel;
class QStatusBar;
class QWidget;
class RemoteHosts;
class RemoteLauncher;

class RemoteProgramActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteProgramActions)

public:
    struct Program
    {
        QString host;
        QString name;
        ProgramState state = ProgramState::Stopped;
        bool reachable = true;
        /// It speaks the heartbeat protocol, so its agent can ping it.
        bool heartbeat = false;
        /// Its start waits for dependencies (already asked for: Stop cancels it).
        bool waiting = false;
    };

    RemoteProgramActions(RemoteHosts *hosts, QStatusBar *statusBar, QObject *parent = nullptr);

    /// The selected rows of other hosts (ProcessTableModel::HostRole not empty).
    QList<Program> selected(const QItemSelectionModel *selection) const;

    /// command: start, stop, restart or kill; an agent refuses what a program's state does not
    /// allow, and the refusal is reported as any other.
    void send(const QString &command, const QList<Program> &programs);
    void ping(const QList<Program> &programs);
    /// The hosts followed, in order.
    QStringList hosts() const;
    /// Reads host's configuration, then opens the program dialog on it; OK adds the program
    /// there, through its agent.
    void add(const QString &host, QWidget *window);
    /// The same for program (a replica is edited as its set); OK sends the changes.
    void edit(const Program &program, QWidget *window);
    /// Opens a window on program's output, followed through its agent.
    void showOutput(const Program &program, QWidget *window);
    /// Asks whether to stop them first or leave them running, then removes them from their
    /// hosts' configurations; false when the user cancelled.
    bool remove(const QList<Program> &programs, QWidget *window);

Q_SIGNALS:
    /// A request failed: message says which, where and why.
    void failed(const QString &message);

private:
    /// Says that doing program failed, and why.
    void fail(const Program &program, const QString &doing, const QString &why);
    RemoteLauncher *launcherOf(const Program &program, const QString &doing);
    /// Calls then with program's host's configured programs, or reports why it cannot.
    void withConfiguration(const Program &program, const QString &doing,
                           std::function<void(const QList<ProgramSpec> &programs)> then);
    void openDialog(ProgramDialog *dialog, const QString &host,
                    std::function<void(const ProgramSpec &spec)> accepted);
    /// A request's done that reports a failure, or done (%1 the program, %2 the host).
    std::function<void(const QString &error)> reporter(const Program &program, const QString &doing,
                                                       const QString &done);

    QPointer<RemoteHosts> m_hosts;
    QPointer<QStatusBar> m_statusBar;
};
