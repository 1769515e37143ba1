"""What the measurements need of a supervisor, whichever it is."""
from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

import zmq

from ..common import log, now_ns
from ..program import Program
from ..stamps import Stamps, Start

if TYPE_CHECKING:
    from ..bench import Bench


class Supervisor:
    """What the measurements need of a supervisor, zlauncher or supervisord."""

    label = ""
    # How long an instance must have run before its death takes the supervisor's plain restart
    # path rather than its throttle: zlauncher's minUptimeMs is 100 ms, supervisord has
    # startsecs=0; s6-supervise and runsv wait a fixed second after a service that dies
    # within a second of its start (of its readiness, for s6).
    restart_uptime_s = 0.3
    # The supervisor execs a ./run file which execs the program (s6, runit): its own work
    # ends at the first exec of the new process; the second is the script's.
    run_file = False

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        self.bench = bench
        self.programs = {p.name: p for p in programs}
        self.dir = Path(tempfile.mkdtemp(prefix=f"{tag}-", dir=bench.work))
        self.stamps = Stamps(self.dir / "stamps")
        self.beat_dir = self.dir / "beats"
        self.beat_dir.mkdir()
        self.process: Optional[subprocess.Popen[str]] = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def private_heartbeat(self) -> tuple[Path, str]:
        """The session's runtime directory (private to the user) and the heartbeat endpoint in
        it, which the probes are given."""
        runtime = self.dir / "r"
        runtime.mkdir(mode=0o700)
        return runtime, f"ipc://{runtime}/heartbeat"

    def own_pids(self) -> list[int]:
        """The supervisor's own processes, whose CPU time and memory are its idle cost: not its
        programs. zlauncher adds zlauncher-logd; s6 and runit have one process per program."""
        return [self.pid]

    def command(self, program: Program) -> list[str]:
        return [str(self.bench.probe)] + program.arguments(self.stamps.path, self.beat_dir)

    def wait_started(self, names: Iterable[str], after_ns: int, timeout: float = 60) -> dict[str, Start]:
        return self.stamps.wait_all_started(names, after_ns, timeout)

    def wait_uptime(self, name: str) -> None:
        """Until the latest instance of name has run restart_uptime_s (no wait for a program
        never started: the bare spawner starts nothing before its first start all)."""
        latest = self.stamps.latest.get(name)
        if latest is None:
            return
        ran = (now_ns() - latest.main_ns) / 1e9
        time.sleep(max(0.0, self.restart_uptime_s - ran))

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        """Until the instance pid of name is up and serving (zlauncher: Running)."""
        raise NotImplementedError

    def cli_stop(self, name: str) -> list[str]:
        raise NotImplementedError

    def cli_start_all(self) -> list[str]:
        raise NotImplementedError

    def api_stop(self, name: str) -> None:
        raise NotImplementedError

    def api_start(self, name: str) -> None:
        raise NotImplementedError

    def api_start_all(self) -> None:
        raise NotImplementedError

    def api_stop_all(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def has_control(self) -> bool:
        raise NotImplementedError

    def has_ctl(self) -> bool:
        raise NotImplementedError

    def end_process(self, sig: int, seconds: float, what: str) -> None:
        """Sends sig to the supervisor's process, which should then stop and exit, and waits
        up to seconds for it; past that, kills it."""
        assert self.process is not None
        self.process.send_signal(sig)
        try:
            self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            log(f"{self.label} did not stop within {seconds:g} s; killing it {what}")
            self.process.kill()
            self.process.wait()

    def kill_leftovers(self) -> None:
        """SIGKILL every probe this supervisor's stamps name that still runs."""
        self.stamps.poll()
        for start in self.stamps.starts:
            try:
                with open(f"/proc/{start.pid}/cmdline", "rb") as cmdline:
                    command = cmdline.read()
                    if b"zlb_probe" not in command and b"tc_sdnotify" not in command:
                        continue
                os.kill(start.pid, signal.SIGKILL)
            except (FileNotFoundError, ProcessLookupError):
                continue


def unread_sub(endpoint: str) -> zmq.Socket:
    """A SUB bound where the probes beat and never read, for a supervisor without heartbeats:
    the probes get a connection, as under zlauncher, and nothing more."""
    sub = zmq.Context.instance().socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.bind(endpoint)
    return sub
