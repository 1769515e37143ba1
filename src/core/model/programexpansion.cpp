#include "core/model/programexpansion.h"

#include "core/model/dotenv.h"
#include "core/model/replicas.h"
#include "core/model/variableexpansion.h"

#include <QCoreApplication>
#include <QHash>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Calls expandOne(text, where) on every setting that may hold references, where naming it for
// messages ("arguments"); stops at the first that returns false. Spec: ProgramSpec, or a const
// one to only read.
template<typename Spec, typename Expand>
bool forEachSetting(Spec &spec, Expand &&expandOne)
{
    if (!expandOne(spec.program, quoted(u"program"_s))
        || !expandOne(spec.workingDirectory, quoted(u"workingDirectory"_s))) {
        return false;
    }
    for (auto &argument : spec.arguments) {
        if (!expandOne(argument, quoted(u"arguments"_s))) {
            return false;
        }
    }
    for (auto it = spec.environment.begin(); it != spec.environment.end(); ++it) {
        if (!expandOne(it.value(),
                       QCoreApplication::translate("ProgramExpansion", "%1 of \"environment\"")
                               .arg(it.key()))) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace ProgramExpansion {

bool needsExpansion(const ProgramSpec &spec)
{
    return !spec.envFile.isEmpty()
            || !forEachSetting(spec, [](const QString &text, const QString &) {
                   return !VariableExpansion::mayExpand(text);
               });
}

std::optional<ProgramSpec> expanded(const ProgramSpec &spec,
                                    const QProcessEnvironment &launcherEnvironment, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const VariableExpansion::Lookup fromLauncher = [&launcherEnvironment](const QString &name) {
        return launcherEnvironment.contains(name)
                ? std::optional<QString>(launcherEnvironment.value(name))
                : std::nullopt;
    };
    QHash<QString, QString> fileVariables;
    ProgramSpec result = spec;
    if (!spec.envFile.isEmpty()) {
        QString fileError;
        const auto variables = DotEnv::readFile(spec.resolvedEnvFile(), fromLauncher, &fileError);
        if (!variables) {
            message = QCoreApplication::translate("ProgramExpansion", "program %1: %2")
                              .arg(quoted(spec.name), fileError);
            return std::nullopt;
        }
        for (const auto &[name, value] : *variables) {
            fileVariables.insert(name, value);
        }
    }
    // The env file wins over the launcher's environment, as in docker compose.
    // A replica's index is its own, whatever the file or the launcher says.
    const VariableExpansion::Lookup lookup = [&](const QString &name) {
        if (name == QLatin1StringView(zlauncher::env::instanceIndex)) {
            if (std::optional<QString> index = instanceIndexVariable(spec)) {
                return index;
            }
        }
        const auto found = fileVariables.constFind(name);
        return found != fileVariables.constEnd() ? std::optional<QString>(*found)
                                                 : fromLauncher(name);
    };
    const bool complete = forEachSetting(result, [&](QString &text, const QString &where) {
        if (!VariableExpansion::mayExpand(text)) {
            return true;
        }
        VariableExpansion::Problem problem;
        const std::optional<QString> value = VariableExpansion::expand(text, lookup, &problem);
        if (!value) {
            message = QCoreApplication::translate("ProgramExpansion", "program %1: %2 (in %3)")
                              .arg(quoted(spec.name), problem.message, where);
            return false;
        }
        text = *value;
        return true;
    });
    if (!complete) {
        return std::nullopt;
    }
    for (auto it = fileVariables.cbegin(); it != fileVariables.cend(); ++it) {
        if (!result.environment.contains(it.key())) {
            result.environment.insert(it.key(), it.value());
        }
    }
    return result;
}

QString syntaxError(const ProgramSpec &spec)
{
    // Every variable defined: whatever is refused then is the text's own fault.
    const VariableExpansion::Lookup anything
            = [](const QString &) { return std::optional<QString>(u"x"_s); };
    QString message;
    forEachSetting(spec, [&](const QString &text, const QString &where) {
        VariableExpansion::Problem problem;
        if (VariableExpansion::mayExpand(text)
            && !VariableExpansion::expand(text, anything, &problem)) {
            message = QCoreApplication::translate("ProgramExpansion", "program %1: %2 (in %3)")
                              .arg(quoted(spec.name), problem.message, where);
            return false;
        }
        return true;
    });
    return message;
}

} // namespace ProgramExpansion
