#!/usr/bin/python3
"""The zlauncher benchmark suite: every figure of docs/performance.md, zlauncher beside supervisord.

Run it through bench/run, which installs what is missing and builds build-bench first:

    bench/run [--quick]

or directly, on an existing Release build:

    /usr/bin/python3 bench/zlbench.py --build build-bench [--quick]
                                      [--only respawn,notify,start,containment,remote,hosts,ingest,gui,probes,load]
                                      [--report FILE] [--update-doc docs/performance.md]

The method (what is timed, from where, how precisely) is in docs/performance.md; each
measurement below says it again in its docstring.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
import http.client
import json
import math
import os
import platform
import random
import select
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import xmlrpc.client
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import zmq

ROOT = Path(__file__).resolve().parent.parent
SUPERVISORD = "/usr/bin/supervisord"
SUPERVISORCTL = "/usr/bin/supervisorctl"
# The part of docs/performance.md that each run replaces.
DOC_BEGIN = "<!-- figures:begin (written by bench/run; edit the method above, not this) -->"
DOC_END = "<!-- figures:end -->"


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class BenchError(RuntimeError):
    """A measurement could not be taken; the message says why."""


# --------------------------------------------------------------------------------------------
# Statistics


@dataclasses.dataclass
class Figure:
    """A set of samples of one quantity. lower_is_better decides which tail p95 names: for a
    time it is the 95th percentile, for a rate the 5th (the value 95 % of runs reach)."""

    samples: list[float]
    unit: str
    lower_is_better: bool = True

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples, reverse=not self.lower_is_better)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def worst(self) -> float:
        return max(self.samples) if self.lower_is_better else min(self.samples)

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "median": self.median, "p95": self.p95, "worst": self.worst,
                "unit": self.unit, "samples": self.samples}


def fmt(value: Optional[float], unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.2f} ms" if abs(value) < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "%":
        return f"{value:.3f} %"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "µs":
        return f"{value:.2f} µs"
    if unit == "/s":
        return f"{value:,.0f}/s"
    return f"{value:.3g} {unit}"


# --------------------------------------------------------------------------------------------
# Process events from the kernel


class ProcEvents:
    """Exec and exit times of every process, as the kernel stamps them (the proc connector,
    NETLINK_CONNECTOR, needs CAP_NET_ADMIN: root here). The timestamps are ktime_get_ns(), that
    is CLOCK_MONOTONIC, the clock of now_ns() and of the probes' stamps. Without the connector
    (not root), exit times come from a pidfd polled by a thread, and exec times are None (the
    caller then uses the probe's own start stamp)."""

    _NETLINK_CONNECTOR = 11
    _CN_IDX_PROC = 1
    _CN_VAL_PROC = 1
    _PROC_CN_MCAST_LISTEN = 1
    _PROC_EVENT_FORK = 0x00000001
    _PROC_EVENT_EXEC = 0x00000002
    _PROC_EVENT_EXIT = 0x80000000

    def __init__(self) -> None:
        self._exec: dict[int, int] = {}
        self._exit: dict[int, int] = {}
        self._fork: dict[int, tuple[int, int]] = {}  # child pid: (parent tgid, time)
        self._lock = threading.Condition()
        self._stopped = False
        self.available = False
        self.why_not = ""
        try:
            self._socket = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM,
                                         self._NETLINK_CONNECTOR)
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
            self._socket.bind((0, self._CN_IDX_PROC))
            payload = struct.pack("=I", self._PROC_CN_MCAST_LISTEN)
            message = struct.pack("=IIIIHH", self._CN_IDX_PROC, self._CN_VAL_PROC, 0, 0,
                                  len(payload), 0) + payload
            header = struct.pack("=IHHII", 16 + len(message), 3, 0, 0, 0)  # NLMSG_DONE
            self._socket.send(header + message)
            self.available = True
        except OSError as error:
            self.why_not = f"proc connector unavailable ({error}); exits timed by pidfd"
            return
        self._thread = threading.Thread(target=self._read, name="proc-events", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        self._socket.settimeout(0.2)
        while not self._stopped:
            try:
                data = self._socket.recv(65536)
            except socket.timeout:
                continue
            except OSError as error:  # ENOBUFS: events were lost; say so, go on
                log(f"proc connector: {error}")
                continue
            offset = 0
            while offset + 16 <= len(data):
                length = struct.unpack_from("=I", data, offset)[0]
                if length < 16:
                    break
                body = offset + 16 + 20  # nlmsghdr, cn_msg
                if body + 24 <= len(data):
                    what, _cpu, stamp = struct.unpack_from("=IIQ", data, body)
                    pid = struct.unpack_from("=i", data, body + 16)[0]
                    if what == self._PROC_EVENT_FORK:
                        parent_tgid, child, child_tgid = struct.unpack_from("=iii", data, body + 20)
                        if child == child_tgid:  # a process, not a thread
                            with self._lock:
                                self._fork[child] = (parent_tgid, stamp)
                    elif what == self._PROC_EVENT_EXEC:
                        with self._lock:
                            self._exec[pid] = stamp
                            self._lock.notify_all()
                    elif what == self._PROC_EVENT_EXIT:
                        tgid = struct.unpack_from("=i", data, body + 20)[0]
                        if pid == tgid:  # the process, not one of its threads
                            with self._lock:
                                self._exit[pid] = stamp
                                self._lock.notify_all()
                offset += (length + 3) & ~3

    def close(self) -> None:
        self._stopped = True

    def exec_ns(self, pid: int, timeout: float = 2.0) -> Optional[int]:
        if not self.available:
            return None
        deadline = time.monotonic() + timeout
        with self._lock:
            while pid not in self._exec:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._lock.wait(left)
            return self._exec[pid]

    def wait_exit(self, pid: int, timeout: float, pidfd: Optional[int] = None) -> int:
        """The exit time of pid. Pass a pidfd opened before the exit could happen when the
        proc connector is unavailable."""
        deadline = time.monotonic() + timeout
        if self.available:
            with self._lock:
                while pid not in self._exit:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise BenchError(f"process {pid} did not exit within {timeout} s")
                    self._lock.wait(left)
                return self._exit[pid]
        if pidfd is None:
            raise BenchError("no proc connector and no pidfd to time an exit with")
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        if not poller.poll(timeout * 1000):
            raise BenchError(f"process {pid} did not exit within {timeout} s")
        return now_ns()

    def fork_chain(self, pid: int) -> list[tuple[int, int]]:
        """The fork events that led to pid, oldest first: [(parent, fork time), ...], up to
        the first ancestor that is not a short-lived intermediate (at most two)."""
        chain: list[tuple[int, int]] = []
        with self._lock:
            while pid in self._fork and len(chain) < 2:
                parent, stamp = self._fork[pid]
                chain.insert(0, (parent, stamp))
                pid = parent
        return chain


def open_pidfd(pid: int) -> Optional[int]:
    try:
        return os.pidfd_open(pid)
    except ProcessLookupError:
        return None


# --------------------------------------------------------------------------------------------
# Nothing the benchmark starts outlives it


@contextlib.contextmanager
def stopped_on_exit(process: subprocess.Popen[Any],
                    grace: float = 5.0) -> Iterator[subprocess.Popen[Any]]:
    """The process, SIGKILLed (if it still runs) and waited for when the block is left, by an
    exception too. The block stops it the polite way itself when it wants its output."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            log(f"process {process.pid} outlived SIGKILL for {grace} s")


def _live_process_of(pid: int, directory: bytes) -> bool:
    """Whether pid is alive and belongs to the launcher runtime directory `directory`: a program
    started there (ZLAUNCHER_RUNTIME_DIR, which every program and its children inherit), or a
    process given it as an argument (the launcher, zlb_guistall, zlauncher-logd)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            line = stat.read()
        if line[line.rindex(b")") + 2:][:1] in (b"Z", b"X"):
            return False  # dead already: a zombie waits for its parent
        if os.stat(f"/proc/{pid}").st_uid != os.geteuid():
            return False
        with open(f"/proc/{pid}/environ", "rb") as environ:
            if b"ZLAUNCHER_RUNTIME_DIR=" + directory in environ.read().split(b"\0"):
                return True
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return directory in cmdline.read().split(b"\0")[1:]
    except (OSError, ValueError):
        return False  # gone meanwhile, or not ours to read


def kill_processes_of(runtime: Path, timeout: float = 10.0) -> int:
    """SIGKILLs every process of this user that belongs to the runtime directory (see
    _live_process_of) until none is left; returns how many there were."""
    directory = os.fsencode(str(runtime))
    killed: set[int] = set()
    deadline = time.monotonic() + timeout
    while True:
        left = [int(entry) for entry in os.listdir("/proc") if entry.isdigit()
                and int(entry) != os.getpid() and _live_process_of(int(entry), directory)]
        if not left:
            return len(killed)
        if time.monotonic() > deadline:
            log(f"processes of {runtime} still alive after {timeout} s: {left}")
            return len(killed)
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        killed.update(left)
        time.sleep(0.02)


# --------------------------------------------------------------------------------------------
# The probes' stamp file


@dataclasses.dataclass
class Start:
    name: str
    pid: int
    main_ns: int


@dataclasses.dataclass
class Blast:
    name: str
    pid: int
    sent: int
    t0: int
    t1: int


class Stamps:
    """Follows the file every zlb_probe appends its "start" and "blast" lines to. Reading a file
    does not disturb the supervisors (polling supervisord's RPC would: every request wakes its
    main loop and would make it look faster than it is)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.touch()
        self._file = open(path, "rb")
        self._partial = b""
        self.starts: list[Start] = []
        self.blasts: list[Blast] = []
        self.latest: dict[str, Start] = {}

    def poll(self) -> None:
        data = self._file.read()
        if not data:
            return
        data = self._partial + data
        lines = data.split(b"\n")
        self._partial = lines.pop()
        for line in lines:
            fields = line.decode().split()
            if fields[0] == "start":
                start = Start(fields[1], int(fields[2]), int(fields[3]))
                self.starts.append(start)
                self.latest[start.name] = start
            elif fields[0] == "blast":
                self.blasts.append(Blast(fields[1], int(fields[2]), int(fields[3]),
                                         int(fields[4]), int(fields[5])))

    def wait(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            if condition():
                return
            if time.monotonic() > deadline:
                raise BenchError(f"timed out after {timeout} s waiting for {what}")
            time.sleep(0.002)

    def wait_new_start(self, name: str, not_pid: int, timeout: float) -> Start:
        self.wait(lambda: name in self.latest and self.latest[name].pid != not_pid, timeout,
                  f"a new instance of {name}")
        return self.latest[name]

    def wait_all_started(self, names: Iterable[str], after_ns: int, timeout: float) -> dict[str, Start]:
        wanted = set(names)

        def done() -> bool:
            return all(n in self.latest and self.latest[n].main_ns >= after_ns for n in wanted)

        self.wait(done, timeout, f"{len(wanted)} programs to start")
        return {n: self.latest[n] for n in wanted}


# --------------------------------------------------------------------------------------------
# Programs and the two supervisors


@dataclasses.dataclass
class Program:
    name: str
    mode: str = "beat"  # or "ignorestop"
    interval_ms: int = 1000
    lost_ms: Optional[int] = None
    grace_ms: int = 1000
    autostart: bool = True
    beat_file: bool = False
    blast_ms: int = 0
    # "notify": tc_sdnotify (tests/clients/sdnotify), a libsystemd daemon, of kind notify:
    # READY=1, then WATCHDOG=1 every interval_ms; lost_ms is its watchdog (WATCHDOG_USEC).
    kind: str = "heartbeat"

    def environment(self, heartbeat: str, runtime: Optional[Path] = None) -> dict[str, str]:
        """What zlauncher adds to the environment of this probe, for a probe started without
        it: beating to heartbeat; with a runtime directory, answering on its control endpoint
        there too."""
        env = {"ZLAUNCHER_NAME": self.name, "ZLAUNCHER_HEARTBEAT": heartbeat,
               "ZLAUNCHER_INTERVAL_MS": str(self.interval_ms)}
        if runtime is not None:
            env["ZLAUNCHER_CONTROL"] = f"ipc://{runtime}/{self.name}.ctl"
            env["ZLAUNCHER_RUNTIME_DIR"] = str(runtime)
        return env

    def arguments(self, stamps: Path, beat_dir: Path) -> list[str]:
        args = ["--name", self.name, "--stamps", str(stamps)]
        if self.mode != "beat":
            args += ["--mode", self.mode]
        if self.beat_file:
            args += ["--beat-file", str(beat_dir / f"{self.name}.beat")]
        if self.blast_ms:
            args += ["--blast-ms", str(self.blast_ms)]
        if self.kind == "notify":
            args += ["--every", str(self.interval_ms)]
        return args


def process_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise BenchError(f"no VmRSS for {pid}")


def process_cpu_ns(pid: int) -> int:
    """CPU time of every thread of pid, in ns (schedstat: exact, not clock ticks)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as schedstat:
                total += int(schedstat.read().split()[0])
        except FileNotFoundError:
            continue  # a thread that just ended
    return total


class Supervisor:
    """What the measurements need of a supervisor, zlauncher or supervisord."""

    label = ""

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        self.bench = bench
        self.programs = {p.name: p for p in programs}
        self.dir = Path(tempfile.mkdtemp(prefix=f"{tag}-", dir=bench.work))
        self.stamps = Stamps(self.dir / "stamps")
        self.beat_dir = self.dir / "beats"
        self.beat_dir.mkdir()
        self.process: Optional[subprocess.Popen[str]] = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def command(self, program: Program) -> list[str]:
        return [str(self.bench.probe)] + program.arguments(self.stamps.path, self.beat_dir)

    def wait_started(self, names: Iterable[str], after_ns: int, timeout: float = 60) -> dict[str, Start]:
        return self.stamps.wait_all_started(names, after_ns, timeout)

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        """Until the instance pid of name is up and serving (zlauncher: Running)."""
        raise NotImplementedError

    def cli_stop(self, name: str) -> list[str]:
        raise NotImplementedError

    def cli_start_all(self) -> list[str]:
        raise NotImplementedError

    def api_stop(self, name: str) -> None:
        raise NotImplementedError

    def api_start(self, name: str) -> None:
        raise NotImplementedError

    def api_start_all(self) -> None:
        raise NotImplementedError

    def api_stop_all(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def has_control(self) -> bool:
        raise NotImplementedError

    def has_ctl(self) -> bool:
        raise NotImplementedError

    def end_process(self, sig: int, seconds: float, what: str) -> None:
        """Sends sig to the supervisor's process, which should then stop and exit, and waits
        up to seconds for it; past that, kills it."""
        assert self.process is not None
        self.process.send_signal(sig)
        try:
            self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            log(f"{self.label} did not stop within {seconds:g} s; killing it {what}")
            self.process.kill()
            self.process.wait()

    def kill_leftovers(self) -> None:
        """SIGKILL every probe this supervisor's stamps name that still runs."""
        self.stamps.poll()
        for start in self.stamps.starts:
            try:
                with open(f"/proc/{start.pid}/cmdline", "rb") as cmdline:
                    command = cmdline.read()
                    if b"zlb_probe" not in command and b"tc_sdnotify" not in command:
                        continue
                os.kill(start.pid, signal.SIGKILL)
            except (FileNotFoundError, ProcessLookupError):
                continue


class Zlauncher(Supervisor):
    """zlauncher, headless (--events json, read on stdout) or its window (offscreen)."""

    def __init__(self, bench: "Bench", programs: list[Program], tag: str, gui: bool = False,
                 cgroup: Optional[Path] = None, listen: Optional[str] = None,
                 follow: Optional[list["Zlauncher"]] = None) -> None:
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
        self.env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                        XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
        self.env.pop("XDG_RUNTIME_DIR", None)
        self.env.pop("ZLAUNCHER_RUNTIME_DIR", None)
        if gui:
            self.env["QT_QPA_PLATFORM"] = "offscreen"
        # An agent: one client key authorized, as `zlauncherctl authorize` would write it.
        self.client_public, self.client_secret = zmq.curve_keypair()
        if listen is not None:
            config_home = home / "config" / "zlauncher"
            config_home.mkdir(parents=True, mode=0o700)
            keys = config_home / "authorized_keys"
            keys.write_text(self.client_public.decode() + " bench\n")
            os.chmod(keys, 0o600)
        if follow:
            self._follow(home / "config" / "zlauncher", follow)
        self.events: list[dict[str, Any]] = []
        self._events_lock = threading.Condition()
        self._zmq = zmq.Context.instance()
        self.started_ns = now_ns()
        command = [str(bench.build / "bin" / "zlauncher"), "--config", str(self.config),
                   "--runtime-dir", str(self.runtime)]
        if not gui:
            command[1:1] = ["--headless", "--events", "json"]
        if listen is not None:
            command += ["--listen", listen]
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
        secret_file = keys / "client.key_secret"
        secret_file.write_text(f"metadata\ncurve\n    public-key = \"{public.decode()}\"\n"
                               f"    secret-key = \"{secret.decode()}\"\n")
        os.chmod(secret_file, 0o600)
        (keys / "client.key").write_text(f"metadata\ncurve\n    public-key = \"{public.decode()}\"\n")
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


class UnixStreamTransport(xmlrpc.client.Transport):
    """XML-RPC over supervisord's unix socket (what supervisorctl itself does)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = str(path)

    def make_connection(self, host: Any) -> http.client.HTTPConnection:
        path = self._path

        class Connection(http.client.HTTPConnection):
            def connect(self) -> None:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)

        return Connection("localhost")


class Supervisord(Supervisor):
    """Debian's supervisord with a configuration, socket, pid file and logs of its own in a
    temporary directory; never the system service."""

    label = "supervisord"

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        super().__init__(bench, programs, tag)
        self.socket_path = self.dir / "supervisor.sock"
        self.config = self.dir / "supervisord.conf"
        logs = self.dir / "logs"
        logs.mkdir()
        sections = [f"""[unix_http_server]
file={self.socket_path}
chmod=0700

[supervisord]
logfile={self.dir / 'supervisord.log'}
pidfile={self.dir / 'supervisord.pid'}
childlogdir={logs}
nodaemon=true
loglevel=warn
minfds=4096

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://{self.socket_path}
"""]
        for p in programs:
            # startsecs=0: RUNNING at once, so a kill is always the plain respawn path;
            # stopwaitsecs is the stop grace (whole seconds only, so every grace here is).
            sections.append(f"""[program:{p.name}]
command={' '.join(self.command(p))}
autostart={'true' if p.autostart else 'false'}
autorestart=true
startsecs=0
startretries=1000000
stopsignal=TERM
stopwaitsecs={max(1, p.grace_ms // 1000)}
stdout_logfile={logs / (p.name + '.log')}
redirect_stderr=true
""")
        self.config.write_text("\n".join(sections))
        self.started_ns = now_ns()
        with open(self.dir / "supervisord.stderr", "w") as stderr:
            self.process = subprocess.Popen([SUPERVISORD, "-c", str(self.config), "-n"],
                                            stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + 20
            while not self.socket_path.exists():
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise BenchError(
                        f"supervisord did not start; see {self.dir}/supervisord.stderr")
                time.sleep(0.01)
        except BaseException:
            # Not a session yet, so nobody else would stop it.
            self.process.kill()
            self.process.wait()
            self.kill_leftovers()
            raise
        self.rpc = xmlrpc.client.ServerProxy("http://localhost",
                                             transport=UnixStreamTransport(self.socket_path))

    def has_control(self) -> bool:
        return True

    def has_ctl(self) -> bool:
        return True

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        # The probe serves nothing under supervisord: started is ready. A short pause lets
        # it install its signal handlers (SIGTERM before that would kill it, not stop it).
        time.sleep(0.3)

    def cli_stop(self, name: str) -> list[str]:
        return [SUPERVISORCTL, "-c", str(self.config), "stop", name]

    def cli_start_all(self) -> list[str]:
        return [SUPERVISORCTL, "-c", str(self.config), "start", "all"]

    def api_stop(self, name: str) -> None:
        self.rpc.supervisor.stopProcess(name, False)

    def api_start(self, name: str) -> None:
        self.rpc.supervisor.startProcess(name, False)

    def api_start_all(self) -> None:
        self.rpc.supervisor.startAllProcesses(False)

    def api_stop_all(self) -> None:
        self.rpc.supervisor.stopAllProcesses(False)

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # On SIGTERM supervisord stops its groups one after the other, each taking up to a
            # turn of its 1 s main loop; stopping them all at once first is much faster.
            try:
                self.rpc.supervisor.stopAllProcesses(True)
            except (OSError, xmlrpc.client.Error) as error:
                log(f"supervisord: stopAllProcesses failed: {error!r}")
            self.end_process(signal.SIGTERM, 30, "and its programs")
        self.kill_leftovers()
        self.process = None


class BareRespawner(Supervisor):
    """The floor of crash → respawn here (zlb_respawn): waitpid, then posix_spawn of the same
    command, with the environment zlauncher gives its programs, so that the probe sets up and
    tears down the same libzmq sockets and threads. A SUB is bound where the probes beat, as
    zlauncher's would be, and never read: nothing more than a connection for them."""

    label = "bare respawner"

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        super().__init__(bench, programs, tag)
        runtime = self.dir / "r"
        runtime.mkdir(mode=0o700)
        heartbeat = f"ipc://{runtime}/heartbeat"
        self._sub = zmq.Context.instance().socket(zmq.SUB)
        self._sub.setsockopt(zmq.LINGER, 0)
        self._sub.bind(heartbeat)
        lines = []
        for p in programs:
            environment = [f"{k}={v}" for k, v in p.environment(heartbeat, runtime).items()]
            lines.append("\t".join(environment + ["--"] + self.command(p)))
        spec = self.dir / "spec"
        spec.write_text("\n".join(lines) + "\n")
        self.stderr = self.dir / "zlb_respawn.stderr"
        with open(self.stderr, "w") as stderr:
            self.process = subprocess.Popen(
                [str(bench.build / "bin" / "zlb_respawn"), str(spec)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)

    def wait_started(self, names: Iterable[str], after_ns: int, timeout: float = 60) -> dict[str, Start]:
        try:
            return super().wait_started(names, after_ns, timeout)
        except BenchError:
            if self.process is not None and self.process.poll() is not None:
                raise BenchError(f"zlb_respawn ended with status {self.process.returncode}: "
                                 f"{self.stderr.read_text().strip()}") from None
            raise

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # SIGTERM kills its programs, then exits; the stamps name what a kill leaves.
            self.end_process(signal.SIGTERM, 10, "(its programs follow)")
        if error := self.stderr.read_text().strip():
            log(f"{self.label}: {error}")
        self.kill_leftovers()
        self._sub.close()
        self.process = None


# --------------------------------------------------------------------------------------------
# The benchmark


@dataclasses.dataclass
class Row:
    """One line of the report: a figure of zlauncher beside supervisord's."""

    key: str
    title: str
    ours: Optional[Figure]
    theirs: Optional[Figure]
    target: str = ""
    met: Optional[bool] = None
    note: str = ""


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick: bool = args.quick
        self.build = Path(args.build).resolve()
        self.probe = self.build / "bin" / "zlb_probe"
        self.sdnotify = self.build / "bin" / "tc_sdnotify"
        for binary in ("zlauncher", "zlb_probe", "zlb_drain", "zlb_guistall", "zlb_respawn",
                       "tc_sdnotify"):
            if not (self.build / "bin" / binary).exists():
                raise SystemExit(f"zlbench: {self.build}/bin/{binary} is missing: build first "
                                 "(bench/run does)")
        if not Path(SUPERVISORD).exists():
            raise SystemExit("zlbench: supervisord is not installed (bench/run installs it)")
        self.work = Path(tempfile.mkdtemp(prefix="zlb-", dir="/tmp"))
        self.events = ProcEvents()
        self.rows: list[Row] = []
        self.details: dict[str, Any] = {}
        self.notes: list[str] = []
        self.load: list[tuple[str, str]] = []
        self.sessions: list[Supervisor] = []
        self.rng = random.Random(1)

    # ---- helpers

    def note_load(self, where: str) -> None:
        with open("/proc/loadavg") as loadavg:
            self.load.append((where, " ".join(loadavg.read().split()[:3])))

    def session(self, cls: type, programs: list[Program], tag: str, **kwargs: Any) -> Supervisor:
        supervisor = cls(self, programs, tag, **kwargs)
        self.sessions.append(supervisor)
        return supervisor

    def close(self, supervisor: Supervisor) -> None:
        supervisor.close()
        if supervisor in self.sessions:
            self.sessions.remove(supervisor)

    def close_all(self) -> None:
        for supervisor in list(self.sessions):
            try:
                self.close(supervisor)
            except Exception as error:  # cleanup goes on with the others, and says why
                log(f"closing {supervisor.label} failed: {error!r}")
        self.events.close()

    def add(self, row: Row) -> None:
        self.rows.append(row)
        ours = f"{fmt(row.ours.median, row.ours.unit)} / {fmt(row.ours.p95, row.ours.unit)}" \
            if row.ours else "—"
        theirs = f"{fmt(row.theirs.median, row.theirs.unit)} / {fmt(row.theirs.p95, row.theirs.unit)}" \
            if row.theirs else "—"
        log(f"{row.title}: zlauncher {ours}; supervisord {theirs} {row.note}")

    def exec_or_main(self, start: Start) -> tuple[int, str]:
        stamp = self.events.exec_ns(start.pid, timeout=1.0)
        if stamp is None:
            return start.main_ns, "main"
        return stamp, "exec"

    # ---- crash -> respawn

    def respawn(self, supervisor: Supervisor, victims: list[str], samples: int) -> dict[str, Figure]:
        """SIGKILL of a running probe to the start of its replacement: the kernel's exec time of
        the new process (proc connector), and also the probe's own first instruction in main()
        (its start stamp, after the dynamic loader). Victims are taken in turn, each one killed
        only after its instance ran at least 300 ms (past zlauncher's minUptimeMs, so never
        the backoff path), with a random 50-150 ms pause between kills."""
        to_exec: list[float] = []
        to_main: list[float] = []
        exit_to_exec: list[float] = []
        exit_to_fork: list[float] = []
        fork_to_exec: list[float] = []
        order = victims[:]
        self.rng.shuffle(order)
        for i in range(samples):
            name = order[i % len(order)]
            current = supervisor.stamps.latest[name]
            wait = 0.3 - (now_ns() - current.main_ns) / 1e9
            time.sleep(max(wait, 0) + self.rng.uniform(0.05, 0.15))
            killed = now_ns()
            os.kill(current.pid, signal.SIGKILL)
            new = supervisor.stamps.wait_new_start(name, current.pid, timeout=10)
            started, _ = self.exec_or_main(new)
            to_exec.append((started - killed) / 1e6)
            to_main.append((new.main_ns - killed) / 1e6)
            if self.events.available:
                died = self.events.wait_exit(current.pid, 5)
                exit_to_exec.append((started - died) / 1e6)
                # Where the time goes: exit -> first fork by the supervisor -> exec.
                chain = [(p, t) for p, t in self.events.fork_chain(new.pid)
                         if t >= died]
                if chain:
                    exit_to_fork.append((chain[0][1] - died) / 1e6)
                    fork_to_exec.append((started - chain[0][1]) / 1e6)
        figures = {"to_exec": Figure(to_exec, "ms"), "to_main": Figure(to_main, "ms")}
        for key, values in (("exit_to_exec", exit_to_exec), ("exit_to_fork", exit_to_fork),
                            ("fork_to_exec", fork_to_exec)):
            if values:
                figures[key] = Figure(values, "ms")
        return figures

    # ---- hang -> detection

    def hang(self, supervisor: Zlauncher, names: list[str], samples: int) -> Figure:
        """SIGSTOP a beating probe at a random moment; the send time of its last beat is then in
        its beat file (which cannot change while the probe is stopped). The launcher's reaction
        is the SIGKILL of the frozen process, timed by the kernel's exit event. Figure: exit -
        (last beat + lost timeout): how late past the configured timeout the launcher acted."""
        late: list[float] = []
        for i in range(samples):
            name = names[i % len(names)]
            program = supervisor.programs[name]
            current = supervisor.stamps.latest[name]
            supervisor.wait_ready(name, current.pid, timeout=15)
            time.sleep(self.rng.uniform(0.2, 0.4))
            pidfd = open_pidfd(current.pid)
            os.kill(current.pid, signal.SIGSTOP)
            time.sleep(0.001)
            last_beat = struct.unpack("=q", (supervisor.beat_dir / f"{name}.beat").read_bytes()[:8])[0]
            died = self.events.wait_exit(current.pid, timeout=30, pidfd=pidfd)
            if pidfd is not None:
                os.close(pidfd)
            assert program.lost_ms is not None
            late.append((died - last_beat) / 1e6 - program.lost_ms)
            supervisor.stamps.wait_new_start(name, current.pid, timeout=15)
        return Figure(late, "ms")

    # ---- stop

    def stop(self, supervisor: Supervisor, name: str, samples: int, how: str) -> Figure:
        """From the stop command (how="cli": the supervisor's own command-line tool started as a
        process; how="api": the request sent by this script on the control endpoint or
        XML-RPC socket) to the exit of the program, timed by the kernel. The program is
        started again (and waited for) between samples."""
        elapsed: list[float] = []
        for _ in range(samples):
            current = supervisor.stamps.latest[name]
            supervisor.wait_ready(name, current.pid, timeout=15)
            time.sleep(self.rng.uniform(0.2, 0.3))
            pidfd = open_pidfd(current.pid)
            began = now_ns()
            if how == "cli":
                result = subprocess.run(supervisor.cli_stop(name), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
                if result.returncode != 0:
                    raise BenchError(f"{' '.join(supervisor.cli_stop(name))}: {result.stdout}")
            else:
                supervisor.api_stop(name)
            died = self.events.wait_exit(current.pid, timeout=30, pidfd=pidfd)
            if pidfd is not None:
                os.close(pidfd)
            elapsed.append((died - began) / 1e6)
            # Stopped for good (restart policy does not apply to a stop): start it again.
            time.sleep(0.05)
            supervisor.api_start(name)
            supervisor.stamps.wait_new_start(name, current.pid, timeout=15)
        return Figure(elapsed, "ms")

    # ---- start all

    def start_all(self, supervisor: Supervisor, names: list[str], rounds: int, how: str) -> dict[str, Figure]:
        """From the start-all command to the last of the programs started (kernel exec time of
        the last new instance; and its main() stamp). Between rounds everything is stopped
        and every exit waited for."""
        to_exec: list[float] = []
        to_main: list[float] = []
        replied: list[float] = []
        for _ in range(rounds):
            self.stop_everything(supervisor, names)
            time.sleep(1.0)
            began = now_ns()
            if how == "cli":
                result = subprocess.run(supervisor.cli_start_all(), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
                if result.returncode != 0:
                    raise BenchError(f"{' '.join(supervisor.cli_start_all())}: {result.stdout}")
            else:
                supervisor.api_start_all()
            replied.append((now_ns() - began) / 1e6)
            started = supervisor.wait_started(names, began, timeout=120)
            execs = [self.exec_or_main(s)[0] for s in started.values()]
            to_exec.append((max(execs) - began) / 1e6)
            to_main.append((max(s.main_ns for s in started.values()) - began) / 1e6)
        return {"to_exec": Figure(to_exec, "ms"), "to_main": Figure(to_main, "ms"),
                "replied": Figure(replied, "ms")}

    def stop_everything(self, supervisor: Supervisor, names: list[str]) -> None:
        supervisor.stamps.poll()
        pids = [supervisor.stamps.latest[n].pid for n in names if n in supervisor.stamps.latest]
        alive = [pid for pid in pids if Path(f"/proc/{pid}").exists()]
        supervisor.api_stop_all()
        deadline = time.monotonic() + 60
        while any(Path(f"/proc/{pid}").exists() for pid in alive):
            if time.monotonic() > deadline:
                raise BenchError(f"{supervisor.label}: programs still alive 60 s after stop all")
            time.sleep(0.01)

    # ---- idle cost

    def idle(self, supervisor: Supervisor, seconds: float, slices: int) -> dict[str, Figure]:
        """CPU (every thread's schedstat run time, in ns) and VmRSS of the supervisor process
        alone, over `seconds`, cut in `slices` equal windows (one CPU figure per window);
        RSS sampled every 0.5 s."""
        pid = supervisor.pid
        cpu: list[float] = []
        rss: list[float] = []
        window = seconds / slices
        for _ in range(slices):
            wall0, cpu0 = now_ns(), process_cpu_ns(pid)
            end = time.monotonic() + window
            while time.monotonic() < end:
                rss.append(process_rss_mib(pid))
                time.sleep(min(0.5, max(0.0, end - time.monotonic())))
            wall1, cpu1 = now_ns(), process_cpu_ns(pid)
            cpu.append(100.0 * (cpu1 - cpu0) / (wall1 - wall0))
        return {"cpu": Figure(cpu, "%"), "rss": Figure(rss, "MiB")}

    # ---- heartbeat ingest

    def ingest(self, blasters: int, blast_ms: int, rounds: int) -> dict[str, Figure]:
        """The same zlb_probe blasters send valid heartbeats as fast as their PUB takes them,
        for blast_ms, to the headless launcher (which parses and applies each one; its count
        is read on the control endpoint before and after) and, alternately, to zlb_drain, a
        bare SUB that only receives. Rate = messages taken in / blast window."""
        names = [f"b{i}" for i in range(blasters)]
        programs = [Program(n, blast_ms=blast_ms, lost_ms=60000) for n in names]
        launcher = self.session(Zlauncher, programs, "ingest")
        assert isinstance(launcher, Zlauncher)
        ours: list[float] = []
        bare: list[float] = []
        cpu_ours: list[float] = []
        cpu_bare: list[float] = []
        drain_probes: list[subprocess.Popen[bytes]] = []
        # Left in reverse order, by an exception too: the drain's probes, then the launcher.
        with contextlib.ExitStack() as cleanup:
            cleanup.callback(self.close, launcher)
            started = launcher.wait_started(names, 0, timeout=30)
            for name in names:
                launcher.wait_ready(name, started[name].pid, timeout=15)
            if not launcher.has_control():
                raise BenchError("the launcher has no control endpoint to read its heartbeat "
                                 "count from (zlauncherctl not there yet)")
            # The bare side: the same probes, started by hand with the environment the
            # launcher would give them, beating to zlb_drain's endpoint.
            drain_dir = Path(tempfile.mkdtemp(prefix="drain-", dir=self.work))
            endpoint = f"ipc://{drain_dir}/heartbeat"
            drain_stamps = Stamps(drain_dir / "stamps")
            for program in programs:
                env = dict(os.environ, **program.environment(endpoint))
                env.pop("ZLAUNCHER_CONTROL", None)
                drain_probes.append(cleanup.enter_context(stopped_on_exit(subprocess.Popen(
                    [str(self.probe)] + program.arguments(drain_stamps.path, drain_dir),
                    env=env))))
            drain_stamps.wait_all_started(names, 0, 10)
            for round_index in range(rounds):
                # zlauncher
                count0 = launcher.heartbeats()
                cpu0 = process_cpu_ns(launcher.pid)
                mark = len(launcher.stamps.blasts)
                for name in names:
                    os.kill(launcher.stamps.latest[name].pid, signal.SIGUSR1)
                launcher.stamps.wait(lambda: len(launcher.stamps.blasts) >= mark + blasters,
                                     blast_ms / 1000 + 10, "the blasts to end")
                time.sleep(0.3)  # what is queued (at most the high-water marks) is taken too
                count1 = launcher.heartbeats()
                cpu_ours.append((process_cpu_ns(launcher.pid) - cpu0) / 1000 / (count1 - count0))
                window = launcher.stamps.blasts[mark:]
                span = (max(b.t1 for b in window) - min(b.t0 for b in window)) / 1e9
                ours.append((count1 - count0) / span)
                sent = sum(b.sent for b in window) / span
                # bare drain
                with stopped_on_exit(subprocess.Popen(
                        [str(self.build / "bin" / "zlb_drain"), endpoint],
                        stdout=subprocess.PIPE, text=True)) as drain:
                    assert drain.stdout is not None
                    if drain.stdout.readline().strip() != "ready":
                        raise BenchError("zlb_drain did not start")
                    time.sleep(0.3)  # the probes' PUB reconnect (100 ms interval) to the new SUB
                    cpu0 = process_cpu_ns(drain.pid)
                    mark = len(drain_stamps.blasts)
                    for process in drain_probes:
                        os.kill(process.pid, signal.SIGUSR1)
                    drain_stamps.wait(lambda: len(drain_stamps.blasts) >= mark + blasters,
                                      blast_ms / 1000 + 10, "the blasts to end")
                    time.sleep(0.3)
                    drain_cpu = process_cpu_ns(drain.pid) - cpu0
                    drain.send_signal(signal.SIGTERM)  # it prints its count and exits
                    output, _ = drain.communicate(timeout=10)
                fields = output.split()
                window = drain_stamps.blasts[mark:]
                span = (max(b.t1 for b in window) - min(b.t0 for b in window)) / 1e9
                bare.append(int(fields[1]) / span)
                cpu_bare.append(drain_cpu / 1000 / int(fields[1]))
                log(f"ingest round {round_index + 1}: zlauncher {ours[-1]:,.0f}/s "
                    f"(sent {sent:,.0f}/s), bare SUB {bare[-1]:,.0f}/s "
                    f"(sent {sum(b.sent for b in window) / span:,.0f}/s)")
        return {"ours": Figure(ours, "/s", lower_is_better=False),
                "bare": Figure(bare, "/s", lower_is_better=False),
                "ratio": Figure([o / b for o, b in zip(ours, bare)], "×", lower_is_better=False),
                "cpu_ours": Figure(cpu_ours, "µs"), "cpu_bare": Figure(cpu_bare, "µs")}

    # ---- GUI responsiveness

    def gui_stall(self, programs: int, interval_ms: int, runs: int, measure_ms: int,
                  follow_output: bool = False,
                  probe: Optional[dict[str, Any]] = None) -> list[dict[str, Any]]:
        """zlb_guistall: the window of src/app/gui.cpp (offscreen) with `programs` probes each
        beating every interval_ms; a 1 ms precise timer on the GUI thread records every gap
        between its ticks. With follow_output, one more program writes 100 lines a second and
        the Details dock follows its output. With probe, every program has it as its liveness
        probe. One JSON result per run."""
        results = []
        for _ in range(runs):
            directory = Path(tempfile.mkdtemp(prefix="gui-", dir=self.work))
            runtime = directory / "r"
            runtime.mkdir(mode=0o700)
            os.chmod(runtime, 0o700)
            stamps = directory / "stamps"
            config = directory / "zlauncher.json"
            config.write_text(json.dumps({"version": 1, "programs": [{
                "name": f"g{i}", "program": str(self.probe),
                "arguments": ["--name", f"g{i}", "--stamps", str(stamps)],
                "heartbeatIntervalMs": interval_ms, "lostTimeoutMs": 10000,
                "startTimeoutMs": 30000, **({"livenessProbe": probe} if probe else {})}
                for i in range(programs)] + ([{
                "name": "chatty", "program": "/bin/sh", "kind": "plain",
                "arguments": ["-c", "i=0; while :; do i=$((i+1)); "
                              "echo \"line $i: the quick brown fox jumps over the lazy dog\"; "
                              "sleep 0.01; done"]}] if follow_output else [])}))
            home = directory / "home"
            env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                       XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
            command = [str(self.build / "bin" / "zlb_guistall"), "--config", str(config),
                       "--runtime-dir", str(runtime), "--measure-ms", str(measure_ms)]
            if follow_output:
                command += ["--follow-output", "chatty"]
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
            results.append(json.loads(output.strip().splitlines()[-1]))
            log(f"GUI stall run: {results[-1]}")
        return results


# --------------------------------------------------------------------------------------------
# The scenarios


def available_ways(bench: Bench, supervisor: Supervisor, what: str) -> list[str]:
    """How a command can be given: "cli" (zlauncherctl, supervisorctl) and "api" (the control
    endpoint, XML-RPC), when the build has them; a missing one is noted in the report."""
    ways = []
    if supervisor.has_ctl():
        ways.append("cli")
    else:
        bench.notes.append(f"{supervisor.label}: this build's zlauncherctl cannot stop or start "
                           f"programs yet: the {what} figures through it were not taken.")
    if supervisor.has_control():
        ways.append("api")
    else:
        bench.notes.append(f"{supervisor.label}: no control endpoint in this build: the {what} "
                           "figures through it were not taken.")
    return ways


def respawn_floor(bench: Bench, n: int, samples: int) -> dict[str, Figure]:
    """Crash → respawn of n probes under the bare respawner: the floor of that figure on this
    machine, in this run."""
    victims = [f"p{i}" for i in range(n)]
    floor = bench.session(BareRespawner, [Program(v) for v in victims], f"s{n}-floor")
    log(f"{floor.label}: {n} programs")
    try:
        floor.wait_started(victims, 0, timeout=60)
        time.sleep(1.0)
        bench.note_load(f"respawn N={n}, {floor.label}")
        return bench.respawn(floor, victims, samples)
    finally:
        bench.close(floor)


def respawn_rows(bench: Bench, n: int, zr: dict[str, Figure], sr: dict[str, Figure],
                 fr: dict[str, Figure]) -> None:
    bench.details[f"respawn{n}"] = {k: {kk: vv.to_json() for kk, vv in v.items()}
                                    for k, v in (("zlauncher", zr), ("supervisord", sr),
                                                 ("floor", fr))}
    ours, floor = zr["to_exec"], fr["to_exec"]
    note = (f"the floor here, a bare respawner (waitpid, then posix_spawn; the same probes and "
            f"environment) measured in the same run: {fmt(floor.median, 'ms')} / "
            f"{fmt(floor.p95, 'ms')}; zlauncher ÷ floor (medians) "
            f"{ours.median / floor.median:.2f}, zlauncher − floor "
            f"{fmt(ours.median - floor.median, 'ms')}")
    bench.add(Row(f"respawn{n}", f"crash → respawn, N = {n} (SIGKILL → exec of the replacement)",
                  ours, sr["to_exec"], "median ≤ 2 ms, p95 ≤ 5 ms",
                  ours.median <= 2 and ours.p95 <= 5, note))
    bench.add(Row(f"respawn{n}_main", f"crash → respawn, N = {n}, to the replacement's main()",
                  zr["to_main"], sr["to_main"], "(information)"))


def run_respawn_and_control(bench: Bench, n: int, samples: int) -> None:
    """A session of n victims plus the programs of the stop and hang measurements, the same
    under both supervisors."""
    victims = [f"p{i}" for i in range(n)]
    programs = [Program(v) for v in victims]
    programs += [Program("coop", grace_ms=1000), Program("stubborn", mode="ignorestop",
                                                        grace_ms=1000)]
    programs += [Program(f"hang{i}", interval_ms=100, lost_ms=500, beat_file=True)
                 for i in range(3)]
    results: dict[str, dict[str, Any]] = {}
    for cls in (Zlauncher, Supervisord):
        supervisor = bench.session(cls, programs, f"s{n}-{cls.__name__.lower()}")
        log(f"{supervisor.label}: {len(programs)} programs")
        try:
            supervisor.wait_started([p.name for p in programs], 0, timeout=60)
            time.sleep(1.0)
            bench.note_load(f"respawn N={n}, {supervisor.label}")
            r: dict[str, Any] = {"respawn": bench.respawn(supervisor, victims, samples)}
            results[cls.__name__] = r
            if isinstance(supervisor, Zlauncher):
                r["hang"] = bench.hang(supervisor, ["hang0", "hang1", "hang2"],
                                       max(10, samples // 3))
            ways = available_ways(bench, supervisor, "stop")
            stops = max(5, samples // 5)
            for program in ("coop", "stubborn"):
                for how in ways:
                    bench.note_load(f"stop {program} {how}, {supervisor.label}")
                    r[f"stop_{program}_{how}"] = bench.stop(supervisor, program, stops, how)
        finally:
            bench.close(supervisor)
    z, s = results["Zlauncher"], results["Supervisord"]
    respawn_rows(bench, n, z["respawn"], s["respawn"], respawn_floor(bench, n, samples))
    hang = z["hang"]
    bench.add(Row("hang", "hang → detection: SIGSTOP to the SIGKILL, past the lost timeout",
                  hang, None, "≤ 10 ms", hang.median <= 10 and hang.p95 <= 10,
                  "supervisord has no liveness check: a stopped program stays RUNNING"))
    for program, target, grace in (("coop", "≤ 15 ms end to end", 0),
                                   ("stubborn", "≤ 10 ms late", 1000)):
        for how in ("cli", "api"):
            key = f"stop_{program}_{how}"
            ours = z.get(key)
            theirs = s.get(key)
            if grace:
                ours = Figure([v - grace for v in ours.samples], "ms") if ours else None
                theirs = Figure([v - grace for v in theirs.samples], "ms") if theirs else None
            limit = 15 if program == "coop" else 10
            tool = "zlauncherctl / supervisorctl" if how == "cli" else "control request / XML-RPC"
            title = (f"stop, cooperative program, {tool} → exit" if program == "coop" else
                     f"stop, program that ignores stop, {tool}: exit past the 1 s grace")
            bench.add(Row(f"{key}", title, ours, theirs,
                          target if how == "cli" else "(information)",
                          (ours.median <= limit and ours.p95 <= limit) if ours and how == "cli"
                          else None))


def run_notify_hang(bench: Bench, samples: int) -> None:
    """Hang detection of an unmodified libsystemd daemon (kind notify: READY=1, then
    WATCHDOG=1 every 100 ms, watchdog 500 ms) beside the same figure for heartbeat probes
    (every 100 ms, lost timeout 500 ms), in one session, one sample of each in turn: the
    method of "hang → detection", the last WATCHDOG=1's send time in place of the last beat's."""
    programs = [Program(f"hb{i}", interval_ms=100, lost_ms=500, beat_file=True) for i in range(3)]
    programs += [Program(f"sd{i}", kind="notify", interval_ms=100, lost_ms=500, beat_file=True)
                 for i in range(3)]
    supervisor = bench.session(Zlauncher, programs, "notify")
    log(f"{supervisor.label}: {len(programs)} programs, 3 of kind notify")
    try:
        supervisor.wait_started([p.name for p in programs], 0, timeout=60)
        time.sleep(1.0)
        bench.note_load(f"notify hang, {supervisor.label}")
        late: dict[str, list[float]] = {"sd": [], "hb": []}
        for i in range(samples):
            for kind in ("sd", "hb"):
                late[kind] += bench.hang(supervisor, [f"{kind}{i % 3}"], 1).samples
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


def run_start_all_and_idle(bench: Bench, n: int, samples: int, idle_seconds: float,
                           slices: int, rounds: int) -> None:
    victims = [f"p{i}" for i in range(n)]
    programs = [Program(v) for v in victims]
    results: dict[str, dict[str, Any]] = {}
    for cls in (Zlauncher, Supervisord):
        supervisor = bench.session(cls, programs, f"s{n}-{cls.__name__.lower()}")
        log(f"{supervisor.label}: {len(programs)} programs")
        r: dict[str, Any] = {}
        results[cls.__name__] = r
        try:
            started = supervisor.wait_started(victims, 0, timeout=120)
            r["cold_start"] = Figure([(max(bench.exec_or_main(s)[0] for s in started.values())
                                       - supervisor.started_ns) / 1e6], "ms")
            time.sleep(2.0)
            bench.note_load(f"respawn N={n}, {supervisor.label}")
            r["respawn"] = bench.respawn(supervisor, victims, samples)
            time.sleep(3.0)
            bench.note_load(f"idle, {supervisor.label}")
            r["idle"] = bench.idle(supervisor, idle_seconds, slices)
            bench.note_load(f"idle end, {supervisor.label}")
            for how in available_ways(bench, supervisor, "start-all"):
                bench.note_load(f"start all {how}, {supervisor.label}")
                r[f"start_all_{how}"] = bench.start_all(supervisor, victims, rounds, how)
        finally:
            bench.close(supervisor)
    # The window, for the idle figure only.
    window = bench.session(Zlauncher, programs, f"s{n}-window", gui=True)
    try:
        window.wait_started(victims, 0, timeout=120)
        time.sleep(5.0)
        bench.note_load("idle, zlauncher window")
        gui_idle = bench.idle(window, idle_seconds, slices)
    finally:
        bench.close(window)

    z, s = results["Zlauncher"], results["Supervisord"]
    respawn_rows(bench, n, z["respawn"], s["respawn"], respawn_floor(bench, n, samples))
    for how in ("cli", "api"):
        key = f"start_all_{how}"
        if key in z or key in s:
            ours = z.get(key, {}).get("to_exec")
            theirs = s.get(key, {}).get("to_exec")
            tool = "zlauncherctl / supervisorctl" if how == "cli" else "control request / XML-RPC"
            replied = z.get(key, {}).get("replied")
            bench.add(Row(key, f"start all, {n} programs, {tool} → last exec", ours, theirs,
                          "≤ 0.3 s" if how == "cli" else "(information)",
                          (ours.median <= 300 and ours.p95 <= 300) if ours and how == "cli"
                          else None,
                          f"zlauncher's reply came after {fmt(replied.median, 'ms')} (median)"
                          if replied else ""))
    bench.add(Row("cold_start", f"cold start: supervisor process started → last of {n} exec",
                  z["cold_start"], s["cold_start"], "(information, one sample)"))
    zi, si = z["idle"], s["idle"]
    bench.add(Row("idle_cpu", f"idle CPU, {n} programs beating at 1 Hz, headless (% of a core)",
                  zi["cpu"], si["cpu"], "≤ 0.3 %", zi["cpu"].median <= 0.3 and zi["cpu"].p95 <= 0.3))
    bench.add(Row("idle_rss", f"idle RSS, {n} programs, headless", zi["rss"], si["rss"],
                  "≤ 40 MiB", zi["rss"].p95 <= 40))
    bench.add(Row("idle_cpu_gui", f"idle CPU, {n} programs, window (offscreen)", gui_idle["cpu"],
                  si["cpu"], "(information)"))
    bench.add(Row("idle_rss_gui", f"idle RSS, {n} programs, window (offscreen)", gui_idle["rss"],
                  si["rss"], "(information)"))


def cgroup2_mount() -> Optional[Path]:
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        if " - cgroup2 " in line:
            return Path(line.split(" ")[4])
    return None


def run_containment(bench: Bench, n: int, samples: int, rounds: int) -> None:
    """Respawn and start all with each program in a cgroup of its own (clone3 into it) beside
    the same launcher with process groups (posix_spawn), in the same run."""
    mount = cgroup2_mount()
    if os.geteuid() != 0 or mount is None:
        bench.notes.append("containment: skipped (needs root and a cgroup v2 mount to make the "
                           "launcher's delegated cgroup)")
        return
    victims = [f"p{i}" for i in range(n)]
    programs = [Program(v) for v in victims]
    figures: dict[str, dict[str, Figure]] = {}
    for mode in ("process-group", "cgroup"):
        group = mount / f"zlbench-{os.getpid()}" if mode == "cgroup" else None
        if group is not None:
            group.mkdir()
        supervisor = bench.session(Zlauncher, programs, f"c{n}-{mode}", cgroup=group)
        log(f"{supervisor.label}, {mode}: {n} programs")
        try:
            supervisor.wait_started(victims, 0, timeout=120)
            time.sleep(2.0)
            bench.note_load(f"respawn N={n}, {mode}")
            figures[mode] = {"respawn": bench.respawn(supervisor, victims, samples)["to_exec"]}
            bench.note_load(f"start all, {mode}")
            figures[mode]["start_all"] = bench.start_all(supervisor, victims, rounds,
                                                         "cli")["to_exec"]
        finally:
            bench.close(supervisor)
            if group is not None:
                (group / "cgroup.kill").write_text("1")
                for _ in range(100):
                    try:
                        for child in group.iterdir():
                            if child.is_dir():
                                child.rmdir()
                        group.rmdir()
                        break
                    except OSError:
                        time.sleep(0.1)
    for key, title in (("respawn", f"crash → respawn, N = {n}"),
                       ("start_all", f"start all, {n} programs, zlauncherctl → last exec")):
        ours, base = figures["cgroup"][key], figures["process-group"][key]
        bench.add(Row(f"{key}_cgroup{n}", f"{title}, each program in a cgroup of its own",
                      ours, None, "(information)", None,
                      f"the same launcher with process groups, same run: "
                      f"{fmt(base.median, 'ms')} / {fmt(base.p95, 'ms')}; cgroup ÷ process "
                      f"groups (medians) {ours.median / base.median:.2f}"))


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
        info = supervisor.request({"command": "info"})
        endpoints = info["listen"][0]
        server_key = info["serverKey"].encode()
        ways = {"ipc": (f"ipc://{supervisor.runtime}/control", f"ipc://{supervisor.runtime}/events"),
                "tcp": (endpoints["control"], endpoints["events"])}

        def socket(kind: int, way: str) -> zmq.Socket:
            sock = context.socket(kind)
            sock.setsockopt(zmq.LINGER, 0)
            if way == "tcp":
                sock.curve_serverkey = server_key
                sock.curve_publickey = supervisor.client_public
                sock.curve_secretkey = supervisor.client_secret
            return sock

        def ask(sock: zmq.Socket, request: dict[str, Any]) -> dict[str, Any]:
            sock.send(json.dumps(request).encode())
            if not sock.poll(10000):
                raise BenchError(f"no answer to {request}")
            return json.loads(sock.recv())

        figures: dict[str, dict[str, Figure]] = {}
        for way, (control, events) in ways.items():
            bench.note_load(f"remote, {way}")
            steady = socket(zmq.REQ, way)
            steady.connect(control)
            ask(steady, {"command": "info"})
            round_trips = []
            for _ in range(samples):
                began = now_ns()
                ask(steady, {"command": "info"})
                round_trips.append((now_ns() - began) / 1e6)
            first_answers = []
            for _ in range(max(10, samples // 5)):
                began = now_ns()
                fresh = socket(zmq.REQ, way)
                fresh.connect(control)
                ask(fresh, {"command": "info"})
                first_answers.append((now_ns() - began) / 1e6)
                fresh.close()
            follower = socket(zmq.SUB, way)
            follower.setsockopt(zmq.SUBSCRIBE, b"")
            follower.connect(events)
            time.sleep(0.5)  # the subscription reaches the agent
            to_event = []
            for i in range(max(10, samples // 5)):
                name = programs[i % len(programs)].name
                mark = len(supervisor.events)
                began = now_ns()
                ask(steady, {"command": "restart", "name": name})
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
            figures[way] = {"round_trip": Figure(round_trips, "ms"),
                            "first_answer": Figure(first_answers, "ms"),
                            "to_event": Figure(to_event, "ms")}
            steady.close()
            follower.close()
    finally:
        bench.close(supervisor)
    for key, title in (("round_trip", "control request round trip, connected socket"),
                       ("first_answer", "new connection → first answer (a zlauncherctl command)"),
                       ("to_event", "restart request → its event at a subscriber")):
        ours, base = figures["tcp"][key], figures["ipc"][key]
        bench.add(Row(f"remote_{key}", f"{title}, agent over loopback tcp + CURVE", ours, None,
                      "(information)", None,
                      f"the same launcher's ipc endpoint, same run: {fmt(base.median, 'ms')} / "
                      f"{fmt(base.p95, 'ms')}; tcp ÷ ipc (medians) "
                      f"{ours.median / base.median:.2f}"))


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
                figures[label] = bench.idle(window, idle_seconds, slices)
            finally:
                bench.close(window)
        # An agent that refused the window would make this the figure of a window alone.
        for agent in agents:
            refusals = [line for line in (agent.dir / "zlauncher.stderr").read_text().splitlines()
                        if "refused" in line]
            if refusals:
                raise BenchError(f"{agent.tag} refused the window: {refusals[0]}")
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


def run_ingest(bench: Bench, blasters: int, blast_ms: int, rounds: int) -> None:
    try:
        figures = bench.ingest(blasters, blast_ms, rounds)
    except BenchError as error:
        bench.notes.append(f"heartbeat ingest not measured: {error}")
        log(f"heartbeat ingest not measured: {error}")
        return
    bench.details["ingest"] = {k: v.to_json() for k, v in figures.items()}
    ratio = figures["ratio"]
    bench.add(Row("ingest", f"heartbeat ingest, headless ({blasters} senders)", figures["ours"],
                  None, "≥ 0.5 × bare SUB", ratio.median >= 0.5 and ratio.p95 >= 0.5,
                  f"bare libzmq SUB in the same run: {fmt(figures['bare'].median, '/s')} "
                  f"(p95 {fmt(figures['bare'].p95, '/s')}); ratio median {ratio.median:.2f}, "
                  f"p95 {ratio.p95:.2f}; supervisord has no heartbeats"))
    bench.add(Row("ingest_bare", "bare libzmq PUB → SUB drain, same senders", figures["bare"],
                  None, "(reference)"))
    bench.add(Row("ingest_cpu", "heartbeat ingest: CPU time per heartbeat taken in (all "
                  "threads)", figures["cpu_ours"], None, "(information)",
                  note=f"bare libzmq SUB: {fmt(figures['cpu_bare'].median, 'µs')} "
                       f"(p95 {fmt(figures['cpu_bare'].p95, 'µs')})"))


def run_gui(bench: Bench, runs: int, measure_ms: int) -> None:
    loaded = bench.gui_stall(100, 10, runs, measure_ms)
    calm = bench.gui_stall(100, 1000, max(1, runs // 2), measure_ms)
    bench.details["gui"] = {"loaded": loaded, "calm": calm}
    stall = Figure([r["maxGapUs"] / 1000 - 1 for r in loaded], "ms")
    rate = statistics.median(r["heartbeatsPerSecond"] for r in loaded)
    bench.add(Row("gui_stall", "GUI: longest stall of the GUI thread, 100 programs × 100 Hz",
                  stall, None, "≤ 16 ms", stall.median <= 16 and stall.p95 <= 16,
                  f"heartbeats taken in: {rate:,.0f}/s; p99.9 of the tick gaps "
                  f"{statistics.median(r['p999GapUs'] for r in loaded) / 1000:.2f} ms; "
                  f"CPU the GUI thread used within its longest gap: "
                  f"{statistics.median(r['maxGapCpuUs'] for r in loaded) / 1000:.2f} ms; "
                  "supervisord has no window"))
    bench.add(Row("gui_stall_calm", "GUI: longest stall, 100 programs × 1 Hz (floor)",
                  Figure([r["maxGapUs"] / 1000 - 1 for r in calm], "ms"), None, "(reference)"))
    # The window as a user keeps it open: 200 programs at 10 Hz, one program's output followed.
    followed = bench.gui_stall(200, 100, runs, measure_ms, follow_output=True)
    bench.details["gui"]["followed"] = followed
    followed_stall = Figure([r["maxGapUs"] / 1000 - 1 for r in followed], "ms")
    bench.add(Row("gui_stall_output", "GUI: longest stall, 200 programs × 10 Hz, output followed",
                  followed_stall, None, "≤ 50 ms",
                  followed_stall.median <= 50 and followed_stall.p95 <= 50,
                  "the Details dock on the Output tab of a program writing 100 lines/s"))


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
    floor = bench.gui_stall(200, 1000, runs, measure_ms)
    exec_probe = {"exec": ["/bin/true"], "periodMs": 1000, "timeoutMs": 5000}
    execs = bench.gui_stall(200, 1000, runs, measure_ms, probe=exec_probe)
    port = AcceptingPort()
    try:
        tcps = bench.gui_stall(200, 1000, runs, measure_ms,
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


def run_load(bench: Bench, sizes: list[int], repeat: int) -> None:
    """Loading a configuration of N programs, each depending on the one before (zlb_load): the
    launcher adding them beside the floor, ProgramStore parsing and validating the same file."""
    bench.details["load"] = {}
    for n in sizes:
        out = subprocess.run([str(bench.build / "bin" / "zlb_load"), "--programs", str(n),
                              "--repeat", str(repeat)],
                             stdout=subprocess.PIPE, text=True, check=True)
        result = json.loads(out.stdout)
        bench.details["load"][str(n)] = result
        ours = Figure(result["launcher"]["samples_ms"], "ms")
        floor = Figure(result["floor"]["samples_ms"], "ms")
        ratio_to_floor = ours.median / floor.median if floor.median > 0 else math.inf
        bench.add(Row(f"load_{n}", f"Load a configuration of {n:,} programs", ours, None,
                      "≤ 2× parsing it, < 1 s", ratio_to_floor <= 2 and ours.p95 < 1000,
                      f"÷ floor {ratio_to_floor:.2f} (floor: parsing and validating the file, "
                      f"median {fmt(floor.median, 'ms')}, p95 {fmt(floor.p95, 'ms')})"))


# --------------------------------------------------------------------------------------------
# The report


def machine(source: Optional[str] = None) -> dict[str, str]:
    model = "?"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        memory = meminfo.readline().split()[1]
    supervisord = subprocess.run([SUPERVISORD, "--version"], stdout=subprocess.PIPE, text=True)
    git = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return {"cpu": model, "cores": str(os.cpu_count()),
            "memory": f"{int(memory) / 1024 / 1024:.1f} GiB", "kernel": platform.release(),
            "python": platform.python_version(), "libzmq": zmq.zmq_version(),
            "supervisord": supervisord.stdout.strip(),
            "commit": source or (git.stdout.strip()
                                 + (" (with local changes)" if dirty.stdout.strip() else ""))}


def ratio(row: Row) -> str:
    if not row.ours or not row.theirs or row.theirs.median == 0 or row.ours.median <= 0:
        return "—"
    value = row.theirs.median / row.ours.median
    return f"{value:.1f}× faster" if value >= 1 else f"{1 / value:.1f}× slower"


def report(bench: Bench, started: datetime.datetime, seconds: float,
           info: dict[str, str]) -> str:
    lines = [f"Run of {started.strftime('%Y-%m-%d %H:%M')} UTC"
             f"{' (--quick: small samples, for a smoke test only)' if bench.quick else ''}, "
             f"{seconds / 60:.1f} min; build `{bench.build}` (Release) of {info['commit']}.",
             "",
             f"Machine: {info['cores']} × {info['cpu']}, {info['memory']}, Linux {info['kernel']}, "
             f"libzmq {info['libzmq']}, supervisord {info['supervisord']}, Python {info['python']}. "
             f"Exec and exit times: "
             f"{'kernel proc connector' if bench.events.available else bench.events.why_not}.",
             "",
             "| figure | zlauncher median / p95 | supervisord median / p95 | supervisord ÷ zlauncher "
             "(medians) | target | met |",
             "|---|---|---|---|---|---|"]
    for row in bench.rows:
        ours = f"{fmt(row.ours.median, row.ours.unit)} / {fmt(row.ours.p95, row.ours.unit)}" \
            if row.ours else "—"
        theirs = f"{fmt(row.theirs.median, row.theirs.unit)} / {fmt(row.theirs.p95, row.theirs.unit)}" \
            if row.theirs else "n/a"
        met = {True: "yes", False: "**no**", None: ""}[row.met]
        n = f" (n = {row.ours.n})" if row.ours else ""
        lines.append(f"| {row.title}{n} | {ours} | {theirs} | {ratio(row)} | {row.target} | {met} |")
    lines.append("")
    notes = [f"- {row.title}: {row.note}" for row in bench.rows if row.note]
    if notes or bench.notes:
        lines += ["Notes:", ""] + notes + [f"- {note}" for note in bench.notes] + [""]
    lines += ["Load average (1, 5, 15 min) as each part began:", ""]
    lines += [f"- {where}: {load}" for where, load in bench.load]
    lines.append("")
    return "\n".join(lines)


def update_doc(path: Path, text: str) -> None:
    document = path.read_text() if path.exists() else ""
    if DOC_BEGIN not in document or DOC_END not in document:
        raise SystemExit(f"zlbench: {path} has no {DOC_BEGIN} ... {DOC_END} section to replace")
    head, rest = document.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    path.write_text(f"{head}{DOC_BEGIN}\n{text}\n{DOC_END}{tail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build-bench"),
                        help="a Release build directory with bin/zlauncher and the bench programs")
    parser.add_argument("--quick", action="store_true", help="small samples: a smoke test")
    parser.add_argument("--only",
                        default="respawn,notify,start,containment,remote,hosts,ingest,gui,probes,"
                                "load",
                        help="comma-separated parts: respawn (N=50, hang, stop), notify (hang "
                             "of a libsystemd daemon beside a heartbeat program), start (N=200: "
                             "respawn, idle, start all), containment (N=200, cgroup beside "
                             "process groups), remote (an agent's tcp endpoints beside its ipc ones), "
                             "hosts (a window following 3 agents of 200 programs), "
                             "ingest, gui, load (N=200, 2000, 5000)")
    parser.add_argument("--source", help="say in the report which source was built (default: "
                        "this tree's git commit)")
    parser.add_argument("--report", help="write the markdown report here")
    parser.add_argument("--json", help="write every sample here")
    parser.add_argument("--update-doc", help="replace the figures section of this markdown file")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    unknown = parts - {"respawn", "notify", "start", "containment", "remote", "hosts", "ingest",
                       "gui", "probes", "load"}
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")

    bench = Bench(args)
    started = datetime.datetime.now(datetime.timezone.utc)
    info = machine(args.source)  # now: the tree may move on while the benchmark runs
    began = time.monotonic()
    if not bench.events.available:
        bench.notes.append(bench.events.why_not)
    quick = args.quick
    bench.note_load("start")
    interrupted = False
    try:
        if "respawn" in parts:
            run_respawn_and_control(bench, 50, 20 if quick else 100)
        if "notify" in parts:
            run_notify_hang(bench, 10 if quick else 30)
        if "start" in parts:
            run_start_all_and_idle(bench, 200, 20 if quick else 100, 10 if quick else 60,
                                   5 if quick else 12, 2 if quick else 10)
        if "containment" in parts:
            run_containment(bench, 200, 20 if quick else 100, 2 if quick else 10)
        if "remote" in parts:
            run_remote(bench, 50 if quick else 300)
        if "hosts" in parts:
            run_hosts(bench, 3, 200, 10 if quick else 60, 5 if quick else 12)
        if "ingest" in parts:
            run_ingest(bench, 2, 1000 if quick else 3000, 2 if quick else 10)
        if "gui" in parts:
            run_gui(bench, 2 if quick else 5, 3000 if quick else 15000)
        if "probes" in parts:
            run_probes(bench, 2 if quick else 5, 3000 if quick else 15000)
        if "load" in parts:
            run_load(bench, [200, 2000, 5000], 5 if quick else 21)
    except KeyboardInterrupt:
        interrupted = True
        bench.notes.append("interrupted: the figures are incomplete")
    finally:
        bench.close_all()
        bench.note_load("end")
    text = report(bench, started, time.monotonic() - began, info)
    print(text)
    if args.report:
        Path(args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(args.report).write_text(f"# zlauncher benchmark, {started.strftime('%Y-%m-%d %H:%M')} "
                                     f"UTC\n\n{text}")
        log(f"report written to {args.report}")
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": [
            {"key": r.key, "title": r.title, "ours": r.ours.to_json() if r.ours else None,
             "theirs": r.theirs.to_json() if r.theirs else None, "target": r.target,
             "met": r.met, "note": r.note} for r in bench.rows],
            "details": bench.details, "load": bench.load, "notes": bench.notes}, indent=1))
    if args.update_doc and not interrupted:
        update_doc(Path(args.update_doc), text)
        log(f"{args.update_doc} updated")
    shutil.rmtree(bench.work, ignore_errors=True)
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
