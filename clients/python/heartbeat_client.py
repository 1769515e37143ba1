#!/usr/bin/python3
"""A zlauncher client in Python, written from docs/protocol.md alone.

Beats every ZLAUNCHER_INTERVAL_MS on the launcher's heartbeat endpoint, answers "stop" and
"ping" on its control endpoint, and exits 0 on "stop", SIGTERM or SIGINT. With --legacy it
sends the legacy single-frame heartbeat (its name) instead of the ZLHB1 multipart form.
"""
import os
import signal
import sys
import time

import zmq


class Stop(Exception):
    pass


def on_signal(signum, frame):
    raise Stop()  # interrupts the poll at once


def main():
    legacy = sys.argv[1:] == ["--legacy"]
    if sys.argv[1:] and not legacy:
        print("usage: heartbeat_client.py [--legacy]", file=sys.stderr)
        return 2
    name = os.environ.get("ZLAUNCHER_NAME", "")
    heartbeat = os.environ.get("ZLAUNCHER_HEARTBEAT", "")
    control = os.environ.get("ZLAUNCHER_CONTROL", "")
    interval = int(os.environ.get("ZLAUNCHER_INTERVAL_MS", "1000")) / 1000.0
    if not name or not heartbeat:
        print("heartbeat_client.py: ZLAUNCHER_NAME and ZLAUNCHER_HEARTBEAT are needed", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    context = zmq.Context()
    publisher = context.socket(zmq.PUB)
    publisher.setsockopt(zmq.LINGER, 100)
    publisher.connect(heartbeat)
    poller = zmq.Poller()
    replier = None
    if control:
        replier = context.socket(zmq.REP)
        replier.setsockopt(zmq.LINGER, 100)
        replier.bind(control)
        poller.register(replier, zmq.POLLIN)
    print(f"{name}: started, pid {os.getpid()}", flush=True)

    start = next_beat = time.monotonic()
    sequence = 0
    status = b""
    try:
        while True:
            now = time.monotonic()
            if now >= next_beat:
                status = f"python, up {int(now - start)} s".encode()[:256]
                if legacy:
                    frames = [name.encode()]
                else:
                    frames = [b"ZLHB1", name.encode(), str(os.getpid()).encode(), str(sequence).encode(), status]
                try:
                    publisher.send_multipart(frames, zmq.NOBLOCK)
                except zmq.Again:
                    pass  # a lost beat is tolerated
                sequence += 1
                next_beat = max(next_beat + interval, now)
            ready = dict(poller.poll(max(0.0, next_beat - time.monotonic()) * 1000))
            if replier in ready:
                request = replier.recv_multipart()[0]
                if request == b"stop":
                    replier.send(b"ok")
                    break
                replier.send(b"pong " + status if request == b"ping" else b"error unknown-command")
    except Stop:
        pass
    print(f"{name}: stopping after {sequence} beats", flush=True)
    publisher.close()
    if replier is not None:
        replier.close()
    context.term()
    return 0


if __name__ == "__main__":
    sys.exit(main())
