"""Part "peers": N programs under zlauncher, supervisord, s6, runit and PM2 in one run, and the bare
respawner as the floor: crash → respawn, start all, stop (one program, all), idle CPU and
memory, and memory per supervised program (issue 17, point 4)."""
from __future__ import annotations

import time
from typing import Any, Optional

from .. import measure
from ..bench import Bench, Row
from ..common import BenchError, log
from ..program import Program
from ..stats import Figure
from ..supervisors.pm2 import Pm2
from ..supervisors.respawner import BareRespawner
from ..supervisors.runit import Runit
from ..supervisors.s6 import S6
from ..supervisors.supervisord import Supervisord
from ..supervisors.zlauncher import Zlauncher

SUPERVISORS: list[tuple[str, type]] = [("zlauncher", Zlauncher), ("supervisord", Supervisord),
                                       ("s6", S6), ("runit", Runit), ("PM2", Pm2)]
PEERS = ("s6", "runit", "PM2")


def run_peers(bench: Bench, n: int, small: int, samples: int, idle_seconds: float,
              slices: int, rounds: int, stops: int) -> None:
    """Each supervisor in turn with n programs (then small programs, for the idle memory
    only), the floor last; the rows once all are measured."""
    names = [f"p{i}" for i in range(n)]
    results: dict[str, dict[str, Any]] = {}
    supervisors = SUPERVISORS + [("floor", BareRespawner)]
    if bench.pm2 is None:
        bench.notes.append("PM2 is not installed (bench/run installs it from npm into the build "
                           "directory; --pm2 names another): it is not measured.")
        supervisors = [(label, cls) for label, cls in supervisors if cls is not Pm2]
    for label, cls in supervisors:
        # PM2 stops all one program after the other, two at a time, each confirmed dead by a
        # poll every 100 ms: 200 take it tens of seconds, so it gets a third of the rounds.
        its_rounds = max(2, rounds // 3) if cls is Pm2 else rounds
        try:
            results[label] = _measure_under(bench, cls, names, samples, idle_seconds, slices,
                                            its_rounds, stops)
            results[label]["small"] = _idle_only(bench, cls, small, idle_seconds / 2,
                                                 max(2, slices // 2))
        except BenchError as error:  # the others are still worth their figures: say why not
            log(f"peers: {label} failed: {error}")
            bench.notes.append(f"peers: {label} was not measured to the end: {error}")
            results[label] = {}
    _rows(bench, n, small, results)
    bench.details[f"peers{n}"] = {label: _to_json(r) for label, r in results.items()}


def _measure_under(bench: Bench, cls: type, names: list[str], samples: int,
                   idle_seconds: float, slices: int, rounds: int, stops: int) -> dict[str, Any]:
    """Cold start, respawn, idle, stop of one program and start all (with stop all) in one
    session of cls; the bare respawner has no commands: cold start, respawn and idle only."""
    n = len(names)
    supervisor = bench.session(cls, [Program(name) for name in names],
                               f"peers{n}-{cls.__name__.lower()}")
    log(f"{supervisor.label}: {n} programs")
    r: dict[str, Any] = {}
    try:
        started = supervisor.wait_started(names, 0, timeout=120)
        r["cold_start"] = Figure([(max(bench.exec_or_main(s, first=supervisor.run_file,
                                                          after_ns=supervisor.started_ns)[0]
                                       for s in started.values())
                                   - supervisor.started_ns) / 1e6], "ms")
        time.sleep(2.0)
        bench.note_load(f"peers: respawn N={n}, {supervisor.label}")
        r["respawn"] = measure.respawn(bench, supervisor, names, samples)
        time.sleep(3.0)
        bench.note_load(f"peers: idle, {supervisor.label}")
        r["idle"] = measure.idle(supervisor, idle_seconds, slices, pss=True)
        if isinstance(supervisor, BareRespawner):
            return r
        for how in measure.available_ways(bench, supervisor, "stop"):
            bench.note_load(f"peers: stop {how}, {supervisor.label}")
            r[f"stop_{how}"] = measure.stop(bench, supervisor, names[0], stops, how)
        for how in measure.available_ways(bench, supervisor, "start-all"):
            bench.note_load(f"peers: start all {how}, {supervisor.label}")
            r[f"start_all_{how}"] = measure.start_all(bench, supervisor, names, rounds, how)
        return r
    finally:
        bench.close(supervisor)


def _idle_only(bench: Bench, cls: type, n: int, seconds: float,
               slices: int) -> dict[str, Figure]:
    """The idle cost with n programs: the small end of the memory per program."""
    names = [f"p{i}" for i in range(n)]
    supervisor = bench.session(cls, [Program(name) for name in names],
                               f"peers{n}-{cls.__name__.lower()}")
    log(f"{supervisor.label}: {n} programs (idle memory)")
    try:
        supervisor.wait_started(names, 0, timeout=60)
        time.sleep(3.0)
        bench.note_load(f"peers: idle N={n}, {supervisor.label}")
        return measure.idle(supervisor, seconds, slices, pss=True)
    finally:
        bench.close(supervisor)


def per_program(large: Figure, small: Figure, programs: int) -> Figure:
    """The slope of memory between the two sessions, in KiB per program: each sample of the
    large one paired with the sample of the small one taken at the same point of its window."""
    pairs = min(large.n, small.n)
    return Figure([(large.samples[round(i * (large.n - 1) / max(1, pairs - 1))]
                    - small.samples[round(i * (small.n - 1) / max(1, pairs - 1))])
                   * 1024 / programs for i in range(pairs)], "KiB")


def _to_json(r: dict[str, Any]) -> dict[str, Any]:
    return {key: value.to_json() if isinstance(value, Figure) else _to_json(value)
            for key, value in r.items()}


def _figure(results: dict[str, Any], path: tuple[str, ...]) -> Optional[Figure]:
    value: Any = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _row(bench: Bench, results: dict[str, dict[str, Any]], key: str, title: str,
         path: tuple[str, ...], floor: bool = False, target: str = "(information)",
         note: str = "") -> None:
    peers = {peer: f for peer in PEERS
             if peer in results and (f := _figure(results[peer], path)) is not None}
    bench.add(Row(f"peers_{key}", title, ours=_figure(results.get("zlauncher", {}), path),
                  theirs=_figure(results.get("supervisord", {}), path), target=target,
                  note=note,
                  floor=_figure(results.get("floor", {}), path) if floor else None,
                  floor_label="bare respawner" if floor else "", peers=peers))


def _rows(bench: Bench, n: int, small: int, results: dict[str, dict[str, Any]]) -> None:
    run_file = ("s6 and runit: to the supervisor's exec of ./run; the run script (dash) then "
                "execs the probe")
    _row(bench, results, "respawn", f"crash → respawn, N = {n} (SIGKILL → exec)",
         ("respawn", "to_exec"), floor=True, note=run_file)
    _row(bench, results, "respawn_main", f"crash → respawn, N = {n}, to the probe's main()",
         ("respawn", "to_main"), floor=True)
    for how, tool in (("cli", "zlauncherctl, supervisorctl, s6-svc, sv, pm2"),
                      ("api", "control request, XML-RPC, control FIFO, PM2's API")):
        _row(bench, results, f"stop_{how}", f"stop one program, {tool} → exit",
             (f"stop_{how}", ))
    _row(bench, results, "stop_all", f"stop all {n} → last exit (control request, XML-RPC, "
         "a 'd' on every control FIFO, PM2's API)", ("start_all_api", "stop_all"))
    for how, tool in (("cli", "zlauncherctl, supervisorctl, s6-svc per program, sv, pm2"),
                      ("api", "control request, XML-RPC, a 'u' on every control FIFO, "
                       "PM2's API")):
        _row(bench, results, f"start_all_{how}", f"start all {n}, {tool} → last exec",
             (f"start_all_{how}", "to_exec"), note=run_file if how == "cli" else "")
    _row(bench, results, "cold_start", f"cold start: supervisor started → last of {n} exec",
         ("cold_start", ), floor=True, note="one sample")
    _row(bench, results, "idle_cpu", f"idle CPU, {n} programs (% of a core, the "
         "supervisor's own processes)", ("idle", "cpu"), floor=True)
    _row(bench, results, "idle_rss", f"idle RSS, {n} programs (summed over its processes)",
         ("idle", "rss"), floor=True)
    _row(bench, results, "idle_pss", f"idle PSS, {n} programs (shared pages counted once)",
         ("idle", "pss"), floor=True)
    for label, r in results.items():
        for kind in ("rss", "pss"):
            large, little = _figure(r, ("idle", kind)), _figure(r, ("small", kind))
            if large is not None and little is not None:
                r[f"per_program_{kind}"] = per_program(large, little, n - small)
    for kind in ("rss", "pss"):
        _row(bench, results, f"per_program_{kind}", f"memory per program, {kind.upper()} "
             f"(N = {small} → {n}, slope)", (f"per_program_{kind}", ), floor=True)
