// supervisord's INI: [program:x] sections (SupervisordProgramSection: the %(…)s expansions
// supervisord applies, numprocs copies, the options) in the main file and its [include] files,
// in supervisord's start order; the daemon's own sections are reported, not mapped.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/supervisordini.h"
#include "core/import/supervisordprogramsection.h"

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
            SupervisordProgramSection program(section, file.path, *shared, &result);
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
