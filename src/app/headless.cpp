#include "app/headless.h"

#include "core/configurationkeeper.h"
#include "core/controlserver.h"
#include "core/eventpublisher.h"
#include "core/programstore.h"
#include "core/runtimedir.h"
#include "core/signalwatcher.h"
#include "core/supervisor.h"

#include <csignal>
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

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

} // namespace

int runHeadless(const HeadlessOptions &options)
{
    RuntimeDir runtimeDir;
    QString error;
    if (!runtimeDir.open(RuntimeDir::resolvePath(options.runtimeDir), &error)
        || !runtimeDir.lock(&error)) {
        printError(error);
        return 1;
    }
    const QString configPath
            = options.configPath.isEmpty() ? ProgramStore::defaultPath() : options.configPath;
    // A typo in --config must not look like a launcher with nothing to do.
    if (!options.configPath.isEmpty() && !QFileInfo::exists(configPath)) {
        printError(QCoreApplication::translate("main", "the configuration file %1 does not exist")
                           .arg(configPath));
        return 1;
    }
    Supervisor supervisor(&runtimeDir, Supervisor::defaultLogDirectory());
    supervisor.setHeartbeatEventsEnabled(options.verbose);
    QObject::connect(
            &supervisor, &Supervisor::eventOccurred, &supervisor,
            [json = options.jsonEvents](const Event &event) {
                printLine(json ? QString::fromUtf8(
                                  QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact))
                               : toText(event));
            });
    // Changes made through zlauncherctl are written to the file only on its "save": the file
    // is the user's, and scripts may run several launchers from one file.
    ConfigurationKeeper keeper(&supervisor);
    keeper.setAutosave(false);
    const ConfigurationKeeper::OpenResult opened
            = keeper.open(configPath, ConfigurationKeeper::Unreadable::Refuse);
    if (!opened.ok && keeper.path().isEmpty()) {
        printError(opened.error);
        return 1;
    }
    if (!opened.ok) {
        printError(opened.error); // programs refused one by one; the others run
    }
    const Configuration configuration = keeper.configuration();
    if (!supervisor.listen(configuration.heartbeatEndpoints, &error)) {
        printError(error);
        return 1;
    }
    printError(QCoreApplication::translate("main", "%n program(s) from %1", nullptr,
                                           static_cast<int>(supervisor.programNames().size()))
                       .arg(keeper.path()));

    // A closed stdout (the reader of a pipe went away) must not kill the launcher in the
    // middle of stopping its programs; the failed writes are simply lost.
    std::signal(SIGPIPE, SIG_IGN);
    int shutdownRequests = 0;
    auto shutDown = [&](bool leaveRunning) {
        if (leaveRunning) {
            QCoreApplication::exit(0);
            return;
        }
        // A second Ctrl-C does not wait for the stop requests and grace periods.
        if (++shutdownRequests == 1) {
            // Only a shutdown ends the launcher when all is stopped, not a "stop all".
            QObject::connect(&supervisor, &Supervisor::allStopped, &supervisor,
                             [] { QCoreApplication::exit(0); });
            supervisor.stopAll();
        } else {
            supervisor.killAll();
        }
    };
    SignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, &supervisor,
                     [&](int) { shutDown(options.leaveRunning); });

    if (!options.jsonEvents && !options.verbose) {
        printStatusChanges(supervisor);
    }
    EventPublisher eventPublisher(&supervisor);
    if (!eventPublisher.bind(runtimeDir.eventsEndpoint(), &error)) {
        printError(error); // the launcher works on without its event stream
    }
    ControlServer controlServer(&supervisor, &keeper, ControlServer::Mode::Headless);
    QObject::connect(&controlServer, &ControlServer::quitRequested, &supervisor, shutDown);
    if (!controlServer.bind(runtimeDir.controlEndpoint(), &error)) {
        printError(error); // the launcher works on without remote control
    }
    // Before any start: a program a previous launcher left running must not start twice.
    supervisor.adoptRecordedInstances();
    if (options.autostart) {
        supervisor.startAutostartPrograms();
    }
    return QCoreApplication::exec();
}
