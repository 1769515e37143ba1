#include "core/supervision/launchrequest.h"

#include "core/model/programspec.h"
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
    // Each launch adds its own token; a launcher started by another launcher has one too.
    environment.remove(QString::fromLatin1(zlauncher::env::instance));
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
    return request;
}
