// Procfile (foreman, honcho, overmind): "name: command" lines, each run by a shell in the
// Procfile's folder with PORT = 5000 + 100 × its index, and the .env beside it.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importnotes.h"
#include "core/import/importtext.h"

#include "core/model/dotenv.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr int foremanBasePort = 5000;
constexpr int foremanPortStep = 100;
/// foreman's and honcho's wait between SIGTERM and SIGKILL.
constexpr int foremanStopTimeoutMs = 5000;

QString commandDetail(const ImportText::Command &command)
{
    if (command.throughShell) {
        return Importer::tr("/bin/sh -c, as foreman runs it (the line uses shell syntax)");
    }
    return ImportNotes::runDirectly(command.program, int(command.arguments.size()));
}

/// The .env beside the Procfile, as foreman and honcho read it: set as the programs' envFile
/// when zlauncher reads it too.
void useDotEnv(const QString &folder, ImportResult *result)
{
    const QString dotEnv = QDir(folder).filePath(u".env"_s);
    if (!QFileInfo::exists(dotEnv)) {
        return;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString error;
    const auto lookup = [&](const QString &name) -> std::optional<QString> {
        return environment.contains(name) ? std::optional(environment.value(name)) : std::nullopt;
    };
    if (!DotEnv::readFile(dotEnv, lookup, &error)) {
        result->notMapped({}, u".env"_s, Importer::tr("not used: %1").arg(error));
        return;
    }
    for (ProgramSpec &program : result->configuration.programs) {
        program.envFile = dotEnv;
    }
    result->mapped({}, u".env"_s, Importer::tr("\"envFile\" of every program: %1").arg(dotEnv));
}

/// A line that is not "name: command": reported and skipped, as foreman and honcho skip it; the
/// first such line is kept for the error of a file of nothing else.
void skipLine(const QString &fileName, qsizetype number, const QString &line, ImportResult *result,
              QString *firstBadLine)
{
    const QString why = Importer::tr("%1:%2: not a \"name: command\" line (got \"%3\"); "
                                     "skipped, as foreman and honcho skip it")
                                .arg(fileName)
                                .arg(number)
                                .arg(line.left(60));
    result->notMapped({}, Importer::tr("line %1").arg(number), why);
    if (firstBadLine->isEmpty()) {
        *firstBadLine = Importer::tr("%1:%2: expected \"name: command\" (got \"%3\")")
                                .arg(fileName)
                                .arg(number)
                                .arg(line.left(60));
    }
}

/// The program of the line "name: commandLine", given its port.
ProgramSpec programOf(const QString &name, const QString &commandLine, const QString &folder,
                      int port, ImportResult *result)
{
    const ImportText::Command command
            = ImportText::fromShellLine(commandLine, u"/bin/sh"_s, ImportText::Dollars::Shell);
    ProgramSpec program;
    program.name = name;
    // foreman writes the values of PORT and PS into the command itself; the shell of a
    // shell line reads them from the environment.
    const auto substituted = [&](QString text) {
        return text.replace(u"${PORT}"_s, QString::number(port))
                .replace(u"${PS}"_s, name + u".1"_s);
    };
    program.program = substituted(command.program);
    for (const QString &argument : command.arguments) {
        program.arguments.append(command.throughShell ? argument : substituted(argument));
    }
    program.kind = ProgramKind::Plain;
    program.workingDirectory = folder;
    program.environment.insert(u"PORT"_s, QString::number(port));
    program.environment.insert(u"PS"_s, name + u".1"_s);
    program.stopGraceMs = foremanStopTimeoutMs;
    result->mapped(name, Importer::tr("command"), commandDetail(command));
    result->mapped(name, u"PORT"_s,
                   Importer::tr("%1 in its environment (5000 + 100 × its place, as foreman "
                                "assigns it), and PS=%2.1")
                           .arg(port)
                           .arg(name));
    return program;
}

} // namespace

namespace Importers {

std::optional<ImportResult> procfile(const QString &path, const QByteArray &content, QString *error)
{
    static const QRegularExpression entry(u"^([A-Za-z0-9_-]+):\\s*(.+)$"_s);
    const QString folder = QFileInfo(path).absolutePath();
    const QString fileName = QFileInfo(path).fileName();
    ImportResult result;
    QString firstBadLine;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (qsizetype number = 1; number <= lines.size(); ++number) {
        const QString line = lines.at(number - 1).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch()) {
            skipLine(fileName, number, line, &result, &firstBadLine);
            continue;
        }
        const QString name = match.captured(1);
        if (result.configuration.program(name)) {
            *error = Importer::tr("%1:%2: \"%3\" is already defined above")
                             .arg(fileName)
                             .arg(number)
                             .arg(name);
            return std::nullopt;
        }
        const int port
                = foremanBasePort + foremanPortStep * int(result.configuration.programs.size());
        result.configuration.programs.append(
                programOf(name, match.captured(2), folder, port, &result));
    }
    if (result.configuration.programs.isEmpty()) {
        *error = firstBadLine.isEmpty()
                ? Importer::tr("%1: no \"name: command\" line").arg(fileName)
                : Importer::tr("%1, and no line of the file is one").arg(firstBadLine);
        return std::nullopt;
    }
    result.mapped({}, Importer::tr("(every program)"),
                  Importer::tr("kind \"plain\", run in %1, restarted when it exits (foreman "
                               "would stop them all), killed 5 s after SIGTERM as foreman does")
                          .arg(folder));
    useDotEnv(folder, &result);
    return result;
}

} // namespace Importers
