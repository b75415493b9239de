"""How the values of a group are spread, as the box plots and histograms draw them: quartiles with
Tukey whiskers, and counts in shared bins. Written once so a chart and the JSON agree."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HISTOGRAM_BINS = 20


@dataclass(frozen=True)
class BoxStats:
    """Quartiles, median and Tukey whiskers (1.5 × IQR, clipped to the data) of finite values."""

    q1: float
    median: float
    q3: float
    low: float
    high: float
    n: int
    n_outliers: int

    def to_json(self) -> dict:
        return {"q1": self.q1, "median": self.median, "q3": self.q3, "low": self.low,
                "high": self.high, "n": self.n, "n_outliers": self.n_outliers}


def box_stats(values: np.ndarray) -> BoxStats | None:
    """The box of ``values`` (NaN and infinities left out); None when no value is finite."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return None
    q1, med, q3 = np.percentile(v, [25, 50, 75])
    iqr = q3 - q1
    low = float(v[v >= q1 - 1.5 * iqr].min())
    high = float(v[v <= q3 + 1.5 * iqr].max())
    return BoxStats(float(q1), float(med), float(q3), low, high, int(v.size),
                    int(((v < low) | (v > high)).sum()))


def histogram(groups: list[np.ndarray], bins: int = HISTOGRAM_BINS
              ) -> tuple[np.ndarray, list[np.ndarray]]:
    """Bin edges shared by every group (over all their finite values) and each group's counts."""
    finite = [np.asarray(v, dtype=float)[np.isfinite(v)] for v in groups]
    values = np.concatenate(finite) if finite else np.array([])
    if values.size == 0:
        return np.array([]), [np.array([], dtype=np.int64) for _ in groups]
    edges = np.histogram_bin_edges(values, bins=bins)
    return edges, [np.histogram(v, bins=edges)[0] for v in finite]


__all__ = ["HISTOGRAM_BINS", "BoxStats", "box_stats", "histogram"]
