// Keeps the configuration file in step with the supervisor (DESIGN.md §5b): loads it into the
// supervisor, and saves it atomically after every add, edit or remove, keeping what this
// version does not understand (extra endpoints, unknown keys).
#pragma once

#include "core/programstore.h"

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

    explicit ConfigurationKeeper(Supervisor *supervisor, QObject *parent = nullptr);

    /// Loads path and adds its programs to the supervisor, which must have none. A file that
    /// cannot be used is moved aside (keptAsidePath) and the configuration starts empty at
    /// path. Programs the supervisor refuses are reported in error, the others are kept.
    OpenResult open(const QString &path);
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

    Supervisor *m_supervisor;
    QString m_path;
    /// Endpoints and unknown top-level keys, kept as loaded.
    Configuration m_base;
    bool m_loading = false;
};
