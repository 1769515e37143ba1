#include "core/launcher.h"

#include "core/remote/agentendpoints.h"
#include "core/remote/eventpublisher.h"
#include "core/supervision/resourcemonitor.h"
#include "core/os/filelimit.h"
#include "core/os/runtimedir.h"
#include "core/os/signalwatcher.h"
#include "core/supervision/supervisor.h"

#include <csignal>

Launcher::Launcher(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_runtimeDir(std::make_unique<RuntimeDir>())
{ }

// Members go in the reverse of their declaration: the endpoints close before the supervisor
// whose context they use, the supervisor before the runtime directory it lives in.
Launcher::~Launcher() = default;

bool Launcher::fail(Failure failure, const QString &error)
{
    m_failure = failure;
    m_error = error;
    return false;
}

bool Launcher::open()
{
    QString error;
    if (!m_runtimeDir->open(RuntimeDir::resolvePath(m_options.runtimeDir), &error)) {
        return fail(Failure::RuntimeDirectory, error);
    }
    if (!m_runtimeDir->lock(&error)) {
        return fail(Failure::AlreadyRunning, error);
    }
    QString fileLimitError;
    const bool fileLimitRaised = raiseOpenFileLimit(&fileLimitError).has_value();
    m_supervisor
            = std::make_unique<Supervisor>(m_runtimeDir.get(), Supervisor::defaultLogDirectory());
    if (!fileLimitRaised) {
        m_supervisor->emitEvent(EventKind::Control, Severity::Warning,
                                tr("%1; a few hundred programs may not all start (`ulimit -n` "
                                   "shows the limit)")
                                        .arg(fileLimitError));
    }
    Containment containment = Containment::detect();
    containment.enableMemoryController();
    m_supervisor->setContainment(containment);
    m_supervisor->containment().removeStaleGroups();
    m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
    const bool window = m_options.mode == ControlServer::Mode::Window;
    // Headless, changes made through zlauncherctl are written to the file only on its "save":
    // the file is the user's, and scripts may run several launchers from one file.
    m_keeper->setAutosave(window);
    m_opened = m_keeper->open(m_options.configPath,
                              window ? ConfigurationKeeper::Unreadable::KeepAside
                                     : ConfigurationKeeper::Unreadable::Refuse);
    // The window starts empty and says why; headless has nothing to run.
    if (!window && !m_opened.ok && m_keeper->path().isEmpty()) {
        return fail(Failure::Configuration, m_opened.error);
    }
    if (!m_supervisor->listen(m_keeper->configuration().heartbeatEndpoints, &error)) {
        return fail(Failure::Heartbeats, error);
    }
    m_resources = std::make_unique<ResourceMonitor>(m_supervisor.get());
    m_resources->setShown(window);
    m_resources->start();
    m_signalWatcher = std::make_unique<SignalWatcher>(QList<int>{SIGINT, SIGTERM});
    connect(m_signalWatcher.get(), &SignalWatcher::signalReceived, this,
            &Launcher::terminationRequested);
    return true;
}

QStringList Launcher::serve()
{
    Q_ASSERT_X(m_supervisor, "Launcher::serve", "open() first");
    QStringList problems;
    QString error;
    m_eventPublisher = std::make_unique<EventPublisher>(m_supervisor.get());
    if (!m_eventPublisher->bind(m_runtimeDir->eventsEndpoint(), &error)) {
        problems.append(error);
    }
    m_controlServer
            = std::make_unique<ControlServer>(m_supervisor.get(), m_keeper.get(), m_options.mode);
    m_controlServer->setResources(&m_resources->history());
    connect(m_controlServer.get(), &ControlServer::resourcesRead, m_resources.get(),
            &ResourceMonitor::noteRead);
    if (!m_controlServer->bind(m_runtimeDir->controlEndpoint(), &error)) {
        problems.append(error);
    }
    return problems;
}

bool Launcher::listen(const QStringList &endpoints, QString *error)
{
    Q_ASSERT_X(m_controlServer, "Launcher::listen", "serve() first");
    auto agent = std::make_unique<AgentEndpoints>(m_supervisor.get(), m_keeper.get(),
                                                  &m_resources->history(), m_options.mode);
    connect(agent.get(), &AgentEndpoints::message, m_supervisor.get(),
            [supervisor = m_supervisor.get()](const QString &text, bool warning) {
                supervisor->emitEvent(EventKind::Control,
                                      warning ? Severity::Warning : Severity::Info, text);
            });
    if (!agent->listen(endpoints, error)) {
        return false;
    }
    // A remote "quit" or "show" is the local one's.
    for (const auto &server : agent->controlServers()) {
        connect(server.get(), &ControlServer::quitRequested, m_controlServer.get(),
                &ControlServer::quitRequested);
        connect(server.get(), &ControlServer::showRequested, m_controlServer.get(),
                &ControlServer::showRequested);
        connect(server.get(), &ControlServer::resourcesRead, m_resources.get(),
                &ResourceMonitor::noteRead);
    }
    m_controlServer->setInfoExtras(agent->infoFields());
    QStringList addresses;
    for (const QJsonValue &bound : agent->boundEndpoints()) {
        addresses.append(tr("%1 (events %2)")
                                 .arg(bound[u"control"].toString(), bound[u"events"].toString()));
    }
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            tr("listening on %1, CURVE-encrypted, for the clients in %2; this "
                               "agent's public key: %3")
                                    .arg(addresses.join(u", "), CurveKeys::authorizedKeysPath(),
                                         QString::fromLatin1(agent->serverKey())));
    m_agent = std::move(agent);
    return true;
}

void Launcher::start(bool autostart)
{
    // Said once, before any program starts: what a stop can reach, and how to reach more.
    const Containment &containment = m_supervisor->containment();
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            tr("containment: %1").arg(containment.description()));
    m_supervisor->adoptRecordedInstances();
    if (autostart) {
        m_supervisor->startAutostartPrograms();
    }
}
