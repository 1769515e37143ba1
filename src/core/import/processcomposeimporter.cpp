// process-compose's YAML, read with yaml-cpp: "processes" with their commands (run by bash, as
// process-compose runs them), availability, depends_on conditions, probes, shutdown and replicas
// (ProcessComposeReader), and the file-wide environment that every process gets.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importprograms.h"
#include "core/import/processcomposereader.h"
#include "core/import/processcomposeyaml.h"

#include <QFileInfo>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace ProcessComposeYaml;

namespace {

/// The file's own keys but "processes": its environment, which every process gets under its
/// own, is returned; the others are reported.
QMap<QString, QString> readTopLevel(const YAML::Node &root, ImportResult *result)
{
    QMap<QString, QString> shared;
    for (const auto &entry : root) {
        const QString key = keyName(entry.first);
        if (key == u"environment") {
            shared = environmentOf(entry.second);
            result->mapped({}, key, Importer::tr("added to every program's environment"));
        } else if (key == u"version") {
            result->mapped(
                    {}, key,
                    Importer::tr("read as process-compose %1").arg(qs(entry.second.Scalar())));
        } else if (key != u"processes") {
            result->notMapped({}, key,
                              Importer::tr("process-compose's own setting; zlauncher "
                                           "has no counterpart"));
        }
    }
    return shared;
}

void readProcesses(const YAML::Node &processes, const QString &folder,
                   const QMap<QString, QString> &shared, ImportResult *result)
{
    for (const auto &entry : processes) {
        ProcessComposeReader reader(qs(entry.first.Scalar()), folder, result);
        for (ProgramSpec program : reader.read(entry.second)) {
            ImportPrograms::addShared(&program.environment, shared);
            result->configuration.programs.append(program);
        }
    }
}

} // namespace

namespace Importers {

std::optional<ImportResult> processCompose(const QString &path, const QByteArray &content,
                                           QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    ImportResult result;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        const YAML::Node processes = root["processes"];
        if (!root.IsMap() || !processes || !processes.IsMap()) {
            *error = Importer::tr("%1: expected a \"processes:\" map").arg(fileName);
            return std::nullopt;
        }
        const QMap<QString, QString> shared = readTopLevel(root, &result);
        readProcesses(processes, QFileInfo(path).absolutePath(), shared, &result);
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
