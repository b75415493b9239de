"""The wild cluster restricted bootstrap (core.analysis.bootstrap) against R's fwildclusterboot,
against a slow draw-by-draw statsmodels reference, and inside compare()."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from core.analysis.bootstrap import (
    bootstrap_t_statistics,
    small_cluster_rule,
    wild_cluster_bootstrap,
)
from core.analysis.comparisons import NO_VARIATION, Thresholds, compare

DATA = Path(__file__).parent.parent / "data" / "wild_bootstrap"


def test_bootstrap_t_statistics_equal_fwildclusterboot_under_full_enumeration():
    """Published numbers: R's fwildclusterboot on wildboottest's test data (5 clusters, all 32
    Rademacher draws), see tests/data/wild_bootstrap/README.md."""
    df = pd.read_csv(DATA / "test_df.csv.gz")
    expected = pd.read_csv(DATA / "fwildclusterboot_t_boot.csv")["WCR11"].to_numpy()
    got = bootstrap_t_statistics(df["Y"], df[["intercept", "X1", "X2"]], df["cluster"], 1,
                                 draws=99999, weight_type="rademacher", small_sample=False)
    assert len(got) == 32
    np.testing.assert_allclose(np.sort(got), np.sort(expected), atol=1e-12)


def small_problem(seed: int = 1, n_clusters: int = 8):
    rng = np.random.default_rng(seed)
    cl = np.repeat(np.arange(n_clusters), rng.integers(3, 9, n_clusters))
    n = len(cl)
    grp = (cl >= n_clusters // 2).astype(float)
    x2 = rng.normal(size=n)
    y = 0.3 * grp + 0.5 * x2 + rng.normal(size=n_clusters)[cl] + rng.normal(size=n)
    X = np.column_stack([np.ones(n), grp, x2])
    return y, X, cl, rng.uniform(0.5, 2.0, n)


def slow_reference_p(y, X, cl, w, column: int) -> float:
    """Every Rademacher sign vector, a statsmodels WLS cluster fit per draw (the textbook WCR)."""
    def t_of(yy):
        fit = sm.WLS(yy, X, weights=w).fit(cov_type="cluster", cov_kwds={"groups": cl},
                                            use_t=True)
        return fit.params[column] / fit.bse[column]

    others = [c for c in range(X.shape[1]) if c != column]
    restricted = sm.WLS(y, X[:, others], weights=w).fit()
    fitted, resid = restricted.fittedvalues, y - restricted.fittedvalues
    t0 = abs(t_of(y))
    G = len(np.unique(cl))
    hits = 0
    for code in range(2 ** G):
        v = np.array([1.0 if code >> g & 1 else -1.0 for g in range(G)])
        hits += abs(t_of(fitted + resid * v[cl])) >= t0 * (1 - 1e-10)
    return hits / 2 ** G


def test_p_value_equals_the_draw_by_draw_reference_with_weights():
    y, X, cl, w = small_problem()
    res = wild_cluster_bootstrap(y, X, cl, 1, weights=w, weight_type="rademacher", ci=False)
    assert res.draws == 256 and res.weight_type == "rademacher"
    assert res.p_value == pytest.approx(slow_reference_p(y, X, cl, w, 1), abs=1e-12)


def test_webb_weights_with_few_clusters_fixed_seed_and_interval_by_inversion():
    y, X, cl, _ = small_problem(n_clusters=8)
    a = wild_cluster_bootstrap(y, X, cl, 1)
    b = wild_cluster_bootstrap(y, X, cl, 1)
    assert a == b and a.weight_type == "webb" and a.draws == 9999
    assert 0.0 <= a.p_value <= 1.0
    beta = np.linalg.lstsq(X, y, rcond=None)[0][1]
    assert a.ci_low < beta < a.ci_high
    for bound in (a.ci_low, a.ci_high):  # the bounds are where the test starts rejecting
        p_at = wild_cluster_bootstrap(y, X, cl, 1, null=bound, ci=False).p_value
        assert p_at == pytest.approx(0.05, abs=0.01)
    many = wild_cluster_bootstrap(*small_problem(n_clusters=20)[:3], 1, ci=False)
    assert many.weight_type == "rademacher"


def test_degenerate_inputs_give_nan_not_a_crash():
    y, X, cl, _ = small_problem()
    assert np.isnan(wild_cluster_bootstrap(y, X, np.zeros(len(y)), 1).p_value)
    assert np.isnan(wild_cluster_bootstrap(np.ones(len(y)), X, cl, 1).p_value)
    collinear = np.column_stack([X, X[:, 1]])
    assert np.isnan(wild_cluster_bootstrap(y, collinear, cl, 1).p_value)


def test_small_cluster_rule():
    assert small_cluster_rule(5, 40) and small_cluster_rule(14, 15)
    assert small_cluster_rule(15, 15) and small_cluster_rule(10, 200)
    assert not small_cluster_rule(20, 20) and not small_cluster_rule(20, 200)
    t = Thresholds()
    assert t.wants_bootstrap(19, 100) and t.wants_bootstrap(10, 25)
    assert not t.wants_bootstrap(20, 100) and not t.wants_bootstrap(20, 20)


def firm_data(n_firms: int, seed: int = 3, share: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(4, 12, n_firms)
    firm = np.repeat([f"F{i}" for i in range(n_firms)], sizes)
    g = np.repeat(np.where(np.arange(n_firms) % 2 == 0, "none", "process"), sizes)
    y = np.repeat(rng.normal(0, 0.5, n_firms), sizes) + rng.normal(0, 1, len(firm))
    if share:
        y = (y > 1.0).astype(float)
    return pd.DataFrame({"y": y, "g": pd.Categorical(g, ["none", "process"]), "firm": firm})


def test_compare_uses_the_bootstrap_for_few_firms_and_says_so():
    """A grouping within firms (each firm has workers of both groups): groups of firms get
    the permutation test instead (tests/core/test_randomisation.py)."""
    d = firm_data(12)
    d["g"] = pd.Categorical(np.where(np.arange(len(d)) % 2 == 0, "none", "process"),
                            ["none", "process"])
    out = compare(d["y"], d["g"], d["firm"], reference="none").set_index("group")
    assert out.loc["process", "p_method"] == "wild_bootstrap"
    assert pd.isna(out.loc["none", "p_method"])
    X = np.column_stack([np.ones(len(d)), (d["g"] == "process").to_numpy(float)])
    direct = wild_cluster_bootstrap(d["y"], X, pd.factorize(d["firm"])[0], 1)
    assert out.loc["process", "p_value"] == pytest.approx(direct.p_value)
    assert out.loc["process", "diff_ci_low"] == pytest.approx(direct.ci_low)
    big = firm_data(80)
    out_big = compare(big["y"], big["g"], big["firm"], reference="none").set_index("group")
    assert out_big.loc["process", "p_method"] == "cluster_t"


def test_groups_without_variation_are_not_tested():
    d = firm_data(40, share=True)
    d["y"] = np.where(d["g"] == "none", 0.0, 1.0)  # each group constant
    out = compare(d["y"], d["g"], d["firm"], reference="none", scale="share").set_index("group")
    assert np.isnan(out.loc["process", "p_value"])
    assert out.loc["process", "p_note"] == NO_VARIATION
    # and the shares' intervals stay inside [0, 1] with a width
    assert (out["ci_low"] >= 0).all() and (out["ci_high"] <= 1).all()
    assert (out["ci_high"] - out["ci_low"] > 0).all()
