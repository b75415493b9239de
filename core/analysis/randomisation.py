"""Randomisation inference over firms for a difference in (weighted) means between two groups of
firms: a studentised permutation test, and its interval by test inversion.

Why: when the grouping is a firm attribute (upgrading type, sector, country, ownership) and one
group has few firms while the other has many, the wild cluster restricted bootstrap still calls a
non-existent share difference "clear" too often: 9.9 % at a nominal 5 % with 6 firms against 100,
7.3 % with 10 (benchmarks/bench_calibration.py, share of 12 %, firm ICC 0.1–0.3). Re-assigning the
firms to the two groups at random, as if the group label were drawn by lot, gives the null
distribution of the same t-statistic without relying on the large group to stand in for the small
one's spread: 4.6 / 5.0 / 4.1 % at 3 / 6 / 10 firms against 100 on the same design. The
statistic is studentised (the difference over its firm-clustered standard error), which keeps the
test valid when firms differ in size and spread (Chung & Romano 2013; MacKinnon & Webb 2020,
"Randomization inference for difference-in-differences with few treated clusters").

It only applies when every firm belongs to exactly one of the groups; a worker-level grouping
(gender, skill group) mixes groups within firms and keeps the wild bootstrap.

What is computed, for the firms of the two groups (G firms, k of them on the smaller side,
the "side"), with per firm n_f = Σ w and S_f = Σ w·y:

- t = (m_side − m_rest) / √(a_side / N_side² + a_rest / N_rest²), m the weighted means,
  a = Σ_f (S_f − m·n_f)² over the side's firms (CR0; the CR1 factors are the same for every
  re-assignment, so they do not change the p-value);
- for each re-assignment (all C(G, k) when there are no more than ``draws``, else ``draws``
  random k-subsets, fixed seed) the same t; p = share of re-assignments with |t*| ≥ |t|,
  counting the observed one (so p ≥ 1/C or 1/(draws + 1));
- the interval: the shifts δ (side's outcomes moved by −δ) that the test does not reject at
  ``alpha``. Every sum above is a quadratic in δ, so a handful of per-draw sums give t*(δ) for
  every δ and the bisection costs O(draws) per trial value.

Validated in tests/core/test_randomisation.py against a brute-force loop that re-computes the
statistic with :func:`core.analysis.clustered.cluster_ols` for every re-assignment, and by
simulation in benchmarks/bench_calibration.py.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass

import numpy as np

DEFAULT_DRAWS = 9999
DEFAULT_SEED = 20261202
METHOD = "randomisation inference over firms (studentised), CI by test inversion"
_CHUNK_CELLS = 2_000_000
"""Re-assignments are processed in chunks of at most this many draw × side-firm cells."""


@dataclass(frozen=True)
class RandomisationResult:
    """The permutation test of one difference: p-value, interval and how they were made."""

    p_value: float
    ci_low: float
    ci_high: float
    assignments: int
    """Re-assignments used (including the observed one when ``exact``)."""
    exact: bool
    """Whether every possible re-assignment was used (no randomness at all)."""
    seed: int
    n_firms: int


@functools.lru_cache(maxsize=32)
def _assignments(n_firms: int, k: int, draws: int, seed: int) -> tuple[np.ndarray, bool]:
    """The re-assignments as a (draws × k) matrix of firm positions, and whether it is exact
    (every k-subset of the firms, when there are no more than ``draws``). Cached: an analysis
    tests many outcomes on the same groups of firms."""
    if math.comb(n_firms, k) <= draws:
        combos = np.array(list(itertools.combinations(range(n_firms), k)), dtype=np.int64)
        return combos.reshape(-1, k), True
    rng = np.random.default_rng([int(seed), n_firms, k])
    rows = []
    chunk = max(1, _CHUNK_CELLS // max(n_firms, 1))
    left = draws
    while left > 0:
        m = min(chunk, left)
        rows.append(np.argpartition(rng.random((m, n_firms)), k - 1, axis=1)[:, :k])
        left -= m
    return np.concatenate(rows).astype(np.int64), False


@dataclass(frozen=True)
class _SideSums:
    """Per re-assignment, the side's sums of the firm quantities that t*(δ) needs; and totals."""

    n: np.ndarray
    s: np.ndarray
    nd: np.ndarray
    ss: np.ndarray
    snd: np.ndarray
    nnd: np.ndarray
    sn: np.ndarray
    nn: np.ndarray
    total: np.ndarray  # the same eight sums over all firms

    @classmethod
    def of(cls, firm: np.ndarray, rows: np.ndarray) -> _SideSums:
        """``firm``: (G × 8) per-firm quantities; ``rows``: (B × k) firm positions."""
        sums = np.zeros((len(rows), firm.shape[1]))
        chunk = max(1, _CHUNK_CELLS // max(rows.shape[1], 1))
        for start in range(0, len(rows), chunk):
            sums[start:start + chunk] = firm[rows[start:start + chunk]].sum(axis=1)
        return cls(*sums.T, total=firm.sum(axis=0))

    def abs_t(self, delta: float) -> np.ndarray:
        """|t*| of every re-assignment after the observed side's outcomes moved by −δ."""
        diff, var = self.diff_var(delta)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.abs(diff) / np.sqrt(var)
        return np.where(np.isnan(t), 0.0, t)  # 0/0: a re-assignment with nothing to compare

    def diff_var(self, delta: float) -> tuple[np.ndarray, np.ndarray]:
        """Per re-assignment: side mean − rest mean, and its (CR0) variance, after the shift."""
        tot = self.total
        n1, n0 = self.n, tot[0] - self.n
        t1 = self.s - delta * self.nd
        t0 = (tot[1] - delta * tot[2]) - t1
        ss1 = self.ss - 2.0 * delta * self.snd + delta * delta * self.nnd
        sn1 = self.sn - delta * self.nnd
        ss_all = tot[3] - 2.0 * delta * tot[4] + delta * delta * tot[5]
        sn_all = tot[6] - delta * tot[5]
        ss0, sn0 = ss_all - ss1, sn_all - sn1
        nn1, nn0 = self.nn, tot[7] - self.nn
        with np.errstate(divide="ignore", invalid="ignore"):
            m1, m0 = t1 / n1, t0 / n0
            a1 = ss1 - 2.0 * m1 * sn1 + m1 * m1 * nn1
            a0 = ss0 - 2.0 * m0 * sn0 + m0 * m0 * nn0
            var = np.maximum(a1, 0.0) / (n1 * n1) + np.maximum(a0, 0.0) / (n0 * n0)
        return m1 - m0, var


def _firm_quantities(n: np.ndarray, s: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Columns n, S, n·D, S², S·n·D, n²·D, S·n, n² per firm (D: on the observed side)."""
    nd = n * d
    return np.column_stack([n, s, nd, s * s, s * nd, n * nd, s * n, n * n])


def firm_randomisation_test(y: np.ndarray, firm_codes: np.ndarray, in_group: np.ndarray, *,
                            weights: np.ndarray | None = None, draws: int = DEFAULT_DRAWS,
                            seed: int = DEFAULT_SEED, alpha: float = 0.05,
                            ci: bool = True) -> RandomisationResult:
    """Test H0: no difference between the workers of firms with ``in_group`` and the others, by
    re-assigning firms to the two groups; the interval is for mean(in_group) − mean(others).

    ``firm_codes`` label each row's firm (≥ 0); ``in_group`` is a per-row boolean constant within
    each firm (the caller checks the grouping is a firm attribute). Rows with a missing outcome or
    a non-positive weight must be filtered out before. Never raises on degenerate data: fewer than
    one firm per side, or no variation at all, give a NaN p-value and interval; an interval
    bound the test never reaches (few firms: the smallest attainable p-value is above ``alpha``)
    is NaN.
    """
    y = np.asarray(y, dtype=float)
    codes, firm_index = np.unique(np.asarray(firm_codes), return_inverse=True)
    n_firms = len(codes)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    n = np.bincount(firm_index, weights=w, minlength=n_firms)
    s = np.bincount(firm_index, weights=w * y, minlength=n_firms)
    firm_in = np.zeros(n_firms, dtype=bool)
    firm_in[firm_index[np.asarray(in_group, dtype=bool)]] = True
    n_in = int(firm_in.sum())
    nan = RandomisationResult(np.nan, np.nan, np.nan, 0, False, int(seed), n_firms)
    if n_in < 1 or n_in >= n_firms:
        return nan
    # Permute the smaller side (fewer, narrower draws); |t| is the same either way round.
    side = firm_in if n_in <= n_firms - n_in else ~firm_in
    sign = 1.0 if side is firm_in else -1.0
    k = int(side.sum())
    rows, exact = _assignments(n_firms, k, int(draws), int(seed))
    observed = _SideSums.of(_firm_quantities(n, s, side.astype(float)),
                            np.flatnonzero(side)[None, :])
    spread = float(np.ptp(y)) if len(y) else 0.0
    if not np.isfinite(observed.abs_t(0.0)[0]) or spread <= 1e-12 * max(1.0, np.abs(y).max()):
        return nan  # no variation, or two constant groups: any p-value would be an artefact
    sums = _SideSums.of(_firm_quantities(n, s, side.astype(float)), rows)

    def p_at(delta: float) -> float:
        t = float(observed.abs_t(delta)[0])
        hits = int(np.count_nonzero(sums.abs_t(delta) >= t * (1.0 - 1e-10)))
        return hits / len(rows) if exact else (1 + hits) / (1 + len(rows))

    p = p_at(0.0)
    low, high = (np.nan, np.nan)
    if ci:
        low, high = _invert(p_at, observed, alpha)
        if sign < 0:
            low, high = -high, -low
    return RandomisationResult(float(p), float(low), float(high), len(rows), exact, int(seed),
                               n_firms)


def _invert(p_at, observed: _SideSums, alpha: float) -> tuple[float, float]:
    """The interval {δ : p(δ) > alpha} (core.analysis.inversion), bracketed from the observed
    difference and its standard error."""
    from core.analysis.inversion import invert_test

    diff, var = observed.diff_var(0.0)
    return invert_test(p_at, float(diff[0]), float(np.sqrt(var[0])), alpha)
