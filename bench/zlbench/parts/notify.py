"""Part "notify": hang → detection of an unmodified libsystemd daemon beside heartbeat probes."""
from __future__ import annotations

import time

from .. import measure
from ..bench import Bench, Row
from ..common import log
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.zlauncher import Zlauncher


def run_notify_hang(bench: Bench, samples: int) -> None:
    """Hang detection of an unmodified libsystemd daemon (kind notify: READY=1, then
    WATCHDOG=1 every 100 ms, watchdog 500 ms) beside the same figure for heartbeat probes
    (every 100 ms, lost timeout 500 ms), in one session, one sample of each in turn: the
    method of "hang → detection", the last WATCHDOG=1's send time in place of the last beat's."""
    programs = [Program(f"hb{i}", interval_ms=100, lost_ms=500, beat_file=True) for i in range(3)]
    programs += [Program(f"sd{i}", kind="notify", interval_ms=100, lost_ms=500, beat_file=True)
                 for i in range(3)]
    supervisor = bench.session(Zlauncher, programs, "notify")
    assert isinstance(supervisor, Zlauncher)
    log(f"{supervisor.label}: {len(programs)} programs, 3 of kind notify")
    try:
        supervisor.wait_started([p.name for p in programs], 0, timeout=60)
        time.sleep(1.0)
        bench.note_load(f"notify hang, {supervisor.label}")
        late: dict[str, list[float]] = {"sd": [], "hb": []}
        for i in range(samples):
            for kind in ("sd", "hb"):
                late[kind] += measure.hang(bench, supervisor, [f"{kind}{i % 3}"], 1).samples
    finally:
        bench.close(supervisor)
    notify, heartbeat = Figure(late["sd"], "ms"), Figure(late["hb"], "ms")
    bench.details["notify_hang"] = {"notify": notify.to_json(), "heartbeat": heartbeat.to_json()}
    bench.add(Row("notify_hang", "hang → detection, libsystemd daemon (kind notify): SIGSTOP to "
                  "the SIGKILL, past the 500 ms watchdog", notify, None, "≤ 10 ms",
                  notify.median <= 10 and notify.p95 <= 10,
                  f"from the send of its last WATCHDOG=1; heartbeat probes in the same session, "
                  f"alternating: {fmt(heartbeat.median, 'ms')} / {fmt(heartbeat.p95, 'ms')}, "
                  f"notify ÷ heartbeat (medians) {notify.median / heartbeat.median:.2f}"))
