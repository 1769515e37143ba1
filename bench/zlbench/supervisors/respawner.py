"""The bare respawner as a supervisor session: the floor of crash → respawn on this machine."""
from __future__ import annotations

import signal
import subprocess
from typing import TYPE_CHECKING, Iterable

import zmq

from ..common import BenchError, log, now_ns
from ..program import Program
from ..stamps import Start
from .base import Supervisor, unread_sub

if TYPE_CHECKING:
    from ..bench import Bench


class BareRespawner(Supervisor):
    """The floor of crash → respawn here (zlb_respawn): waitpid, then posix_spawn of the same
    command, with the environment zlauncher gives its programs, so that the probe sets up and
    tears down the same libzmq sockets and threads. A SUB is bound where the probes beat, as
    zlauncher's would be, and never read: nothing more than a connection for them."""

    label = "bare respawner"

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        super().__init__(bench, programs, tag)
        runtime, heartbeat = self.private_heartbeat()
        self._sub = self._bind_heartbeat(heartbeat)
        lines = []
        for p in programs:
            environment = [f"{k}={v}" for k, v in p.environment(heartbeat, runtime).items()]
            lines.append("\t".join(environment + ["--"] + self.command(p)))
        spec = self.dir / "spec"
        spec.write_text("\n".join(lines) + "\n")
        self.stderr = self.dir / "zlb_respawn.stderr"
        self.started_ns = now_ns()
        with open(self.stderr, "w") as stderr:
            self.process = subprocess.Popen(
                [str(bench.build / "bin" / "zlb_respawn"), *self.options, str(spec)],
                stdin=subprocess.PIPE if self.options else subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=stderr, text=True)

    # zlb_respawn's options: none for the respawner; floors.BareSpawner gives --commands.
    options: tuple[str, ...] = ()

    def _bind_heartbeat(self, endpoint: str) -> "zmq.Socket | None":
        """What the probes beat to; floors.CoalescingDrain puts zlb_drain there instead."""
        return unread_sub(endpoint)

    def wait_started(self, names: Iterable[str], after_ns: int, timeout: float = 60) -> dict[str, Start]:
        try:
            return super().wait_started(names, after_ns, timeout)
        except BenchError:
            if self.process is not None and self.process.poll() is not None:
                raise BenchError(f"zlb_respawn ended with status {self.process.returncode}: "
                                 f"{self.stderr.read_text().strip()}") from None
            raise

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # SIGTERM kills its programs, then exits; the stamps name what a kill leaves.
            self.end_process(signal.SIGTERM, 10, "(its programs follow)")
        if error := self.stderr.read_text().strip():
            log(f"{self.label}: {error}")
        self.kill_leftovers()
        if self._sub is not None:
            self._sub.close()
        self.process = None
