"""zlauncher as a supervisor session: headless or its window, local or an agent."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

import zmq

from ..common import BenchError, now_ns, write_curve_key
from ..processes import kill_processes_of, processes_running
from ..program import Program
from .base import Supervisor

if TYPE_CHECKING:
    from ..bench import Bench


class Zlauncher(Supervisor):
    """zlauncher, headless (--events json, read on stdout) or its window (offscreen)."""

    def __init__(self, bench: "Bench", programs: list[Program], tag: str, gui: bool = False,
                 cgroup: Optional[Path] = None, listen: Optional[str] = None,
                 follow: Optional[list["Zlauncher"]] = None,
                 netns: Optional[str] = None) -> None:
        super().__init__(bench, programs, tag)
        self.label = "zlauncher (window)" if gui else "zlauncher"
        self.gui = gui
        self.runtime = self.dir / "r"
        self.runtime.mkdir(mode=0o700)
        os.chmod(self.runtime, 0o700)
        home = self.dir / "home"
        home.mkdir()
        self.config = self.dir / "zlauncher.json"
        self.config.write_text(json.dumps({"version": 1, "programs": [
            self._spec(p) for p in programs]}, indent=1))
        self.env = self._environment(home, gui)
        # An agent: one client key authorized, as `zlauncherctl authorize` would write it.
        self.client_public, self.client_secret = zmq.curve_keypair()
        if listen is not None:
            self._authorize_client(home / "config" / "zlauncher")
        if follow:
            self._follow(home / "config" / "zlauncher", follow)
        self.events: list[dict[str, Any]] = []
        self._events_lock = threading.Condition()
        self._zmq = zmq.Context.instance()
        self.started_ns = now_ns()
        self._launch(gui, cgroup, listen, netns)

    def _environment(self, home: Path, gui: bool) -> dict[str, str]:
        """Ours, less what would point the launcher at another one's files."""
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
        env.pop("XDG_RUNTIME_DIR", None)
        env.pop("ZLAUNCHER_RUNTIME_DIR", None)
        if gui:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def _authorize_client(self, config_home: Path) -> None:
        config_home.mkdir(parents=True, mode=0o700)
        keys = config_home / "authorized_keys"
        keys.write_text(self.client_public.decode() + " bench\n")
        os.chmod(keys, 0o600)

    def _launch(self, gui: bool, cgroup: Optional[Path], listen: Optional[str],
                netns: Optional[str]) -> None:
        command = [str(self.bench.build / "bin" / "zlauncher"), "--config", str(self.config),
                   "--runtime-dir", str(self.runtime)]
        if not gui:
            command[1:1] = ["--headless", "--events", "json"]
        if listen is not None:
            command += ["--listen", listen]
        # Inside a network namespace: `ip netns exec` execs the launcher itself, same pid.
        if netns is not None:
            command[0:0] = ["ip", "netns", "exec", netns]
        # In a cgroup of its own, as systemd-run --scope would start it: it then runs each
        # program in a cgroup of its own (docs/design.md, "Containment").
        join = None if cgroup is None else \
            (lambda: (cgroup / "cgroup.procs").write_text("0"))  # noqa: E731
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env=self.env, preexec_fn=join)
        threading.Thread(target=self._read_events, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _follow(self, config_home: Path, agents: list["Zlauncher"]) -> None:
        """The hosts.json and client key of a window that follows agents, each of which
        admits the key (a client key of its own, made in its __init__)."""
        keys = config_home / "keys"
        keys.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(config_home, 0o700)
        public, secret = zmq.curve_keypair()
        write_curve_key(keys / "client.key_secret", public, secret)
        write_curve_key(keys / "client.key", public)
        hosts = []
        for i, agent in enumerate(agents):
            info = agent.request({"command": "info"})
            with open(agent.dir / "home" / "config" / "zlauncher" / "authorized_keys", "a") as f:
                f.write(public.decode() + " window\n")
            hosts.append({"name": f"host{i}", "endpoint": info["listen"][0]["control"],
                          "serverKey": info["serverKey"]})
        hosts_file = config_home / "hosts.json"
        hosts_file.write_text(json.dumps({"hosts": hosts}, indent=1))
        os.chmod(hosts_file, 0o600)

    def _spec(self, p: Program) -> dict[str, Any]:
        spec: dict[str, Any] = {
            "name": p.name,
            "program": str(self.bench.sdnotify if p.kind == "notify" else self.bench.probe),
            "arguments": p.arguments(self.stamps.path, self.beat_dir),
            "autostart": p.autostart, "heartbeatIntervalMs": p.interval_ms,
            "startTimeoutMs": 30000, "stopGraceMs": p.grace_ms,
            # Restart limits out of the way: this measures the respawn path, not the policy.
            "minUptimeMs": 100, "maxRestarts": 1000000, "restartWindowMs": 1000}
        if p.lost_ms is not None:
            spec["lostTimeoutMs"] = p.lost_ms
        if p.kind == "notify":
            spec["kind"] = "notify"
        return spec

    def _read_events(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue  # the window prints nothing; headless prints only JSON
            with self._events_lock:
                self.events.append(event)
                self._events_lock.notify_all()

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        with open(self.dir / "zlauncher.stderr", "w") as out:
            for line in self.process.stderr:
                out.write(line)
                out.flush()

    def wait_event(self, predicate: Callable[[dict[str, Any]], bool], timeout: float,
                   what: str, start: int = 0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._events_lock:
            index = start
            while True:
                while index < len(self.events):
                    if predicate(self.events[index]):
                        return self.events[index]
                    index += 1
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BenchError(f"{self.label}: timed out waiting for {what}")
                self._events_lock.wait(left)

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        if self.gui:
            time.sleep(0.3)
            return
        self.wait_event(lambda e: e.get("program") == name and e.get("state") == "running"
                        and e.get("pid") == pid, timeout, f"{name} ({pid}) running")

    # The control endpoint (docs/control.md), straight over ZeroMQ.
    def request(self, request: dict[str, Any], timeout_ms: int = 5000) -> dict[str, Any]:
        sock = self._zmq.socket(zmq.REQ)
        sock.setsockopt(zmq.LINGER, 0)
        try:
            sock.connect(f"ipc://{self.runtime}/control")
            sock.send(json.dumps(request).encode())
            if not sock.poll(timeout_ms):
                raise BenchError(f"zlauncher did not answer {request} on its control endpoint")
            reply = json.loads(sock.recv())
        finally:
            sock.close()
        if not reply.get("ok"):
            raise BenchError(f"zlauncher refused {request}: {reply.get('error')}")
        return reply

    def has_control(self) -> bool:
        try:
            self.request({"command": "info"}, timeout_ms=1000)
            return True
        except BenchError:
            return False

    def has_ctl(self) -> bool:
        """zlauncherctl is there and knows stop (a placeholder build of it does not)."""
        try:
            result = subprocess.run(self.ctl() + ["--help"], stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return result.returncode == 0 and "stop" in result.stdout

    def ctl(self) -> list[str]:
        return [str(self.bench.build / "bin" / "zlauncherctl"), "--runtime-dir", str(self.runtime)]

    def cli_stop(self, name: str) -> list[str]:
        return self.ctl() + ["stop", name]

    def cli_start_all(self) -> list[str]:
        # The launcher answers once every program is launched: give it time.
        return self.ctl() + ["--timeout", "120s", "start", "--all"]

    def api_stop(self, name: str) -> None:
        self.request({"command": "stop", "name": name})

    def api_start(self, name: str) -> None:
        self.request({"command": "start", "name": name})

    def api_start_all(self) -> None:
        self.request({"command": "start", "all": True}, timeout_ms=120000)

    def api_stop_all(self) -> None:
        self.request({"command": "stop", "all": True}, timeout_ms=120000)

    def own_pids(self) -> list[int]:
        """The launcher and its zlauncher-logd, which holds every program's output."""
        return [self.pid] + processes_running("zlauncher-logd", self.runtime)

    def heartbeats(self) -> int:
        reply = self.request({"command": "list"})
        return sum(int(p.get("heartbeats", 0)) for p in reply["programs"])

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # SIGINT stops every program, then exits.
            self.end_process(signal.SIGINT, 20, "and its programs")
        self.kill_leftovers()
        # What the probes' stamps do not name: a program killed before it wrote its stamp,
        # zlauncher-logd.
        kill_processes_of(self.runtime)
        self.process = None
