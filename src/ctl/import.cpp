#include "ctl/import.h"

#include "ctl/ctl.h"
#include "ctl/invocation.h"

#include "core/import/importer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QJsonObject reportJson(const ImportResult &result, const QString &output)
{
    QJsonArray programs;
    for (const ProgramSpec &program : result.configuration.programs) {
        programs.append(program.name);
    }
    QJsonArray mapped;
    QJsonArray notMapped;
    for (const ImportNote &note : result.notes) {
        (note.mapped ? mapped : notMapped)
                .append(QJsonObject{{u"program"_s, note.program},
                                    {u"key"_s, note.key},
                                    {note.mapped ? u"became"_s : u"why"_s, note.detail}});
    }
    QJsonObject report{{u"ok"_s, true},
                       {u"format"_s, toString(result.format)},
                       {u"programs"_s, programs},
                       {u"mapped"_s, mapped},
                       {u"notMapped"_s, notMapped}};
    if (!output.isEmpty()) {
        report.insert(u"output"_s, output);
    }
    return report;
}

} // namespace

int importConfiguration(const Invocation &invocation)
{
    const QString source = invocation.arguments.value(0);
    std::optional<ImportFormat> format;
    if (!invocation.importFormat.isEmpty()) {
        format = importFormatFromString(invocation.importFormat);
    }
    const QString output = invocation.output.isEmpty()
            ? QString()
            : QFileInfo(invocation.output).absoluteFilePath();
    if (!output.isEmpty() && QFileInfo::exists(output)) {
        printError(zlauncherctl::tr("%1 exists already; give another -o FILE, or remove it first")
                           .arg(invocation.output));
        return ExitFailed;
    }
    QString error;
    const std::optional<ImportResult> result = Importer::importFile(source, format, &error);
    if (!result) {
        printError(error);
        return ExitFailed;
    }
    if (output.isEmpty()) {
        // The configuration is the output; the report goes beside it, to stderr.
        printRaw(ProgramStore::serialize(result->configuration) + '\n');
    } else if (!ProgramStore::save(output, result->configuration, &error)) {
        printError(error);
        return ExitFailed;
    }
    if (invocation.json) {
        const QByteArray report = QJsonDocument(reportJson(*result, output)).toJson();
        if (output.isEmpty()) {
            std::fputs(report.constData(), stderr);
        } else {
            printRaw(report);
        }
        return ExitSuccess;
    }
    QString report = Importer::report(source, *result);
    if (!output.isEmpty()) {
        report += u'\n'
                + zlauncherctl::tr("Written to %1. Run it with: zlauncher --config %1").arg(output);
    }
    if (output.isEmpty()) {
        std::fputs(qPrintable(report + u'\n'), stderr);
    } else {
        printLine(report);
    }
    return ExitSuccess;
}
