// The output capture OutputCollector falls back to when no zlauncher-logd can take an
// instance's pipes: the launcher drains them itself, appending whole lines to the log file
// without rotation, and reports the last stderr lines when the output closes, as the daemon
// does. What it holds dies with the launcher.
#pragma once

#include "capture/logdprotocol.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class CapturedInstance;

class FallbackCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackCapture)

public:
    explicit FallbackCapture(QObject *parent = nullptr);
    /// Writes what the pipes hold to the log files, then closes them: their programs get
    /// SIGPIPE when they write again, as when the daemon dies.
    ~FallbackCapture() override;

    /// Drains the read ends into logFile until every writer has closed them.
    void capture(const QString &name, const QString &token, const QString &logFile,
                 UniqueFd stdoutRead, UniqueFd stderrRead);

Q_SIGNALS:
    /// As OutputCollector::outputClosed().
    void outputClosed(const QString &name, const QString &token,
                      const QStringList &lastStderrLines);
    /// Opening or writing the log file failed with errno error (operation: as LogFileError).
    void logFileFailed(const QString &name, const QString &operation, const QString &file,
                       int error);

private:
    QList<CapturedInstance *> m_instances;
};
