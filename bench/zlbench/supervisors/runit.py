"""Debian's runit as a supervisor session: runsvdir on a scan directory of its own, a runsv
per program, commands by sv or the control FIFO itself."""
from __future__ import annotations

import signal

from .scandir import ScanDirectorySupervisor

RUNSVDIR = "/usr/bin/runsvdir"
SV = "/usr/bin/sv"


class Runit(ScanDirectorySupervisor):
    """runsv sleeps one second (the whole process: sleep(3)) after a ./run that exited within a
    second of its start, then restarts it (runsv.8; fixed, not configurable). Nothing else
    throttles: no ./finish (which runsv would run between death and restart), no ./down, no
    log service. A death more than a second after the start is restarted at once."""

    label = "runit"
    scanner = "runsvdir"

    def scanner_command(self) -> list[str]:
        # -P: each runsv in a process group of its own, as runit's own boot does.
        return [RUNSVDIR, "-P", str(self.scan)]

    def cli_stop(self, name: str) -> list[str]:
        return [SV, "down", str(self.service(name))]

    def cli_start_all(self) -> list[str]:
        return [SV, "up"] + [str(self.service(name)) for name in self.programs]

    def stop_scanner(self) -> None:
        # SIGHUP: runsvdir sends every runsv a TERM (each brings its service down and exits),
        # then exits 111. (On SIGTERM it would exit alone, leaving them.)
        self.process.send_signal(signal.SIGHUP)  # type: ignore[union-attr]
