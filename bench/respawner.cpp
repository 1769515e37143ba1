// zlb_respawn: the floor of the crash → respawn benchmark on this machine. The least a
// supervisor can do: wait in waitpid(), then posix_spawn() the same command at once; no event
// loop, no record, no output capture, no events. docs/performance.md compares zlauncher's
// respawn with it, measured in the same run by the same harness.
//
//   zlb_respawn [--commands] SPEC
//
// SPEC has one program per line, its fields separated by tabs: the program's environment
// (KEY=VALUE, in place of the respawner's own of the same names), a field "--", then its command
// (the program's path first). Every program is started at once and started again whenever it
// ends. On SIGTERM or SIGINT the respawner kills its programs with SIGKILL and exits 0; when a
// program cannot be started, it says why, kills the others and exits 1.
//
// --commands: the bare spawner, the floor of "start all" and "stop all". Nothing is started
// until a line "start" on standard input, which posix_spawns every program not running, in
// order, at once; "stop" sends SIGTERM to every running program. An ended program is reaped
// (SIGCHLD through a signalfd, polled with standard input) and not started again. End of input
// is SIGTERM's stop.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <poll.h>
#include <spawn.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Program
{
    std::vector<std::string> environment; ///< the program's own, then the rest of the respawner's
    std::vector<std::string> command;
    std::vector<char *> envp;
    std::vector<char *> argv;
};

constexpr std::size_t maxPrograms = 4096;
// Read by the signal handler: only lock-free atomics.
std::atomic<pid_t> g_pids[maxPrograms];
std::size_t g_count = 0;

[[noreturn]] void killProgramsAndExit(int status)
{
    for (std::size_t i = 0; i < g_count; ++i) {
        if (const pid_t pid = g_pids[i].load(); pid > 0) {
            ::kill(pid, SIGKILL);
        }
    }
    ::_exit(status);
}

void onStop(int)
{
    killProgramsAndExit(0);
}

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', from);
        fields.push_back(line.substr(from, tab - from));
        if (tab == std::string::npos) {
            return fields;
        }
        from = tab + 1;
    }
}

bool parse(const std::string &line, Program &program)
{
    const std::vector<std::string> fields = split(line);
    std::size_t i = 0;
    for (; i < fields.size() && fields[i] != "--"; ++i) {
        if (fields[i].find('=') == std::string::npos) {
            return false;
        }
        program.environment.push_back(fields[i]);
    }
    const std::size_t own = program.environment.size();
    const auto setByProgram = [&](std::string_view variable) {
        const std::string_view name = variable.substr(0, variable.find('=') + 1);
        for (std::size_t k = 0; k < own; ++k) {
            if (std::string_view(program.environment[k]).substr(0, name.size()) == name) {
                return true;
            }
        }
        return false;
    };
    for (char **variable = environ; *variable; ++variable) {
        if (!setByProgram(*variable)) {
            program.environment.emplace_back(*variable);
        }
    }
    if (i + 1 >= fields.size()) {
        return false;
    }
    program.command.assign(fields.begin() + static_cast<std::ptrdiff_t>(i) + 1, fields.end());
    for (std::string &variable : program.environment) {
        program.envp.push_back(variable.data());
    }
    program.envp.push_back(nullptr);
    for (std::string &argument : program.command) {
        program.argv.push_back(argument.data());
    }
    program.argv.push_back(nullptr);
    return true;
}

bool spawn(std::size_t index, Program &program, const posix_spawnattr_t *attributes = nullptr)
{
    pid_t pid = 0;
    const int error = ::posix_spawn(&pid, program.argv[0], nullptr, attributes, program.argv.data(),
                                    program.envp.data());
    if (error != 0) {
        std::fprintf(stderr, "zlb_respawn: cannot start %s: %s\n", program.argv[0],
                     std::strerror(error));
        return false;
    }
    g_pids[index].store(pid);
    return true;
}

// Reaps every ended program; none is started again.
void reapEnded()
{
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid <= 0) {
            return;
        }
        for (std::size_t i = 0; i < g_count; ++i) {
            if (g_pids[i].load() == pid) {
                g_pids[i].store(0);
            }
        }
    }
}

// What standard input asks: "start" spawns every program not running, "stop" sends SIGTERM to
// every running one. False at the end of input.
bool obey(std::vector<Program> &programs, const posix_spawnattr_t &attributes)
{
    char line[64];
    if (!std::fgets(line, sizeof line, stdin)) {
        return false;
    }
    const std::string_view command(line, std::strcspn(line, "\n"));
    for (std::size_t i = 0; i < programs.size(); ++i) {
        const pid_t pid = g_pids[i].load();
        if (command == "start" && pid == 0 && !spawn(i, programs[i], &attributes)) {
            killProgramsAndExit(1);
        } else if (command == "stop" && pid > 0) {
            ::kill(pid, SIGTERM);
        }
    }
    if (command != "start" && command != "stop") {
        std::fprintf(stderr, "zlb_respawn: unknown command: %.*s\n",
                     static_cast<int>(command.size()), command.data());
    }
    return true;
}

// The bare spawner (--commands): SIGCHLD comes through a signalfd, so the programs are started
// with the default signal mask.
[[noreturn]] void serveCommands(std::vector<Program> &programs)
{
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &child, nullptr);
    const int children = ::signalfd(-1, &child, SFD_CLOEXEC);
    posix_spawnattr_t attributes;
    ::posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    ::posix_spawnattr_setsigmask(&attributes, &none);
    ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
    std::setvbuf(stdin, nullptr, _IOLBF, 0);
    pollfd watched[2] = {{STDIN_FILENO, POLLIN, 0}, {children, POLLIN, 0}};
    for (;;) {
        if (::poll(watched, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::perror("zlb_respawn: poll");
            killProgramsAndExit(1);
        }
        if (watched[1].revents & POLLIN) {
            signalfd_siginfo info{};
            if (::read(children, &info, sizeof info) < 0 && errno != EAGAIN) {
                std::perror("zlb_respawn: signalfd");
            }
            reapEnded();
        }
        if ((watched[0].revents & (POLLIN | POLLHUP)) && !obey(programs, attributes)) {
            killProgramsAndExit(0);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    const bool commands = argc == 3 && std::string_view(argv[1]) == "--commands";
    if (argc != 2 && !commands) {
        std::fprintf(stderr, "usage: zlb_respawn [--commands] SPEC\n");
        return 2;
    }
    const char *specPath = argv[argc - 1];
    std::vector<Program> programs;
    std::ifstream spec(specPath);
    if (!spec) {
        std::fprintf(stderr, "zlb_respawn: cannot read %s\n", specPath);
        return 2;
    }
    for (std::string line; std::getline(spec, line);) {
        if (line.empty()) {
            continue;
        }
        programs.emplace_back();
        if (!parse(line, programs.back())) {
            std::fprintf(stderr, "zlb_respawn: %s: bad line: %s\n", specPath, line.c_str());
            return 2;
        }
    }
    if (programs.empty() || programs.size() > maxPrograms) {
        std::fprintf(stderr, "zlb_respawn: %s: 1 to %zu programs, not %zu\n", specPath, maxPrograms,
                     programs.size());
        return 2;
    }
    g_count = programs.size();

    struct sigaction action
    { };
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    if (commands) {
        serveCommands(programs);
    }

    for (std::size_t i = 0; i < programs.size(); ++i) {
        if (!spawn(i, programs[i])) {
            killProgramsAndExit(1);
        }
    }
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::perror("zlb_respawn: waitpid");
            killProgramsAndExit(1);
        }
        for (std::size_t i = 0; i < programs.size(); ++i) {
            if (g_pids[i].load() == pid && !spawn(i, programs[i])) {
                killProgramsAndExit(1);
            }
        }
    }
}
