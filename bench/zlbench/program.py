"""A supervised program: one zlb_probe (or tc_sdnotify) and how it is configured."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional


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
