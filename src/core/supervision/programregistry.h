// The supervised programs, by name and in configuration order: what the supervisor's parts
// (scheduler, recorder, heartbeat router) look programs up in. The Supervisor owns the runners
// and is the only one that adds or removes them.
//
// A program with "instances" is a replica set: one runner per replica (name-0 …), and the set
// itself, which no runner is, under its own name (docs/design.md, "Replicas").
#pragma once

#include "core/model/programspec.h"

#include <QHash>
#include <QString>
#include <QStringList>

class ProgramRunner;

struct ReplicaSet
{
    /// As configured; instances is the number of members.
    ProgramSpec spec;
    /// Its replicas' names, by index. A replica being stopped after a scale-down is no longer
    /// one of them, though it still has a runner until it has stopped.
    QStringList members;
};

struct ProgramRegistry
{
    /// Every runner: a program, or one replica.
    QHash<QString, ProgramRunner *> byName;
    QStringList order;
    /// The first program in configuration order with each command: what a legacy heartbeat,
    /// which carries a command rather than a name, is credited to.
    QHash<QString, ProgramRunner *> byCommand;
    QHash<QString, ReplicaSet> sets;

    ProgramRunner *find(const QString &name) const { return byName.value(name); }
    /// The runners a configured name stands for: the program itself, or every replica of a
    /// set. Empty when there is no such program.
    QStringList members(const QString &name) const;
    /// The name runner name has in the configuration: its set's for a replica (while the set
    /// exists), else its own.
    QString configuredName(const QString &name) const;
};
