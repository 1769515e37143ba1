"""PM2 (npm's pm2, run by Node.js) as a supervisor session: its daemon in a PM2_HOME of the
session's own, the probes in fork mode, commands by the pm2 command or PM2's programmatic
API."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..common import BenchError, log, now_ns
from ..program import Program
from .base import Supervisor, unread_sub

if TYPE_CHECKING:
    from ..bench import Bench

NODE = "/usr/bin/node"
CONTROL_JS = Path(__file__).resolve().parent / "pm2_control.js"


class Pm2(Supervisor):
    """PM2 restarts a program that died after restart_delay (0 here, its default) and counts a
    death within min_uptime of the start as unstable, giving up after max_restarts of them:
    min_uptime 100 ms (zlauncher's minUptimeMs), max_restarts 1 000 000, restart_delay 0,
    no exponential backoff. Stop: PM2 sends SIGINT (its default kill signal; the probe exits
    on it as on SIGTERM), SIGKILL after kill_timeout (1.6 s by default, kept). Logs to
    /dev/null; no watch, no tree kill (the default)."""

    label = "PM2"

    def __init__(self, bench: "Bench", programs: list[Program], tag: str) -> None:
        super().__init__(bench, programs, tag)
        if bench.pm2 is None:
            raise BenchError("PM2 is not installed")
        self.package = bench.pm2
        runtime, heartbeat = self.private_heartbeat()
        self._sub = unread_sub(heartbeat)
        self.home = self.dir / "pm2home"
        self.home.mkdir()
        self.env = dict(os.environ, PM2_HOME=str(self.home), HOME=str(self.dir))
        self.ecosystem = self.dir / "ecosystem.json"
        self.ecosystem.write_text(json.dumps({"apps": [
            self._app(p, p.environment(heartbeat, runtime)) for p in programs]}, indent=1))
        self._api: Optional[subprocess.Popen[str]] = None
        self.started_ns = now_ns()
        try:
            self._pm2("start", str(self.ecosystem))
            self._daemon = int((self.home / "pm2.pid").read_text())
        except BaseException:
            # Not a session yet, so nobody else would end its daemon and programs.
            with contextlib.suppress(BenchError, subprocess.TimeoutExpired):
                self._pm2("kill")
            self.kill_leftovers()
            raise

    def _app(self, p: Program, environment: dict[str, str]) -> dict[str, object]:
        command = self.command(p)
        return {"name": p.name, "script": command[0], "args": command[1:],
                "interpreter": "none", "exec_mode": "fork", "autorestart": True,
                "restart_delay": 0, "min_uptime": 100, "max_restarts": 1000000,
                "out_file": "/dev/null", "error_file": "/dev/null", "env": environment}

    def _pm2(self, *arguments: str) -> None:
        result = subprocess.run(self.cli(*arguments), env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, timeout=180)
        if result.returncode != 0:
            raise BenchError(f"pm2 {' '.join(arguments)}: {result.stdout[-2000:]}")

    def cli(self, *arguments: str) -> list[str]:
        # The daemon is found through PM2_HOME, which a command must carry: without it pm2 would
        # start a daemon of its own in ~/.pm2.
        return ["/usr/bin/env", f"PM2_HOME={self.home}", NODE, str(self.package / "bin" / "pm2"),
                *arguments]

    @property
    def pid(self) -> int:
        return self._daemon

    def own_pids(self) -> list[int]:
        """The daemon (God): its programs are its children, nothing else runs."""
        return [self._daemon]

    def wait_ready(self, name: str, pid: int, timeout: float = 10) -> None:
        time.sleep(0.3)  # started is ready, once the probe has its signal handlers

    def has_control(self) -> bool:
        return True

    def has_ctl(self) -> bool:
        return True

    def cli_stop(self, name: str) -> list[str]:
        return self.cli("stop", name)

    def cli_start_all(self) -> list[str]:
        return self.cli("start", "all")

    def _request(self, line: str) -> None:
        """One command through PM2's programmatic API, in a Node.js process started once."""
        if self._api is None:
            self._api = subprocess.Popen([NODE, str(CONTROL_JS), str(self.package)],
                                         env=self.env, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True, bufsize=1)
            assert self._api.stdout is not None
            if (hello := self._api.stdout.readline().strip()) != "connected":
                raise BenchError(f"PM2's API did not connect: {hello}")
        assert self._api.stdin is not None and self._api.stdout is not None
        self._api.stdin.write(line + "\n")
        self._api.stdin.flush()
        if (reply := self._api.stdout.readline().strip()) != "ok":
            raise BenchError(f"PM2 refused {line}: {reply}")

    def api_stop(self, name: str) -> None:
        self._request(f"stop {name}")

    def api_start(self, name: str) -> None:
        self._request(f"start {name}")

    def api_start_all(self) -> None:
        self._request("start all")

    def api_stop_all(self) -> None:
        self._request("stop all")

    def close(self) -> None:
        if self._api is not None:
            self._api.stdin.close()  # type: ignore[union-attr]
            try:
                self._api.wait(10)
            except subprocess.TimeoutExpired:
                self._api.kill()
                self._api.wait()
            self._api.stdout.close()  # type: ignore[union-attr]
            self._api = None
        try:
            self._pm2("kill")  # stops every program, then the daemon
        except (BenchError, subprocess.TimeoutExpired) as error:
            log(f"pm2 kill failed: {error}; killing its daemon")
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._daemon, signal.SIGKILL)
        self.kill_leftovers()
        self._sub.close()
