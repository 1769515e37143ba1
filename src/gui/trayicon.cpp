#include "gui/trayicon.h"

#include "core/supervision/supervisor.h"
#include "gui/mainwindow.h"

#include <algorithm>

#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

constexpr int notificationShownMs = 10000;

} // namespace

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

ProblemNotifier::ProblemNotifier(Supervisor *supervisor, QObject *parent,
                                 const NotificationLimiter::Limits &limits)
    : QObject(parent)
    , m_limiter(limits)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ProblemNotifier::flushSummary);
    if (supervisor) {
        connect(supervisor, &Supervisor::eventOccurred, this, &ProblemNotifier::handleEvent);
    }
}

void ProblemNotifier::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void ProblemNotifier::handleEvent(const Event &event)
{
    if (event.program.isEmpty()) {
        return;
    }
    const QString &program = event.program;
    if (event.kind == EventKind::State) {
        const ProgramState previous = m_states.value(program, ProgramState::Stopped);
        m_states.insert(program, event.state);
        if (event.state == previous) {
            return; // the same state again (a new pid, a new reason): not a new problem
        }
        if (event.state == ProgramState::Lost) {
            notify(program, tr("%1 is not responding").arg(program), event.message);
        } else if (event.state == ProgramState::Failed) {
            notify(program, tr("%1 was given up").arg(program), event.message,
                   NotificationLimiter::Problem::Final);
        }
        return;
    }
    if (event.kind != EventKind::Exit) {
        return;
    }
    // Exits while Stopping were asked for (stop, kill, restart, quit); after Lost, the kill is
    // the launcher's answer to the hang, already told.
    const ProgramState previous = m_states.value(program, ProgramState::Running);
    if (previous == ProgramState::Stopping || previous == ProgramState::Lost) {
        return;
    }
    if (event.exitSignal) {
        notify(program, tr("%1 crashed").arg(program), event.message);
    } else if (event.exitCode && *event.exitCode != 0) {
        notify(program, tr("%1 exited with an error").arg(program), event.message);
    }
}

void ProblemNotifier::notify(const QString &program, const QString &title, const QString &message,
                             NotificationLimiter::Problem problem)
{
    const NotificationLimiter::Decision decision = m_limiter.offer(program, m_now(), problem);
    if (!decision.show) {
        scheduleSummary();
        return;
    }
    QString text = message;
    if (decision.heldBack > 0) {
        text += u'\n'
                + (decision.heldBack == 1 ? tr("1 more problem since the last notice")
                                          : tr("%n more problems since the last notice", nullptr,
                                               decision.heldBack));
    }
    Q_EMIT notificationReady(title, text);
}

void ProblemNotifier::scheduleSummary()
{
    const qint64 due = m_limiter.summaryDueAt();
    if (due < 0) {
        m_summaryTimer.stop();
        return;
    }
    m_summaryTimer.start(static_cast<int>(std::clamp<qint64>(due - m_now(), 0, 3600000)));
}

void ProblemNotifier::flushSummary()
{
    const auto summary = m_limiter.takeSummary(m_now());
    if (!summary) {
        scheduleSummary();
        return;
    }
    const QString message = summary->programs.size() == 1
            ? (summary->problems == 1 ? tr("%1 had 1 more problem.")
                                      : tr("%1 had %n more problems.", nullptr, summary->problems))
                      .arg(summary->programs.first())
            : tr("%n more programs had problems: %1.", nullptr,
                 static_cast<int>(summary->programs.size()))
                      .arg(summary->programs.join(u", "_s));
    Q_EMIT notificationReady(tr("More problems"),
                             message + u' ' + tr("The event log tells what happened."));
}

TrayIcon::TrayIcon(MainWindow *window, Supervisor *supervisor, QObject *parent)
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
        m_window->bringToFront();
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
    connect(m_icon, &QSystemTrayIcon::messageClicked, m_window, &MainWindow::bringToFront);
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
        m_window->bringToFront();
    }
}

void TrayIcon::updateMenu()
{
    m_toggleWindow->setText(m_window->isVisible() && !m_window->isMinimized() ? tr("Hide window")
                                                                              : tr("Show window"));
}
