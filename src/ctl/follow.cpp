#include "ctl/follow.h"

#include "ctl/ctl.h"
#include "ctl/invocation.h"
#include "ctl/target.h"

#include "core/remote/controlclient.h"
#include "core/model/event.h"
#include "core/remote/curvesocket.h"

#include <algorithm>
#include <cerrno>
#include <optional>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

// How often `events` checks that the launcher still lives when nothing comes, and `wait` asks
// for the state again in case the subscription was late to reach the launcher.
constexpr int livenessCheckMs = 1000;
constexpr int statusRecheckMs = 500;

int sliceOf(const QDeadlineTimer &deadline, int atMostMs)
{
    return deadline.isForever()
            ? atMostMs
            : static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 0, atMostMs));
}

/// A SUB socket on the launcher's event stream (ipc://R/events, or an agent's, encrypted),
/// subscribed to everything. Events published before the subscription reached the launcher
/// are not seen: ask for the current state after creating it.
class EventFollower final
{
public:
    /// Throws zmq::error_t when the socket cannot be set up.
    explicit EventFollower(const EventSource &source)
        : m_socket(m_context, zmq::socket_type::sub)
    {
        m_socket.set(zmq::sockopt::linger, 0);
        m_socket.set(zmq::sockopt::subscribe, "");
        QString error;
        if (source.agent
            && !CurveSocket::makeClient(m_socket, source.agent->serverKey, source.agent->clientKeys,
                                        &error)) {
            throw zmq::error_t();
        }
        m_socket.connect(source.endpoint.toStdString());
    }

    /// The next event, or nullopt when none came within timeoutMs. Frames that are not JSON
    /// objects are skipped. Throws zmq::error_t when ZeroMQ fails.
    std::optional<QJsonObject> next(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            zmq::pollitem_t item = {m_socket.handle(), 0, ZMQ_POLLIN, 0};
            const int rc = zmq_poll(&item, 1, static_cast<long>(sliceOf(deadline, timeoutMs)));
            if (rc < 0 && zmq_errno() != EINTR) {
                throw zmq::error_t();
            }
            zmq::message_t message;
            if (rc > 0 && m_socket.recv(message, zmq::recv_flags::dontwait)) {
                const QJsonDocument document = QJsonDocument::fromJson(
                        QByteArray(static_cast<const char *>(message.data()),
                                   static_cast<qsizetype>(message.size())));
                if (document.isObject()) {
                    return document.object();
                }
            }
            if (deadline.hasExpired()) {
                return std::nullopt;
            }
        }
    }

private:
    zmq::context_t m_context;
    zmq::socket_t m_socket;
};

/// One event as `zlauncher --headless --events text` prints it; with --json, one compact JSON
/// object a line, which is the frame as the launcher sent it (compact, keys sorted).
void printEvent(const Invocation &invocation, const QJsonObject &event)
{
    if (!invocation.json) {
        if (const std::optional<Event> known = eventFromJson(event)) {
            printLine(toText(*known));
            return;
        }
        // An event this version cannot read (a newer launcher's) is shown as it came.
    }
    printRaw(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
}

QString followError(const QString &where, const zmq::error_t &error)
{
    return zlauncherctl::tr("cannot follow the events of the launcher on %1: %2")
            .arg(where, QString::fromLocal8Bit(error.what()));
}

} // namespace

int followEvents(const Invocation &invocation)
{
    const QString where = launcherPlace(invocation);
    try {
        ControlClient::Result failure;
        const std::optional<EventSource> source = eventSource(invocation, &failure);
        if (!source) {
            printError(failure.error);
            return noReplyStatus(failure.outcome);
        }
        EventFollower follower(*source);
        const QDeadlineTimer deadline = invocation.timeoutMs
                ? QDeadlineTimer(*invocation.timeoutMs)
                : QDeadlineTimer(QDeadlineTimer::Forever);
        int seen = 0;
        for (;;) {
            if (const std::optional<QJsonObject> event
                = follower.next(sliceOf(deadline, livenessCheckMs))) {
                const QString program = event->value(u"program"_s).toString();
                if (invocation.arguments.isEmpty() || invocation.arguments.contains(program)) {
                    printEvent(invocation, *event);
                    if (++seen == invocation.count) {
                        return ExitSuccess;
                    }
                }
                continue;
            }
            if (deadline.hasExpired()) {
                if (invocation.count < 0) {
                    return ExitSuccess;
                }
                printError(zlauncherctl::tr("%1 of the %2 events expected came within %3")
                                   .arg(seen)
                                   .arg(invocation.count)
                                   .arg(ControlClient::formatTimeout(*invocation.timeoutMs)));
                return ExitFailed;
            }
            if (!launcherAlive(invocation)) {
                printError(
                        invocation.connect.isEmpty()
                                ? zlauncherctl::tr("the launcher on %1 has exited").arg(where)
                                : zlauncherctl::tr("the agent at %1 no longer answers").arg(where));
                return ExitNoLauncher;
            }
        }
    } catch (const zmq::error_t &e) {
        printError(followError(where, e));
        return ExitNoLauncher;
    }
}

namespace {

/// The state of one program, as the launcher's status replies and state events tell it.
class StateWatch
{
public:
    explicit StateWatch(const Invocation &invocation)
        : m_invocation(invocation)
        , m_name(invocation.arguments.first())
    { }

    /// Asks the launcher for the state. False when that failed: error() says why,
    /// exitStatus() what to return, and the state is no longer known.
    bool askStatus(const QDeadlineTimer &deadline)
    {
        m_state.clear();
        const int timeoutMs = static_cast<int>(std::clamp<qint64>(
                deadline.remainingTime(), statusRecheckMs, Invocation::defaultTimeoutMs));
        const ControlClient::Result result = askLauncher(
                m_invocation, {{u"command"_s, u"status"_s}, {u"name"_s, m_name}}, timeoutMs);
        if (result.outcome != ControlClient::Outcome::Replied) {
            m_error = result.error;
            m_exitStatus = noReplyStatus(result.outcome);
            return false;
        }
        if (!result.reply.value(u"ok"_s).toBool()) {
            m_error = result.error;
            m_exitStatus = ExitFailed;
            return false;
        }
        m_state = result.reply.value(u"program"_s).toObject().value(u"state"_s).toString();
        return true;
    }

    void see(const QJsonObject &event)
    {
        if (event.value(u"program"_s).toString() == m_name
            && event.value(u"event"_s).toString() == u"state") {
            m_state = event.value(u"state"_s).toString();
        }
    }

    bool arrived() const { return m_state == m_invocation.state; }
    QString state() const { return m_state; }
    QString error() const { return m_error; }
    int exitStatus() const { return m_exitStatus; }

private:
    const Invocation &m_invocation;
    QString m_name;
    QString m_state; ///< empty while not known
    QString m_error;
    int m_exitStatus = ExitSuccess;
};

/// What `wait` ends with: the message on stderr, and with --json always the one object of
/// docs/control.md §3 on stdout ({"ok", "name", "state" when known, "error" when not ok}) -
/// unless no launcher answered (status 3), as for every other command.
int finishWait(const Invocation &invocation, const QString &state, int exitStatus,
               const QString &error)
{
    const QString &name = invocation.arguments.first();
    if (exitStatus != ExitSuccess) {
        printError(error);
    }
    if (invocation.json && exitStatus != ExitNoLauncher) {
        QJsonObject result{{u"ok"_s, exitStatus == ExitSuccess}, {u"name"_s, name}};
        if (!state.isEmpty()) {
            result.insert(u"state"_s, state);
        }
        if (exitStatus != ExitSuccess) {
            result.insert(u"error"_s, error);
        }
        printRaw(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else if (exitStatus == ExitSuccess) {
        printLine(zlauncherctl::tr("%1 is %2").arg(name, state));
    }
    return exitStatus;
}

} // namespace

int waitForState(const Invocation &invocation)
{
    const QString &name = invocation.arguments.first();
    const int waitMs = invocation.timeoutMs.value_or(Invocation::defaultTimeoutMs);
    const QDeadlineTimer deadline(waitMs);
    try {
        ControlClient::Result failure;
        const std::optional<EventSource> source = eventSource(invocation, &failure);
        if (!source) {
            return finishWait(invocation, {}, noReplyStatus(failure.outcome), failure.error);
        }
        // Subscribed first, then asked: a change between the answer and the subscription
        // cannot be missed, short of the subscription's own delay (the status is asked again).
        EventFollower follower(*source);
        StateWatch watch(invocation);
        if (!watch.askStatus(deadline)) {
            return finishWait(invocation, watch.state(), watch.exitStatus(), watch.error());
        }
        QDeadlineTimer recheck(statusRecheckMs);
        while (!watch.arrived() && !deadline.hasExpired()) {
            const int slice
                    = static_cast<int>(std::min(deadline.remainingTime(), recheck.remainingTime()));
            if (const std::optional<QJsonObject> event = follower.next(slice)) {
                watch.see(*event);
            } else if (recheck.hasExpired()) {
                if (!watch.askStatus(deadline)) {
                    return finishWait(invocation, watch.state(), watch.exitStatus(), watch.error());
                }
                recheck.setRemainingTime(statusRecheckMs);
            }
        }
        // Timed out: the state it is in now, not the last one seen, for the message.
        if (!watch.arrived() && !watch.askStatus(deadline)) {
            return finishWait(invocation, watch.state(), watch.exitStatus(), watch.error());
        }
        if (!watch.arrived()) {
            return finishWait(invocation, watch.state(), ExitFailed,
                              zlauncherctl::tr("%1 is %2, not %3, after %4")
                                      .arg(name, watch.state(), invocation.state,
                                           ControlClient::formatTimeout(waitMs)));
        }
        return finishWait(invocation, watch.state(), ExitSuccess, {});
    } catch (const zmq::error_t &e) {
        printError(followError(launcherPlace(invocation), e));
        return ExitNoLauncher;
    }
}
