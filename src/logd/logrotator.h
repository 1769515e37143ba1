// What zlauncher-logd does to log files besides writing them (docs/design.md, "Output capture
// and rotation"): rotation by age, at the earliest file's deadline (one timer, never a poll),
// and gzip of rotated files in a process of their own, so that neither ever delays a line.
#pragma once

#include "capture/logfile.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <memory>

class LogRotator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRotator)

public:
    explicit LogRotator(QObject *parent = nullptr);
    ~LogRotator() override;

    /// Takes care of file, program name's log, from now on (once per file).
    void manage(const QString &name, const std::shared_ptr<LogFile> &file);
    /// The schedule may have changed (new settings for a file).
    void reschedule();
    /// A compression is running: the daemon waits for it before it exits.
    bool isBusy() const { return !m_compressions.isEmpty(); }

    /// gzip, run as `gzip -f -- FILE` (FILE.gz made, FILE removed once complete).
    static QString compressor();

Q_SIGNALS:
    void failed(const QString &name, const LogFileError &error);
    /// The last compression ended (isBusy() is false again).
    void idle();

private:
    struct Managed
    {
        QString name;
        std::weak_ptr<LogFile> file;
    };

    void compress(const QString &path, const QString &name, const std::weak_ptr<LogFile> &file);
    void onDue();

    QHash<LogFile *, Managed> m_files;
    /// Running gzip processes, by the file they compress.
    QHash<QString, QProcess *> m_compressions;
    QTimer m_dueTimer;
};
