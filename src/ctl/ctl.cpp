#include "ctl/ctl.h"

#include <cstdio>

void printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &text)
{
    printRaw(text.toLocal8Bit() + '\n');
}

void printError(const QString &message)
{
    const QByteArray line = "zlauncherctl: " + message.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

int noReplyStatus(ControlClient::Outcome outcome)
{
    switch (outcome) {
    case ControlClient::Outcome::Replied:
        return ExitSuccess;
    case ControlClient::Outcome::BadReply:
        return ExitFailed;
    case ControlClient::Outcome::NoLauncher:
    case ControlClient::Outcome::Timeout:
    case ControlClient::Outcome::Refused:
        return ExitNoLauncher;
    }
    return ExitNoLauncher;
}
