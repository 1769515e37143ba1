// ProgramSpec as a value: its enums' names, the settings derived from others, and its paths
// resolved. Its checks are in programspecvalidation.cpp, what an edit changes for a live
// instance in programspecchanges.cpp.
#include "core/model/programspec.h"

#include <limits>

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString resolveAgainst(const QString &baseDirectory, const QString &path)
{
    if (QDir::isAbsolutePath(path)) {
        return QDir::cleanPath(path);
    }
    return QDir::cleanPath(QDir(baseDirectory).absoluteFilePath(path));
}

} // namespace

QString toString(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::Heartbeat:
        return u"heartbeat"_s;
    case ProgramKind::Notify:
        return u"notify"_s;
    case ProgramKind::Plain:
        return u"plain"_s;
    }
    return {};
}

QString toString(RestartPolicy policy)
{
    switch (policy) {
    case RestartPolicy::Always:
        return u"always"_s;
    case RestartPolicy::OnFailure:
        return u"on-failure"_s;
    case RestartPolicy::Never:
        return u"never"_s;
    }
    return {};
}

QString toString(DependencyCondition condition)
{
    switch (condition) {
    case DependencyCondition::Started:
        return u"started"_s;
    case DependencyCondition::Ready:
        return u"ready"_s;
    case DependencyCondition::Healthy:
        return u"healthy"_s;
    case DependencyCondition::Completed:
        return u"completed"_s;
    case DependencyCondition::CompletedSuccessfully:
        return u"completedSuccessfully"_s;
    }
    return {};
}

std::optional<ProgramKind> programKindFromString(const QString &text)
{
    for (const ProgramKind kind :
         {ProgramKind::Heartbeat, ProgramKind::Notify, ProgramKind::Plain}) {
        if (text == toString(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<RestartPolicy> restartPolicyFromString(const QString &text)
{
    for (const RestartPolicy policy :
         {RestartPolicy::Always, RestartPolicy::OnFailure, RestartPolicy::Never}) {
        if (text == toString(policy)) {
            return policy;
        }
    }
    return std::nullopt;
}

std::optional<DependencyCondition> dependencyConditionFromString(const QString &text)
{
    for (const DependencyCondition condition :
         {DependencyCondition::Started, DependencyCondition::Ready, DependencyCondition::Healthy,
          DependencyCondition::Completed, DependencyCondition::CompletedSuccessfully}) {
        if (text == toString(condition)) {
            return condition;
        }
    }
    return std::nullopt;
}

int ProgramSpec::watchdogMs() const
{
    return kind == ProgramKind::Notify ? lostTimeoutMs.value_or(0) : 0;
}

int ProgramSpec::expectedBeatIntervalMs() const
{
    switch (kind) {
    case ProgramKind::Heartbeat:
        return heartbeatIntervalMs;
    case ProgramKind::Notify:
        return watchdogMs() / 2;
    case ProgramKind::Plain:
        break;
    }
    return 0;
}

int ProgramSpec::effectiveLostTimeoutMs() const
{
    if (lostTimeoutMs) {
        return *lostTimeoutMs;
    }
    // The zguide's advice: a peer is lost after three missed heartbeats. Clamped so that a huge
    // interval cannot overflow.
    const qint64 lost = 3 * qint64(heartbeatIntervalMs);
    return int(qBound(qint64(0), lost, qint64(std::numeric_limits<int>::max())));
}

QString ProgramSpec::resolvedProgram() const
{
    return resolveExecutable(program, baseDirectory);
}

QString resolveExecutable(const QString &program, const QString &baseDirectory)
{
    if (program.isEmpty()) {
        return {};
    }
    if (program.contains(u'/')) {
        return QDir::isAbsolutePath(program) ? program : resolveAgainst(baseDirectory, program);
    }
    return QStandardPaths::findExecutable(program);
}

QString ProgramSpec::resolvedWorkingDirectory() const
{
    if (workingDirectory.isEmpty()) {
        return baseDirectory;
    }
    return resolveAgainst(baseDirectory, workingDirectory);
}

QString ProgramSpec::resolvedEnvFile() const
{
    return envFile.isEmpty() ? QString() : resolveAgainst(baseDirectory, envFile);
}
