#include "core/import/pm2appreader.h"

#include "core/import/importer.h"
#include "core/import/importnotes.h"
#include "core/import/importprograms.h"
#include "core/import/importtext.h"
#include "core/import/pm2values.h"

#include "core/config/configjson.h"
#include "core/model/replicas.h"
#include "core/model/shellwords.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

Pm2AppReader::Pm2AppReader(const QJsonObject &app, const QString &folder, ImportResult *result)
    : m_app(app)
    , m_folder(folder)
    , m_result(result)
{ }

QString Pm2AppReader::writtenName() const
{
    return m_app.value(u"name"_s).toString();
}

std::optional<QList<ProgramSpec>> Pm2AppReader::read(qsizetype index, QString *error)
{
    const QString name = writtenName();
    const QString script = Pm2Values::scriptOf(m_app);
    if (script.isEmpty()) {
        *error = Importer::tr("app %1 has no \"script\"")
                         .arg(name.isEmpty() ? QString(u'#' + QString::number(index))
                                             : QString(u'"' + name + u'"'));
        return std::nullopt;
    }
    startSpec(name, script);
    if (!readKeys(error)) {
        return std::nullopt;
    }
    if (!readCommand(error)) {
        m_refusedKey = u"args"_s;
        return std::nullopt;
    }
    return instances();
}

void Pm2AppReader::startSpec(const QString &name, const QString &script)
{
    // PM2 names an app without a name after its script.
    m_spec.name = ImportText::programName(name.isEmpty() ? QFileInfo(script).baseName() : name);
    m_spec.kind = ProgramKind::Plain;
    m_spec.workingDirectory = m_folder;
    m_spec.stopGraceMs = Pm2Values::killTimeoutMs;
    m_spec.maxRestarts = Pm2Values::maxRestarts;
}

bool Pm2AppReader::readKeys(QString *error)
{
    // read(), readCommand() and instances() read these, once every other key is known.
    static const QStringList readLater{
            u"name"_s,        u"script"_s,           u"exec"_s,
            u"cmd"_s,         u"command"_s,          u"args"_s,
            u"interpreter"_s, u"exec_interpreter"_s, u"interpreter_args"_s,
            u"node_args"_s,   u"instance_var"_s,     u"increment_var"_s};
    for (auto it = m_app.begin(); it != m_app.end(); ++it) {
        const QString &key = it.key();
        if (readLater.contains(key)) {
            continue;
        }
        const auto reader = keyReaders().constFind(key);
        if (reader == keyReaders().constEnd()) {
            m_result->notMapped(m_spec.name, key, Pm2Values::unsupportedReason(key));
        } else if (!(this->**reader)(key, it.value(), error)) {
            m_refusedKey = key;
            return false;
        }
    }
    return true;
}

const QHash<QString, Pm2AppReader::KeyReader> &Pm2AppReader::keyReaders()
{
    static const QHash<QString, KeyReader> readers{
            {u"port"_s, &Pm2AppReader::readPort},
            {u"cwd"_s, &Pm2AppReader::readWorkingDirectory},
            {u"env"_s, &Pm2AppReader::readEnvironment},
            {u"instances"_s, &Pm2AppReader::readInstanceCount},
            {u"max_memory_restart"_s, &Pm2AppReader::readMemoryLimit},
            {u"autorestart"_s, &Pm2AppReader::readAutorestart},
            {u"autostart"_s, &Pm2AppReader::readAutostart},
            {u"max_restarts"_s, &Pm2AppReader::readMaxRestarts},
            {u"min_uptime"_s, &Pm2AppReader::readMinUptime},
            {u"kill_timeout"_s, &Pm2AppReader::readKillTimeout},
            {u"listen_timeout"_s, &Pm2AppReader::readListenTimeout},
            {u"restart_delay"_s, &Pm2AppReader::readRestartDelay},
    };
    return readers;
}

bool Pm2AppReader::readPort(const QString &key, const QJsonValue &value, QString *)
{
    m_spec.environment.insert(u"PORT"_s, ImportText::literal(Pm2Values::text(value)));
    m_result->mapped(m_spec.name, key, u"PORT="_s + Pm2Values::text(value));
    return true;
}

bool Pm2AppReader::readWorkingDirectory(const QString &key, const QJsonValue &value, QString *error)
{
    if (!value.isString()) {
        *error = Importer::tr("app \"%1\": \"cwd\" must be a string (got %2)")
                         .arg(m_spec.name, ConfigJson::describe(value));
        return false;
    }
    m_spec.workingDirectory = ImportPrograms::absolutePath(m_folder, value.toString());
    m_result->mapped(m_spec.name, key, ImportNotes::workingDirectory(m_spec.workingDirectory));
    return true;
}

bool Pm2AppReader::readEnvironment(const QString &key, const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = Importer::tr("app \"%1\": \"env\" must be an object (got %2)")
                         .arg(m_spec.name, ConfigJson::describe(value));
        return false;
    }
    const QJsonObject env = value.toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        m_spec.environment.insert(it.key(), ImportText::literal(Pm2Values::text(it.value())));
    }
    m_result->mapped(m_spec.name, key, ImportNotes::environment(int(env.size())));
    return true;
}

bool Pm2AppReader::readInstanceCount(const QString &key, const QJsonValue &value, QString *)
{
    const int cpus = QThread::idealThreadCount();
    // PM2: a number or numeric string; 0, "max" or any other text is one per CPU, a
    // negative n is CPUs + n, and the result is at least 1.
    const int asked = value.isDouble() ? value.toInt() : value.toString().toInt();
    m_instances = std::max(1, asked > 0 ? asked : cpus + asked);
    if (asked <= 0) {
        m_result->mapped(m_spec.name, key,
                         Importer::tr("%1 on this machine (%2 CPUs)").arg(m_instances).arg(cpus));
    }
    return true;
}

bool Pm2AppReader::readMemoryLimit(const QString &key, const QJsonValue &value, QString *)
{
    const auto mib = Pm2Values::memoryMiB(value);
    if (!mib) {
        wrongValue(key, Importer::tr("a number of bytes, or one with K, M or G"));
        return true;
    }
    m_spec.maxMemoryMiB = *mib;
    m_result->mapped(m_spec.name, key,
                     Importer::tr("maxMemoryMiB: %1 (restarted after %2 samples above it in a "
                                  "row, one a second: a single spike is forgiven)")
                             .arg(*mib)
                             .arg(m_spec.memoryBreachSamples));
    return true;
}

bool Pm2AppReader::readAutorestart(const QString &key, const QJsonValue &value, QString *)
{
    if (!value.isBool()) {
        wrongValue(key, u"true or false"_s);
        return true;
    }
    m_spec.restart = value.toBool() ? RestartPolicy::Always : RestartPolicy::Never;
    m_result->mapped(m_spec.name, key, ImportNotes::restart(m_spec.restart));
    return true;
}

bool Pm2AppReader::readAutostart(const QString &key, const QJsonValue &value, QString *)
{
    if (!value.isBool()) {
        wrongValue(key, u"true or false"_s);
        return true;
    }
    m_spec.autostart = value.toBool();
    m_result->mapped(m_spec.name, key, ImportNotes::autostart(m_spec.autostart));
    return true;
}

bool Pm2AppReader::readMaxRestarts(const QString &key, const QJsonValue &value, QString *)
{
    if (!value.isDouble() || value.toInt() < 0) {
        wrongValue(key, u"a number"_s);
        return true;
    }
    m_spec.maxRestarts = value.toInt();
    m_result->mapped(m_spec.name, key,
                     Importer::tr("maxRestarts: %1 (within restartWindowMs, %2 ms)")
                             .arg(m_spec.maxRestarts)
                             .arg(m_spec.restartWindowMs));
    return true;
}

bool Pm2AppReader::readMinUptime(const QString &key, const QJsonValue &value, QString *)
{
    readDuration(key, value, &m_spec.minUptimeMs, u"minUptimeMs"_s, 0);
    return true;
}

bool Pm2AppReader::readKillTimeout(const QString &key, const QJsonValue &value, QString *)
{
    readDuration(key, value, &m_spec.stopGraceMs, u"stopGraceMs"_s, 0);
    return true;
}

bool Pm2AppReader::readListenTimeout(const QString &key, const QJsonValue &value, QString *)
{
    // zlauncher's start timeout must be positive.
    readDuration(key, value, &m_spec.startTimeoutMs, u"startTimeoutMs"_s, 1);
    return true;
}

bool Pm2AppReader::readRestartDelay(const QString &key, const QJsonValue &, QString *)
{
    m_result->notMapped(m_spec.name, key, ImportNotes::backsOffOnItsOwn());
    return true;
}

void Pm2AppReader::readDuration(const QString &key, const QJsonValue &value, int *target,
                                const QString &ours, int minimum)
{
    const auto ms = Pm2Values::duration(value);
    if (!ms) {
        wrongValue(key, Importer::tr("milliseconds"));
        return;
    }
    *target = std::max(minimum, *ms);
    m_result->mapped(m_spec.name, key, ImportNotes::setting(ours, *target));
}

void Pm2AppReader::wrongValue(const QString &key, const QString &expected)
{
    m_result->notMapped(m_spec.name, key,
                        Importer::tr("must be %1 (got %2); left as zlauncher's default")
                                .arg(expected, ConfigJson::describe(m_app.value(key))));
}

bool Pm2AppReader::readCommand(QString *error)
{
    const QString script = Pm2Values::scriptOf(m_app);
    if (script.contains(u' ')) {
        // PM2 runs a script with a space in it as a shell command.
        m_spec.program = u"bash"_s;
        m_spec.arguments = QStringList{u"-c"_s, ImportText::literal(script)};
        m_result->mapped(m_spec.name, u"script"_s,
                         Importer::tr("bash -c, as PM2 runs a script with a space in it"));
        return true;
    }
    QStringList arguments;
    if (!readArguments(&arguments, error)) {
        return false;
    }
    bool chosen = false;
    const QString interpreter = this->interpreter(script, &chosen);
    QStringList words;
    if (!interpreter.isEmpty()) {
        words << interpreter
              << ShellWords::split(m_app.value(u"interpreter_args"_s)
                                           .toString(m_app.value(u"node_args"_s).toString()))
                         .arguments;
    }
    // A script with a path runs from the app's folder, as PM2 resolves it.
    const bool isPath = script.contains(u'/') || !interpreter.isEmpty();
    words << (isPath ? ImportPrograms::absolutePath(m_spec.workingDirectory, script) : script)
          << arguments;
    const ImportText::Command command = ImportText::fromWords(words);
    m_spec.program = command.program;
    m_spec.arguments = command.arguments;
    noteCommand(script, interpreter, chosen, arguments.size());
    return true;
}

bool Pm2AppReader::readArguments(QStringList *arguments, QString *error) const
{
    const QJsonValue args = m_app.value(u"args"_s);
    if (args.isString()) {
        *arguments = ShellWords::split(args.toString()).arguments;
    } else if (!args.isUndefined() && !ConfigJson::readStringList(args, arguments)) {
        *error = Importer::tr("app \"%1\": \"args\" must be a string or a list of strings (got %2)")
                         .arg(m_spec.name, ConfigJson::describe(args));
        return false;
    }
    return true;
}

QString Pm2AppReader::interpreter(const QString &script, bool *chosen) const
{
    QString interpreter
            = m_app.value(u"interpreter"_s).toString(m_app.value(u"exec_interpreter"_s).toString());
    *chosen = !interpreter.isEmpty();
    if (!*chosen) {
        interpreter = Pm2Values::interpreterFor(script);
    }
    return interpreter == u"none" ? QString() : interpreter;
}

void Pm2AppReader::noteCommand(const QString &script, const QString &interpreter, bool chosen,
                               qsizetype arguments)
{
    m_result->mapped(m_spec.name, u"script"_s,
                     interpreter.isEmpty()
                             ? Importer::tr("program \"%1\"").arg(m_spec.program)
                             : Importer::tr("program \"%1\" running %2 (%3)")
                                       .arg(interpreter, script,
                                            chosen ? Importer::tr("its \"interpreter\"")
                                                   : Importer::tr("PM2's interpreter for it")));
    if (arguments > 0) {
        m_result->mapped(m_spec.name, u"args"_s,
                         Importer::tr("%n argument(s)", nullptr, int(arguments)));
    }
}

QList<ProgramSpec> Pm2AppReader::instances()
{
    if (!m_app.contains(u"instances"_s)) {
        return {m_spec};
    }
    const QString instanceVariable
            = m_app.value(u"instance_var"_s).toString(u"NODE_APP_INSTANCE"_s);
    // increment_var: that variable of env, plus one per instance (PM2's way to give ports).
    const QString increment = m_app.value(u"increment_var"_s).toString();
    // A sum per instance is beyond ${VAR}: that needs numbered programs.
    if (m_instances == 1 || !increment.isEmpty()) {
        return numberedPrograms(instanceVariable, increment);
    }
    ImportPrograms::makeReplicaSet(&m_spec, m_instances, instanceVariable);
    m_result->mapped(m_spec.name, u"instances"_s,
                     Importer::tr("\"instances\": %1, replicas %2 … %3, each with %4 and "
                                  "ZLAUNCHER_INSTANCE_INDEX")
                             .arg(m_instances)
                             .arg(replicaName(m_spec.name, 0),
                                  replicaName(m_spec.name, m_instances - 1), instanceVariable));
    return {m_spec};
}

QList<ProgramSpec> Pm2AppReader::numberedPrograms(const QString &instanceVariable,
                                                  const QString &increment)
{
    const int base = m_spec.environment.value(increment).toInt();
    QList<ProgramSpec> programs;
    for (int instance = 0; instance < m_instances; ++instance) {
        ProgramSpec copy = m_spec;
        if (m_instances > 1) {
            copy.name = ImportPrograms::numberedName(m_spec.name, instance, 1);
        }
        ImportPrograms::setInstanceNumber(&copy, instance, instanceVariable);
        if (!increment.isEmpty()) {
            copy.environment.insert(increment, QString::number(base + instance));
        }
        programs.append(copy);
    }
    m_result->mapped(
            m_spec.name, u"instances"_s,
            m_instances == 1
                    ? Importer::tr("one program, with %1=0 and ZLAUNCHER_INSTANCE_INDEX=0")
                              .arg(instanceVariable)
                    : Importer::tr("%1 programs %2 … %3, each with %4 and "
                                   "ZLAUNCHER_INSTANCE_INDEX: increment_var needs a value of "
                                   "its own in each")
                              .arg(m_instances)
                              .arg(programs.first().name, programs.last().name, instanceVariable));
    if (!increment.isEmpty()) {
        m_result->mapped(
                m_spec.name, u"increment_var"_s,
                Importer::tr("%1 from %2, one more for each program").arg(increment).arg(base));
    }
    return programs;
}
