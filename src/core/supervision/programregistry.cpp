#include "core/supervision/programregistry.h"

#include "core/supervision/programrunner.h"

QStringList ProgramRegistry::members(const QString &name) const
{
    if (const auto set = sets.constFind(name); set != sets.constEnd()) {
        return set->members;
    }
    return byName.contains(name) ? QStringList{name} : QStringList();
}

QString ProgramRegistry::configuredName(const QString &name) const
{
    // A replica of a set removed meanwhile is on its own until it has stopped and goes.
    const ProgramRunner *runner = find(name);
    return runner && sets.contains(runner->spec().replicaOf) ? runner->spec().replicaOf : name;
}
