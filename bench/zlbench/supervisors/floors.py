"""The floors beside the bare respawner, as supervisor sessions any part can open: the bare
spawner (the floor of start all and stop all) and the coalescing drain (the floor of the idle
cost of N programs beating at 1 Hz)."""
from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING, Optional

import zmq

from ..common import HEARTBEAT_WINDOW_MS, BenchError, log
from ..processes import stopped_on_exit
from ..program import Program
from .respawner import BareRespawner

if TYPE_CHECKING:
    from ..bench import Bench


class BareSpawner(BareRespawner):
    """The floor of start all and stop all (zlb_respawn --commands): the same N programs with
    the same environment, none started until "start all", which posix_spawns each in turn at
    once; "stop all" sends each SIGTERM. No record, no event loop, no restart."""

    label = "bare spawner"
    options = ("--commands",)

    def _command(self, line: str) -> None:
        assert self.process is not None and self.process.stdin is not None
        if self.process.poll() is not None:
            raise BenchError(f"zlb_respawn --commands ended with status "
                             f"{self.process.returncode}: {self.stderr.read_text().strip()}")
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def api_start_all(self) -> None:
        self._command("start")

    def api_stop_all(self) -> None:
        self._command("stop")

    def has_control(self) -> bool:
        return True

    def has_ctl(self) -> bool:
        return False


class CoalescingDrain(BareRespawner):
    """The floor of the launcher's idle cost: N probes, started and kept by zlb_respawn with
    the environment zlauncher gives them, beat into zlb_drain --coalesce-ms W (a libzmq SUB
    that wakes on a message, reads all that is queued, holds further reads W ms while messages
    keep coming, then blocks again), W the launcher's own window. Its own process is the
    drain: the respawner stands for the launcher's spawning, which idles in waitpid()."""

    label = "coalescing drain"

    def __init__(self, bench: "Bench", programs: list[Program], tag: str,
                 window_ms: int = HEARTBEAT_WINDOW_MS) -> None:
        self.window_ms = window_ms
        self.drain: Optional[subprocess.Popen[str]] = None
        super().__init__(bench, programs, tag)

    def _bind_heartbeat(self, endpoint: str) -> "zmq.Socket | None":
        self.drain = subprocess.Popen(
            [str(self.bench.build / "bin" / "zlb_drain"), endpoint, "--coalesce-ms",
             str(self.window_ms)], stdout=subprocess.PIPE, text=True)
        assert self.drain.stdout is not None
        if self.drain.stdout.readline().strip() != "ready":
            self.drain.kill()
            self.drain.wait()
            raise BenchError("zlb_drain --coalesce-ms did not start")
        return None

    def own_pids(self) -> list[int]:
        assert self.drain is not None
        return [self.drain.pid]

    def close(self) -> None:
        super().close()
        if self.drain is None:
            return
        with stopped_on_exit(self.drain) as drain:
            drain.terminate()  # it prints its count and exits
            output, _ = drain.communicate(timeout=10)
            log(f"{self.label}: zlb_drain {output.strip()}")
        self.drain = None
