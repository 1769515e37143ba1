#include "gui/window/problemalerts.h"

#include "gui/window/problemnotifier.h"
#include "gui/window/trayicon.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

ProblemAlerts::ProblemAlerts(QMainWindow *window, Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(new ProblemNotifier(supervisor, this))
{
    m_notifier->setObjectName(u"problemNotifier"_s);
    connect(m_notifier, &ProblemNotifier::notificationReady, this, &ProblemAlerts::showProblem);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(window, supervisor, this);
        connect(m_tray, &TrayIcon::windowRequested, this, &ProblemAlerts::windowRequested);
    }
}

void ProblemAlerts::setCounts(const QStringList &counts, bool alert)
{
    if (!m_tray) {
        return;
    }
    m_tray->setToolTip(counts.isEmpty() ? tr("zlauncher")
                                        : tr("zlauncher", "tray tooltip title") + u'\n'
                                       + counts.join(u'\n'));
    m_tray->setAlert(alert);
}

void ProblemAlerts::showProblem(const QString &title, const QString &message)
{
    m_window->statusBar()->showMessage(
            tr("%1: %2", "notification: title, message").arg(title, message.section(u'\n', 0, 0)),
            10000);
    if (m_tray) {
        m_tray->showNotification(title, message);
    } else {
        QApplication::alert(m_window);
    }
}
