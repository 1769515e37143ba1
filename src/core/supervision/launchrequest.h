// What one instance of a program is started with (DESIGN.md §3): its command line, folder,
// environment (the launcher's own, the spec's, and the ZLAUNCHER_* variables) and log file.
// ProgramRunner spawns it through its ProcessControl.
#pragma once

#include "core/os/spawn.h"

#include <QString>
#include <QStringList>

struct ProgramSpec;
class RuntimeDir;

/// The environment every instance of spec gets but its own token, as "NAME=value". The
/// launcher's own environment does not change while it runs: build it once per spec.
QStringList programEnvironment(const ProgramSpec &spec, const RuntimeDir &runtimeDir);

/// The request that starts the instance token of spec: environment plus its
/// ZLAUNCHER_INSTANCE, output appended to logFile (unless descriptors are set later).
SpawnRequest instanceSpawnRequest(const ProgramSpec &spec, const QStringList &environment,
                                  const QString &token, const QString &logFile);
