// What every part of zlauncherctl shares: its translation context, its exit statuses (the
// table of docs/control.md §3) and how it writes to the terminal.
#pragma once

#include "core/remote/controlclient.h"

#include <QCoreApplication>
#include <QString>

/// zlauncherctl::tr() translates in the context "zlauncherctl". The class bears the context's
/// name so that lupdate, which reads the .cpp files without their headers, files every call
/// under that context too.
class zlauncherctl
{
    Q_DECLARE_TR_FUNCTIONS(zlauncherctl)

public:
    zlauncherctl() = delete;
};

enum ExitStatus : int {
    ExitSuccess = 0,
    ExitFailed = 1, ///< the launcher said no, its reply was unreadable, or wait/events timed out
    ExitUsage = 2,  ///< the command line is wrong
    ExitNoLauncher = 3, ///< no launcher on R, or it did not answer
};

/// Writes text and a newline to stdout, flushed at once (events are followed live).
void printLine(const QString &text);
/// Writes bytes as they are to stdout, flushed.
void printRaw(const QByteArray &bytes);
/// "zlauncherctl: <message>" on stderr.
void printError(const QString &message);

/// The exit status of a request that got no usable reply: 3 when no launcher answered (none
/// runs, or it did not answer in time), 1 when its reply could not be read.
int noReplyStatus(ControlClient::Outcome outcome);
