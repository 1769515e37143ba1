// The control requests that read or change the configuration (docs/control.md): add, update,
// remove, scale, reload, save and configuration.
#include "core/config/configurationkeeper.h"
#include "core/config/programstore.h"
#include "core/model/logging.h"
#include "core/remote/controlreply.h"
#include "core/remote/controlserver.h"
#include "core/supervision/supervisor.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using ControlReply::failure;
using ControlReply::success;
using ControlReply::toArray;

QJsonObject ControlServer::configuration() const
{
    QJsonArray programs;
    for (const QString &name : m_supervisor->configuredNames()) {
        programs.append(ProgramStore::toJson(*m_supervisor->spec(name)));
    }
    return success({{u"path"_s, m_keeper->path()}, {u"programs"_s, programs}});
}

std::optional<ProgramSpec> ControlServer::requestedSpec(const QJsonObject &request,
                                                        QString *error) const
{
    const QJsonValue program = request.value(u"program");
    if (!program.isObject()) {
        *error = tr("%1 needs a \"program\" object as in the configuration file, for example "
                    "{\"name\": \"worker\", \"program\": \"/usr/bin/worker\"}")
                         .arg(request.value(u"command").toString());
        return std::nullopt;
    }
    // Relative paths resolve against the configuration file's folder, as they would in it.
    const QString base
            = m_keeper->path().isEmpty() ? QString() : QFileInfo(m_keeper->path()).absolutePath();
    std::optional<ProgramSpec> spec = ProgramStore::parseProgram(program.toObject(), base, error);
    if (!spec) {
        return std::nullopt;
    }
    for (const QString &dependency : spec->dependsOn) {
        if (!m_supervisor->hasProgram(dependency)) {
            *error = tr("program \"%1\": \"dependsOn\" names \"%2\", which is not a "
                        "configured program")
                             .arg(spec->name, dependency);
            return std::nullopt;
        }
    }
    return spec;
}

QJsonObject ControlServer::add(const QJsonObject &request)
{
    QString error;
    const std::optional<ProgramSpec> spec = requestedSpec(request, &error);
    if (!spec || !m_supervisor->addProgram(*spec, &error)) {
        return failure(error);
    }
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            tr("added through the control endpoint"), spec->name);
    if (request.value(u"start").toBool(false)) {
        m_supervisor->startProgram(spec->name);
    }
    return success({{u"name"_s, spec->name}});
}

QJsonObject ControlServer::update(const QJsonObject &request)
{
    const QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        return failure(tr("update needs the \"name\" of a configured program and its new "
                          "\"program\" object"));
    }
    if (!m_supervisor->hasProgram(name) || m_supervisor->configuredName(name) != name) {
        return failure(unknownProgram(name));
    }
    QString error;
    const std::optional<ProgramSpec> spec = requestedSpec(request, &error);
    if (!spec) {
        return failure(error);
    }
    // Asked before the update: a renamed program's old name is gone after it.
    const bool running = m_supervisor->isLive(name);
    if (!m_supervisor->updateProgram(name, *spec, &error)) {
        return failure(error);
    }
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            running ? tr("changed through the control endpoint; the changes "
                                         "apply at its next start")
                                    : tr("changed through the control endpoint"),
                            spec->name);
    return success({{u"name"_s, spec->name}, {u"running"_s, running}});
}

QJsonObject ControlServer::remove(const QJsonObject &request)
{
    const QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        return failure(tr("remove needs the \"name\" of a program"));
    }
    if (!m_supervisor->hasProgram(name)) {
        return failure(unknownProgram(name));
    }
    const bool leaveRunning = request.value(u"leaveRunning").toBool(false);
    QString error;
    if (!m_supervisor->removeProgram(name,
                                     leaveRunning ? Supervisor::RemoveMode::LeaveRunning
                                                  : Supervisor::RemoveMode::StopFirst,
                                     &error)) {
        return failure(error);
    }
    m_supervisor->emitEvent(EventKind::Control, Severity::Info,
                            leaveRunning ? tr("removed through the control endpoint (left running)")
                                         : tr("removed through the control endpoint"),
                            name);
    return success({{u"name"_s, name}});
}

QJsonObject ControlServer::scale(const QJsonObject &request)
{
    const QString name = request.value(u"name").toString();
    const QJsonValue instances = request.value(u"instances");
    if (name.isEmpty() || !instances.isDouble() || instances.toDouble() != instances.toInt()) {
        return failure(tr("scale needs the \"name\" of a program and its number of "
                          "\"instances\""));
    }
    if (!m_supervisor->hasProgram(name)) {
        return failure(unknownProgram(name));
    }
    QString error;
    if (!m_supervisor->scaleProgram(name, instances.toInt(), &error)) {
        return failure(error);
    }
    return success({{u"name"_s, name},
                    {u"instances"_s, instances.toInt()},
                    {u"names"_s, toArray(m_supervisor->members(name))}});
}

QJsonObject ControlServer::reload(const QJsonObject &request)
{
    const ConfigurationKeeper::ReloadResult result
            = m_keeper->reload(request.value(u"path").toString());
    if (!result.ok) {
        return failure(result.error);
    }
    m_supervisor->emitEvent(
            EventKind::Control, Severity::Info,
            tr("configuration reloaded from %1: %2 added, %3 changed, %4 removed, %5 unchanged")
                    .arg(m_keeper->path())
                    .arg(result.added.size())
                    .arg(result.changed.size())
                    .arg(result.removed.size())
                    .arg(result.unchanged.size()));
    for (const QString &note : result.notes) {
        m_supervisor->emitEvent(EventKind::Error, Severity::Warning, note);
    }
    return success({{u"added"_s, toArray(result.added)},
                    {u"changed"_s, toArray(result.changed)},
                    {u"removed"_s, toArray(result.removed)},
                    {u"unchanged"_s, toArray(result.unchanged)},
                    {u"notes"_s, toArray(result.notes)}});
}

QJsonObject ControlServer::save(const QJsonObject &request)
{
    const QString path = request.value(u"path").toString();
    QString error;
    const bool saved = path.isEmpty() ? m_keeper->save(&error) : m_keeper->saveAs(path, &error);
    if (!saved) {
        return failure(error);
    }
    return success({{u"path"_s, m_keeper->path()}});
}
