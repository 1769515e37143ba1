// Loads and saves the configuration file of DESIGN.md §5b: JSON, written atomically through
// QSaveFile, every key validated with a message naming the program and the key, unknown keys
// kept. A file that cannot be read is never overwritten: keepAside() moves it out of the way.
#pragma once

#include "core/model/programspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Configuration
{
    static constexpr int currentVersion = 1;

    int version = currentVersion;
    QStringList heartbeatEndpoints;
    /// tcp:// endpoints that make the launcher an agent (docs/remote.md), besides --listen.
    QStringList listen;
    QList<ProgramSpec> programs;
    QJsonObject unknownKeys;

    const ProgramSpec *program(const QString &name) const;
    bool operator==(const Configuration &other) const = default;
};

class ProgramStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramStore)

public:
    /// $XDG_CONFIG_HOME/zlauncher/zlauncher.json (~/.config/zlauncher/zlauncher.json)
    static QString defaultPath();

    /// Parses and validates a configuration; baseDirectory is the folder relative paths resolve
    /// against. On error returns nullopt and sets *error ("program "client1": key
    /// "heartbeatIntervalMs" must be a positive integer").
    static std::optional<Configuration> parse(const QByteArray &json, const QString &baseDirectory,
                                              QString *error);
    static QByteArray serialize(const Configuration &configuration);
    /// One program object as in the "programs" array, validated on its own (its dependsOn
    /// names are not checked here).
    static std::optional<ProgramSpec> parseProgram(const QJsonObject &object,
                                                   const QString &baseDirectory, QString *error);
    static QJsonObject toJson(const ProgramSpec &spec);

    /// A missing file is an empty configuration, not an error.
    static std::optional<Configuration> load(const QString &path, QString *error);
    /// Atomic: the file is either the old one or the new one, never half written.
    static bool save(const QString &path, const Configuration &configuration, QString *error);
    /// Renames an unreadable file to "<path>.unreadable-<yyyyMMdd-hhmmss>" and returns the new
    /// path (empty on failure, with *error set).
    static QString keepAside(const QString &path, QString *error);
};
