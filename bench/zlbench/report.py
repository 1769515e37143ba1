"""The report: the machine and build it ran on, the markdown table, the JSON of every sample,
and the figures section of docs/performance.md."""
from __future__ import annotations

import datetime
import json
import os
import platform
import subprocess
from pathlib import Path
from typing import Optional

import zmq

from .bench import Bench, Row
from .common import ROOT, SUPERVISORD
from .stats import median_over_p95

# The part of docs/performance.md that each run replaces.
DOC_BEGIN = "<!-- figures:begin (written by bench/run; edit the method above, not this) -->"
DOC_END = "<!-- figures:end -->"


def machine(source: Optional[str] = None) -> dict[str, str]:
    model = "?"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        memory = meminfo.readline().split()[1]
    supervisord = subprocess.run([SUPERVISORD, "--version"], stdout=subprocess.PIPE, text=True)
    git = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return {"cpu": model, "cores": str(os.cpu_count()),
            "memory": f"{int(memory) / 1024 / 1024:.1f} GiB", "kernel": platform.release(),
            "python": platform.python_version(), "libzmq": zmq.zmq_version(),
            "supervisord": supervisord.stdout.strip(),
            "commit": source or (git.stdout.strip()
                                 + (" (with local changes)" if dirty.stdout.strip() else ""))}


def ratio(row: Row) -> str:
    if not row.ours or not row.theirs or row.theirs.median == 0 or row.ours.median <= 0:
        return "—"
    value = row.theirs.median / row.ours.median
    return f"{value:.1f}× faster" if value >= 1 else f"{1 / value:.1f}× slower"


def report(bench: Bench, started: datetime.datetime, seconds: float,
           info: dict[str, str]) -> str:
    lines = [f"Run of {started.strftime('%Y-%m-%d %H:%M')} UTC"
             f"{' (--quick: small samples, for a smoke test only)' if bench.quick else ''}, "
             f"{seconds / 60:.1f} min; build `{bench.build}` (Release) of {info['commit']}.",
             "",
             f"Machine: {info['cores']} × {info['cpu']}, {info['memory']}, Linux {info['kernel']}, "
             f"libzmq {info['libzmq']}, supervisord {info['supervisord']}, Python {info['python']}. "
             f"Exec and exit times: "
             f"{'kernel proc connector' if bench.events.available else bench.events.why_not}.",
             "",
             "| figure | zlauncher median / p95 | supervisord median / p95 | supervisord ÷ zlauncher "
             "(medians) | target | met |",
             "|---|---|---|---|---|---|"]
    lines += [_table_line(row) for row in bench.rows]
    lines.append("")
    notes = [f"- {row.title}: {row.note}" for row in bench.rows if row.note]
    if notes or bench.notes:
        lines += ["Notes:", ""] + notes + [f"- {note}" for note in bench.notes] + [""]
    lines += ["Load average (1, 5, 15 min) as each part began:", ""]
    lines += [f"- {where}: {load}" for where, load in bench.load]
    lines.append("")
    return "\n".join(lines)


def _table_line(row: Row) -> str:
    ours = median_over_p95(row.ours) if row.ours else "—"
    theirs = median_over_p95(row.theirs) if row.theirs else "n/a"
    met = {True: "yes", False: "**no**", None: ""}[row.met]
    n = f" (n = {row.ours.n})" if row.ours else ""
    return f"| {row.title}{n} | {ours} | {theirs} | {ratio(row)} | {row.target} | {met} |"


def write_report(path: Path, started: datetime.datetime, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# zlauncher benchmark, {started.strftime('%Y-%m-%d %H:%M')} UTC\n\n{text}")


def write_json(path: Path, bench: Bench) -> None:
    """Every sample of every row, and what the report does not show (details)."""
    path.write_text(json.dumps({"rows": [
        {"key": r.key, "title": r.title, "ours": r.ours.to_json() if r.ours else None,
         "theirs": r.theirs.to_json() if r.theirs else None, "target": r.target,
         "met": r.met, "note": r.note} for r in bench.rows],
        "details": bench.details, "load": bench.load, "notes": bench.notes}, indent=1))


def update_doc(path: Path, text: str) -> None:
    document = path.read_text() if path.exists() else ""
    if DOC_BEGIN not in document or DOC_END not in document:
        raise SystemExit(f"zlbench: {path} has no {DOC_BEGIN} ... {DOC_END} section to replace")
    head, rest = document.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    path.write_text(f"{head}{DOC_BEGIN}\n{text}\n{DOC_END}{tail}")
