"""Debian's supervisord as a supervisor session: the baseline zlauncher is measured beside."""
from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import time
import xmlrpc.client
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..common import SUPERVISORCTL, SUPERVISORD, BenchError, log, now_ns
from ..program import Program
from .base import Supervisor

if TYPE_CHECKING:
    from ..bench import Bench


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
        self.config.write_text("\n".join(
            [self._main_section(logs)] + [self._program_section(p, logs) for p in programs]))
        self.started_ns = now_ns()
        self._start()
        self.rpc = xmlrpc.client.ServerProxy("http://localhost",
                                             transport=UnixStreamTransport(self.socket_path))

    def _main_section(self, logs: Path) -> str:
        return f"""[unix_http_server]
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
"""

    def _program_section(self, p: Program, logs: Path) -> str:
        # startsecs=0: RUNNING at once, so a kill is always the plain respawn path;
        # stopwaitsecs is the stop grace (whole seconds only, so every grace here is).
        return f"""[program:{p.name}]
command={' '.join(self.command(p))}
autostart={'true' if p.autostart else 'false'}
autorestart=true
startsecs=0
startretries=1000000
stopsignal=TERM
stopwaitsecs={max(1, p.grace_ms // 1000)}
stdout_logfile={logs / (p.name + '.log')}
redirect_stderr=true
"""

    def _start(self) -> None:
        """Starts supervisord and waits for its socket."""
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
        # A stopped program is reaped on a later turn of supervisord's loop; until then it is
        # STOPPING and startProcess returns success without starting anything (spawn() sees a
        # pid): a start right after the exit waits for that turn.
        deadline = time.monotonic() + 30
        while self.rpc.supervisor.getProcessInfo(name)["statename"] == "STOPPING":
            if time.monotonic() > deadline:
                raise BenchError(f"supervisord: {name} still STOPPING 30 s after its exit")
            time.sleep(0.05)
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
