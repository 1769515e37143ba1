#include "core/import/importer.h"

#include "core/import/importers.h"
#include "core/import/importprograms.h"

#include "core/model/dependencygraph.h"
#include "core/model/programexpansion.h"
#include "core/model/replicas.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

std::optional<ImportFormat> formatFromName(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name == u"procfile" || name.startsWith(u"procfile.")) {
        return ImportFormat::Procfile;
    }
    if (name.startsWith(u"process-compose")
        && (name.endsWith(u".yaml") || name.endsWith(u".yml"))) {
        return ImportFormat::ProcessCompose;
    }
    if (name.startsWith(u"supervisord") && name.endsWith(u".conf")) {
        return ImportFormat::Supervisord;
    }
    return std::nullopt;
}

std::optional<ImportFormat> formatFromContent(const QString &path, const QByteArray &content)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QRegularExpression supervisordSection(
            u"^\\s*\\[(program:|supervisord\\]|include\\]|group:)"_s,
            QRegularExpression::MultilineOption);
    static const QRegularExpression processesKey(u"^processes\\s*:"_s,
                                                 QRegularExpression::MultilineOption);
    static const QRegularExpression appsKey(u"\"apps\"\\s*:"_s);
    static const QRegularExpression yamlAppsKey(u"^apps\\s*:"_s,
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression procfileLine(u"^[A-Za-z0-9_-]+:[ \\t]*\\S"_s,
                                                 QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(content);
    if (text.contains(supervisordSection)) {
        return ImportFormat::Supervisord;
    }
    if (text.contains(processesKey)) {
        return ImportFormat::ProcessCompose;
    }
    if (text.contains(yamlAppsKey)) {
        return ImportFormat::Pm2;
    }
    if (suffix == u"json" || text.trimmed().startsWith(u'{') || text.trimmed().startsWith(u'[')) {
        return text.contains(appsKey) || suffix == u"json" ? std::optional(ImportFormat::Pm2)
                                                           : std::nullopt;
    }
    if (suffix != u"yaml" && suffix != u"yml" && text.contains(procfileLine)) {
        return ImportFormat::Procfile;
    }
    return std::nullopt;
}

/// Names made unique: a second "web" becomes "web-2", said in a note.
void makeNamesUnique(ImportResult *result)
{
    QSet<QString> taken;
    for (ProgramSpec &program : result->configuration.programs) {
        const QString wanted = program.name;
        for (int suffix = 2; taken.contains(program.name); ++suffix) {
            program.name = wanted.left(60) + u'-' + QString::number(suffix);
        }
        if (program.name != wanted) {
            result->notMapped(program.name, u"name"_s,
                              Importer::tr("another program is named \"%1\" already; this one "
                                           "is \"%2\"")
                                      .arg(wanted, program.name));
        }
        taken.insert(program.name);
    }
}

/// A program zlauncher would refuse is left out with the reason; a dependency on a program
/// that is not there is dropped.
void keepValidPrograms(ImportResult *result)
{
    QList<ProgramSpec> kept;
    for (const ProgramSpec &program : std::as_const(result->configuration.programs)) {
        if (const QString problem = program.validationError(); !problem.isEmpty()) {
            result->notMapped(program.name, Importer::tr("(the program)"),
                              Importer::tr("left out: %1").arg(problem));
            continue;
        }
        // A ${VAR} the other tool filled in from its own surroundings: zlauncher refuses the
        // program until it is defined where it looks (its environment, the env file).
        // A replica is what runs: its ${ZLAUNCHER_INSTANCE_INDEX} is defined.
        QString expansionError;
        if (!ProgramExpansion::expanded(program.instances ? replicaSpec(program, 0) : program,
                                        QProcessEnvironment::systemEnvironment(),
                                        &expansionError)) {
            result->notMapped(program.name, Importer::tr("(variables)"),
                              Importer::tr("zlauncher will refuse it until this is fixed: %1")
                                      .arg(expansionError));
        }
        kept.append(program);
    }
    QSet<QString> names;
    for (const ProgramSpec &program : std::as_const(kept)) {
        names.insert(program.name);
    }
    for (ProgramSpec &program : kept) {
        const QStringList dependencies = program.dependsOn;
        for (const QString &dependency : dependencies) {
            if (!names.contains(dependency)) {
                program.dependsOn.removeAll(dependency);
                program.dependencyConditions.remove(dependency);
                result->notMapped(program.name, u"dependsOn"_s,
                                  Importer::tr("\"%1\" is not among the imported programs; the "
                                               "dependency is dropped")
                                          .arg(dependency));
            }
        }
    }
    result->configuration.programs = kept;
}

/// A relative path with a slash, as the other tool resolved it: against the folder the program
/// runs in. zlauncher would take it from the configuration's folder, wherever that is written.
QString anchored(const QString &program, const QString &folder)
{
    if (!program.contains(u'/') || QFileInfo(program).isAbsolute() || program.startsWith(u'$')) {
        return program;
    }
    return ImportPrograms::absolutePath(folder, program);
}

void anchorRelativePaths(ImportResult *result, const QString &sourceFolder)
{
    for (ProgramSpec &program : result->configuration.programs) {
        const QString folder = program.workingDirectory.isEmpty()
                ? sourceFolder
                : QDir(sourceFolder).absoluteFilePath(program.workingDirectory);
        program.program = anchored(program.program, folder);
        for (ProbeSpec *probe : {program.readinessProbe ? &*program.readinessProbe : nullptr,
                                 program.livenessProbe ? &*program.livenessProbe : nullptr}) {
            if (probe && !probe->command.isEmpty()) {
                probe->command.first() = anchored(probe->command.first(), folder);
            }
        }
    }
}

} // namespace

std::optional<ImportFormat> Importer::guessFormat(const QString &path, const QByteArray &content)
{
    if (const auto byName = formatFromName(path)) {
        return byName;
    }
    return formatFromContent(path, content);
}

std::optional<ImportResult> Importer::importFile(const QString &path,
                                                 std::optional<ImportFormat> format, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    if (!format) {
        format = guessFormat(path, content);
    }
    if (!format) {
        *error = tr("cannot tell which tool %1 is for; give --format procfile, supervisord, "
                    "process-compose or pm2")
                         .arg(path);
        return std::nullopt;
    }
    std::optional<ImportResult> result;
    switch (*format) {
    case ImportFormat::Procfile:
        result = Importers::procfile(path, content, error);
        break;
    case ImportFormat::Supervisord:
        result = Importers::supervisord(path, content, error);
        break;
    case ImportFormat::ProcessCompose:
        result = Importers::processCompose(path, content, error);
        break;
    case ImportFormat::Pm2:
        result = Importers::pm2(path, content, error);
        break;
    }
    if (!result) {
        return std::nullopt;
    }
    result->format = *format;
    anchorRelativePaths(&*result, QFileInfo(path).absolutePath());
    makeNamesUnique(&*result);
    keepValidPrograms(&*result);
    // Each program is valid and names only programs that are there: what is left for the file
    // to load is the check across programs, a dependency cycle.
    if (const QString cycle = dependencyCycle(result->configuration.programs); !cycle.isEmpty()) {
        *error = tr("%1: the imported programs depend on each other in a cycle: %2")
                         .arg(path, cycle);
        return std::nullopt;
    }
    return result;
}

QString Importer::report(const QString &path, const ImportResult &result)
{
    QStringList lines;
    const qsizetype notMapped = result.notMappedCount();
    lines << tr("Imported %n program(s) from %1 (%2).", nullptr,
                int(result.configuration.programs.size()))
                     .arg(path, toString(result.format));
    const auto section = [&](bool mapped, const QString &title) {
        bool any = false;
        for (const ImportNote &note : result.notes) {
            if (note.mapped != mapped) {
                continue;
            }
            if (!any) {
                lines << title;
                any = true;
            }
            const QString where
                    = note.program.isEmpty() ? note.key : note.program + u": " + note.key;
            lines << u"  "_s + where + (mapped ? u" → "_s : u": "_s) + note.detail;
        }
    };
    section(true, tr("Mapped:"));
    section(false, tr("Not mapped (%n key(s)):", nullptr, int(notMapped)));
    return lines.join(u'\n');
}
