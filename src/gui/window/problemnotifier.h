// Turns the supervisor's events into desktop notifications of the programs' problems (a crash,
// a hang, a program given up), rate-limited by NotificationLimiter. It needs no tray, so it is
// testable anywhere; the window shows what it reports in the status bar and the tray.
#pragma once

#include "core/model/event.h"
#include "gui/window/notificationlimiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class Supervisor;

/// Watches the supervisor's events for the problems worth a notification: a crash (an exit by
/// a signal or a non-zero code that nobody asked for), a hang (Lost) and a program given up
/// (Failed).
class ProblemNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemNotifier)

public:
    /// Follows supervisor->eventOccurred when supervisor is not null.
    explicit ProblemNotifier(Supervisor *supervisor, QObject *parent = nullptr,
                             const NotificationLimiter::Limits &limits = {});

    /// The time the limits are counted on (a steady clock by default; tests pass their own).
    void setClock(std::function<qint64()> nowMs);
    /// Shows the summary of the held-back problems if it is due (the timer calls it).
    void flushSummary();
    /// When the summary will be shown; -1 when none is pending.
    qint64 summaryDueAt() const { return m_limiter.summaryDueAt(); }

public Q_SLOTS:
    void handleEvent(const Event &event);

Q_SIGNALS:
    /// A problem worth telling the user about, already rate-limited.
    void notificationReady(const QString &title, const QString &message);

private:
    void notify(const QString &program, const QString &title, const QString &message,
                NotificationLimiter::Problem problem = NotificationLimiter::Problem::Repeatable);
    void scheduleSummary();

    NotificationLimiter m_limiter;
    QHash<QString, ProgramState> m_states; ///< the last state each program reported
    std::function<qint64()> m_now;
    QElapsedTimer m_clock;
    QTimer m_summaryTimer;
};
