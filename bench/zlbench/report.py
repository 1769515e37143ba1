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
from .stats import Figure, median_over_p95

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
    versions = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\\n", "s6", "runit"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    git = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return {"cpu": model, "cores": str(os.cpu_count()),
            "memory": f"{int(memory) / 1024 / 1024:.1f} GiB", "kernel": platform.release(),
            "python": platform.python_version(), "libzmq": zmq.zmq_version(),
            "supervisord": supervisord.stdout.strip(),
            "peers": ", ".join(versions.stdout.split("\n")[:-1]) or "s6 and runit not installed",
            "commit": source or (git.stdout.strip()
                                 + (" (with local changes)" if dirty.stdout.strip() else ""))}


def cost_ratio(ours: Optional[Figure], other: Optional[Figure]) -> str:
    """zlauncher's median over the other's, turned for rates (the other's over ours): below 1,
    zlauncher is ahead, whichever way the figure goes."""
    if ours is None or other is None:
        return "—"
    top, bottom = ((ours.median, other.median) if ours.lower_is_better
                   else (other.median, ours.median))
    if bottom == 0:
        return "—" if top == 0 else "∞"
    return f"{top / bottom:.2f}"


def best_peer(row: Row) -> tuple[str, Optional[Figure]]:
    """The peer (supervisord, s6, runit, PM2) with the best median, and its figure."""
    peers = dict(row.peers)
    if row.theirs is not None:
        peers["supervisord"] = row.theirs
    if not peers:
        return "", None
    lower = row.ours.lower_is_better if row.ours else next(iter(peers.values())).lower_is_better
    name = (min if lower else max)(peers, key=lambda peer: peers[peer].median)
    return name, peers[name]


def report(bench: Bench, started: datetime.datetime, seconds: float,
           info: dict[str, str]) -> str:
    lines = [f"Run of {started.strftime('%Y-%m-%d %H:%M')} UTC"
             f"{' (--quick: small samples, for a smoke test only)' if bench.quick else ''}, "
             f"{seconds / 60:.1f} min; build `{bench.build}` (Release) of {info['commit']}.",
             "",
             f"Machine: {info['cores']} × {info['cpu']}, {info['memory']}, Linux {info['kernel']}, "
             f"libzmq {info['libzmq']}, supervisord {info['supervisord']}, {info['peers']}, "
             f"{_pm2_version(bench)}, "
             f"Python {info['python']}. "
             f"Exec and exit times: "
             f"{'kernel proc connector' if bench.events.available else bench.events.why_not}.",
             "",
             "Ratios: zlauncher's median ÷ the floor's (the same work done by a bare program in "
             "the same run) and ÷ the best peer's (supervisord, s6, runit, PM2: whichever is best); "
             "for rates the other way round, so that below 1 zlauncher is ahead either way.",
             ""]
    main = [row for row in bench.rows if not row.peers]
    if main:
        lines += ["| figure | zlauncher median / p95 | supervisord median / p95 | floor median / "
                  "p95 | ÷ floor | ÷ best peer | target | met |",
                  "|---|---|---|---|---|---|---|---|"]
        lines += [_table_line(row) for row in main]
        lines.append("")
    every_peer = [row for row in bench.rows if row.peers]
    if every_peer:
        lines += _peers_table(every_peer) + _ratios_table(every_peer)
    notes = [f"- {row.title}: {row.note}" for row in bench.rows if row.note]
    if notes or bench.notes:
        lines += ["Notes:", ""] + notes + [f"- {note}" for note in bench.notes] + [""]
    lines += ["Load average (1, 5, 15 min) as each part began:", ""]
    lines += [f"- {where}: {load}" for where, load in bench.load]
    lines.append("")
    return "\n".join(lines)


def _pm2_version(bench: Bench) -> str:
    if bench.pm2 is None:
        return "no PM2"
    package = json.loads((bench.pm2 / "package.json").read_text())
    node = subprocess.run(["node", "--version"], stdout=subprocess.PIPE, text=True)
    return f"PM2 {package['version']} (Node.js {node.stdout.strip().lstrip('v')})"


def _cell(figure: Optional[Figure], missing: str = "n/a") -> str:
    return median_over_p95(figure) if figure else missing


def _table_line(row: Row) -> str:
    met = {True: "yes", False: "**no**", None: ""}[row.met]
    n = f" (n = {row.ours.n})" if row.ours else ""
    floor = f"{_cell(row.floor)} ({row.floor_label})" if row.floor and row.floor_label else \
        _cell(row.floor, "—")
    peer, figure = best_peer(row)
    versus = f"{cost_ratio(row.ours, figure)} ({peer})" if figure else "—"
    return (f"| {row.title}{n} | {_cell(row.ours, '—')} | {_cell(row.theirs)} | {floor} | "
            f"{cost_ratio(row.ours, row.floor)} | {versus} | {row.target} | {met} |")


def _peers_table(rows: list[Row]) -> list[str]:
    """The rows measured under every supervisor: one column each, medians / p95."""
    names = list(dict.fromkeys(peer for row in rows for peer in row.peers))  # as measured
    lines = ["The same figures under every supervisor, in one run (medians / p95):", "",
             "| figure | zlauncher | floor | ÷ floor | supervisord | "
             + " | ".join(names) + " | ÷ best peer |",
             "|---|---|---|---|---|" + "---|" * len(names) + "---|"]
    for row in rows:
        peer, figure = best_peer(row)
        n = f" (n = {row.ours.n})" if row.ours else ""
        lines.append(f"| {row.title}{n} | {_cell(row.ours, '—')} | {_cell(row.floor, '—')} | "
                     f"{cost_ratio(row.ours, row.floor)} | {_cell(row.theirs)} | "
                     + " | ".join(_cell(row.peers.get(name)) for name in names)
                     + f" | {cost_ratio(row.ours, figure)}{f' ({peer})' if peer else ''} |")
    lines.append("")
    return lines


def _ratios_table(rows: list[Row]) -> list[str]:
    """zlauncher ÷ each of them, medians."""
    names = list(dict.fromkeys(peer for row in rows for peer in row.peers))
    lines = ["zlauncher ÷ each (medians; below 1 zlauncher is ahead):", "",
             "| figure | ÷ floor | ÷ supervisord | " + " | ".join(f"÷ {name}" for name in names)
             + " |", "|---|---|---|" + "---|" * len(names)]
    for row in rows:
        lines.append(f"| {row.title} | {cost_ratio(row.ours, row.floor)} | "
                     f"{cost_ratio(row.ours, row.theirs)} | "
                     + " | ".join(cost_ratio(row.ours, row.peers.get(name)) for name in names)
                     + " |")
    lines.append("")
    return lines


def write_report(path: Path, started: datetime.datetime, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# zlauncher benchmark, {started.strftime('%Y-%m-%d %H:%M')} UTC\n\n{text}")


def write_json(path: Path, bench: Bench) -> None:
    """Every sample of every row, and what the report does not show (details)."""
    path.write_text(json.dumps({"rows": [
        {"key": r.key, "title": r.title, "ours": r.ours.to_json() if r.ours else None,
         "theirs": r.theirs.to_json() if r.theirs else None, "target": r.target,
         "met": r.met, "note": r.note, "floor": r.floor.to_json() if r.floor else None,
         "floor_label": r.floor_label,
         "peers": {peer: figure.to_json() for peer, figure in r.peers.items()},
         "ratio_to_floor": cost_ratio(r.ours, r.floor),
         "ratio_to_best_peer": cost_ratio(r.ours, best_peer(r)[1]),
         "best_peer": best_peer(r)[0]} for r in bench.rows],
        "details": bench.details, "load": bench.load, "notes": bench.notes}, indent=1))


def update_doc(path: Path, text: str) -> None:
    document = path.read_text() if path.exists() else ""
    if DOC_BEGIN not in document or DOC_END not in document:
        raise SystemExit(f"zlbench: {path} has no {DOC_BEGIN} ... {DOC_END} section to replace")
    head, rest = document.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    path.write_text(f"{head}{DOC_BEGIN}\n{text}\n{DOC_END}{tail}")
