"""Part "gui": how long the window's GUI thread stalls under heartbeats and followed output;
gui_stall is the measurement the probes part uses too."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Optional

from ..bench import Bench, Row
from ..common import BenchError, log
from ..processes import kill_processes_of, stopped_on_exit
from ..stats import Figure

# One more program of the window with followed output: 100 lines a second.
CHATTY = {"name": "chatty", "program": "/bin/sh", "kind": "plain",
          "arguments": ["-c", "i=0; while :; do i=$((i+1)); "
                        "echo \"line $i: the quick brown fox jumps over the lazy dog\"; "
                        "sleep 0.01; done"]}


def run_gui(bench: Bench, runs: int, measure_ms: int) -> None:
    loaded = gui_stall(bench, 100, 10, runs, measure_ms)
    calm = gui_stall(bench, 100, 1000, max(1, runs // 2), measure_ms)
    bare = gui_floor(bench, max(1, runs // 2), measure_ms)
    bench.details["gui"] = {"loaded": loaded, "calm": calm, "no_model": bare}
    stall = stall_figure(loaded)
    rate = statistics.median(r["heartbeatsPerSecond"] for r in loaded)
    bench.add(Row("gui_stall", "GUI: longest stall of the GUI thread, 100 programs × 100 Hz",
                  stall, None, "≤ 16 ms", stall.median <= 16 and stall.p95 <= 16,
                  f"heartbeats taken in: {rate:,.0f}/s; p99.9 of the tick gaps "
                  f"{statistics.median(r['p999GapUs'] for r in loaded) / 1000:.2f} ms; "
                  f"CPU the GUI thread used within its longest gap: "
                  f"{statistics.median(r['maxGapCpuUs'] for r in loaded) / 1000:.2f} ms; "
                  "supervisord has no window",
                  floor=stall_figure(bare), floor_label=NO_MODEL))
    bench.add(Row("gui_stall_calm", "GUI: longest stall, 100 programs × 1 Hz (floor)",
                  Figure([r["maxGapUs"] / 1000 - 1 for r in calm], "ms"), None, "(reference)"))
    # The window as a user keeps it open: 200 programs at 10 Hz, one program's output followed.
    followed = gui_stall(bench, 200, 100, runs, measure_ms, follow_output=True)
    bench.details["gui"]["followed"] = followed
    followed_stall = Figure([r["maxGapUs"] / 1000 - 1 for r in followed], "ms")
    bench.add(Row("gui_stall_output", "GUI: longest stall, 200 programs × 10 Hz, output followed",
                  followed_stall, None, "≤ 50 ms",
                  followed_stall.median <= 50 and followed_stall.p95 <= 50,
                  "the Details dock on the Output tab of a program writing 100 lines/s"))


NO_MODEL = "the same Qt event loop, no model"


def stall_figure(results: list[dict[str, Any]]) -> Figure:
    """The longest gap of each run, less the timer's own 1 ms."""
    return Figure([r["maxGapUs"] / 1000 - 1 for r in results], "ms")


def gui_floor(bench: Bench, runs: int, measure_ms: int) -> list[dict[str, Any]]:
    """zlb_guistall --no-model: the floor of the GUI thread's longest stall, the same
    QApplication, event loop and 1 ms tick measurement with a window attached to no launcher.
    Whatever else runs on the machine meanwhile (the caller's sessions) loads it alike."""
    results = []
    for _ in range(runs):
        directory = Path(tempfile.mkdtemp(prefix="gui-floor-", dir=bench.work))
        home = directory / "home"
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
        command = [str(bench.build / "bin" / "zlb_guistall"), "--no-model", "--measure-ms",
                   str(measure_ms)]
        results.append(_run_guistall(command, env, directory, measure_ms))
        log(f"GUI stall run, no model: {results[-1]}")
    return results


def gui_stall(bench: Bench, programs: int, interval_ms: int, runs: int, measure_ms: int,
              follow_output: bool = False,
              probe: Optional[dict[str, Any]] = None) -> list[dict[str, Any]]:
    """zlb_guistall: the window of src/app/gui.cpp (offscreen) with `programs` probes each
    beating every interval_ms; a 1 ms precise timer on the GUI thread records every gap
    between its ticks. With follow_output, one more program writes 100 lines a second and
    the Details dock follows its output. With probe, every program has it as its liveness
    probe. One JSON result per run."""
    results = []
    for _ in range(runs):
        directory = Path(tempfile.mkdtemp(prefix="gui-", dir=bench.work))
        runtime = directory / "r"
        runtime.mkdir(mode=0o700)
        os.chmod(runtime, 0o700)
        config = directory / "zlauncher.json"
        config.write_text(json.dumps(_config(bench, directory / "stamps", programs, interval_ms,
                                             follow_output, probe)))
        home = directory / "home"
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
        command = [str(bench.build / "bin" / "zlb_guistall"), "--config", str(config),
                   "--runtime-dir", str(runtime), "--measure-ms", str(measure_ms)]
        if follow_output:
            command += ["--follow-output", "chatty"]
        results.append(_run_guistall(command, env, runtime, measure_ms))
        log(f"GUI stall run: {results[-1]}")
    return results


def _config(bench: Bench, stamps: Path, programs: int, interval_ms: int, follow_output: bool,
            probe: Optional[dict[str, Any]]) -> dict[str, Any]:
    return {"version": 1, "programs": [{
        "name": f"g{i}", "program": str(bench.probe),
        "arguments": ["--name", f"g{i}", "--stamps", str(stamps)],
        "heartbeatIntervalMs": interval_ms, "lostTimeoutMs": 10000,
        "startTimeoutMs": 30000, **({"livenessProbe": probe} if probe else {})}
        for i in range(programs)] + ([CHATTY] if follow_output else [])}


def _run_guistall(command: list[str], env: dict[str, str], runtime: Path,
                  measure_ms: int) -> dict[str, Any]:
    """One run of zlb_guistall to its end: its JSON result."""
    # zlb_guistall stops its programs before it exits; whatever it left (it timed out,
    # failed, or this script was interrupted) is killed here, on every path.
    try:
        with stopped_on_exit(subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                env=env)) as guistall:
            try:
                output, errors = guistall.communicate(timeout=measure_ms / 1000 + 90)
            except subprocess.TimeoutExpired:
                raise BenchError(f"zlb_guistall did not finish within "
                                 f"{measure_ms / 1000 + 90:.0f} s") from None
    finally:
        kill_processes_of(runtime)
    if guistall.returncode != 0 or not output.strip():
        raise BenchError(f"zlb_guistall failed ({guistall.returncode}): {errors}")
    return json.loads(output.strip().splitlines()[-1])
