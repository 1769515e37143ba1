// A ping on demand (DESIGN.md §4): "ping" to a program's control endpoint, its answer and round
// trip to the event log, the program's snapshot and whoever asked.
#pragma once

#include "core/model/event.h"

#include <QObject>
#include <QString>

#include <functional>

#include <zmq.hpp>

class RuntimeDir;
struct ProgramRegistry;

/// The answer to a ping on demand: the program's own reply and its round trip, or why there is
/// none.
struct PingResult
{
    bool ok = false;
    QString reply;
    qint64 roundTripUs = -1;
    QString error;
    /// What the program said after "pong", if anything.
    QString status;
};

class Pinger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pinger)

public:
    Pinger(zmq::context_t &context, const RuntimeDir *runtimeDir, const ProgramRegistry &programs,
           QObject *parent = nullptr);

    /// The outcome goes to callback (if any), to the event log (kind Ping) and to the
    /// program's snapshot; it comes from the event loop, never from within this call.
    void ping(const QString &name, int timeoutMs, std::function<void(const PingResult &)> callback);

Q_SIGNALS:
    void eventOccurred(const Event &event);

private:
    using Finish = std::function<void(const PingResult &)>;

    /// Why name cannot be pinged now; empty when it can.
    QString refusalOf(const QString &name) const;
    void sendPing(const QString &name, int timeoutMs, const Finish &finish);
    static PingResult pingResult(const QByteArray &reply, qint64 roundTripUs);
    /// The outcome to the program's snapshot, the event log and callback.
    void finishPing(const QString &name, const PingResult &result, const Finish &callback);

    zmq::context_t &m_context;
    const RuntimeDir *m_runtimeDir;
    const ProgramRegistry &m_programs;
};
