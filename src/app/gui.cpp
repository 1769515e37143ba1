#include "app/gui.h"

#include "core/configurationkeeper.h"
#include "core/eventpublisher.h"
#include "core/programstore.h"
#include "core/runtimedir.h"
#include "core/signalwatcher.h"
#include "core/supervisor.h"
#include "gui/mainwindow.h"

#include <csignal>

#include <QApplication>
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
    if (!runtimeDir.open(RuntimeDir::resolvePath(options.runtimeDir), &error)
        || !runtimeDir.lock(&error)) {
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
    // Before any start: a program a previous launcher left running must not start twice.
    supervisor.adoptRecordedInstances();
    if (options.autostart) {
        supervisor.startAutostartPrograms();
    }
    return QApplication::exec();
}
