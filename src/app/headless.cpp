#include "app/headless.h"

#include "core/launcher.h"
#include "core/config/programstore.h"
#include "core/supervision/supervisor.h"

#include <csignal>
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QFileInfo>

namespace {

void printLine(const QString &line, FILE *stream = stdout)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    // One event a line, readable at once by whatever follows the output through a pipe.
    std::fflush(stream);
}

void printError(const QString &message)
{
    printLine(QCoreApplication::translate("main", "zlauncher: %1").arg(message), stderr);
}

/// Text mode shows what each program says of itself (its heartbeat status) without a line per
/// beat: a changed status is printed at most every few seconds per program.
void printStatusChanges(Supervisor &supervisor)
{
    constexpr qint64 statusIntervalMs = 5000;
    struct Printed
    {
        QString status;
        qint64 atMs = 0;
    };
    auto printed = std::make_shared<QHash<QString, Printed>>();
    QObject::connect(&supervisor, &Supervisor::programsChanged, &supervisor,
                     [&supervisor, printed](const QStringList &names) {
                         const qint64 now = supervisor.nowMs();
                         for (const QString &name : names) {
                             const ProgramSnapshot *snapshot = supervisor.snapshot(name);
                             if (!snapshot || snapshot->statusText.isEmpty()) {
                                 continue;
                             }
                             Printed &last = (*printed)[name];
                             if (last.status == snapshot->statusText
                                 || (last.atMs > 0 && now - last.atMs < statusIntervalMs)) {
                                 continue;
                             }
                             last = {snapshot->statusText, now};
                             printLine(toText(Event::make(name, EventKind::Heartbeat,
                                                          Severity::Info, snapshot->statusText)));
                         }
                     });
}

/// Every event on stdout, a line each: JSON, or text as a person reads it.
void printEvents(Supervisor &supervisor, bool json)
{
    QObject::connect(&supervisor, &Supervisor::eventOccurred, &supervisor,
                     [&supervisor, json](const Event &event) {
                         printLine(json ? QString::fromUtf8(supervisor.eventJson(event))
                                        : toText(event));
                     });
}

/// SIGINT, SIGTERM and the quit request: every program stopped, then exit; a second one does
/// not wait for the stop requests and grace periods. leaveRunning (--leave-running, or the
/// request's own) exits at once.
void handleShutdown(Launcher &launcher, bool leaveRunning)
{
    Supervisor &supervisor = launcher.supervisor();
    auto requests = std::make_shared<int>(0);
    auto shutDown = [&supervisor, requests](bool leave) {
        if (leave) {
            QCoreApplication::exit(0);
            return;
        }
        if (++*requests == 1) {
            // Only a shutdown ends the launcher when all is stopped, not a "stop all".
            QObject::connect(&supervisor, &Supervisor::allStopped, &supervisor,
                             [] { QCoreApplication::exit(0); });
            supervisor.stopAll();
        } else {
            supervisor.killAll();
        }
    };
    QObject::connect(&launcher, &Launcher::terminationRequested, &supervisor,
                     [shutDown, leaveRunning](int) { shutDown(leaveRunning); });
    QObject::connect(launcher.controlServer(), &ControlServer::quitRequested, &supervisor,
                     shutDown);
}

} // namespace

int runHeadless(const HeadlessOptions &options)
{
    const QString configPath
            = options.configPath.isEmpty() ? ProgramStore::defaultPath() : options.configPath;
    // A typo in --config must not look like a launcher with nothing to do.
    if (!options.configPath.isEmpty() && !QFileInfo::exists(configPath)) {
        printError(QCoreApplication::translate("main", "the configuration file %1 does not exist")
                           .arg(configPath));
        return 1;
    }
    Launcher launcher({options.runtimeDir, configPath, ControlServer::Mode::Headless});
    if (!launcher.open()) {
        printError(launcher.errorString());
        return 1;
    }
    if (!launcher.configurationResult().ok) {
        printError(launcher.configurationResult().error); // programs refused; the others run
    }
    Supervisor &supervisor = launcher.supervisor();
    supervisor.setHeartbeatEventsEnabled(options.verbose);
    supervisor.setKeptEvents(options.keptEvents);
    printEvents(supervisor, options.jsonEvents);
    printError(QCoreApplication::translate("main", "%n program(s) from %1", nullptr,
                                           static_cast<int>(supervisor.programNames().size()))
                       .arg(launcher.keeper().path()));

    // A closed stdout (the reader of a pipe went away) must not kill the launcher in the
    // middle of stopping its programs; the failed writes are simply lost.
    std::signal(SIGPIPE, SIG_IGN);
    if (!options.jsonEvents && !options.verbose) {
        printStatusChanges(supervisor);
    }
    // The launcher works on without its event stream or remote control.
    for (const QString &problem : launcher.serve()) {
        printError(problem);
    }
    handleShutdown(launcher, options.leaveRunning);
    QStringList listen = options.listen + launcher.keeper().configuration().listen;
    listen.removeDuplicates();
    // An agent that cannot be what it was asked to be does not run as something else.
    if (QString error; !listen.isEmpty() && !launcher.listen(listen, &error)) {
        printError(error);
        return 1;
    }
    launcher.start(options.autostart);
    return QCoreApplication::exec();
}
