"""What s6 and runit share as supervisor sessions: a scanner (s6-svscan, runsvdir) on a scan
directory of the session's own, one service directory per program with a ./run script, one
supervise process per service (s6-supervise, runsv), each controlled through the FIFO
supervise/control of its service directory."""
from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from ..common import BenchError, log, now_ns
from ..processes import children_of, processes_in
from ..program import Program
from ..stamps import Start
from .base import Supervisor, unread_sub

if TYPE_CHECKING:
    from ..bench import Bench


class ScanDirectorySupervisor(Supervisor):
    """A scanner and its supervise processes, never on the system's /etc/service or
    /run/service. The probes get the environment zlauncher gives them (as under the bare
    respawner): a SUB is bound where they beat, and never read."""

    run_file = True
    restart_uptime_s = 1.2  # past the supervise process's fixed second, with a margin
    scanner = ""  # its file name, for the messages

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        super().__init__(bench, programs, tag)
        runtime, heartbeat = self.private_heartbeat()
        self._sub = unread_sub(heartbeat)
        self.scan = self.dir / "scan"
        self.scan.mkdir()
        for p in programs:
            service = self.service(p.name)
            service.mkdir()
            self.write_service(service, p)
            run = service / "run"
            run.write_text(self.run_script(p, p.environment(heartbeat, runtime)))
            run.chmod(0o755)
        self.stderr = self.dir / f"{self.scanner}.stderr"
        self.started_ns = now_ns()
        with open(self.stderr, "w") as stderr:
            self.process = subprocess.Popen(self.scanner_command(), stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=stderr,
                                            start_new_session=True)

    def service(self, name: str) -> Path:
        return self.scan / name

    def write_service(self, service: Path, program: Program) -> None:
        """The service directory's configuration files besides ./run."""

    def run_script(self, program: Program, environment: dict[str, str]) -> str:
        """./run as their documentation writes one: a shell (dash) that execs the program."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in environment.items())
        command = " ".join(shlex.quote(word) for word in self.command(program))
        return f"#!/bin/sh\nexport {exports}\n{self.before_exec()}exec {command}\n"

    def before_exec(self) -> str:
        return ""

    def scanner_command(self) -> list[str]:
        raise NotImplementedError

    def own_pids(self) -> list[int]:
        """The scanner and its supervise processes (one per program)."""
        return [self.pid] + children_of(self.pid)

    def wait_started(self, names: Iterable[str], after_ns: int,
                     timeout: float = 60) -> dict[str, Start]:
        try:
            return super().wait_started(names, after_ns, timeout)
        except BenchError:
            if self.process is not None and self.process.poll() is not None:
                raise BenchError(f"{self.scanner} ended with status {self.process.returncode}: "
                                 f"{self.stderr.read_text().strip()}") from None
            raise

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        # Nothing to ask: started is ready, once the probe has its signal handlers, and past
        # the fixed second after which a death is no longer throttled.
        time.sleep(0.3)
        self.wait_uptime(name)

    def control(self, name: str, command: bytes) -> None:
        """The supervise process's own interface, which s6-svc and sv write to: one byte per
        command on the FIFO supervise/control (O_NONBLOCK: fails at once if nobody reads)."""
        fifo = self.service(name) / "supervise" / "control"
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        try:
            if os.write(fd, command) != len(command):
                raise BenchError(f"{self.label}: short write to {fifo}")
        finally:
            os.close(fd)

    def has_control(self) -> bool:
        return True

    def has_ctl(self) -> bool:
        return True

    def api_stop(self, name: str) -> None:
        self.control(name, b"d")

    def api_start(self, name: str) -> None:
        self.control(name, b"u")

    def api_start_all(self) -> None:
        for name in self.programs:
            self.control(name, b"u")

    def api_stop_all(self) -> None:
        for name in self.programs:
            self.control(name, b"d")

    def wait_supervised(self, timeout: float = 30) -> None:
        """Until every service has its supervise process and control FIFO (the scanner starts
        them after it starts)."""
        deadline = time.monotonic() + timeout
        for name in self.programs:
            while not (self.service(name) / "supervise" / "control").exists():
                if time.monotonic() > deadline:
                    raise BenchError(f"{self.label}: no supervise/control for {name}")
                time.sleep(0.01)

    def stop_scanner(self) -> None:
        """Asks the scanner to bring every service down and end."""
        raise NotImplementedError

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.stop_scanner()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                log(f"{self.scanner} did not end within 30 s; killing it")
                self.process.kill()
                self.process.wait()
        self._end_supervise_processes()
        if error := self.stderr.read_text().strip():
            log(f"{self.label}: {error[-2000:]}")
        self.kill_leftovers()
        self._sub.close()
        self.process = None

    def _end_supervise_processes(self, timeout: float = 20) -> None:
        """The supervise processes end once their service is down; past timeout, they and
        whatever runs in a service directory are killed."""
        deadline = time.monotonic() + timeout
        left: Optional[list[int]] = None
        while time.monotonic() < deadline:
            left = processes_in(self.scan)
            if not left:
                return
            time.sleep(0.05)
        log(f"{self.label}: processes still in {self.scan} after {timeout:g} s: {left}; "
            "killing them")
        for pid in left or []:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
