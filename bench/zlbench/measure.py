"""The timings several parts share: crash → respawn, hang → detection, stop, start all and the
idle cost, each taken on a running supervisor session."""
from __future__ import annotations

import os
import signal
import struct
import subprocess
import time
from pathlib import Path
from typing import Optional

from .bench import Bench
from .common import BenchError, now_ns
from .procevents import open_pidfd
from .processes import process_cpu_ns, process_pss_mib, process_rss_mib
from .stats import Figure
from .supervisors.base import Supervisor
from .supervisors.zlauncher import Zlauncher


def available_ways(bench: Bench, supervisor: Supervisor, what: str) -> list[str]:
    """How a command can be given: "cli" (zlauncherctl, supervisorctl) and "api" (the control
    endpoint, XML-RPC), when the build has them; a missing one is noted in the report."""
    ways = []
    if supervisor.has_ctl():
        ways.append("cli")
    else:
        bench.notes.append(f"{supervisor.label}: this build's zlauncherctl cannot stop or start "
                           f"programs yet: the {what} figures through it were not taken.")
    if supervisor.has_control():
        ways.append("api")
    else:
        bench.notes.append(f"{supervisor.label}: no control endpoint in this build: the {what} "
                           "figures through it were not taken.")
    return ways


def respawn(bench: Bench, supervisor: Supervisor, victims: list[str],
            samples: int) -> dict[str, Figure]:
    """SIGKILL of a running probe to the start of its replacement: the kernel's exec time of
    the new process (proc connector), and also the probe's own first instruction in main()
    (its start stamp, after the dynamic loader). Victims are taken in turn, each one killed
    only after its instance ran at least the supervisor's restart_uptime_s (300 ms: past
    zlauncher's minUptimeMs, so never the backoff path; 1.2 s under s6 and runit, past their
    fixed second), with a random 50-150 ms pause between kills. Under s6 and runit the
    replacement's exec is the supervisor's exec of ./run (its first); to_program_exec is
    the run script's exec of the probe."""
    to_exec: list[float] = []
    to_main: list[float] = []
    exit_to_exec: list[float] = []
    exit_to_fork: list[float] = []
    fork_to_exec: list[float] = []
    to_program_exec: list[float] = []
    order = victims[:]
    bench.rng.shuffle(order)
    for i in range(samples):
        name = order[i % len(order)]
        current = supervisor.stamps.latest[name]
        wait = supervisor.restart_uptime_s - (now_ns() - current.main_ns) / 1e9
        time.sleep(max(wait, 0) + bench.rng.uniform(0.05, 0.15))
        killed = now_ns()
        os.kill(current.pid, signal.SIGKILL)
        new = supervisor.stamps.wait_new_start(name, current.pid, timeout=10)
        started, _ = bench.exec_or_main(new, first=supervisor.run_file, after_ns=killed)
        to_exec.append((started - killed) / 1e6)
        if supervisor.run_file:
            to_program_exec.append((bench.exec_or_main(new, after_ns=killed)[0] - killed) / 1e6)
        to_main.append((new.main_ns - killed) / 1e6)
        if bench.events.available:
            died = bench.events.wait_exit(current.pid, 5, after_ns=killed)
            exit_to_exec.append((started - died) / 1e6)
            # Where the time goes: exit -> first fork by the supervisor -> exec.
            chain = [(p, t) for p, t in bench.events.fork_chain(new.pid)
                     if t >= died]
            if chain:
                exit_to_fork.append((chain[0][1] - died) / 1e6)
                fork_to_exec.append((started - chain[0][1]) / 1e6)
    figures = {"to_exec": Figure(to_exec, "ms"), "to_main": Figure(to_main, "ms")}
    for key, values in (("exit_to_exec", exit_to_exec), ("exit_to_fork", exit_to_fork),
                        ("fork_to_exec", fork_to_exec), ("to_program_exec", to_program_exec)):
        if values:
            figures[key] = Figure(values, "ms")
    return figures


def hang(bench: Bench, supervisor: Zlauncher, names: list[str], samples: int) -> Figure:
    """SIGSTOP a beating probe at a random moment; the send time of its last beat is then in
    its beat file (which cannot change while the probe is stopped). The launcher's reaction
    is the SIGKILL of the frozen process, timed by the kernel's exit event. Figure: exit -
    (last beat + lost timeout): how late past the configured timeout the launcher acted."""
    late: list[float] = []
    for i in range(samples):
        name = names[i % len(names)]
        program = supervisor.programs[name]
        current = supervisor.stamps.latest[name]
        supervisor.wait_ready(name, current.pid, timeout=15)
        time.sleep(bench.rng.uniform(0.2, 0.4))
        pidfd = open_pidfd(current.pid)
        os.kill(current.pid, signal.SIGSTOP)
        time.sleep(0.001)
        last_beat = struct.unpack("=q", (supervisor.beat_dir / f"{name}.beat").read_bytes()[:8])[0]
        died = bench.events.wait_exit(current.pid, timeout=30, pidfd=pidfd)
        if pidfd is not None:
            os.close(pidfd)
        assert program.lost_ms is not None
        late.append((died - last_beat) / 1e6 - program.lost_ms)
        supervisor.stamps.wait_new_start(name, current.pid, timeout=15)
    return Figure(late, "ms")


def stop(bench: Bench, supervisor: Supervisor, name: str, samples: int, how: str) -> Figure:
    """From the stop command (how="cli": the supervisor's own command-line tool started as a
    process; how="api": the request sent by this script on the control endpoint or
    XML-RPC socket) to the exit of the program, timed by the kernel. The program is
    started again (and waited for) between samples."""
    elapsed: list[float] = []
    for _ in range(samples):
        current = supervisor.stamps.latest[name]
        supervisor.wait_ready(name, current.pid, timeout=15)
        time.sleep(bench.rng.uniform(0.2, 0.3))
        pidfd = open_pidfd(current.pid)
        began = now_ns()
        if how == "cli":
            run_tool(supervisor.cli_stop(name))
        else:
            supervisor.api_stop(name)
        died = bench.events.wait_exit(current.pid, timeout=30, pidfd=pidfd, after_ns=began)
        if pidfd is not None:
            os.close(pidfd)
        elapsed.append((died - began) / 1e6)
        # Stopped for good (restart policy does not apply to a stop): start it again.
        time.sleep(0.05)
        supervisor.api_start(name)
        supervisor.stamps.wait_new_start(name, current.pid, timeout=15)
    return Figure(elapsed, "ms")


def run_tool(command: list[str]) -> None:
    """Runs a supervisor's command-line tool to its end; a failure is the measurement's."""
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise BenchError(f"{' '.join(command)}: {result.stdout}")


def start_all(bench: Bench, supervisor: Supervisor, names: list[str], rounds: int,
              how: str) -> dict[str, Figure]:
    """From the start-all command to the last of the programs started (kernel exec time of
    the last new instance, its first under s6 and runit; and its main() stamp). Between
    rounds everything is stopped (once each instance ran the supervisor's
    restart_uptime_s: runsv would otherwise sleep a second) and every exit waited for: the
    stop-all request to the last exit is given too, when the kernel's exit times are there."""
    to_exec: list[float] = []
    to_main: list[float] = []
    replied: list[float] = []
    stopped: list[float] = []
    for _ in range(rounds):
        for name in names:
            supervisor.wait_uptime(name)
        elapsed = stop_everything(bench, supervisor, names)
        if elapsed is not None:
            stopped.append(elapsed)
        time.sleep(1.0)
        began = now_ns()
        if how == "cli":
            run_tool(supervisor.cli_start_all())
        else:
            supervisor.api_start_all()
        replied.append((now_ns() - began) / 1e6)
        started = supervisor.wait_started(names, began, timeout=120)
        execs = [bench.exec_or_main(s, first=supervisor.run_file, after_ns=began)[0]
                 for s in started.values()]
        to_exec.append((max(execs) - began) / 1e6)
        to_main.append((max(s.main_ns for s in started.values()) - began) / 1e6)
    figures = {"to_exec": Figure(to_exec, "ms"), "to_main": Figure(to_main, "ms"),
               "replied": Figure(replied, "ms")}
    if stopped:
        figures["stop_all"] = Figure(stopped, "ms")
    return figures


def stop_everything(bench: Bench, supervisor: Supervisor, names: list[str]) -> Optional[float]:
    """Stop all (the control request, XML-RPC, or every control FIFO), until every program has
    exited; returns the request to the last exit in ms, by the kernel's exit times (None
    without the proc connector)."""
    supervisor.stamps.poll()
    pids = [supervisor.stamps.latest[n].pid for n in names if n in supervisor.stamps.latest]
    alive = [pid for pid in pids if Path(f"/proc/{pid}").exists()]
    began = now_ns()
    supervisor.api_stop_all()
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{pid}").exists() for pid in alive):
        if time.monotonic() > deadline:
            raise BenchError(f"{supervisor.label}: programs still alive 60 s after stop all")
        time.sleep(0.01)
    if not bench.events.available or not alive:
        return None
    return (max(bench.events.wait_exit(pid, timeout=5, after_ns=began) for pid in alive)
            - began) / 1e6


def idle(supervisor: Supervisor, seconds: float, slices: int,
         pss: bool = False) -> dict[str, Figure]:
    """CPU (every thread's schedstat run time, in ns) and VmRSS of the supervisor's own
    processes together (Supervisor.own_pids), over `seconds`, cut in `slices` equal windows
    (one CPU figure per window); RSS sampled every 0.5 s, and with pss=True their PSS too
    (shared pages counted once: one process per program, as under s6 and runit, shares its
    binary and libraries N times)."""
    pids = supervisor.own_pids()
    cpu: list[float] = []
    rss: list[float] = []
    proportional: list[float] = []
    window = seconds / slices
    for _ in range(slices):
        wall0, cpu0 = now_ns(), sum(process_cpu_ns(pid) for pid in pids)
        end = time.monotonic() + window
        while time.monotonic() < end:
            rss.append(sum(process_rss_mib(pid) for pid in pids))
            if pss:
                proportional.append(sum(process_pss_mib(pid) for pid in pids))
            time.sleep(min(0.5, max(0.0, end - time.monotonic())))
        wall1, cpu1 = now_ns(), sum(process_cpu_ns(pid) for pid in pids)
        cpu.append(100.0 * (cpu1 - cpu0) / (wall1 - wall0))
    figures = {"cpu": Figure(cpu, "%"), "rss": Figure(rss, "MiB")}
    if pss:
        figures["pss"] = Figure(proportional, "MiB")
    return figures


def stop_and_start_all(bench: Bench, supervisor: Supervisor, names: list[str],
                       rounds: int) -> dict[str, Figure]:
    """Each round, once every program has run 1 s: stop all (the request on the control
    endpoint, the bare spawner's "stop") → the exit of the last program, timed by the kernel;
    1 s later, start all → the exec of the last new instance (as start_all). The programs are
    left running. One round gives a sample of each, for half the stops and starts of
    start_all then a stop_all: at 2 000 programs each takes seconds."""
    stops: list[float] = []
    starts: list[float] = []
    for _ in range(rounds):
        pids = _running_pids(supervisor, names)
        pidfds = [open_pidfd(pid) for pid in pids]
        began = now_ns()
        supervisor.api_stop_all()
        try:
            last = max(bench.events.wait_exit(pid, timeout=180, pidfd=pidfd, after_ns=began)
                       for pid, pidfd in zip(pids, pidfds))
        finally:
            for pidfd in pidfds:
                if pidfd is not None:
                    os.close(pidfd)
        stops.append((last - began) / 1e6)
        time.sleep(1.0)
        began = now_ns()
        supervisor.api_start_all()
        started = supervisor.wait_started(names, began, timeout=180)
        starts.append((max(bench.exec_or_main(s)[0] for s in started.values()) - began) / 1e6)
    return {"stop": Figure(stops, "ms"), "start": Figure(starts, "ms")}


def _running_pids(supervisor: Supervisor, names: list[str]) -> list[int]:
    """The pid of each program, once every one has been started and has run 1 s (a program
    that ended meanwhile is started again, and the second waited for anew)."""
    for _ in range(3):
        _start_every_one(supervisor, names)
        time.sleep(1.0)
        supervisor.stamps.poll()
        pids = [supervisor.stamps.latest[n].pid for n in names]
        if all(Path(f"/proc/{pid}").exists() for pid in pids):
            return pids
    raise BenchError(f"{supervisor.label}: programs keep ending before a stop all")


def _start_every_one(supervisor: Supervisor, names: list[str]) -> None:
    """Start all, unless every program already runs; then wait for each one's start."""
    supervisor.stamps.poll()
    latest = supervisor.stamps.latest
    if all(n in latest and Path(f"/proc/{latest[n].pid}").exists() for n in names):
        return
    began = now_ns()
    supervisor.api_start_all()
    supervisor.wait_started(names, began, timeout=120)


def tool_round_trip(command: list[str], samples: int) -> Figure:
    """A command-line tool run to its end, samples times: from starting it to its exit."""
    elapsed: list[float] = []
    for _ in range(samples):
        began = now_ns()
        run_tool(command)
        elapsed.append((now_ns() - began) / 1e6)
    return Figure(elapsed, "ms")
