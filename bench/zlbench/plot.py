"""The scaling curves of bench/run --scale as PNGs (matplotlib, Debian's python3-matplotlib):
one picture per measurement, zlauncher beside its floor against N on a log axis, the median
solid and the p95 dashed, each zlauncher median labelled with its ratio to the floor's.

Redraw from a run's JSON without running it again:

    cd bench && /usr/bin/python3 -m zlbench.plot ../bench/results/<run>.json [../docs/img]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: files only
import matplotlib.pyplot as plt  # noqa: E402 (the backend is chosen before pyplot loads)
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator  # noqa: E402

# measurement: (title, y-axis label, what the floor is)
CURVES: dict[str, tuple[str, str, str]] = {
    "respawn": ("Crash → respawn (SIGKILL → exec of the replacement)", "ms",
                "bare respawner (waitpid, posix_spawn)"),
    "start_all": ("Start all (control request → last exec)", "ms",
                  "bare spawner (posix_spawn each)"),
    "stop_all": ("Stop all (control request → last exit)", "ms",
                 "bare spawner (SIGTERM each)"),
    "idle_cpu": ("Idle CPU, every program beating at 1 Hz (headless)", "% of one core",
                 "coalescing libzmq SUB drain"),
    "idle_rss": ("Idle RSS of zlauncher + zlauncher-logd (when it runs)", "MiB",
                 "coalescing libzmq SUB drain"),
    "list": ("zlauncherctl list, round trip (process start to exit)", "ms",
             "zlauncherctl info (no program in the reply)"),
    "gui_stall": ("GUI thread's longest stall (window offscreen, table shown)", "ms",
                  "the same Qt event loop, no model"),
}
OURS_COLOUR = "#1f5fa8"
FLOOR_COLOUR = "#8a8a8a"
TARGET_COLOUR = "#c0392b"
RSS_TARGET_KIB = 100


def plot_scale(scale: dict[str, Any], directory: Path) -> list[Path]:
    """Draws every curve of the scale details into directory/scale-<measurement>.png."""
    directory.mkdir(parents=True, exist_ok=True)
    drawn = []
    for what, (title, unit, floor_label) in CURVES.items():
        sizes = [n for n in scale["sizes"] if what in scale["figures"].get(str(n), {})]
        if not sizes:
            continue  # not measured: the report's notes say why
        points = [scale["figures"][str(n)][what] for n in sizes]
        path = directory / f"scale-{what.replace('_', '-')}.png"
        _draw(sizes, points, title, unit, floor_label, path,
              scale.get("rss_slope_kib") if what == "idle_rss" else None)
        drawn.append(path)
    return drawn


def _draw(sizes: list[int], points: list[dict[str, Any]], title: str, unit: str,
          floor_label: str, path: Path, slope_kib: float | None) -> None:
    figure, axes = plt.subplots(figsize=(7.5, 4.6), dpi=110)
    values = [p[s][k] for p in points for s in ("zlauncher", "floor") for k in ("median", "p95")]
    scale = 1.0
    if unit == "ms" and max(values) > 5000:  # seconds read better than tens of thousands of ms
        unit, scale = "s", 1e-3
    for side, colour, label in (("zlauncher", OURS_COLOUR, "zlauncher"),
                                ("floor", FLOOR_COLOUR, f"floor: {floor_label}")):
        medians = [p[side]["median"] * scale for p in points]
        p95s = [p[side]["p95"] * scale for p in points]
        axes.plot(sizes, medians, "-o", color=colour, linewidth=2, markersize=5,
                  label=f"{label}, median")
        axes.plot(sizes, p95s, "--", color=colour, linewidth=1.3, label=f"{label}, p95")
    for n, p in zip(sizes, points):
        ours, floor = p["zlauncher"]["median"], p["floor"]["median"]
        if floor > 0:
            ratio = ours / floor
            axes.annotate(f"×{ratio:.2f}" if ratio < 10 else f"×{ratio:.0f}", (n, ours * scale),
                          textcoords="offset points", xytext=(0, 8), ha="center", fontsize=8,
                          color=OURS_COLOUR, bbox={"boxstyle": "round,pad=0.15", "fc": "white",
                                                   "ec": "none", "alpha": 0.85})
    if slope_kib is not None:
        _rss_target(axes, sizes, points, slope_kib)
    axes.text(0.99, 0.01, "×: zlauncher's median ÷ the floor's", transform=axes.transAxes,
              ha="right", va="bottom", fontsize=7.5, color=OURS_COLOUR)
    positive = [v for v in values if v > 0]
    if positive and max(positive) / min(positive) > 30:
        axes.set_yscale("log")
        axes.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        axes.yaxis.set_minor_locator(NullLocator())
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    else:
        axes.set_ylim(bottom=0)
    axes.set_xscale("log")
    axes.set_xticks(sizes)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    axes.xaxis.set_minor_locator(NullLocator())
    axes.set_xlabel("supervised programs, N (log scale)")
    axes.set_ylabel(unit)
    axes.set_title(title, fontsize=11)
    axes.grid(True, which="major", alpha=0.3)
    axes.legend(fontsize=8, loc="best", framealpha=0.9)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def _rss_target(axes: Any, sizes: list[int], points: list[dict[str, Any]],
                slope_kib: float) -> None:
    """The target's line: 100 KiB more per program from the first size of 200 or more."""
    start = next((i for i, n in enumerate(sizes) if n >= 200), None)
    if start is None:
        return
    n0, rss0 = sizes[start], points[start]["zlauncher"]["median"]
    along = sizes[start:]  # a straight line in N is a curve on the log axis: drawn point by point
    axes.plot(along, [rss0 + RSS_TARGET_KIB / 1024 * (n - n0) for n in along], ":",
              color=TARGET_COLOUR, linewidth=1.5,
              label=f"target: +{RSS_TARGET_KIB} KiB per program (measured slope "
                    f"{slope_kib:.0f} KiB)")


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    details = json.loads(Path(sys.argv[1]).read_text())["details"]
    directory = Path(sys.argv[2]) if len(sys.argv) == 3 else \
        Path(__file__).resolve().parent.parent.parent / "docs" / "img"
    for path in plot_scale(details["scale"], directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
