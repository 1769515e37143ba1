// zlauncher-logd's server (docs/design.md, "Output capture"): listens on R/logd, takes the
// read ends of each instance's output pipes from the launcher, and reports to every connected
// launcher when an instance's output closes, with its last stderr lines. Reports that find no
// launcher connected wait (a few per program) for the next one. It stops on its own once no
// launcher is connected and no pipe is open.
#pragma once

#include "capture/logfile.h"
#include "logd/logrotator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>

#include <sys/types.h>

class CapturedInstance;

class LogDaemon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDaemon)

public:
    struct Options
    {
        QString runtimeDirectory;
        /// How long to stay up with nothing to do.
        int idleExitMs = 1000;
        /// How long to stay up idle while reports wait for a launcher.
        int lingerWithReportsMs = 300000;
        /// How long to wait for the first launcher: it started this daemon and is on its way,
        /// but may be busy for seconds (starting a thousand programs in one turn of its event
        /// loop). Longer than the 5 s a launcher gives a daemon to answer (OutputCollector).
        int firstClientWaitMs = 10000;
    };

    explicit LogDaemon(const Options &options, QObject *parent = nullptr);
    ~LogDaemon() override;

    /// Binds R/logd (mode 0600), replacing a stale socket: the caller holds R/logd.lock.
    bool listen(QString *error);

Q_SIGNALS:
    /// Idle (or its socket was removed): time to exit.
    void finished();

private:
    struct Client
    {
        int fd = -1;
        quint64 serial = 0;
        std::unique_ptr<QSocketNotifier> readNotifier;
        std::unique_ptr<QSocketNotifier> writeNotifier;
        std::deque<QByteArray> outgoing;
    };

    void onAcceptable();
    void onClientReadable(int fd);
    void onClientWritable(int fd);
    void handleOpen(const QJsonObject &body, QList<int> fds);
    void onInstanceClosed(CapturedInstance *instance);
    void onWriteFailed(const QString &name, const LogFileError &error);
    void sendTo(Client &client, const QByteArray &message);
    void broadcast(const QByteArray &message);
    void dropClient(int fd);
    void dropClientLater(const Client &client);
    void updateIdle();
    void onIdleTimeout();
    bool ownsSocketPath() const;
    void shutdown();

    Options m_options;
    QString m_socketPath;
    int m_listener = -1;
    ino_t m_socketInode = 0;
    std::unique_ptr<QSocketNotifier> m_acceptNotifier;
    std::map<int, std::unique_ptr<Client>> m_clients;
    quint64 m_clientSerial = 0;
    QList<CapturedInstance *> m_instances; // children
    /// Log files by path, shared by the instances of a program.
    QHash<QString, std::shared_ptr<LogFile>> m_files;
    QHash<QString, std::deque<QByteArray>> m_pendingReports;
    QElapsedTimer m_idleSince; ///< invalid while there is something to do
    bool m_hadClient = false;
    QTimer m_idleTimer;
    LogRotator m_rotator;
};
