#include "ctl/invocation.h"

#include "ctl/commands.h"
#include "ctl/ctl.h"

#include "core/import/importresult.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/os/runtimedir.h"

#include <limits>

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QStringList globalOptions
        = {u"h"_s,           u"help"_s,    u"version"_s,    u"json"_s, u"timeout"_s,
           u"runtime-dir"_s, u"connect"_s, u"server-key"_s, u"key"_s,  u"host"_s};
const QStringList optionsWithValue
        = {u"runtime-dir"_s, u"timeout"_s,    u"state"_s,    u"count"_s,  u"kind"_s,
           u"restart"_s,     u"spec"_s,       u"env-file"_s, u"format"_s, u"output"_s,
           u"connect"_s,     u"server-key"_s, u"key"_s,      u"label"_s,  u"host"_s};

QList<QCommandLineOption> parserOptions()
{
    // The descriptions are in the manual (commands.cpp); the parser only recognises.
    QList<QCommandLineOption> options{
            {{u"h"_s, u"help"_s}, QString()}, {u"version"_s, QString()},
            {u"json"_s, QString()},           {u"all"_s, QString()},
            {u"leave-running"_s, QString()},  {u"no-autostart"_s, QString()},
            {u"start"_s, QString()},          {u"follow"_s, QString()}};
    for (const QString &name : optionsWithValue) {
        const QStringList names = name == u"output" ? QStringList{u"o"_s, name} : QStringList{name};
        options.append(QCommandLineOption(names, QString(), u"value"_s));
    }
    return options;
}

/// Everything after add's PROGRAM belongs to the program, dashes included, "--" too: a "--"
/// right after PROGRAM makes the parser see it so (it keeps any later "--" as an argument).
QStringList endOptionsAfterProgram(const QStringList &arguments)
{
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            break; // the parser takes what follows as words already
        }
        if (argument.startsWith(u"--")) {
            if (optionsWithValue.contains(argument.mid(2))) {
                ++i; // its value, even if it looks like a word
            }
            continue;
        }
        if (argument.startsWith(u'-') && argument.size() > 1) {
            continue;
        }
        positional << argument;
        if (positional.size() == 3 && positional.first() == u"add") {
            QStringList result = arguments;
            result.insert(i + 1, u"--"_s);
            return result;
        }
    }
    return arguments;
}

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

bool checkArity(const CommandInfo &command, const Invocation &invocation, QString *error)
{
    const qsizetype count = invocation.arguments.size();
    if (command.options.contains(u"all"_s)) {
        if (invocation.all && count > 0) {
            return fail(error,
                        zlauncherctl::tr("%1: give a program NAME or --all, not both")
                                .arg(command.name));
        }
        if (!invocation.all && count == 0) {
            return fail(
                    error,
                    zlauncherctl::tr("%1: missing the program NAME (or --all)").arg(command.name));
        }
    }
    if (command.name == u"add" && !invocation.specFile.isEmpty()) {
        return count == 0 ? true
                          : fail(error,
                                 zlauncherctl::tr("add: give either --spec FILE or NAME PROGRAM, "
                                                  "not both"));
    }
    if (command.name == u"add" && count < 2) {
        return fail(error,
                    count == 0 ? zlauncherctl::tr("add: missing NAME and PROGRAM (or --spec FILE)")
                               : zlauncherctl::tr("add: missing the PROGRAM to run"));
    }
    if (count < command.minArguments) {
        return fail(error, zlauncherctl::tr("%1: missing the program NAME").arg(command.name));
    }
    if (command.maxArguments >= 0 && count > command.maxArguments) {
        return fail(error,
                    zlauncherctl::tr("%1: unexpected argument \"%2\" (usage: zlauncherctl %1 %3)")
                            .arg(command.name, invocation.arguments.at(command.maxArguments),
                                 command.arguments));
    }
    return true;
}

bool checkOptionsApply(const QCommandLineParser &parser, const CommandInfo &command, QString *error)
{
    for (const QString &name : parser.optionNames()) {
        if (!globalOptions.contains(name) && !command.options.contains(name)) {
            return fail(error,
                        zlauncherctl::tr("--%1 does not apply to %2 (see zlauncherctl help %2)")
                                .arg(name, command.name));
        }
    }
    return true;
}

/// add's options: the program's kind, restart policy, env file, and its spec file.
bool readAddOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    invocation->specFile = parser.value(u"spec"_s);
    invocation->kind = parser.value(u"kind"_s);
    if (parser.isSet(u"kind"_s) && !programKindFromString(invocation->kind)) {
        return fail(error,
                    zlauncherctl::tr("--kind must be plain or heartbeat, not \"%1\"")
                            .arg(invocation->kind));
    }
    invocation->restartPolicy = parser.value(u"restart"_s);
    if (parser.isSet(u"restart"_s) && !restartPolicyFromString(invocation->restartPolicy)) {
        return fail(error,
                    zlauncherctl::tr("--restart must be always, on-failure or never, not \"%1\"")
                            .arg(invocation->restartPolicy));
    }
    invocation->envFile = parser.value(u"env-file"_s);
    if (parser.isSet(u"env-file"_s) && invocation->envFile.isEmpty()) {
        return fail(error, zlauncherctl::tr("--env-file needs a FILE"));
    }
    if (parser.isSet(u"spec"_s) && invocation->specFile.isEmpty()) {
        return fail(error, zlauncherctl::tr("--spec needs a FILE, or - for standard input"));
    }
    return true;
}

/// import's options: the format to read and the file to write.
bool readImportOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    invocation->importFormat = parser.value(u"format"_s);
    if (parser.isSet(u"format"_s) && !importFormatFromString(invocation->importFormat)) {
        return fail(error,
                    zlauncherctl::tr("--format must be procfile, supervisord, process-compose or "
                                     "pm2, not \"%1\"")
                            .arg(invocation->importFormat));
    }
    invocation->output = parser.value(u"output"_s);
    if (parser.isSet(u"output"_s) && invocation->output.isEmpty()) {
        return fail(error, zlauncherctl::tr("-o needs a FILE"));
    }
    return true;
}

bool readEventCount(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    if (!parser.isSet(u"count"_s)) {
        return true;
    }
    bool ok = false;
    invocation->count = parser.value(u"count"_s).toInt(&ok);
    if (!ok || invocation->count < 1) {
        return fail(error,
                    zlauncherctl::tr("--count must be a whole number above 0, not \"%1\"")
                            .arg(parser.value(u"count"_s)));
    }
    return true;
}

bool checkPingTimeout(const QCommandLineParser &parser, const CommandInfo &command,
                      const Invocation &invocation, QString *error)
{
    if (command.name == u"ping" && invocation.timeoutMs
        && *invocation.timeoutMs > Invocation::maxPingTimeoutMs) {
        return fail(error,
                    zlauncherctl::tr("ping: --timeout is the program's time to answer, at most "
                                     "%1 s, not \"%2\"")
                            .arg(QString::number(Invocation::maxPingTimeoutMs / 1000),
                                 parser.value(u"timeout"_s)));
    }
    return true;
}

bool readWaitState(const QCommandLineParser &parser, const CommandInfo &command,
                   Invocation *invocation, QString *error)
{
    invocation->state = parser.value(u"state"_s);
    if (command.name != u"wait") {
        return true;
    }
    if (!parser.isSet(u"state"_s)) {
        return fail(error, zlauncherctl::tr("wait: missing --state STATE"));
    }
    if (!programStateFromName(invocation->state)) {
        return fail(error,
                    zlauncherctl::tr("wait: \"%1\" is not a state (states: stopped, starting, "
                                     "running, lost, stopping, backoff, failed)")
                            .arg(invocation->state));
    }
    return true;
}

/// The options of the command: each must apply to it, and each value must be one it takes.
/// Every option applies to one command at most, so the order of the checks below decides no
/// message.
bool readCommandOptions(const QCommandLineParser &parser, const CommandInfo &command,
                        Invocation *invocation, QString *error)
{
    if (!checkOptionsApply(parser, command, error)) {
        return false;
    }
    invocation->all = parser.isSet(u"all"_s);
    invocation->leaveRunning = parser.isSet(u"leave-running"_s);
    invocation->noAutostart = parser.isSet(u"no-autostart"_s);
    invocation->start = parser.isSet(u"start"_s);
    invocation->follow = parser.isSet(u"follow"_s);
    invocation->label = parser.value(u"label"_s);
    return readAddOptions(parser, invocation, error) && readImportOptions(parser, invocation, error)
            && readEventCount(parser, invocation, error)
            && checkPingTimeout(parser, command, *invocation, error)
            && readWaitState(parser, command, invocation, error);
}

bool readGlobalOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    invocation->help = parser.isSet(u"help"_s);
    invocation->version = parser.isSet(u"version"_s);
    invocation->json = parser.isSet(u"json"_s);
    if (parser.isSet(u"runtime-dir"_s) && parser.value(u"runtime-dir"_s).isEmpty()) {
        return fail(error, zlauncherctl::tr("--runtime-dir needs a directory"));
    }
    invocation->runtimeDir = RuntimeDir::resolvePath(parser.value(u"runtime-dir"_s));
    invocation->connect = parser.value(u"connect"_s);
    invocation->serverKey = parser.value(u"server-key"_s);
    invocation->keyFile = parser.value(u"key"_s);
    invocation->host = parser.value(u"host"_s);
    if (parser.isSet(u"host"_s) && parser.isSet(u"connect"_s)) {
        return fail(error, zlauncherctl::tr("give --host NAME or --connect, not both"));
    }
    if (parser.isSet(u"connect"_s) && !invocation->connect.startsWith(u"tcp://"_s)) {
        return fail(error,
                    zlauncherctl::tr("--connect takes an agent's tcp://HOST:PORT, not \"%1\"")
                            .arg(invocation->connect));
    }
    if (parser.isSet(u"connect"_s) != parser.isSet(u"server-key"_s)) {
        return fail(error,
                    zlauncherctl::tr("--connect and --server-key go together: the agent's "
                                     "address and its public key (`zlauncherctl info` on its "
                                     "host shows it)"));
    }
    if (parser.isSet(u"timeout"_s)) {
        invocation->timeoutMs = parseDuration(parser.value(u"timeout"_s));
        if (!invocation->timeoutMs) {
            return fail(error,
                        zlauncherctl::tr("--timeout: \"%1\" is not a duration (for example 500ms, "
                                         "5s, 2m, or a number of seconds)")
                                .arg(parser.value(u"timeout"_s)));
        }
    }
    return true;
}

} // namespace

std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
            u"^\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ms|s|m|h)?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    const double factor = unit == u"ms" ? 1.0
            : unit == u"m"              ? 60000.0
            : unit == u"h"              ? 3600000.0
                                        : 1000.0;
    const double ms = match.captured(1).toDouble() * factor;
    if (ms < 1.0 || ms > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(ms);
}

bool parseInvocation(const QStringList &arguments, Invocation *invocation, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions(parserOptions());
    if (!parser.parse(endOptionsAfterProgram(arguments))) {
        return fail(error, parser.errorText());
    }
    if (!readGlobalOptions(parser, invocation, error)) {
        return false;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return invocation->help || invocation->version
                ? true
                : fail(error,
                       zlauncherctl::tr("missing COMMAND (one of: %1)")
                               .arg(commandNames().join(u", "_s)));
    }
    invocation->command = positional.takeFirst();
    invocation->arguments = positional;
    if (invocation->command == u"help") {
        invocation->help = true;
        if (positional.size() > 1) {
            return fail(error, zlauncherctl::tr("help: give one COMMAND at most"));
        }
        invocation->command = positional.value(0);
        invocation->arguments.clear();
    }
    const CommandInfo *command = findCommand(invocation->command);
    if (!command && !invocation->command.isEmpty()) {
        return fail(error,
                    zlauncherctl::tr("unknown command \"%1\" (commands: %2)")
                            .arg(invocation->command, commandNames().join(u", "_s)));
    }
    if (invocation->help || invocation->version) {
        return true;
    }
    return readCommandOptions(parser, *command, invocation, error)
            && checkArity(*command, *invocation, error);
}
