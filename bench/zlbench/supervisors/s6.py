"""Debian's s6 as a supervisor session: s6-svscan on a scan directory of its own, an
s6-supervise per program, commands by s6-svc or the control FIFO itself."""
from __future__ import annotations

import signal
from pathlib import Path

from ..program import Program
from .scandir import ScanDirectorySupervisor

S6_SVSCAN = "/usr/bin/s6-svscan"
S6_SVC = "/usr/bin/s6-svc"

# The descriptor the run script tells its readiness on (the service's notification-fd).
NOTIFICATION_FD = 3


class S6(ScanDirectorySupervisor):
    """s6-supervise waits one second before it restarts a service, unless the service had
    told it was ready more than a second before it died (s6-supervise.html, "Detailed
    operation"; fixed, not configurable). The fastest honest setting: each service has a
    notification-fd, and its run script declares it ready at once, before it execs the probe
    (what supervisord's startsecs=0 and zlauncher's running state say too), so a death more
    than a second after the start is restarted at once. max-death-tally 0: no death tally
    file is read and rewritten at each death. No ./finish (s6-supervise still forks for it and
    the fork's exec fails at once); no ./down; timeout-kill unset (the default: never
    SIGKILL)."""

    label = "s6"
    scanner = "s6-svscan"

    def write_service(self, service: Path, program: Program) -> None:
        (service / "notification-fd").write_text(f"{NOTIFICATION_FD}\n")
        (service / "max-death-tally").write_text("0\n")

    def before_exec(self) -> str:
        return f"printf '\\n' >&{NOTIFICATION_FD}\nexec {NOTIFICATION_FD}>&-\n"

    def scanner_command(self) -> list[str]:
        # -c: how many services it keeps (500 by default); no -t: it scans once, at start.
        return [S6_SVSCAN, "-c", str(max(500, 2 * len(self.programs))), str(self.scan)]

    def cli_stop(self, name: str) -> list[str]:
        return [S6_SVC, "-d", str(self.service(name))]

    def cli_start_all(self) -> list[str]:
        # s6-svc takes one service directory; s6 alone (without s6-rc) has no "all".
        return ["/bin/sh", "-c", f'for d in "$0"/*; do {S6_SVC} -u "$d" || exit; done',
                str(self.scan)]

    def stop_scanner(self) -> None:
        # SIGTERM: every s6-supervise brings its service down (SIGTERM, SIGCONT) and exits,
        # then s6-svscan exits.
        self.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
