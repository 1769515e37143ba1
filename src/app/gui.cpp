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

/// The file named on the command line, else the one opened last, else the default one.
QString chooseConfiguration(const GuiOptions &options)
{
    if (!options.configPath.isEmpty()) {
        return options.configPath;
    }
    const QString last = QSettings().value(u"lastConfiguration"_s).toString();
    return last.isEmpty() ? ProgramStore::defaultPath() : last;
}

/// A launcher already runs on the runtime directory: its window comes forward instead of a
/// second one. False when it did not answer.
bool showRunningWindow(const QString &runtimeDir)
{
    constexpr int showTimeoutMs = 2000;
    const ControlClient::Result shown
            = ControlClient::request(RuntimeDir::resolvePath(runtimeDir),
                                     QJsonObject{{u"command"_s, u"show"_s}}, showTimeoutMs);
    return shown.outcome == ControlClient::Outcome::Replied && shown.reply.value(u"ok"_s).toBool();
}

/// Serves the endpoints, and the tcp ones of a configuration with "listen" (a window can be an
/// agent too); what could not be served is said once the window is up, which works on without.
void serve(Launcher &launcher, MainWindow &window, QStringList problems)
{
    problems += launcher.serve();
    if (const QStringList listen = launcher.keeper().configuration().listen; !listen.isEmpty()) {
        if (QString error; !launcher.listen(listen, &error)) {
            problems.append(error);
            launcher.supervisor().emitEvent(EventKind::Error, Severity::Error, error);
        }
    }
    if (!problems.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, problems] {
            QMessageBox::warning(&window,
                                 QApplication::translate("main", "Not everything is served"),
                                 problems.join(u"\n\n"_s));
        });
    }
}

} // namespace

int runGui(const GuiOptions &options)
{
    Launcher launcher(
            {options.runtimeDir, chooseConfiguration(options), ControlServer::Mode::Window});
    if (!launcher.open()) {
        if (launcher.failure() == Launcher::Failure::AlreadyRunning
            && showRunningWindow(options.runtimeDir)) {
            return 0;
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
    serve(launcher, window, hostsLoaded ? QStringList() : QStringList{hostsError});
    QObject::connect(launcher.controlServer(), &ControlServer::showRequested, &window,
                     &MainWindow::bringToFront);
    QObject::connect(launcher.controlServer(), &ControlServer::quitRequested, &window,
                     &MainWindow::quitWithoutAsking);
    launcher.start(options.autostart);
    return QApplication::exec();
}
