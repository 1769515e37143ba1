#include "app/gui.h"

#include "core/configurationkeeper.h"
#include "core/controlclient.h"
#include "core/controlserver.h"
#include "core/eventpublisher.h"
#include "core/programstore.h"
#include "core/runtimedir.h"
#include "core/signalwatcher.h"
#include "core/supervisor.h"
#include "gui/mainwindow.h"

#include <csignal>

#include <QApplication>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

int refuse(const QString &message)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "zlauncher cannot start"),
                          message);
    return 1;
}

} // namespace

int runGui(const GuiOptions &options)
{
    RuntimeDir runtimeDir;
    QString error;
    const QString runtimePath = RuntimeDir::resolvePath(options.runtimeDir);
    if (!runtimeDir.open(runtimePath, &error)) {
        return refuse(error);
    }
    if (!runtimeDir.lock(&error)) {
        // A launcher already runs here: its window comes forward instead of a second one.
        constexpr int showTimeoutMs = 2000;
        const ControlClient::Result shown = ControlClient::request(
                runtimePath, QJsonObject{{u"command"_s, u"show"_s}}, showTimeoutMs);
        if (shown.outcome == ControlClient::Outcome::Replied
            && shown.reply.value(u"ok"_s).toBool()) {
            return 0;
        }
        return refuse(error);
    }
    Supervisor supervisor(&runtimeDir, Supervisor::defaultLogDirectory());
    ConfigurationKeeper keeper(&supervisor);
    QString path = options.configPath;
    if (path.isEmpty()) {
        path = QSettings().value(u"lastConfiguration"_s).toString();
    }
    if (path.isEmpty()) {
        path = ProgramStore::defaultPath();
    }
    const ConfigurationKeeper::OpenResult opened = keeper.open(path);
    if (!supervisor.listen(keeper.configuration().heartbeatEndpoints, &error)) {
        return refuse(error);
    }

    MainWindow window(&supervisor, &keeper);
    window.show();
    QTimer::singleShot(0, &window, [&window, opened] { window.reportOpenResult(opened); });

    // Ctrl-C in the terminal, or a SIGTERM from the session: stop everything, then quit.
    SignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, &supervisor, [&supervisor] {
        QObject::connect(&supervisor, &Supervisor::allStopped, qApp, &QCoreApplication::quit);
        supervisor.stopAll();
    });

    EventPublisher eventPublisher(&supervisor);
    if (!eventPublisher.bind(runtimeDir.eventsEndpoint(), &error)) {
        // The window works on without the event stream; say so once it is up.
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("main", "No event stream"),
                                 error);
        });
    }
    ControlServer controlServer(&supervisor, &keeper, ControlServer::Mode::Window);
    QObject::connect(&controlServer, &ControlServer::showRequested, &window,
                     &MainWindow::bringToFront);
    QObject::connect(&controlServer, &ControlServer::quitRequested, &window,
                     &MainWindow::quitWithoutAsking);
    if (!controlServer.bind(runtimeDir.controlEndpoint(), &error)) {
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("main", "No remote control"),
                                 error);
        });
    }
    // Before any start: a program a previous launcher left running must not start twice.
    supervisor.adoptRecordedInstances();
    if (options.autostart) {
        supervisor.startAutostartPrograms();
    }
    return QApplication::exec();
}
