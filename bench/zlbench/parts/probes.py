"""Part "probes": the GUI thread while 200 programs each have a liveness probe every second."""
from __future__ import annotations

import socket
import statistics
import threading

from ..bench import Bench, Row
from ..stats import Figure
from .gui import gui_stall


class AcceptingPort:
    """A loopback TCP port that accepts every connection and closes it: what a tcp probe of a
    healthy program meets."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0), backlog=1024)
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return  # closed
            connection.close()

    def close(self) -> None:
        self.server.close()


def run_probes(bench: Bench, runs: int, measure_ms: int) -> None:
    """The GUI thread while 200 programs are each probed every second (issue: at 200 programs
    with a probe each every second, the longest stall stays within the GUI target), beside the
    same 200 programs without probes in the same run: the floor."""
    floor = gui_stall(bench, 200, 1000, runs, measure_ms)
    exec_probe = {"exec": ["/bin/true"], "periodMs": 1000, "timeoutMs": 5000}
    execs = gui_stall(bench, 200, 1000, runs, measure_ms, probe=exec_probe)
    port = AcceptingPort()
    try:
        tcps = gui_stall(bench, 200, 1000, runs, measure_ms,
                         probe={"tcp": f"127.0.0.1:{port.port}", "periodMs": 1000})
    finally:
        port.close()
    bench.details["probes"] = {"floor": floor, "exec": execs, "tcp": tcps}
    floor_stall = Figure([r["maxGapUs"] / 1000 - 1 for r in floor], "ms")
    bench.add(Row("gui_stall_probes_floor", "GUI: longest stall, 200 programs × 1 Hz, no probe",
                  floor_stall, None, "(reference)"))
    for key, kind, results in (("exec", "an exec probe (/bin/true)", execs),
                               ("tcp", "a tcp probe", tcps)):
        stall = Figure([r["maxGapUs"] / 1000 - 1 for r in results], "ms")
        times = stall.median / floor_stall.median if floor_stall.median > 0 else float("nan")
        bench.add(Row(f"gui_stall_probes_{key}",
                      f"GUI: longest stall, 200 programs × 1 Hz, each with {kind} every second",
                      stall, None, "≤ 16 ms", stall.median <= 16 and stall.p95 <= 16,
                      f"{times:.2f}× the floor's median (no probe, same run); "
                      f"p99.9 of the tick gaps "
                      f"{statistics.median(r['p999GapUs'] for r in results) / 1000:.2f} ms"))
