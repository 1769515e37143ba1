#pragma once

#include <QString>

struct GuiOptions
{
    QString configPath;
    QString runtimeDir;
    bool autostart = true;
};

/// Runs the window on a QApplication that already exists; returns the process exit code.
int runGui(const GuiOptions &options);
