// zlauncher: parses the command line and hands over to the window or to headless mode.
#include "app/headless.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZLAUNCHER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Launches programs, watches them over ZeroMQ, restarts them when they die "
            "or hang, and stops them cleanly."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s,
                                      QCoreApplication::translate("main", "Run without a window."));
    const QCommandLineOption config(
            u"config"_s, QCoreApplication::translate("main", "Use this configuration file."),
            QCoreApplication::translate("main", "file"));
    const QCommandLineOption runtimeDir(
            u"runtime-dir"_s,
            QCoreApplication::translate("main", "Use this runtime directory for the endpoints."),
            QCoreApplication::translate("main", "dir"));
    const QCommandLineOption events(
            u"events"_s,
            QCoreApplication::translate("main", "Headless output format: text or json."),
            QCoreApplication::translate("main", "format"), u"text"_s);
    const QCommandLineOption verbose(
            u"verbose"_s,
            QCoreApplication::translate("main", "With --events json, also print every heartbeat."));
    const QCommandLineOption leaveRunning(
            u"leave-running"_s,
            QCoreApplication::translate("main",
                                        "On SIGINT/SIGTERM, exit and leave the programs running."));
    const QCommandLineOption noAutostart(
            u"no-autostart"_s,
            QCoreApplication::translate("main", "Do not start the autostart programs."));
    const QCommandLineOption lang(
            u"lang"_s, QCoreApplication::translate("main", "Language of the window: fr or en."),
            QCoreApplication::translate("main", "language"));
    parser.addOptions(
            {headless, config, runtimeDir, events, verbose, leaveRunning, noAutostart, lang});
    parser.process(app);

    const QString format = parser.value(events);
    if (format != u"text" && format != u"json") {
        std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                                   "main", "zlauncher: --events takes text or json, not \"%1\"")
                                   .arg(format)));
        return 2;
    }
    if (!parser.isSet(headless)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                             "main",
                             "zlauncher: the window is not part of this version yet; "
                             "running headless")));
    }
    return runHeadless(HeadlessOptions{parser.value(config), parser.value(runtimeDir),
                                       format == u"json", parser.isSet(verbose),
                                       parser.isSet(leaveRunning), !parser.isSet(noAutostart)});
}
