// The launcher's end of systemd's notify protocol (sd_notify(3)): an AF_UNIX datagram socket
// that programs of kind "notify" find in $NOTIFY_SOCKET. Read from the event loop when the
// kernel says it is readable, never by a timer; every datagram comes with the sender's
// credentials (SO_PASSCRED), by which the router credits it to a program. File descriptors
// sent along (BARRIER=1, FDSTORE=1) are closed once the datagram has been handled: closing is
// how a barrier is answered.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

class NotifySocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifySocket)

public:
    /// Larger datagrams are dropped, as systemd drops them.
    static constexpr qsizetype maxDatagramBytes = 4096;
    /// Read per event-loop turn at most, so that a storm cannot hold the loop.
    static constexpr int maxDatagramsPerTurn = 512;

    explicit NotifySocket(QObject *parent = nullptr);
    ~NotifySocket() override;

    /// Binds path (a stale socket file there is replaced) with mode 0600.
    bool bind(const QString &path, QString *error);
    QString path() const { return m_path; }
    /// Reads what is queued now, up to maxDatagramsPerTurn.
    void readQueued();

    enum class Drop { Oversize, NoCredentials, OtherUser };

Q_SIGNALS:
    /// A datagram from process pid (its credentials, checked by the kernel).
    void datagramReceived(qint64 pid, const QByteArray &payload);
    void datagramDropped(NotifySocket::Drop why);

private:
    int m_fd = -1;
    QString m_path;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
