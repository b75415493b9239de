"""Confidence intervals by test inversion: the nulls a resampling test does not reject.

Why a module: the wild cluster bootstrap (core.analysis.bootstrap) and the permutation test over
firms (core.analysis.randomisation) both report the interval of the values they would not reject
at ``alpha``, so the interval and the p-value always tell the same story (an interval that
excludes 0 has p < 0.05). Both need the same bracketing and bisection.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def invert_test(p_at: Callable[[float], float], estimate: float, se: float,
                alpha: float = 0.05) -> tuple[float, float]:
    """The interval {r : p_at(r) > alpha} by bisection on each side of ``estimate``, starting
    from a bracket of 2·``se`` widened (doubling) up to 12 times; a bound the test never reaches
    (too few clusters for any p-value to fall to ``alpha``) is NaN."""
    if not np.isfinite(se) or se <= 0 or not np.isfinite(estimate):
        return np.nan, np.nan
    bounds = []
    for direction in (-1.0, 1.0):
        inside, step = estimate, max(2.0 * se, 1e-12)
        outside = estimate + direction * step
        for _ in range(12):  # widen until the null is rejected
            if p_at(outside) <= alpha:
                break
            inside, outside = outside, outside + direction * step
            step *= 2.0
        else:
            bounds.append(np.nan)
            continue
        for _ in range(40):
            mid = 0.5 * (inside + outside)
            if p_at(mid) > alpha:
                inside = mid
            else:
                outside = mid
            if abs(outside - inside) <= 1e-7 * max(se, 1e-12):
                break
        bounds.append(0.5 * (inside + outside))
    return bounds[0], bounds[1]
