#include "core/model/replicas.h"

using namespace Qt::StringLiterals;

QString replicaName(const QString &program, int index)
{
    return program + u'-' + QString::number(index);
}

ProgramSpec replicaSpec(const ProgramSpec &set, int index)
{
    ProgramSpec replica = set;
    replica.name = replicaName(set.name, index);
    replica.instances.reset();
    replica.replicaOf = set.name;
    replica.replicaIndex = index;
    return replica;
}

QStringList replicaNames(const QString &program, int count)
{
    QStringList names;
    names.reserve(count);
    for (int index = 0; index < count; ++index) {
        names.append(replicaName(program, index));
    }
    return names;
}

std::optional<QString> instanceIndexVariable(const ProgramSpec &spec)
{
    if (spec.replicaIndex < 0) {
        return std::nullopt;
    }
    return QString::number(spec.replicaIndex);
}
