// File ▸ Connect to host…: the name, address and public key of an agent on another host
// (docs/remote.md), checked before the dialog closes; and this user's client key, with the
// command that authorizes it on the agent's host.
#pragma once

#include "core/remote/hostlist.h"

#include <QDialog>

class QLabel;
class QLineEdit;

class ConnectHostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectHostDialog)

public:
    /// clientKey: this user's public key (Z85); hosts: those followed already, whose names
    /// are taken.
    ConnectHostDialog(const QByteArray &clientKey, QList<RemoteHost> hosts,
                      QWidget *parent = nullptr);

    /// What the user entered, the key read from a file when a path was given.
    RemoteHost host() const { return m_host; }

    void accept() override;

private:
    QList<RemoteHost> m_hosts;
    RemoteHost m_host;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_serverKey;
    QLabel *m_problem;
};
