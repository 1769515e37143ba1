// What every importer does to the programs it makes, whichever tool's file they come from:
// paths resolved as the tool resolves them, an environment shared by every program, and the
// numbered copies or replicas of a program the tool runs several of.
#pragma once

#include "core/model/programspec.h"

#include <QMap>
#include <QString>

namespace ImportPrograms {

/// path against folder, as the other tool resolves a relative path it is given.
QString absolutePath(const QString &folder, const QString &path);

/// Adds the variables of shared that *environment does not set: a program's own win.
void addShared(QMap<QString, QString> *environment, const QMap<QString, QString> &shared);

/// "${ZLAUNCHER_INSTANCE_INDEX}": what a replica's number is written as in its set's spec.
QString instanceIndexReference();

/// name's copy number, "web-3", or "web-03" with two digits; name cut so that the result is a
/// valid name.
QString numberedName(const QString &name, int number, int digits);

/// Gives *spec its copy number in ZLAUNCHER_INSTANCE_INDEX and in the tool's own variable.
void setInstanceNumber(ProgramSpec *spec, int number, const QString &toolVariable);

/// *spec as a replica set of count, each replica with its number in the tool's variable too.
void makeReplicaSet(ProgramSpec *spec, int count, const QString &toolVariable);

} // namespace ImportPrograms
