#include "core/supervision/prober.h"

Prober::Prober(ProbeRole role, const ProbeSpec &probe, const ProbeContext &context,
               std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_probe(probe)
    , m_context(context)
    , m_now(std::move(now))
{
    m_period.setTimerType(Qt::PreciseTimer);
    connect(&m_period, &QTimer::timeout, this, &Prober::checkNow);
    // The period counts from the first check, as Kubernetes' does, not from each end.
    QTimer::singleShot(probe.initialDelayMs, Qt::PreciseTimer, this, [this] {
        m_period.start(m_probe.periodMs);
        checkNow();
    });
}

Prober::~Prober()
{
    // A check abandoned now may still say it finished while it is torn down.
    if (m_check) {
        m_check->disconnect(this);
    }
}

QString Prober::probeTitle() const
{
    return m_role == ProbeRole::Readiness ? tr("readiness probe") : tr("liveness probe");
}

void Prober::checkNow()
{
    if (m_check) {
        ++m_status.skipped;
        if (m_skipStreak++ == 0) {
            Q_EMIT eventOccurred(EventKind::Probe, Severity::Warning,
                                 tr("%1: the last check is still running after %2 ms; "
                                    "this one is skipped",
                                    "readiness or liveness probe")
                                         .arg(probeTitle())
                                         .arg(m_probe.periodMs));
        }
        Q_EMIT statusChanged();
        return;
    }
    m_skipStreak = 0;
    m_check = ProbeCheck::start(m_probe, m_context);
    connect(m_check.get(), &ProbeCheck::finished, this, &Prober::onFinished);
}

void Prober::onFinished(const ProbeOutcome &outcome)
{
    // Deleted later: this runs inside the check's own signal.
    m_check.release()->deleteLater();
    ++m_status.checks;
    m_status.lastCheckAtMs = m_now();
    m_status.lastResult = outcome.detail;
    m_status.lastPassed = outcome.passed;
    const std::optional<bool> before = m_status.passing;
    if (outcome.passed) {
        m_status.consecutiveFailures = 0;
        if (++m_consecutivePasses >= m_probe.successThreshold) {
            m_status.passing = true;
        }
    } else {
        m_consecutivePasses = 0;
        ++m_status.consecutiveFailures;
        // Each failure is told until the verdict falls; then the probe is quiet until it
        // passes again, so a program down for an hour does not fill the log.
        if (m_status.passing != false) {
            Q_EMIT eventOccurred(EventKind::Probe, Severity::Warning,
                                 tr("%1 failed (%2 of %3): %4", "readiness or liveness probe")
                                         .arg(probeTitle())
                                         .arg(m_status.consecutiveFailures)
                                         .arg(m_probe.failureThreshold)
                                         .arg(outcome.detail));
        }
        if (m_status.consecutiveFailures >= m_probe.failureThreshold) {
            m_status.passing = false;
        }
    }
    Q_EMIT statusChanged();
    if (m_status.passing != before && m_status.passing.has_value()) {
        Q_EMIT verdictChanged(*m_status.passing, outcome.detail);
    }
}
