"""Part "load": loading a configuration of many programs, beside parsing the same file."""
from __future__ import annotations

import json
import math
import subprocess

from ..bench import Bench, Row
from ..stats import Figure, fmt


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
                      f"median {fmt(floor.median, 'ms')}, p95 {fmt(floor.p95, 'ms')})",
                      floor=floor, floor_label="parsing the file"))
