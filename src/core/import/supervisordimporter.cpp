// supervisord's INI: [program:x] sections, with the %(…)s expansions supervisord applies, numprocs
// copies and [include] files; the daemon's own sections are reported, not mapped.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importtext.h"
#include "core/import/supervisordini.h"

#include "core/model/shellwords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using SupervisordIni::expand;
using SupervisordIni::Expansions;

namespace {

constexpr int defaultPriority = 999;
// supervisord's defaults where zlauncher's differ (autorestart=unexpected, startretries=3,
// stopwaitsecs=10).
constexpr RestartPolicy defaultRestart = RestartPolicy::OnFailure;
constexpr int defaultStartRetries = 3;
constexpr int defaultStopWaitMs = 10000;

/// Why a program key has no counterpart, or empty for a key that is mapped.
QString unsupportedReason(const QString &key)
{
    if (key == u"user") {
        return Importer::tr("zlauncher runs every program as the user who runs zlauncher");
    }
    if (key.startsWith(u"stdout_") || key.startsWith(u"stderr_") || key == u"redirect_stderr") {
        return Importer::tr("zlauncher keeps each program's output in its own log (Details ▸ "
                            "Output)");
    }
    if (key == u"umask") {
        return Importer::tr("programs inherit zlauncher's umask");
    }
    if (key == u"serverurl") {
        return Importer::tr("there is no supervisord to reach");
    }
    return Importer::tr("not supported by zlauncher");
}

class ProgramSection
{
public:
    /// shared: [supervisord]'s environment, which every program gets under its own.
    ProgramSection(const SupervisordIni::Section &section, const QString &file,
                   const QMap<QString, QString> &shared, ImportResult *result)
        : m_section(section)
        , m_file(file)
        , m_shared(shared)
        , m_result(result)
    { }

    /// Its programs, one per numprocs copy; nullopt with *error when supervisord would refuse it.
    std::optional<QList<ProgramSpec>> read(QString *error);
    int priority() const { return m_section.value(u"priority"_s).toInt(); }

private:
    std::optional<QString> expanded(const QString &key, const Expansions &with,
                                    QString *error) const;
    bool readCopy(const Expansions &with, ProgramSpec *spec, QString *error);
    void readOptions(ProgramSpec *spec);
    bool readMilliseconds(const QString &key, int *target, const QString &ours);
    QString where() const
    {
        return QFileInfo(m_file).fileName() + u":"_s + QString::number(m_section.line) + u": ["_s
                + m_section.name + u']';
    }

    SupervisordIni::Section m_section;
    QString m_file;
    QMap<QString, QString> m_shared;
    ImportResult *m_result;
    QString m_firstName;
};

std::optional<QString> ProgramSection::expanded(const QString &key, const Expansions &with,
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

std::optional<QList<ProgramSpec>> ProgramSection::read(QString *error)
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
    m_firstName = programs.first().name;
    ProgramSpec options = programs.first();
    readOptions(&options);
    for (ProgramSpec &program : programs) {
        const ProgramSpec named = program;
        program = options;
        program.name = named.name;
        program.program = named.program;
        program.arguments = named.arguments;
        program.workingDirectory = named.workingDirectory;
        program.environment = named.environment;
    }
    if (numprocs > 1) {
        m_result->mapped(m_firstName, u"numprocs"_s,
                         Importer::tr("%1 programs %2 … %3, named by process_name")
                                 .arg(numprocs)
                                 .arg(programs.first().name, programs.last().name));
    }
    return programs;
}

bool ProgramSection::readCopy(const Expansions &with, ProgramSpec *spec, QString *error)
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
    for (auto it = m_shared.begin(); it != m_shared.end(); ++it) {
        if (!spec->environment.contains(it.key())) {
            spec->environment.insert(it.key(), it.value());
        }
    }
    spec->restart = defaultRestart;
    spec->maxRestarts = defaultStartRetries;
    spec->stopGraceMs = defaultStopWaitMs;
    return true;
}

bool ProgramSection::readMilliseconds(const QString &key, int *target, const QString &ours)
{
    bool ok = false;
    const int seconds = m_section.value(key).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        m_result->notMapped(m_firstName, key,
                            Importer::tr("must be a whole number of seconds (got \"%1\"); "
                                         "zlauncher's default kept")
                                    .arg(m_section.value(key)));
        return false;
    }
    *target = seconds * 1000;
    m_result->mapped(m_firstName, key, ours + u": "_s + QString::number(*target));
    return true;
}

void ProgramSection::readOptions(ProgramSpec *spec)
{
    const QString &name = m_firstName;
    for (const auto &[key, value] : m_section.options) {
        if (key == u"command") {
            m_result->mapped(name, key,
                             Importer::tr("program \"%1\" with %n argument(s), run directly "
                                          "as supervisord does",
                                          nullptr, int(spec->arguments.size()))
                                     .arg(spec->program));
        } else if (key == u"directory") {
            m_result->mapped(name, key, u"workingDirectory: "_s + spec->workingDirectory);
        } else if (key == u"environment") {
            m_result->mapped(name, key,
                             Importer::tr("environment (%n variable(s))", nullptr,
                                          int(spec->environment.size())));
        } else if (key == u"process_name" || key == u"numprocs" || key == u"numprocs_start") {
            // read() reports them with the copies they make
        } else if (key == u"autostart" || key == u"autorestart") {
            const QString lower = value.trimmed().toLower();
            const auto flag = SupervisordIni::boolean(value);
            if (key == u"autostart" && flag) {
                spec->autostart = *flag;
            } else if (key == u"autorestart" && (flag || lower == u"unexpected")) {
                spec->restart = lower == u"unexpected" ? RestartPolicy::OnFailure
                        : *flag                        ? RestartPolicy::Always
                                                       : RestartPolicy::Never;
            } else {
                m_result->notMapped(name, key,
                                    Importer::tr("\"%1\" is not a value supervisord accepts; "
                                                 "zlauncher's default kept")
                                            .arg(value));
                continue;
            }
            m_result->mapped(name, key,
                             key == u"autostart"
                                     ? u"autostart: "_s + (spec->autostart ? u"true"_s : u"false"_s)
                                     : u"restart: "_s + toString(spec->restart));
        } else if (key == u"startsecs") {
            readMilliseconds(key, &spec->minUptimeMs, u"minUptimeMs"_s);
        } else if (key == u"stopwaitsecs") {
            readMilliseconds(key, &spec->stopGraceMs, u"stopGraceMs"_s);
        } else if (key == u"startretries") {
            bool ok = false;
            const int retries = value.toInt(&ok);
            if (ok && retries >= 0) {
                spec->maxRestarts = retries;
                m_result->mapped(name, key, u"maxRestarts: "_s + QString::number(retries));
            } else {
                m_result->notMapped(name, key,
                                    Importer::tr("must be a whole number (got \"%1\")").arg(value));
            }
        } else if (key == u"stopsignal") {
            const QString signal = value.trimmed().toUpper().remove(u"SIG"_s);
            if (signal == u"TERM" || signal == u"15") {
                m_result->mapped(name, key, Importer::tr("SIGTERM, what zlauncher sends"));
            } else {
                m_result->notMapped(
                        name, key,
                        Importer::tr("zlauncher stops with SIGTERM, not SIG%1").arg(signal));
            }
        } else if (key == u"stopasgroup" || key == u"killasgroup") {
            m_result->mapped(name, key,
                             Importer::tr("zlauncher always signals the program's whole "
                                          "process group"));
        } else if (key == u"exitcodes") {
            if (value.trimmed() == u"0") {
                m_result->mapped(name, key, Importer::tr("exit 0 is success, as in zlauncher"));
            } else {
                m_result->notMapped(name, key,
                                    Importer::tr("zlauncher counts only exit 0 as success "
                                                 "(got \"%1\")")
                                            .arg(value));
            }
        } else if (key == u"priority") {
            m_result->mapped(name, key,
                             Importer::tr("placed in start order (lower priority first)"));
        } else {
            m_result->notMapped(name, key, unsupportedReason(key));
        }
    }
}

struct LoadedFile
{
    QString path;
    QList<SupervisordIni::Section> sections;
};

/// The files [include] files= names, globs relative to the main file's folder.
std::optional<QList<LoadedFile>> includedFiles(const LoadedFile &main, ImportResult *result,
                                               QString *error)
{
    QList<LoadedFile> files;
    const QString here = QFileInfo(main.path).absolutePath();
    for (const SupervisordIni::Section &section : main.sections) {
        if (section.name != u"include") {
            continue;
        }
        QString unknown;
        const auto patterns
                = expand(section.value(u"files"_s), {here, {}, {}, 0, 1, true}, &unknown);
        if (!patterns) {
            *error = Importer::tr("%1:%2: [include] files: %(%3)s is not defined")
                             .arg(QFileInfo(main.path).fileName())
                             .arg(section.line)
                             .arg(unknown);
            return std::nullopt;
        }
        for (const QString &pattern :
             patterns->split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
            const QFileInfo info(QDir(here).absoluteFilePath(pattern));
            const QStringList matches
                    = info.dir().entryList({info.fileName()}, QDir::Files, QDir::Name);
            result->mapped({}, u"[include] "_s + pattern,
                           Importer::tr("%n file(s) read", nullptr, int(matches.size())));
            for (const QString &match : matches) {
                const QString path = info.dir().absoluteFilePath(match);
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = Importer::tr("cannot read %1 (included by %2): %3")
                                     .arg(path, main.path, file.errorString());
                    return std::nullopt;
                }
                auto sections = SupervisordIni::parse(QString::fromUtf8(file.readAll()),
                                                      QFileInfo(path).fileName(), error);
                if (!sections) {
                    return std::nullopt;
                }
                files.append({path, *sections});
            }
        }
    }
    return files;
}

/// [supervisord] environment=, which every program gets (its own keys win); the rest of the
/// section is reported by reportOtherSection().
std::optional<QMap<QString, QString>> sharedEnvironment(const LoadedFile &main,
                                                        ImportResult *result, QString *error)
{
    for (const SupervisordIni::Section &section : main.sections) {
        if (section.name != u"supervisord" || !section.contains(u"environment"_s)) {
            continue;
        }
        QString unknown;
        const Expansions with{QFileInfo(main.path).absolutePath(), {}, {}, 0, 1, false};
        const auto text = expand(section.value(u"environment"_s), with, &unknown);
        const auto pairs = text ? SupervisordIni::environmentPairs(*text) : std::nullopt;
        if (!pairs) {
            *error = Importer::tr("%1:%2: [supervisord] \"environment\" must be KEY=\"value\" "
                                  "pairs separated by commas")
                             .arg(QFileInfo(main.path).fileName())
                             .arg(section.line);
            return std::nullopt;
        }
        result->mapped({}, u"[supervisord] environment"_s,
                       Importer::tr("added to every program's environment (%n variable(s))",
                                    nullptr, int(pairs->size())));
        return pairs;
    }
    return QMap<QString, QString>();
}

/// A section that is not a program: supervisord's own settings, groups, listeners.
void reportOtherSection(const SupervisordIni::Section &section, bool included, ImportResult *result)
{
    const QString type = section.name.section(u':', 0, 0);
    QString why;
    if (type == u"include") {
        if (!included) {
            return; // includedFiles() reports it
        }
        why = Importer::tr("supervisord reads [include] in its main file only");
    } else if (type == u"group") {
        why = Importer::tr("zlauncher has no groups; its programs are imported one by one");
    } else if (type == u"eventlistener" || type == u"fcgi-program") {
        why = Importer::tr("zlauncher has no event listeners or FastCGI programs");
    } else {
        why = Importer::tr("supervisord's own settings; zlauncher needs none");
    }
    result->notMapped({}, u'[' + section.name + u']', why);
}

} // namespace

namespace Importers {

std::optional<ImportResult> supervisord(const QString &path, const QByteArray &content,
                                        QString *error)
{
    const auto sections
            = SupervisordIni::parse(QString::fromUtf8(content), QFileInfo(path).fileName(), error);
    if (!sections) {
        return std::nullopt;
    }
    ImportResult result;
    const LoadedFile main{QFileInfo(path).absoluteFilePath(), *sections};
    const auto included = includedFiles(main, &result, error);
    if (!included) {
        return std::nullopt;
    }
    const auto shared = sharedEnvironment(main, &result, error);
    if (!shared) {
        return std::nullopt;
    }
    QList<std::pair<int, QList<ProgramSpec>>> byPriority;
    for (const LoadedFile &file : QList<LoadedFile>{main} + *included) {
        for (const SupervisordIni::Section &section : file.sections) {
            if (!section.name.startsWith(u"program:")) {
                reportOtherSection(section, file.path != main.path, &result);
                continue;
            }
            ProgramSection program(section, file.path, *shared, &result);
            const auto programs = program.read(error);
            if (!programs) {
                return std::nullopt;
            }
            const int priority
                    = section.contains(u"priority"_s) ? program.priority() : defaultPriority;
            byPriority.append({priority, *programs});
        }
    }
    // supervisord starts lower priorities first; zlauncher starts in file order.
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(byPriority)) {
        result.configuration.programs << entry.second;
    }
    if (!result.configuration.programs.isEmpty()) {
        result.mapped({}, Importer::tr("(supervisord's defaults)"),
                      Importer::tr("where a program does not set them, autorestart=unexpected, "
                                   "startretries=3 and stopwaitsecs=10: restart: on-failure, "
                                   "maxRestarts: 3, stopGraceMs: 10000"));
    }
    return result;
}

} // namespace Importers
