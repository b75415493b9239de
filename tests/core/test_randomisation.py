"""core.analysis.randomisation (permutation test over firms) against a brute-force loop that
refits statsmodels' firm-clustered OLS for every re-assignment of firms, and the properties the
comparisons rely on: exact when few, seeded when many, interval = test inversion, side-symmetric,
degenerate data gives NaN rather than a crash; and compare() uses it only for firm groupings."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from core.analysis.comparisons import (
    LOW_POWER,
    P_PERMUTATION,
    P_WILD_BOOTSTRAP,
    SHARE_FEW_FIRMS,
    compare,
)
from core.analysis.randomisation import firm_randomisation_test


def survey(n_firms: int = 9, in_firms=(1, 4, 7), seed: int = 3, effect: float = 0.0,
           share: bool = False):
    """Unequal firms with firm effects; a firm-level group (``in_firms``)."""
    rng = np.random.default_rng(seed)
    firm = np.repeat(np.arange(n_firms), rng.integers(3, 10, n_firms))
    grp = np.isin(firm, in_firms)
    latent = rng.normal(size=n_firms)[firm] + rng.normal(size=len(firm)) + effect * grp
    y = (latent > 0.8).astype(float) if share else latent
    w = rng.uniform(0.5, 2.0, len(firm))
    return y, firm, grp, w


def statsmodels_abs_t(y, firm, in_firms, weights) -> float:
    """|t| of the group dummy in a WLS fit with CR1 firm-clustered errors (statsmodels)."""
    d = np.isin(firm, in_firms).astype(float)
    fit = sm.WLS(y, sm.add_constant(d), weights=weights).fit(
        cov_type="cluster", cov_kwds={"groups": firm})
    return abs(float(fit.tvalues[1]))


def brute_force_p(y, firm, in_firms, weights) -> float:
    """Share of all re-assignments of len(in_firms) firms whose |t| reaches the observed one."""
    firms = np.unique(firm)
    t0 = statsmodels_abs_t(y, firm, in_firms, weights)
    ts = [statsmodels_abs_t(y, firm, combo, weights)
          for combo in itertools.combinations(firms, len(in_firms))]
    return float(np.mean(np.array(ts) >= t0 * (1 - 1e-10)))


@pytest.mark.parametrize("share", [False, True])
def test_exact_p_equals_a_brute_force_refit_for_every_reassignment(share):
    y, firm, grp, w = survey(share=share)
    res = firm_randomisation_test(y, firm, grp, weights=w)
    assert res.exact and res.assignments == math.comb(9, 3)
    assert res.p_value == pytest.approx(brute_force_p(y, firm, (1, 4, 7), w), abs=1e-12)


def test_interval_bounds_are_where_the_shifted_test_stops_rejecting():
    y, firm, grp, w = survey(n_firms=11, in_firms=(0, 2, 5, 9), effect=1.5)
    res = firm_randomisation_test(y, firm, grp, weights=w)
    assert res.exact and res.ci_low < res.ci_high
    est = (np.average(y[grp], weights=w[grp]) - np.average(y[~grp], weights=w[~grp]))
    assert res.ci_low < est < res.ci_high
    in_firms = (0, 2, 5, 9)
    for bound, inward in ((res.ci_low, 1e-4), (res.ci_high, -1e-4)):
        shifted_in = y - (bound + inward) * grp
        shifted_out = y - (bound - inward) * grp
        assert brute_force_p(shifted_in, firm, in_firms, w) > 0.05
        assert brute_force_p(shifted_out, firm, in_firms, w) <= 0.05


def test_a_big_effect_is_found_and_no_effect_is_not():
    y, firm, grp, _ = survey(n_firms=40, in_firms=tuple(range(8)), effect=2.0, seed=8)
    assert firm_randomisation_test(y, firm, grp).p_value < 0.01
    y0, firm0, grp0, _ = survey(n_firms=40, in_firms=tuple(range(8)), effect=0.0, seed=8)
    assert firm_randomisation_test(y0, firm0, grp0).p_value > 0.05


def test_random_reassignments_are_seeded_and_counted():
    y, firm, grp, _ = survey(n_firms=60, in_firms=tuple(range(0, 60, 7)), seed=2)
    a = firm_randomisation_test(y, firm, grp, draws=999, seed=1)
    b = firm_randomisation_test(y, firm, grp, draws=999, seed=1)
    c = firm_randomisation_test(y, firm, grp, draws=999, seed=2)
    assert not a.exact and a.assignments == 999
    assert a == b
    assert a.p_value != c.p_value or a.ci_low != c.ci_low
    assert a.p_value >= 1 / 1000  # the observed assignment counts


def test_which_side_is_permuted_does_not_change_the_answer():
    y, firm, grp, w = survey()
    one = firm_randomisation_test(y, firm, grp, weights=w)
    other = firm_randomisation_test(y, firm, ~grp, weights=w)
    assert one.p_value == pytest.approx(other.p_value)
    assert (one.ci_low, one.ci_high) == pytest.approx((-other.ci_high, -other.ci_low))


def test_degenerate_data_gives_nan_not_a_crash():
    firm = np.repeat(np.arange(6), 4)
    grp = firm < 2
    assert np.isnan(firm_randomisation_test(np.ones(24), firm, grp).p_value)
    assert np.isnan(firm_randomisation_test(np.arange(24.0), firm, np.zeros(24, bool)).p_value)
    two_constants = np.where(grp, 1.0, 0.0)
    assert np.isnan(firm_randomisation_test(two_constants, firm, grp).p_value)
    # 2 of 4 firms: 6 assignments, the smallest p is 1/3: no interval bound can be reached
    res = firm_randomisation_test(np.arange(16.0), np.repeat(np.arange(4), 4),
                                  np.repeat(np.arange(4), 4) < 2)
    assert res.p_value >= 1 / 3 and np.isnan(res.ci_low) and np.isnan(res.ci_high)


def test_compare_permutes_firm_groups_and_bootstraps_groups_within_firms():
    y, firm, grp, _ = survey(n_firms=40, in_firms=tuple(range(8)), seed=4, share=True)
    by_firm = pd.Series(pd.Categorical(np.where(grp, "B", "A"), ["A", "B"]))
    out = compare(y, by_firm, firm, reference="A", scale="share").set_index("group")
    assert out.loc["B", "p_method"] == P_PERMUTATION
    direct = firm_randomisation_test(y, firm, grp)
    assert out.loc["B", "p_value"] == pytest.approx(direct.p_value)
    assert (out.loc["B", "diff_ci_low"], out.loc["B", "diff_ci_high"]) == pytest.approx(
        (direct.ci_low, direct.ci_high))
    # calibrated: no "a share's p-value can be too small" note on a permuted share
    assert out.loc["B", "p_note"] != SHARE_FEW_FIRMS

    rng = np.random.default_rng(0)
    within = pd.Series(pd.Categorical(np.where(rng.random(len(y)) < 0.5, "B", "A"), ["A", "B"]))
    small = firm < 9  # 9 firms: the small-cluster rule applies
    out = compare(y[small], within[small].reset_index(drop=True), firm[small], reference="A",
                  scale="share").set_index("group")
    assert out.loc["B", "p_method"] == P_WILD_BOOTSTRAP
    assert out.loc["B", "p_note"] == SHARE_FEW_FIRMS  # 9 firms: the bootstrap is not calibrated


def test_three_firm_groups_are_permuted_and_still_say_they_can_hardly_detect():
    y, firm, grp, _ = survey(n_firms=33, in_firms=(0, 1, 2), seed=6)
    group = pd.Series(pd.Categorical(np.where(grp, "B", "A"), ["A", "B"]))
    row = compare(y, group, firm, reference="A").set_index("group").loc["B"]
    assert row["p_method"] == P_PERMUTATION and row["p_note"] == LOW_POWER
    assert row["p_value"] >= 1 / math.comb(33, 3)
