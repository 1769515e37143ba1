// One [program:x] section of supervisord's configuration read into programs: its %(…)s
// expanded for each numprocs copy, its command split as supervisord splits it, and each of its
// options mapped or reported.
#pragma once

#include "core/import/importresult.h"
#include "core/import/supervisordini.h"
#include "core/model/programspec.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class SupervisordProgramSection final
{
public:
    /// file: the one the section is in; shared: [supervisord]'s environment, which every
    /// program gets under its own.
    SupervisordProgramSection(const SupervisordIni::Section &section, const QString &file,
                              const QMap<QString, QString> &shared, ImportResult *result);

    /// Its programs, one per numprocs copy; nullopt with *error when supervisord would refuse it.
    std::optional<QList<ProgramSpec>> read(QString *error);
    int priority() const;

private:
    /// Maps one option onto spec, or says why it is not.
    using OptionReader
            = void (SupervisordProgramSection::*)(const QString &key, const QString &value,
                                                  ProgramSpec *spec);
    static const QHash<QString, OptionReader> &optionReaders();

    std::optional<QString> expanded(const QString &key, const SupervisordIni::Expansions &with,
                                    QString *error) const;
    bool readCopy(const SupervisordIni::Expansions &with, ProgramSpec *spec, QString *error);
    /// programs with the options of the section, each keeping what its copy expanded.
    void applyOptions(QList<ProgramSpec> *programs);
    void readOptions(ProgramSpec *spec);
    void readCommand(const QString &key, const QString &value, ProgramSpec *spec);
    void readDirectory(const QString &key, const QString &value, ProgramSpec *spec);
    void readEnvironment(const QString &key, const QString &value, ProgramSpec *spec);
    void readCopies(const QString &key, const QString &value, ProgramSpec *spec);
    void readAutostart(const QString &key, const QString &value, ProgramSpec *spec);
    void readAutorestart(const QString &key, const QString &value, ProgramSpec *spec);
    void readStartSeconds(const QString &key, const QString &value, ProgramSpec *spec);
    void readStopWaitSeconds(const QString &key, const QString &value, ProgramSpec *spec);
    void readStartRetries(const QString &key, const QString &value, ProgramSpec *spec);
    void readStopSignal(const QString &key, const QString &value, ProgramSpec *spec);
    void readAsGroup(const QString &key, const QString &value, ProgramSpec *spec);
    void readExitCodes(const QString &key, const QString &value, ProgramSpec *spec);
    void readPriority(const QString &key, const QString &value, ProgramSpec *spec);
    void readMilliseconds(const QString &key, int *target, const QString &ours);
    void notAccepted(const QString &key, const QString &value);
    QString where() const;

    SupervisordIni::Section m_section;
    QString m_file;
    QMap<QString, QString> m_shared;
    ImportResult *m_result;
    QString m_firstName;
};
