#include "gui/window/problemnotifier.h"

#include "core/supervision/supervisor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

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
