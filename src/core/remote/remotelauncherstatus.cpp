// RemoteLauncher's "status" request (docs/control.md): a program's spec and restart history,
// which a view of one program shows and the "list" snapshots leave out.
#include "core/config/programstore.h"
#include "core/remote/programstatusjson.h"
#include "core/remote/remotelauncher.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void RemoteLauncher::status(const QString &name,
                            std::function<void(const Status &status, const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, u"status"_s}, {u"name"_s, name}},
            [this, done = std::move(done)](const QJsonObject &reply, const QString &error) {
                if (!error.isEmpty() || !reply.value(u"ok"_s).toBool()) {
                    done({}, error.isEmpty() ? reply.value(u"error"_s).toString() : error);
                    return;
                }
                const QJsonObject program = reply.value(u"program"_s).toObject();
                QString problem;
                // Paths stay as the agent wrote them: they are its host's, not this one's.
                std::optional<ProgramSpec> spec = ProgramStore::parseProgram(
                        program.value(u"spec"_s).toObject(), QString(), &problem);
                if (!spec) {
                    done({},
                         tr("%1 sent a program this window cannot read: %2")
                                 .arg(m_host.name, problem));
                    return;
                }
                Status status{*spec, *spec, program.value(u"expansionError"_s).toString(),
                              ProgramStatusJson::toSnapshot(program, nowMs())};
                status.launch.program = program.value(u"program"_s).toString(spec->program);
                status.launch.arguments.clear();
                for (const QJsonValue &argument : program.value(u"arguments"_s).toArray()) {
                    status.launch.arguments.append(argument.toString());
                }
                status.snapshot.deaths
                        = ProgramStatusJson::toDeaths(program.value(u"deaths"_s).toArray());
                done(status, QString());
            });
}
