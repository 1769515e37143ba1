#include "core/config/configurationkeeper.h"

#include "core/model/logging.h"
#include "core/supervision/supervisor.h"

#include <QFileInfo>

ConfigurationKeeper::ConfigurationKeeper(Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
{
    connect(supervisor, &Supervisor::configurationChanged, this,
            &ConfigurationKeeper::saveAfterChange);
}

ConfigurationKeeper::OpenResult ConfigurationKeeper::open(const QString &path,
                                                          Unreadable unreadable)
{
    Q_ASSERT(m_supervisor->programNames().isEmpty());
    OpenResult result;
    m_path = QFileInfo(path).absoluteFilePath();
    m_base = Configuration();
    std::optional<Configuration> loaded = ProgramStore::load(m_path, &result.error);
    if (!loaded) {
        result.ok = false;
        if (unreadable == Unreadable::Refuse) {
            m_path.clear();
            return result;
        }
        QString asideError;
        result.keptAsidePath = ProgramStore::keepAside(m_path, &asideError);
        if (result.keptAsidePath.isEmpty()) {
            result.error += u'\n' + asideError;
            // Neither readable nor movable: saving there could destroy it, so save nowhere.
            m_path.clear();
        }
        return result;
    }
    m_base = *loaded;
    m_base.programs.clear();
    m_loading = true;
    QStringList refused;
    for (const ProgramSpec &spec : std::as_const(loaded->programs)) {
        QString error;
        if (!m_supervisor->addProgram(spec, &error)) {
            refused.append(error);
            // Kept in the base so that saving does not drop what the user wrote.
            m_base.programs.append(spec);
        }
    }
    m_loading = false;
    if (!refused.isEmpty()) {
        result.ok = false;
        result.error = refused.join(u'\n');
    }
    return result;
}

Configuration ConfigurationKeeper::configuration() const
{
    Configuration configuration = m_base;
    QList<ProgramSpec> programs;
    for (const QString &name : m_supervisor->configuredNames()) {
        programs.append(*m_supervisor->spec(name));
    }
    configuration.programs = programs + m_base.programs;
    return configuration;
}

bool ConfigurationKeeper::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error) {
            *error = tr("there is no configuration file to save to; use Save as");
        }
        return false;
    }
    if (!ProgramStore::save(m_path, configuration(), error)) {
        return false;
    }
    Q_EMIT saved(m_path);
    return true;
}

bool ConfigurationKeeper::saveAs(const QString &path, QString *error)
{
    const QString previous = m_path;
    m_path = QFileInfo(path).absoluteFilePath();
    if (!save(error)) {
        m_path = previous;
        return false;
    }
    return true;
}

void ConfigurationKeeper::saveAfterChange()
{
    if (m_loading || !m_autosave || m_path.isEmpty()) {
        return;
    }
    QString error;
    if (!save(&error)) {
        Q_EMIT saveFailed(error);
    }
}

ConfigurationKeeper::ReloadResult ConfigurationKeeper::reload(const QString &path)
{
    ReloadResult result;
    const QString file = path.isEmpty() ? m_path : QFileInfo(path).absoluteFilePath();
    const std::optional<Configuration> loaded = readForReload(file, &result.error);
    if (!loaded) {
        result.ok = false;
        return result;
    }
    m_loading = true;
    const QList<ProgramSpec> refused = applyPrograms(*loaded, &result);
    removeProgramsNotIn(*loaded, &result);
    if (loaded->heartbeatEndpoints != m_base.heartbeatEndpoints) {
        result.notes.append(tr("\"heartbeatEndpoints\" changed; restart the launcher to listen "
                               "on the new endpoints"));
    }
    if (loaded->listen != m_base.listen) {
        result.notes.append(tr("\"listen\" changed; restart the launcher to serve the new "
                               "network endpoints"));
    }
    m_base = *loaded;
    // Kept so that saving does not drop what the user wrote.
    m_base.programs = refused;
    m_path = file;
    m_loading = false;

    for (const QString &name : std::as_const(result.changed)) {
        if (m_supervisor->isLive(name)) {
            m_supervisor->restartProgram(name);
        }
    }
    for (const QString &name : std::as_const(result.added)) {
        if (m_supervisor->spec(name)->autostart) {
            m_supervisor->startProgram(name);
        }
    }
    return result;
}

std::optional<Configuration> ConfigurationKeeper::readForReload(const QString &file,
                                                                QString *error) const
{
    if (file.isEmpty()) {
        *error = tr("there is no configuration file to reload");
        return std::nullopt;
    }
    if (!QFileInfo::exists(file)) {
        *error = tr("the configuration file %1 does not exist").arg(file);
        return std::nullopt;
    }
    std::optional<Configuration> loaded = ProgramStore::load(file, error);
    if (!loaded) {
        *error = tr("%1; nothing was changed").arg(*error);
    }
    return loaded;
}

QList<ProgramSpec> ConfigurationKeeper::applyPrograms(const Configuration &loaded,
                                                      ReloadResult *result)
{
    QList<ProgramSpec> changed;
    QList<ProgramSpec> refused;
    for (const ProgramSpec &spec : loaded.programs) {
        const ProgramSpec *current = m_supervisor->spec(spec.name);
        if (!current) {
            QString error;
            if (m_supervisor->addProgram(spec, &error)) {
                result->added.append(spec.name);
            } else {
                result->notes.append(error);
                refused.append(spec);
            }
        } else if (*current == spec) {
            result->unchanged.append(spec.name);
        } else {
            changed.append(spec);
        }
    }
    // The file as a whole has no dependency cycle, but applying its edits one program at a time
    // could pass through one (a -> b becoming b -> a). Dropping the dependencies that go away
    // first, then setting the new ones, only ever passes through parts of the final graph.
    for (const ProgramSpec &spec : std::as_const(changed)) {
        ProgramSpec lessDependent = *m_supervisor->spec(spec.name);
        lessDependent.dependsOn.removeIf(
                [&spec](const QString &name) { return !spec.dependsOn.contains(name); });
        lessDependent.dependencyConditions.removeIf(
                [&spec](const auto &entry) { return !spec.dependsOn.contains(entry.key()); });
        // Refused, it is told by the update below, which sets the same program again.
        if (QString error; !m_supervisor->updateProgram(spec.name, lessDependent, &error)) {
            qCDebug(lcStore).noquote() << spec.name << "kept its dependencies:" << error;
        }
    }
    for (const ProgramSpec &spec : std::as_const(changed)) {
        QString error;
        if (m_supervisor->updateProgram(spec.name, spec, &error)) {
            result->changed.append(spec.name);
        } else {
            result->notes.append(error);
        }
    }
    return refused;
}

void ConfigurationKeeper::removeProgramsNotIn(const Configuration &loaded, ReloadResult *result)
{
    QStringList gone;
    for (const QString &name : m_supervisor->configuredNames()) {
        if (!loaded.program(name)) {
            gone.append(name);
        }
    }
    // Together: the file is consistent, so whatever depended on them goes with them.
    QString error;
    if (m_supervisor->removePrograms(gone, Supervisor::RemoveMode::StopFirst, &error)) {
        result->removed = gone;
    } else if (!gone.isEmpty()) {
        result->notes.append(error);
    }
}
