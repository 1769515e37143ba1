#!/usr/bin/python3
"""A daemon that speaks systemd's notify protocol, written from sd_notify(3) alone: no
libsystemd, nothing of zlauncher. Run it as a program of kind "notify"; it works the same under
systemd (Type=notify, WatchdogSec=).

Options, for trying each message:
  --ready-after MS    send READY=1 after MS (default 0)
  --ping-every MS     send WATCHDOG=1 every MS; default: half of $WATCHDOG_USEC, none without it
  --status TEXT       STATUS= sent with READY=1 (default "ready")
  --extend MS         EXTEND_TIMEOUT_USEC= for MS, sent at once (a slow start)
  --trigger-after MS  WATCHDOG=trigger after MS (a program that knows it is broken)
  --errno N           ERRNO=N sent with READY=1
  --send TEXT         a raw datagram sent after READY=1 ("\\n" for newlines)
  --marker FILE       FILE is created just before READY=1 is sent
SIGTERM: sends STOPPING=1, then exits 0.
"""
import os
import signal
import socket
import sys
import time


def notify(message):
    """sd_notify(3): one datagram to $NOTIFY_SOCKET; '@' starts an abstract address."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        sock.connect(address)
        sock.sendall(message.encode())
    return True


def option(name, default=None):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def main():
    stopping = False

    def on_term(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_term)

    extend_ms = option("--extend")
    if extend_ms:
        notify("EXTEND_TIMEOUT_USEC=%d" % (int(extend_ms) * 1000))
    time.sleep(int(option("--ready-after", "0")) / 1000.0)
    marker = option("--marker")
    if marker:
        open(marker, "w").close()
    ready = "READY=1\nSTATUS=" + option("--status", "ready")
    if option("--errno"):
        ready += "\nERRNO=" + option("--errno")
    notify(ready)
    raw = option("--send")
    if raw:
        notify(raw.replace("\\n", "\n"))

    watchdog_usec = int(os.environ.get("WATCHDOG_USEC", "0"))
    ping_ms = option("--ping-every")
    interval = int(ping_ms) / 1000.0 if ping_ms else watchdog_usec / 2e6
    trigger_ms = option("--trigger-after")
    trigger_at = time.monotonic() + int(trigger_ms) / 1000.0 if trigger_ms else None
    while not stopping:
        if trigger_at is not None and time.monotonic() >= trigger_at:
            notify("WATCHDOG=trigger")
            trigger_at = None
        if interval > 0:
            notify("WATCHDOG=1")
            time.sleep(interval)
        else:
            time.sleep(0.05)
    notify("STOPPING=1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
