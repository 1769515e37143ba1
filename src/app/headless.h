#pragma once

#include <QString>
#include <QStringList>

struct HeadlessOptions
{
    QString configPath;
    QString runtimeDir;
    bool jsonEvents = false;
    bool verbose = false;
    bool leaveRunning = false;
    bool autostart = true;
    /// --listen: tcp endpoints that make this launcher an agent.
    QStringList listen;
};

/// Runs the supervisor without widgets until SIGINT/SIGTERM (DESIGN.md §5b); returns the
/// process exit code.
int runHeadless(const HeadlessOptions &options);
