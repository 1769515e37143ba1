// One app of PM2's ecosystem file read into programs: each key mapped or reported, the command
// PM2 would run (its interpreter, "args"), and "instances" as replicas or numbered programs.
#pragma once

#include "core/import/importresult.h"
#include "core/model/programspec.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Pm2AppReader final
{
public:
    Pm2AppReader(const QJsonObject &app, const QString &folder, ImportResult *result);

    /// The app as programs (several with "instances"); nullopt with *error for an app that
    /// cannot be one.
    std::optional<QList<ProgramSpec>> read(qsizetype index, QString *error);
    /// The app's name as written, and the key read() refused, for the error's line.
    QString writtenName() const;
    QString refusedKey() const { return m_refusedKey; }

private:
    /// Reads one key into the spec; false with *error for a value PM2 would refuse too.
    using KeyReader
            = bool (Pm2AppReader::*)(const QString &key, const QJsonValue &value, QString *error);
    static const QHash<QString, KeyReader> &keyReaders();

    void startSpec(const QString &name, const QString &script);
    bool readKeys(QString *error);
    bool readPort(const QString &key, const QJsonValue &value, QString *error);
    bool readWorkingDirectory(const QString &key, const QJsonValue &value, QString *error);
    bool readEnvironment(const QString &key, const QJsonValue &value, QString *error);
    bool readInstanceCount(const QString &key, const QJsonValue &value, QString *error);
    bool readMemoryLimit(const QString &key, const QJsonValue &value, QString *error);
    bool readAutorestart(const QString &key, const QJsonValue &value, QString *error);
    bool readAutostart(const QString &key, const QJsonValue &value, QString *error);
    bool readMaxRestarts(const QString &key, const QJsonValue &value, QString *error);
    bool readMinUptime(const QString &key, const QJsonValue &value, QString *error);
    bool readKillTimeout(const QString &key, const QJsonValue &value, QString *error);
    bool readListenTimeout(const QString &key, const QJsonValue &value, QString *error);
    bool readRestartDelay(const QString &key, const QJsonValue &value, QString *error);
    void readDuration(const QString &key, const QJsonValue &value, int *target, const QString &ours,
                      int minimum);
    void wrongValue(const QString &key, const QString &expected);

    bool readCommand(QString *error);
    bool readArguments(QStringList *arguments, QString *error) const;
    /// The interpreter PM2 runs the script with, empty for none; *chosen when the app names it.
    QString interpreter(const QString &script, bool *chosen) const;
    void noteCommand(const QString &script, const QString &interpreter, bool chosen,
                     qsizetype arguments);

    /// The spec read, as PM2's "instances" of it.
    QList<ProgramSpec> instances();
    QList<ProgramSpec> numberedPrograms(const QString &instanceVariable, const QString &increment);

    QJsonObject m_app;
    QString m_folder;
    ImportResult *m_result;
    ProgramSpec m_spec;
    int m_instances = 1;
    QString m_refusedKey;
};
