// Keeps the configuration file in step with the supervisor (DESIGN.md §5b): loads it into the
// supervisor, and saves it atomically after every add, edit or remove, keeping what this
// version does not understand (extra endpoints, unknown keys).
#pragma once

#include "core/config/programstore.h"

#include <QObject>
#include <QString>

class Supervisor;

class ConfigurationKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationKeeper)

public:
    struct OpenResult
    {
        bool ok = true;
        /// Why the file could not be used; empty when ok.
        QString error;
        /// Where the unreadable file was moved, so that it is never overwritten.
        QString keptAsidePath;
    };

    /// What reload() did, by program name; on failure nothing changed and error says why.
    struct ReloadResult
    {
        bool ok = true;
        QString error;
        QStringList added;
        QStringList changed;
        QStringList removed;
        QStringList unchanged;
        /// Changes that were read but cannot apply to a running launcher, and programs refused.
        QStringList notes;
    };

    /// What open() does with a file that cannot be used.
    enum class Unreadable { KeepAside, Refuse };

    explicit ConfigurationKeeper(Supervisor *supervisor, QObject *parent = nullptr);

    /// Loads path and adds its programs to the supervisor, which must have none. A file that
    /// cannot be used is moved aside (keptAsidePath) and the configuration starts empty at
    /// path; with Unreadable::Refuse it is left in place and nothing will be saved. Programs
    /// the supervisor refuses are reported in error, the others are kept.
    OpenResult open(const QString &path, Unreadable unreadable = Unreadable::KeepAside);
    /// Reads path (default: the current file) again and applies the difference with a merge:
    /// new programs are added (and started when autostart), programs no longer there are
    /// stopped and removed, changed ones are updated (and restarted when running), unchanged
    /// ones are not touched. A file that cannot be used changes nothing. With a path, that file
    /// becomes the configuration file.
    ReloadResult reload(const QString &path = {});
    /// On by default: every change is saved at once. Off, only save() and saveAs() write.
    void setAutosave(bool enabled) { m_autosave = enabled; }
    /// Writes the current configuration to path and makes it the file from now on.
    bool saveAs(const QString &path, QString *error);
    bool save(QString *error);

    QString path() const { return m_path; }
    /// The configuration as it would be saved now.
    Configuration configuration() const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void saveAfterChange();
    /// The configuration in file, or nullopt with error saying why and that nothing changed.
    std::optional<Configuration> readForReload(const QString &file, QString *error) const;
    /// Adds the new programs and updates the changed ones; returns those the supervisor refused.
    QList<ProgramSpec> applyPrograms(const Configuration &loaded, ReloadResult *result);
    void removeProgramsNotIn(const Configuration &loaded, ReloadResult *result);

    Supervisor *m_supervisor;
    QString m_path;
    /// Endpoints and unknown top-level keys, kept as loaded.
    Configuration m_base;
    bool m_loading = false;
    bool m_autosave = true;
};
