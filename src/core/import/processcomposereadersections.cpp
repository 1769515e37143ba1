// ProcessComposeReader's nested sections: availability (the restart policy and its limit),
// depends_on (the conditions), shutdown, and the probes.
#include "core/import/processcomposereader.h"

#include "core/import/importer.h"
#include "core/import/importnotes.h"
#include "core/import/importtext.h"
#include "core/import/processcomposeyaml.h"

#include <QMap>

using namespace Qt::StringLiterals;
using namespace ProcessComposeYaml;

void ProcessComposeReader::readAvailability(const QString &, const YAML::Node &availability)
{
    for (const auto &entry : availability) {
        const QString key = u"availability."_s + keyName(entry.first);
        if (key == u"availability.restart") {
            readRestart(key, entry.second);
        } else if (key == u"availability.max_restarts") {
            readMaxRestarts(key, entry.second);
        } else if (key == u"availability.backoff_seconds") {
            m_result->notMapped(m_spec.name, key, ImportNotes::backsOffOnItsOwn());
        } else {
            m_result->notMapped(m_spec.name, key, ImportNotes::notSupported());
        }
    }
}

void ProcessComposeReader::readRestart(const QString &key, const YAML::Node &value)
{
    static const QMap<QString, RestartPolicy> policies{{u"always"_s, RestartPolicy::Always},
                                                       {u"on_failure"_s, RestartPolicy::OnFailure},
                                                       {u"no"_s, RestartPolicy::Never}};
    const QString policy = scalar(value, key);
    const auto known = policies.find(policy);
    if (known == policies.end()) {
        m_result->notMapped(m_spec.name, key,
                            policy == u"exit_on_failure"
                                    ? Importer::tr("zlauncher does not stop every program "
                                                   "when one fails; restart: never kept")
                                    : Importer::tr("\"%1\" is not a process-compose "
                                                   "policy; restart: never kept")
                                              .arg(policy));
        return;
    }
    m_spec.restart = *known;
    m_result->mapped(m_spec.name, key, ImportNotes::restart(m_spec.restart));
}

void ProcessComposeReader::readMaxRestarts(const QString &key, const YAML::Node &value)
{
    const int restarts = number(value, key);
    if (restarts == 0) {
        m_result->notMapped(m_spec.name, key,
                            Importer::tr("0 means no limit in process-compose; zlauncher "
                                         "always has one (maxRestarts %1 in %2 s)")
                                    .arg(m_spec.maxRestarts)
                                    .arg(m_spec.restartWindowMs / 1000));
        return;
    }
    m_spec.maxRestarts = restarts;
    m_result->mapped(m_spec.name, key, ImportNotes::setting(u"maxRestarts"_s, restarts));
}

void ProcessComposeReader::readDependencies(const QString &, const YAML::Node &dependencies)
{
    if (!dependencies.IsMap()) {
        throw NodeError{lineOf(dependencies),
                        Importer::tr("\"depends_on\" must map process names to a condition")};
    }
    for (const auto &entry : dependencies) {
        readDependency(ImportText::programName(qs(entry.first.Scalar())), entry.second);
    }
}

void ProcessComposeReader::readDependency(const QString &dependency, const YAML::Node &value)
{
    static const QMap<QString, DependencyCondition> conditions{
            {u"process_started"_s, DependencyCondition::Started},
            {u"process_healthy"_s, DependencyCondition::Healthy},
            {u"process_completed"_s, DependencyCondition::Completed},
            {u"process_completed_successfully"_s, DependencyCondition::CompletedSuccessfully}};
    // {condition: X}, or the short form "name: X" that process-compose's docs also use.
    const YAML::Node condition = value.IsMap() ? value["condition"] : value;
    const QString given = condition && condition.IsScalar() && !condition.Scalar().empty()
            ? scalar(condition, u"condition"_s)
            : u"process_started"_s;
    m_spec.dependsOn.append(dependency);
    const auto known = conditions.find(given);
    if (known == conditions.end()) {
        m_result->notMapped(m_spec.name, u"depends_on."_s + dependency,
                            Importer::tr("condition \"%1\" has no counterpart; \"ready\" "
                                         "used")
                                    .arg(given));
        return;
    }
    if (*known != DependencyCondition::Ready) {
        m_spec.dependencyConditions.insert(dependency, *known);
    }
    m_result->mapped(m_spec.name, u"depends_on."_s + dependency,
                     u"dependsOn "_s + dependency + u", condition "_s + toString(*known));
}

void ProcessComposeReader::readShutdown(const QString &, const YAML::Node &shutdown)
{
    for (const auto &entry : shutdown) {
        const QString key = u"shutdown."_s + keyName(entry.first);
        if (key == u"shutdown.timeout_seconds") {
            m_spec.stopGraceMs = number(entry.second, key) * 1000;
            m_result->mapped(m_spec.name, key,
                             ImportNotes::setting(u"stopGraceMs"_s, m_spec.stopGraceMs));
        } else if (key == u"shutdown.signal" && scalar(entry.second, key) == u"15") {
            m_result->mapped(m_spec.name, key, ImportNotes::sigterm());
        } else if (key == u"shutdown.command") {
            m_result->notMapped(m_spec.name, key,
                                Importer::tr("zlauncher stops a program with SIGTERM, then "
                                             "SIGKILL after stopGraceMs"));
        } else {
            m_result->notMapped(m_spec.name, key, ImportNotes::notSupported());
        }
    }
}

std::optional<ProbeSpec> ProcessComposeReader::probe(const QString &key, const YAML::Node &node)
{
    std::optional<ProbeSpec> probe;
    if (const YAML::Node exec = node["exec"]) {
        const ImportText::Command command
                = ImportText::fromShellLine(scalar(exec["command"], key + u".exec.command"_s),
                                            u"bash"_s, ImportText::Dollars::ToolFirst);
        probe = ProbeSpec();
        probe->type = ProbeType::Exec;
        probe->command = QStringList{command.program} + command.arguments;
    } else if (const YAML::Node http = node["http_get"]) {
        probe = httpProbe(key, http);
    } else {
        throw NodeError{lineOf(node),
                        Importer::tr("\"%1\" needs \"exec\" or \"http_get\"").arg(key)};
    }
    if (!probe) {
        return std::nullopt;
    }
    const auto seconds = [&](const char *name, int *target) {
        if (const YAML::Node value = node[name]) {
            *target = number(value, qs(name)) * 1000;
        }
    };
    seconds("initial_delay_seconds", &probe->initialDelayMs);
    seconds("period_seconds", &probe->periodMs);
    seconds("timeout_seconds", &probe->timeoutMs);
    if (const YAML::Node value = node["failure_threshold"]) {
        probe->failureThreshold = number(value, u"failure_threshold"_s);
    }
    if (const YAML::Node value = node["success_threshold"]) {
        probe->successThreshold = number(value, u"success_threshold"_s);
    }
    return probe;
}

std::optional<ProbeSpec> ProcessComposeReader::httpProbe(const QString &key, const YAML::Node &http)
{
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
    ProbeSpec probe;
    probe.type = ProbeType::Http;
    probe.target = u"http://"_s + host + u':' + port + (path.startsWith(u'/') ? path : u'/' + path);
    return probe;
}
