#include "gui/window/hostactions.h"

#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/window/connecthostdialog.h"
#include "gui/window/errorbox.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

HostActions::HostActions(Ui::MainWindow *ui, QMainWindow *window, RemoteHosts *hosts,
                         QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_window(window)
    , m_hosts(hosts)
    , m_status(new QLabel(window))
{
    m_status->setObjectName(u"hostStatus"_s);
    m_window->statusBar()->addPermanentWidget(m_status);
    connect(m_ui->actionConnectHost, &QAction::triggered, this, &HostActions::connectHost);
    connect(m_ui->actionDisconnectHost, &QAction::triggered, this, &HostActions::disconnectHost);
    connect(m_ui->programTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostActions::updateActions);
    connect(m_hosts, &RemoteHosts::hostAdded, this, &HostActions::follow);
    // After the removal: the launcher is still listed while it is about to go.
    connect(m_hosts, &RemoteHosts::hostAboutToBeRemoved, this, &HostActions::updateStatus,
            Qt::QueuedConnection);
    for (RemoteLauncher *launcher : m_hosts->launchers()) {
        follow(launcher);
    }
    updateStatus();
    updateActions();
}

void HostActions::updateActions()
{
    m_ui->actionDisconnectHost->setEnabled(!selectedHost().isEmpty());
}

void HostActions::follow(RemoteLauncher *launcher)
{
    m_states.insert(launcher, launcher->state());
    connect(launcher, &RemoteLauncher::stateChanged, this,
            [this, launcher] { onStateChanged(launcher); });
    connect(launcher, &QObject::destroyed, this, [this, launcher] { m_states.remove(launcher); });
    updateStatus();
}

void HostActions::onStateChanged(RemoteLauncher *launcher)
{
    const RemoteLauncher::State was = m_states.value(launcher, RemoteLauncher::State::Connecting);
    m_states.insert(launcher, launcher->state());
    if (was == RemoteLauncher::State::Synchronised
        && launcher->state() == RemoteLauncher::State::Unreachable) {
        Q_EMIT hostLost(
                tr("%1 does not answer since %2")
                        .arg(launcher->host().name, formatTime(launcher->unreachableSince())),
                tr("Its rows are greyed until it answers; its programs go on running "
                   "there."));
    }
    updateStatus();
}

void HostActions::updateStatus()
{
    const QList<RemoteLauncher *> launchers = m_hosts->launchers();
    m_status->setVisible(!launchers.isEmpty());
    int reachable = 0;
    QStringList lines;
    for (const RemoteLauncher *launcher : launchers) {
        QString state;
        switch (launcher->state()) {
        case RemoteLauncher::State::Connecting:
            state = tr("connecting");
            break;
        case RemoteLauncher::State::Synchronised:
            state = tr("followed");
            ++reachable;
            break;
        case RemoteLauncher::State::Unreachable:
            state = launcher->unreachableText();
            break;
        }
        lines.append(tr("%1 (%2): %3", "host, endpoint, state")
                             .arg(launcher->host().name, launcher->host().endpoint, state));
    }
    const auto count = static_cast<int>(launchers.size());
    m_status->setText(tr("Hosts: %1 of %n answer", nullptr, count).arg(reachable));
    m_status->setToolTip(lines.join(u'\n'));
}

QString HostActions::selectedHost() const
{
    QString host;
    for (const QModelIndex &row : m_ui->programTable->selectionModel()->selectedRows()) {
        const QString rowHost = row.data(ProcessTableModel::HostRole).toString();
        if (rowHost.isEmpty()) {
            continue;
        }
        if (!host.isEmpty() && host != rowHost) {
            return {};
        }
        host = rowHost;
    }
    return host;
}

void HostActions::connectHost()
{
    QString error;
    const std::optional<CurveKeyPair> keys = m_hosts->clientKeys(&error);
    if (!keys) {
        showError(m_window, tr("No host can be followed"), error);
        return;
    }
    QList<RemoteHost> followed;
    for (const RemoteLauncher *launcher : m_hosts->launchers()) {
        followed.append(launcher->host());
    }
    ConnectHostDialog dialog(keys->publicKey, followed, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!m_hosts->add(dialog.host(), &error)) {
        showError(m_window, tr("The host was not added"), error);
        return;
    }
    m_window->statusBar()->showMessage(
            tr("Following %1 at %2").arg(dialog.host().name, dialog.host().endpoint), 5000);
}

void HostActions::disconnectHost()
{
    const QString host = selectedHost();
    if (host.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(
            m_window, tr("Disconnect from %1").arg(host),
            tr("Stop following %1 and forget it? Its programs go on running there; File ▸ Connect "
               "to host… follows it again.")
                    .arg(host));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (QString error; !m_hosts->remove(host, &error)) {
        showError(m_window, tr("The host was not forgotten"), error);
    }
}
