"""Process events from the kernel: when each process was forked, exec'd and ended."""
from __future__ import annotations

import os
import select
import socket
import struct
import threading
import time
from typing import Optional

from .common import BenchError, log, now_ns


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
        # A process's first exec, when it has several: s6 and runit exec a ./run script that
        # execs the program; the first is the supervisor's work, the second the script's.
        self._first_exec: dict[int, int] = {}
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
                    self._take(data, body)
                offset += (length + 3) & ~3

    def _take(self, data: bytes, body: int) -> None:
        """Records the one proc_event at data[body:]."""
        what, _cpu, stamp = struct.unpack_from("=IIQ", data, body)
        pid = struct.unpack_from("=i", data, body + 16)[0]
        if what == self._PROC_EVENT_FORK:
            parent_tgid, child, child_tgid = struct.unpack_from("=iii", data, body + 20)
            if child == child_tgid:  # a process, not a thread
                with self._lock:
                    self._fork[child] = (parent_tgid, stamp)
                    # A reused pid (32768 of them, and parallel builds go round them in
                    # minutes): what an earlier process of that pid did is not this one's.
                    self._exec.pop(child, None)
                    self._first_exec.pop(child, None)
                    self._exit.pop(child, None)
        elif what == self._PROC_EVENT_EXEC:
            with self._lock:
                self._exec[pid] = stamp
                self._first_exec.setdefault(pid, stamp)
                self._lock.notify_all()
        elif what == self._PROC_EVENT_EXIT:
            tgid = struct.unpack_from("=i", data, body + 20)[0]
            if pid == tgid:  # the process, not one of its threads
                with self._lock:
                    self._exit[pid] = stamp
                    self._lock.notify_all()

    def close(self) -> None:
        self._stopped = True

    def exec_ns(self, pid: int, timeout: float = 2.0, first: bool = False,
                after_ns: int = 0) -> Optional[int]:
        """The time of pid's (latest, or first) exec, at or after after_ns (an earlier one is
        of another process of that pid whose successor's fork this thread has not read yet)."""
        if not self.available:
            return None
        execs = self._first_exec if first else self._exec
        deadline = time.monotonic() + timeout
        with self._lock:
            while pid not in execs or execs[pid] < after_ns:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._lock.wait(left)
            return execs[pid]

    def wait_exit(self, pid: int, timeout: float, pidfd: Optional[int] = None,
                  after_ns: int = 0) -> int:
        """The exit time of pid, at or after after_ns (as for exec_ns). Pass a pidfd opened
        before the exit could happen when the proc connector is unavailable."""
        deadline = time.monotonic() + timeout
        if self.available:
            with self._lock:
                while pid not in self._exit or self._exit[pid] < after_ns:
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
