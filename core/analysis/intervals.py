"""Confidence intervals for shares that stay in [0, 1] and never collapse at 0/n or n/n.

Why not the Wald interval mean ± t(G−1)·se that every other mean gets: for a share it leaves
[0, 1] (0.93 ± … → [0.781, 1.086]) and has zero width whenever the clustered SE is 0, which is
exactly what happens at 0 of n or n of n (0 of 15 workers in 6 firms → [0, 0]). In simulation at a
true share of 0.05 with 6 firms it covers 59 % for a nominal 95 % (benchmarks/bench_share_coverage.py).

Worker shares (clustered by firm): **Korn & Graubard (1998)**, the Clopper–Pearson interval on the
design-effective sample size, with their degrees-of-freedom adjustment. It is what Stata's
``svy: proportion, citype(exact)`` and R survey's ``svyciprop(method="beta")`` report, is always
inside [0, 1], has positive width at 0/n and n/n, and is the interval Korn & Graubard, and Dean &
Pagano (2015), found to keep its nominal coverage with few clusters and rare outcomes (Wald and
logit intervals under-cover there). Steps, for a share p with clustered SE se from n workers in G
firms:

1. n_eff = p(1 − p) / se², capped at n (a design effect below 1 is noise, not information, as
   Korn & Graubard recommend); n_eff = n when p is 0 or 1 or se is 0 or unknown (no estimate of
   the design effect exists there; the interval then is the plain Clopper–Pearson one of n
   workers, shrunk by step 2);
2. n* = n_eff · (t_{n−1} / t_{G−1})², with the two-sided 1 − α/2 quantiles of Student's t: the
   fewer firms, the smaller n* and the wider the interval;
3. x = p · n* (need not be an integer), lower = Beta(α/2; x, n* − x + 1) (0 when x = 0),
   upper = Beta(1 − α/2; x + 1, n* − x) (1 when x = n*).

R survey's ``svyciprop(method="beta")`` computes steps 2–3 exactly so (its n.eff is uncapped and
undefined at p ∈ {0, 1}; steps 1's cap and fallback follow Stata's ``svypd`` (Biostat Global) and
Korn & Graubard's truncation).

Coverage (benchmarks/bench_share_coverage.py, 10,000 samples per setting, 6/10/30 firms of 5–25
workers, true shares 0.05 and 0.12, logit-scale ICC 0.05–0.20): 95.3–99.8 % (Wald t: 87.7–94.4 %,
up to 3.3 % zero-width). It is conservative with 6 firms (≈ 99 %). Under a much stronger
clustering (ICC 0.20 on the 0/1 scale, i.e. a latent ICC of 0.51 at a share of 0.05) it falls to
91.7–92.5 % at 10 and 30 firms: few positive firms make the SE, hence n_eff, too optimistic.

Where no interval exists — no workers (n = 0), or fewer than 2 firms (G − 1 < 1 degrees of
freedom) — the bounds are NaN: the caller shows the share without a range and says why ("range
not estimable: fewer than 2 firms").

Firm shares (firms are the units, no clustering): the Wilson score interval, closed form
(:func:`wilson_interval`, identical to statsmodels' ``proportion_confint(method="wilson")``
without its 0.7 s import); weighted firm shares use it on Kish's effective n
(:func:`weighted_wilson`, :func:`kish_effective_n`).

References: Korn, E.L. and Graubard, B.I. (1998) "Confidence intervals for proportions with small
expected number of positive counts estimated from survey data", Survey Methodology 24(2), 193–201.
Dean, N. and Pagano, M. (2015) "Evaluating confidence interval methods for binomial proportions in
clustered surveys", Journal of Survey Statistics and Methodology 3(4), 484–503. Wilson, E.B.
(1927) JASA 22, 209–212. Kish, L. (1965) Survey Sampling, Wiley.
"""

from __future__ import annotations

import numpy as np

SHARE_CI_METHOD = "korn_graubard"
"""``ci_method`` of a worker share's interval (:func:`share_interval`)."""
WILSON_CI_METHOD = "wilson"
"""``ci_method`` of a firm share's interval (:func:`wilson_interval`, :func:`weighted_wilson`)."""


def t_two_sided(df: np.ndarray, alpha: float = 0.05) -> np.ndarray:
    """Student's t quantile 1 − α/2 (NaN where df < 1)."""
    from core.analysis.exact_tests import t_ppf

    df = np.asarray(df, dtype=float)
    out = np.full(df.shape, np.nan)
    ok = df >= 1
    if ok.any():
        out[ok] = t_ppf(1.0 - alpha / 2.0, df[ok])
    return out


def _z(alpha: float) -> float:
    from scipy.special import ndtri

    return float(ndtri(1.0 - alpha / 2.0))


def clopper_pearson(x: np.ndarray, n: np.ndarray, alpha: float = 0.05
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Clopper–Pearson bounds for x "successes" of n (both may be non-integer, 0 ≤ x ≤ n):
    the beta quantiles of R's ``binom.test``; 0 / 1 at x = 0 / x = n; NaN where n ≤ 0."""
    from scipy.special import betaincinv

    x, n = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(n, dtype=float))
    ok = np.isfinite(x) & np.isfinite(n) & (n > 0)
    low = np.full(x.shape, np.nan)
    high = np.full(x.shape, np.nan)
    xs = np.clip(np.where(ok, x, 0.0), 0.0, np.where(ok, n, 1.0))
    ns = np.where(ok, n, 1.0)
    pos = ok & (xs > 0)
    below = ok & (xs < ns)
    with np.errstate(invalid="ignore", divide="ignore"):
        low[ok] = 0.0
        low[pos] = betaincinv(xs[pos], ns[pos] - xs[pos] + 1.0, alpha / 2.0)
        high[ok] = 1.0
        high[below] = betaincinv(xs[below] + 1.0, ns[below] - xs[below], 1.0 - alpha / 2.0)
    return low, high


def effective_n(share: np.ndarray, se: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Step 1 of :func:`share_interval`: p(1 − p)/se² capped at n; n where p ∈ {0, 1} or se is
    0 or unknown."""
    p, se, n = np.broadcast_arrays(np.asarray(share, dtype=float), np.asarray(se, dtype=float),
                                   np.asarray(n, dtype=float))
    interior = (p > 0) & (p < 1) & np.isfinite(se) & (se > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        design = np.where(interior, p * (1.0 - p) / np.where(interior, se, 1.0) ** 2, n)
    return np.minimum(design, n)


def share_interval(share: np.ndarray, se: np.ndarray, n: np.ndarray, n_clusters: np.ndarray,
                   alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Korn–Graubard interval of clustered shares, vectorised over groups (see module docstring).

    ``share``: the (weighted) share of workers; ``se``: its firm-clustered CR1 SE; ``n``: the
    number of workers; ``n_clusters``: the number of firms (df = n_clusters − 1). Always within
    [0, 1] and of positive width when n ≥ 1 and df ≥ 1; NaN where n == 0, df < 1 or the share is
    unknown (the caller shows no range there and says why).
    """
    p, se, n, g = np.broadcast_arrays(
        np.asarray(share, dtype=float), np.asarray(se, dtype=float),
        np.asarray(n, dtype=float), np.asarray(n_clusters, dtype=float))
    p = np.clip(p, 0.0, 1.0)  # rounding may give 1 + 1e-16 for an all-yes group
    n_eff = effective_n(p, se, n)
    t_n = t_two_sided(n - 1.0, alpha)
    t_df = t_two_sided(g - 1.0, alpha)
    # n − 1 = 0 (a single worker) has no t quantile; the ratio is then taken as 1
    ratio = np.where(np.isfinite(t_n), t_n, t_df) / t_df
    n_star = n_eff * ratio * ratio
    ok = np.isfinite(p) & (n >= 1) & (g >= 2) & np.isfinite(n_star) & (n_star > 0)
    low, high = clopper_pearson(np.where(ok, p * n_star, np.nan), np.where(ok, n_star, np.nan),
                                alpha)
    return low, high


def wilson_interval(successes: np.ndarray, n: np.ndarray, alpha: float = 0.05
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval, closed form (statsmodels' ``proportion_confint(method="wilson")``
    to 1e-12, without importing statsmodels); NaN where n == 0. ``n`` may be non-integer."""
    k, n = np.broadcast_arrays(np.asarray(successes, dtype=float), np.asarray(n, dtype=float))
    ok = np.isfinite(k) & np.isfinite(n) & (n > 0)
    ns = np.where(ok, n, 1.0)
    q = np.where(ok, k, 0.0) / ns
    z = _z(alpha)
    z2 = z * z
    denom = 1.0 + z2 / ns
    centre = (q + z2 / (2.0 * ns)) / denom
    half = z * np.sqrt(np.maximum(q * (1.0 - q), 0.0) / ns + z2 / (4.0 * ns * ns)) / denom
    low = np.where(ok, np.clip(centre - half, 0.0, 1.0), np.nan)
    high = np.where(ok, np.clip(centre + half, 0.0, 1.0), np.nan)
    return low, high


def weighted_wilson(share: np.ndarray, n_eff: np.ndarray, alpha: float = 0.05
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Wilson interval of a weighted firm share on Kish's effective n (:func:`kish_effective_n`):
    unequal weights carry less information than as many equal ones, so the interval widens by
    the weighting's design effect. NaN where n_eff ≤ 0 or the share is unknown."""
    p, n_eff = np.broadcast_arrays(np.clip(np.asarray(share, dtype=float), 0.0, 1.0),
                                   np.asarray(n_eff, dtype=float))
    return wilson_interval(p * n_eff, n_eff, alpha)


def kish_effective_n(weights: np.ndarray, groups: np.ndarray | None = None,
                     n_groups: int | None = None) -> np.ndarray | float:
    """Kish's effective sample size (Σw)²/Σw² over the positive finite weights: of all of them
    (a float) or per group code 0..n_groups−1 (an array; 0 for an empty group, codes < 0 ignored)."""
    w = np.asarray(weights, dtype=float)
    ok = np.isfinite(w) & (w > 0)
    if groups is None:
        s1, s2 = w[ok].sum(), (w[ok] ** 2).sum()
        return float(s1 * s1 / s2) if s2 > 0 else 0.0
    codes = np.asarray(groups)
    ok &= codes >= 0
    k = int(n_groups) if n_groups is not None else (int(codes[ok].max()) + 1 if ok.any() else 0)
    s1 = np.bincount(codes[ok], weights=w[ok], minlength=k)
    s2 = np.bincount(codes[ok], weights=w[ok] ** 2, minlength=k)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(s2 > 0, s1 * s1 / np.where(s2 > 0, s2, 1.0), 0.0)


def no_variation(y: np.ndarray, valid: np.ndarray | None = None) -> bool:
    """Whether the compared workers (``valid`` rows of ``y``, NaN ignored) all have the same
    value — e.g. nobody in either group was promoted. Then a difference has no sampling
    variation to test and the caller reports "cannot test: no variation" instead of a p-value
    (which would be an artefact of rounding, e.g. 1e-13). True also for fewer than 2 values."""
    y = np.asarray(y, dtype=float)
    if valid is not None:
        y = y[np.asarray(valid, dtype=bool)]
    y = y[np.isfinite(y)]
    if len(y) < 2:
        return True
    first = y[0]
    return bool(np.max(np.abs(y - first)) <= 1e-12 * max(1.0, abs(first)))
