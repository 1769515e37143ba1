// The launcher as one object (DESIGN.md §5b): the runtime directory and its lock, the supervisor
// with its one ZeroMQ context, the configuration keeper, the resource sampling, the event stream,
// the control endpoint, the signal handling, adoption and autostart. The window (src/app/gui.cpp)
// and the headless mode (src/app/headless.cpp) are each a Launcher plus what shows it; an agent
// is a Launcher plus its network endpoints, added by listen().
#pragma once

#include "core/config/configurationkeeper.h"
#include "core/remote/controlserver.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class AgentEndpoints;
class EventPublisher;
class ResourceMonitor;
class RuntimeDir;
class SignalWatcher;
class Supervisor;

class Launcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    struct Options
    {
        /// As the user gave it (--runtime-dir); empty: the default (RuntimeDir::resolvePath).
        QString runtimeDir;
        /// The configuration file, already chosen by the caller.
        QString configPath;
        /// Window: the file is the window's, saved at every change, and an unreadable one is
        /// kept aside. Headless: it is the user's, saved only on request, and an unreadable
        /// one stops the launcher (ControlServer::Mode says the same to zlauncherctl).
        ControlServer::Mode mode = ControlServer::Mode::Headless;
    };

    /// Which step of open() failed.
    enum class Failure { None, RuntimeDirectory, AlreadyRunning, Configuration, Heartbeats };

    explicit Launcher(const Options &options, QObject *parent = nullptr);
    /// Programs are left running, as the launcher's death would leave them (DESIGN.md §5).
    ~Launcher() override;

    /// Opens and locks the runtime directory, loads the configuration, and listens for
    /// heartbeats. False when the launcher cannot run: failure() says at which step, and
    /// errorString() why, in words for the user.
    bool open();
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    /// What loading the configuration gave (programs refused, a file kept aside), once open()
    /// got that far.
    const ConfigurationKeeper::OpenResult &configurationResult() const { return m_opened; }

    /// Publishes the event stream and serves the control endpoint. The launcher works on
    /// without either; what could not be done is returned, one message each.
    QStringList serve();
    /// Serves the control and event endpoints on tcp too (AgentEndpoints), after serve(); a
    /// request that comes that way is answered like a local one. False with *error when the
    /// launcher must not run so: insecure keys, no authorized client, an address in use.
    bool listen(const QStringList &endpoints, QString *error);
    /// Adopts what a previous launcher left running (before any start, so that nothing runs
    /// twice), then starts the autostart programs unless autostart is false.
    void start(bool autostart);

    Supervisor &supervisor() { return *m_supervisor; }
    ConfigurationKeeper &keeper() { return *m_keeper; }
    /// CPU and memory of every program, sampled from open() on.
    ResourceMonitor &resources() { return *m_resources; }
    /// Null until serve().
    ControlServer *controlServer() { return m_controlServer.get(); }
    /// Null until listen() succeeded.
    AgentEndpoints *agent() { return m_agent.get(); }

Q_SIGNALS:
    /// SIGINT or SIGTERM came (Ctrl-C in the terminal, the session ending).
    void terminationRequested(int signalNumber);

private:
    bool fail(Failure failure, const QString &error);

    Options m_options;
    // Declared in the order of construction; destroyed in the reverse (see ~Launcher).
    Failure m_failure = Failure::None;
    QString m_error;
    ConfigurationKeeper::OpenResult m_opened;
    std::unique_ptr<RuntimeDir> m_runtimeDir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<ResourceMonitor> m_resources;
    std::unique_ptr<SignalWatcher> m_signalWatcher;
    std::unique_ptr<EventPublisher> m_eventPublisher;
    std::unique_ptr<ControlServer> m_controlServer;
    std::unique_ptr<AgentEndpoints> m_agent;
};
