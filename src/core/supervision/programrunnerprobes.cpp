// ProgramRunner's health probes (docs/design.md, "Health probes"): a readiness probe holds Starting
// → Running and the "healthy" condition of dependents; a liveness probe that fails makes the
// instance Lost, killed and restarted per its policy. The lifecycle itself: programrunner.cpp.
#include "core/supervision/programrunner.h"

#include "core/model/clock.h"
#include "core/supervision/prober.h"

bool ProgramRunner::isUp() const
{
    return m_snapshot.state == ProgramState::Running
            || (m_snapshot.state == ProgramState::Starting && m_instanceUp);
}

void ProgramRunner::noteUp(const QString &reason)
{
    m_instanceUp = true;
    if (readinessHolds() || !m_readinessProber) {
        setState(ProgramState::Running, reason);
        return;
    }
    setState(ProgramState::Starting,
             reason.isEmpty() ? tr("up; waiting for its readiness probe to pass")
                              : tr("%1; waiting for its readiness probe to pass").arg(reason));
}

bool ProgramRunner::readinessHolds() const
{
    if (!m_readinessProber) {
        return m_snapshot.state == ProgramState::Running;
    }
    return m_readinessProber->status().passing.value_or(false);
}

void ProgramRunner::startProbes()
{
    stopProbes();
    m_instanceUp = false;
    m_snapshot.readiness = {};
    m_snapshot.liveness = {};
    // An exec probe runs where the program runs: its folder with ${VAR} expanded.
    const ProgramSpec &expanded = m_instanceLaunchSpec ? *m_instanceLaunchSpec : m_instanceSpec;
    const ProbeContext context{m_instanceSpec.baseDirectory, expanded.resolvedWorkingDirectory(),
                               launchEnvironment()};
    for (const ProbeRole role : allProbeRoles) {
        const std::optional<ProbeSpec> &probe = m_instanceSpec.probe(role);
        if (!probe) {
            continue;
        }
        auto prober = std::make_unique<Prober>(role, *probe, context, [this] { return now(); });
        ProbeStatus &status
                = role == ProbeRole::Readiness ? m_snapshot.readiness : m_snapshot.liveness;
        status = prober->status();
        connect(prober.get(), &Prober::statusChanged, this, [this, role, &status] {
            const Prober *source = role == ProbeRole::Readiness ? m_readinessProber.get()
                                                                : m_livenessProber.get();
            status = source->status();
            Q_EMIT snapshotChanged();
        });
        connect(prober.get(), &Prober::verdictChanged, this,
                [this, role](bool passing, const QString &detail) {
                    onProbeVerdict(role, passing, detail);
                });
        connect(prober.get(), &Prober::eventOccurred, this,
                [this](EventKind kind, Severity severity, const QString &message) {
                    emitEvent(kind, severity, message);
                });
        (role == ProbeRole::Readiness ? m_readinessProber : m_livenessProber) = std::move(prober);
    }
}

void ProgramRunner::stopProbes()
{
    // The last statuses stay in the snapshot: they tell why the instance was lost.
    m_readinessProber.reset();
    m_livenessProber.reset();
}

void ProgramRunner::onProbeVerdict(ProbeRole role, bool passing, const QString &detail)
{
    if (role == ProbeRole::Liveness) {
        // Probes run only while Starting or Running: the instance is live and not on its way out.
        if (!passing) {
            declareLost(tr("its liveness probe failed %n time(s) in a row: %1", nullptr,
                           m_snapshot.liveness.consecutiveFailures)
                                .arg(detail));
        }
        return;
    }
    emitEvent(EventKind::Probe, passing ? Severity::Info : Severity::Warning,
              passing ? tr("ready: its readiness probe passes (%1)").arg(detail)
                      : tr("not ready: its readiness probe failed %n time(s) in a row (%1)",
                           nullptr, m_snapshot.readiness.consecutiveFailures)
                                .arg(detail));
    if (passing && m_instanceUp && m_snapshot.state == ProgramState::Starting) {
        setState(ProgramState::Running);
    }
    Q_EMIT readinessChanged();
}
