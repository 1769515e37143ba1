// The window's other hosts (docs/remote.md): File ▸ Connect to host… and Disconnect from host,
// and the status bar's count of the hosts that answer, with each one's state in its tooltip.
#pragma once

#include "core/remote/remotelauncher.h"

#include <QHash>
#include <QObject>

class QLabel;
class QMainWindow;
class RemoteHosts;

namespace Ui {
class MainWindow;
}

class HostActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostActions)

public:
    HostActions(Ui::MainWindow *ui, QMainWindow *window, RemoteHosts *hosts,
                QObject *parent = nullptr);

    /// Enables Disconnect when the selection holds another host's program.
    void updateActions();

Q_SIGNALS:
    /// A host that answered stopped answering: worth a notification.
    void hostLost(const QString &title, const QString &message);

private:
    void connectHost();
    void disconnectHost();
    void follow(RemoteLauncher *launcher);
    void onStateChanged(RemoteLauncher *launcher);
    void updateStatus();
    /// The host of the selected rows of other hosts, when they are all on one.
    QString selectedHost() const;

    Ui::MainWindow *m_ui;
    QMainWindow *m_window;
    RemoteHosts *m_hosts;
    QLabel *m_status;
    /// Each host's state as last seen, to tell a loss from a host never reached.
    QHash<const RemoteLauncher *, RemoteLauncher::State> m_states;
};
