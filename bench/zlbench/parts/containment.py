"""Part "containment": respawn and start all with each program in a cgroup of its own, beside
the same launcher with process groups."""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Optional

from .. import measure
from ..bench import Bench, Row
from ..common import log
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.zlauncher import Zlauncher


def cgroup2_mount() -> Optional[Path]:
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        if " - cgroup2 " in line:
            return Path(line.split(" ")[4])
    return None


def run_containment(bench: Bench, n: int, samples: int, rounds: int) -> None:
    """Respawn and start all with each program in a cgroup of its own (clone3 into it) beside
    the same launcher with process groups (posix_spawn), in the same run."""
    mount = cgroup2_mount()
    if os.geteuid() != 0 or mount is None:
        bench.notes.append("containment: skipped (needs root and a cgroup v2 mount to make the "
                           "launcher's delegated cgroup)")
        return
    programs = [Program(f"p{i}") for i in range(n)]
    figures: dict[str, dict[str, Figure]] = {}
    for mode in ("process-group", "cgroup"):
        group = mount / f"zlbench-{os.getpid()}" if mode == "cgroup" else None
        figures[mode] = _measure_mode(bench, mode, group, programs, samples, rounds)
    for key, title in (("respawn", f"crash → respawn, N = {n}"),
                       ("start_all", f"start all, {n} programs, zlauncherctl → last exec")):
        ours, base = figures["cgroup"][key], figures["process-group"][key]
        bench.add(Row(f"{key}_cgroup{n}", f"{title}, each program in a cgroup of its own",
                      ours, None, "(information)", None,
                      f"the same launcher with process groups, same run: "
                      f"{fmt(base.median, 'ms')} / {fmt(base.p95, 'ms')}; cgroup ÷ process "
                      f"groups (medians) {ours.median / base.median:.2f}"))


def _measure_mode(bench: Bench, mode: str, group: Optional[Path], programs: list[Program],
                  samples: int, rounds: int) -> dict[str, Figure]:
    """Respawn and start all under a launcher started in group (None: where we are)."""
    n = len(programs)
    victims = [p.name for p in programs]
    if group is not None:
        group.mkdir()
    supervisor = bench.session(Zlauncher, programs, f"c{n}-{mode}", cgroup=group)
    log(f"{supervisor.label}, {mode}: {n} programs")
    try:
        supervisor.wait_started(victims, 0, timeout=120)
        time.sleep(2.0)
        bench.note_load(f"respawn N={n}, {mode}")
        figures = {"respawn": measure.respawn(bench, supervisor, victims, samples)["to_exec"]}
        bench.note_load(f"start all, {mode}")
        figures["start_all"] = measure.start_all(bench, supervisor, victims, rounds,
                                                 "cli")["to_exec"]
        return figures
    finally:
        bench.close(supervisor)
        if group is not None:
            _remove_cgroup(group)


def _remove_cgroup(group: Path) -> None:
    """Kills what is left in group, then removes it and its children; a cgroup can be
    removed only once the kernel has seen its last process go, so this retries a while."""
    (group / "cgroup.kill").write_text("1")
    for _ in range(100):
        try:
            for child in group.iterdir():
                if child.is_dir():
                    child.rmdir()
            group.rmdir()
            break
        except OSError:
            time.sleep(0.1)
