// The supervised programs, by name and in configuration order: what the supervisor's parts
// (scheduler, recorder, heartbeat router) look programs up in. The Supervisor owns the runners
// and is the only one that adds or removes them.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class ProgramRunner;

struct ProgramRegistry
{
    QHash<QString, ProgramRunner *> byName;
    QStringList order;
    /// The first program in configuration order with each command: what a legacy heartbeat,
    /// which carries a command rather than a name, is credited to.
    QHash<QString, ProgramRunner *> byCommand;

    ProgramRunner *find(const QString &name) const { return byName.value(name); }
};
