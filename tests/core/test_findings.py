"""Findings (issue 13): the research questions answered in words, with numbers that equal an
independent computation, and wording rules that hold on every statement."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.stats
import statsmodels.formula.api as smf

from core.analysis.disclosure import without_firm_records
from core.analysis.findings import findings
from core.analysis.findings_wording import FORBIDDEN
from core.analysis.pipeline import run_analysis
from core.project.opening import open_survey

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def sample_findings(survey):
    result = run_analysis(survey.firms, survey.workers)
    return result, {f.key: f for f in findings(result)}


def _upgraded(firms: pd.DataFrame) -> pd.Series:
    ranked = {"process", "product", "functional", "chain"}
    h = firms["highest_type"].astype(object)
    return pd.Series(np.where(h.isin(ranked), 1.0, np.where(h == "none", 0.0, np.nan)),
                     index=firms.index)


def test_upgrading_counts_equal_a_count_by_hand(sample_findings):
    result, by_key = sample_findings
    f = by_key["upgrading_counts"]
    up = _upgraded(result.firms)
    assert f.numbers["n_known"] == int(up.notna().sum())
    assert f.numbers["n_upgraded"] == int((up == 1).sum())
    assert f.statement.startswith(f"{int((up == 1).sum())} of {int(up.notna().sum())} firms")


def test_sector_difference_test_equals_scipy(sample_findings):
    result, by_key = sample_findings
    f = by_key["sector_difference"]
    up = _upgraded(result.firms)
    keep = up.notna()
    table = pd.crosstab(result.firms.loc[keep, "sector"].astype(str), up[keep])
    _, p, _, _ = scipy.stats.chi2_contingency(table.to_numpy(), correction=False)
    assert f.numbers["p_value"] == pytest.approx(p, rel=1e-9)
    assert f.numbers["sector_a"] == "electronics" and "more common in electronics" in f.statement


def test_outcome_gap_equals_statsmodels_clustered_ols(sample_findings):
    result, by_key = sample_findings
    f = by_key["outcome:wage_to_minimum"]
    w = result.workers
    up = _upgraded(result.firms).set_axis(result.firms["firm_id"])
    d = pd.DataFrame({"y": w["wage_to_minimum"], "up": w["firm_id"].map(up),
                      "firm": w["firm_id"]}).dropna()
    d["firm"] = pd.factorize(d["firm"])[0]
    fit = smf.ols("y ~ up", data=d).fit(cov_type="cluster", cov_kwds={"groups": d["firm"]},
                                        use_t=True)
    assert f.numbers["p_method"] == "cluster_t"  # 139 vs 137 firms: no bootstrap
    assert f.numbers["diff"] == pytest.approx(fit.params["up"], rel=1e-9)
    low, high = fit.conf_int().loc["up"]
    assert f.numbers["diff_ci_low"] == pytest.approx(low, rel=1e-9)
    assert f.numbers["diff_ci_high"] == pytest.approx(high, rel=1e-9)
    ref = d.loc[d["up"] == 0, "y"].mean()
    gap = f.numbers["diff"] / ref
    assert f.numbers["gap"] == pytest.approx(gap)
    assert f"about {100 * gap:.0f}% higher" in f.statement
    assert f"from {100 * low / ref:+.0f}%".replace("-", "−") in f.statement


def _all_findings(survey):
    results = [run_analysis(survey.firms, survey.workers),
               run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS),
               run_analysis(survey.firms, survey.workers,
                            subset={"firms": {"country": ["Thailand"]}})]
    results.append(without_firm_records(results[1]))
    return results, [f for r in results for f in findings(r)]


def test_wording_rules_hold_on_every_statement(survey):
    _, every = _all_findings(survey)
    assert len(every) > 30
    for f in every:
        text = f.statement.lower()
        assert not [w for w in FORBIDDEN if re.search(rf"\b{w}\b", text)], f.statement
        if f.key.startswith("outcome:") and f.template in ("outcome_gap", "outcome_same"):
            assert re.search(r"\(\d[\d,]* and \d[\d,]* firms\)", f.statement)
            clear = f.numbers["p_holm"] < 0.05
            assert ("The difference is clear" in f.statement) == clear, f.statement
            assert ("not clear" in f.statement) == (not clear), f.statement
            fewest = min(f.numbers["n_firms_upgraded"], f.numbers["n_firms_not"])
            if fewest < 30:
                assert "first indication" in f.statement or "no test can tell" in f.statement


def test_holm_over_the_stated_outcomes(sample_findings):
    from statsmodels.stats.multitest import multipletests

    _, by_key = sample_findings
    rows = [f for k, f in by_key.items() if k.startswith("outcome:") and "p_holm" in f.numbers]
    raw = np.array([f.numbers["p_value"] for f in rows])
    expected = multipletests(raw, method="holm")[1]
    np.testing.assert_allclose([f.numbers["p_holm"] for f in rows], expected, rtol=1e-12)


def test_json_carries_the_findings_and_workshop_mode_rounds_their_counts(survey):
    result = run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS)
    data = result.to_json()
    assert [f["key"] for f in data["findings"]] == [f.key for f in findings(result)]
    assert all(f["statement"] and f["view"] in ("upgradingView", "outcomesView")
               for f in data["findings"])
    workshop = without_firm_records(result).to_json()
    for f in workshop["findings"]:
        for k, v in f["numbers"].items():
            if k.startswith("n_") and isinstance(v, int):
                assert v % 5 == 0, (f["key"], k, v)
        for number in re.findall(r"(\d[\d,]*) (?:of|and) (\d[\d,]*) firms", f["statement"]):
            assert all(int(n.replace(",", "")) % 5 == 0 for n in number), f["statement"]


def test_a_group_too_small_to_show_is_said_not_numbered():
    firms = pd.DataFrame({"firm_id": [f"F{i}" for i in range(8)],
                          "new_machinery": pd.array([True, True] + [False] * 6,
                                                    dtype="boolean")})
    rng = np.random.default_rng(1)
    workers = pd.DataFrame({"firm_id": np.repeat(firms["firm_id"], 5),
                            "hours_per_week": rng.uniform(40, 60, 40)})
    result = run_analysis(firms, workers)
    f = next(f for f in findings(result) if f.key == "outcome:hours_per_week")
    assert f.template == "outcome_withheld" and "too few" in f.statement
    assert "diff" not in f.numbers and "%" not in f.statement
