"""The state of one benchmark run: the build it measures, the sessions it has open, and the
rows, details, notes and load averages the report is made of."""
from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
from pathlib import Path
from typing import Any, Optional

from .common import SUPERVISORD, log
from .procevents import ProcEvents
from .program import Program
from .stamps import Start
from .stats import Figure, median_over_p95
from .supervisors.base import Supervisor


@dataclasses.dataclass
class Row:
    """One line of the report: a figure of zlauncher beside supervisord's (theirs), the other
    peers' (peers, by name: s6, runit) and the floor's (the same work done by a bare program,
    in the same run)."""

    key: str
    title: str
    ours: Optional[Figure]
    theirs: Optional[Figure]
    target: str = ""
    met: Optional[bool] = None
    note: str = ""
    floor: Optional[Figure] = None
    floor_label: str = ""
    peers: dict[str, Figure] = dataclasses.field(default_factory=dict)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick: bool = args.quick
        self.build = Path(args.build).resolve()
        self.probe = self.build / "bin" / "zlb_probe"
        self.sdnotify = self.build / "bin" / "tc_sdnotify"
        for binary in ("zlauncher", "zlb_probe", "zlb_drain", "zlb_guistall", "zlb_respawn", "zlb_tableops",
                       "tc_sdnotify"):
            if not (self.build / "bin" / binary).exists():
                raise SystemExit(f"zlbench: {self.build}/bin/{binary} is missing: build first "
                                 "(bench/run does)")
        if not Path(SUPERVISORD).exists():
            raise SystemExit("zlbench: supervisord is not installed (bench/run installs it)")
        # PM2, installed from npm by bench/run: a peer when it is there.
        pm2 = Path(args.pm2 or self.build / "pm2" / "node_modules" / "pm2").resolve()
        self.pm2: Optional[Path] = pm2 if (pm2 / "bin" / "pm2").exists() else None
        self.work = Path(tempfile.mkdtemp(prefix="zlb-", dir="/tmp"))
        self.events = ProcEvents()
        self.rows: list[Row] = []
        self.details: dict[str, Any] = {}
        self.notes: list[str] = []
        self.load: list[tuple[str, str]] = []
        self.sessions: list[Supervisor] = []
        self.rng = random.Random(1)

    def note_load(self, where: str) -> None:
        with open("/proc/loadavg") as loadavg:
            self.load.append((where, " ".join(loadavg.read().split()[:3])))

    def session(self, cls: type, programs: list[Program], tag: str, **kwargs: Any) -> Supervisor:
        supervisor = cls(self, programs, tag, **kwargs)
        self.sessions.append(supervisor)
        return supervisor

    def close(self, supervisor: Supervisor) -> None:
        supervisor.close()
        if supervisor in self.sessions:
            self.sessions.remove(supervisor)

    def close_all(self) -> None:
        for supervisor in list(self.sessions):
            try:
                self.close(supervisor)
            except Exception as error:  # cleanup goes on with the others, and says why
                log(f"closing {supervisor.label} failed: {error!r}")
        self.events.close()

    def add(self, row: Row) -> None:
        self.rows.append(row)
        ours = median_over_p95(row.ours) if row.ours else "—"
        theirs = median_over_p95(row.theirs) if row.theirs else "—"
        others = "".join(f"; {peer} {median_over_p95(figure)}"
                         for peer, figure in row.peers.items())
        if row.floor:
            others += f"; floor {median_over_p95(row.floor)}"
        log(f"{row.title}: zlauncher {ours}; supervisord {theirs}{others} {row.note}")

    def exec_or_main(self, start: Start, first: bool = False,
                     after_ns: int = 0) -> tuple[int, str]:
        """When the instance was exec'd (its first exec with first=True: a ./run script's,
        before it execs the probe), or failing the proc connector its main() stamp."""
        stamp = self.events.exec_ns(start.pid, timeout=1.0, first=first, after_ns=after_ns)
        if stamp is None:
            return start.main_ns, "main"
        return stamp, "exec"
