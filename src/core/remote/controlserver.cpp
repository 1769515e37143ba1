#include "core/remote/controlserver.h"

#include "core/config/configurationkeeper.h"
#include "core/model/logging.h"
#include "core/config/programstore.h"
#include "core/os/logtail.h"
#include "core/model/resourcehistory.h"
#include "core/remote/controlreply.h"
#include "core/remote/curvesocket.h"
#include "core/remote/programstatusjson.h"
#include "core/supervision/supervisor.h"
#include "core/zmq/zmqnotifier.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

#include <zmq_addon.hpp>

using namespace Qt::StringLiterals;
using ControlReply::failure;
using ControlReply::success;
using ControlReply::toArray;

namespace {

constexpr int defaultPingTimeoutMs = 1000;
constexpr int maxPingTimeoutMs = 60000;
// "output": what one reply carries at most; a reader that follows asks again from the offset it
// reached.
constexpr int defaultOutputLines = 100;
constexpr int maxOutputLines = 10000;
constexpr qint64 maxOutputBytes = 256 * 1024;
// Long enough for a reply (to quit, above all) to leave before the launcher exits.
constexpr int replyLingerMs = 500;

const QStringList commands = {u"info"_s,   u"list"_s,  u"status"_s, u"configuration"_s, u"output"_s,
                              u"events"_s, u"start"_s, u"stop"_s,   u"restart"_s,       u"kill"_s,
                              u"ping"_s,   u"add"_s,   u"update"_s, u"remove"_s,        u"scale"_s,
                              u"reload"_s, u"save"_s,  u"show"_s,   u"quit"_s};

} // namespace

ControlServer::ControlServer(Supervisor *supervisor, ConfigurationKeeper *keeper, Mode mode,
                             QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
    , m_keeper(keeper)
    , m_mode(mode)
    , m_socket(supervisor->zmqContext(), zmq::socket_type::router)
{
    m_socket.set(zmq::sockopt::linger, replyLingerMs);
    m_socket.set(zmq::sockopt::maxmsgsize, static_cast<int64_t>(maxRequestBytes));
}

ControlServer::~ControlServer()
{
    m_notifier.reset();
}

bool ControlServer::bind(const QString &endpoint, QString *error)
{
    try {
        m_socket.bind(endpoint.toStdString());
    } catch (const zmq::error_t &e) {
        if (error) {
            *error = tr("cannot serve the control endpoint %1: %2; zlauncherctl will not reach "
                        "this launcher")
                             .arg(endpoint, QString::fromLocal8Bit(e.what()));
        }
        return false;
    }
    m_notifier = std::make_unique<ZmqNotifier>(m_socket, [this] { readRequest(); });
    return true;
}

bool ControlServer::secure(const CurveKeyPair &keys, QString *error)
{
    return CurveSocket::makeServer(m_socket, keys, error);
}

QString ControlServer::boundEndpoint() const
{
    return QString::fromStdString(m_socket.get(zmq::sockopt::last_endpoint));
}

void ControlServer::readRequest()
{
    Envelope frames;
    try {
        // All parts of a message arrive together: none waiting means no message.
        if (!zmq::recv_multipart(m_socket, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
            return;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "reading a control request failed:" << e.what();
        return;
    }
    // The routing identity, then (from REQ) an empty delimiter, then the request.
    if (frames.size() < 2) {
        return;
    }
    const zmq::message_t body = std::move(frames.back());
    frames.pop_back();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(static_cast<const char *>(body.data()),
                                    static_cast<qsizetype>(body.size())),
            &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        reply(std::move(frames),
              failure(tr("the request is not a JSON object (%1); send for example "
                         "{\"command\": \"list\"}")
                              .arg(parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : tr("got another JSON value"))));
        return;
    }
    const QJsonObject request = document.object();
    if (request.value(u"command").toString() == u"ping") {
        ping(std::move(frames), request);
    } else {
        reply(std::move(frames), handle(request));
    }
}

void ControlServer::ping(Envelope envelope, const QJsonObject &request)
{
    const QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        reply(std::move(envelope), failure(tr("ping needs the \"name\" of a program")));
        return;
    }
    const int timeoutMs = request.value(u"timeoutMs").toInt(defaultPingTimeoutMs);
    if (timeoutMs <= 0 || timeoutMs > maxPingTimeoutMs) {
        reply(std::move(envelope),
              failure(tr("\"timeoutMs\" must be between 1 and %1").arg(maxPingTimeoutMs)));
        return;
    }
    if (!m_supervisor->snapshot(name)) {
        reply(std::move(envelope), failure(unknownProgram(name)));
        return;
    }
    // The envelope waits with the callback; the socket serves other clients meanwhile.
    auto waiting = std::make_shared<Envelope>(std::move(envelope));
    m_supervisor->pingProgram(name, timeoutMs, [this, waiting, name](const PingResult &result) {
        reply(std::move(*waiting),
              result.ok ? success({{u"name"_s, name},
                                   {u"reply"_s, result.reply},
                                   {u"roundTripUs"_s, result.roundTripUs}})
                        : failure(tr("%1: %2").arg(name, result.error)));
    });
}

void ControlServer::reply(Envelope envelope, QJsonObject answer)
{
    // The stream's number that carries the request's effect: a follower that has seen it
    // knows its view includes the change (the Clone pattern, docs/remote.md).
    answer.insert(u"seq"_s, static_cast<qint64>(m_supervisor->lastEventNumber()));
    // Numbers are a run's own: a follower that sees another id knows the launcher started
    // again, numbering from 1, and that the events it missed of the one before are gone.
    answer.insert(u"launcherId"_s, m_supervisor->eventHistory().launcherId());
    const QByteArray json = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    try {
        for (zmq::message_t &frame : envelope) {
            [[maybe_unused]] const auto sent
                    = m_socket.send(frame, zmq::send_flags::sndmore | zmq::send_flags::dontwait);
        }
        // A client that went away meanwhile simply gets nothing: ROUTER drops it.
        [[maybe_unused]] const auto sent
                = m_socket.send(zmq::buffer(json.constData(), static_cast<size_t>(json.size())),
                                zmq::send_flags::dontwait);
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "sending a control reply failed:" << e.what();
    }
    if (m_notifier) {
        m_notifier->recheck();
    }
}

QJsonObject ControlServer::handle(const QJsonObject &request)
{
    const QJsonValue commandValue = request.value(u"command");
    if (!commandValue.isString()) {
        return failure(
                tr("the request has no \"command\"; one of: %1").arg(commands.join(u", "_s)));
    }
    const QString command = commandValue.toString();
    if (command == u"info") {
        return info();
    }
    if (command == u"list") {
        Q_EMIT resourcesRead();
        return list();
    }
    if (command == u"status") {
        Q_EMIT resourcesRead();
        return status(request);
    }
    if (command == u"output") {
        return output(request);
    }
    if (command == u"events") {
        return events(request);
    }
    if (command == u"start" || command == u"stop" || command == u"restart" || command == u"kill") {
        return act(command, request);
    }
    if (command == u"add") {
        return add(request);
    }
    if (command == u"update") {
        return update(request);
    }
    if (command == u"remove") {
        return remove(request);
    }
    if (command == u"scale") {
        return scale(request);
    }
    if (command == u"reload") {
        return reload(request);
    }
    if (command == u"save") {
        return save(request);
    }
    if (command == u"configuration") {
        return configuration();
    }
    if (command == u"show") {
        return show();
    }
    if (command == u"quit") {
        return quit(request);
    }
    return failure(tr("unknown command \"%1\"; one of: %2").arg(command, commands.join(u", "_s)));
}

QJsonObject ControlServer::show()
{
    if (m_mode != Mode::Window) {
        return failure(tr("this launcher runs headless: there is no window to show"));
    }
    Q_EMIT showRequested();
    return success();
}

QJsonObject ControlServer::quit(const QJsonObject &request)
{
    const bool leaveRunning = request.value(u"leaveRunning").toBool(false);
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            leaveRunning ? tr("quit requested (programs left running)")
                                         : tr("quit requested (stopping every program)"));
    // Queued: the reply leaves first.
    QMetaObject::invokeMethod(
            this, [this, leaveRunning] { Q_EMIT quitRequested(leaveRunning); },
            Qt::QueuedConnection);
    return success();
}

QJsonObject ControlServer::info() const
{
    QJsonObject info{{u"pid"_s, QCoreApplication::applicationPid()},
                     {u"version"_s, QCoreApplication::applicationVersion()},
                     {u"mode"_s, m_mode == Mode::Window ? u"window"_s : u"headless"_s},
                     {u"runtimeDir"_s, m_supervisor->runtimeDirectory()},
                     {u"configuration"_s, m_keeper->path()},
                     {u"containment"_s, m_supervisor->containment().modeName()},
                     {u"containmentDetail"_s, m_supervisor->containment().description()}};
    for (auto it = m_infoExtras.constBegin(); it != m_infoExtras.constEnd(); ++it) {
        info.insert(it.key(), it.value());
    }
    return success(info);
}

QJsonObject ControlServer::list() const
{
    QJsonArray programs;
    for (const QString &name : m_supervisor->programNames()) {
        programs.append(programJson(name, false));
    }
    return success({{u"programs"_s, programs}});
}

QJsonObject ControlServer::status(const QJsonObject &request) const
{
    const QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        return failure(tr("status needs the \"name\" of a program"));
    }
    if (!m_supervisor->snapshot(name)) {
        return failure(unknownProgram(name));
    }
    return success({{u"program"_s, programJson(name, true)}});
}

QJsonObject ControlServer::output(const QJsonObject &request) const
{
    const QString name = request.value(u"name").toString();
    const QJsonValue lines = request.value(u"lines");
    const QJsonValue from = request.value(u"from");
    if (name.isEmpty() || (!lines.isUndefined() && !lines.isDouble())
        || (!from.isUndefined() && !from.isDouble())) {
        return failure(tr("output needs the \"name\" of a program, and takes a number of "
                          "\"lines\" and a byte offset \"from\""));
    }
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
    if (!snapshot) {
        return failure(unknownProgram(name));
    }
    const int count = std::clamp(lines.toInt(defaultOutputLines), 1, maxOutputLines);
    const std::optional<qint64> offset = from.isDouble()
            ? std::optional<qint64>(std::max<qint64>(0, from.toInteger()))
            : std::nullopt;
    QString error;
    const std::optional<LogTail> tail
            = readLogTail(snapshot->logFile, count, offset, maxOutputBytes, &error);
    if (!tail) {
        return failure(error);
    }
    return success({{u"file"_s, snapshot->logFile},
                    {u"lines"_s, QJsonArray::fromStringList(tail->lines)},
                    {u"end"_s, tail->end},
                    {u"restarted"_s, tail->restarted},
                    {u"skipped"_s, tail->skipped}});
}

QString ControlServer::unknownProgram(const QString &name) const
{
    if (const QStringList replicas = m_supervisor->members(name);
        !replicas.isEmpty() && replicas != QStringList{name}) {
        return tr("%1 runs as its replicas, each a program of its own: %2")
                .arg(name, replicas.join(u", "_s));
    }
    const QStringList names = m_supervisor->programNames();
    if (names.isEmpty()) {
        return tr("there is no program named \"%1\" (no program is configured)").arg(name);
    }
    return tr("there is no program named \"%1\" (programs: %2)").arg(name, names.join(u", "_s));
}

QStringList ControlServer::targets(const QJsonObject &request, QString *error) const
{
    if (request.value(u"all").toBool(false)) {
        return m_supervisor->programNames();
    }
    const QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        *error = tr("%1 needs the \"name\" of a program, or \"all\": true")
                         .arg(request.value(u"command").toString());
        return {};
    }
    if (!m_supervisor->hasProgram(name)) {
        *error = unknownProgram(name);
        return {};
    }
    return {name};
}

QJsonObject ControlServer::act(const QString &command, const QJsonObject &request)
{
    QString error;
    const QStringList names = targets(request, &error);
    if (!error.isEmpty()) {
        return failure(error);
    }
    const bool all = request.value(u"all").toBool(false);
    const QString message = tr("%1 requested through the control endpoint").arg(command);
    if (all) {
        m_supervisor->emitEvent(
                EventKind::Control, Severity::Info,
                tr("%1 of every program requested through the control endpoint").arg(command));
    } else {
        m_supervisor->emitEvent(EventKind::Control, Severity::Info, message, names.constFirst());
    }
    if (command == u"start") {
        if (all) {
            m_supervisor->startAll();
        } else {
            m_supervisor->startProgram(names.constFirst());
        }
    } else if (command == u"stop") {
        if (all) {
            m_supervisor->stopAll();
        } else {
            m_supervisor->stopProgram(names.constFirst());
        }
    } else if (command == u"restart") {
        for (const QString &name : names) {
            m_supervisor->restartProgram(name);
        }
    } else {
        if (all) {
            m_supervisor->killAll();
        } else {
            m_supervisor->killProgram(names.constFirst());
        }
    }
    return success({{u"names"_s, toArray(names)}});
}

QJsonObject ControlServer::programJson(const QString &name, bool withSpec) const
{
    const ProgramSnapshot &snapshot = *m_supervisor->snapshot(name);
    const std::optional<ResourceUsage> usage = hasLiveInstance(snapshot.state) && m_resources
            ? m_resources->current(name)
            : std::nullopt;
    QString expansionError;
    const ProgramSpec *expanded = m_supervisor->launchSpec(name, &expansionError);
    return ProgramStatusJson::toJson(*m_supervisor->spec(name), snapshot, m_supervisor->nowMs(),
                                     usage, withSpec,
                                     {expanded ? expanded : m_supervisor->spec(name),
                                      expanded ? QString() : expansionError});
}
