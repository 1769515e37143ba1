// Supervisor's one wake-up for the deadlines of every runner (docs/design.md, "Deadlines"):
// armed for the earliest, judged when it comes, and the renewal of liveness deadlines that a
// stall of the launcher itself let pass. The registry and the rest: supervisor.cpp.
#include "core/supervision/supervisor.h"

#include "core/model/clock.h"
#include "core/model/logging.h"
#include "core/supervision/notifyrouter.h"
#include "core/supervision/heartbeatrouter.h"
#include "core/supervision/programrunner.h"

namespace {
/// A wake-up this late means the launcher itself was away. A precise timer on a live loop is
/// late by far less, even loaded (docs/performance.md, "hang → detection"); a lost timeout is
/// hundreds of milliseconds.
constexpr qint64 stallNoticedMs = 100;
} // namespace

void Supervisor::scheduleWake(qint64 atMs)
{
    // Deadlines only ever move later for a heartbeat, so the wake-up is re-armed only when
    // one moves earlier; a wake-up that finds nothing due re-arms for the next one.
    if (atMs < m_wakeAt) {
        m_wakeAt = atMs;
        m_clock->wakeAt(atMs);
    }
}

void Supervisor::onWoken()
{
    const qint64 now = m_clock->nowMs();
    const qint64 lateMs = now - std::exchange(m_wakeAt, ProgramRunner::noDeadline);
    // Renewal first: what was due during the stall is counted as such, whether or not a beat
    // of that time is still queued (the count must not depend on the I/O thread's timing).
    if (lateMs >= stallNoticedMs) {
        renewDeadlinesAfterStall(lateMs);
    }
    // Beats that came while the loop was busy elsewhere count before any deadline is judged.
    m_router->readQueued();
    m_notify->readQueued();
    // Copy: a deadline may remove a program (a removal waiting for its stop).
    const QList<ProgramRunner *> runners = m_programs.byName.values();
    for (ProgramRunner *r : runners) {
        if (r->deadline() <= now) {
            r->handleDeadline();
        }
    }
    qint64 next = ProgramRunner::noDeadline;
    for (const ProgramRunner *r : std::as_const(m_programs.byName)) {
        next = std::min(next, r->deadline());
    }
    if (next != ProgramRunner::noDeadline) {
        scheduleWake(next);
    }
}

void Supervisor::renewDeadlinesAfterStall(qint64 lateMs)
{
    // The launcher's own stall must never become a mass restart: the beats of that time may
    // still be in the kernel's socket buffers, which libzmq's I/O thread has not read yet.
    int renewed = 0;
    for (ProgramRunner *r : std::as_const(m_programs.byName)) {
        renewed += r->renewLivenessDeadline() ? 1 : 0;
    }
    const QString stall = tr("the launcher did not run for %1 ms (stopped, paused in a "
                             "debugger, or starved of CPU)")
                                  .arg(lateMs);
    if (renewed == 0) {
        qCInfo(lcProcess).noquote() << stall;
        return;
    }
    emitEvent(EventKind::Error, Severity::Warning,
              tr("%1; %n program(s) whose heartbeat was due meanwhile get a whole timeout again "
                 "from now",
                 nullptr, renewed)
                      .arg(stall));
}
