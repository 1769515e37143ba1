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
    auto finish = [this, name, callback](const PingResult &result) {
        if (ProgramRunner *found = m_programs.find(name)) {
            found->notePing(result.ok ? result.roundTripUs : -1,
                            result.ok ? result.reply : result.error, result.status);
            Event event = Event::make(
                    name, EventKind::Ping, result.ok ? Severity::Info : Severity::Warning,
                    result.ok ? tr("answered \"%1\" in %2 ms")
                                        .arg(result.reply)
                                        .arg(static_cast<double>(result.roundTripUs) / 1000.0, 0,
                                             'f', 2)
                              : tr("no answer to ping: %1").arg(result.error));
            event.roundTripUs = result.ok ? result.roundTripUs : -1;
            Q_EMIT eventOccurred(event);
        }
        if (callback) {
            callback(result);
        }
    };
    auto refuse = [this, finish](const QString &error) {
        QMetaObject::invokeMethod(
                this,
                [finish, error] {
                    finish(PingResult{false, {}, -1, error, {}});
                },
                Qt::QueuedConnection);
    };
    const ProgramRunner *found = m_programs.find(name);
    if (!found) {
        refuse(tr("there is no program named \"%1\"").arg(name));
        return;
    }
    if (found->spec().kind == ProgramKind::Plain) {
        refuse(tr("%1 is a plain program: it has no control endpoint to answer a ping").arg(name));
        return;
    }
    if (found->spec().kind == ProgramKind::Notify) {
        refuse(tr("%1 speaks systemd's notify protocol: it has no control endpoint to answer a "
                  "ping; its watchdog pings show in its heartbeat age")
                       .arg(name));
        return;
    }
    const ProgramState state = found->state();
    if (state != ProgramState::Starting && state != ProgramState::Running
        && state != ProgramState::Lost) {
        refuse(tr("%1 is not running (%2)").arg(name, stateLabel(state)));
        return;
    }
    auto *request
            = new ControlRequest(m_context, m_runtimeDir->programControlEndpoint(name),
                                 QByteArray(zlauncher::pingRequest.data(),
                                            static_cast<qsizetype>(zlauncher::pingRequest.size())),
                                 timeoutMs, this);
    connect(request, &ControlRequest::replied, this,
            [request, finish](const QByteArray &reply, qint64 roundTripUs) {
                request->deleteLater();
                const QString text = QString::fromUtf8(reply);
                if (const std::optional<std::string> status = zlauncher::parsePong(std::string_view(
                            reply.constData(), static_cast<size_t>(reply.size())))) {
                    finish(PingResult{
                            true, text, roundTripUs, {}, QString::fromStdString(*status)});
                } else {
                    // A long answer is shown in part: it is not a pong anyway.
                    finish(PingResult{false,
                                      text,
                                      roundTripUs,
                                      tr("it answered \"%1\" instead of pong").arg(text.left(64)),
                                      {}});
                }
            });
    connect(request, &ControlRequest::failed, this, [request, finish](const QString &reason) {
        request->deleteLater();
        finish(PingResult{false, {}, -1, reason, {}});
    });
    request->send();
}
