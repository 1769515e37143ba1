// How the window tells the user about the programs' problems: ProblemNotifier picks them out
// of the supervisor's events; each shows in the status bar, and as a tray notification where
// the platform has a tray (else the window asks for attention). The tray icon's tooltip
// repeats the status bar's counts, its icon turns to an alert while a program is Lost or Failed.
#pragma once

#include <QObject>

class ProblemNotifier;
class QMainWindow;
class Supervisor;
class TrayIcon;

class ProblemAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemAlerts)

public:
    ProblemAlerts(QMainWindow *window, Supervisor *supervisor, QObject *parent = nullptr);

    /// counts: the status bar's, one line per state (empty: no programs); alert: a program is
    /// Lost or Failed.
    void setCounts(const QStringList &counts, bool alert);

    /// In the status bar, and as a desktop notification (or the taskbar's attention).
    void showProblem(const QString &title, const QString &message);

Q_SIGNALS:
    /// The user asked for the window from the tray.
    void windowRequested();

private:
    QMainWindow *m_window;
    ProblemNotifier *m_notifier;
    TrayIcon *m_tray = nullptr; ///< only where the platform has a system tray
};
