#include "gui/window/trayicon.h"

#include "core/supervision/supervisor.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr int notificationShownMs = 10000;

} // namespace

TrayIcon::TrayIcon(QWidget *window, Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/zlauncher.svg"_s), this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_toggleWindow = m_menu->addAction(tr("Hide window"), this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_stopAll = m_menu->addAction(QIcon(u":/icons/action-stop-all.svg"_s), tr("Stop all"),
                                  supervisor, &Supervisor::stopAll);
    m_menu->addSeparator();
    // The window's own quit: it asks what to do with running programs, so it shows first.
    m_menu->addAction(QIcon(u":/icons/action-quit.svg"_s), tr("Quit"), this, [this] {
        Q_EMIT windowRequested();
        m_window->close();
    });
    connect(m_menu.get(), &QMenu::aboutToShow, this, [this, supervisor] {
        updateMenu();
        m_stopAll->setEnabled(supervisor->hasLiveInstances());
    });
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(tr("zlauncher"));
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    toggleWindow();
                }
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::windowRequested);
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    m_icon->hide();
}

void TrayIcon::showNotification(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, QSystemTrayIcon::Warning, notificationShownMs);
}

void TrayIcon::setToolTip(const QString &text)
{
    m_icon->setToolTip(text);
}

void TrayIcon::setAlert(bool alert)
{
    if (alert == m_alert) {
        return;
    }
    m_alert = alert;
    m_icon->setIcon(QIcon(alert ? u":/icons/zlauncher-alert.svg"_s : u":/icons/zlauncher.svg"_s));
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        Q_EMIT windowRequested();
    }
}

void TrayIcon::updateMenu()
{
    m_toggleWindow->setText(m_window->isVisible() && !m_window->isMinimized() ? tr("Hide window")
                                                                              : tr("Show window"));
}
