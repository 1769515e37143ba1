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
            names.append(candidate);
        }
    }
    return names;
}

QStringList DependencyScheduler::unreadyDependencies(const ProgramRunner *runner) const
{
    // Ready is Running: heartbeat programs reach it with their first beat, plain programs once
    // alive past minUptimeMs.
    QStringList names;
    for (const QString &dependency : runner->spec().dependsOn) {
        const ProgramRunner *found = m_programs.find(dependency);
        if (!found || found->state() != ProgramState::Running) {
            names.append(dependency);
        }
    }
    return names;
}

void DependencyScheduler::start(const QString &name)
{
    ProgramRunner *found = m_programs.find(name);
    if (!found) {
        return;
    }
    Q_EMIT startRequested(name);
    const QStringList unready = unreadyDependencies(found);
    if (unready.isEmpty() || hasLiveInstance(found->state())) {
        m_waitingToStart.removeOne(name);
        found->setWaitingFor({});
        found->start();
        return;
    }
    for (const QString &dependency : unready) {
        if (!m_programs.find(dependency)) {
            emitEvent(EventKind::Error, Severity::Error,
                      tr("cannot start %1: it depends on \"%2\", which is not a configured "
                         "program")
                              .arg(name, dependency),
                      name);
            return;
        }
    }
    if (m_waitingToStart.contains(name)) {
        found->setWaitingFor(unready);
        return;
    }
    m_waitingToStart.append(name);
    found->setWaitingFor(unready);
    emitEvent(EventKind::State, Severity::Info,
              tr("waiting for %1 to be ready before starting").arg(unready.join(u", "_s)), name);
    // Cycles are refused when programs are added or edited, so this recursion ends; a program
    // already waiting is not walked again.
    for (const QString &dependency : unready) {
        const ProgramState state = m_programs.find(dependency)->state();
        if (state == ProgramState::Stopped || state == ProgramState::Failed
            || state == ProgramState::Stopping) {
            start(dependency);
        }
    }
}

void DependencyScheduler::startWaiting()
{
    // Copy: starting one program can make another one ready to start, or not.
    const QStringList waiting = m_waitingToStart;
    for (const QString &name : waiting) {
        ProgramRunner *found = m_programs.find(name);
        if (!found || !m_waitingToStart.contains(name)) {
            continue;
        }
        const QStringList unready = unreadyDependencies(found);
        found->setWaitingFor(unready);
        if (unready.isEmpty()) {
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
                needed.insert(dependency);
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
    return std::any_of(m_programs.byName.cbegin(), m_programs.byName.cend(),
                       [&name](const ProgramRunner *r) {
                           return hasLiveInstance(r->state()) && r->spec().dependsOn.contains(name);
                       });
}

void DependencyScheduler::stopReleasedDependencies(const ProgramRunner *stopped)
{
    // Only what the stopped program needed can have been waiting for it: the rest was asked
    // to stop already, or is still held by a live dependent of its own.
    for (const QString &dependency : stopped->spec().dependsOn) {
        if (m_programs.byName.contains(dependency) && !hasLiveDependent(dependency)) {
            stop(dependency);
        }
    }
}

void DependencyScheduler::onStateChanged(const ProgramRunner *runner, ProgramState state)
{
    if (!m_waitingToStart.isEmpty()) {
        startWaiting();
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
