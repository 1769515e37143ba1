"""Part "hosts": the window following agents, beside the same window alone."""
from __future__ import annotations

import time

from .. import measure
from ..bench import Bench, Row
from ..common import BenchError
from ..program import Program
from ..stats import fmt
from ..supervisors.zlauncher import Zlauncher


def run_hosts(bench: Bench, hosts: int, n: int, idle_seconds: float, slices: int) -> None:
    """The window following `hosts` agents of n programs each (loopback tcp, CURVE): its idle
    CPU and RSS beside the same window with no host and no program, in the same run."""
    agents: list[Zlauncher] = []
    try:
        for i in range(hosts):
            agent = bench.session(Zlauncher, [Program(f"h{i}p{j}") for j in range(n)],
                                  f"agent{i}", listen="tcp://127.0.0.1:*")
            assert isinstance(agent, Zlauncher)
            agents.append(agent)
        for agent in agents:
            agent.wait_started(list(agent.programs), 0, timeout=120)
        figures = {}
        for label, follow in (("alone", None), ("following", agents)):
            window = bench.session(Zlauncher, [], f"window-{label}", gui=True, follow=follow)
            try:
                # Connected, a first snapshot of every host taken, then quiet.
                time.sleep(8.0)
                bench.note_load(f"idle, window {label}")
                figures[label] = measure.idle(window, idle_seconds, slices)
            finally:
                bench.close(window)
        # An agent that refused the window would make this the figure of a window alone.
        for agent in agents:
            refusals = [line for line in (agent.dir / "zlauncher.stderr").read_text().splitlines()
                        if "refused" in line]
            if refusals:
                raise BenchError(f"{agent.dir.name} refused the window: {refusals[0]}")
    finally:
        for agent in agents:
            bench.close(agent)
    ours, base = figures["following"], figures["alone"]
    bench.add(Row("hosts_cpu", f"idle CPU, window following {hosts} agents × {n} programs "
                  "(% of a core)", ours["cpu"], None, "(information)", None,
                  f"the same window with no host, same run: {fmt(base['cpu'].median, '%')}"))
    bench.add(Row("hosts_rss", f"RSS, window following {hosts} agents × {n} programs",
                  ours["rss"], None, "(information)", None,
                  f"the same window with no host, same run: {fmt(base['rss'].median, 'MiB')}; "
                  f"difference per remote program "
                  f"{(ours['rss'].median - base['rss'].median) * 1024 / (hosts * n):.1f} KiB"))
