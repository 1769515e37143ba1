"""Part "veth": an agent in a network namespace of its own, reached over a veth pair (CURVE),
beside its own ipc endpoints, in the same run: a request's round trip, a command's event at a
subscriber and in the window's follower (RemoteLauncher, run alone as zlb_follow), and how long
a cut cable takes to be seen, then, back, to be resynchronised."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from typing import Callable

import zmq

from ..bench import Bench, Row
from ..common import BenchError, log, now_ns, write_curve_key
from ..program import Program
from ..stats import Figure, fmt
from ..supervisors.zlauncher import Zlauncher
from .remote import Endpoints, add_way_rows, measure_way


def run_veth(bench: Bench, samples: int, cuts: int) -> None:
    if os.geteuid() != 0:
        bench.notes.append("veth: not measured, network namespaces need root")
        return
    if not (bench.build / "bin" / "zlb_follow").exists():
        bench.notes.append(f"veth: not measured, {bench.build}/bin/zlb_follow is missing")
        return
    namespace = _Namespace()
    try:
        namespace.create()
    except BenchError as error:
        bench.notes.append(f"veth: not measured, {error}")
        namespace.delete()
        return
    programs = [Program(f"v{i}") for i in range(3)]
    try:
        agent = bench.session(Zlauncher, programs, "veth",
                              listen=f"tcp://{namespace.inside_address}:7700",
                              netns=namespace.name)
        assert isinstance(agent, Zlauncher)
        log(f"{agent.label}: agent in network namespace {namespace.name}")
        try:
            agent.wait_started([p.name for p in programs], 0, timeout=60)
            endpoints = Endpoints(agent, zmq.Context.instance())
            figures = {way: measure_way(bench, agent, endpoints, way, programs, samples)
                       for way in endpoints.ways}
            follower = _Follower(bench, agent, endpoints)
            try:
                follower.wait_state("synchronised", 30)
                bench.note_load("veth, follower")
                figures["follower"] = {"to_event": Figure(
                    follower.restarts_to_mirror(programs, max(10, samples // 5)), "ms")}
                seen, resynchronised = follower.cuts(namespace, cuts)
            finally:
                follower.close()
        finally:
            bench.close(agent)
    finally:
        namespace.delete()
    _report(bench, figures, seen, resynchronised)


def _report(bench: Bench, figures: dict[str, dict[str, Figure]], seen: list[float],
            resynchronised: list[float]) -> None:
    add_way_rows(bench, figures, "veth", "a veth pair", "veth")
    ours, base = figures["follower"]["to_event"], figures["ipc"]["to_event"]
    bench.add(Row("veth_to_mirror", "restart request → its state in the window's follower "
                  "(RemoteLauncher's mirror) over the veth", ours, None, "(information)", None,
                  f"the same event at an ipc subscriber of the agent, same run: "
                  f"{fmt(base.median, 'ms')} / {fmt(base.p95, 'ms')}; "
                  f"difference of the medians {ours.median - base.median:.2f} ms"))
    bench.add(Row("veth_cut_seen", "cable cut (agent's end down) → the follower says "
                  "unreachable", Figure(seen, "ms"), None, "≤ 5 s",
                  Figure(seen, "ms").p95 <= 5000))
    bench.add(Row("veth_resynchronised", "cable back → the follower synchronised again (new "
                  "snapshot)", Figure(resynchronised, "ms"), None, "(information)", None))


class _Namespace:
    """A network namespace joined to ours by a veth pair: 10.214.N.1 here, .2 inside."""

    def __init__(self) -> None:
        suffix = os.getpid() % 100000
        self.name = f"zlb-veth-{suffix}"
        self.outside = f"zlbo{suffix}"
        self.inside = f"zlbi{suffix}"
        subnet = f"10.214.{suffix % 250}"
        self.outside_address = f"{subnet}.1"
        self.inside_address = f"{subnet}.2"
        self._made = False

    def create(self) -> None:
        self._made = True
        for step in (["netns", "add", self.name],
                     ["link", "add", self.outside, "type", "veth", "peer", "name", self.inside],
                     ["link", "set", self.inside, "netns", self.name],
                     ["addr", "add", f"{self.outside_address}/24", "dev", self.outside],
                     ["link", "set", self.outside, "up"],
                     ["-n", self.name, "addr", "add", f"{self.inside_address}/24", "dev",
                      self.inside],
                     ["-n", self.name, "link", "set", self.inside, "up"],
                     ["-n", self.name, "link", "set", "lo", "up"]):
            self._ip(step)

    def set_cable(self, up: bool) -> None:
        """The agent's end: ours stays up, so packets go into the dead link, not elsewhere."""
        self._ip(["-n", self.name, "link", "set", self.inside, "up" if up else "down"])

    def delete(self) -> None:
        if self._made:
            subprocess.run(["ip", "netns", "del", self.name], capture_output=True)
            self._made = False

    @staticmethod
    def _ip(arguments: list[str]) -> None:
        done = subprocess.run(["ip", *arguments], capture_output=True, text=True)
        if done.returncode != 0:
            raise BenchError(f"ip {' '.join(arguments)}: {done.stderr.strip()}")


class _Follower:
    """zlb_follow against the agent's tcp endpoint: its lines, each with its monotonic stamp."""

    def __init__(self, bench: Bench, agent: Zlauncher, endpoints: Endpoints) -> None:
        self._agent = agent
        key_file = agent.dir / "follower" / "client.key_secret"
        key_file.parent.mkdir(mode=0o700)
        write_curve_key(key_file, agent.client_public, agent.client_secret)
        self._lines: list[tuple[int, list[str]]] = []
        self._lock = threading.Condition()
        self._process = subprocess.Popen(
            [str(bench.build / "bin" / "zlb_follow"), "--endpoint", endpoints.ways["tcp"][0],
             "--server-key", endpoints.server_key.decode(), "--client-key", str(key_file)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(
                agent.dir / "zlb_follow.stderr", "w"), text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            stamp, *words = line.split()
            with self._lock:
                self._lines.append((int(stamp), words))
                self._lock.notify_all()

    def _wait(self, wanted: Callable[[list[str]], bool], what: str, start: int,
              timeout: float) -> tuple[int, int]:
        """The stamp of the first line from index start that is wanted, and the next index."""
        deadline = time.monotonic() + timeout
        with self._lock:
            index = start
            while True:
                while index < len(self._lines):
                    stamp, words = self._lines[index]
                    index += 1
                    if wanted(words):
                        return stamp, index
                left = deadline - time.monotonic()
                if left <= 0 or self._process.poll() is not None:
                    said = "; ".join(" ".join(words) for _, words in self._lines[-25:])
                    raise BenchError(f"zlb_follow never said {what} (its last "
                                     f"lines: {said or 'none'})")
                self._lock.wait(left)

    def mark(self) -> int:
        with self._lock:
            return len(self._lines)

    def wait_state(self, state: str, timeout: float, start: int = 0) -> int:
        return self._wait(lambda words: words == ["state", state], f"state {state}", start,
                          timeout)[0]

    def restarts_to_mirror(self, programs: list[Program], samples: int) -> list[float]:
        """Restart requests on the agent's ipc endpoint → the program no longer running in the
        follower's mirror (stopping, or a later state when a snapshot took in the events), or a
        snapshot that counts the restart, in ms; each program is running again before the next
        request."""
        latencies = []
        for i in range(samples):
            name = programs[i % len(programs)].name
            mark, events = self.mark(), len(self._agent.events)
            began = now_ns()
            reply = self._agent.request({"command": "restart", "name": name})
            if not reply.get("ok"):
                raise BenchError(f"restart {name}: {reply.get('error')}")
            # Its state line, or a snapshot that counts the restart's events (taken while they
            # came: the mirror then goes from running to running, with one restart more).
            seq = int(reply.get("seq", 0))
            stamp, _ = self._wait(lambda words, n=name, s=seq: (
                words[:2] == ["program", n] and words[2:] != ["running"])
                or (words[:1] == ["snapshot"] and s > 0 and int(words[1]) >= s),
                f"{name} restarted", mark, 10)
            latencies.append((stamp - began) / 1e6)
            self._agent.wait_event(lambda e, n=name: e.get("program") == n
                                   and e.get("state") == "running", 30,
                                   f"{name} running again", events)
        return latencies

    def cuts(self, namespace: _Namespace, cuts: int) -> tuple[list[float], list[float]]:
        """Each cut: cable down → "unreachable", then cable up → "synchronised", in ms."""
        seen, resynchronised = [], []
        for _ in range(cuts):
            mark = self.mark()
            cut_at = now_ns()
            namespace.set_cable(False)
            seen.append((self.wait_state("unreachable", 30, mark) - cut_at) / 1e6)
            mark = self.mark()
            up_at = now_ns()
            namespace.set_cable(True)
            resynchronised.append((self.wait_state("synchronised", 30, mark) - up_at) / 1e6)
            log(f"veth cut: unreachable after {seen[-1]:.0f} ms, synchronised again "
                f"{resynchronised[-1]:.0f} ms after the cable came back")
        return seen, resynchronised

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


