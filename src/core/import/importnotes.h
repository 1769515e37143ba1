// The words every importer's report uses for the same thing (docs/design.md, "Importing other
// supervisors' files"): a key of any tool that lands on the same zlauncher setting, or that has
// no counterpart for the same reason, reads the same in every report.
#pragma once

#include "core/model/programspec.h"

#include <QString>

namespace ImportNotes {

/// "autostart: true", "restart: on-failure", "stopGraceMs: 10000": the setting as written in
/// zlauncher's configuration.
QString autostart(bool on);
QString restart(RestartPolicy policy);
QString setting(const QString &key, int value);
QString workingDirectory(const QString &directory);
QString environment(int variables);
/// A command split into words and run without a shell.
QString runDirectly(const QString &program, int arguments);

// Why a key has no counterpart.
QString notSupported();
QString outputInItsOwnLog();
QString backsOffOnItsOwn();
/// A stop signal that is SIGTERM is mapped: it is what zlauncher sends.
QString sigterm();

} // namespace ImportNotes
