"""Firm-level shares, Wilson CIs, tests and combinations, against hand formulas and scipy."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency, fisher_exact

from core.analysis.firm_stats import (
    category_distribution,
    contingency,
    difference_test,
    group_tests,
    type_combinations,
    type_shares,
    wilson_ci,
)


def wilson_by_hand(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


@pytest.mark.parametrize(("k", "n"), [(0, 5), (3, 10), (7, 7), (45, 160), (1, 1)])
def test_wilson_matches_hand_formula(k, n):
    low, high = wilson_ci(np.array([k]), np.array([n]))
    assert (low[0], high[0]) == pytest.approx(wilson_by_hand(k, n), abs=1e-12)


def test_wilson_with_no_known_firms_is_nan():
    low, high = wilson_ci(np.array([0]), np.array([0]))
    assert np.isnan(low[0]) and np.isnan(high[0])


def flags() -> pd.DataFrame:
    return pd.DataFrame({
        "process": pd.array([True, True, False, None, True, False, True, None], dtype="boolean"),
        "product": pd.array([False, True, False, False, None, None, False, False],
                            dtype="boolean"),
        "sector": pd.Categorical(["apparel", "apparel", "apparel", "apparel", "electronics",
                                  "electronics", "electronics", None]),
    })


def test_type_shares_count_only_known_firms():
    out = type_shares(flags(), ["process", "product"]).set_index("type")
    assert out.loc["process", ["n_firms", "n_known", "n_true"]].tolist() == [8, 6, 4]
    assert out.loc["process", "share"] == pytest.approx(4 / 6)
    assert (out.loc["process", "ci_low"], out.loc["process", "ci_high"]) == pytest.approx(
        wilson_by_hand(4, 6))
    by = type_shares(flags(), ["process"], by="sector", min_firms=3).set_index("group")
    assert by.loc["apparel", ["n_firms", "n_known", "n_true"]].tolist() == [4, 3, 2]
    assert by.loc["electronics", ["n_known", "n_true"]].tolist() == [3, 2]
    assert not by["suppressed"].any()
    assert type_shares(flags(), ["process"], by="sector", min_firms=4)["suppressed"].all()


def test_contingency_matches_crosstab():
    table, groups = contingency(flags()["process"], flags()["sector"])
    f = flags().dropna(subset=["process", "sector"])
    ref = pd.crosstab(f["sector"].astype(str), f["process"].astype(bool))
    assert groups == ["apparel", "electronics"]
    np.testing.assert_array_equal(table, ref.to_numpy())


def test_chi_square_against_scipy():
    rng = np.random.default_rng(3)
    g = pd.Categorical(rng.choice(["a", "b", "c"], 300))
    flag = pd.array(rng.random(300) < np.where(np.asarray(g) == "a", 0.6, 0.3), dtype="boolean")
    res = difference_test(pd.Series(flag), pd.Series(g))
    table = pd.crosstab(np.asarray(g), np.asarray(flag, dtype=bool)).to_numpy()
    ref = chi2_contingency(table, correction=False)
    assert res.test == "chi-square" and res.dof == 2
    assert res.statistic == pytest.approx(ref.statistic) and res.p_value == pytest.approx(
        ref.pvalue)


def test_fisher_for_sparse_two_by_two():
    group = pd.Series(pd.Categorical(["x"] * 6 + ["y"] * 6))
    flag = pd.Series(pd.array([True] * 5 + [False] + [True] + [False] * 5, dtype="boolean"))
    res = difference_test(flag, group)
    ref = fisher_exact([[1, 5], [5, 1]])
    assert res.test == "fisher" and res.p_value == pytest.approx(ref.pvalue)


def test_untestable_when_one_group_or_constant():
    group = pd.Series(pd.Categorical(["x"] * 4))
    flag = pd.Series(pd.array([True, False, True, None], dtype="boolean"))
    assert difference_test(flag, group).test == "none"
    group2 = pd.Series(pd.Categorical(["x", "x", "y", "y"]))
    const = pd.Series(pd.array([True] * 4, dtype="boolean"))
    assert np.isnan(difference_test(const, group2).p_value)


def test_group_tests_table():
    out = group_tests(flags(), ["process", "product", "missing"], ["sector", "country"])
    assert out["type"].tolist() == ["process", "product"]


def test_combinations():
    f = pd.DataFrame({
        "process": pd.array([True, True, False, True, None], dtype="boolean"),
        "product": pd.array([True, False, False, True, True], dtype="boolean"),
    })
    out = type_combinations(f, ["process", "product"]).set_index("combination")
    assert out.loc["process+product", "n_firms"] == 2
    assert out.loc["process", "n_firms"] == 1 and out.loc["none", "n_firms"] == 1
    assert out.loc["process+product", "share"] == pytest.approx(0.5)
    assert out.loc["incomplete (a type unknown)", "n_firms"] == 1


def test_category_distribution():
    f = pd.DataFrame({"bargaining_change": pd.Categorical(
        ["improved", "worse", None, "worse"], categories=["worse", "unchanged", "improved"])})
    out = category_distribution(f, "bargaining_change").set_index("value")
    assert out["n_firms"].to_dict() == {"worse": 2, "unchanged": 0, "improved": 1, "unknown": 1}
    assert out.loc["worse", "share"] == pytest.approx(2 / 3)
