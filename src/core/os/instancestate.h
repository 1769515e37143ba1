// The launcher's record of the instances it runs (issue: re-adoption): pid and kernel start
// time of each live program, kept in R/instances.json and rewritten atomically on every
// change, so that a launcher started after a crash can adopt what is still alive and never
// start a second instance.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

struct RecordedInstance
{
    qint64 pid = 0;
    /// Field 22 of /proc/<pid>/stat: clock ticks after boot. Tells a reused pid apart.
    quint64 startTime = 0;
    QDateTime recordedAt; ///< UTC, when the launcher last wrote the record
    /// The ZLAUNCHER_INSTANCE token given to the instance. Recorded before the launch, so that
    /// an instance started just before a crash (pid not yet recorded) is still found.
    QString token;
    /// The token reserved for the instance's successor while the instance runs, so that a
    /// respawn needs no write between the exit and the spawn: a recorded pid that is gone
    /// leads to the process carrying this token, if there is one.
    QString nextToken;
};

class InstanceState final
{
    Q_DECLARE_TR_FUNCTIONS(InstanceState)

public:
    explicit InstanceState(const QString &path)
        : m_path(path)
    { }

    QString path() const { return m_path; }
    /// A missing file is an empty record; an unreadable one too, with *error set.
    QHash<QString, RecordedInstance> load(QString *error) const;
    bool save(const QHash<QString, RecordedInstance> &instances, QString *error) const;

    /// The start time of a live process, or nullopt when there is no such process.
    static std::optional<quint64> processStartTime(qint64 pid);
    /// The live processes of this user whose environment holds ZLAUNCHER_INSTANCE=<token>, by
    /// token; of several (a program and the children it started), the one that started first.
    static QHash<QString, qint64> processesByToken();
    /// How long the process has been running, from its start time, in milliseconds.
    static std::optional<qint64> processUptimeMs(quint64 startTime);

private:
    QString m_path;
};
