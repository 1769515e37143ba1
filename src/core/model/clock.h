// Injectable monotonic time for every deadline of the supervisor (lost timeout, start timeout,
// backoff, stop grace), so the state machine runs on a fake clock in unit tests.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Monotonic milliseconds plus a single wake-up: the owner arms the earliest deadline it cares
/// about, and woken() fires when that time has come.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual qint64 nowMs() const = 0;
    /// Replaces any armed wake-up with one at atMs (a time in the past fires at once).
    virtual void wakeAt(qint64 atMs) = 0;
    virtual void cancelWake() = 0;

Q_SIGNALS:
    void woken();
};

class SteadyClock final : public Clock
{
    Q_OBJECT

public:
    explicit SteadyClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    void wakeAt(qint64 atMs) override;
    void cancelWake() override;

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};
