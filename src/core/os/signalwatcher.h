// Delivers Unix signals through the event loop with a self-pipe: the handler only writes the
// signal number, and a QSocketNotifier turns it into a Qt signal. Several watchers may exist,
// each for its own signals (headless mode for SIGINT/SIGTERM, the supervisor for SIGCHLD).
#pragma once

#include <QList>
#include <QObject>

class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void dispatchPendingSignals();

    QList<int> m_signals;
};
