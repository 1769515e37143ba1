// One probe of one live instance, with Kubernetes' semantics (docs/design.md, "Health probes"): its
// first check initialDelayMs after the launch, then one every periodMs; successThreshold passes in
// a row make it pass, failureThreshold failures in a row make it fail. Checks never stack up: one
// still running when the next is due makes that one skipped, and said.
#pragma once

#include "core/model/event.h"
#include "core/model/probespec.h"
#include "core/model/programsnapshot.h"
#include "core/os/probecheck.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class Prober final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Prober)

public:
    /// now gives the times of the status (the supervisor's clock); the checks run on real
    /// timers, since what they wait for (a command, a socket) runs in real time.
    Prober(ProbeRole role, const ProbeSpec &probe, const ProbeContext &context,
           std::function<qint64()> now, QObject *parent = nullptr);
    ~Prober() override;

    ProbeRole role() const { return m_role; }
    const ProbeStatus &status() const { return m_status; }

Q_SIGNALS:
    /// The status changed: a check ended, or one was skipped.
    void statusChanged();
    /// The verdict changed: it passes now (successThreshold passes in a row), or fails
    /// (failureThreshold failures in a row); detail is the last check's outcome.
    void verdictChanged(bool passing, const QString &detail);
    void eventOccurred(EventKind kind, Severity severity, const QString &message);

private:
    /// "readiness probe", "liveness probe", in the user's language.
    QString probeTitle() const;
    void checkNow();
    void onFinished(const ProbeOutcome &outcome);

    ProbeRole m_role;
    ProbeSpec m_probe;
    ProbeContext m_context;
    std::function<qint64()> m_now;
    ProbeStatus m_status;
    int m_consecutivePasses = 0;
    QTimer m_period;
    std::unique_ptr<ProbeCheck> m_check;
    /// Skips in the current streak: the first is said, the rest counted.
    int m_skipStreak = 0;
};
