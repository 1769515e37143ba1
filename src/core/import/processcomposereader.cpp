#include "core/import/processcomposereader.h"

#include "core/import/importer.h"
#include "core/import/importnotes.h"
#include "core/import/importprograms.h"
#include "core/import/importtext.h"
#include "core/import/processcomposeyaml.h"

#include "core/model/replicas.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ProcessComposeYaml;

namespace {

const QString replicaTemplate = u"{{.PC_REPLICA_NUM}}"_s;
const QString replicaVariable = u"PC_REPLICA_NUM"_s;

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

/// Why a key of a process has no counterpart in zlauncher.
QString unsupportedReason(const QString &key)
{
    if (key == u"description") {
        return Importer::tr("zlauncher has no description field");
    }
    if (key == u"is_daemon") {
        return Importer::tr("zlauncher supervises the process it starts; run the "
                            "daemon in the foreground");
    }
    if (key.startsWith(u"log_") || key == u"is_tty") {
        return ImportNotes::outputInItsOwnLog();
    }
    return ImportNotes::notSupported();
}

} // namespace

ProcessComposeReader::ProcessComposeReader(const QString &name, const QString &folder,
                                           ImportResult *result)
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

QList<ProgramSpec> ProcessComposeReader::read(const YAML::Node &process)
{
    if (!process.IsMap() || (!process["command"] && !process["entrypoint"])) {
        throw NodeError{lineOf(process),
                        Importer::tr("process \"%1\" must have a \"command\"").arg(m_name)};
    }
    if (process["command"] && process["entrypoint"]) {
        m_result->notMapped(m_spec.name, u"entrypoint"_s,
                            Importer::tr("\"command\" wins over it, as in process-compose"));
    }
    readKeys(process);
    reportTemplatesLeft();
    return programs();
}

void ProcessComposeReader::readKeys(const YAML::Node &process)
{
    bool hasAvailability = false;
    for (const auto &entry : process) {
        const QString key = keyName(entry.first);
        hasAvailability = hasAvailability || key == u"availability";
        const auto reader = keyReaders().constFind(key);
        if (reader == keyReaders().constEnd()) {
            m_result->notMapped(m_spec.name, key, unsupportedReason(key));
        } else {
            (this->**reader)(key, entry.second);
        }
    }
    if (!hasAvailability) {
        m_result->mapped(m_spec.name, u"availability"_s,
                         Importer::tr("absent: restart: never, as process-compose runs it once"));
    }
}

const QHash<QString, ProcessComposeReader::KeyReader> &ProcessComposeReader::keyReaders()
{
    static const QHash<QString, KeyReader> readers{
            {u"command"_s, &ProcessComposeReader::readCommand},
            {u"entrypoint"_s, &ProcessComposeReader::readEntrypoint},
            {u"env_file"_s, &ProcessComposeReader::readEnvFile},
            {u"working_dir"_s, &ProcessComposeReader::readWorkingDirectory},
            {u"environment"_s, &ProcessComposeReader::readEnvironment},
            {u"availability"_s, &ProcessComposeReader::readAvailability},
            {u"depends_on"_s, &ProcessComposeReader::readDependencies},
            {u"readiness_probe"_s, &ProcessComposeReader::readProbe},
            {u"liveness_probe"_s, &ProcessComposeReader::readProbe},
            {u"shutdown"_s, &ProcessComposeReader::readShutdown},
            {u"disabled"_s, &ProcessComposeReader::readDisabled},
            {u"replicas"_s, &ProcessComposeReader::readReplicas},
    };
    return readers;
}

void ProcessComposeReader::readCommand(const QString &key, const YAML::Node &value)
{
    const ImportText::Command command = ImportText::fromShellLine(scalar(value, key), u"bash"_s,
                                                                  ImportText::Dollars::ToolFirst);
    m_spec.program = command.program;
    m_spec.arguments = command.arguments;
    m_result->mapped(
            m_spec.name, key,
            command.throughShell
                    ? Importer::tr("bash -c, as process-compose runs it (the line uses "
                                   "shell syntax)")
                    : ImportNotes::runDirectly(command.program, int(command.arguments.size())));
}

void ProcessComposeReader::readEntrypoint(const QString &key, const YAML::Node &value)
{
    if (!value.IsSequence() || value.size() == 0) {
        throw NodeError{lineOf(value), Importer::tr("\"entrypoint\" must be a list of words")};
    }
    // "command" wins, whichever comes first.
    if (!m_spec.program.isEmpty()) {
        return;
    }
    QStringList words;
    for (const YAML::Node &word : value) {
        words << ImportText::withReferences(scalar(word, key));
    }
    m_spec.program = words.takeFirst();
    m_spec.arguments = words;
    m_result->mapped(m_spec.name, key, ImportNotes::runDirectly(m_spec.program, int(words.size())));
}

void ProcessComposeReader::readEnvFile(const QString &key, const YAML::Node &value)
{
    m_spec.envFile = ImportPrograms::absolutePath(m_spec.workingDirectory, scalar(value, key));
    m_result->mapped(m_spec.name, key, u"envFile: "_s + m_spec.envFile);
}

void ProcessComposeReader::readWorkingDirectory(const QString &key, const YAML::Node &value)
{
    m_spec.workingDirectory = ImportPrograms::absolutePath(m_folder, scalar(value, key));
    m_result->mapped(m_spec.name, key, ImportNotes::workingDirectory(m_spec.workingDirectory));
}

void ProcessComposeReader::readEnvironment(const QString &key, const YAML::Node &value)
{
    m_spec.environment.insert(environmentOf(value));
    m_result->mapped(m_spec.name, key, ImportNotes::environment(int(m_spec.environment.size())));
}

void ProcessComposeReader::readDisabled(const QString &key, const YAML::Node &value)
{
    m_spec.autostart = scalar(value, key) != u"true";
    m_result->mapped(m_spec.name, key, ImportNotes::autostart(m_spec.autostart));
}

void ProcessComposeReader::readReplicas(const QString &key, const YAML::Node &value)
{
    m_replicas = std::max(1, number(value, key));
}

void ProcessComposeReader::readProbe(const QString &key, const YAML::Node &value)
{
    const ProbeRole role = key == u"readiness_probe" ? ProbeRole::Readiness : ProbeRole::Liveness;
    if (const auto probed = probe(key, value)) {
        (role == ProbeRole::Readiness ? m_spec.readinessProbe : m_spec.livenessProbe) = probed;
        m_result->mapped(m_spec.name, key, probeKey(role) + u": "_s + probed->describe());
    }
}

QList<ProgramSpec> ProcessComposeReader::programs()
{
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
    const QList<ProgramSpec> programs = numberedPrograms();
    m_result->mapped(m_spec.name, u"replicas"_s,
                     Importer::tr("%1 programs %2 … %3, each with PC_REPLICA_NUM and "
                                  "ZLAUNCHER_INSTANCE_INDEX: a probe uses {{.PC_REPLICA_NUM}}, "
                                  "and probes are not expanded")
                             .arg(m_replicas)
                             .arg(programs.first().name, programs.last().name));
    return programs;
}

QList<ProgramSpec> ProcessComposeReader::numberedPrograms() const
{
    QList<ProgramSpec> programs;
    for (int replica = 0; replica < m_replicas; ++replica) {
        ProgramSpec copy = m_spec;
        copy.name = ImportPrograms::numberedName(m_spec.name, replica, replicaDigits());
        ImportPrograms::setInstanceNumber(&copy, replica, replicaVariable);
        programs.append(withReplicaNumber(copy, QString::number(replica)));
    }
    return programs;
}

ProgramSpec ProcessComposeReader::replicaSet() const
{
    ProgramSpec set = withReplicaNumber(m_spec, ImportPrograms::instanceIndexReference());
    ImportPrograms::makeReplicaSet(&set, m_replicas, replicaVariable);
    const QString first = replicaName(set.name, 0);
    const QString last = replicaName(set.name, m_replicas - 1);
    QString detail = Importer::tr("\"instances\": %1, replicas %2 … %3, each with "
                                  "ZLAUNCHER_INSTANCE_INDEX, PC_REPLICA_NUM and "
                                  "{{.PC_REPLICA_NUM}} as ${ZLAUNCHER_INSTANCE_INDEX}")
                             .arg(m_replicas)
                             .arg(first, last);
    if (const int digits = replicaDigits(); digits > 1) {
        detail += Importer::tr("; process-compose names them %1 … %2")
                          .arg(set.name + u'-' + u"0"_s.rightJustified(digits, u'0'),
                               set.name + u'-'
                                       + QString::number(m_replicas - 1)
                                                 .rightJustified(digits, u'0'));
    }
    m_result->mapped(m_spec.name, u"replicas"_s, detail);
    return set;
}

int ProcessComposeReader::replicaDigits() const
{
    // process-compose pads the number to the digits of the count: web-00 … web-11.
    return int(QString::number(m_replicas).size());
}

void ProcessComposeReader::reportTemplatesLeft()
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
            if (found != replicaTemplate && !left.contains(found)) {
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
