#include "core/supervision/dependencyscheduler.h"

#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

DependencyScheduler::DependencyScheduler(const ProgramRegistry &programs, QObject *parent)
    : QObject(parent)
    , m_programs(programs)
{ }

void DependencyScheduler::countDependencies(const ProgramSpec &spec, int delta)
{
    for (const QString &dependency : spec.dependsOn) {
        int &count = m_dependentCounts[dependency];
        count += delta;
        if (count <= 0) {
            m_dependentCounts.remove(dependency);
        }
    }
}

QStringList DependencyScheduler::dependents(const QString &name) const
{
    QStringList names;
    if (!m_dependentCounts.contains(name)) {
        return names;
    }
    for (const QString &candidate : m_programs.order) {
        if (m_programs.find(candidate)->spec().dependsOn.contains(name)) {
            // The replicas of a set depend on what their set does: it is named once.
            const QString configured = m_programs.configuredName(candidate);
            if (!names.contains(configured)) {
                names.append(configured);
            }
        }
    }
    return names;
}

namespace {

/// Whether dependency has done what condition asks. Ready is Running: heartbeat programs reach
/// it with their first beat, notify programs with READY=1, plain programs once alive past
/// minUptimeMs; and each once its readiness probe, if any, passes.
bool conditionHolds(const ProgramRunner &dependency, DependencyCondition condition)
{
    const ProgramState state = dependency.state();
    const std::optional<ExitStatus> &exit = dependency.snapshot().lastExit;
    // Completed: it ran, ended, and will not come back by itself (Backoff would).
    const bool completed
            = (state == ProgramState::Stopped || state == ProgramState::Failed) && exit.has_value();
    switch (condition) {
    case DependencyCondition::Started:
        return state == ProgramState::Starting || state == ProgramState::Running;
    case DependencyCondition::Ready:
        return state == ProgramState::Running;
    case DependencyCondition::Healthy:
        // Up, and its readiness probe passes now: unlike Running, it falls when the probe does.
        return state == ProgramState::Running && dependency.readinessHolds();
    case DependencyCondition::Completed:
        return completed;
    case DependencyCondition::CompletedSuccessfully:
        return completed && exit->isSuccess();
    }
    return false;
}

bool hasFailedOneShot(const ProgramRunner &dependency, DependencyCondition condition)
{
    const std::optional<ExitStatus> &exit = dependency.snapshot().lastExit;
    // Not in Backoff: a restart is on its way, and may succeed.
    const ProgramState state = dependency.state();
    return condition == DependencyCondition::CompletedSuccessfully
            && (state == ProgramState::Stopped || state == ProgramState::Failed) && exit
            && !exit->isSuccess();
}

QString unmetReason(const QString &name, const ProgramRunner *dependency,
                    DependencyCondition condition)
{
    if (!dependency) {
        return DependencyScheduler::tr("%1 is not a configured program").arg(name);
    }
    const std::optional<ExitStatus> &exit = dependency->snapshot().lastExit;
    switch (condition) {
    case DependencyCondition::Started:
        return DependencyScheduler::tr("%1 has not started").arg(name);
    case DependencyCondition::Ready:
        return DependencyScheduler::tr("%1 is not ready").arg(name);
    case DependencyCondition::Healthy:
        return DependencyScheduler::tr("%1 has not passed its readiness probe").arg(name);
    case DependencyCondition::Completed:
        return DependencyScheduler::tr("%1 has not completed").arg(name);
    case DependencyCondition::CompletedSuccessfully:
        if (hasFailedOneShot(*dependency, condition)) {
            return exit->code
                    ? DependencyScheduler::tr("%1 failed, exit %2").arg(name).arg(*exit->code)
                    : DependencyScheduler::tr("%1 failed, killed by %2")
                              .arg(name, signalName(exit->signal.value_or(0)));
        }
        return DependencyScheduler::tr("%1 has not completed successfully").arg(name);
    }
    return {};
}

} // namespace

DependencyScheduler::Unmet DependencyScheduler::unmetDependencies(const ProgramRunner *runner) const
{
    Unmet unmet;
    const ProgramSpec &spec = runner->spec();
    for (const QString &dependency : spec.dependsOn) {
        const DependencyCondition condition = spec.conditionOn(dependency);
        const QStringList members = m_programs.members(dependency);
        if (members.isEmpty()) {
            unmet.names.append(dependency);
            unmet.reasons.append(unmetReason(dependency, nullptr, condition));
        }
        // A dependency on a replica set holds once it holds for every replica.
        for (const QString &member : members) {
            const ProgramRunner *found = m_programs.find(member);
            if (!conditionHolds(*found, condition)) {
                unmet.names.append(member);
                unmet.reasons.append(unmetReason(member, found, condition));
                unmet.blocked = unmet.blocked || hasFailedOneShot(*found, condition);
            }
        }
    }
    return unmet;
}

void DependencyScheduler::start(const QString &name)
{
    ProgramRunner *found = m_programs.find(name);
    if (!found) {
        return;
    }
    Q_EMIT startRequested(name);
    const Unmet unmet = unmetDependencies(found);
    if (unmet.isEmpty() || hasLiveInstance(found->state())) {
        m_waitingToStart.removeOne(name);
        found->setWaitingFor({});
        found->start();
        return;
    }
    for (const QString &dependency : unmet.names) {
        if (!m_programs.find(dependency)) {
            emitEvent(EventKind::Error, Severity::Error,
                      tr("cannot start %1: it depends on \"%2\", which is not a configured "
                         "program")
                              .arg(name, dependency),
                      name);
            return;
        }
    }
    found->setWaitingFor(unmet.names, unmet.reasons, unmet.blocked);
    // Asked again while a failed one-shot holds the wait: that is a retry of the one-shot.
    if (m_waitingToStart.contains(name) && !unmet.blocked) {
        return;
    }
    if (!m_waitingToStart.contains(name)) {
        m_waitingToStart.append(name);
        emitEvent(EventKind::State, Severity::Info,
                  tr("waiting before starting: %1").arg(unmet.reasons.join(u"; "_s)), name);
    }
    // Cycles are refused when programs are added or edited, so this recursion ends; a program
    // already waiting is not walked again. A one-shot that failed runs again: the user asked
    // for what needs it.
    for (const QString &dependency : unmet.names) {
        const ProgramState state = m_programs.find(dependency)->state();
        if (state == ProgramState::Stopped || state == ProgramState::Failed
            || state == ProgramState::Stopping) {
            start(dependency);
        }
    }
}

void DependencyScheduler::startWaiting()
{
    startWaitersOf({});
}

void DependencyScheduler::startWaitersOf(const QString &changed)
{
    // Copy: starting one program can make another one ready to start, or not.
    const QStringList waiting = m_waitingToStart;
    for (const QString &name : waiting) {
        ProgramRunner *found = m_programs.find(name);
        if (!found || !m_waitingToStart.contains(name)
            || (!changed.isEmpty()
                && !found->spec().dependsOn.contains(m_programs.configuredName(changed)))) {
            continue;
        }
        const Unmet unmet = unmetDependencies(found);
        found->setWaitingFor(unmet.names, unmet.reasons, unmet.blocked);
        if (unmet.isEmpty()) {
            m_waitingToStart.removeOne(name);
            found->start();
        }
    }
}

void DependencyScheduler::stop(const QString &name)
{
    if (ProgramRunner *found = m_programs.find(name)) {
        if (m_waitingToStart.removeOne(name)) {
            found->setWaitingFor({});
            emitEvent(EventKind::State, Severity::Info,
                      tr("no longer waiting for its dependencies: stopped"), name);
        }
        found->stop();
    }
}

void DependencyScheduler::stopAll()
{
    m_stoppingAll = true;
    for (const QString &name : QStringList(m_waitingToStart)) {
        stop(name);
    }
    // Dependents first: a program is asked to stop once nothing that depends on it is live;
    // the others follow as their dependents stop (stopReleasedDependencies()).
    QSet<QString> needed;
    for (const ProgramRunner *r : std::as_const(m_programs.byName)) {
        if (hasLiveInstance(r->state())) {
            for (const QString &dependency : r->spec().dependsOn) {
                for (const QString &member : m_programs.members(dependency)) {
                    needed.insert(member);
                }
            }
        }
    }
    for (const QString &name : QStringList(m_programs.order)) {
        if (!needed.contains(name)) {
            stop(name);
        }
    }
    if (!hasLiveInstances()) {
        m_stoppingAll = false;
        QMetaObject::invokeMethod(this, &DependencyScheduler::allStopped, Qt::QueuedConnection);
    }
}

bool DependencyScheduler::hasLiveDependent(const QString &name) const
{
    const QString configured = m_programs.configuredName(name);
    return std::any_of(m_programs.byName.cbegin(), m_programs.byName.cend(),
                       [&configured](const ProgramRunner *r) {
                           return hasLiveInstance(r->state())
                                   && r->spec().dependsOn.contains(configured);
                       });
}

void DependencyScheduler::stopReleasedDependencies(const ProgramRunner *stopped)
{
    // Only what the stopped program needed can have been waiting for it: the rest was asked
    // to stop already, or is still held by a live dependent of its own.
    for (const QString &dependency : stopped->spec().dependsOn) {
        for (const QString &member : m_programs.members(dependency)) {
            if (!hasLiveDependent(member)) {
                stop(member);
            }
        }
    }
}

void DependencyScheduler::onStateChanged(const ProgramRunner *runner, ProgramState state)
{
    if (!m_waitingToStart.isEmpty()) {
        startWaitersOf(runner->spec().name);
    }
    if (m_stoppingAll) {
        if (!hasLiveInstances()) {
            m_stoppingAll = false;
            Q_EMIT allStopped();
        } else if (!hasLiveInstance(state)) {
            stopReleasedDependencies(runner);
        }
    }
}

void DependencyScheduler::rename(const QString &oldName, const QString &newName)
{
    if (const qsizetype waiting = m_waitingToStart.indexOf(oldName); waiting >= 0) {
        m_waitingToStart[waiting] = newName;
    }
}

void DependencyScheduler::forget(const QString &name)
{
    m_waitingToStart.removeOne(name);
}

bool DependencyScheduler::hasLiveInstances() const
{
    return std::any_of(m_programs.byName.cbegin(), m_programs.byName.cend(),
                       [](const ProgramRunner *r) { return hasLiveInstance(r->state()); });
}

void DependencyScheduler::emitEvent(EventKind kind, Severity severity, const QString &message,
                                    const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, kind, severity, message));
}
