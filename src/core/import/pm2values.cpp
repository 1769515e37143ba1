#include "core/import/pm2values.h"

#include "core/import/importer.h"
#include "core/import/importnotes.h"

#include "core/config/configjson.h"

#include <QList>
#include <QRegularExpression>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Pm2Values {

QString unsupportedReason(const QString &key)
{
    if (key == u"exec_mode" || key == u"instance_var") {
        return Importer::tr("Node.js cluster mode is PM2's own; each instance runs as a program "
                            "of its own");
    }
    if (key == u"watch" || key == u"ignore_watch" || key == u"watch_options") {
        return Importer::tr("zlauncher does not restart on file changes");
    }
    if (key == u"cron_restart") {
        return Importer::tr("zlauncher does not restart on a schedule");
    }
    if (key.startsWith(u"env_")) {
        return Importer::tr("the environment of \"pm2 start --env %1\"; only \"env\" is used")
                .arg(key.mid(4));
    }
    if (key == u"error_file" || key == u"out_file" || key == u"log_file" || key == u"merge_logs"
        || key == u"log_date_format" || key == u"combine_logs" || key == u"pid_file") {
        return ImportNotes::outputInItsOwnLog();
    }
    return ImportNotes::notSupported();
}

QString interpreterFor(const QString &script)
{
    static const QList<std::pair<QString, QString>> byExtension{
            {u".js"_s, u"node"_s}, {u".cjs"_s, u"node"_s},      {u".mjs"_s, u"node"_s},
            {u".ts"_s, u"bun"_s},  {u".tsx"_s, u"bun"_s},       {u".py"_s, u"python3"_s},
            {u".sh"_s, u"bash"_s}, {u".rb"_s, u"ruby"_s},       {u".php"_s, u"php"_s},
            {u".pl"_s, u"perl"_s}, {u".coffee"_s, u"coffee"_s}, {u".ls"_s, u"lsc"_s}};
    for (const auto &[extension, interpreter] : byExtension) {
        if (script.endsWith(extension)) {
            return interpreter;
        }
    }
    return {};
}

std::optional<int> duration(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        return ms >= 0 && ms <= 1e9 ? std::optional(int(std::lround(ms))) : std::nullopt;
    }
    static const QRegularExpression pattern(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!value.isString() || !match.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    const double factor = unit == u"s" ? 1000 : unit == u"m" ? 60000 : unit == u"h" ? 3600000 : 1;
    const double ms = match.captured(1).toDouble() * factor;
    return ms <= 1e9 ? std::optional(int(std::lround(ms))) : std::nullopt;
}

std::optional<int> memoryMiB(const QJsonValue &value)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    static const QRegularExpression pattern(u"^(\\d+)([KMG]?)$"_s);
    double bytes = 0;
    if (value.isDouble()) {
        bytes = value.toDouble();
    } else if (const QRegularExpressionMatch match = pattern.match(value.toString());
               value.isString() && match.hasMatch()) {
        const QString unit = match.captured(2);
        const double factor = unit == u"K" ? 1024.0
                : unit == u"M"             ? mebibyte
                : unit == u"G"             ? mebibyte * 1024.0
                                           : 1.0;
        bytes = match.captured(1).toDouble() * factor;
    } else {
        return std::nullopt;
    }
    const double mib = std::ceil(bytes / mebibyte);
    return mib >= 1 && mib <= 1024.0 * 1024.0 ? std::optional(int(mib)) : std::nullopt;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : ConfigJson::describe(value);
}

QString scriptOf(const QJsonObject &app)
{
    for (const QString &key : {u"script"_s, u"exec"_s, u"cmd"_s, u"command"_s}) {
        if (app.value(key).isString()) {
            return app.value(key).toString();
        }
    }
    return {};
}

} // namespace Pm2Values
