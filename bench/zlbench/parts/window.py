"""Part "window": the program table of N programs worked as a user works it (opening the window,
sorting by each column, typing a filter, scrolling top to bottom, selecting rows with the
Details dock open), each operation's longest stall of the GUI thread beside the same operation
on the same widgets with no model attached (the floor)."""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from ..bench import Bench, Row
from ..common import BenchError, log
from ..processes import kill_processes_of, stopped_on_exit
from ..stats import Figure

OPERATIONS = (("open", "opening the window"), ("sort", "sorting by a column"),
              ("filter", "typing a filter, one key"), ("scroll", "scrolling, one step"),
              ("select", "selecting a row, Details dock open"))
STALL_TARGET_MS = 50


def run_window(bench: Bench, n: int, runs: int) -> None:
    window = [table_operations(bench, n) for _ in range(runs)]
    floor = [table_operations(bench, n, floor=True) for _ in range(runs)]
    bench.details[f"window{n}"] = {"window": window, "floor": floor}
    for kind, title in OPERATIONS:
        ours = Figure([stall for run in window for stall in run[kind]], "ms")
        bare = Figure([stall for run in floor for stall in run[kind]], "ms")
        bench.add(Row(f"window{n}_{kind}", f"window, {n} programs: {title}, longest GUI stall",
                      ours, None, f"≤ {STALL_TARGET_MS} ms", ours.worst <= STALL_TARGET_MS,
                      f"worst of {ours.n}: {ours.worst:.1f} ms; supervisord has no window",
                      floor=bare, floor_label="the same widgets with no model"))


def table_operations(bench: Bench, n: int, floor: bool = False) -> dict[str, Any]:
    """One run of zlb_tableops, offscreen: n probes beating at 1 Hz under the window (or the
    floor, with no launcher at all); its JSON result, stalls in ms by kind of operation."""
    directory = Path(tempfile.mkdtemp(prefix="tableops-", dir=bench.work))
    runtime = directory / "r"
    runtime.mkdir(mode=0o700)
    os.chmod(runtime, 0o700)
    config = directory / "zlauncher.json"
    config.write_text(json.dumps({"version": 1, "programs": [
        {"name": f"p{i}", "program": str(bench.probe),
         "arguments": ["--name", f"p{i}", "--stamps", str(directory / "stamps")],
         "heartbeatIntervalMs": 1000, "startTimeoutMs": 60000} for i in range(n)]}))
    home = directory / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
    command = [str(bench.build / "bin" / "zlb_tableops")]
    command += (["--no-model", "--rows", str(n)] if floor
                else ["--config", str(config), "--runtime-dir", str(runtime)])
    try:
        with stopped_on_exit(subprocess.Popen(command, stdout=subprocess.PIPE,
                                              stderr=subprocess.PIPE, text=True,
                                              env=env)) as tableops:
            try:
                output, errors = tableops.communicate(timeout=300)
            except subprocess.TimeoutExpired:
                raise BenchError("zlb_tableops did not finish within 300 s") from None
    finally:
        kill_processes_of(runtime)
    if tableops.returncode != 0 or not output.strip():
        raise BenchError(f"zlb_tableops failed ({tableops.returncode}): {errors}")
    result = json.loads(output.strip().splitlines()[-1])
    log(f"table operations{' (floor)' if floor else ''}, {n} programs: "
        + ", ".join(f"{kind} worst {max(result[kind]):.1f} ms" for kind, _ in OPERATIONS))
    return result
