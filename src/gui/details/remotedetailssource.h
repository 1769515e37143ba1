// The details of an agent's programs on another host (docs/remote.md): the state its
// RemoteLauncher mirrors, and for the program the panel shows, its spec and restart history
// from the agent's "status" request, asked again whenever the mirror moves. CPU and memory are
// charted from the usage each snapshot carries, since this source was made.
#pragma once

#include "core/model/resourcehistory.h"
#include "core/remote/remotelauncher.h"
#include "gui/details/programdetailssource.h"

#include <QPointer>

class RemoteDetailsSource final : public ProgramDetailsSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteDetailsSource)

public:
    explicit RemoteDetailsSource(RemoteLauncher *launcher, QObject *parent = nullptr);

    QString host() const override;
    void follow(const QString &name) override;
    std::optional<ProgramSnapshot> snapshot(const QString &name) const override;
    const ProgramSpec *spec(const QString &name) const override;
    const ProgramSpec *launchSpec(const QString &name, QString *error) const override;
    /// The agent does not say what a live instance was launched with: null.
    const ProgramSpec *instanceSpec(const QString &) const override { return nullptr; }
    const ProgramSpec *instanceLaunchSpec(const QString &) const override { return nullptr; }
    /// Beats stay on their host: none.
    const HeartbeatHistory *heartbeatHistory(const QString &) const override { return nullptr; }
    bool heartbeatsCharted() const override { return false; }
    const ResourceHistory *resources() const override { return &m_resources; }
    qint64 nowMs() const override;
    QString logFile(const QString &name) const override;
    QString staleText() const override;

private:
    void onSnapshot();
    /// Asks the followed program's status, unless a request is on its way (then once more
    /// when it is answered: what it answers may be older than what moved).
    void askStatus();
    /// Whether m_status is the followed program's.
    bool hasStatus(const QString &name) const;

    QPointer<RemoteLauncher> m_launcher;
    QString m_followed;
    std::optional<RemoteLauncher::Status> m_status;
    QString m_statusOf;
    bool m_asking = false;
    bool m_askAgain = false;
    ResourceHistory m_resources;
};
