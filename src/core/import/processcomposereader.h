// One process of a process-compose file read into programs: its keys mapped or reported
// (processcomposereader.cpp), its nested sections, availability (the restart policy),
// depends_on, shutdown and probes (processcomposereadersections.cpp), and its replicas. A problem
// is thrown as a ProcessComposeYaml::NodeError.
#pragma once

#include "core/import/importresult.h"
#include "core/model/programspec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include <yaml-cpp/yaml.h>

class ProcessComposeReader final
{
public:
    /// name: the process's key in "processes"; folder: the file's.
    ProcessComposeReader(const QString &name, const QString &folder, ImportResult *result);

    /// The process as programs: one, or one per replica.
    QList<ProgramSpec> read(const YAML::Node &process);

private:
    using KeyReader = void (ProcessComposeReader::*)(const QString &key, const YAML::Node &value);
    static const QHash<QString, KeyReader> &keyReaders();

    void readKeys(const YAML::Node &process);
    void readCommand(const QString &key, const YAML::Node &value);
    void readEntrypoint(const QString &key, const YAML::Node &value);
    void readEnvFile(const QString &key, const YAML::Node &value);
    void readWorkingDirectory(const QString &key, const YAML::Node &value);
    void readEnvironment(const QString &key, const YAML::Node &value);
    void readDisabled(const QString &key, const YAML::Node &value);
    void readReplicas(const QString &key, const YAML::Node &value);
    void readProbe(const QString &key, const YAML::Node &value);

    // The nested sections, in processcomposereadersections.cpp.
    void readAvailability(const QString &key, const YAML::Node &availability);
    void readRestart(const QString &key, const YAML::Node &value);
    void readMaxRestarts(const QString &key, const YAML::Node &value);
    void readDependencies(const QString &key, const YAML::Node &dependencies);
    void readDependency(const QString &dependency, const YAML::Node &value);
    void readShutdown(const QString &key, const YAML::Node &shutdown);
    /// nullopt, said in the report, for a probe zlauncher cannot run.
    std::optional<ProbeSpec> probe(const QString &key, const YAML::Node &node);
    std::optional<ProbeSpec> httpProbe(const QString &key, const YAML::Node &http);

    /// The process as programs, once every key is read.
    QList<ProgramSpec> programs();
    /// The process as one program with "instances".
    ProgramSpec replicaSet() const;
    /// A program per replica, for a probe that needs the replica's number.
    QList<ProgramSpec> numberedPrograms() const;
    /// The digits process-compose pads a replica's number to: those of the count.
    int replicaDigits() const;
    /// A Go template other than {{.PC_REPLICA_NUM}} stays as written: said, not hidden.
    void reportTemplatesLeft();

    QString m_name;
    QString m_folder;
    ImportResult *m_result;
    ProgramSpec m_spec;
    int m_replicas = 1;
};
