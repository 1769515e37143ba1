// RemoteLauncher's requests for a view (docs/control.md): start, stop, restart and kill, add,
// update, remove, the configuration, a program's output and a ping, each through the agent.
#include "core/config/programstore.h"
#include "core/remote/remotelauncher.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

/// How much output a first request asks for: as much as a view keeps, as OutputView does.
constexpr int outputLines = 10000;

/// A request's done for a view: empty once the agent did it, why not otherwise.
RemoteLauncher::Done errorOnly(std::function<void(const QString &error)> done)
{
    return [done = std::move(done)](const QJsonObject &reply, const QString &error) {
        if (!error.isEmpty()) {
            done(error);
        } else {
            done(reply.value(u"ok"_s).toBool() ? QString() : reply.value(u"error"_s).toString());
        }
    };
}

} // namespace

void RemoteLauncher::act(const QString &command, const QString &name,
                         std::function<void(const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, command}, {u"name"_s, name}}, errorOnly(std::move(done)));
}

void RemoteLauncher::add(const ProgramSpec &spec, std::function<void(const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, u"add"_s},
                        {u"program"_s, ProgramStore::toJson(spec)},
                        {u"start"_s, spec.autostart}},
            errorOnly(std::move(done)));
}

void RemoteLauncher::update(const QString &name, const ProgramSpec &spec,
                            std::function<void(const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, u"update"_s},
                        {u"name"_s, name},
                        {u"program"_s, ProgramStore::toJson(spec)}},
            errorOnly(std::move(done)));
}

void RemoteLauncher::configuration(
        std::function<void(const QList<ProgramSpec> &programs, const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, u"configuration"_s}},
            [done = std::move(done), host = m_host.name](const QJsonObject &reply,
                                                         const QString &error) {
                if (!error.isEmpty() || !reply.value(u"ok"_s).toBool()) {
                    done({}, error.isEmpty() ? reply.value(u"error"_s).toString() : error);
                    return;
                }
                QList<ProgramSpec> programs;
                for (const QJsonValue &program : reply.value(u"programs"_s).toArray()) {
                    QString problem;
                    std::optional<ProgramSpec> spec
                            = ProgramStore::parseProgram(program.toObject(), QString(), &problem);
                    if (!spec) {
                        done({},
                             tr("%1 sent a program this window cannot read: %2")
                                     .arg(host, problem));
                        return;
                    }
                    programs.append(std::move(*spec));
                }
                done(programs, QString());
            });
}

void RemoteLauncher::remove(const QString &name, bool leaveRunning,
                            std::function<void(const QString &error)> done)
{
    request(QJsonObject{{u"command"_s, u"remove"_s},
                        {u"name"_s, name},
                        {u"leaveRunning"_s, leaveRunning}},
            errorOnly(std::move(done)));
}

void RemoteLauncher::output(const QString &name, std::optional<qint64> from,
                            std::function<void(const Output &output, const QString &error)> done)
{
    QJsonObject request{{u"command"_s, u"output"_s}, {u"name"_s, name}, {u"lines"_s, outputLines}};
    if (from) {
        request.insert(u"from"_s, *from);
    }
    this->request(request,
                  [done = std::move(done)](const QJsonObject &reply, const QString &error) {
                      if (!error.isEmpty() || !reply.value(u"ok"_s).toBool()) {
                          done({}, error.isEmpty() ? reply.value(u"error"_s).toString() : error);
                          return;
                      }
                      Output output{reply.value(u"file"_s).toString(),
                                    {},
                                    reply.value(u"end"_s).toInteger(),
                                    reply.value(u"restarted"_s).toBool(),
                                    reply.value(u"skipped"_s).toBool()};
                      for (const QJsonValue &line : reply.value(u"lines"_s).toArray()) {
                          output.lines.append(line.toString());
                      }
                      done(output, QString());
                  });
}

void RemoteLauncher::ping(const QString &name, int timeoutMs,
                          std::function<void(const PingResult &)> done)
{
    request(QJsonObject{{u"command"_s, u"ping"_s}, {u"name"_s, name}, {u"timeoutMs"_s, timeoutMs}},
            [done = std::move(done)](const QJsonObject &reply, const QString &error) {
                PingResult result;
                result.ok = error.isEmpty() && reply.value(u"ok"_s).toBool();
                result.error = error.isEmpty() ? reply.value(u"error"_s).toString() : error;
                result.reply = reply.value(u"reply"_s).toString();
                result.roundTripUs = reply.value(u"roundTripUs"_s).toInteger(-1);
                done(result);
            });
}
