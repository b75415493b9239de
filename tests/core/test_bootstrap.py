"""core.analysis.bootstrap (wild cluster restricted bootstrap) against a slow draw-by-draw
statsmodels reference, a hand-worked case, fwildclusterboot's published example, and the
properties the comparisons rely on (range, seed, weight type, interval = test inversion)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

import core.analysis.bootstrap as bootstrap
from core.analysis.bootstrap import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    BootstrapResult,
    small_cluster_rule,
    wild_cluster_bootstrap,
)

DATA = Path(__file__).parent.parent / "data" / "bootstrap"


def problem(n_clusters: int = 7, seed: int = 5, effect: float = 0.2):
    """Unequal firms, a firm-level group dummy, a worker covariate and firm effects."""
    rng = np.random.default_rng(seed)
    firm = np.repeat(np.arange(n_clusters), rng.integers(3, 12, n_clusters))
    n = len(firm)
    grp = (rng.permutation(n_clusters) < n_clusters // 2).astype(float)[firm]
    x2 = rng.normal(size=n)
    y = effect * grp + 0.4 * x2 + 0.6 * rng.normal(size=n_clusters)[firm] + rng.normal(size=n)
    X = np.column_stack([np.ones(n), grp, x2])
    return y, X, firm


def statsmodels_t(y, X, clusters, column, weights=None, null=0.0) -> float:
    model = sm.OLS(y, X) if weights is None else sm.WLS(y, X, weights=weights)
    fit = model.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(clusters)[0]})
    return float((fit.params[column] - null) / fit.bse[column])


def reference_p(y, X, labels, column, weights=None, null=0.0) -> float:
    """Textbook WCR: restricted fit by statsmodels, then every Rademacher sign vector, one
    statsmodels cluster fit per draw (CR1, as cov_type='cluster')."""
    codes = pd.factorize(labels)[0]
    others = [c for c in range(X.shape[1]) if c != column]
    yr = y - null * X[:, column]
    restricted = (sm.OLS(yr, X[:, others]) if weights is None
                  else sm.WLS(yr, X[:, others], weights=weights)).fit()
    fitted = restricted.fittedvalues + null * X[:, column]
    resid = y - fitted
    t0 = abs(statsmodels_t(y, X, codes, column, weights, null))
    G = codes.max() + 1
    hits = 0
    for code in range(2 ** G):
        v = np.where((code >> np.arange(G)) & 1, 1.0, -1.0)
        t_star = statsmodels_t(fitted + resid * v[codes], X, codes, column, weights, null)
        hits += abs(t_star) >= t0 * (1 - 1e-10)
    return hits / 2 ** G


def test_p_value_equals_the_slow_reference_under_full_enumeration():
    y, X, firm = problem(n_clusters=7)
    labels = np.array([f"firm {i}" for i in firm], dtype=object)  # any hashable labels
    for null in (0.0, 0.5):
        res = wild_cluster_bootstrap(y, X, labels, 1, weight_type="rademacher", null=null,
                                     ci=False)
        assert res.draws == 2 ** 7 and res.weight_type == "rademacher"
        assert res.p_value == reference_p(y, X, labels, 1, null=null)


def test_webb_t_statistics_equal_statsmodels_draw_by_draw_with_weights():
    y, X, firm = problem(n_clusters=6, seed=9)
    w = np.random.default_rng(2).uniform(0.5, 3.0, len(y))
    V, kind = bootstrap._draws(6, 40, DEFAULT_SEED, "auto")
    assert kind == "webb" and V.shape == (40, 6)
    assert set(np.round(np.abs(V).ravel() ** 2, 12)) <= {0.5, 1.0, 1.5}
    got = bootstrap.bootstrap_t_statistics(y, X, firm, 2, weights=w, draws=40)
    restricted = sm.WLS(y, X[:, [0, 1]], weights=w).fit()
    for b in range(40):
        y_star = restricted.fittedvalues + (y - restricted.fittedvalues) * V[b][firm]
        assert got[b] == pytest.approx(statsmodels_t(y_star, X, firm, 2, w), rel=1e-9)


def test_hand_worked_two_clusters():
    """y = (1, 2 | 6), constant only, H0: mean = 0. Mean 3, cluster score sums −3 and 3,
    V = (1/3)²·18·CR1 (2/1 · 2/2) = 4, t = 1.5. Sign vectors (+,−) and (−,+) give y* = ±(1, 2, −6):
    mean ∓1, scores ±5, ∓5, V* = 100/9, |t*| = 0.3; (+,+) and (−,−) give |t*| = 1.5, so p = 2/4."""
    y = np.array([1.0, 2.0, 6.0])
    res = wild_cluster_bootstrap(y, np.ones((3, 1)), ["a", "a", "b"], 0,
                                 weight_type="rademacher")
    assert res.p_value == 0.5 and res.draws == 4 and res.n_clusters == 2
    # the smallest attainable p-value is 0.5 > 0.05: no bound is ever reached
    assert np.isnan(res.ci_low) and np.isnan(res.ci_high)
    assert statsmodels_t(y, np.ones((3, 1)), np.array([0, 0, 1]), 0) == pytest.approx(1.5)


def test_fwildclusterboot_published_example():
    """fwildclusterboot README (voters, 40 clusters, B = 9999): estimate 0.079, t 3.983,
    p 0.001, CI [0.039, 0.119]; see tests/data/bootstrap/README.md."""
    exp = json.loads((DATA / "expected.json").read_text())
    d = pd.read_csv(DATA / "voters.csv")
    X = pd.get_dummies(d[["Q1_immigration", "Q2_defense"]].astype(str), drop_first=True,
                       dtype=float)
    X.insert(0, "log_income", d["log_income"])
    X.insert(0, "treatment", d["treatment"].astype(float))
    X.insert(0, "const", 1.0)
    y, cl = d["proposition_vote"].to_numpy(float), d[exp["cluster"]].to_numpy()
    assert len(d) == exp["n_obs"]
    fit = sm.OLS(y, X.to_numpy()).fit()
    assert round(fit.params[1], 3) == exp["estimate"]
    assert round(statsmodels_t(y, X.to_numpy(), cl, 1), 3) == exp["statistic"]
    res = wild_cluster_bootstrap(y, X.to_numpy(), cl, 1, draws=exp["B"])
    assert res.weight_type == exp["weight_type"] and res.n_clusters == exp["n_clusters"]
    # Monte-Carlo tolerance: sd of a p near 0.001 with 9,999 draws is 0.0003
    assert abs(res.p_value - exp["p_value"]) <= 0.0012
    # bounds printed to 3 decimals; they move by about 0.0005 from one set of draws to another
    assert res.ci_low == pytest.approx(exp["conf_low"], abs=0.0015)
    assert res.ci_high == pytest.approx(exp["conf_high"], abs=0.0015)


def test_properties_range_seed_and_weight_type():
    for seed in range(6):
        y, X, firm = problem(n_clusters=5 + 3 * seed, seed=seed)
        res = wild_cluster_bootstrap(y, X, firm, 1, draws=999, ci=False)
        assert 0.0 <= res.p_value <= 1.0
    y, X, firm = problem(n_clusters=12)
    a = wild_cluster_bootstrap(y, X, firm, 1)
    assert isinstance(a, BootstrapResult)
    assert a == wild_cluster_bootstrap(y, X, firm, 1)  # same seed, same everything
    assert (a.weight_type, a.draws, a.seed, a.n_clusters) == ("webb", DEFAULT_DRAWS,
                                                              DEFAULT_SEED, 12)
    other = wild_cluster_bootstrap(y, X, firm, 1, seed=7)
    assert other.seed == 7 and other.p_value != a.p_value
    # 13 firms: Rademacher, and 2^13 = 8192 ≤ 9999 sign vectors are all enumerated (no seed)
    y, X, firm = problem(n_clusters=13)
    b = wild_cluster_bootstrap(y, X, firm, 1, ci=False)
    assert (b.weight_type, b.draws) == ("rademacher", 8192)
    assert b.p_value == wild_cluster_bootstrap(y, X, firm, 1, ci=False, seed=1).p_value
    y, X, firm = problem(n_clusters=20)
    assert wild_cluster_bootstrap(y, X, firm, 1, ci=False, draws=999).draws == 999
    with pytest.raises(ValueError):
        wild_cluster_bootstrap(y, X, firm, 1, weight_type="mammen")


def test_interval_is_the_inverted_test():
    y, X, firm = problem(n_clusters=16, seed=3)
    res = wild_cluster_bootstrap(y, X, firm, 1, draws=1999)
    beta = np.linalg.lstsq(X, y, rcond=None)[0][1]
    assert res.ci_low < beta < res.ci_high
    for bound, step in ((res.ci_low, -1e-6), (res.ci_high, 1e-6)):
        inside = wild_cluster_bootstrap(y, X, firm, 1, draws=1999, null=bound - step, ci=False)
        outside = wild_cluster_bootstrap(y, X, firm, 1, draws=1999, null=bound + step,
                                         ci=False)
        assert inside.p_value > 0.05 >= outside.p_value
    # shifting y by c·x_j shifts the interval by c and leaves p(null + c) unchanged
    shifted = wild_cluster_bootstrap(y + 2.0 * X[:, 1], X, firm, 1, draws=1999, null=2.0)
    assert shifted.p_value == pytest.approx(res.p_value)
    assert shifted.ci_low == pytest.approx(res.ci_low + 2.0, abs=1e-6)
    # measuring x_j in thousandths (a wage column next to dummies) changes only the units
    X2 = X.copy()
    X2[:, 1] *= 1e6
    scaled = wild_cluster_bootstrap(y * 1e3, X2, firm, 1, draws=1999)
    assert scaled.p_value == res.p_value
    assert scaled.ci_high == pytest.approx(res.ci_high * 1e-3, rel=1e-6)
    # a narrower test gives a wider interval
    wide = wild_cluster_bootstrap(y, X, firm, 1, draws=1999, alpha=0.01)
    assert wide.ci_low < res.ci_low and wide.ci_high > res.ci_high


def test_results_do_not_depend_on_the_chunk_size(monkeypatch):
    y, X, firm = problem(n_clusters=25, seed=4)
    w = np.random.default_rng(1).uniform(1, 2, len(y))
    whole = wild_cluster_bootstrap(y, X, firm, 1, weights=w, draws=999)
    monkeypatch.setattr(bootstrap, "_CHUNK_CELLS", 25 * 7)
    assert wild_cluster_bootstrap(y, X, firm, 1, weights=w, draws=999) == whole


def test_degenerate_inputs_give_nan_not_a_crash():
    y, X, firm = problem()
    cases = [
        (y, X, np.zeros(len(y))),                        # one cluster
        (np.full(len(y), 3.0), X, firm),                 # constant outcome
        (y, np.column_stack([X, 2 * X[:, 1]]), firm),    # collinear design
        (np.where(np.arange(len(y)) == 0, np.nan, y), X, firm),  # a missing value
        (y[:3], X[:3], firm[:3]),                        # fewer rows than columns
        (X[:, 1] * 2.0 + 1.0, X, firm),                  # a perfect fit
    ]
    for yy, XX, cl in cases:
        res = wild_cluster_bootstrap(yy, XX, cl, 1)
        assert np.isnan(res.p_value) and np.isnan(res.ci_low) and np.isnan(res.ci_high)
    assert np.isnan(wild_cluster_bootstrap(y, X, firm, 1, weights=np.zeros(len(y))).p_value)
    assert np.isnan(wild_cluster_bootstrap(y, X, firm, 5).p_value)  # no such column


def test_small_cluster_rule_boundaries():
    assert small_cluster_rule(14, 16) and not small_cluster_rule(20, 20)   # total below 30
    assert small_cluster_rule(19, 500) and not small_cluster_rule(20, 500)  # any group below 20
    assert small_cluster_rule(20, 19, total_below=40) and not small_cluster_rule(20, 20, total_below=40)
    assert small_cluster_rule(12, 30, group_below=13)


def test_speed_targets():
    rng = np.random.default_rng(0)
    firm = rng.integers(0, 30, 3000)
    X = np.column_stack([np.ones(3000), (firm % 2).astype(float), rng.normal(size=(3000, 2))])
    y = rng.normal(size=30)[firm] + rng.normal(size=3000)
    start = time.perf_counter()
    res = wild_cluster_bootstrap(y, X, firm, 1)
    assert time.perf_counter() - start < 1.0 and np.isfinite(res.ci_high)
    n = 1_000_000
    firm = rng.integers(0, 500, n)
    X = np.column_stack([np.ones(n), (firm % 2).astype(float), rng.normal(size=(n, 2))])
    y = rng.normal(size=500)[firm] + rng.normal(size=n)
    start = time.perf_counter()
    res = wild_cluster_bootstrap(y, X, firm, 1, ci=False)
    assert time.perf_counter() - start < 2.0 and 0.0 <= res.p_value <= 1.0
