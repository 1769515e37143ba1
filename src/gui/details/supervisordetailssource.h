// The details of this launcher's programs: its Supervisor, and the resource samples the window
// takes of them.
#pragma once

#include "gui/details/programdetailssource.h"

class Supervisor;

class SupervisorDetailsSource final : public ProgramDetailsSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorDetailsSource)

public:
    /// resources may be null (no CPU and memory charts); it must be fed on the supervisor's
    /// clock (Supervisor::nowMs()).
    SupervisorDetailsSource(Supervisor *supervisor, const ResourceHistory *resources,
                            QObject *parent = nullptr);

    QString host() const override { return {}; }
    void follow(const QString &) override { }
    std::optional<ProgramSnapshot> snapshot(const QString &name) const override;
    const ProgramSpec *spec(const QString &name) const override;
    const ProgramSpec *launchSpec(const QString &name, QString *error) const override;
    const ProgramSpec *instanceSpec(const QString &name) const override;
    const ProgramSpec *instanceLaunchSpec(const QString &name) const override;
    const HeartbeatHistory *heartbeatHistory(const QString &name) const override;
    bool heartbeatsCharted() const override { return true; }
    const ResourceHistory *resources() const override { return m_resources; }
    qint64 nowMs() const override;
    QString logFile(const QString &name) const override;
    QString staleText() const override { return {}; }

private:
    Supervisor *m_supervisor;
    const ResourceHistory *m_resources;
};
