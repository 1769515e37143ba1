#include "core/import/supervisordprogramsection.h"

#include "core/import/importer.h"
#include "core/import/importnotes.h"
#include "core/import/importprograms.h"
#include "core/import/importtext.h"

#include "core/model/shellwords.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using SupervisordIni::expand;
using SupervisordIni::Expansions;

namespace {

// supervisord's defaults where zlauncher's differ (autorestart=unexpected, startretries=3,
// stopwaitsecs=10).
constexpr RestartPolicy defaultRestart = RestartPolicy::OnFailure;
constexpr int defaultStartRetries = 3;
constexpr int defaultStopWaitMs = 10000;

/// Why a program key has no counterpart.
QString unsupportedReason(const QString &key)
{
    if (key == u"user") {
        return Importer::tr("zlauncher runs every program as the user who runs zlauncher");
    }
    if (key.startsWith(u"stdout_") || key.startsWith(u"stderr_") || key == u"redirect_stderr") {
        return ImportNotes::outputInItsOwnLog();
    }
    if (key == u"umask") {
        return Importer::tr("programs inherit zlauncher's umask");
    }
    if (key == u"serverurl") {
        return Importer::tr("there is no supervisord to reach");
    }
    return ImportNotes::notSupported();
}

} // namespace

SupervisordProgramSection::SupervisordProgramSection(const SupervisordIni::Section &section,
                                                     const QString &file,
                                                     const QMap<QString, QString> &shared,
                                                     ImportResult *result)
    : m_section(section)
    , m_file(file)
    , m_shared(shared)
    , m_result(result)
{ }

int SupervisordProgramSection::priority() const
{
    return m_section.value(u"priority"_s).toInt();
}

QString SupervisordProgramSection::where() const
{
    return QFileInfo(m_file).fileName() + u":"_s + QString::number(m_section.line) + u": ["_s
            + m_section.name + u']';
}

std::optional<QString> SupervisordProgramSection::expanded(const QString &key,
                                                           const Expansions &with,
                                                           QString *error) const
{
    QString unknown;
    auto value = expand(m_section.value(key), with, &unknown);
    if (!value) {
        *error = Importer::tr("%1: \"%2\": %(%3)s is not a name supervisord expands")
                         .arg(where(), key, unknown);
    }
    return value;
}

std::optional<QList<ProgramSpec>> SupervisordProgramSection::read(QString *error)
{
    const QString programName = m_section.name.section(u':', 1).trimmed();
    if (!m_section.contains(u"command"_s)) {
        *error = Importer::tr("%1: \"command\" is missing").arg(where());
        return std::nullopt;
    }
    bool numeric = true;
    const int numprocs = m_section.value(u"numprocs"_s, u"1"_s).toInt(&numeric);
    const int start = m_section.value(u"numprocs_start"_s, u"0"_s).toInt();
    if (!numeric || numprocs < 1) {
        *error = Importer::tr("%1: \"numprocs\" must be a positive integer").arg(where());
        return std::nullopt;
    }
    const QString processName = m_section.value(u"process_name"_s, u"%(program_name)s"_s);
    if (numprocs > 1 && !processName.contains(u"%(process_num)")) {
        *error = Importer::tr("%1: with numprocs, \"process_name\" must contain %(process_num)s")
                         .arg(where());
        return std::nullopt;
    }
    QList<ProgramSpec> programs;
    for (int number = start; number < start + numprocs; ++number) {
        const Expansions with{QFileInfo(m_file).absolutePath(),
                              programName,
                              programName,
                              number,
                              numprocs,
                              false};
        ProgramSpec spec;
        if (!readCopy(with, &spec, error)) {
            return std::nullopt;
        }
        programs.append(spec);
    }
    applyOptions(&programs);
    return programs;
}

bool SupervisordProgramSection::readCopy(const Expansions &with, ProgramSpec *spec, QString *error)
{
    const auto name = expanded(u"process_name"_s, with, error);
    const auto command = expanded(u"command"_s, with, error);
    const auto directory = expanded(u"directory"_s, with, error);
    const auto environment = expanded(u"environment"_s, with, error);
    if (!name || !command || !directory || !environment) {
        return false;
    }
    spec->name = ImportText::programName(m_section.contains(u"process_name"_s)
                                                 ? QString(*name).replace(u"$$"_s, u"$"_s)
                                                 : with.programName);
    // supervisord splits its command as a POSIX shell would, but runs it without one.
    const QStringList words = ShellWords::split(*command).arguments;
    if (words.isEmpty() || words.first().isEmpty()) {
        *error = Importer::tr("%1: \"command\" is empty").arg(where());
        return false;
    }
    spec->program = words.first();
    spec->arguments = words.mid(1);
    spec->kind = ProgramKind::Plain;
    spec->workingDirectory = directory->isEmpty() ? with.here : *directory;
    const auto pairs = SupervisordIni::environmentPairs(*environment);
    if (!pairs) {
        *error = Importer::tr("%1: \"environment\" must be KEY=\"value\" pairs separated by commas")
                         .arg(where());
        return false;
    }
    spec->environment = *pairs;
    ImportPrograms::addShared(&spec->environment, m_shared);
    spec->restart = defaultRestart;
    spec->maxRestarts = defaultStartRetries;
    spec->stopGraceMs = defaultStopWaitMs;
    return true;
}

void SupervisordProgramSection::applyOptions(QList<ProgramSpec> *programs)
{
    // The options are the same for every copy: read (and reported) once, on the first.
    m_firstName = programs->first().name;
    ProgramSpec options = programs->first();
    readOptions(&options);
    for (ProgramSpec &program : *programs) {
        const ProgramSpec named = program;
        program = options;
        program.name = named.name;
        program.program = named.program;
        program.arguments = named.arguments;
        program.workingDirectory = named.workingDirectory;
        program.environment = named.environment;
    }
    if (programs->size() > 1) {
        m_result->mapped(m_firstName, u"numprocs"_s,
                         Importer::tr("%1 programs %2 … %3, named by process_name")
                                 .arg(programs->size())
                                 .arg(programs->first().name, programs->last().name));
    }
}

void SupervisordProgramSection::readOptions(ProgramSpec *spec)
{
    for (const auto &[key, value] : m_section.options) {
        const auto reader = optionReaders().constFind(key);
        if (reader == optionReaders().constEnd()) {
            m_result->notMapped(m_firstName, key, unsupportedReason(key));
        } else {
            (this->**reader)(key, value, spec);
        }
    }
}

const QHash<QString, SupervisordProgramSection::OptionReader>
        &SupervisordProgramSection::optionReaders()
{
    static const QHash<QString, OptionReader> readers{
            {u"command"_s, &SupervisordProgramSection::readCommand},
            {u"directory"_s, &SupervisordProgramSection::readDirectory},
            {u"environment"_s, &SupervisordProgramSection::readEnvironment},
            {u"process_name"_s, &SupervisordProgramSection::readCopies},
            {u"numprocs"_s, &SupervisordProgramSection::readCopies},
            {u"numprocs_start"_s, &SupervisordProgramSection::readCopies},
            {u"autostart"_s, &SupervisordProgramSection::readAutostart},
            {u"autorestart"_s, &SupervisordProgramSection::readAutorestart},
            {u"startsecs"_s, &SupervisordProgramSection::readStartSeconds},
            {u"stopwaitsecs"_s, &SupervisordProgramSection::readStopWaitSeconds},
            {u"startretries"_s, &SupervisordProgramSection::readStartRetries},
            {u"stopsignal"_s, &SupervisordProgramSection::readStopSignal},
            {u"stopasgroup"_s, &SupervisordProgramSection::readAsGroup},
            {u"killasgroup"_s, &SupervisordProgramSection::readAsGroup},
            {u"exitcodes"_s, &SupervisordProgramSection::readExitCodes},
            {u"priority"_s, &SupervisordProgramSection::readPriority},
    };
    return readers;
}

void SupervisordProgramSection::readCommand(const QString &key, const QString &, ProgramSpec *spec)
{
    m_result->mapped(m_firstName, key,
                     Importer::tr("program \"%1\" with %n argument(s), run directly "
                                  "as supervisord does",
                                  nullptr, int(spec->arguments.size()))
                             .arg(spec->program));
}

void SupervisordProgramSection::readDirectory(const QString &key, const QString &,
                                              ProgramSpec *spec)
{
    m_result->mapped(m_firstName, key, ImportNotes::workingDirectory(spec->workingDirectory));
}

void SupervisordProgramSection::readEnvironment(const QString &key, const QString &,
                                                ProgramSpec *spec)
{
    m_result->mapped(m_firstName, key, ImportNotes::environment(int(spec->environment.size())));
}

void SupervisordProgramSection::readCopies(const QString &, const QString &, ProgramSpec *)
{
    // applyOptions() reports them with the copies they make.
}

void SupervisordProgramSection::readAutostart(const QString &key, const QString &value,
                                              ProgramSpec *spec)
{
    const auto flag = SupervisordIni::boolean(value);
    if (!flag) {
        notAccepted(key, value);
        return;
    }
    spec->autostart = *flag;
    m_result->mapped(m_firstName, key, ImportNotes::autostart(spec->autostart));
}

void SupervisordProgramSection::readAutorestart(const QString &key, const QString &value,
                                                ProgramSpec *spec)
{
    const bool unexpected = value.trimmed().toLower() == u"unexpected";
    const auto flag = SupervisordIni::boolean(value);
    if (!flag && !unexpected) {
        notAccepted(key, value);
        return;
    }
    spec->restart = unexpected ? RestartPolicy::OnFailure
            : *flag            ? RestartPolicy::Always
                               : RestartPolicy::Never;
    m_result->mapped(m_firstName, key, ImportNotes::restart(spec->restart));
}

void SupervisordProgramSection::readStartSeconds(const QString &key, const QString &,
                                                 ProgramSpec *spec)
{
    readMilliseconds(key, &spec->minUptimeMs, u"minUptimeMs"_s);
}

void SupervisordProgramSection::readStopWaitSeconds(const QString &key, const QString &,
                                                    ProgramSpec *spec)
{
    readMilliseconds(key, &spec->stopGraceMs, u"stopGraceMs"_s);
}

void SupervisordProgramSection::readStartRetries(const QString &key, const QString &value,
                                                 ProgramSpec *spec)
{
    bool ok = false;
    const int retries = value.toInt(&ok);
    if (!ok || retries < 0) {
        m_result->notMapped(m_firstName, key,
                            Importer::tr("must be a whole number (got \"%1\")").arg(value));
        return;
    }
    spec->maxRestarts = retries;
    m_result->mapped(m_firstName, key, ImportNotes::setting(u"maxRestarts"_s, retries));
}

void SupervisordProgramSection::readStopSignal(const QString &key, const QString &value,
                                               ProgramSpec *)
{
    const QString signal = value.trimmed().toUpper().remove(u"SIG"_s);
    if (signal == u"TERM" || signal == u"15") {
        m_result->mapped(m_firstName, key, ImportNotes::sigterm());
    } else {
        m_result->notMapped(m_firstName, key,
                            Importer::tr("zlauncher stops with SIGTERM, not SIG%1").arg(signal));
    }
}

void SupervisordProgramSection::readAsGroup(const QString &key, const QString &, ProgramSpec *)
{
    m_result->mapped(m_firstName, key,
                     Importer::tr("zlauncher always signals the program's whole "
                                  "process group"));
}

void SupervisordProgramSection::readExitCodes(const QString &key, const QString &value,
                                              ProgramSpec *)
{
    if (value.trimmed() == u"0") {
        m_result->mapped(m_firstName, key, Importer::tr("exit 0 is success, as in zlauncher"));
    } else {
        m_result->notMapped(m_firstName, key,
                            Importer::tr("zlauncher counts only exit 0 as success "
                                         "(got \"%1\")")
                                    .arg(value));
    }
}

void SupervisordProgramSection::readPriority(const QString &key, const QString &, ProgramSpec *)
{
    m_result->mapped(m_firstName, key,
                     Importer::tr("placed in start order (lower priority first)"));
}

void SupervisordProgramSection::readMilliseconds(const QString &key, int *target,
                                                 const QString &ours)
{
    bool ok = false;
    const int seconds = m_section.value(key).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        m_result->notMapped(m_firstName, key,
                            Importer::tr("must be a whole number of seconds (got \"%1\"); "
                                         "zlauncher's default kept")
                                    .arg(m_section.value(key)));
        return;
    }
    *target = seconds * 1000;
    m_result->mapped(m_firstName, key, ImportNotes::setting(ours, *target));
}

void SupervisordProgramSection::notAccepted(const QString &key, const QString &value)
{
    m_result->notMapped(m_firstName, key,
                        Importer::tr("\"%1\" is not a value supervisord accepts; "
                                     "zlauncher's default kept")
                                .arg(value));
}
