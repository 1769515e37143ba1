// Desktop notifications of the programs' problems and the system tray icon that shows them.
// ProblemNotifier turns the supervisor's events into notifications (a crash, a hang, a program
// given up), rate-limited by NotificationLimiter so a flapping program cannot flood the desktop;
// neither needs a tray, so both are testable anywhere. TrayIcon exists only where the platform
// has a system tray: its menu shows or hides the window, stops every program, or quits.
#pragma once

#include "core/model/event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class MainWindow;
class QAction;
class QMenu;
class QSystemTrayIcon;
class Supervisor;

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

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// Only where QSystemTrayIcon::isSystemTrayAvailable(); the window must outlive the icon.
    TrayIcon(MainWindow *window, Supervisor *supervisor, QObject *parent = nullptr);
    ~TrayIcon() override;

    void showNotification(const QString &title, const QString &message);
    void setToolTip(const QString &text);
    /// With an alert mark while a program is Lost or Failed.
    void setAlert(bool alert);

private:
    void toggleWindow();
    void updateMenu();

    MainWindow *m_window;
    std::unique_ptr<QMenu> m_menu; // QSystemTrayIcon does not own its menu
    QSystemTrayIcon *m_icon;
    QAction *m_toggleWindow;
    QAction *m_stopAll;
    bool m_alert = false;
};
