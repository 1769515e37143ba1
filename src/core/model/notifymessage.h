// One datagram of systemd's notify protocol (sd_notify(3)): newline-separated KEY=VALUE
// assignments. What the launcher honours is listed in docs/protocol.md ("The notify
// protocol"); other well-formed keys are ignored, as systemd ignores keys it does not know.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct NotifyMessage
{
    Q_DECLARE_TR_FUNCTIONS(NotifyMessage)

public:
    bool ready = false;                 ///< READY=1
    bool stopping = false;              ///< STOPPING=1
    bool reloading = false;             ///< RELOADING=1
    bool watchdogPing = false;          ///< WATCHDOG=1
    bool watchdogTrigger = false;       ///< WATCHDOG=trigger
    bool barrier = false;               ///< BARRIER=1: answered by closing the file descriptor sent
    std::optional<QString> status;      ///< STATUS=
    std::optional<qint64> mainPid;      ///< MAINPID=
    std::optional<int> errorNumber;     ///< ERRNO=
    std::optional<qint64> watchdogUsec; ///< WATCHDOG_USEC=
    std::optional<qint64> extendTimeoutUsec; ///< EXTEND_TIMEOUT_USEC=
    /// One line per assignment that was not understood ("MAINPID=abc: not a process id"); the
    /// others are honoured.
    QStringList problems;

    /// Parses a datagram's payload. Never fails as a whole: see problems.
    static NotifyMessage parse(QByteArrayView payload);
};
