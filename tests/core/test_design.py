"""Survey-design estimation against R survey's published numbers (through samplics' tests, see
tests/data/design/README.md), statsmodels' cluster sandwich, a hand-worked share and a plain
chi-square test."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency
from statsmodels.regression.linear_model import OLS
from statsmodels.stats.sandwich_covariance import cov_cluster

from core.analysis.design import (
    DESIGN_TEST,
    Design,
    design_summary,
    design_test,
    taylor_mean,
    taylor_regression_cov,
    weighted_shares_by,
    worker_weights,
)
from core.analysis.intervals import SHARE_CI_METHOD

DATA = Path(__file__).resolve().parents[1] / "data" / "design"


@pytest.fixture(scope="module")
def yrbs() -> pd.DataFrame:
    d = pd.read_csv(DATA / "yrbs.csv.gz")
    d["y"] = d["qn8"].replace({2: 0})
    rng = np.random.RandomState(12345)  # as samplics' test_expansion.py (legacy stream, frozen)
    d["domain"] = rng.choice(["d1", "d2", "d3"], size=d.shape[0], p=[0.1, 0.3, 0.6])
    return d.dropna().reset_index(drop=True)


@pytest.fixture(scope="module")
def apistrat() -> pd.DataFrame:
    return pd.read_csv(DATA / "api_strat.csv")


def _design(d: pd.DataFrame, strata: bool, psu: bool) -> Design:
    return Design(d["weight"].to_numpy(), d["stratum"].to_numpy() if strata else None,
                  d["psu"].to_numpy() if psu else None)


# ------------------------------------------------------------------ hand-worked weighted share
def test_weighted_share_by_hand():
    # flag 1,0,1,0,(1 unknown); weights 1,2,3,4,10; one group, each row its own PSU.
    # share = (1·1 + 3·1) / (1+2+3+4) = 4/10 = 0.4 (the unknown row's weight 10 is not used).
    # scores z_i = w_i (y_i − 0.4)/10 = 0.06, −0.08, 0.18, −0.16, and 0 for the unknown row,
    # which stays in the design as a PSU outside the domain; mean z = 0,
    # Σz² = 0.0036 + 0.0064 + 0.0324 + 0.0256 = 0.068, var = 5/4 · 0.068 = 0.085,
    # se = √0.085 = 0.291548; df = 4 domain PSUs − 1 stratum = 3.
    # Kish n = 10²/(1+4+9+16) = 3.3333; n_eff = min(0.4·0.6/0.085, 3.3333) = 2.823529.
    flag = np.array([1, 0, 1, 0, 1], dtype=float)
    known = np.array([True, True, True, True, False])
    w = np.array([1, 2, 3, 4, 10], dtype=float)
    r = weighted_shares_by(flag, known, np.zeros(5, dtype=int), 1, w)
    assert r["share"][0] == pytest.approx(0.4, abs=1e-12)
    assert r["se"][0] == pytest.approx(math.sqrt(0.085), abs=1e-12)
    assert r["df"][0] == 3 and r["n_known"][0] == 4 and r["n_psu"][0] == 4
    assert r["n_eff"][0] == pytest.approx(0.24 / 0.085, abs=1e-12)
    assert 0.0 <= r["ci_low"][0] < 0.4 < r["ci_high"][0] <= 1.0
    assert r["ci_method"] == SHARE_CI_METHOD
    mean, se, df = taylor_mean(flag, Design(w), valid=known)
    assert (mean, df) == (pytest.approx(0.4), 3) and se == pytest.approx(math.sqrt(0.085))


# ------------------------------------------------------------------ published examples (R survey)
@pytest.mark.parametrize(("strata", "psu", "se"), [
    (True, True, 0.0198621), (False, True, 0.0202856),
    (True, False, 0.0066091), (False, False, 0.0066567)])
def test_taylor_mean_yrbs(yrbs, strata, psu, se):
    mean, got, df = taylor_mean(yrbs["y"].to_numpy(), _design(yrbs, strata, psu))
    assert mean == pytest.approx(0.8136225, abs=1e-7)
    assert got == pytest.approx(se, abs=1e-7)
    summary = design_summary(_design(yrbs, strata, psu), len(yrbs))
    assert df == summary["df"]
    if strata and psu:
        assert (summary["n_strata"], summary["n_psu"], df) == (13, 52, 39)


@pytest.mark.parametrize(("strata", "psu", "ses"), [
    (False, True, (0.0203778, 0.0260659, 0.0190814)),
    (False, False, (0.0200196, 0.0125303, 0.0085047)),
    (True, True, (0.0200457, 0.0263015, 0.0182081)),
    (True, False, (0.0200198, 0.0125144, 0.0084659))])
def test_domain_shares_yrbs(yrbs, strata, psu, ses):
    codes = pd.Categorical(yrbs["domain"], categories=["d1", "d2", "d3"]).codes
    r = weighted_shares_by(yrbs["y"].to_numpy(), np.ones(len(yrbs), dtype=bool), codes, 3,
                           yrbs["weight"].to_numpy(),
                           yrbs["stratum"].to_numpy() if strata else None,
                           yrbs["psu"].to_numpy() if psu else None)
    np.testing.assert_allclose(r["share"], [0.8311598, 0.797226, 0.8190359], atol=1e-7)
    np.testing.assert_allclose(r["se"], ses, atol=1e-7)
    assert np.all((r["ci_low"] < r["share"]) & (r["share"] < r["ci_high"]))
    for k, name in enumerate(["d1", "d2", "d3"]):  # taylor_mean on the domain agrees
        m, se, df = taylor_mean(yrbs["y"].to_numpy(), _design(yrbs, strata, psu),
                                valid=(yrbs["domain"] == name).to_numpy())
        assert (m, se, df) == (pytest.approx(r["share"][k]), pytest.approx(r["se"][k]),
                               r["df"][k])


def test_taylor_mean_apistrat(apistrat):
    # R survey: svymean(~api00, svydesign(id=~1, strata=~stype, weights=~pw)) = 662.29, SE 9.54
    mean, se, df = taylor_mean(apistrat["api00"].to_numpy(),
                               Design(apistrat["pw"].to_numpy(), apistrat["stype"].to_numpy()))
    assert mean == pytest.approx(662.29, abs=0.005)
    assert se == pytest.approx(9.54, abs=0.005)
    assert df == 200 - 3


@pytest.mark.parametrize(("strata", "ses"), [
    (False, (10.97091, 0.3971755, 0.2917333, 0.4012498)),
    (True, (10.25649, 0.3977075, 0.2883001, 0.4026908))])
def test_regression_cov_matches_svyglm(apistrat, strata, ses):
    X = np.column_stack([np.ones(len(apistrat)), apistrat[["ell", "meals", "mobility"]]])
    w = apistrat["pw"].to_numpy()
    y = apistrat["api00"].to_numpy()
    xtwx = X.T @ (X * w[:, None])
    beta = np.linalg.solve(xtwx, X.T @ (w * y))
    np.testing.assert_allclose(beta, [820.8873, -0.4805866, -3.141535, 0.2257132], rtol=1e-6)
    cov, df = taylor_regression_cov(X, y - X @ beta,
                                    Design(w, apistrat["stype"].to_numpy() if strata else None),
                                    np.linalg.inv(xtwx))
    np.testing.assert_allclose(np.sqrt(np.diag(cov)), ses, rtol=1e-6)
    assert df == (197 if strata else 199)


# ------------------------------------------------------------------ singleton strata
def test_singleton_stratum_contributes_zero():
    # samplics test_single_psu_strata.py, SinglePSUEst.skip (= Stata singleunit(certainty)):
    # region 4 has one PSU; it adds nothing to the variance nor to the df (7 PSUs − 4 strata).
    region = np.array([1, 1, 1, 2, 2, 3, 3, 4])
    district = np.array([1, 2, 2, 1, 2, 1, 2, 1])
    w = np.array([1.5, 1.5, 1.5, 2.5, 2.5, 3.5, 3.5, 4.5])
    age = np.array([12, 34, 24, 12, 33, 46, 78, 98], dtype=float)
    design = Design(w, region, district)
    mean, se, df = taylor_mean(age, design)
    assert mean == pytest.approx(52.0238095, abs=1e-7)
    assert se**2 == pytest.approx(34.879578532, abs=1e-8)
    assert df == 3
    assert design_summary(design, 8) == {"n_rows": 8, "n_dropped": 0, "n_strata": 4,
                                         "n_psu": 7, "n_singleton_strata": 1, "df": 3}
    # R/Stata's default (singleton = error or missing) would give no SE; dropping the singleton
    # stratum's row instead would change the mean: neither is what the rule says
    assert taylor_mean(age[:7], Design(w[:7], region[:7], district[:7]))[0] != \
        pytest.approx(mean)


def test_psu_labels_nested_in_strata_and_invalid_rows_counted():
    design = Design(np.array([1.0, 1.0, np.nan, 1.0, -2.0, 1.0]),
                    np.array(["a", "a", "a", "b", "b", None], dtype=object),
                    np.array([1, 2, 1, 1, 2, 3]))
    s = design_summary(design, 6)
    # rows 2 (weight NaN), 4 (negative weight) and 5 (no stratum) are not in the sample;
    # PSU 1 of stratum a and PSU 1 of stratum b are two PSUs
    assert s == {"n_rows": 3, "n_dropped": 3, "n_strata": 2, "n_psu": 3,
                 "n_singleton_strata": 1, "df": 1}


# ------------------------------------------------------------------ cluster sandwich / unweighted
def test_regression_cov_equals_statsmodels_cluster():
    rng = np.random.default_rng(7)
    g = np.repeat(np.arange(12), rng.integers(3, 15, size=12))
    x = rng.normal(size=len(g)) + rng.normal(size=12)[g]
    y = 1.0 + 0.5 * x + rng.normal(size=len(g)) + rng.normal(size=12)[g]
    X = np.column_stack([np.ones(len(g)), x])
    res = OLS(y, X).fit()
    ref = cov_cluster(res, g, use_correction=False)
    cov, df = taylor_regression_cov(X, res.resid, Design(None, None, g),
                                    np.linalg.inv(X.T @ X))
    np.testing.assert_allclose(cov, ref * 12 / 11, rtol=1e-10)
    assert df == 11


def test_all_weights_one_is_unweighted():
    rng = np.random.default_rng(3)
    n = 400
    firm = rng.integers(0, 25, size=n)
    flag = (rng.random(n) < 0.3).astype(float)
    known = rng.random(n) > 0.1
    groups = rng.integers(-1, 3, size=n)
    a = weighted_shares_by(flag, known, groups, 3, np.ones(n), psu=firm)
    b = weighted_shares_by(flag, known, groups, 3, None, psu=firm)
    for key in ("share", "se", "ci_low", "ci_high", "n_eff", "df"):
        np.testing.assert_allclose(a[key], b[key], rtol=1e-12)
    m = known & (groups >= 0)
    plain = [flag[m & (groups == k)].mean() for k in range(3)]
    np.testing.assert_allclose(a["share"], plain, rtol=1e-12)
    # scaling every weight changes nothing (pweights are relative)
    c = weighted_shares_by(flag, known, groups, 3, np.full(n, 37.5), psu=firm)
    np.testing.assert_allclose(c["se"], a["se"], rtol=1e-10)
    # no PSU and equal weights: se² = Σ(y − p)²/(n(n − 1)) of the domain (the domain has all rows)
    one = weighted_shares_by(flag, np.ones(n, bool), np.zeros(n, int), 1, None)
    p = flag.mean()
    assert one["se"][0] == pytest.approx(math.sqrt(((flag - p) ** 2).sum() / (n * (n - 1))))


def test_weights_move_the_share():
    flag = np.array([1, 1, 0, 0, 0, 0], dtype=float)
    w = np.array([1, 1, 4, 4, 4, 4], dtype=float)
    r = weighted_shares_by(flag, np.ones(6, bool), np.zeros(6, int), 1, w)
    assert r["share"][0] == pytest.approx(2 / 18)


def test_zero_and_full_shares_get_a_bounded_interval():
    firm = np.repeat(np.arange(6), 5)
    flag = np.zeros(30)
    flag[firm >= 3] = 1.0  # group 0: firms 0–2 all no; group 1: firms 3–5 all yes
    groups = (firm >= 3).astype(int)
    r = weighted_shares_by(flag, np.ones(30, bool), groups, 3, None, psu=firm)
    assert list(r["share"][:2]) == [0.0, 1.0]
    assert r["ci_low"][0] == 0.0 and r["ci_high"][0] > 0.05
    assert r["ci_high"][1] == 1.0 and r["ci_low"][1] < 0.95
    assert list(r["df"][:2]) == [2, 2]
    assert math.isnan(r["share"][2]) and math.isnan(r["ci_low"][2]) and r["n_known"][2] == 0


# ------------------------------------------------------------------ worker weights
def test_worker_weights_rules():
    firm_w = np.array([10.0, 10.0, np.nan, 5.0])
    own_w = np.array([2.0, np.nan, 3.0, 0.0])
    np.testing.assert_array_equal(worker_weights(firm_w, own_w), [20.0, np.nan, np.nan, 0.0])
    np.testing.assert_array_equal(worker_weights(firm_w, None), firm_w)
    np.testing.assert_array_equal(worker_weights(None, own_w), own_w)
    np.testing.assert_array_equal(worker_weights(np.array([-1.0, np.inf]), None),
                                  [np.nan, np.nan])
    assert worker_weights(None, None) is None


# ------------------------------------------------------------------ design test
def test_design_test_close_to_chi_square_in_large_sample():
    rng = np.random.default_rng(11)
    n = 20000
    groups = rng.integers(0, 3, size=n)
    flag = (rng.random(n) < np.array([0.30, 0.32, 0.31])[groups]).astype(float)
    r = design_test(flag, np.ones(n, bool), groups, np.ones(n))
    table = np.array([[np.sum((groups == k) & (flag == v)) for v in (0, 1)] for k in range(3)])
    chi = chi2_contingency(table, correction=False)
    assert r["test"] == DESIGN_TEST and r["dof"] == 2 and r["dof_denominator"] == n - 2  # d = n − 1
    assert r["statistic"] * 2 == pytest.approx(chi.statistic, rel=0.02)
    assert r["p_value"] == pytest.approx(chi.pvalue, abs=0.005)


def test_design_test_weighted_two_groups_matches_t_on_difference():
    # two groups, firms as PSUs: F(1, d) = t² of the difference in weighted shares
    rng = np.random.default_rng(5)
    firm = np.repeat(np.arange(20), 8)
    groups = (firm % 2).astype(int)
    flag = (rng.random(160) < 0.4).astype(float)
    w = rng.uniform(0.5, 3.0, size=20)[firm]
    r = design_test(flag, np.ones(160, bool), groups, w, psu=firm)
    s = weighted_shares_by(flag, np.ones(160, bool), groups, 2, w, psu=firm)
    # groups hold disjoint firms, so their estimates are independent
    t2 = (s["share"][1] - s["share"][0]) ** 2 / (s["se"][0] ** 2 + s["se"][1] ** 2)
    assert r["statistic"] == pytest.approx(t2, rel=1e-9)
    assert (r["dof"], r["dof_denominator"]) == (1, 19)


def test_design_test_refuses_when_nothing_varies():
    firm = np.repeat(np.arange(6), 5)
    groups = (firm >= 3).astype(int)
    none = design_test(np.zeros(30), np.ones(30, bool), groups, None, psu=firm)
    assert math.isnan(none["p_value"]) and "no variation" in none["note"]
    split = design_test((firm >= 3).astype(float), np.ones(30, bool), groups, None, psu=firm)
    assert math.isnan(split["p_value"]) and "no sampling variation" in split["note"]
    one = design_test(np.ones(30), np.ones(30, bool), np.zeros(30, int), None, psu=firm)
    assert math.isnan(one["p_value"]) and "two groups" in one["note"]


def test_design_test_drops_a_contrast_between_two_constant_groups():
    # groups 0 and 1 both all-no (difference 0, variance 0): tested on the one remaining contrast
    rng = np.random.default_rng(2)
    firm = np.repeat(np.arange(30), 6)
    groups = np.minimum(firm // 10, 2)
    flag = np.where(groups == 2, (rng.random(180) < 0.3).astype(float), 0.0)
    r = design_test(flag, np.ones(180, bool), groups, None, psu=firm)
    assert r["dof"] == 1 and np.isfinite(r["p_value"]) and r["note"] == ""
