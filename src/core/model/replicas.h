// Replicas (docs/design.md, "Replicas"): a program with "instances": N runs as N programs of
// its own, name-0 … name-(N-1), each with its row, heartbeat name, control endpoint and
// ZLAUNCHER_INSTANCE_INDEX. The configuration keeps the one spec with its count; these make
// each replica's spec from it, and back.
#pragma once

#include "core/model/programspec.h"

#include <QString>
#include <QStringList>

/// At 2 000 programs a rig is large already; ten times that is a typing mistake.
inline constexpr int maxReplicas = 20000;

/// "web", 2 -> "web-2".
QString replicaName(const QString &program, int index);

/// The spec replica index of set runs with: named replicaName(), with replicaOf and
/// replicaIndex set and instances unset; everything else as in set.
ProgramSpec replicaSpec(const ProgramSpec &set, int index);

/// The names of the first count replicas of program, from index 0.
QStringList replicaNames(const QString &program, int count);

/// The value ZLAUNCHER_INSTANCE_INDEX has for spec: its replica index, or nothing.
std::optional<QString> instanceIndexVariable(const ProgramSpec &spec);
