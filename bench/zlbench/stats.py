"""Statistics: a set of samples and how its figures are written."""
from __future__ import annotations

import dataclasses
import math
import statistics
from typing import Any, Optional


@dataclasses.dataclass
class Figure:
    """A set of samples of one quantity. lower_is_better decides which tail p95 names: for a
    time it is the 95th percentile, for a rate the 5th (the value 95 % of runs reach)."""

    samples: list[float]
    unit: str
    lower_is_better: bool = True

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples, reverse=not self.lower_is_better)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def worst(self) -> float:
        return max(self.samples) if self.lower_is_better else min(self.samples)

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "median": self.median, "p95": self.p95, "worst": self.worst,
                "unit": self.unit, "lower_is_better": self.lower_is_better,
                "samples": self.samples}


def fmt(value: Optional[float], unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.2f} ms" if abs(value) < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "%":
        return f"{value:.3f} %"
    if unit == "KiB":
        return f"{value:.0f} KiB"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "µs":
        return f"{value:.2f} µs"
    if unit == "/s":
        return f"{value:,.0f}/s"
    return f"{value:.3g} {unit}"


def median_over_p95(figure: Figure) -> str:
    """A figure as the report and the log write it: median / p95."""
    return f"{fmt(figure.median, figure.unit)} / {fmt(figure.p95, figure.unit)}"
