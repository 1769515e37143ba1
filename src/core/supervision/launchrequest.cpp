#include "core/supervision/launchrequest.h"

#include "core/model/programspec.h"
#include "core/model/replicas.h"
#include "core/os/containment.h"
#include "core/os/runtimedir.h"

#include <QProcessEnvironment>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

QStringList programEnvironment(const ProgramSpec &spec, const RuntimeDir &runtimeDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    environment.insert(QString::fromLatin1(zlauncher::env::name), spec.name);
    environment.insert(QString::fromLatin1(zlauncher::env::heartbeat),
                       runtimeDir.heartbeatEndpoint());
    environment.insert(QString::fromLatin1(zlauncher::env::control),
                       runtimeDir.programControlEndpoint(spec.name));
    environment.insert(QString::fromLatin1(zlauncher::env::intervalMs),
                       QString::number(spec.heartbeatIntervalMs));
    environment.insert(QString::fromLatin1(zlauncher::env::runtimeDir), runtimeDir.path());
    // A replica has its index; a program that is not one must not inherit the launcher's.
    environment.remove(QString::fromLatin1(zlauncher::env::instanceIndex));
    if (const std::optional<QString> index = instanceIndexVariable(spec)) {
        environment.insert(QString::fromLatin1(zlauncher::env::instanceIndex), *index);
    }
    // Each launch adds its own token; a launcher started by another launcher has one too.
    environment.remove(QString::fromLatin1(zlauncher::env::instance));
    // A launcher run by systemd has its own: a program must not notify the launcher's manager.
    for (const QString &inherited : {u"NOTIFY_SOCKET"_s, u"WATCHDOG_USEC"_s, u"WATCHDOG_PID"_s}) {
        environment.remove(inherited);
    }
    if (spec.kind == ProgramKind::Notify) {
        environment.insert(u"NOTIFY_SOCKET"_s, runtimeDir.notifySocketPath());
        if (const int watchdogMs = spec.watchdogMs(); watchdogMs > 0) {
            environment.insert(u"WATCHDOG_USEC"_s, QString::number(qint64(watchdogMs) * 1000));
        }
    }
    return environment.toStringList();
}

SpawnRequest instanceSpawnRequest(const ProgramSpec &spec, const QStringList &environment,
                                  const QString &token, const QString &logFile)
{
    SpawnRequest request;
    request.program = spec.resolvedProgram();
    request.arguments = spec.arguments;
    request.workingDirectory = spec.resolvedWorkingDirectory();
    request.environment = environment;
    request.environment.append(QString::fromLatin1(zlauncher::env::instance) + u'=' + token);
    request.appendFile = logFile;
    request.cgroupName = Containment::groupName(spec.name, token);
    request.cgroupMemoryMaxBytes = qint64(spec.memoryMaxMiB.value_or(0)) * 1024 * 1024;
    return request;
}
