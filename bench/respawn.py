#!/usr/bin/python3
"""Crash -> respawn latency of the headless launcher: SIGKILL of a supervised program to its
replacement's "starting" event (the launcher stamps events when it emits them, right after
startDetached returns). Prints median, p95 and max over N kills.

usage: bench/respawn.py BUILD_DIR [N]
"""
import datetime
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

build = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
work = tempfile.mkdtemp(prefix="zl-bench-")
config = os.path.join(work, "respawn.json")
with open(config, "w") as f:
    # Generous restart limits: this measures the respawn path, not the give-up policy.
    json.dump({"version": 1, "programs": [{
        "name": "victim", "program": os.path.join(build, "bin", "client1"),
        "heartbeatIntervalMs": 200, "minUptimeMs": 50, "maxRestarts": 100000}]}, f)
launcher = subprocess.Popen(
    [os.path.join(build, "bin", "zlauncher"), "--headless", "--events", "json",
     "--config", config, "--runtime-dir", os.path.join(work, "run")],
    stdout=subprocess.PIPE, text=True, env=dict(os.environ, XDG_STATE_HOME=work))


def wait_for(state):
    for line in launcher.stdout:
        event = json.loads(line)
        if event.get("program") == "victim" and event.get("state") == state:
            return event
    raise SystemExit("launcher exited")


pid = wait_for("running")["pid"]
latencies = []
for _ in range(count):
    time.sleep(0.1)
    killed_at = time.time()
    os.kill(pid, signal.SIGKILL)
    event = wait_for("starting")
    started_at = datetime.datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp()
    latencies.append((started_at - killed_at) * 1000)
    pid = event["pid"]
    wait_for("running")
launcher.send_signal(signal.SIGINT)
launcher.wait(10)
latencies.sort()
p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
print(f"respawn after SIGKILL: n={len(latencies)} median={statistics.median(latencies):.2f} ms "
      f"p95={p95:.2f} ms max={latencies[-1]:.2f} ms (launcher exit code {launcher.returncode})")
