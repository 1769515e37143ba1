"""Processes the benchmark starts: nothing of them outlives it; their CPU time and memory."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any, Iterator

from .common import BenchError, log


@contextlib.contextmanager
def stopped_on_exit(process: subprocess.Popen[Any],
                    grace: float = 5.0) -> Iterator[subprocess.Popen[Any]]:
    """The process, SIGKILLed (if it still runs) and waited for when the block is left, by an
    exception too. The block stops it the polite way itself when it wants its output."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            log(f"process {process.pid} outlived SIGKILL for {grace} s")


def _live_process_of(pid: int, directory: bytes) -> bool:
    """Whether pid is alive and belongs to the launcher runtime directory `directory`: a program
    started there (ZLAUNCHER_RUNTIME_DIR, which every program and its children inherit), or a
    process given it as an argument (the launcher, zlb_guistall, zlauncher-logd)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            line = stat.read()
        if line[line.rindex(b")") + 2:][:1] in (b"Z", b"X"):
            return False  # dead already: a zombie waits for its parent
        if os.stat(f"/proc/{pid}").st_uid != os.geteuid():
            return False
        with open(f"/proc/{pid}/environ", "rb") as environ:
            if b"ZLAUNCHER_RUNTIME_DIR=" + directory in environ.read().split(b"\0"):
                return True
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return directory in cmdline.read().split(b"\0")[1:]
    except (OSError, ValueError):
        return False  # gone meanwhile, or not ours to read


def kill_processes_of(runtime: Path, timeout: float = 10.0) -> int:
    """SIGKILLs every process of this user that belongs to the runtime directory (see
    _live_process_of) until none is left; returns how many there were."""
    directory = os.fsencode(str(runtime))
    killed: set[int] = set()
    deadline = time.monotonic() + timeout
    while True:
        left = [int(entry) for entry in os.listdir("/proc") if entry.isdigit()
                and int(entry) != os.getpid() and _live_process_of(int(entry), directory)]
        if not left:
            return len(killed)
        if time.monotonic() > deadline:
            log(f"processes of {runtime} still alive after {timeout} s: {left}")
            return len(killed)
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        killed.update(left)
        time.sleep(0.02)


def processes_running(binary: str, argument: Path) -> list[int]:
    """The pids of this user's processes running `binary` (its file name) with `argument`
    among their arguments: zlauncher-logd of one runtime directory, say."""
    found = []
    wanted = os.fsencode(str(argument))
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                words = cmdline.read().split(b"\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if words and os.path.basename(words[0]) == os.fsencode(binary) and wanted in words[1:]:
            found.append(int(entry))
    return found


def children_of(pid: int) -> list[int]:
    """The pids of pid's children (every thread's list: a child belongs to the thread that
    forked it)."""
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found += [int(child) for child in children.read().split()]
        except FileNotFoundError:
            continue  # a thread that just ended
    return found


def processes_in(directory: Path) -> list[int]:
    """The pids of this user's processes whose working directory is in `directory`: the
    s6-supervise and runsv processes of a scan directory, which are given a relative name."""
    found = []
    inside = os.fsencode(str(directory.resolve())) + b"/"
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cwd = os.readlink(os.fsencode(f"/proc/{entry}/cwd")) + b"/"
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if cwd.startswith(inside):
            found.append(int(entry))
    return found


def process_pss_mib(pid: int) -> float:
    """The proportional set size of pid: its private pages, and its share of each page it
    shares with other processes (libc with every probe, one binary with the other runsv
    processes). Summed over processes, shared pages count once, where RSS counts them in
    each."""
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    raise BenchError(f"no Pss for {pid}")


def process_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise BenchError(f"no VmRSS for {pid}")


def process_cpu_ns(pid: int) -> int:
    """CPU time of every thread of pid, in ns (schedstat: exact, not clock ticks)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as schedstat:
                total += int(schedstat.read().split()[0])
        except FileNotFoundError:
            continue  # a thread that just ended
    return total
