#include "core/configurationkeeper.h"

#include "core/supervisor.h"

#include <QFileInfo>

ConfigurationKeeper::ConfigurationKeeper(Supervisor *supervisor, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
{
    connect(supervisor, &Supervisor::programAdded, this, &ConfigurationKeeper::saveAfterChange);
    connect(supervisor, &Supervisor::programRemoved, this, &ConfigurationKeeper::saveAfterChange);
    connect(supervisor, &Supervisor::programSpecChanged, this,
            &ConfigurationKeeper::saveAfterChange);
}

ConfigurationKeeper::OpenResult ConfigurationKeeper::open(const QString &path)
{
    Q_ASSERT(m_supervisor->programNames().isEmpty());
    OpenResult result;
    m_path = QFileInfo(path).absoluteFilePath();
    m_base = Configuration();
    std::optional<Configuration> loaded = ProgramStore::load(m_path, &result.error);
    if (!loaded) {
        result.ok = false;
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
    for (const QString &name : m_supervisor->programNames()) {
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
    if (m_loading || m_path.isEmpty()) {
        return;
    }
    QString error;
    if (!save(&error)) {
        Q_EMIT saveFailed(error);
    }
}
