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
    const ProgramRunner *runner = find(name);
    return runner && !runner->spec().replicaOf.isEmpty() ? runner->spec().replicaOf : name;
}
