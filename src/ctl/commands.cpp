#include "ctl/commands.h"

#include "ctl/ctl.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Word-wraps each line of text to width columns, indented by indentColumns.
QString wrapped(const QString &text, int indentColumns, int width = 80)
{
    const QString padding(indentColumns, u' ');
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && padding.size() + line.size() + 1 + word.size() > width) {
                out << padding + line;
                line.clear();
            }
            line += line.isEmpty() ? word : u' ' + word;
        }
        out << (line.isEmpty() ? QString() : padding + line);
    }
    return out.join(u'\n');
}

QString usageLine(const CommandInfo &command)
{
    return command.arguments.isEmpty() ? command.name : command.name + u' ' + command.arguments;
}

QString commandsSection()
{
    qsizetype width = 0;
    for (const CommandInfo &command : commands()) {
        width = std::max(width, usageLine(command).size());
    }
    QStringList lines;
    for (const CommandInfo &command : commands()) {
        lines << u"    "_s + usageLine(command).leftJustified(width + 2)
                        + zlauncherctl::tr(command.summary);
    }
    return lines.join(u'\n');
}

} // namespace

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table = {
            {u"info"_s,
             {},
             QT_TRANSLATE_NOOP("zlauncherctl", "the launcher's pid, version, mode and files"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Shows the launcher's pid, its version, its mode (window or "
                               "headless), its runtime directory and its configuration file."),
             {},
             0,
             0},
            {u"list"_s,
             {},
             QT_TRANSLATE_NOOP("zlauncherctl", "every program with its state, as in the window"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Lists the programs in configuration order, one line each: name, "
                               "state, pid, uptime, age of the last heartbeat, restarts and the "
                               "status the program reports. \"-\" marks what does not apply.\n"
                               "A program waiting for its dependencies shows \"waiting (a, b)\"."),
             {},
             0,
             0},
            {u"status"_s,
             u"NAME"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "everything about one program, settings included"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Shows one program: its state and why, pid, uptime, heartbeats, "
                               "restarts, last exit, command, log file and its settings."),
             {},
             1,
             1},
            {u"start"_s,
             u"NAME|--all"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "start a program, or every program"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Starts the program, once what it depends on is running (those "
                               "are started too). Returns as soon as the start has begun: "
                               "follow it with `wait NAME --state running`."),
             {u"all"_s},
             0,
             1},
            {u"stop"_s,
             u"NAME|--all"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "stop a program, or every program"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Stops the program: a stop request (SIGTERM for a plain program), "
                               "then SIGKILL after its grace period. Programs that depend on it "
                               "are stopped first. Returns as soon as the stop has begun: follow "
                               "it with `wait NAME --state stopped`."),
             {u"all"_s},
             0,
             1},
            {u"restart"_s,
             u"NAME|--all"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "stop then start a program, or every program"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Stops the program as `stop` does, then starts it again. Returns "
                               "as soon as the restart has begun."),
             {u"all"_s},
             0,
             1},
            {u"kill"_s,
             u"NAME|--all"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "SIGKILL a program's process group at once"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Sends SIGKILL to the program's process group without asking it "
                               "to stop first. The program is not restarted."),
             {u"all"_s},
             0,
             1},
            {u"ping"_s,
             u"NAME"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "ask a program to answer, show the round trip"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Sends `ping` to the program's control socket and prints its "
                               "answer (\"pong ...\") and the round trip. --timeout is how long "
                               "the program has to answer (default 1s, at most 60s)."),
             {},
             1,
             1},
            {u"add"_s,
             u"[OPTIONS] NAME PROGRAM [ARG...]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "add a program to the launcher"),
             QT_TRANSLATE_NOOP(
                     "zlauncherctl",
                     "Or: zlauncherctl add [OPTIONS] --spec FILE|-\n\n"
                     "Adds a program named NAME that runs PROGRAM with the arguments "
                     "ARG. Everything after PROGRAM is the program's, options and "
                     "\"--\" included: put zlauncherctl's options before NAME. A "
                     "relative PROGRAM containing a slash is taken from the current "
                     "directory; a bare name is looked up in PATH.\n"
                     "--kind plain: the program knows nothing of the protocol (the "
                     "default, heartbeat, expects heartbeats).\n"
                     "--no-autostart: not started when the launcher starts.\n"
                     "--restart always|on-failure|never: when it is restarted after an "
                     "exit (default always).\n"
                     "--start: start it now.\n"
                     "--env-file FILE: the program's env file (dotenv: NAME=value "
                     "lines), whose variables it gets and its settings may refer to "
                     "as ${NAME}; taken from the current directory when it exists "
                     "there.\n"
                     "--spec FILE: the program as a JSON object, exactly as in the "
                     "configuration file (every setting available); - reads it from "
                     "standard input. The options above override its keys. A "
                     "relative \"program\" (with a slash), \"workingDirectory\" or \"envFile\" "
                     "that exists in the current directory is taken from there; "
                     "otherwise the launcher resolves it against its configuration "
                     "file's folder.\n"
                     "The launcher saves its configuration with the new program."),
             {u"kind"_s, u"no-autostart"_s, u"restart"_s, u"start"_s, u"spec"_s, u"env-file"_s},
             0,
             -1},
            {u"remove"_s,
             u"NAME [--leave-running]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "stop a program and remove it"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Removes the program from the launcher and its configuration. A "
                               "running program is stopped first, unless --leave-running is "
                               "given."),
             {u"leave-running"_s},
             1,
             1},
            {u"scale"_s,
             u"NAME N"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "run N instances of a program with instances"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Changes the number of instances of a program that has "
                               "\"instances\" (its replicas NAME-0 … NAME-(N-1)) to N, from 1 "
                               "up. The added replicas start; the removed ones stop one at a "
                               "time from the highest index down, and are removed once "
                               "stopped."),
             {},
             2,
             2},
            {u"reload"_s,
             u"[FILE]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "read the configuration again and apply changes"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Reads the configuration file again (or FILE) and applies the "
                               "difference: new programs are added, programs no longer there are "
                               "stopped and removed, changed programs are updated and restarted "
                               "if running; the others are not touched. A file with an error "
                               "changes nothing."),
             {},
             0,
             1},
            {u"save"_s,
             u"[FILE]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "write the configuration (to FILE: save as)"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Writes the launcher's configuration to its file, or to FILE, "
                               "which then becomes its file."),
             {},
             0,
             1},
            {u"show"_s,
             {},
             QT_TRANSLATE_NOOP("zlauncherctl", "bring the launcher's window to the front"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Brings the launcher's window to the front. A headless launcher "
                               "has none and says so."),
             {},
             0,
             0},
            {u"quit"_s,
             u"[--leave-running]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "stop every program and make the launcher exit"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "The launcher stops every program, then exits. With "
                               "--leave-running it exits at once and leaves the programs "
                               "running; the next launcher adopts them."),
             {u"leave-running"_s},
             0,
             0},
            {u"logs"_s,
             u"NAME [--count N] [--follow]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "the last lines a program wrote, or follow them"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Prints the last lines of the program's log file, as its "
                               "launcher captured them (stdout and stderr): 20, or --count N. "
                               "--follow then prints what it writes, until interrupted; a "
                               "rotation of the file is said on stderr. Works with --host as "
                               "anywhere: the file is read by the launcher, on its host."),
             {u"count"_s, u"follow"_s},
             1,
             1},
            {u"events"_s,
             u"[NAME...] [--count N]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "follow the launcher's events live"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Prints the launcher's events as they happen, one line each "
                               "(with --json, one JSON object a line), for the programs NAME or "
                               "for all. --count N exits after N events, --timeout after "
                               "DURATION (status 1 if N events did not come by then). Ends with "
                               "status 3 when the launcher exits."),
             {u"count"_s},
             0,
             -1},
            {u"wait"_s,
             u"NAME --state STATE"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "wait until a program is in a state"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Returns as soon as the program is in STATE (stopped, starting, "
                               "running, lost, stopping, backoff or failed), at once if it "
                               "already is; status 1, naming the state it is in, if it is not "
                               "there after DURATION (default 5s). With --json it prints one "
                               "object: {\"ok\", \"name\", \"state\" (the state it is in), "
                               "\"error\" when not ok}."),
             {u"state"_s},
             1,
             1},
            {u"import"_s,
             u"FILE [--format F] [-o OUT]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "make a configuration from another supervisor's file"),
             QT_TRANSLATE_NOOP(
                     "zlauncherctl",
                     "Reads FILE, written for another supervisor, and makes a zlauncher "
                     "configuration of it: a Procfile (foreman, honcho, overmind), a "
                     "supervisord INI file with its [include] files, a process-compose YAML "
                     "file or a PM2 ecosystem file in JSON or YAML. --format procfile|supervisord|"
                     "process-compose|pm2 says which when the name and content do not.\n"
                     "-o OUT writes the configuration to OUT, which must not exist yet, and "
                     "prints the report; without it, the configuration goes to standard output "
                     "and the report to standard error. The report names every key of FILE: "
                     "what it became, or why it has no counterpart. No launcher is needed."),
             {u"format"_s, u"output"_s, u"o"_s},
             1,
             1},
            {u"keygen"_s,
             {},
             QT_TRANSLATE_NOOP("zlauncherctl", "make this client's key pair for agents"),
             QT_TRANSLATE_NOOP(
                     "zlauncherctl",
                     "Makes the CURVE key pair with which this user's zlauncherctl and window "
                     "reach agents on other hosts, in ~/.config/zlauncher/keys/client.key_secret "
                     "(mode 0600) and client.key, and prints its public key: give that to "
                     "`zlauncherctl authorize` on each agent's host. An existing pair is kept; "
                     "its public key is printed. No launcher is needed."),
             {},
             0,
             0},
            {u"hosts"_s,
             u"[add NAME tcp://HOST:PORT KEY | remove NAME]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "the hosts you drive, with state and round trip"),
             QT_TRANSLATE_NOOP(
                     "zlauncherctl",
                     "Lists this host's launcher (\"local\") and the agents of "
                     "~/.config/zlauncher/hosts.json, each with its state (running or no "
                     "launcher; reachable, unreachable or refused) and the round trip of an "
                     "info request, which may take --timeout (default 2s). `hosts add NAME "
                     "tcp://HOST:PORT KEY` remembers an agent "
                     "under NAME, for `--host NAME`; `hosts remove NAME` forgets it."),
             {},
             0,
             4},
            {u"authorize"_s,
             u"KEY [--label TEXT]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "let a client's key reach this host's agent"),
             QT_TRANSLATE_NOOP(
                     "zlauncherctl",
                     "Adds KEY, a client's public key as `zlauncherctl keygen` printed it (or its "
                     "key file), to ~/.config/zlauncher/authorized_keys, with TEXT as its label. "
                     "A running agent admits it at once. No launcher is needed."),
             {u"label"_s},
             1,
             1},
            {u"help"_s,
             u"[COMMAND]"_s,
             QT_TRANSLATE_NOOP("zlauncherctl", "this manual, or the help of one command"),
             QT_TRANSLATE_NOOP("zlauncherctl",
                               "Prints the manual, or what COMMAND does and takes."),
             {},
             0,
             1},
    };
    return table;
}

const CommandInfo *findCommand(const QString &name)
{
    const QList<CommandInfo> &table = commands();
    const auto found = std::find_if(table.cbegin(), table.cend(),
                                    [&name](const CommandInfo &c) { return c.name == name; });
    return found == table.cend() ? nullptr : &*found;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandInfo &command : commands()) {
        names << command.name;
    }
    return names;
}

QString commandHelpText(const CommandInfo &command)
{
    return zlauncherctl::tr("zlauncherctl %1\n\n%2\n")
            .arg(usageLine(command), wrapped(zlauncherctl::tr(command.details), 4));
}

QString manualText(const QString &runtimeDir)
{
    QStringList sections;
    sections << zlauncherctl::tr("NAME\n"
                                 "    zlauncherctl - control a running zlauncher");
    sections << zlauncherctl::tr(
            "SYNOPSIS\n"
            "    zlauncherctl [--runtime-dir DIR] [--json] [--timeout DURATION] "
            "COMMAND [ARGUMENTS]\n"
            "    zlauncherctl --connect tcp://HOST:PORT --server-key KEY [--key FILE] "
            "COMMAND ...\n"
            "    zlauncherctl --host NAME COMMAND ...\n"
            "    zlauncherctl help [COMMAND]");
    sections << zlauncherctl::tr(
            "DESCRIPTION\n"
            "    Sends one request to the launcher, window or headless, that runs on "
            "the runtime\n"
            "    directory R, and prints its answer. `events` and `wait` follow the "
            "launcher's\n"
            "    event stream. The protocol is in docs/control.md.");
    sections << zlauncherctl::tr("COMMANDS") + u'\n' + commandsSection();
    sections << zlauncherctl::tr(
            "OPTIONS\n"
            "    --runtime-dir DIR    the launcher's runtime directory R (see ENVIRONMENT)\n"
            "    --connect ENDPOINT   an agent on another host, tcp://HOST:PORT, instead of R\n"
            "    --server-key KEY     with --connect: the agent's public key, or its key file\n"
            "    --key FILE           with --connect: this client's secret key file (default\n"
            "                         ~/.config/zlauncher/keys/client.key_secret)\n"
            "    --host NAME          the agent remembered as NAME (zlauncherctl hosts)\n"
            "    --json               print the launcher's reply as JSON, as it is; events: one\n"
            "                         JSON object a line; wait: one object, ok, name, state\n"
            "    --timeout DURATION   how long to wait for the launcher's answer (default 5s);\n"
            "                         ping: for the program's (at most 60s); events, wait:\n"
            "                         for the events\n"
            "    -h, --help           this manual; after a command, that command's help\n"
            "    --version            the version of zlauncherctl\n"
            "  Options of one command:\n"
            "    --all                start, stop, restart, kill: every program\n"
            "    --state STATE        wait: the state to wait for\n"
            "    --count N            events: exit after N events; logs: print N lines\n"
            "    --follow             logs: then print what the program writes\n"
            "    --leave-running      remove, quit: leave the programs running\n"
            "    --kind KIND          add: heartbeat (the default) or plain\n"
            "    --no-autostart       add: not started when the launcher starts\n"
            "    --restart POLICY     add: always (the default), on-failure or never\n"
            "    --start              add: start the program now\n"
            "    --spec FILE          add: the program as a JSON object; - reads stdin\n"
            "    --env-file FILE      add: the program's env file (NAME=value lines)\n"
            "    --label TEXT         authorize: a word on whose key it is\n"
            "  DURATION is a number and a unit, 500ms, 5s, 2m; a plain number is in seconds.");
    sections << zlauncherctl::tr(
            "EXIT STATUS\n"
            "    0   success\n"
            "    1   the operation failed (the launcher says why), its reply could "
            "not be read,\n"
            "        or `wait` or `events` timed out\n"
            "    2   usage error: unknown command or option, missing argument, bad "
            "value\n"
            "    3   no launcher is running on R, or it did not answer in time; an agent\n"
            "        is unreachable or refused this client's key");
    sections << zlauncherctl::tr(
                        "ENVIRONMENT\n"
                        "    ZLAUNCHER_RUNTIME_DIR   R when --runtime-dir is not given; without "
                        "it,\n"
                        "                            $XDG_RUNTIME_DIR/zlauncher, else "
                        "/tmp/zlauncher-<uid>\n"
                        "                            (here: %1)")
                        .arg(runtimeDir);
    sections << zlauncherctl::tr(
            "FILES\n"
            "    R/control          the launcher's request socket "
            "(ipc://R/control)\n"
            "    R/events           the launcher's event stream (ipc://R/events)\n"
            "    R/zlauncher.lock   held by the running launcher");
    sections << zlauncherctl::tr(
            "EXAMPLES\n"
            "    zlauncherctl list\n"
            "    zlauncherctl restart client1 && zlauncherctl wait client1 --state running\n"
            "    zlauncherctl stop --all\n"
            "    zlauncherctl add --kind plain --start web /usr/bin/python3 -m http.server 8000\n"
            "    zlauncherctl events client1 --count 1\n"
            "    zlauncherctl --json list | jq -r '.programs[] | select(.state != \"running\") "
            "| .name'");
    return sections.join(u"\n\n"_s) + u'\n';
}
