"""Part "remote": an agent's loopback tcp endpoints (CURVE) beside its own ipc ones."""
from __future__ import annotations

import json
import time
from typing import Any

import zmq

from ..bench import Bench, Row
from ..common import BenchError, log, now_ns
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.zlauncher import Zlauncher


def run_remote(bench: Bench, samples: int) -> None:
    """An agent (--listen on loopback tcp, CURVE) beside its own ipc endpoints, in the same
    run: a request's round trip on a connected socket, a new connection's first answer (what
    each zlauncherctl command pays), and a restart request → its "stopping" event at a
    subscriber of the event stream."""
    programs = [Program(f"p{i}") for i in range(3)]
    supervisor = bench.session(Zlauncher, programs, "remote", listen="tcp://127.0.0.1:*")
    assert isinstance(supervisor, Zlauncher)
    log(f"{supervisor.label}: agent on loopback tcp")
    context = zmq.Context.instance()
    try:
        supervisor.wait_started([p.name for p in programs], 0, timeout=60)
        endpoints = Endpoints(supervisor, context)
        figures: dict[str, dict[str, Figure]] = {}
        for way in endpoints.ways:
            figures[way] = measure_way(bench, supervisor, endpoints, way, programs, samples)
    finally:
        bench.close(supervisor)
    add_way_rows(bench, figures, "remote", "loopback tcp", "tcp")

def add_way_rows(bench: Bench, figures: dict[str, dict[str, Figure]], key: str, over: str,
                 short: str) -> None:
    """The rows of measure_way's figures, the tcp way's beside the ipc way's: key names the
    part, over says what the tcp way went over, short names it in the ratio."""
    for figure, title in (("round_trip", "control request round trip, connected socket"),
                          ("first_answer",
                           "new connection → first answer (a zlauncherctl command)"),
                          ("to_event", "restart request → its event at a subscriber")):
        ours, base = figures["tcp"][figure], figures["ipc"][figure]
        bench.add(Row(f"{key}_{figure}", f"{title}, agent over {over} + CURVE", ours, None,
                      "(information)", None,
                      f"the same launcher's ipc endpoint, same run: {fmt(base.median, 'ms')} / "
                      f"{fmt(base.p95, 'ms')}; {short} ÷ ipc (medians) "
                      f"{ours.median / base.median:.2f}"))


class Endpoints:
    """The agent's control and event endpoints, each way ("ipc", "tcp"), and sockets to them:
    over tcp with the agent's server key and the client key it authorized."""

    def __init__(self, supervisor: Zlauncher, context: zmq.Context) -> None:
        self._supervisor = supervisor
        self._context = context
        info = supervisor.request({"command": "info"})
        endpoints = info["listen"][0]
        self.server_key = info["serverKey"].encode()
        self.ways = {"ipc": (f"ipc://{supervisor.runtime}/control",
                             f"ipc://{supervisor.runtime}/events"),
                     "tcp": (endpoints["control"], endpoints["events"])}

    def socket(self, kind: int, way: str) -> zmq.Socket:
        sock = self._context.socket(kind)
        sock.setsockopt(zmq.LINGER, 0)
        if way == "tcp":
            sock.curve_serverkey = self.server_key
            sock.curve_publickey = self._supervisor.client_public
            sock.curve_secretkey = self._supervisor.client_secret
        return sock


def _ask(sock: zmq.Socket, request: dict[str, Any]) -> dict[str, Any]:
    sock.send(json.dumps(request).encode())
    if not sock.poll(10000):
        raise BenchError(f"no answer to {request}")
    return json.loads(sock.recv())


def measure_way(bench: Bench, supervisor: Zlauncher, endpoints: Endpoints, way: str,
                 programs: list[Program], samples: int) -> dict[str, Figure]:
    control, events = endpoints.ways[way]
    bench.note_load(f"remote, {way}")
    steady = endpoints.socket(zmq.REQ, way)
    steady.connect(control)
    _ask(steady, {"command": "info"})
    round_trips = []
    for _ in range(samples):
        began = now_ns()
        _ask(steady, {"command": "info"})
        round_trips.append((now_ns() - began) / 1e6)
    first_answers = []
    for _ in range(max(10, samples // 5)):
        began = now_ns()
        fresh = endpoints.socket(zmq.REQ, way)
        fresh.connect(control)
        _ask(fresh, {"command": "info"})
        first_answers.append((now_ns() - began) / 1e6)
        fresh.close()
    follower = endpoints.socket(zmq.SUB, way)
    follower.setsockopt(zmq.SUBSCRIBE, b"")
    follower.connect(events)
    time.sleep(0.5)  # the subscription reaches the agent
    to_event = _restarts_to_event(supervisor, programs, steady, follower, way,
                                  max(10, samples // 5))
    figures = {"round_trip": Figure(round_trips, "ms"),
               "first_answer": Figure(first_answers, "ms"),
               "to_event": Figure(to_event, "ms")}
    steady.close()
    follower.close()
    return figures


def _restarts_to_event(supervisor: Zlauncher, programs: list[Program], steady: zmq.Socket,
                       follower: zmq.Socket, way: str, samples: int) -> list[float]:
    """Restart requests on steady → the "stopping" event at follower, in ms; each program is
    running again before the next request."""
    to_event = []
    for i in range(samples):
        name = programs[i % len(programs)].name
        mark = len(supervisor.events)
        began = now_ns()
        _ask(steady, {"command": "restart", "name": name})
        while True:
            if not follower.poll(10000):
                raise BenchError(f"no stopping event for {name} over {way}")
            event = json.loads(follower.recv())
            if event.get("program") == name and event.get("state") == "stopping":
                to_event.append((now_ns() - began) / 1e6)
                break
        supervisor.wait_event(lambda e, n=name: e.get("program") == n
                              and e.get("state") == "running", 30,
                              f"{name} running again", mark)
    return to_event
