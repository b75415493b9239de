"""Share intervals: Korn–Graubard against a hand-worked case and Clopper–Pearson, Wilson against
statsmodels, and the properties the app relies on (inside [0, 1], never zero width)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import beta, t
from statsmodels.stats.proportion import proportion_confint

from core.analysis.comparisons import Thresholds, compare
from core.analysis.intervals import (
    SHARE_CI_METHOD,
    effective_n,
    kish_effective_n,
    no_variation,
    share_interval,
    weighted_wilson,
    wilson_interval,
)


def kg_by_hand(p: float, se: float, n: int, g: int, alpha: float = 0.05) -> tuple[float, float]:
    """Korn & Graubard (1998) step by step, as R survey's svyciprop(method="beta") writes it
    (n.eff <- p(1-p)/var; n.eff <- n.eff * (qt(a/2, n-1)/qt(a/2, df))^2; qbeta(...)), plus the
    truncation of n_eff at n."""
    n_eff = min(p * (1 - p) / se**2, n)
    n_eff *= (t.ppf(alpha / 2, n - 1) / t.ppf(alpha / 2, g - 1)) ** 2
    x = p * n_eff
    low = beta.ppf(alpha / 2, x, n_eff - x + 1) if x > 0 else 0.0
    high = beta.ppf(1 - alpha / 2, x + 1, n_eff - x) if x < n_eff else 1.0
    return low, high


# ---------------------------------------------------------------------- Korn–Graubard


def test_hand_worked_case() -> None:
    # p = 0.2, se = 0.05, 100 workers in 11 firms: n_eff = 0.16 / 0.0025 = 64,
    # n* = 64 · (t_99 / t_10)² = 64 · (1.984217 / 2.228139)² = 50.7544, x = 10.1509
    n_star = 64 * (1.9842169515864 / 2.2281388519863) ** 2
    assert n_star == pytest.approx(50.7544, abs=1e-4)
    low, high = share_interval(0.2, 0.05, 100, 11)
    assert low == pytest.approx(beta.ppf(0.025, 0.2 * n_star, 0.8 * n_star + 1), abs=1e-12)
    assert high == pytest.approx(beta.ppf(0.975, 0.2 * n_star + 1, 0.8 * n_star), abs=1e-12)
    assert (float(low), float(high)) == pytest.approx((0.1009, 0.3360), abs=1e-4)


@pytest.mark.parametrize(("p", "se", "n", "g"), [
    (0.2, 0.05, 100, 11), (0.05, 0.03, 90, 6), (0.93, 0.078, 40, 8), (0.5, 0.2, 12, 3),
    (0.01, 0.009, 300, 30), (0.7, 0.01, 50, 10),  # the last: design effect < 1, n_eff capped
])
def test_matches_step_by_step_formula(p: float, se: float, n: int, g: int) -> None:
    for alpha in (0.05, 0.1):
        got = share_interval(p, se, n, g, alpha)
        assert np.allclose(got, kg_by_hand(p, se, n, g, alpha), atol=1e-10)


def test_vectorised_equals_one_by_one() -> None:
    p = np.array([0.2, 0.0, 1.0, 0.05, 0.93])
    se = np.array([0.05, 0.0, 0.0, 0.03, 0.078])
    n = np.array([100, 15, 12, 90, 40])
    g = np.array([11, 6, 5, 6, 8])
    low, high = share_interval(p, se, n, g)
    for i in range(len(p)):
        lo1, hi1 = share_interval(p[i], se[i], n[i], g[i])
        assert (low[i], high[i]) == (lo1, hi1)


def test_simple_random_sample_is_clopper_pearson() -> None:
    # Every worker in their own firm with se² = p(1-p)/n: n_eff = n and df = n − 1, so the
    # interval is the exact binomial one of k of n (statsmodels' independent implementation).
    for k, n in [(1, 20), (7, 30), (13, 32), (29, 30)]:
        p = k / n
        got = share_interval(p, math.sqrt(p * (1 - p) / n), n, n)
        assert np.allclose(got, proportion_confint(k, n, alpha=0.05, method="beta"), atol=1e-10)


def test_zero_of_n_is_the_sample_case() -> None:
    # issue 12: promoted, 0 of 15 workers in 6 firms → Wald gave [0, 0]
    low, high = share_interval(0.0, 0.0, 15, 6)
    n_star = 15 * (t.ppf(0.975, 14) / t.ppf(0.975, 5)) ** 2
    assert low == 0.0
    assert high == pytest.approx(1 - 0.025 ** (1 / n_star), abs=1e-12)  # CP upper at x = 0
    assert high > 0.2


def test_share_near_one_stays_below_one() -> None:
    # issue 12: social insurance 0.93 ± … gave [0.781, 1.086]
    low, high = share_interval(0.93, 0.0529, 28, 6)
    assert 0 < low < 0.93 < high < 1


def test_bounded_and_never_zero_width() -> None:
    rng = np.random.default_rng(3)
    n = rng.integers(1, 400, 2000)
    g = np.minimum(rng.integers(2, 60, 2000), n + 1)
    p = rng.choice([0.0, 1.0, 0.5, 0.01, 0.99, 1e-9], 2000)
    p = np.where(rng.random(2000) < 0.5, rng.random(2000), p)
    se = np.where(rng.random(2000) < 0.2, 0.0, rng.random(2000) * 0.3)
    se[::97] = np.nan
    low, high = share_interval(p, se, n, g)
    assert np.isfinite(low).all() and np.isfinite(high).all()
    assert (low >= 0).all() and (high <= 1).all()
    assert (high - low > 1e-6).all()
    assert ((low <= p + 1e-12) & (p - 1e-12 <= high)).all()


@pytest.mark.parametrize("p", [0.0, 1.0])
def test_extremes_have_width(p: float) -> None:
    low, high = share_interval(np.full(3, p), 0.0, np.array([1, 10, 500]), np.array([2, 5, 40]))
    assert (high - low > 0).all()
    assert (low == 0).all() if p == 0 else (high == 1).all()


def test_monotone_in_alpha() -> None:
    p = np.array([0.0, 0.05, 0.3, 0.93, 1.0])
    se = np.array([0.0, 0.02, 0.08, 0.05, 0.0])
    n = np.array([15, 120, 60, 40, 20])
    g = np.array([6, 10, 8, 30, 4])
    widths = []
    previous = None
    for alpha in (0.01, 0.05, 0.1, 0.2):
        low, high = share_interval(p, se, n, g, alpha)
        if previous is not None:
            assert (low >= previous[0] - 1e-12).all() and (high <= previous[1] + 1e-12).all()
        previous = (low, high)
        widths.append(high - low)
    assert (np.diff(np.array(widths), axis=0) < 0).all()


def test_fewer_firms_widen() -> None:
    widths = [np.subtract(*share_interval(0.1, 0.03, 200, g)[::-1]) for g in (3, 6, 10, 30, 200)]
    assert all(a > b for a, b in itertools.pairwise(widths))


def test_not_estimable_is_nan() -> None:
    low, high = share_interval([0.5, 0.5, np.nan, 0.2], [0.1, 0.1, 0.1, np.nan],
                               [0, 20, 20, 30], [0, 1, 5, 1])
    assert np.isnan(low).all() and np.isnan(high).all()


def test_unknown_se_uses_n() -> None:
    # se NaN with ≥ 2 firms: no design effect to estimate, n_eff = n (then the df shrink)
    assert effective_n(0.3, np.nan, 50) == 50
    assert effective_n(0.3, 0.3 * 0.7, 50) == pytest.approx(0.21 / 0.0441)
    assert np.allclose(share_interval(0.3, np.nan, 50, 5), share_interval(0.3, 0.0, 50, 5))


def test_single_worker_group() -> None:
    low, high = share_interval(1.0, np.nan, 1, 2)
    assert low == pytest.approx(0.025) and high == 1.0  # Clopper–Pearson of 1 of 1


def test_compare_uses_it_for_shares() -> None:
    # 0 of 15 workers in 6 firms and a near-1 share in 6 firms (the sample's two artefacts)
    firm = np.r_[np.repeat(np.arange(6), [3, 2, 3, 2, 3, 2]), np.repeat(np.arange(6, 12), 5)]
    y = np.r_[np.zeros(15), np.ones(28), np.zeros(2)]
    group = pd.Series(pd.Categorical(["chain"] * 15 + ["none"] * 30))
    no_bootstrap = Thresholds(bootstrap_total_below=0, bootstrap_group_below=0)
    table = compare(y, group, firm, scale="share", reference="none", thresholds=no_bootstrap)
    assert (table["ci_method"] == SHARE_CI_METHOD).all()
    assert (table["ci_low"] >= 0).all() and (table["ci_high"] <= 1).all()
    assert (table["ci_high"] - table["ci_low"] > 0).all()


# ---------------------------------------------------------------------- Wilson


def test_wilson_matches_statsmodels() -> None:
    k = np.array([0, 3, 7, 45, 1, 0, 160, 12])
    n = np.array([5, 10, 7, 160, 1, 1, 160, 13])
    for alpha in (0.01, 0.05, 0.1):
        got = np.array(wilson_interval(k, n, alpha))
        want = np.array(proportion_confint(k, n, alpha=alpha, method="wilson"))
        assert np.abs(got - want).max() < 1e-12


def test_wilson_non_integer_and_empty() -> None:
    got = wilson_interval(np.array([2.5, 0.0]), np.array([7.3, 0.0]))
    want = proportion_confint(2.5, 7.3, method="wilson")
    assert np.allclose([got[0][0], got[1][0]], want, atol=1e-12)
    assert np.isnan(got[0][1]) and np.isnan(got[1][1])


def test_kish_and_weighted_wilson_by_hand() -> None:
    # firms with weights 1, 1, 2, 4; flags yes, no, yes, no: share = 3/8,
    # n_eff = (1+1+2+4)² / (1+1+4+16) = 64/22
    w = np.array([1.0, 1.0, 2.0, 4.0])
    flag = np.array([1.0, 0.0, 1.0, 0.0])
    n_eff = kish_effective_n(w)
    assert n_eff == pytest.approx(64 / 22)
    share = (w * flag).sum() / w.sum()
    z = 1.959963984540054
    centre = (share + z * z / (2 * n_eff)) / (1 + z * z / n_eff)
    half = z / (1 + z * z / n_eff) * math.sqrt(share * (1 - share) / n_eff
                                               + z * z / (4 * n_eff**2))
    low, high = weighted_wilson(share, n_eff)
    assert (float(low), float(high)) == pytest.approx((centre - half, centre + half), abs=1e-12)
    # equal weights: the plain Wilson interval of the counts
    assert np.allclose(weighted_wilson(3 / 10, kish_effective_n(np.full(10, 2.5))),
                       wilson_interval(3, 10), atol=1e-12)


def test_kish_per_group() -> None:
    w = np.array([1.0, 1.0, 2.0, 4.0, np.nan, 3.0, -1.0])
    codes = np.array([0, 0, 0, 0, 1, 1, 2])
    got = kish_effective_n(w, codes, 4)
    assert np.allclose(got, [64 / 22, 1.0, 0.0, 0.0])


# ---------------------------------------------------------------------- no variation


def test_no_variation() -> None:
    y = np.array([0.0, 0.0, 0.0, 0.0, np.nan, 1.0])
    assert no_variation(y, np.array([True, True, True, True, True, False]))
    assert not no_variation(y)
    assert no_variation(np.ones(20))
    assert no_variation(np.array([3.2, 3.2 + 1e-15, 3.2]))
    assert not no_variation(np.array([0.0, 0.0, 1.0]))
    assert no_variation(np.array([1.0]))  # fewer than 2 values: nothing to test
    assert no_variation(np.array([np.nan, np.nan]))
