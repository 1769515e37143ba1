// PM2's ecosystem file in its JSON form: {"apps": [{…}, …]} (or the array alone). Each app runs
// its script with the interpreter PM2 would pick, and "instances" become that many programs.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importtext.h"
#include "core/import/yamljson.h"

#include "core/config/configjson.h"
#include "core/model/replicas.h"
#include "core/model/shellwords.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <cmath>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace {

// PM2's defaults where zlauncher's differ.
constexpr int pm2KillTimeoutMs = 1600;
constexpr int pm2MaxRestarts = 16;

/// The keys PM2 documents that zlauncher has no counterpart for, with why.
QString unsupportedReason(const QString &key)
{
    if (key == u"exec_mode" || key == u"instance_var") {
        return Importer::tr("Node.js cluster mode is PM2's own; each instance runs as a program "
                            "of its own");
    }
    if (key == u"watch" || key == u"ignore_watch" || key == u"watch_options") {
        return Importer::tr("zlauncher does not restart on file changes");
    }
    if (key == u"cron_restart") {
        return Importer::tr("zlauncher does not restart on a schedule");
    }
    if (key.startsWith(u"env_")) {
        return Importer::tr("the environment of \"pm2 start --env %1\"; only \"env\" is used")
                .arg(key.mid(4));
    }
    if (key == u"error_file" || key == u"out_file" || key == u"log_file" || key == u"merge_logs"
        || key == u"log_date_format" || key == u"combine_logs" || key == u"pid_file") {
        return Importer::tr("zlauncher keeps each program's output in its own log (Details ▸ "
                            "Output)");
    }
    return Importer::tr("not supported by zlauncher");
}

/// PM2's interpreter for a script, from its extension (PM2's own table); empty to run the
/// script itself.
QString interpreterFor(const QString &script)
{
    static const QList<std::pair<QString, QString>> byExtension{
            {u".js"_s, u"node"_s}, {u".cjs"_s, u"node"_s},      {u".mjs"_s, u"node"_s},
            {u".ts"_s, u"bun"_s},  {u".tsx"_s, u"bun"_s},       {u".py"_s, u"python3"_s},
            {u".sh"_s, u"bash"_s}, {u".rb"_s, u"ruby"_s},       {u".php"_s, u"php"_s},
            {u".pl"_s, u"perl"_s}, {u".coffee"_s, u"coffee"_s}, {u".ls"_s, u"lsc"_s}};
    for (const auto &[extension, interpreter] : byExtension) {
        if (script.endsWith(extension)) {
            return interpreter;
        }
    }
    return {};
}

/// Milliseconds as PM2 accepts them: a number of ms, or "500ms", "3s", "1m", "1h".
std::optional<int> pm2Duration(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        return ms >= 0 && ms <= 1e9 ? std::optional(int(std::lround(ms))) : std::nullopt;
    }
    static const QRegularExpression pattern(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!value.isString() || !match.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    const double factor = unit == u"s" ? 1000 : unit == u"m" ? 60000 : unit == u"h" ? 3600000 : 1;
    const double ms = match.captured(1).toDouble() * factor;
    return ms <= 1e9 ? std::optional(int(std::lround(ms))) : std::nullopt;
}

/// PM2's max_memory_restart in MiB, rounded up: bytes, or "300M", "2G", "512K" (powers of 1024).
std::optional<int> pm2MemoryMiB(const QJsonValue &value)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    static const QRegularExpression pattern(u"^(\\d+)([KMG]?)$"_s);
    double bytes = 0;
    if (value.isDouble()) {
        bytes = value.toDouble();
    } else if (const QRegularExpressionMatch match = pattern.match(value.toString());
               value.isString() && match.hasMatch()) {
        const QString unit = match.captured(2);
        const double factor = unit == u"K" ? 1024.0
                : unit == u"M"             ? mebibyte
                : unit == u"G"             ? mebibyte * 1024.0
                                           : 1.0;
        bytes = match.captured(1).toDouble() * factor;
    } else {
        return std::nullopt;
    }
    const double mib = std::ceil(bytes / mebibyte);
    return mib >= 1 && mib <= 1024.0 * 1024.0 ? std::optional(int(mib)) : std::nullopt;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : ConfigJson::describe(value);
}

class AppReader
{
public:
    AppReader(const QJsonObject &app, const QString &folder, ImportResult *result)
        : m_app(app)
        , m_folder(folder)
        , m_result(result)
    { }

    /// The app as programs (several with "instances"); nullopt with *error for an app that
    /// cannot be one.
    std::optional<QList<ProgramSpec>> read(qsizetype index, QString *error);
    /// The app's name as written, and the key read() refused, for the error's line.
    QString writtenName() const { return m_app.value(u"name"_s).toString(); }
    QString refusedKey() const { return m_refusedKey; }

private:
    bool readKey(const QString &key, const QJsonValue &value, QString *error);
    bool readCommand(QString *error);
    void wrongValue(const QString &key, const QString &expected)
    {
        m_result->notMapped(m_spec.name, key,
                            Importer::tr("must be %1 (got %2); left as zlauncher's default")
                                    .arg(expected, ConfigJson::describe(m_app.value(key))));
    }

    QJsonObject m_app;
    QString m_folder;
    ImportResult *m_result;
    ProgramSpec m_spec;
    int m_instances = 1;
    QString m_refusedKey;
};

/// The app's script under any of the names PM2 accepts for it.
QString scriptOf(const QJsonObject &app)
{
    for (const QString &key : {u"script"_s, u"exec"_s, u"cmd"_s, u"command"_s}) {
        if (app.value(key).isString()) {
            return app.value(key).toString();
        }
    }
    return {};
}

std::optional<QList<ProgramSpec>> AppReader::read(qsizetype index, QString *error)
{
    const QString name = m_app.value(u"name"_s).toString();
    const QString script = scriptOf(m_app);
    if (script.isEmpty()) {
        *error = Importer::tr("app %1 has no \"script\"")
                         .arg(name.isEmpty() ? QString(u'#' + QString::number(index))
                                             : QString(u'"' + name + u'"'));
        return std::nullopt;
    }
    // PM2 names an app without a name after its script.
    m_spec.name = ImportText::programName(name.isEmpty() ? QFileInfo(script).baseName() : name);
    m_spec.kind = ProgramKind::Plain;
    m_spec.workingDirectory = m_folder;
    m_spec.stopGraceMs = pm2KillTimeoutMs;
    m_spec.maxRestarts = pm2MaxRestarts;
    for (auto it = m_app.begin(); it != m_app.end(); ++it) {
        if (!readKey(it.key(), it.value(), error)) {
            m_refusedKey = it.key();
            return std::nullopt;
        }
    }
    if (!readCommand(error)) {
        m_refusedKey = u"args"_s;
        return std::nullopt;
    }
    if (!m_app.contains(u"instances"_s)) {
        return QList<ProgramSpec>{m_spec};
    }
    const QString instanceVariable
            = m_app.value(u"instance_var"_s).toString(u"NODE_APP_INSTANCE"_s);
    // increment_var: that variable of env, plus one per instance (PM2's way to give ports).
    const QString increment = m_app.value(u"increment_var"_s).toString();
    // A sum per instance is beyond ${VAR}: that needs numbered programs.
    if (m_instances > 1 && increment.isEmpty()) {
        m_spec.instances = m_instances;
        m_spec.environment.insert(instanceVariable,
                                  u"${"_s + QLatin1StringView(zlauncher::env::instanceIndex)
                                          + u'}');
        m_result->mapped(m_spec.name, u"instances"_s,
                         Importer::tr("\"instances\": %1, replicas %2 … %3, each with %4 and "
                                      "ZLAUNCHER_INSTANCE_INDEX")
                                 .arg(m_instances)
                                 .arg(replicaName(m_spec.name, 0),
                                      replicaName(m_spec.name, m_instances - 1), instanceVariable));
        return QList<ProgramSpec>{m_spec};
    }
    const int base = m_spec.environment.value(increment).toInt();
    QList<ProgramSpec> programs;
    for (int instance = 0; instance < m_instances; ++instance) {
        ProgramSpec copy = m_spec;
        if (m_instances > 1) {
            copy.name = m_spec.name.left(58) + u'-' + QString::number(instance);
        }
        copy.environment.insert(u"ZLAUNCHER_INSTANCE_INDEX"_s, QString::number(instance));
        copy.environment.insert(instanceVariable, QString::number(instance));
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

bool AppReader::readKey(const QString &key, const QJsonValue &value, QString *error)
{
    const QString &name = m_spec.name;
    if (key == u"name" || key == u"script" || key == u"exec" || key == u"cmd" || key == u"command"
        || key == u"args" || key == u"interpreter" || key == u"exec_interpreter"
        || key == u"interpreter_args" || key == u"node_args" || key == u"instance_var"
        || key == u"increment_var") {
        return true; // readCommand() and read()
    }
    if (key == u"port") {
        m_spec.environment.insert(u"PORT"_s, ImportText::literal(text(value)));
        m_result->mapped(name, key, u"PORT="_s + text(value));
        return true;
    }
    if (key == u"cwd") {
        if (!value.isString()) {
            *error = Importer::tr("app \"%1\": \"cwd\" must be a string (got %2)")
                             .arg(name, ConfigJson::describe(value));
            return false;
        }
        m_spec.workingDirectory
                = QDir::cleanPath(QDir(m_folder).absoluteFilePath(value.toString()));
        m_result->mapped(name, key, u"workingDirectory: "_s + m_spec.workingDirectory);
    } else if (key == u"env") {
        if (!value.isObject()) {
            *error = Importer::tr("app \"%1\": \"env\" must be an object (got %2)")
                             .arg(name, ConfigJson::describe(value));
            return false;
        }
        const QJsonObject env = value.toObject();
        for (auto it = env.begin(); it != env.end(); ++it) {
            m_spec.environment.insert(it.key(), ImportText::literal(text(it.value())));
        }
        m_result->mapped(name, key,
                         Importer::tr("environment (%n variable(s))", nullptr, int(env.size())));
    } else if (key == u"instances") {
        const int cpus = QThread::idealThreadCount();
        // PM2: a number or numeric string; 0, "max" or any other text is one per CPU, a
        // negative n is CPUs + n, and the result is at least 1.
        const int asked = value.isDouble() ? value.toInt() : value.toString().toInt();
        m_instances = std::max(1, asked > 0 ? asked : cpus + asked);
        if (asked <= 0) {
            m_result->mapped(
                    name, key,
                    Importer::tr("%1 on this machine (%2 CPUs)").arg(m_instances).arg(cpus));
        }
    } else if (key == u"max_memory_restart") {
        const auto mib = pm2MemoryMiB(value);
        if (!mib) {
            wrongValue(key, Importer::tr("a number of bytes, or one with K, M or G"));
            return true;
        }
        m_spec.maxMemoryMiB = *mib;
        m_result->mapped(name, key,
                         Importer::tr("maxMemoryMiB: %1 (restarted after %2 samples above it in a "
                                      "row, one a second: a single spike is forgiven)")
                                 .arg(*mib)
                                 .arg(m_spec.memoryBreachSamples));
    } else if (key == u"autorestart") {
        if (!value.isBool()) {
            wrongValue(key, u"true or false"_s);
            return true;
        }
        m_spec.restart = value.toBool() ? RestartPolicy::Always : RestartPolicy::Never;
        m_result->mapped(name, key, u"restart: "_s + toString(m_spec.restart));
    } else if (key == u"autostart") {
        if (!value.isBool()) {
            wrongValue(key, u"true or false"_s);
            return true;
        }
        m_spec.autostart = value.toBool();
        m_result->mapped(name, key, u"autostart: "_s + (m_spec.autostart ? u"true"_s : u"false"_s));
    } else if (key == u"max_restarts") {
        if (!value.isDouble() || value.toInt() < 0) {
            wrongValue(key, u"a number"_s);
            return true;
        }
        m_spec.maxRestarts = value.toInt();
        m_result->mapped(name, key,
                         Importer::tr("maxRestarts: %1 (within restartWindowMs, %2 ms)")
                                 .arg(m_spec.maxRestarts)
                                 .arg(m_spec.restartWindowMs));
    } else if (key == u"min_uptime" || key == u"kill_timeout" || key == u"listen_timeout"
               || key == u"restart_delay") {
        const auto ms = pm2Duration(value);
        if (!ms || key == u"restart_delay") {
            if (key == u"restart_delay") {
                m_result->notMapped(name, key,
                                    Importer::tr("zlauncher backs off on its own (1 s doubling "
                                                 "to 30 s)"));
            } else {
                wrongValue(key, Importer::tr("milliseconds"));
            }
            return true;
        }
        int *target = key == u"min_uptime" ? &m_spec.minUptimeMs
                : key == u"kill_timeout"   ? &m_spec.stopGraceMs
                                           : &m_spec.startTimeoutMs;
        *target = key == u"listen_timeout" ? std::max(1, *ms) : *ms;
        const QString ours = key == u"min_uptime" ? u"minUptimeMs"_s
                : key == u"kill_timeout"          ? u"stopGraceMs"_s
                                                  : u"startTimeoutMs"_s;
        m_result->mapped(name, key, ours + u": "_s + QString::number(*target));
    } else {
        m_result->notMapped(name, key, unsupportedReason(key));
    }
    return true;
}

bool AppReader::readCommand(QString *error)
{
    const QString &name = m_spec.name;
    const QString script = scriptOf(m_app);
    if (script.contains(u' ')) {
        // PM2 runs a script with a space in it as a shell command.
        m_spec.program = u"bash"_s;
        m_spec.arguments = QStringList{u"-c"_s, ImportText::literal(script)};
        m_result->mapped(name, u"script"_s,
                         Importer::tr("bash -c, as PM2 runs a script with a space in it"));
        return true;
    }
    QStringList arguments;
    const QJsonValue args = m_app.value(u"args"_s);
    if (args.isString()) {
        arguments = ShellWords::split(args.toString()).arguments;
    } else if (!args.isUndefined() && !ConfigJson::readStringList(args, &arguments)) {
        *error = Importer::tr("app \"%1\": \"args\" must be a string or a list of strings (got %2)")
                         .arg(name, ConfigJson::describe(args));
        return false;
    }
    QString interpreter
            = m_app.value(u"interpreter"_s).toString(m_app.value(u"exec_interpreter"_s).toString());
    const bool chosen = !interpreter.isEmpty();
    if (!chosen) {
        interpreter = interpreterFor(script);
    }
    if (interpreter == u"none") {
        interpreter.clear();
    }
    QStringList words;
    if (!interpreter.isEmpty()) {
        words << interpreter
              << ShellWords::split(m_app.value(u"interpreter_args"_s)
                                           .toString(m_app.value(u"node_args"_s).toString()))
                         .arguments;
    }
    // A script with a path runs from the app's folder, as PM2 resolves it.
    const bool isPath = script.contains(u'/') || !interpreter.isEmpty();
    words << (isPath ? QDir::cleanPath(QDir(m_spec.workingDirectory).absoluteFilePath(script))
                     : script)
          << arguments;
    const ImportText::Command command = ImportText::fromWords(words);
    m_spec.program = command.program;
    m_spec.arguments = command.arguments;
    m_result->mapped(name, u"script"_s,
                     interpreter.isEmpty()
                             ? Importer::tr("program \"%1\"").arg(command.program)
                             : Importer::tr("program \"%1\" running %2 (%3)")
                                       .arg(interpreter, script,
                                            chosen ? Importer::tr("its \"interpreter\"")
                                                   : Importer::tr("PM2's interpreter for it")));
    if (!arguments.isEmpty()) {
        m_result->mapped(name, u"args"_s,
                         Importer::tr("%n argument(s)", nullptr, int(arguments.size())));
    }
    return true;
}

/// The line of offset in content, for a parse error.
int lineOf(const QByteArray &content, int offset)
{
    return int(content.left(offset).count('\n')) + 1;
}

/// The line where key is written for the app named appName, in JSON ("key":) or YAML (key:):
/// the first after the app's name, else the last before it (a key written before the name),
/// else the name's own line; 0 when neither is found. Qt's JSON reader keeps no positions.
int lineOfKey(const QByteArray &content, const QString &appName, const QString &key)
{
    const QString text = QString::fromUtf8(content);
    const auto keyPattern = [](const QString &name) {
        return uR"((?:"%1"|'%1'|(?<![\w"'])%1)\s*:)"_s.arg(QRegularExpression::escape(name));
    };
    qsizetype namedAt = -1;
    if (!appName.isEmpty()) {
        const QRegularExpression named(keyPattern(u"name"_s) + uR"(\s*["']?)"_s
                                       + QRegularExpression::escape(appName)
                                       + uR"(["']?\s*[,}\n])"_s);
        namedAt = named.match(text).capturedStart();
    }
    qsizetype at = -1;
    if (!key.isEmpty()) {
        const QRegularExpression keyAt(keyPattern(key));
        at = keyAt.match(text, std::max<qsizetype>(namedAt, 0)).capturedStart();
        if (at < 0 && namedAt > 0) {
            at = text.left(namedAt).lastIndexOf(keyAt);
        }
    }
    if (at < 0) {
        at = namedAt;
    }
    return at < 0 ? 0 : int(text.left(at).count(u'\n')) + 1;
}

/// The ecosystem file as JSON: read as JSON, or as YAML for a .yml or .yaml (PM2 reads both).
std::optional<QJsonValue> readDocument(const QString &path, const QByteArray &content,
                                       QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    if (path.endsWith(u".yml") || path.endsWith(u".yaml")) {
        QString yamlError;
        const auto value = YamlJson::parse(content, &yamlError);
        if (!value) {
            *error = fileName + u':' + yamlError.mid(yamlError.indexOf(u' ') + 1);
        }
        return value;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // PM2 evaluates its .json files as JavaScript, so some are not JSON at all.
        *error = Importer::tr("%1:%2: %3; PM2 reads this file as JavaScript, zlauncher as JSON: "
                              "convert it with node -e 'console.log(JSON.stringify(eval(\"(\" + "
                              "require(\"fs\").readFileSync(\"%1\", \"utf8\") + \")\"), null, 2))'")
                         .arg(fileName)
                         .arg(lineOf(content, parseError.offset))
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

namespace Importers {

std::optional<ImportResult> pm2(const QString &path, const QByteArray &content, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    if (path.endsWith(u".js") || path.endsWith(u".cjs") || path.endsWith(u".mjs")) {
        *error = Importer::tr("%1 is JavaScript, which zlauncher does not run; write it as JSON "
                              "first: node -e 'console.log(JSON.stringify(require(\"./%1\"), "
                              "null, 2))' > ecosystem.json")
                         .arg(fileName);
        return std::nullopt;
    }
    const std::optional<QJsonValue> read = readDocument(path, content, error);
    if (!read) {
        return std::nullopt;
    }
    const QJsonDocument document
            = read->isArray() ? QJsonDocument(read->toArray()) : QJsonDocument(read->toObject());
    QJsonArray apps;
    ImportResult result;
    const QJsonObject top = document.object();
    const QString listKey = top.contains(u"apps"_s) ? u"apps"_s : u"pm2"_s;
    if (document.isArray()) {
        apps = document.array();
    } else if (top.value(listKey).isArray() || top.value(listKey).isObject()) {
        // PM2 takes "apps", else "pm2"; one app object stands for a list of one.
        const QJsonValue list = top.value(listKey);
        apps = list.isArray() ? list.toArray() : QJsonArray{list};
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != listKey) {
                result.notMapped({}, it.key(),
                                 it.key() == u"deploy"
                                         ? Importer::tr("zlauncher does not deploy")
                                         : Importer::tr("not supported by zlauncher"));
            }
        }
    } else if (!scriptOf(top).isEmpty()) {
        apps.append(top);
    } else {
        *error = Importer::tr("%1: expected {\"apps\": [...]}, a list of apps, or one app")
                         .arg(fileName);
        return std::nullopt;
    }
    const QString folder = QFileInfo(path).absolutePath();
    for (qsizetype index = 0; index < apps.size(); ++index) {
        if (!apps.at(index).isObject()) {
            *error = Importer::tr("%1: app #%2 must be an object (got %3)")
                             .arg(fileName)
                             .arg(index)
                             .arg(ConfigJson::describe(apps.at(index)));
            return std::nullopt;
        }
        AppReader reader(apps.at(index).toObject(), folder, &result);
        QString appError;
        const auto programs = reader.read(index, &appError);
        if (!programs) {
            const int line = lineOfKey(content, reader.writtenName(), reader.refusedKey());
            *error = (line > 0 ? u"%1:%2: "_s.arg(fileName).arg(line) : fileName + u": "_s)
                    + appError;
            return std::nullopt;
        }
        result.configuration.programs << *programs;
    }
    if (!result.configuration.programs.isEmpty()) {
        result.mapped({}, Importer::tr("(PM2's defaults)"),
                      Importer::tr("where an app does not set them, kill_timeout 1600 and "
                                   "max_restarts 16: stopGraceMs: 1600, maxRestarts: 16 (PM2 "
                                   "stops with SIGINT, zlauncher with SIGTERM)"));
    }
    return result;
}

} // namespace Importers
