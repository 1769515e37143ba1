"""Part "respawn": crash → respawn of 50 programs, hang → detection, and stop, under zlauncher
beside supervisord, and the floor of respawn under the bare respawner."""
from __future__ import annotations

import time
from typing import Any

from .. import measure
from ..bench import Bench, Row
from ..common import log
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.respawner import BareRespawner
from ..supervisors.supervisord import Supervisord
from ..supervisors.zlauncher import Zlauncher


def respawn_floor(bench: Bench, n: int, samples: int) -> dict[str, Figure]:
    """Crash → respawn of n probes under the bare respawner: the floor of that figure on this
    machine, in this run."""
    victims = [f"p{i}" for i in range(n)]
    floor = bench.session(BareRespawner, [Program(v) for v in victims], f"s{n}-floor")
    log(f"{floor.label}: {n} programs")
    try:
        floor.wait_started(victims, 0, timeout=60)
        time.sleep(1.0)
        bench.note_load(f"respawn N={n}, {floor.label}")
        return measure.respawn(bench, floor, victims, samples)
    finally:
        bench.close(floor)


def respawn_rows(bench: Bench, n: int, zr: dict[str, Figure], sr: dict[str, Figure],
                 fr: dict[str, Figure]) -> None:
    bench.details[f"respawn{n}"] = {k: {kk: vv.to_json() for kk, vv in v.items()}
                                    for k, v in (("zlauncher", zr), ("supervisord", sr),
                                                 ("floor", fr))}
    ours, floor = zr["to_exec"], fr["to_exec"]
    note = (f"the floor here, a bare respawner (waitpid, then posix_spawn; the same probes and "
            f"environment) measured in the same run: {fmt(floor.median, 'ms')} / "
            f"{fmt(floor.p95, 'ms')}; zlauncher ÷ floor (medians) "
            f"{ours.median / floor.median:.2f}, zlauncher − floor "
            f"{fmt(ours.median - floor.median, 'ms')}")
    bench.add(Row(f"respawn{n}", f"crash → respawn, N = {n} (SIGKILL → exec of the replacement)",
                  ours, sr["to_exec"], "median ≤ 2 ms, p95 ≤ 5 ms",
                  ours.median <= 2 and ours.p95 <= 5, note, floor=floor,
                  floor_label="bare respawner"))
    bench.add(Row(f"respawn{n}_main", f"crash → respawn, N = {n}, to the replacement's main()",
                  zr["to_main"], sr["to_main"], "(information)", floor=fr["to_main"],
                  floor_label="bare respawner"))


def run_respawn_and_control(bench: Bench, n: int, samples: int) -> None:
    """A session of n victims plus the programs of the stop and hang measurements, the same
    under both supervisors."""
    victims = [f"p{i}" for i in range(n)]
    programs = [Program(v) for v in victims]
    programs += [Program("coop", grace_ms=1000), Program("stubborn", mode="ignorestop",
                                                        grace_ms=1000)]
    programs += [Program(f"hang{i}", interval_ms=100, lost_ms=500, beat_file=True)
                 for i in range(3)]
    results: dict[str, dict[str, Any]] = {}
    for cls in (Zlauncher, Supervisord):
        results[cls.__name__] = _measure_under(bench, cls, programs, victims, n, samples)
    z, s = results["Zlauncher"], results["Supervisord"]
    respawn_rows(bench, n, z["respawn"], s["respawn"], respawn_floor(bench, n, samples))
    hang = z["hang"]
    bench.add(Row("hang", "hang → detection: SIGSTOP to the SIGKILL, past the lost timeout",
                  hang, None, "≤ 10 ms", hang.median <= 10 and hang.p95 <= 10,
                  "supervisord has no liveness check: a stopped program stays RUNNING"))
    _stop_rows(bench, z, s)


def _measure_under(bench: Bench, cls: type, programs: list[Program], victims: list[str],
                   n: int, samples: int) -> dict[str, Any]:
    """Respawn, hang (zlauncher only) and stop, in one session of cls."""
    supervisor = bench.session(cls, programs, f"s{n}-{cls.__name__.lower()}")
    log(f"{supervisor.label}: {len(programs)} programs")
    try:
        supervisor.wait_started([p.name for p in programs], 0, timeout=60)
        time.sleep(1.0)
        bench.note_load(f"respawn N={n}, {supervisor.label}")
        r: dict[str, Any] = {"respawn": measure.respawn(bench, supervisor, victims, samples)}
        if isinstance(supervisor, Zlauncher):
            r["hang"] = measure.hang(bench, supervisor, ["hang0", "hang1", "hang2"],
                                     max(10, samples // 3))
        ways = measure.available_ways(bench, supervisor, "stop")
        stops = max(5, samples // 5)
        for program in ("coop", "stubborn"):
            for how in ways:
                bench.note_load(f"stop {program} {how}, {supervisor.label}")
                r[f"stop_{program}_{how}"] = measure.stop(bench, supervisor, program, stops, how)
        return r
    finally:
        bench.close(supervisor)


def _stop_rows(bench: Bench, z: dict[str, Any], s: dict[str, Any]) -> None:
    for program, target, grace in (("coop", "≤ 15 ms end to end", 0),
                                   ("stubborn", "≤ 10 ms late", 1000)):
        for how in ("cli", "api"):
            key = f"stop_{program}_{how}"
            ours = z.get(key)
            theirs = s.get(key)
            if grace:
                ours = Figure([v - grace for v in ours.samples], "ms") if ours else None
                theirs = Figure([v - grace for v in theirs.samples], "ms") if theirs else None
            limit = 15 if program == "coop" else 10
            tool = "zlauncherctl / supervisorctl" if how == "cli" else "control request / XML-RPC"
            title = (f"stop, cooperative program, {tool} → exit" if program == "coop" else
                     f"stop, program that ignores stop, {tool}: exit past the 1 s grace")
            bench.add(Row(f"{key}", title, ours, theirs,
                          target if how == "cli" else "(information)",
                          (ours.median <= limit and ours.p95 <= limit) if ours and how == "cli"
                          else None))
