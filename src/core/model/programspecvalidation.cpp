// ProgramSpec's checks (DESIGN.md §5b): validationError(), what can be checked of the spec alone,
// and launchError(), what a launch would find wrong on this machine now.
#include "core/model/programspec.h"

#include "core/model/programexpansion.h"
#include "core/model/replicas.h"

#include <zlauncher/protocol.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace {

const char *const positiveMs = QT_TRANSLATE_NOOP(
        "ProgramSpec", "program %1: %2 must be a positive number of milliseconds (got %3)");
const char *const nonNegativeMs = QT_TRANSLATE_NOOP(
        "ProgramSpec", "program %1: %2 must be zero or more milliseconds (got %3)");

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Every validation message names the program and the key, then says what was found.
QString keyError(const char *format, const QString &program, const QString &key, int got)
{
    return QCoreApplication::translate("ProgramSpec", format)
            .arg(quoted(program), quoted(key), QString::number(got));
}

} // namespace

QString ProgramSpec::validationError() const
{
    if (!zlauncher::isValidProgramName(name.toUtf8().toStdString())) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: \"name\" must be 1 to 64 characters "
                                           "among letters, digits, '.', '_' and '-'")
                .arg(quoted(name));
    }
    if (program.isEmpty()) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: \"program\" must not be empty")
                .arg(quoted(name));
    }
    if (const QString timing = timingError(); !timing.isEmpty()) {
        return timing;
    }
    if (const QString limit = limitError(); !limit.isEmpty()) {
        return limit;
    }
    if (const QString dependency = dependencyError(); !dependency.isEmpty()) {
        return dependency;
    }
    if (const QString probe = probeError(); !probe.isEmpty()) {
        return probe;
    }
    return textError();
}

QString ProgramSpec::timingError() const
{
    if (heartbeatIntervalMs <= 0) {
        return keyError(positiveMs, name, u"heartbeatIntervalMs"_s, heartbeatIntervalMs);
    }
    if (lostTimeoutMs) {
        if (*lostTimeoutMs <= 0) {
            return keyError(positiveMs, name, u"lostTimeoutMs"_s, *lostTimeoutMs);
        }
        // Otherwise a heartbeat program would be declared lost between two beats.
        if (kind == ProgramKind::Heartbeat && *lostTimeoutMs <= heartbeatIntervalMs) {
            return QCoreApplication::translate(
                           "ProgramSpec",
                           "program %1: \"lostTimeoutMs\" must be longer than "
                           "\"heartbeatIntervalMs\" (%2 ms), or the program is declared lost "
                           "between two heartbeats (got %3)")
                    .arg(quoted(name), QString::number(heartbeatIntervalMs),
                         QString::number(*lostTimeoutMs));
        }
    }
    if (startTimeoutMs <= 0) {
        return keyError(positiveMs, name, u"startTimeoutMs"_s, startTimeoutMs);
    }
    if (stopGraceMs < 0) {
        return keyError(nonNegativeMs, name, u"stopGraceMs"_s, stopGraceMs);
    }
    if (minUptimeMs < 0) {
        return keyError(nonNegativeMs, name, u"minUptimeMs"_s, minUptimeMs);
    }
    if (maxRestarts < 0) {
        return keyError(
                QT_TRANSLATE_NOOP("ProgramSpec", "program %1: %2 must be zero or more (got %3)"),
                name, u"maxRestarts"_s, maxRestarts);
    }
    if (restartWindowMs <= 0) {
        return keyError(positiveMs, name, u"restartWindowMs"_s, restartWindowMs);
    }
    return {};
}

QString ProgramSpec::dependencyError() const
{
    for (const QString &dependency : dependsOn) {
        if (dependency == name) {
            return QCoreApplication::translate(
                           "ProgramSpec",
                           "program %1: \"dependsOn\" must not name the program itself")
                    .arg(quoted(name));
        }
        if (!zlauncher::isValidProgramName(dependency.toUtf8().toStdString())) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: \"dependsOn\" contains %2, which is "
                                               "not a valid program name")
                    .arg(quoted(name), quoted(dependency));
        }
    }
    for (auto it = dependencyConditions.cbegin(); it != dependencyConditions.cend(); ++it) {
        if (!dependsOn.contains(it.key())) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: a condition is set on %2, which "
                                               "is not in \"dependsOn\"")
                    .arg(quoted(name), quoted(it.key()));
        }
    }
    return {};
}

QString ProgramSpec::limitError() const
{
    // 1 TiB: more than any machine this runs on, and far from int's end.
    constexpr int maxMiB = 1024 * 1024;
    for (const auto &[key, value] :
         {std::pair{u"maxMemoryMiB"_s, maxMemoryMiB}, std::pair{u"memoryMaxMiB"_s, memoryMaxMiB}}) {
        if (value && (*value <= 0 || *value > maxMiB)) {
            return QCoreApplication::translate(
                           "ProgramSpec",
                           "program %1: %2 must be a number of MiB from 1 to %3 (got %4)")
                    .arg(quoted(name), quoted(key), QString::number(maxMiB),
                         QString::number(*value));
        }
    }
    if (instances && (*instances < 1 || *instances > maxReplicas)) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: %2 must be from 1 to %3 (got %4)")
                .arg(quoted(name), quoted(u"instances"_s), QString::number(maxReplicas),
                     QString::number(*instances));
    }
    if (instances
        && !zlauncher::isValidProgramName(
                replicaName(name, *instances - 1).toUtf8().toStdString())) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: the name is too long for %2 replicas "
                                           "(%3 would be longer than 64 characters)")
                .arg(quoted(name), QString::number(*instances),
                     quoted(replicaName(name, *instances - 1)));
    }
    if (logRotation
        && (logRotation->maxSizeMiB < 0 || logRotation->maxSizeMiB > LogRotation::maxSizeLimitMiB
            || logRotation->keep < 0 || logRotation->keep > LogRotation::keepLimit
            || !LogRotation::isValidAge(logRotation->maxAgeHours))) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: %2 must have a size from 0 to %3 MiB, an "
                                           "age of 0 or from a second to %4 hours, and from 0 "
                                           "to %5 files kept")
                .arg(quoted(name), quoted(u"logRotation"_s),
                     QString::number(LogRotation::maxSizeLimitMiB),
                     QString::number(LogRotation::maxAgeLimitHours),
                     QString::number(LogRotation::keepLimit));
    }
    if (memoryBreachSamples < 1 || memoryBreachSamples > 3600) {
        return QCoreApplication::translate("ProgramSpec",
                                           "program %1: %2 must be from 1 to 3600 samples (got %3)")
                .arg(quoted(name), quoted(u"memoryBreachSamples"_s),
                     QString::number(memoryBreachSamples));
    }
    return {};
}

QString ProgramSpec::probeError() const
{
    for (const ProbeRole role : allProbeRoles) {
        if (!probe(role)) {
            continue;
        }
        if (const QString error = probe(role)->validationError(role); !error.isEmpty()) {
            return QCoreApplication::translate("ProgramSpec", "program %1: %2: %3")
                    .arg(quoted(name), quoted(probeKey(role)), error);
        }
    }
    return {};
}

QString ProgramSpec::textError() const
{
    // Programs receive C strings: a NUL would silently cut what follows it.
    const QChar nul(0);
    for (const auto &[key, text] :
         {std::pair{u"program"_s, &program}, std::pair{u"workingDirectory"_s, &workingDirectory},
          std::pair{u"envFile"_s, &envFile}}) {
        if (text->contains(nul)) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: \"%2\" contains a NUL character")
                    .arg(quoted(name), key);
        }
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).contains(nul)) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: argument %2 of \"arguments\" "
                                               "contains a NUL character")
                    .arg(quoted(name))
                    .arg(i + 1);
        }
    }
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().contains(nul)) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: the value of %2 in \"environment\" "
                                               "contains a NUL character")
                    .arg(quoted(name), quoted(it.key()));
        }
    }
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        const QString &key = it.key();
        // execve() takes "KEY=value" strings: '=' or NUL in a key would change the variable set.
        if (key.isEmpty() || key.contains(u'=') || key.contains(QChar(0))) {
            return QCoreApplication::translate("ProgramSpec",
                                               "program %1: \"environment\" has the variable "
                                               "name %2, which must not be empty nor contain '='")
                    .arg(quoted(name), quoted(key));
        }
    }
    return ProgramExpansion::syntaxError(*this);
}

QString ProgramSpec::launchError() const
{
    if (!ProgramExpansion::needsExpansion(*this)) {
        return expandedLaunchError();
    }
    QString error;
    const auto expanded
            = ProgramExpansion::expanded(*this, QProcessEnvironment::systemEnvironment(), &error);
    return expanded ? expanded->expandedLaunchError() : error;
}

QString ProgramSpec::expandedLaunchError() const
{
    if (program.isEmpty()) {
        return QCoreApplication::translate("ProgramSpec",
                                           "cannot start %1: no program is configured")
                .arg(name);
    }
    const QString executable = resolvedProgram();
    if (executable.isEmpty()) {
        return QCoreApplication::translate("ProgramSpec",
                                           "cannot start %1: program %2 was not found in PATH")
                .arg(name, quoted(program));
    }
    const QFileInfo executableInfo(executable);
    if (!executableInfo.exists()) {
        return QCoreApplication::translate("ProgramSpec", "cannot start %1: %2 does not exist")
                .arg(name, executable);
    }
    if (executableInfo.isDir()) {
        return QCoreApplication::translate("ProgramSpec", "cannot start %1: %2 is a directory")
                .arg(name, executable);
    }
    if (!executableInfo.isExecutable()) {
        return QCoreApplication::translate("ProgramSpec", "cannot start %1: %2 is not executable")
                .arg(name, executable);
    }
    const QString directory = resolvedWorkingDirectory();
    if (directory.isEmpty()) {
        return {};
    }
    const QFileInfo directoryInfo(directory);
    if (!directoryInfo.exists()) {
        return QCoreApplication::translate("ProgramSpec",
                                           "cannot start %1: working directory %2 does not exist")
                .arg(name, directory);
    }
    if (!directoryInfo.isDir()) {
        return QCoreApplication::translate(
                       "ProgramSpec", "cannot start %1: working directory %2 is not a directory")
                .arg(name, directory);
    }
    return {};
}
