"""Part "scale" (bench/run --scale): how each figure grows with the number of programs, N = 10
to 2 000, each beside its floor taken at the same N in the same run. The samples go into
bench.details["scale"]; plot.py draws them."""
from __future__ import annotations

import dataclasses
import os
import resource
import time
from typing import Any

from .. import measure
from ..bench import Bench, Row
from ..common import BenchError, log
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.floors import BareSpawner, CoalescingDrain
from ..supervisors.respawner import BareRespawner
from ..supervisors.zlauncher import Zlauncher
from .gui import gui_floor, gui_stall, stall_figure

SIZES = [10, 100, 500, 1000, 2000]
# The launcher holds a few descriptors per program (pidfd, output pipes; the count at each N
# is in the details), and so does the harness without the proc connector (a pidfd per
# program in stop all): the soft limit, which the sessions inherit, is raised to the hard one,
# and a hard limit below this is said in the report.
OPEN_FILES = 16384
# The RSS target: at most this much more per supervised program, as the slope from N = 200 up.
RSS_SLOPE_KIB = 100


@dataclasses.dataclass
class Samples:
    """How many samples each measurement takes at each N."""

    respawns: int
    idle_seconds: float
    idle_slices: int
    rounds: int  # start all, stop all
    round_trips: int  # zlauncherctl list, and info
    gui_runs: int
    gui_ms: int


# About 25 minutes on 2 cores for the five sizes, most of it at 2 000 programs, where a stop
# all and a start all take seconds each (docs/performance.md, "How it grows").
FULL = Samples(respawns=30, idle_seconds=20, idle_slices=5, rounds=3, round_trips=10,
               gui_runs=2, gui_ms=10000)
QUICK = Samples(respawns=10, idle_seconds=6, idle_slices=3, rounds=2, round_trips=3,
                gui_runs=1, gui_ms=3000)


def run_scale(bench: Bench, sizes: list[int], samples: Samples) -> None:
    """The headless figures at every size, then the window's at every size."""
    raise_open_files(bench)
    bench.details["scale"] = {"sizes": sizes, "samples": dataclasses.asdict(samples),
                              "figures": {}}
    for phase in (headless_at, window_at):
        for n in sizes:
            began = time.monotonic()
            try:
                figures = phase(bench, n, samples)
            except BenchError as error:  # larger sizes would fail alike: the curves stop here
                bench.notes.append(f"scale: {phase.__name__} N = {n} not measured: {error}")
                log(f"scale {phase.__name__} N={n} not measured: {error}")
                break
            bench.details["scale"]["figures"].setdefault(str(n), {}).update({
                what: {side: figure.to_json() for side, figure in pair.items()}
                for what, pair in figures.items()})
            _rows(bench, n, figures)
            log(f"scale {phase.__name__} N={n}: {time.monotonic() - began:.0f} s")
    _rss_slope_row(bench, sizes)


def raise_open_files(bench: Bench) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < OPEN_FILES:
        bench.notes.append(f"scale: the hard limit of open files is {hard}, below the "
                           f"{OPEN_FILES} asked for 2 000 programs")
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        log(f"open files: soft limit raised from {soft} to the hard limit, {hard}")


def headless_at(bench: Bench, n: int, samples: Samples) -> dict[str, dict[str, Figure]]:
    """Every headless measurement at N programs: zlauncher's, then each floor's."""
    programs = [Program(f"p{i}") for i in range(n)]
    names = [p.name for p in programs]
    ours = _zlauncher_at(bench, programs, samples)
    floors = {"list": ours.pop("list_floor")}
    respawner = bench.session(BareRespawner, programs, f"x{n}-respawner")
    try:
        respawner.wait_started(names, 0, timeout=120)
        time.sleep(1.0)
        bench.note_load(f"scale N={n}, respawn, {respawner.label}")
        floors["respawn"] = measure.respawn(bench, respawner, names, samples.respawns)["to_exec"]
    finally:
        bench.close(respawner)
    spawner = bench.session(BareSpawner, programs, f"x{n}-spawner")
    try:
        bench.note_load(f"scale N={n}, start and stop all, {spawner.label}")
        both = measure.stop_and_start_all(bench, spawner, names, samples.rounds)
        floors["start_all"], floors["stop_all"] = both["start"], both["stop"]
    finally:
        bench.close(spawner)
    floors.update(_drain_idle(bench, programs, samples))
    return {what: {"zlauncher": figure, "floor": floors[what]} for what, figure in ours.items()}


def _zlauncher_at(bench: Bench, programs: list[Program], samples: Samples) -> dict[str, Figure]:
    """Respawn, idle, start all, stop all and zlauncherctl list in one headless session; the
    floor of list is zlauncherctl info, the same tool and round trip with no program in it."""
    n = len(programs)
    names = [p.name for p in programs]
    launcher = bench.session(Zlauncher, programs, f"x{n}-zlauncher")
    assert isinstance(launcher, Zlauncher)
    log(f"{launcher.label}: {n} programs")
    try:
        launcher.wait_started(names, 0, timeout=180)
        time.sleep(2.0)
        bench.note_load(f"scale N={n}, respawn, {launcher.label}")
        r = {"respawn": measure.respawn(bench, launcher, names, samples.respawns)["to_exec"]}
        descriptors = [len(os.listdir(f"/proc/{pid}/fd")) for pid in launcher.own_pids()]
        bench.details["scale"].setdefault("open_files", {})[str(n)] = {
            "launcher": descriptors[0], "zlauncher-logd": sum(descriptors[1:])}
        if len(descriptors) == 1:
            bench.notes.append(f"scale N={n}: no zlauncher-logd ran beside the launcher (its "
                               "fallback capture): the idle RSS is the launcher's alone")
        time.sleep(3.0)
        bench.note_load(f"scale N={n}, idle, {launcher.label}")
        idle = measure.idle(launcher, samples.idle_seconds, samples.idle_slices)
        r["idle_cpu"], r["idle_rss"] = idle["cpu"], idle["rss"]
        bench.note_load(f"scale N={n}, start and stop all, {launcher.label}")
        both = measure.stop_and_start_all(bench, launcher, names, samples.rounds)
        r["start_all"], r["stop_all"] = both["start"], both["stop"]
        r["list"] = measure.tool_round_trip(launcher.ctl() + ["list"], samples.round_trips)
        r["list_floor"] = measure.tool_round_trip(launcher.ctl() + ["info"],
                                                  samples.round_trips)
        return r
    finally:
        bench.close(launcher)


def _drain_idle(bench: Bench, programs: list[Program], samples: Samples) -> dict[str, Figure]:
    """The idle floor: the coalescing drain with the N probes beating into it."""
    n = len(programs)
    drain = bench.session(CoalescingDrain, programs, f"x{n}-drain")
    try:
        drain.wait_started([p.name for p in programs], 0, timeout=180)
        time.sleep(3.0)
        bench.note_load(f"scale N={n}, idle, {drain.label}")
        idle = measure.idle(drain, samples.idle_seconds, samples.idle_slices)
        return {"idle_cpu": idle["cpu"], "idle_rss": idle["rss"]}
    finally:
        bench.close(drain)


def window_at(bench: Bench, n: int, samples: Samples) -> dict[str, dict[str, Figure]]:
    """The GUI thread's longest stall with N programs beating at 1 Hz, the table shown; its
    floor, the event loop with no model, is taken while the same N probes beat into the
    coalescing drain, so that the machine carries the same programs."""
    programs = [Program(f"p{i}") for i in range(n)]
    drain = bench.session(CoalescingDrain, programs, f"x{n}-window-floor")
    try:
        drain.wait_started([p.name for p in programs], 0, timeout=180)
        time.sleep(3.0)
        bench.note_load(f"scale N={n}, GUI, no model")
        floor = stall_figure(gui_floor(bench, samples.gui_runs, samples.gui_ms))
    finally:
        bench.close(drain)
    bench.note_load(f"scale N={n}, GUI, zlauncher window")
    ours = stall_figure(gui_stall(bench, n, 1000, samples.gui_runs, samples.gui_ms))
    return {"gui_stall": {"zlauncher": ours, "floor": floor}}


TITLES = {
    "respawn": "crash → respawn (SIGKILL → exec)",
    "start_all": "start all, control request → last exec",
    "stop_all": "stop all, control request → last exit",
    "idle_cpu": "idle CPU, programs beating at 1 Hz, headless (% of a core)",
    "idle_rss": "idle RSS, launcher + zlauncher-logd",
    "list": "zlauncherctl list, round trip",
    "gui_stall": "GUI thread's longest stall, window offscreen, 1 Hz beats",
}
FLOORS = {
    "respawn": "bare respawner",
    "start_all": "bare spawner",
    "stop_all": "bare spawner (SIGTERM to each)",
    "idle_cpu": "coalescing SUB drain",
    "idle_rss": "coalescing SUB drain",
    "list": "zlauncherctl info",
    "gui_stall": "the same event loop, no model",
}


def _rows(bench: Bench, n: int, figures: dict[str, dict[str, Figure]]) -> None:
    for what, pair in figures.items():
        title = TITLES[what]
        ours, floor = pair["zlauncher"], pair["floor"]
        ratio = ours.median / floor.median if floor.median > 0 else float("inf")
        bench.add(Row(f"scale{n}_{what}", f"N = {n:,}: {title}", ours, None, "(information)",
                      note=f"÷ floor (medians) {ratio:.2f}", floor=floor,
                      floor_label=FLOORS[what]))


def rss_slope_kib(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of RSS (MiB) against N, in KiB per program."""
    mean_n = sum(n for n, _ in points) / len(points)
    mean_rss = sum(r for _, r in points) / len(points)
    spread = sum((n - mean_n) ** 2 for n, _ in points)
    return 1024 * sum((n - mean_n) * (r - mean_rss) for n, r in points) / spread


def _rss_slope_row(bench: Bench, sizes: list[int]) -> None:
    figures: dict[str, Any] = bench.details["scale"]["figures"]
    points = [(n, figures[str(n)]["idle_rss"]["zlauncher"]["median"]) for n in sizes
              if n >= 200]
    if len(points) < 2:
        bench.notes.append("scale: the RSS slope needs two sizes of 200 programs or more")
        return
    slope = rss_slope_kib(points)
    bench.details["scale"]["rss_slope_kib"] = slope
    bench.add(Row("scale_rss_slope", f"idle RSS per supervised program, slope over N = "
                  f"{', '.join(str(n) for n, _ in points)} (launcher + zlauncher-logd)",
                  Figure([slope], "KiB"), None, f"≤ {RSS_SLOPE_KIB} KiB",
                  slope <= RSS_SLOPE_KIB,
                  "least squares through the medians; "
                  + ", ".join(f"{n}: {fmt(r, 'MiB')}" for n, r in points)))
