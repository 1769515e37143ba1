#include "app/gui.h"

#include "core/remote/controlclient.h"
#include "core/remote/remotehosts.h"
#include "core/launcher.h"
#include "core/config/programstore.h"
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"
#include "gui/window/mainwindow.h"

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
    QString path = options.configPath;
    if (path.isEmpty()) {
        path = QSettings().value(u"lastConfiguration"_s).toString();
    }
    if (path.isEmpty()) {
        path = ProgramStore::defaultPath();
    }
    Launcher launcher({options.runtimeDir, path, ControlServer::Mode::Window});
    if (!launcher.open()) {
        if (launcher.failure() == Launcher::Failure::AlreadyRunning) {
            // A launcher already runs here: its window comes forward instead of a second one.
            constexpr int showTimeoutMs = 2000;
            const ControlClient::Result shown
                    = ControlClient::request(RuntimeDir::resolvePath(options.runtimeDir),
                                             QJsonObject{{u"command"_s, u"show"_s}}, showTimeoutMs);
            if (shown.outcome == ControlClient::Outcome::Replied
                && shown.reply.value(u"ok"_s).toBool()) {
                return 0;
            }
        }
        return refuse(launcher.errorString());
    }
    Supervisor &supervisor = launcher.supervisor();
    // The agents of hosts.json, followed with the launcher's ZeroMQ context: declared after the
    // launcher, they go before it.
    RemoteHosts hosts(supervisor.zmqContext());
    QString hostsError;
    const bool hostsLoaded = hosts.load(&hostsError);
    MainWindow window(&supervisor, &launcher.keeper(), &launcher.resources(), &hosts);
    window.show();
    QTimer::singleShot(0, &window, [&window, opened = launcher.configurationResult()] {
        window.reportOpenResult(opened);
    });

    // Ctrl-C in the terminal, or a SIGTERM from the session: stop everything, then quit.
    QObject::connect(&launcher, &Launcher::terminationRequested, &supervisor, [&supervisor] {
        QObject::connect(&supervisor, &Supervisor::allStopped, qApp, &QCoreApplication::quit);
        supervisor.stopAll();
    });
    // The window works on without the event stream or remote control; it says so once up.
    QStringList problems = launcher.serve();
    if (!hostsLoaded) {
        problems.append(hostsError);
    }
    // A window whose configuration has "listen" is an agent too; one that cannot be still
    // shows the local programs.
    if (const QStringList listen = launcher.keeper().configuration().listen; !listen.isEmpty()) {
        if (QString error; !launcher.listen(listen, &error)) {
            problems.append(error);
            supervisor.emitEvent(EventKind::Error, Severity::Error, error);
        }
    }
    if (!problems.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, problems] {
            QMessageBox::warning(&window,
                                 QApplication::translate("main", "Not everything is served"),
                                 problems.join(u"\n\n"_s));
        });
    }
    QObject::connect(launcher.controlServer(), &ControlServer::showRequested, &window,
                     &MainWindow::bringToFront);
    QObject::connect(launcher.controlServer(), &ControlServer::quitRequested, &window,
                     &MainWindow::quitWithoutAsking);
    launcher.start(options.autostart);
    return QApplication::exec();
}
