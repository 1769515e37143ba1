"""What every module of the suite shares: where things are, the clock, the log, the error."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SUPERVISORD = "/usr/bin/supervisord"
SUPERVISORCTL = "/usr/bin/supervisorctl"
# The launcher drains its heartbeats in coalesced batches: it wakes on the socket, reads all
# that is queued, then holds further reads this long while beats keep coming. The drain floor
# (zlb_drain --coalesce-ms) uses the same window.
HEARTBEAT_WINDOW_MS = 10


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class BenchError(RuntimeError):
    """A measurement could not be taken; the message says why."""


def write_curve_key(path: Path, public: bytes, secret: bytes | None = None) -> None:
    """A CURVE key file as zlauncherctl keygen writes it (ZPL): the public key, and the secret
    one when given, private to the user."""
    text = f"metadata\ncurve\n    public-key = \"{public.decode()}\"\n"
    if secret is not None:
        text += f"    secret-key = \"{secret.decode()}\"\n"
    path.write_text(text)
    os.chmod(path, 0o600 if secret is not None else 0o644)
