"""Part "ingest": how many heartbeats a second the headless launcher takes in, beside a bare
libzmq SUB that only receives them."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from ..bench import Bench, Row
from ..common import BenchError, log
from ..processes import process_cpu_ns, stopped_on_exit
from ..program import Program
from ..stamps import Stamps
from ..stats import Figure, fmt
from ..supervisors.zlauncher import Zlauncher


def run_ingest(bench: Bench, blasters: int, blast_ms: int, rounds: int) -> None:
    try:
        figures = ingest(bench, blasters, blast_ms, rounds)
    except BenchError as error:
        bench.notes.append(f"heartbeat ingest not measured: {error}")
        log(f"heartbeat ingest not measured: {error}")
        return
    bench.details["ingest"] = {k: v.to_json() for k, v in figures.items()}
    ratio = figures["ratio"]
    bench.add(Row("ingest", f"heartbeat ingest, headless ({blasters} senders)", figures["ours"],
                  None, "≥ 0.8× floor", ratio.median >= 0.8 and ratio.p95 >= 0.8,
                  f"bare libzmq SUB in the same run: {fmt(figures['bare'].median, '/s')} "
                  f"(p95 {fmt(figures['bare'].p95, '/s')}); ratio median {ratio.median:.2f}, "
                  f"p95 {ratio.p95:.2f}; supervisord has no heartbeats",
                  floor=figures["bare"], floor_label="bare libzmq SUB drain, same senders"))
    bench.add(Row("ingest_cpu", "heartbeat ingest: CPU time per heartbeat taken in (all "
                  "threads)", figures["cpu_ours"], None, "(information)",
                  note=f"bare libzmq SUB: {fmt(figures['cpu_bare'].median, 'µs')} "
                       f"(p95 {fmt(figures['cpu_bare'].p95, 'µs')})"))


def ingest(bench: Bench, blasters: int, blast_ms: int, rounds: int) -> dict[str, Figure]:
    """The same zlb_probe blasters send valid heartbeats as fast as their PUB takes them,
    for blast_ms, to the headless launcher (which parses and applies each one; its count
    is read on the control endpoint before and after) and, alternately, to zlb_drain, a
    bare SUB that only receives. Rate = messages taken in / blast window."""
    names = [f"b{i}" for i in range(blasters)]
    programs = [Program(n, blast_ms=blast_ms, lost_ms=60000) for n in names]
    launcher = bench.session(Zlauncher, programs, "ingest")
    assert isinstance(launcher, Zlauncher)
    ours: list[float] = []
    bare: list[float] = []
    cpu_ours: list[float] = []
    cpu_bare: list[float] = []
    # Left in reverse order, by an exception too: the drain's probes, then the launcher.
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(bench.close, launcher)
        started = launcher.wait_started(names, 0, timeout=30)
        for name in names:
            launcher.wait_ready(name, started[name].pid, timeout=15)
        if not launcher.has_control():
            raise BenchError("the launcher has no control endpoint to read its heartbeat "
                             "count from (zlauncherctl not there yet)")
        drain = _DrainSide(bench, programs, cleanup)
        for round_index in range(rounds):
            rate, cpu, sent = _blast_launcher(launcher, names, blast_ms)
            ours.append(rate)
            cpu_ours.append(cpu)
            rate, cpu, drain_sent = drain.blast(blast_ms)
            bare.append(rate)
            cpu_bare.append(cpu)
            log(f"ingest round {round_index + 1}: zlauncher {ours[-1]:,.0f}/s "
                f"(sent {sent:,.0f}/s), bare SUB {bare[-1]:,.0f}/s "
                f"(sent {drain_sent:,.0f}/s)")
    return {"ours": Figure(ours, "/s", lower_is_better=False),
            "bare": Figure(bare, "/s", lower_is_better=False),
            "ratio": Figure([o / b for o, b in zip(ours, bare)], "×", lower_is_better=False),
            "cpu_ours": Figure(cpu_ours, "µs"), "cpu_bare": Figure(cpu_bare, "µs")}


def _blast_launcher(launcher: Zlauncher, names: list[str],
                    blast_ms: int) -> tuple[float, float, float]:
    """One blast of every probe at the launcher: heartbeats taken in a second, CPU µs per
    heartbeat, heartbeats sent a second."""
    count0 = launcher.heartbeats()
    cpu0 = process_cpu_ns(launcher.pid)
    mark = len(launcher.stamps.blasts)
    for name in names:
        os.kill(launcher.stamps.latest[name].pid, signal.SIGUSR1)
    launcher.stamps.wait(lambda: len(launcher.stamps.blasts) >= mark + len(names),
                         blast_ms / 1000 + 10, "the blasts to end")
    time.sleep(0.3)  # what is queued (at most the high-water marks) is taken too
    count1 = launcher.heartbeats()
    cpu = (process_cpu_ns(launcher.pid) - cpu0) / 1000 / (count1 - count0)
    window = launcher.stamps.blasts[mark:]
    span = (max(b.t1 for b in window) - min(b.t0 for b in window)) / 1e9
    return (count1 - count0) / span, cpu, sum(b.sent for b in window) / span


class _DrainSide:
    """The bare side: the same probes, started by hand with the environment the launcher
    would give them, beating to zlb_drain's endpoint (a zlb_drain of its own each round)."""

    def __init__(self, bench: Bench, programs: list[Program],
                 cleanup: contextlib.ExitStack) -> None:
        self._drain = bench.build / "bin" / "zlb_drain"
        drain_dir = Path(tempfile.mkdtemp(prefix="drain-", dir=bench.work))
        self.endpoint = f"ipc://{drain_dir}/heartbeat"
        self.stamps = Stamps(drain_dir / "stamps")
        self.probes: list[subprocess.Popen[bytes]] = []
        for program in programs:
            env = dict(os.environ, **program.environment(self.endpoint))
            env.pop("ZLAUNCHER_CONTROL", None)
            self.probes.append(cleanup.enter_context(stopped_on_exit(subprocess.Popen(
                [str(bench.probe)] + program.arguments(self.stamps.path, drain_dir),
                env=env))))
        self.stamps.wait_all_started([p.name for p in programs], 0, 10)

    def blast(self, blast_ms: int) -> tuple[float, float, float]:
        """One blast of every probe at a new zlb_drain: heartbeats taken in a second, CPU µs
        per heartbeat, heartbeats sent a second."""
        with stopped_on_exit(subprocess.Popen([str(self._drain), self.endpoint],
                                              stdout=subprocess.PIPE, text=True)) as drain:
            assert drain.stdout is not None
            if drain.stdout.readline().strip() != "ready":
                raise BenchError("zlb_drain did not start")
            time.sleep(0.3)  # the probes' PUB reconnect (100 ms interval) to the new SUB
            cpu0 = process_cpu_ns(drain.pid)
            mark = len(self.stamps.blasts)
            for process in self.probes:
                os.kill(process.pid, signal.SIGUSR1)
            self.stamps.wait(lambda: len(self.stamps.blasts) >= mark + len(self.probes),
                             blast_ms / 1000 + 10, "the blasts to end")
            time.sleep(0.3)
            drain_cpu = process_cpu_ns(drain.pid) - cpu0
            drain.send_signal(signal.SIGTERM)  # it prints its count and exits
            output, _ = drain.communicate(timeout=10)
        received = int(output.split()[1])
        window = self.stamps.blasts[mark:]
        span = (max(b.t1 for b in window) - min(b.t0 for b in window)) / 1e9
        return received / span, drain_cpu / 1000 / received, sum(b.sent for b in window) / span
