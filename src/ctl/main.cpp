// zlauncherctl: controls a running launcher from the command line (docs/control.md §3).
#include "ctl/commands.h"
#include "ctl/ctl.h"
#include "ctl/invocation.h"
#include "ctl/run.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncherctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZLAUNCHER_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), u"zlauncher"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&translator);
    }

    Invocation invocation;
    QString error;
    if (!parseInvocation(QCoreApplication::arguments(), &invocation, &error)) {
        printError(error);
        printError(findCommand(invocation.command)
                           ? zlauncherctl::tr("see `zlauncherctl help %1`").arg(invocation.command)
                           : zlauncherctl::tr("see `zlauncherctl --help`"));
        return ExitUsage;
    }
    return run(invocation);
}
