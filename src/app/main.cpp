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

bool hasArgument(int argc, char *argv[], const char *argument)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], argument) == 0) {
            return true;
        }
    }
    return false;
}

/// The value of --lang, read before the parser exists: the parser's own texts (--help) are
/// translated when they are built.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            return QString::fromLocal8Bit(argv[i] + 7);
        }
    }
    return {};
}

void installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, u"zlauncher"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
    // Qt's own strings: standard buttons, file dialogs.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

/// The window needs a display; without one Qt would abort with a message about platform
/// plugins, so say what to do instead.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// zlauncher's options, described for --help.
struct Options
{
    QCommandLineOption headless{u"headless"_s,
                                QCoreApplication::translate("main", "Run without a window.")};
    QCommandLineOption config{u"config"_s,
                              QCoreApplication::translate("main", "Use this configuration file."),
                              QCoreApplication::translate("main", "file")};
    QCommandLineOption runtimeDir{
            u"runtime-dir"_s,
            QCoreApplication::translate("main", "Use this runtime directory for the endpoints."),
            QCoreApplication::translate("main", "dir")};
    QCommandLineOption events{
            u"events"_s,
            QCoreApplication::translate("main", "Headless output format: text or json."),
            QCoreApplication::translate("main", "format"), u"text"_s};
    QCommandLineOption verbose{
            u"verbose"_s,
            QCoreApplication::translate("main", "Headless: also print every heartbeat.")};
    QCommandLineOption leaveRunning{
            u"leave-running"_s,
            QCoreApplication::translate(
                    "main", "Headless: on SIGINT/SIGTERM, exit and leave the programs running.")};
    QCommandLineOption noAutostart{
            u"no-autostart"_s,
            QCoreApplication::translate("main", "Do not start the autostart programs.")};
    QCommandLineOption lang{
            u"lang"_s, QCoreApplication::translate("main", "Language of the window: fr or en."),
            QCoreApplication::translate("main", "language")};
    QCommandLineOption listen{
            u"listen"_s,
            QCoreApplication::translate("main",
                                        "Headless: also serve control and events on "
                                        "tcp://ADDRESS:PORT, CURVE-encrypted, for the keys in "
                                        "authorized_keys (repeatable)."),
            QCoreApplication::translate("main", "endpoint")};
    QCommandLineOption keepEvents{
            u"keep-events"_s,
            QCoreApplication::translate("main",
                                        "Headless: keep this many of the last events (at most "
                                        "4 MiB of them) for followers that missed some "
                                        "(default 10000)."),
            QCoreApplication::translate("main", "count"), u"10000"_s};
};

/// What cannot be run as asked, for stderr (exit status 2); empty when it can.
QString usageProblem(const QCommandLineParser &parser, const Options &options)
{
    if (const QString format = parser.value(options.events);
        format != u"text" && format != u"json") {
        return QCoreApplication::translate("main",
                                           "zlauncher: --events takes text or json, not \"%1\"")
                .arg(format);
    }
    if (bool number = false; parser.value(options.keepEvents).toInt(&number) < 0 || !number) {
        return QCoreApplication::translate(
                       "main", "zlauncher: --keep-events takes a count from 0, not \"%1\"")
                .arg(parser.value(options.keepEvents));
    }
    if (parser.isSet(options.listen) && !parser.isSet(options.headless)) {
        return QCoreApplication::translate(
                "main", "zlauncher: --listen makes an agent, which runs with --headless");
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // The application object must exist before the parser, and only the window needs a display.
    const bool headless = hasArgument(argc, argv, "--headless");
    if (!headless && !hasDisplay()) {
        std::fprintf(stderr,
                     "zlauncher: no display to open the window on (DISPLAY and "
                     "WAYLAND_DISPLAY are not set); run with --headless\n");
        return 2;
    }
    std::unique_ptr<QCoreApplication> app = headless
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZLAUNCHER_VERSION));

    installTranslators(languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "Launches programs, watches them over ZeroMQ, restarts "
                                        "them when they die or hang, and stops them cleanly."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({options.headless, options.config, options.runtimeDir, options.events,
                       options.verbose, options.leaveRunning, options.noAutostart, options.lang,
                       options.listen, options.keepEvents});
    parser.process(*app);
    if (const QString problem = usageProblem(parser, options); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    if (headless) {
        return runHeadless(HeadlessOptions{
                parser.value(options.config), parser.value(options.runtimeDir),
                parser.value(options.events) == u"json", parser.isSet(options.verbose),
                parser.isSet(options.leaveRunning), !parser.isSet(options.noAutostart),
                parser.values(options.listen), parser.value(options.keepEvents).toInt()});
    }
    return runGui(GuiOptions{parser.value(options.config), parser.value(options.runtimeDir),
                             !parser.isSet(options.noAutostart)});
}
