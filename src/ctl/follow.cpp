#include "ctl/follow.h"

#include "ctl/ctl.h"
#include "ctl/formatting.h"
#include "ctl/invocation.h"

#include "core/controlclient.h"

#include <algorithm>
#include <cerrno>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

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

void printEvent(const Invocation &invocation, const EventFollower::Received &received)
{
    if (!invocation.json) {
        printLine(eventLine(received.event));
    } else if (received.frame.contains('\n')) {
        printRaw(QJsonDocument(received.event).toJson(QJsonDocument::Compact) + '\n');
    } else {
        printRaw(received.frame + '\n');
    }
}

} // namespace

EventFollower::EventFollower(const QString &runtimeDir)
    : m_socket(m_context, zmq::socket_type::sub)
{
    const QString directory = QDir::cleanPath(QFileInfo(runtimeDir).absoluteFilePath());
    m_socket.set(zmq::sockopt::linger, 0);
    m_socket.set(zmq::sockopt::subscribe, "");
    m_socket.connect(QString(u"ipc://"_s + directory + u"/events").toStdString());
}

std::optional<EventFollower::Received> EventFollower::next(int timeoutMs)
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
            // One frame an event; whatever follows it is not ours to read.
            for (bool more = message.more(); more;) {
                zmq::message_t extra;
                more = m_socket.recv(extra, zmq::recv_flags::dontwait) && extra.more();
            }
            Received received;
            received.frame = QByteArray(static_cast<const char *>(message.data()),
                                        static_cast<qsizetype>(message.size()));
            const QJsonDocument document = QJsonDocument::fromJson(received.frame);
            if (document.isObject()) {
                received.event = document.object();
                return received;
            }
        }
        if (deadline.hasExpired()) {
            return std::nullopt;
        }
    }
}

int followEvents(const Invocation &invocation)
{
    const QString &runtimeDir = invocation.runtimeDir;
    try {
        EventFollower follower(runtimeDir);
        // Proves that a launcher is there before following it, possibly forever.
        const ControlClient::Result info = ControlClient::request(
                runtimeDir, {{u"command"_s, u"info"_s}}, Invocation::defaultTimeoutMs);
        if (info.outcome != ControlClient::Outcome::Replied) {
            printError(info.error);
            return ExitNoLauncher;
        }
        const QDeadlineTimer deadline = invocation.timeoutMs
                ? QDeadlineTimer(*invocation.timeoutMs)
                : QDeadlineTimer(QDeadlineTimer::Forever);
        int seen = 0;
        for (;;) {
            const std::optional<EventFollower::Received> received
                    = follower.next(sliceOf(deadline, livenessCheckMs));
            if (received) {
                const QString program = received->event.value(u"program"_s).toString();
                if (invocation.arguments.isEmpty() || invocation.arguments.contains(program)) {
                    printEvent(invocation, *received);
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
            if (ControlClient::launcherPid(runtimeDir) == 0) {
                printError(zlauncherctl::tr("the launcher on %1 has exited").arg(runtimeDir));
                return ExitNoLauncher;
            }
        }
    } catch (const zmq::error_t &e) {
        printError(zlauncherctl::tr("cannot follow the events of the launcher on %1: %2")
                           .arg(runtimeDir, QString::fromLocal8Bit(e.what())));
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

    /// Asks the launcher; returns an exit status when it is over (no launcher, no such
    /// program), else nullopt.
    std::optional<int> askStatus(const QDeadlineTimer &deadline)
    {
        const int timeoutMs = static_cast<int>(std::clamp<qint64>(
                deadline.remainingTime(), statusRecheckMs, Invocation::defaultTimeoutMs));
        const ControlClient::Result result = ControlClient::request(
                m_invocation.runtimeDir, {{u"command"_s, u"status"_s}, {u"name"_s, m_name}},
                timeoutMs);
        if (result.outcome != ControlClient::Outcome::Replied) {
            printError(result.error);
            return ExitNoLauncher;
        }
        if (!result.reply.value(u"ok"_s).toBool()) {
            if (m_invocation.json) {
                printRaw(QJsonDocument(result.reply).toJson(QJsonDocument::Indented));
            }
            printError(result.error);
            return ExitFailed;
        }
        m_state = result.reply.value(u"program"_s).toObject().value(u"state"_s).toString();
        m_evidence = QJsonDocument(result.reply).toJson(QJsonDocument::Indented);
        return std::nullopt;
    }

    void see(const EventFollower::Received &received)
    {
        const QJsonObject &event = received.event;
        if (event.value(u"program"_s).toString() == m_name
            && event.value(u"event"_s).toString() == u"state") {
            m_state = event.value(u"state"_s).toString();
            m_evidence = received.frame + '\n';
        }
    }

    bool arrived() const { return m_state == m_invocation.state; }
    QString state() const { return m_state; }
    /// The status reply or event that showed the state last, for --json.
    QByteArray evidence() const { return m_evidence; }

private:
    const Invocation &m_invocation;
    QString m_name;
    QString m_state;
    QByteArray m_evidence;
};

} // namespace

int waitForState(const Invocation &invocation)
{
    const QString &name = invocation.arguments.first();
    const int waitMs = invocation.timeoutMs.value_or(Invocation::defaultTimeoutMs);
    const QDeadlineTimer deadline(waitMs);
    try {
        // Subscribed first, then asked: a change between the answer and the subscription
        // cannot be missed, short of the subscription's own delay (the status is asked again).
        EventFollower follower(invocation.runtimeDir);
        StateWatch watch(invocation);
        if (const std::optional<int> over = watch.askStatus(deadline)) {
            return *over;
        }
        QDeadlineTimer recheck(statusRecheckMs);
        while (!watch.arrived() && !deadline.hasExpired()) {
            const int slice
                    = static_cast<int>(std::min(deadline.remainingTime(), recheck.remainingTime()));
            if (const std::optional<EventFollower::Received> received = follower.next(slice)) {
                watch.see(*received);
            } else if (recheck.hasExpired()) {
                if (const std::optional<int> over = watch.askStatus(deadline)) {
                    return *over;
                }
                recheck.setRemainingTime(statusRecheckMs);
            }
        }
        if (!watch.arrived()) {
            // The state it is in now, not the last one seen, for the message.
            if (const std::optional<int> over = watch.askStatus(deadline)) {
                return *over;
            }
        }
        if (!watch.arrived()) {
            printError(zlauncherctl::tr("%1 is %2, not %3, after %4")
                               .arg(name, watch.state(), invocation.state,
                                    ControlClient::formatTimeout(waitMs)));
            return ExitFailed;
        }
        if (invocation.json) {
            printRaw(watch.evidence());
        } else {
            printLine(zlauncherctl::tr("%1 is %2").arg(name, watch.state()));
        }
        return ExitSuccess;
    } catch (const zmq::error_t &e) {
        printError(zlauncherctl::tr("cannot follow the events of the launcher on %1: %2")
                           .arg(invocation.runtimeDir, QString::fromLocal8Bit(e.what())));
        return ExitNoLauncher;
    }
}
