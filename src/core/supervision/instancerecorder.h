// The record of live instances in R/instances.json (os/instancestate.h), kept so that a
// launcher started after a crash adopts what is still alive instead of starting it twice.
// Every instance is recorded before it exists, by its token; its pid follows once known.
#pragma once

#include "core/model/event.h"
#include "core/os/instancestate.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

class ProgramRunner;
struct ProgramRegistry;

class InstanceRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceRecorder)

public:
    InstanceRecorder(const QString &path, const ProgramRegistry &programs,
                     QObject *parent = nullptr);
    /// Saves what is still waiting to be saved.
    ~InstanceRecorder() override;

    /// Adopts the live instances the record names (pid and start time must both match: a
    /// reused pid is not adopted), reports the ones that ended meanwhile and restarts those per
    /// their policy.
    void adoptRecordedInstances();
    /// The token (ZLAUNCHER_INSTANCE) the program's next instance will carry, chosen before
    /// the launch: so that a batch of launches is recorded in one write before any of them
    /// happens, and the record of a live instance names its successor. The same until that
    /// instance is launched (recordLaunch) or the program is forgotten.
    QString nextToken(const QString &name);
    /// The runners are about to launch together: their instances are recorded in one write
    /// rather than one each.
    void recordLaunching(const QList<ProgramRunner *> &runners);
    /// The runner launches the instance with token now.
    void recordLaunch(ProgramRunner *runner, const QString &token);
    /// The runner's instance may have a pid now, or be gone.
    void recordInstance(ProgramRunner *runner);
    void forget(const QString &name);

Q_SIGNALS:
    void eventOccurred(const Event &event);

private:
    /// What is left of a recorded instance: itself, or the process that carries its token.
    struct LiveInstance
    {
        qint64 pid = 0;
        std::optional<quint64> startTime; ///< of whatever process has pid now
        bool alive = false;
        QString token;
    };
    /// byToken: every process by its ZLAUNCHER_INSTANCE token, scanned on first need.
    static LiveInstance findLiveInstance(const RecordedInstance &record,
                                         std::optional<QHash<QString, qint64>> *byToken);
    /// pidReused: a process runs with the recorded pid, started at another time.
    void reportEnded(const QString &name, const RecordedInstance &record, bool pidReused);
    void recordWithoutPid(const QString &name, const QString &token);
    void scheduleSave();
    void save();
    void emitEvent(EventKind kind, Severity severity, const QString &message,
                   const QString &program = QString());

    const ProgramRegistry &m_programs;
    InstanceState m_file;
    QHash<QString, RecordedInstance> m_recorded;
    /// nextToken() by program, until that instance is launched.
    QHash<QString, QString> m_nextTokens;
    /// The successor tokens (RecordedInstance::nextToken) the file holds, by program: those of
    /// the last record saved without error.
    QHash<QString, QString> m_savedSuccessors;
    QTimer m_saveTimer;
};
