#include "core/supervision/restartbudget.h"

#include <algorithm>

void RestartBudget::reset()
{
    m_quickDeaths = 0;
    m_restartTimes.clear();
}

RestartDecision RestartBudget::afterDeath(const ProgramSpec &spec, qint64 atMs, qint64 uptimeMs,
                                          bool failed)
{
    m_quickDeaths = uptimeMs >= spec.minUptimeMs ? 0 : m_quickDeaths + 1;
    if (spec.restart == RestartPolicy::Never
        || (spec.restart == RestartPolicy::OnFailure && !failed)) {
        if (!failed) {
            return {};
        }
        return {RestartDecision::Action::Fail, 0,
                tr("died, and its restart policy is \"%1\"").arg(toString(spec.restart))};
    }
    while (!m_restartTimes.empty() && m_restartTimes.front() <= atMs - spec.restartWindowMs) {
        m_restartTimes.pop_front();
    }
    if (static_cast<qsizetype>(m_restartTimes.size()) >= spec.maxRestarts) {
        return {RestartDecision::Action::Fail, 0,
                tr("restarted %1 times within %2 s; gave up until started again")
                        .arg(m_restartTimes.size())
                        .arg(spec.restartWindowMs / 1000.0)};
    }
    m_restartTimes.push_back(atMs);

    // The first quick death restarts at once; the next ones wait 100 ms, 200 ms, ... 30 s.
    if (m_quickDeaths <= 1) {
        return {RestartDecision::Action::RestartNow, 0, {}};
    }
    const qint64 delay = std::min(maxBackoffMs, firstBackoffMs << std::min(m_quickDeaths - 2, 20));
    return {RestartDecision::Action::RestartLater, delay,
            tr("died %1 times within %2 ms of starting; restarting in %3 ms")
                    .arg(m_quickDeaths)
                    .arg(spec.minUptimeMs)
                    .arg(delay)};
}
