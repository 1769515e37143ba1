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
