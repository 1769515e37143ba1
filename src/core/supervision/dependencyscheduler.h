// The order of starts and stops by dependsOn (DESIGN.md §5): a program starts once every
// program it depends on meets its condition (ready, by default: Running), starting those that
// are stopped; a stop of all asks dependents first, and a program once nothing live depends
// on it.
#pragma once

#include "core/model/event.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class ProgramRunner;
struct ProgramRegistry;

class DependencyScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyScheduler)

public:
    explicit DependencyScheduler(const ProgramRegistry &programs, QObject *parent = nullptr);

    /// Adds delta to the dependent count of each name spec depends on (1 when spec comes, -1
    /// when it goes).
    void countDependencies(const ProgramSpec &spec, int delta);
    /// Whether some program lists name in its dependsOn: O(1), so that adding N programs only
    /// walks them all (for a cycle) when one is depended on before it exists.
    bool isDependedOn(const QString &name) const { return m_dependentCounts.contains(name); }
    /// The programs that name name in their dependsOn, in configuration order, by their
    /// configured names (a replica set once).
    QStringList dependents(const QString &name) const;
    /// The dependencies of the runner's program whose condition does not hold yet, and why.
    struct Unmet
    {
        QStringList names;
        /// One phrase a name: "db is not ready", "migrate failed, exit 3".
        QStringList reasons;
        /// One of them ended in a way its condition does not accept (a one-shot that failed).
        bool blocked = false;
        bool isEmpty() const { return names.isEmpty(); }
    };
    Unmet unmetDependencies(const ProgramRunner *runner) const;

    void start(const QString &name);
    /// Cancels a start that waits for its dependencies, then stops the program.
    void stop(const QString &name);
    /// Dependents first. allStopped() follows once no program has a live instance.
    void stopAll();
    /// Starts what waited for dependencies that are ready now.
    void startWaiting();
    /// The same, for what waits on changed only: a state change of one program can change
    /// nothing else, and there may be thousands waiting.
    void startWaitersOf(const QString &changed);
    void onStateChanged(const ProgramRunner *runner, ProgramState state);
    void rename(const QString &oldName, const QString &newName);
    void forget(const QString &name);

Q_SIGNALS:
    void eventOccurred(const Event &event);
    /// The program is asked to start, by a user or as a dependency of one: a removal that
    /// waited for its stop no longer applies.
    void startRequested(const QString &name);
    void allStopped();

private:
    bool hasLiveInstances() const;
    bool hasLiveDependent(const QString &name) const;
    /// During stopAll(): stops what stopped needed once nothing else live needs it.
    void stopReleasedDependencies(const ProgramRunner *stopped);
    void emitEvent(EventKind kind, Severity severity, const QString &message,
                   const QString &program);

    const ProgramRegistry &m_programs;
    /// How many programs list each name in their dependsOn (names with none are absent).
    QHash<QString, int> m_dependentCounts;
    /// Programs whose start waits for their dependencies, in the order they were asked.
    QStringList m_waitingToStart;
    bool m_stoppingAll = false;
};
