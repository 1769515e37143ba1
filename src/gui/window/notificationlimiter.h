// Rate limits for desktop notifications, so a flapping program cannot flood the desktop: what
// is held back is counted and told later in one summary. A plain value, testable anywhere.
#pragma once

#include <QHash>
#include <QStringList>

#include <deque>
#include <optional>

/// At most one notification per program per perProgramMs, and perWindow notifications in any
/// windowMs overall. What is held back is counted and told later in one summary.
class NotificationLimiter final
{
public:
    /// A final problem (a program given up) happens once until the user acts: it skips the
    /// per-program limit, so a flapping program's last word is not held back behind its crashes.
    enum class Problem { Repeatable, Final };
    struct Limits
    {
        qint64 perProgramMs = 30000;
        int perWindow = 5;
        qint64 windowMs = 60000;
    };
    struct Decision
    {
        bool show = false;
        /// When shown: the problems of the same program held back since its last notification.
        int heldBack = 0;
    };
    struct Summary
    {
        QStringList programs; ///< sorted
        int problems = 0;
    };

    NotificationLimiter();
    explicit NotificationLimiter(const Limits &limits);

    /// Whether a notification about program may show at nowMs; counted as shown when it may,
    /// held back for the summary when it may not.
    Decision offer(const QString &program, qint64 nowMs, Problem problem = Problem::Repeatable);
    /// When the summary of what was held back may show; -1 when nothing is held back.
    qint64 summaryDueAt() const;
    /// The summary, once due (it then counts as a notification and the held-back problems are
    /// forgotten); nullopt before.
    std::optional<Summary> takeSummary(qint64 nowMs);

private:
    void prune(qint64 nowMs);
    bool hasFreeSlot() const;

    Limits m_limits;
    std::deque<qint64> m_shownAt; ///< within the last window, oldest first
    QHash<QString, qint64> m_lastShownAt;
    QHash<QString, int> m_heldBack;
    qint64 m_firstHeldBackAt = -1;
};
