"""Part "start": 200 programs under zlauncher beside supervisord: cold start, crash → respawn,
idle cost (headless, and the window), start all."""
from __future__ import annotations

import time
from typing import Any

from .. import measure
from ..bench import Bench, Row
from ..common import HEARTBEAT_WINDOW_MS, log
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.floors import BareSpawner, CoalescingDrain
from ..supervisors.supervisord import Supervisord
from ..supervisors.zlauncher import Zlauncher
from .respawn import respawn_floor, respawn_rows


def run_start_all_and_idle(bench: Bench, n: int, samples: int, idle_seconds: float,
                           slices: int, rounds: int) -> None:
    victims = [f"p{i}" for i in range(n)]
    programs = [Program(v) for v in victims]
    results: dict[str, dict[str, Any]] = {}
    for cls in (Zlauncher, Supervisord):
        results[cls.__name__] = _measure_under(bench, cls, programs, samples, idle_seconds,
                                               slices, rounds)
    gui_idle = _window_idle(bench, programs, idle_seconds, slices)
    spawner = start_all_floor(bench, programs, rounds)
    drain = idle_floor(bench, programs, idle_seconds, slices)
    bench.details[f"floors{n}"] = {"start_all": spawner.to_json(),
                                   **{f"idle_{k}": v.to_json() for k, v in drain.items()}}
    z, s = results["Zlauncher"], results["Supervisord"]
    respawn_rows(bench, n, z["respawn"], s["respawn"], respawn_floor(bench, n, samples))
    _start_all_rows(bench, n, z, s, spawner)
    bench.add(Row("cold_start", f"cold start: supervisor process started → last of {n} exec",
                  z["cold_start"], s["cold_start"], "(information, one sample)"))
    zi, si = z["idle"], s["idle"]
    floor_cpu = drain["cpu"].median
    bench.add(Row("idle_cpu", f"idle CPU, {n} programs beating at 1 Hz, headless (% of a core)",
                  zi["cpu"], si["cpu"], "median ≤ 1.2× floor",
                  zi["cpu"].median <= 1.2 * floor_cpu, floor=drain["cpu"], floor_label=DRAIN))
    bench.add(Row("idle_rss", f"idle RSS, {n} programs, headless", zi["rss"], si["rss"],
                  "≤ 40 MiB", zi["rss"].p95 <= 40, floor=drain["rss"], floor_label=DRAIN))
    bench.add(Row("idle_cpu_gui", f"idle CPU, {n} programs, window (offscreen)", gui_idle["cpu"],
                  si["cpu"], "median ≤ 2× floor", gui_idle["cpu"].median <= 2 * floor_cpu,
                  floor=drain["cpu"], floor_label=DRAIN))
    bench.add(Row("idle_rss_gui", f"idle RSS, {n} programs, window (offscreen)", gui_idle["rss"],
                  si["rss"], "(information)", floor=drain["rss"], floor_label=DRAIN))


DRAIN = f"coalescing libzmq SUB drain ({HEARTBEAT_WINDOW_MS} ms window), the same beats"
SPAWNER = "bare spawner (posix_spawn of each in turn; request over a pipe)"


def start_all_floor(bench: Bench, programs: list[Program], rounds: int) -> Figure:
    """Start all of the same programs under the bare spawner: request → last exec."""
    spawner = bench.session(BareSpawner, programs, f"s{len(programs)}-spawner")
    try:
        bench.note_load(f"start all, {spawner.label}")
        return measure.start_all(bench, spawner, [p.name for p in programs], rounds,
                                 "api")["to_exec"]
    finally:
        bench.close(spawner)


def idle_floor(bench: Bench, programs: list[Program], idle_seconds: float,
               slices: int) -> dict[str, Figure]:
    """The idle cost of the coalescing drain with the same programs beating into it."""
    drain = bench.session(CoalescingDrain, programs, f"s{len(programs)}-drain")
    try:
        drain.wait_started([p.name for p in programs], 0, timeout=120)
        time.sleep(3.0)
        bench.note_load(f"idle, {drain.label}")
        return measure.idle(drain, idle_seconds, slices)
    finally:
        bench.close(drain)


def _measure_under(bench: Bench, cls: type, programs: list[Program], samples: int,
                   idle_seconds: float, slices: int, rounds: int) -> dict[str, Any]:
    """Cold start, respawn, idle and start all in one session of cls."""
    n = len(programs)
    victims = [p.name for p in programs]
    supervisor = bench.session(cls, programs, f"s{n}-{cls.__name__.lower()}")
    log(f"{supervisor.label}: {len(programs)} programs")
    r: dict[str, Any] = {}
    try:
        started = supervisor.wait_started(victims, 0, timeout=120)
        r["cold_start"] = Figure([(max(bench.exec_or_main(s)[0] for s in started.values())
                                   - supervisor.started_ns) / 1e6], "ms")
        time.sleep(2.0)
        bench.note_load(f"respawn N={n}, {supervisor.label}")
        r["respawn"] = measure.respawn(bench, supervisor, victims, samples)
        time.sleep(3.0)
        bench.note_load(f"idle, {supervisor.label}")
        r["idle"] = measure.idle(supervisor, idle_seconds, slices)
        bench.note_load(f"idle end, {supervisor.label}")
        for how in measure.available_ways(bench, supervisor, "start-all"):
            bench.note_load(f"start all {how}, {supervisor.label}")
            r[f"start_all_{how}"] = measure.start_all(bench, supervisor, victims, rounds, how)
        return r
    finally:
        bench.close(supervisor)


def _window_idle(bench: Bench, programs: list[Program], idle_seconds: float,
                 slices: int) -> dict[str, Figure]:
    """The window, for the idle figure only."""
    n = len(programs)
    window = bench.session(Zlauncher, programs, f"s{n}-window", gui=True)
    try:
        window.wait_started([p.name for p in programs], 0, timeout=120)
        time.sleep(5.0)
        bench.note_load("idle, zlauncher window")
        return measure.idle(window, idle_seconds, slices)
    finally:
        bench.close(window)


def _start_all_rows(bench: Bench, n: int, z: dict[str, Any], s: dict[str, Any],
                    floor: Figure) -> None:
    for how in ("cli", "api"):
        key = f"start_all_{how}"
        if key in z or key in s:
            ours = z.get(key, {}).get("to_exec")
            theirs = s.get(key, {}).get("to_exec")
            tool = "zlauncherctl / supervisorctl" if how == "cli" else "control request / XML-RPC"
            replied = z.get(key, {}).get("replied")
            bench.add(Row(key, f"start all, {n} programs, {tool} → last exec", ours, theirs,
                          "median ≤ 1.2× floor" if how == "api" else "(information)",
                          ours.median <= 1.2 * floor.median if ours and how == "api" else None,
                          f"zlauncher's reply came after {fmt(replied.median, 'ms')} (median)"
                          if replied else "", floor=floor, floor_label=SPAWNER))
