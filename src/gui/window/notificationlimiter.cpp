#include "gui/window/notificationlimiter.h"

#include <algorithm>

NotificationLimiter::NotificationLimiter()
    : NotificationLimiter(Limits{})
{ }

NotificationLimiter::NotificationLimiter(const Limits &limits)
    : m_limits(limits)
{ }

bool NotificationLimiter::hasFreeSlot() const
{
    return m_shownAt.size() < static_cast<std::size_t>(m_limits.perWindow);
}

void NotificationLimiter::prune(qint64 nowMs)
{
    while (!m_shownAt.empty() && m_shownAt.front() + m_limits.windowMs <= nowMs) {
        m_shownAt.pop_front();
    }
}

NotificationLimiter::Decision NotificationLimiter::offer(const QString &program, qint64 nowMs,
                                                         Problem problem)
{
    prune(nowMs);
    const auto last = m_lastShownAt.constFind(program);
    const bool programMayShow = problem == Problem::Final || last == m_lastShownAt.constEnd()
            || nowMs - *last >= m_limits.perProgramMs;
    if (programMayShow && hasFreeSlot()) {
        m_shownAt.push_back(nowMs);
        m_lastShownAt.insert(program, nowMs);
        // This notification tells what was held back of the same program.
        const Decision decision{true, m_heldBack.take(program)};
        if (m_heldBack.isEmpty()) {
            m_firstHeldBackAt = -1;
        }
        return decision;
    }
    ++m_heldBack[program];
    if (m_firstHeldBackAt < 0) {
        m_firstHeldBackAt = nowMs;
    }
    return {};
}

qint64 NotificationLimiter::summaryDueAt() const
{
    if (m_heldBack.isEmpty()) {
        return -1;
    }
    // Not sooner than a program's own next notice could be, and only once the window has room.
    qint64 due = m_firstHeldBackAt + m_limits.perProgramMs;
    const auto perWindow = static_cast<std::size_t>(m_limits.perWindow);
    if (m_shownAt.size() >= perWindow) {
        due = std::max(due, m_shownAt[m_shownAt.size() - perWindow] + m_limits.windowMs);
    }
    return due;
}

std::optional<NotificationLimiter::Summary> NotificationLimiter::takeSummary(qint64 nowMs)
{
    const qint64 due = summaryDueAt();
    if (due < 0 || nowMs < due) {
        return std::nullopt;
    }
    prune(nowMs);
    Summary summary;
    for (auto it = m_heldBack.cbegin(); it != m_heldBack.cend(); ++it) {
        summary.programs.append(it.key());
        summary.problems += it.value();
        // The summary speaks for them: their own next notice waits as after any other.
        m_lastShownAt.insert(it.key(), nowMs);
    }
    summary.programs.sort();
    m_heldBack.clear();
    m_firstHeldBackAt = -1;
    m_shownAt.push_back(nowMs);
    return summary;
}
