"""Clustered comparisons, cross-checked against statsmodels fitted differently and a hand CR1.

Stata's ``regress y i.g, vce(cluster firm)`` reports CR1: V = G/(G-1)·(N-1)/(N-K)·(X'X)⁻¹ Σ s_g s_g'
(X'X)⁻¹ and t(G-1). The hand computation below writes that formula out in numpy; statsmodels'
formula API fit is the independent second opinion.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats

from core.analysis.comparisons import (
    Thresholds,
    cluster_ols,
    compare,
    run_comparisons,
    worker_group,
)
from core.analysis.disclosure import DisclosureRule
from core.analysis.matrix import economic_social_matrix

GROUPS = ["none", "process", "product", "chain"]
CLUSTER_T_ONLY = Thresholds(bootstrap_total_below=0, bootstrap_group_below=0)
"""The t(G−1) test everywhere (the default switches to the wild bootstrap with few firms)."""


def clustered_data(seed: int = 0, n_firms: int = 40, weights: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 9, n_firms)
    firm = np.repeat([f"F{i}" for i in range(n_firms)], sizes)
    firm_group = rng.choice(GROUPS, n_firms)
    g = np.repeat(firm_group, sizes)
    firm_effect = np.repeat(rng.normal(0, 0.5, n_firms), sizes)
    y = 1.0 + 0.3 * (g == "chain") + firm_effect + rng.normal(0, 1, len(g))
    frame = pd.DataFrame({"y": y, "g": pd.Categorical(g, categories=GROUPS), "firm": firm})
    if weights:
        frame["w"] = rng.uniform(0.2, 3.0, len(g))
    return frame


def cr1_by_hand(y: np.ndarray, X: np.ndarray, cluster: np.ndarray, w: np.ndarray | None = None):
    """Stata's CR1, written out: bread (X'WX)^-1, meat Σ_g s_g s_g', s_g = Σ w x e."""
    w = np.ones(len(y)) if w is None else w
    bread = np.linalg.inv(X.T @ (w[:, None] * X))
    beta = bread @ X.T @ (w * y)
    e = y - X @ beta
    meat = np.zeros((X.shape[1], X.shape[1]))
    for c in np.unique(cluster):
        s = (X[cluster == c] * (w * e)[cluster == c, None]).sum(axis=0)
        meat += np.outer(s, s)
    n, k = X.shape
    g = len(np.unique(cluster))
    return beta, g / (g - 1) * (n - 1) / (n - k) * bread @ meat @ bread, g - 1


def test_cluster_ols_matches_hand_cr1_on_a_tiny_case():
    y = np.array([1.0, 2.0, 4.0, 3.0, 5.0, 9.0, 2.0])
    X = np.column_stack([np.ones(7), [0, 0, 1, 1, 1, 0, 1]])
    firm = np.array(["a", "a", "b", "b", "c", "d", "d"])
    fit = cluster_ols(y, X, firm)
    beta, cov, df = cr1_by_hand(y, X, firm)
    np.testing.assert_allclose(fit.params, beta)
    np.testing.assert_allclose(fit.cov, cov)
    assert fit.df == df == 3


@pytest.mark.parametrize("weighted", [False, True])
def test_cluster_ols_matches_statsmodels_ols_and_wls(weighted):
    d = clustered_data(1, weights=weighted)
    X = np.column_stack([np.ones(len(d))] + [(d["g"] == g).to_numpy(float) for g in GROUPS[1:]])
    w = d["w"].to_numpy() if weighted else None
    fit = cluster_ols(d["y"].to_numpy(), X, d["firm"].to_numpy(), w)
    model = sm.WLS(d["y"], X, weights=w) if weighted else sm.OLS(d["y"], X)
    ref = model.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(d["firm"])[0]},
                    use_t=True)
    np.testing.assert_allclose(fit.params, ref.params, rtol=1e-10)
    np.testing.assert_allclose(fit.cov, ref.cov_params(), rtol=1e-9)
    assert ref.df_resid_inference == fit.df
    _, cov, _ = cr1_by_hand(d["y"].to_numpy(), X, d["firm"].to_numpy(), w)
    np.testing.assert_allclose(fit.cov, cov, rtol=1e-9)


@pytest.mark.parametrize("weighted", [False, True])
def test_compare_matches_formula_api_fit(weighted):
    d = clustered_data(2, weights=weighted)
    out = compare(d["y"], d["g"], d["firm"], weights=d["w"] if weighted else None,
                  reference="none", outcome="y", group_var="g",
                  thresholds=CLUSTER_T_ONLY).set_index("group")
    assert set(out["p_method"].dropna()) == {"cluster_t"}
    groups = pd.factorize(d["firm"])[0]
    kw = {"weights": d["w"]} if weighted else {}
    fitter = smf.wls if weighted else smf.ols
    ref = fitter("y ~ C(g, Treatment('none'))", data=d, **kw).fit(
        cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    ci = ref.conf_int()
    for g in GROUPS[1:]:
        name = f"C(g, Treatment('none'))[T.{g}]"
        assert out.loc[g, "diff"] == pytest.approx(ref.params[name], rel=1e-9)
        assert out.loc[g, "diff_se"] == pytest.approx(ref.bse[name], rel=1e-9)
        assert out.loc[g, "p_value"] == pytest.approx(ref.pvalues[name], rel=1e-8)
        assert out.loc[g, "diff_ci_low"] == pytest.approx(ci.loc[name, 0], rel=1e-9)
        assert out.loc[g, "diff_ci_high"] == pytest.approx(ci.loc[name, 1], rel=1e-9)
    assert np.isnan(out.loc["none", "p_value"]) and out.loc["none", "diff"] == 0
    # p-value by hand: t with (all firms − 1) df
    g_all = d["firm"].nunique()
    t = out.loc["chain", "diff"] / out.loc["chain", "diff_se"]
    assert out.loc["chain", "p_value"] == pytest.approx(2 * stats.t.sf(abs(t), g_all - 1))
    # per group: OLS of y on a constant over the group's rows, clustered, t(G_g − 1)
    for g in GROUPS:
        sub = d[d["g"] == g]
        kw = {"weights": sub["w"]} if weighted else {}
        r = fitter("y ~ 1", data=sub, **kw).fit(
            cov_type="cluster", cov_kwds={"groups": pd.factorize(sub["firm"])[0]}, use_t=True)
        assert out.loc[g, "mean"] == pytest.approx(r.params["Intercept"], rel=1e-10)
        expected_mean = np.average(sub["y"], weights=sub["w"] if weighted else None)
        assert out.loc[g, "mean"] == pytest.approx(expected_mean, rel=1e-10)
        assert out.loc[g, "ci_low"] == pytest.approx(r.conf_int().iloc[0, 0], rel=1e-9)
        assert out.loc[g, "ci_high"] == pytest.approx(r.conf_int().iloc[0, 1], rel=1e-9)
        assert out.loc[g, "n_workers"] == len(sub)
        assert out.loc[g, "n_firms"] == sub["firm"].nunique()


def test_single_firm_group_gives_nan_ci_not_a_crash_and_flags():
    d = pd.DataFrame({"y": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                      "g": pd.Categorical(["none", "none", "none", "none", "chain", "chain"],
                                          categories=["none", "chain"]),
                      "firm": ["a", "b", "c", "d", "e", "e"]})
    out = compare(d["y"], d["g"], d["firm"], reference="none",
                  thresholds=Thresholds(few_firms=30, min_firms=3, min_workers=10))
    chain = out.set_index("group").loc["chain"]
    assert chain["mean"] == pytest.approx(5.5)
    assert np.isnan(chain["ci_low"]) and np.isnan(chain["ci_high"])
    assert chain["n_firms"] == 1 and chain["suppressed"] and chain["few_firms"]
    assert np.isfinite(chain["diff"])


def test_missing_rows_are_dropped_and_missing_reference_gives_null_differences():
    d = clustered_data(3)
    d.loc[d.index[:5], "y"] = np.nan
    out = compare(d["y"], d["g"], d["firm"], reference="none")
    assert out["n_workers"].sum() == len(d) - 5
    only = d[d["g"] != "none"]
    out2 = compare(only["y"], only["g"], only["firm"], reference="none")
    assert out2["diff"].isna().all() and out2["p_value"].isna().all()
    assert "none" not in out2["group"].tolist()


def test_worker_group_from_firms_excludes_unknown_highest_type():
    firms = pd.DataFrame({"firm_id": ["A", "B", "C"], "highest_type": pd.Categorical(
        ["process", "unknown", "none"], categories=["none", "process", "unknown"])})
    workers = pd.DataFrame({"firm_id": ["A", "B", "C", "C", "Z"]})
    g = worker_group("highest_type", firms, workers)
    assert g.astype(object).tolist()[:4] == ["process", np.nan, "none", "none"]
    assert pd.isna(g.iloc[4]) and list(g.cat.categories) == ["none", "process"]


def test_run_comparisons_default_outcomes_and_shares():
    d = clustered_data(4)
    firms = d.groupby("firm", sort=False)["g"].first().reset_index()
    firms.columns = ["firm_id", "highest_type"]
    rng = np.random.default_rng(0)
    workers = pd.DataFrame({"firm_id": d["firm"], "hours_per_week": d["y"] * 10,
                            "training": pd.array(rng.random(len(d)) < 0.4, dtype="boolean")})
    out, _ = run_comparisons(firms, workers, thresholds=Thresholds(few_firms=5))
    assert set(out["outcome"]) == {"hours_per_week", "training"}
    share = out[out["outcome"] == "training"].set_index("group")
    assert (share["scale"] == "share").all()
    sub = workers[firms.set_index("firm_id").loc[workers["firm_id"], "highest_type"].to_numpy()
                  == "chain"]
    assert share.loc["chain", "mean"] == pytest.approx(sub["training"].astype(float).mean())
    out2, warnings2 = run_comparisons(firms, workers, outcomes=["nope"],
                                      group_vars=["sector"])
    assert out2.empty and any("sector" in w for w in warnings2)


def test_economic_social_matrix_by_hand():
    firms = pd.DataFrame({"firm_id": list("ABCDE"), "highest_type": pd.Categorical(
        ["process", "none", "chain", "none", "unknown"])})
    workers = pd.DataFrame({
        "firm_id": list("AABBCCDDEE"),
        "ms_index": [1.0, 0.8, 0.2, 0.4, 0.5, 0.5, 0.9, 0.9, 0.1, np.nan],
        "skill_group": pd.Categorical(["production", "technician"] * 5),
    })
    # firm means: A 0.9, B 0.3, C 0.5, D 0.9, E 0.1 → median 0.5
    every = DisclosureRule(min_firms=1, min_workers=1)  # five firms: nothing withheld here
    m = economic_social_matrix(firms, workers, rule=every).set_index(["economic", "social"])
    assert m.loc[("upgraded", "above median"), "n_firms"] == 1           # A
    assert m.loc[("upgraded", "at or below median"), "n_firms"] == 1     # C (0.5 = median)
    assert m.loc[("not upgraded", "above median"), "n_firms"] == 1       # D
    assert m.loc[("not upgraded", "at or below median"), "n_firms"] == 1  # B
    assert m.loc[("unknown", "at or below median"), "n_firms"] == 1      # E
    assert m.loc[("upgraded", "above median"), "n_workers"] == 2
    assert m["median_ms"].iloc[0] == pytest.approx(0.5)
    by = economic_social_matrix(firms, workers, by="skill_group", rule=every)
    tech = by[by["breakdown"] == "technician"].set_index(["economic", "social"])
    # technicians: A 0.8, B 0.4, C 0.5, D 0.9, E NaN → median 0.65
    assert tech.loc[("upgraded", "above median"), "n_firms"] == 1
    assert tech.loc[("not upgraded", "above median"), "n_firms"] == 1
    assert tech["median_ms"].iloc[0] == pytest.approx(0.65)
