// Whether and when a program that died is restarted (DESIGN.md §5): its restart policy, at most
// maxRestarts within restartWindowMs, and a backoff that doubles with each death quicker than
// minUptimeMs. Pure arithmetic on the times it is given, so it is tested without a process.
#pragma once

#include "core/model/programspec.h"

#include <QCoreApplication>
#include <QString>

#include <deque>

struct RestartDecision
{
    enum class Action {
        Stop, ///< the policy does not restart a clean exit
        Fail, ///< given up: see reason
        RestartNow,
        RestartLater, ///< after delayMs: see reason
    };
    Action action = Action::Stop;
    qint64 delayMs = 0;
    QString reason;
};

class RestartBudget final
{
    Q_DECLARE_TR_FUNCTIONS(RestartBudget)

public:
    static constexpr qint64 firstBackoffMs = 100;
    static constexpr qint64 maxBackoffMs = 30000;

    /// Forgets the deaths so far: the user started the program again.
    void reset();
    /// An instance launched with spec died at atMs after uptimeMs; failed: it exited non-zero,
    /// was killed by a signal, or was lost. A restart decided here counts against the window.
    RestartDecision afterDeath(const ProgramSpec &spec, qint64 atMs, qint64 uptimeMs, bool failed);

private:
    /// Deaths in a row that came before minUptimeMs.
    int m_quickDeaths = 0;
    std::deque<qint64> m_restartTimes;
};
