// process-compose's YAML, read with yaml-cpp: "processes" with their commands (run by bash, as
// process-compose runs them), availability, depends_on conditions, probes, shutdown and replicas.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importtext.h"
#include "core/model/replicas.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>
#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// "line N" of a node, for messages (yaml-cpp counts from 0).
int lineOf(const YAML::Node &node)
{
    return node.Mark().line + 1;
}

/// A map's key as a name; a key that is empty or not a single value is said so, never dropped.
QString keyName(const YAML::Node &key)
{
    if (!key.IsScalar() || key.Scalar().empty()) {
        return Importer::tr("(a key without a name, line %1)").arg(lineOf(key));
    }
    return qs(key.Scalar());
}

/// A problem at a node, thrown to importProcessCompose(), which names the file.
struct NodeError
{
    int line;
    QString message;
};

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar()) {
        throw NodeError{lineOf(node), Importer::tr("\"%1\" must be a single value").arg(key)};
    }
    return qs(node.Scalar());
}

int number(const YAML::Node &node, const QString &key)
{
    bool ok = false;
    const double value = scalar(node, key).toDouble(&ok);
    if (!ok || value < 0 || value > 1e6) {
        throw NodeError{
                lineOf(node),
                Importer::tr("\"%1\" must be a number (got \"%2\")").arg(key, qs(node.Scalar()))};
    }
    return int(value);
}

/// process-compose's environment: a list of "NAME=value", or (newer files) a map.
QMap<QString, QString> environmentOf(const YAML::Node &node)
{
    QMap<QString, QString> environment;
    if (node.IsMap()) {
        for (const auto &entry : node) {
            environment.insert(qs(entry.first.Scalar()),
                               ImportText::withReferences(scalar(entry.second, u"environment"_s)));
        }
        return environment;
    }
    if (!node.IsSequence()) {
        throw NodeError{lineOf(node), Importer::tr("\"environment\" must be a list of NAME=value")};
    }
    for (const YAML::Node &item : node) {
        const QString text = scalar(item, u"environment"_s);
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            throw NodeError{lineOf(item),
                            Importer::tr("\"environment\" entries must be NAME=value (got \"%1\")")
                                    .arg(text)};
        }
        environment.insert(text.left(equals), ImportText::withReferences(text.mid(equals + 1)));
    }
    return environment;
}

const QString replicaTemplate = u"{{.PC_REPLICA_NUM}}"_s;

/// spec with process-compose's template {{.PC_REPLICA_NUM}} replaced by number, wherever it may
/// be.
ProgramSpec withReplicaNumber(ProgramSpec spec, const QString &number)
{
    const auto fill = [&](QString &text) { text.replace(replicaTemplate, number); };
    fill(spec.program);
    for (QString &argument : spec.arguments) {
        fill(argument);
    }
    for (std::optional<ProbeSpec> *probe : {&spec.readinessProbe, &spec.livenessProbe}) {
        if (*probe) {
            fill((*probe)->target);
            for (QString &word : (*probe)->command) {
                fill(word);
            }
        }
    }
    return spec;
}

class ProcessReader
{
public:
    ProcessReader(const QString &name, const QString &folder, ImportResult *result)
        : m_name(name)
        , m_folder(folder)
        , m_result(result)
    {
        m_spec.name = ImportText::programName(name);
        m_spec.kind = ProgramKind::Plain;
        m_spec.workingDirectory = folder;
        // process-compose's defaults: with no availability, a process runs once; a stop
        // waits 10 s for it before SIGKILL.
        m_spec.restart = RestartPolicy::Never;
        m_spec.stopGraceMs = 10000;
    }

    /// The process as programs: one, or one per replica.
    QList<ProgramSpec> read(const YAML::Node &process);

private:
    void readKey(const QString &key, const YAML::Node &value);
    void readAvailability(const YAML::Node &availability);
    void readDependencies(const YAML::Node &dependencies);
    void readShutdown(const YAML::Node &shutdown);
    /// The process as one program with "instances".
    ProgramSpec replicaSet() const;
    /// A Go template other than {{.PC_REPLICA_NUM}} stays as written: said, not hidden.
    void reportTemplatesLeft();
    /// nullopt, said in the report, for a probe zlauncher cannot run.
    std::optional<ProbeSpec> probe(const QString &key, const YAML::Node &node);

    QString m_name;
    QString m_folder;
    ImportResult *m_result;
    ProgramSpec m_spec;
    int m_replicas = 1;
};

QList<ProgramSpec> ProcessReader::read(const YAML::Node &process)
{
    if (!process.IsMap() || (!process["command"] && !process["entrypoint"])) {
        throw NodeError{lineOf(process),
                        Importer::tr("process \"%1\" must have a \"command\"").arg(m_name)};
    }
    if (process["command"] && process["entrypoint"]) {
        m_result->notMapped(m_spec.name, u"entrypoint"_s,
                            Importer::tr("\"command\" wins over it, as in process-compose"));
    }
    bool hasAvailability = false;
    for (const auto &entry : process) {
        const QString key = keyName(entry.first);
        hasAvailability = hasAvailability || key == u"availability";
        readKey(key, entry.second);
    }
    if (!hasAvailability) {
        m_result->mapped(m_spec.name, u"availability"_s,
                         Importer::tr("absent: restart: never, as process-compose runs it once"));
    }
    reportTemplatesLeft();
    if (m_replicas == 1) {
        return {withReplicaNumber(m_spec, u"0"_s)};
    }
    // A probe is not expanded, so one that needs the number needs numbered programs.
    const bool probeNeedsNumber
            = std::any_of(allProbeRoles.begin(), allProbeRoles.end(), [this](ProbeRole role) {
                  const std::optional<ProbeSpec> &probe = m_spec.probe(role);
                  return probe
                          && (probe->target.contains(replicaTemplate)
                              || probe->command.join(u' ').contains(replicaTemplate));
              });
    if (!probeNeedsNumber) {
        return {replicaSet()};
    }
    QList<ProgramSpec> programs;
    // process-compose pads the number to the digits of the count: web-00 … web-11.
    const int digits = int(QString::number(m_replicas).size());
    for (int replica = 0; replica < m_replicas; ++replica) {
        ProgramSpec copy = m_spec;
        copy.name = m_spec.name.left(58) + u'-'
                + QString::number(replica).rightJustified(digits, u'0');
        copy.environment.insert(u"ZLAUNCHER_INSTANCE_INDEX"_s, QString::number(replica));
        copy.environment.insert(u"PC_REPLICA_NUM"_s, QString::number(replica));
        programs.append(withReplicaNumber(copy, QString::number(replica)));
    }
    m_result->mapped(m_spec.name, u"replicas"_s,
                     Importer::tr("%1 programs %2 … %3, each with PC_REPLICA_NUM and "
                                  "ZLAUNCHER_INSTANCE_INDEX: a probe uses {{.PC_REPLICA_NUM}}, "
                                  "and probes are not expanded")
                             .arg(m_replicas)
                             .arg(programs.first().name, programs.last().name));
    return programs;
}

ProgramSpec ProcessReader::replicaSet() const
{
    const QString index = u"${"_s + QLatin1StringView(zlauncher::env::instanceIndex) + u'}';
    ProgramSpec set = withReplicaNumber(m_spec, index);
    set.instances = m_replicas;
    set.environment.insert(u"PC_REPLICA_NUM"_s, index);
    const QString first = replicaName(set.name, 0);
    const QString last = replicaName(set.name, m_replicas - 1);
    QString detail = Importer::tr("\"instances\": %1, replicas %2 … %3, each with "
                                  "ZLAUNCHER_INSTANCE_INDEX, PC_REPLICA_NUM and "
                                  "{{.PC_REPLICA_NUM}} as ${ZLAUNCHER_INSTANCE_INDEX}")
                             .arg(m_replicas)
                             .arg(first, last);
    if (const int digits = int(QString::number(m_replicas).size()); digits > 1) {
        // process-compose pads the number to the digits of the count: web-00 … web-11.
        detail += Importer::tr("; process-compose names them %1 … %2")
                          .arg(set.name + u'-' + u"0"_s.rightJustified(digits, u'0'),
                               set.name + u'-'
                                       + QString::number(m_replicas - 1)
                                                 .rightJustified(digits, u'0'));
    }
    m_result->mapped(m_spec.name, u"replicas"_s, detail);
    return set;
}

void ProcessReader::reportTemplatesLeft()
{
    static const QRegularExpression goTemplate(u"\\{\\{[^}]*\\}\\}"_s);
    QStringList texts = QStringList{m_spec.program} + m_spec.arguments;
    for (const std::optional<ProbeSpec> *probe : {&m_spec.readinessProbe, &m_spec.livenessProbe}) {
        if (*probe) {
            texts << (*probe)->target << (*probe)->command;
        }
    }
    QStringList left;
    for (const QString &text : std::as_const(texts)) {
        for (auto it = goTemplate.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(0);
            if (found != u"{{.PC_REPLICA_NUM}}" && !left.contains(found)) {
                left << found;
            }
        }
    }
    if (!left.isEmpty()) {
        m_result->notMapped(m_spec.name, Importer::tr("(templates)"),
                            Importer::tr("process-compose's Go templates are not filled in, but "
                                         "{{.PC_REPLICA_NUM}}: %1 stays as written; write the "
                                         "value instead")
                                    .arg(left.join(u", "_s)));
    }
}

void ProcessReader::readKey(const QString &key, const YAML::Node &value)
{
    const QString &name = m_spec.name;
    if (key == u"command") {
        const ImportText::Command command = ImportText::fromShellLine(
                scalar(value, key), u"bash"_s, ImportText::Dollars::ToolFirst);
        m_spec.program = command.program;
        m_spec.arguments = command.arguments;
        m_result->mapped(name, key,
                         command.throughShell
                                 ? Importer::tr("bash -c, as process-compose runs it (the line "
                                                "uses shell syntax)")
                                 : Importer::tr("program \"%1\" with %n argument(s), run directly",
                                                nullptr, int(command.arguments.size()))
                                           .arg(command.program));
    } else if (key == u"entrypoint") {
        if (!value.IsSequence() || value.size() == 0) {
            throw NodeError{lineOf(value), Importer::tr("\"entrypoint\" must be a list of words")};
        }
        if (m_spec.program.isEmpty()) {
            QStringList words;
            for (const YAML::Node &word : value) {
                words << ImportText::withReferences(scalar(word, key));
            }
            m_spec.program = words.takeFirst();
            m_spec.arguments = words;
            m_result->mapped(name, key,
                             Importer::tr("program \"%1\" with %n argument(s), run directly",
                                          nullptr, int(words.size()))
                                     .arg(m_spec.program));
        }
    } else if (key == u"env_file") {
        m_spec.envFile = QDir::cleanPath(
                QDir(m_spec.workingDirectory).absoluteFilePath(scalar(value, key)));
        m_result->mapped(name, key, u"envFile: "_s + m_spec.envFile);
    } else if (key == u"working_dir") {
        m_spec.workingDirectory
                = QDir::cleanPath(QDir(m_folder).absoluteFilePath(scalar(value, key)));
        m_result->mapped(name, key, u"workingDirectory: "_s + m_spec.workingDirectory);
    } else if (key == u"environment") {
        m_spec.environment.insert(environmentOf(value));
        m_result->mapped(name, key,
                         Importer::tr("environment (%n variable(s))", nullptr,
                                      int(m_spec.environment.size())));
    } else if (key == u"availability") {
        readAvailability(value);
    } else if (key == u"depends_on") {
        readDependencies(value);
    } else if (key == u"readiness_probe" || key == u"liveness_probe") {
        const ProbeRole role
                = key == u"readiness_probe" ? ProbeRole::Readiness : ProbeRole::Liveness;
        if (const auto probed = probe(key, value)) {
            (role == ProbeRole::Readiness ? m_spec.readinessProbe : m_spec.livenessProbe) = probed;
            m_result->mapped(name, key, probeKey(role) + u": "_s + probed->describe());
        }
    } else if (key == u"shutdown") {
        readShutdown(value);
    } else if (key == u"disabled") {
        m_spec.autostart = scalar(value, key) != u"true";
        m_result->mapped(name, key, u"autostart: "_s + (m_spec.autostart ? u"true"_s : u"false"_s));
    } else if (key == u"replicas") {
        m_replicas = std::max(1, number(value, key));
    } else if (key == u"description") {
        m_result->notMapped(name, key, Importer::tr("zlauncher has no description field"));
    } else if (key == u"is_daemon") {
        m_result->notMapped(name, key,
                            Importer::tr("zlauncher supervises the process it starts; run the "
                                         "daemon in the foreground"));
    } else if (key.startsWith(u"log_") || key == u"is_tty") {
        m_result->notMapped(name, key,
                            Importer::tr("zlauncher keeps each program's output in its own log "
                                         "(Details ▸ Output)"));
    } else {
        m_result->notMapped(name, key, Importer::tr("not supported by zlauncher"));
    }
}

void ProcessReader::readAvailability(const YAML::Node &availability)
{
    const QString &name = m_spec.name;
    for (const auto &entry : availability) {
        const QString key = u"availability."_s + keyName(entry.first);
        const YAML::Node &value = entry.second;
        if (key == u"availability.restart") {
            const QString policy = scalar(value, key);
            if (policy == u"always") {
                m_spec.restart = RestartPolicy::Always;
            } else if (policy == u"on_failure") {
                m_spec.restart = RestartPolicy::OnFailure;
            } else if (policy == u"no") {
                m_spec.restart = RestartPolicy::Never;
            } else {
                m_result->notMapped(name, key,
                                    policy == u"exit_on_failure"
                                            ? Importer::tr("zlauncher does not stop every program "
                                                           "when one fails; restart: never kept")
                                            : Importer::tr("\"%1\" is not a process-compose "
                                                           "policy; restart: never kept")
                                                      .arg(policy));
                continue;
            }
            m_result->mapped(name, key, u"restart: "_s + toString(m_spec.restart));
        } else if (key == u"availability.max_restarts") {
            const int restarts = number(value, key);
            if (restarts == 0) {
                m_result->notMapped(name, key,
                                    Importer::tr("0 means no limit in process-compose; zlauncher "
                                                 "always has one (maxRestarts %1 in %2 s)")
                                            .arg(m_spec.maxRestarts)
                                            .arg(m_spec.restartWindowMs / 1000));
                continue;
            }
            m_spec.maxRestarts = restarts;
            m_result->mapped(name, key, u"maxRestarts: "_s + QString::number(restarts));
        } else if (key == u"availability.backoff_seconds") {
            m_result->notMapped(name, key,
                                Importer::tr("zlauncher backs off on its own (1 s doubling to "
                                             "30 s)"));
        } else {
            m_result->notMapped(name, key, Importer::tr("not supported by zlauncher"));
        }
    }
}

void ProcessReader::readDependencies(const YAML::Node &dependencies)
{
    const QString &name = m_spec.name;
    if (!dependencies.IsMap()) {
        throw NodeError{lineOf(dependencies),
                        Importer::tr("\"depends_on\" must map process names to a condition")};
    }
    for (const auto &entry : dependencies) {
        const QString dependency = ImportText::programName(qs(entry.first.Scalar()));
        // {condition: X}, or the short form "name: X" that process-compose's docs also use.
        const YAML::Node &value = entry.second;
        const YAML::Node condition = value.IsMap() ? value["condition"] : value;
        const QString given = condition && condition.IsScalar() && !condition.Scalar().empty()
                ? scalar(condition, u"condition"_s)
                : u"process_started"_s;
        static const QMap<QString, DependencyCondition> conditions{
                {u"process_started"_s, DependencyCondition::Started},
                {u"process_healthy"_s, DependencyCondition::Healthy},
                {u"process_completed"_s, DependencyCondition::Completed},
                {u"process_completed_successfully"_s, DependencyCondition::CompletedSuccessfully}};
        m_spec.dependsOn.append(dependency);
        const auto known = conditions.find(given);
        if (known == conditions.end()) {
            m_result->notMapped(name, u"depends_on."_s + dependency,
                                Importer::tr("condition \"%1\" has no counterpart; \"ready\" "
                                             "used")
                                        .arg(given));
            continue;
        }
        if (*known != DependencyCondition::Ready) {
            m_spec.dependencyConditions.insert(dependency, *known);
        }
        m_result->mapped(name, u"depends_on."_s + dependency,
                         u"dependsOn "_s + dependency + u", condition "_s + toString(*known));
    }
}

void ProcessReader::readShutdown(const YAML::Node &shutdown)
{
    const QString &name = m_spec.name;
    for (const auto &entry : shutdown) {
        const QString key = u"shutdown."_s + keyName(entry.first);
        if (key == u"shutdown.timeout_seconds") {
            m_spec.stopGraceMs = number(entry.second, key) * 1000;
            m_result->mapped(name, key, u"stopGraceMs: "_s + QString::number(m_spec.stopGraceMs));
        } else if (key == u"shutdown.signal" && scalar(entry.second, key) == u"15") {
            m_result->mapped(name, key, Importer::tr("SIGTERM, what zlauncher sends"));
        } else if (key == u"shutdown.command") {
            m_result->notMapped(name, key,
                                Importer::tr("zlauncher stops a program with SIGTERM, then "
                                             "SIGKILL after stopGraceMs"));
        } else {
            m_result->notMapped(name, key, Importer::tr("not supported by zlauncher"));
        }
    }
}

std::optional<ProbeSpec> ProcessReader::probe(const QString &key, const YAML::Node &node)
{
    ProbeSpec probe;
    if (const YAML::Node exec = node["exec"]) {
        const ImportText::Command command
                = ImportText::fromShellLine(scalar(exec["command"], key + u".exec.command"_s),
                                            u"bash"_s, ImportText::Dollars::ToolFirst);
        probe.type = ProbeType::Exec;
        probe.command = QStringList{command.program} + command.arguments;
    } else if (const YAML::Node http = node["http_get"]) {
        const QString scheme = http["scheme"] ? scalar(http["scheme"], u"scheme"_s) : u"http"_s;
        if (scheme != u"http") {
            m_result->notMapped(m_spec.name, key,
                                Importer::tr("zlauncher probes http, not %1: the probe is left "
                                             "out")
                                        .arg(scheme));
            return std::nullopt;
        }
        const QString host = http["host"] ? scalar(http["host"], u"host"_s) : u"127.0.0.1"_s;
        const QString port = http["port"] ? scalar(http["port"], u"port"_s) : u"80"_s;
        const QString path = http["path"] ? scalar(http["path"], u"path"_s) : u"/"_s;
        probe.type = ProbeType::Http;
        probe.target
                = u"http://"_s + host + u':' + port + (path.startsWith(u'/') ? path : u'/' + path);
    } else {
        throw NodeError{lineOf(node),
                        Importer::tr("\"%1\" needs \"exec\" or \"http_get\"").arg(key)};
    }
    const auto seconds = [&](const char *name, int *target) {
        if (const YAML::Node value = node[name]) {
            *target = number(value, qs(name)) * 1000;
        }
    };
    seconds("initial_delay_seconds", &probe.initialDelayMs);
    seconds("period_seconds", &probe.periodMs);
    seconds("timeout_seconds", &probe.timeoutMs);
    if (const YAML::Node value = node["failure_threshold"]) {
        probe.failureThreshold = number(value, u"failure_threshold"_s);
    }
    if (const YAML::Node value = node["success_threshold"]) {
        probe.successThreshold = number(value, u"success_threshold"_s);
    }
    return probe;
}

} // namespace

namespace Importers {

std::optional<ImportResult> processCompose(const QString &path, const QByteArray &content,
                                           QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString folder = QFileInfo(path).absolutePath();
    ImportResult result;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        const YAML::Node processes = root["processes"];
        if (!root.IsMap() || !processes || !processes.IsMap()) {
            *error = Importer::tr("%1: expected a \"processes:\" map").arg(fileName);
            return std::nullopt;
        }
        QMap<QString, QString> shared;
        for (const auto &entry : root) {
            const QString key = keyName(entry.first);
            if (key == u"environment") {
                shared = environmentOf(entry.second);
                result.mapped({}, key, Importer::tr("added to every program's environment"));
            } else if (key == u"version") {
                result.mapped(
                        {}, key,
                        Importer::tr("read as process-compose %1").arg(qs(entry.second.Scalar())));
            } else if (key != u"processes") {
                result.notMapped({}, key,
                                 Importer::tr("process-compose's own setting; zlauncher "
                                              "has no counterpart"));
            }
        }
        for (const auto &entry : processes) {
            ProcessReader reader(qs(entry.first.Scalar()), folder, &result);
            for (ProgramSpec program : reader.read(entry.second)) {
                for (auto it = shared.begin(); it != shared.end(); ++it) {
                    if (!program.environment.contains(it.key())) {
                        program.environment.insert(it.key(), it.value());
                    }
                }
                result.configuration.programs.append(program);
            }
        }
    } catch (const YAML::Exception &exception) {
        *error = Importer::tr("%1:%2: %3")
                         .arg(fileName)
                         .arg(exception.mark.line + 1)
                         .arg(qs(exception.msg));
        return std::nullopt;
    } catch (const NodeError &problem) {
        *error = Importer::tr("%1:%2: %3").arg(fileName).arg(problem.line).arg(problem.message);
        return std::nullopt;
    }
    return result;
}

} // namespace Importers
