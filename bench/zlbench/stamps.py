"""The probes' stamp file: when each probe instance reached main(), and its blasts."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Callable, Iterable

from .common import BenchError


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
