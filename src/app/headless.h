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
    /// --keep-events: how many of its last events the launcher keeps for the "events" request.
    int keptEvents = 10000;
};

/// Runs the supervisor without widgets until SIGINT/SIGTERM (DESIGN.md §5b); returns the
/// process exit code.
int runHeadless(const HeadlessOptions &options);
