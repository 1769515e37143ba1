// The system tray icon, only where the platform has a system tray: it shows the programs'
// problems, and its menu shows or hides the window, stops every program, or quits.
#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;
class Supervisor;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// Only where QSystemTrayIcon::isSystemTrayAvailable(); the window must outlive the icon.
    TrayIcon(QWidget *window, Supervisor *supervisor, QObject *parent = nullptr);
    ~TrayIcon() override;

    void showNotification(const QString &title, const QString &message);
    void setToolTip(const QString &text);
    /// With an alert mark while a program is Lost or Failed.
    void setAlert(bool alert);

Q_SIGNALS:
    /// The user asked for the window: it should show, un-minimized, raised and active.
    /// Connected directly, so the window is in front when the icon goes on (Quit closes it).
    void windowRequested();

private:
    void toggleWindow();
    void updateMenu();

    QWidget *m_window;
    std::unique_ptr<QMenu> m_menu; // QSystemTrayIcon does not own its menu
    QSystemTrayIcon *m_icon;
    QAction *m_toggleWindow;
    QAction *m_stopAll;
    bool m_alert = false;
};
