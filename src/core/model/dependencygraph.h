// The dependsOn graph of a set of programs (DESIGN.md §5): a cycle would never start, so every
// place that accepts programs (the file, the dialog, the supervisor) refuses one.
#pragma once

#include "core/model/programspec.h"

#include <QList>
#include <QString>

/// A dependsOn cycle among programs as "a -> b -> a", or empty when there is none. Names that
/// are not in programs are ignored here: an unknown name is reported on its own.
QString dependencyCycle(const QList<ProgramSpec> &programs);
