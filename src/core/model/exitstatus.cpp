#include "core/model/exitstatus.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

QString signalAbbreviation(int signal)
{
    // NULL for numbers without a name (real-time signals among them).
    return QString::fromLatin1(sigabbrev_np(signal));
}

QString signalName(int signal)
{
    const QString abbreviation = signalAbbreviation(signal);
    return abbreviation.isEmpty()
            ? QCoreApplication::translate("ExitStatus", "signal %1").arg(signal)
            : u"SIG"_s + abbreviation;
}
