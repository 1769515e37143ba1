#include "core/supervision/pinger.h"

#include "core/os/runtimedir.h"
#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"
#include "core/zmq/controlrequest.h"

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

Pinger::Pinger(zmq::context_t &context, const RuntimeDir *runtimeDir,
               const ProgramRegistry &programs, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_runtimeDir(runtimeDir)
    , m_programs(programs)
{ }

void Pinger::ping(const QString &name, int timeoutMs,
                  std::function<void(const PingResult &)> callback)
{
    // The outcome is looked up by name when it comes: the program may be gone by then.
    const Finish finish = [this, name, callback](const PingResult &result) {
        finishPing(name, result, callback);
    };
    if (const QString refusal = refusalOf(name); !refusal.isEmpty()) {
        QMetaObject::invokeMethod(
                this,
                [finish, refusal] {
                    finish(PingResult{false, {}, -1, refusal, {}});
                },
                Qt::QueuedConnection);
        return;
    }
    sendPing(name, timeoutMs, finish);
}

QString Pinger::refusalOf(const QString &name) const
{
    const ProgramRunner *found = m_programs.find(name);
    if (!found) {
        return tr("there is no program named \"%1\"").arg(name);
    }
    if (found->spec().kind == ProgramKind::Plain) {
        return tr("%1 is a plain program: it has no control endpoint to answer a ping").arg(name);
    }
    if (found->spec().kind == ProgramKind::Notify) {
        return tr("%1 speaks systemd's notify protocol: it has no control endpoint to answer a "
                  "ping; its watchdog pings show in its heartbeat age")
                .arg(name);
    }
    const ProgramState state = found->state();
    if (state != ProgramState::Starting && state != ProgramState::Running
        && state != ProgramState::Lost) {
        return tr("%1 is not running (%2)").arg(name, stateLabel(state));
    }
    return {};
}

void Pinger::sendPing(const QString &name, int timeoutMs, const Finish &finish)
{
    auto *request
            = new ControlRequest(m_context, m_runtimeDir->programControlEndpoint(name),
                                 QByteArray(zlauncher::pingRequest.data(),
                                            static_cast<qsizetype>(zlauncher::pingRequest.size())),
                                 timeoutMs, this);
    connect(request, &ControlRequest::replied, this,
            [request, finish](const QByteArray &reply, qint64 roundTripUs) {
                request->deleteLater();
                finish(pingResult(reply, roundTripUs));
            });
    connect(request, &ControlRequest::failed, this, [request, finish](const QString &reason) {
        request->deleteLater();
        finish(PingResult{false, {}, -1, reason, {}});
    });
    request->send();
}

PingResult Pinger::pingResult(const QByteArray &reply, qint64 roundTripUs)
{
    const QString text = QString::fromUtf8(reply);
    if (const std::optional<std::string> status = zlauncher::parsePong(
                std::string_view(reply.constData(), static_cast<size_t>(reply.size())))) {
        return PingResult{true, text, roundTripUs, {}, QString::fromStdString(*status)};
    }
    // A long answer is shown in part: it is not a pong anyway.
    return PingResult{false,
                      text,
                      roundTripUs,
                      tr("it answered \"%1\" instead of pong").arg(text.left(64)),
                      {}};
}

void Pinger::finishPing(const QString &name, const PingResult &result, const Finish &callback)
{
    if (ProgramRunner *found = m_programs.find(name)) {
        found->notePing(result.ok ? result.roundTripUs : -1,
                        result.ok ? result.reply : result.error, result.status);
        Event event = Event::make(
                name, EventKind::Ping, result.ok ? Severity::Info : Severity::Warning,
                result.ok
                        ? tr("answered \"%1\" in %2 ms")
                                  .arg(result.reply)
                                  .arg(static_cast<double>(result.roundTripUs) / 1000.0, 0, 'f', 2)
                        : tr("no answer to ping: %1").arg(result.error));
        event.roundTripUs = result.ok ? result.roundTripUs : -1;
        Q_EMIT eventOccurred(event);
    }
    if (callback) {
        callback(result);
    }
}
