// Starts a zlauncher-logd for a runtime directory, detached (it belongs to the directory, not
// to this launcher, and outlives it), and reads the line it says on its stdout once it serves
// the directory: "ready", or "error <why>". Never waits: the spawn runs from the event loop,
// the answer arrives as a signal. Part of OutputCollector's connection to the daemon.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

class LogdStarter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogdStarter)

public:
    explicit LogdStarter(QObject *parent = nullptr);
    ~LogdStarter() override;

    /// Spawns daemonPath serving runtimeDirectory from the event loop. False, with *error
    /// saying why and what to do, when daemonPath is not an executable file: that is known at
    /// once, so that the instance that asked for a daemon appends to its file directly.
    bool start(const QString &daemonPath, const QString &runtimeDirectory, QString *error);
    /// Forgets the start in progress: no signal comes from it.
    void abandon();
    /// Reads the daemon's answer now if it has come, without waiting for the event loop.
    void readNow();

Q_SIGNALS:
    /// The daemon said it serves the directory: its socket can be connected to.
    void ready();
    /// It could not be spawned, said why not, or stopped without a word.
    void failed(const QString &reason);

private:
    void spawn();
    void onReadyPipeReadable();
    void closeReadyPipe();
    QString cannotStart(const QString &why) const;

    QString m_daemonPath;
    QString m_runtimeDirectory;
    /// Whether a start is in progress (spawned, or about to be from the event loop).
    bool m_starting = false;
    int m_readyPipe = -1;
    QByteArray m_readyOutput;
    std::unique_ptr<QSocketNotifier> m_readyNotifier;
};
