#include "ctl/run.h"

#include "ctl/commands.h"
#include "ctl/ctl.h"
#include "ctl/follow.h"
#include "ctl/logs.h"
#include "ctl/import.h"
#include "ctl/formatting.h"
#include "ctl/invocation.h"
#include "ctl/hosts.h"
#include "ctl/keys.h"
#include "ctl/target.h"

#include "core/remote/controlclient.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

/// Relative paths are the user's, relative to here; the launcher runs elsewhere.
QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// A path of a --spec file as the launcher needs it: a relative one that names something here
/// is made absolute; any other is left as it is, for the launcher to resolve against its
/// configuration file's folder as it would in that file.
QString specPath(const QString &path)
{
    return !path.isEmpty() && QDir::isRelativePath(path) && QFileInfo::exists(path)
            ? absolutePath(path)
            : path;
}

/// Resolves the relative "program" (one with a slash: a bare name is looked up in PATH),
/// "workingDirectory" and "envFile" of a --spec file against the current directory, where the
/// user wrote them.
void resolveSpecPaths(QJsonObject *program)
{
    const QString executable = program->value(u"program"_s).toString();
    if (executable.contains(u'/')) {
        program->insert(u"program"_s, specPath(executable));
    }
    for (const QString &key : {u"workingDirectory"_s, u"envFile"_s}) {
        const QString path = program->value(key).toString();
        if (!path.isEmpty()) {
            program->insert(key, specPath(path));
        }
    }
}

bool readSpec(const QString &fileName, QJsonObject *program, QString *error)
{
    QFile file;
    const bool fromStdin = fileName == u"-";
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    const QString shownName = fromStdin ? zlauncherctl::tr("standard input") : fileName;
    if (!opened) {
        *error = zlauncherctl::tr("cannot read %1: %2").arg(shownName, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = zlauncherctl::tr("%1 is not valid JSON: %2 (at byte %3)")
                         .arg(shownName, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = zlauncherctl::tr("%1 must hold one program object, as in the configuration's "
                                  "\"programs\" array")
                         .arg(shownName);
        return false;
    }
    *program = document.object();
    return true;
}

std::optional<QJsonObject> addRequest(const Invocation &invocation, QString *error)
{
    QJsonObject program;
    if (!invocation.specFile.isEmpty()) {
        if (!readSpec(invocation.specFile, &program, error)) {
            return std::nullopt;
        }
        resolveSpecPaths(&program);
    } else {
        QString executable = invocation.arguments.at(1);
        if (executable.contains(u'/') && QDir::isRelativePath(executable)) {
            executable = absolutePath(executable);
        }
        program.insert(u"name"_s, invocation.arguments.at(0));
        program.insert(u"program"_s, executable);
        program.insert(u"arguments"_s, QJsonArray::fromStringList(invocation.arguments.mid(2)));
    }
    if (!invocation.kind.isEmpty()) {
        program.insert(u"kind"_s, invocation.kind);
    }
    if (invocation.noAutostart) {
        program.insert(u"autostart"_s, false);
    }
    if (!invocation.restartPolicy.isEmpty()) {
        program.insert(u"restart"_s, invocation.restartPolicy);
    }
    if (!invocation.envFile.isEmpty()) {
        program.insert(u"envFile"_s, specPath(invocation.envFile));
    }
    QJsonObject request{{u"command"_s, u"add"_s}, {u"program"_s, program}};
    if (invocation.start) {
        request.insert(u"start"_s, true);
    }
    return request;
}

QJsonObject plainRequest(const Invocation &invocation)
{
    const QString &command = invocation.command;
    QJsonObject request{{u"command"_s, command}};
    if (invocation.all) {
        request.insert(u"all"_s, true);
    } else if (!invocation.arguments.isEmpty()) {
        const bool isPath = command == u"reload" || command == u"save";
        request.insert(isPath ? u"path"_s : u"name"_s,
                       isPath ? absolutePath(invocation.arguments.first())
                              : invocation.arguments.first());
    }
    if (invocation.leaveRunning) {
        request.insert(u"leaveRunning"_s, true);
    }
    if (command == u"scale") {
        // A count that is not a whole number is sent as it is, for the launcher to refuse.
        bool whole = false;
        const int count = invocation.arguments.value(1).toInt(&whole);
        request.insert(u"instances"_s,
                       whole ? QJsonValue(count) : QJsonValue(invocation.arguments.value(1)));
    }
    if (command == u"ping" && invocation.timeoutMs) {
        request.insert(u"timeoutMs"_s, *invocation.timeoutMs);
    }
    return request;
}

void showActedOn(const QString &command, const QJsonObject &reply)
{
    const QJsonArray names = reply.value(u"names"_s).toArray();
    static const QHash<QString, std::pair<const char *, const char *>> texts = {
            {u"start"_s,
             {QT_TRANSLATE_NOOP("zlauncherctl", "Starting %1"),
              QT_TRANSLATE_NOOP("zlauncherctl", "No program to start")}},
            {u"stop"_s,
             {QT_TRANSLATE_NOOP("zlauncherctl", "Stopping %1"),
              QT_TRANSLATE_NOOP("zlauncherctl", "No program to stop")}},
            {u"restart"_s,
             {QT_TRANSLATE_NOOP("zlauncherctl", "Restarting %1"),
              QT_TRANSLATE_NOOP("zlauncherctl", "No program to restart")}},
            {u"kill"_s,
             {QT_TRANSLATE_NOOP("zlauncherctl", "Killing %1"),
              QT_TRANSLATE_NOOP("zlauncherctl", "No program to kill")}},
    };
    const auto &[some, none] = texts.value(command);
    printLine(names.isEmpty() ? zlauncherctl::tr(none)
                              : zlauncherctl::tr(some).arg(nameList(names)));
}

void showReload(const QJsonObject &reply)
{
    const std::pair<const char *, QString> parts[] = {
            {QT_TRANSLATE_NOOP("zlauncherctl", "added: %1"), u"added"_s},
            {QT_TRANSLATE_NOOP("zlauncherctl", "changed: %1"), u"changed"_s},
            {QT_TRANSLATE_NOOP("zlauncherctl", "removed: %1"), u"removed"_s},
            {QT_TRANSLATE_NOOP("zlauncherctl", "unchanged: %1"), u"unchanged"_s},
    };
    for (const auto &[label, key] : parts) {
        printLine(zlauncherctl::tr(label).arg(nameList(reply.value(key).toArray())));
    }
    for (const QJsonValue &note : reply.value(u"notes"_s).toArray()) {
        printLine(note.toString());
    }
}

/// The reply of a request that succeeded, for people (--json prints it as it is instead).
void showReply(const Invocation &invocation, const QJsonObject &reply)
{
    const QString &command = invocation.command;
    if (command == u"info") {
        printLine(launcherInfo(reply));
    } else if (command == u"list") {
        printLine(programTable(reply.value(u"programs"_s).toArray()));
    } else if (command == u"status") {
        printLine(programDetails(reply.value(u"program"_s).toObject()));
    } else if (command == u"start" || command == u"stop" || command == u"restart"
               || command == u"kill") {
        showActedOn(command, reply);
    } else if (command == u"ping") {
        const double ms = reply.value(u"roundTripUs"_s).toDouble() / 1000.0;
        printLine(zlauncherctl::tr("%1: %2 (round trip %3 ms)")
                          .arg(invocation.arguments.value(0), reply.value(u"reply"_s).toString())
                          .arg(ms, 0, 'f', 2));
    } else if (command == u"add") {
        printLine(zlauncherctl::tr("Added %1").arg(reply.value(u"name"_s).toString()));
    } else if (command == u"remove") {
        printLine(zlauncherctl::tr("Removed %1").arg(reply.value(u"name"_s).toString()));
    } else if (command == u"scale") {
        printLine(zlauncherctl::tr("Scaled %1 to %2: %3")
                          .arg(reply.value(u"name"_s).toString())
                          .arg(reply.value(u"instances"_s).toInt())
                          .arg(nameList(reply.value(u"names"_s).toArray())));
    } else if (command == u"reload") {
        showReload(reply);
    } else if (command == u"save") {
        printLine(zlauncherctl::tr("Saved %1").arg(reply.value(u"path"_s).toString()));
    } else if (command == u"quit") {
        printLine(invocation.leaveRunning
                          ? zlauncherctl::tr("The launcher exits and leaves the programs running")
                          : zlauncherctl::tr("The launcher stops every program, then exits"));
    }
    // show: nothing to say.
}

int requestTimeoutMs(const Invocation &invocation)
{
    // ping's --timeout is the program's time to answer; the launcher's own answer comes after.
    if (invocation.command == u"ping") {
        return invocation.timeoutMs.value_or(1000) + 2000;
    }
    return invocation.requestTimeoutMs();
}

int showHelp(const Invocation &invocation)
{
    const CommandInfo *command = findCommand(invocation.command);
    printRaw((command ? commandHelpText(*command) : manualText(invocation.runtimeDir))
                     .toLocal8Bit());
    return ExitSuccess;
}

int exchange(const Invocation &invocation, const QJsonObject &request)
{
    const ControlClient::Result result
            = askLauncher(invocation, request, requestTimeoutMs(invocation));
    if (result.outcome != ControlClient::Outcome::Replied) {
        printError(result.error);
        return noReplyStatus(result.outcome);
    }
    if (invocation.json) {
        printRaw(QJsonDocument(result.reply).toJson(QJsonDocument::Indented));
    }
    if (!result.reply.value(u"ok"_s).toBool()) {
        printError(result.error);
        return ExitFailed;
    }
    if (!invocation.json) {
        showReply(invocation, result.reply);
    }
    return ExitSuccess;
}

} // namespace

int run(const Invocation &given)
{
    Invocation invocation = given;
    if (!invocation.host.isEmpty()) {
        QString error;
        if (!resolveHost(&invocation, &error)) {
            printError(error);
            return ExitFailed;
        }
    }
    if (invocation.help) {
        return showHelp(invocation);
    }
    if (invocation.version) {
        printLine(QStringLiteral("zlauncherctl " ZLAUNCHER_VERSION));
        return ExitSuccess;
    }
    if (invocation.command == u"events") {
        return followEvents(invocation);
    }
    if (invocation.command == u"wait") {
        return waitForState(invocation);
    }
    if (invocation.command == u"logs") {
        return showOutput(invocation);
    }
    if (invocation.command == u"import") {
        return importConfiguration(invocation);
    }
    if (invocation.command == u"keygen") {
        return makeClientKey(invocation);
    }
    if (invocation.command == u"authorize") {
        return authorizeClientKey(invocation);
    }
    if (invocation.command == u"hosts") {
        return manageHosts(invocation);
    }
    QJsonObject request;
    if (invocation.command == u"add") {
        QString error;
        const std::optional<QJsonObject> add = addRequest(invocation, &error);
        if (!add) {
            printError(error);
            return ExitFailed;
        }
        request = *add;
    } else {
        request = plainRequest(invocation);
    }
    return exchange(invocation, request);
}
