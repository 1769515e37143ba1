// A command run to its end, as a user or a script runs it: what zlauncherctl, ip and the like
// said and how they exited.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ProcessRun
{
    int exitCode = -1; ///< -1: crashed, or still running after the timeout and killed
    QString out;
    QString err;
};

/// Runs program with arguments (in environment, when given) and waits at most timeoutMs.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = {},
                      const QString &workingDirectory = {}, int timeoutMs = 60000);
