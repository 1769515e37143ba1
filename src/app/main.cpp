// zlauncher: parses the command line and hands over to the window or to headless mode.
#include "app/gui.h"
#include "app/headless.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

bool hasArgument(int argc, char *argv[], const char *argument)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], argument) == 0) {
            return true;
        }
    }
    return false;
}

void installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, u"zlauncher"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
    // Qt's own strings: standard buttons, file dialogs.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // The application object must exist before the parser, and only the window needs a display.
    const bool headless = hasArgument(argc, argv, "--headless");
    std::unique_ptr<QCoreApplication> app = headless
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZLAUNCHER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Launches programs, watches them over ZeroMQ, restarts "
                                        "them when they die or hang, and stops them cleanly."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(u"headless"_s, tr("Run without a window."));
    const QCommandLineOption config(u"config"_s, tr("Use this configuration file."), tr("file"));
    const QCommandLineOption runtimeDir(
            u"runtime-dir"_s, tr("Use this runtime directory for the endpoints."), tr("dir"));
    const QCommandLineOption events(u"events"_s, tr("Headless output format: text or json."),
                                    tr("format"), u"text"_s);
    const QCommandLineOption verbose(u"verbose"_s, tr("Headless: also print every heartbeat."));
    const QCommandLineOption leaveRunning(
            u"leave-running"_s,
            tr("Headless: on SIGINT/SIGTERM, exit and leave the programs running."));
    const QCommandLineOption noAutostart(u"no-autostart"_s,
                                         tr("Do not start the autostart programs."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the window: fr or en."),
                                  tr("language"));
    parser.addOptions(
            {headlessOption, config, runtimeDir, events, verbose, leaveRunning, noAutostart, lang});
    parser.process(*app);
    installTranslators(parser.value(lang));

    const QString format = parser.value(events);
    if (format != u"text" && format != u"json") {
        std::fprintf(
                stderr, "%s\n",
                qPrintable(tr("zlauncher: --events takes text or json, not \"%1\"").arg(format)));
        return 2;
    }
    if (headless) {
        return runHeadless(HeadlessOptions{parser.value(config), parser.value(runtimeDir),
                                           format == u"json", parser.isSet(verbose),
                                           parser.isSet(leaveRunning), !parser.isSet(noAutostart)});
    }
    return runGui(
            GuiOptions{parser.value(config), parser.value(runtimeDir), !parser.isSet(noAutostart)});
}
