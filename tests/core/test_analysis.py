"""run_analysis end to end on a synthetic survey: DESIGN.md JSON keys, disclosure, subsets."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from core.analysis.pipeline import AnalysisSettings, run_analysis, withhold_suppressed
from core.analysis.rules import evaluate_rules
from core.analysis.subset import Subset, parse_where
from core.common.errors import UserFacingError

DESIGN_TOP_KEYS = {"n_firms", "n_workers", "firms", "upgrading_summary", "comparisons",
                   "warnings"}
DESIGN_FIRM_KEYS = {"firm_id", "process", "product", "functional", "chain", "highest_type",
                    "upgrading_score", "bargaining_change", "downgraded"}
DESIGN_SUMMARY_KEYS = {"n_known", "share", "ci_low", "ci_high"}
DESIGN_COMPARISON_KEYS = {"outcome", "group_var", "group", "n_workers", "n_firms", "mean",
                          "ci_low", "ci_high", "diff", "diff_ci_low", "diff_ci_high", "p_value",
                          "few_firms", "suppressed"}


def synthetic_survey(n_firms: int = 80, workers_per_firm: int = 6, seed: int = 0,
                     missing: float = 0.1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Canonical firm and worker frames as core/model/survey.py produces them, with electronics firms
    upgrading more often than apparel firms and about 10% of every yes/no item missing."""
    rng = np.random.default_rng(seed)
    fid = np.array([f"F{i:03d}" for i in range(n_firms)], dtype=object)
    sector = rng.choice(["apparel", "electronics"], n_firms)
    country = rng.choice(["Vietnam", "Thailand", "Myanmar"], n_firms)
    thai = rng.choice(["Bangkok", "Chonburi", "Nan"], n_firms)
    region = np.where(country == "Vietnam", rng.choice(["I", "II", "III", "IV"], n_firms),
                      np.where(country == "Thailand", thai, ""))
    firms = pd.DataFrame({"firm_id": fid, "country": pd.Categorical(country),
                          "sector": pd.Categorical(sector), "region": pd.Categorical(region)})
    elec = sector == "electronics"

    def yn(p, size=n_firms):
        v = rng.random(size) < p
        return pd.array(np.where(rng.random(size) < missing, None, v), dtype="boolean")

    for r in ("new_machinery", "new_process", "automation", "cad_erp", "line_reorganisation",
              "certification_new"):
        firms[r] = yn(np.where(elec, 0.35, 0.2))
    for r in ("new_product", "product_complexity_up", "design_added", "rnd_added",
              "own_brand_added", "sector_changed", "new_export_market", "new_buyer",
              "certification_lost", "export_stopped"):
        firms[r] = yn(np.where(elec, 0.12, 0.05))
    firms["unit_price_change_pct"] = np.where(rng.random(n_firms) < 0.3, np.nan,
                                              rng.normal(-2, 5, n_firms))
    firms["stage_before"] = rng.integers(0, 3, n_firms).astype(float)
    firms["stage_now"] = firms["stage_before"] + rng.choice([-1, 0, 0, 0, 1], n_firms)
    firms["new_sector_sales_share"] = np.where(rng.random(n_firms) < 0.5, np.nan,
                                               rng.uniform(0, 20, n_firms))
    firms["price_setting_before"] = rng.integers(1, 5, n_firms).astype(float)
    firms["price_setting_now"] = np.clip(
        firms["price_setting_before"] + rng.choice([-1, 0, 0, 1], n_firms), 1, 4)

    n = n_firms * workers_per_firm
    ctry = np.repeat(country, workers_per_firm)
    base = np.select([ctry == "Vietnam", ctry == "Thailand"], [5.5e6, 11000.0], 150000.0)
    period = rng.choice(["month", "day", "week", "piece", "hour"], n,
                        p=[0.6, 0.2, 0.1, 0.05, 0.05])
    hours = rng.normal(50, 6, n)
    monthly = base * np.exp(rng.normal(0, 0.25, n))
    per = np.select([period == "day", period == "week", period == "hour"],
                    [monthly / 26, monthly * 12 / 52, monthly / (hours * 52 / 12)], monthly)
    skills = ["production", "technician", "supervisor", "manager"]
    workers = pd.DataFrame({
        "worker_id": np.array([f"W{i:05d}" for i in range(n)], dtype=object),
        "firm_id": np.repeat(fid, workers_per_firm),
        "gender": pd.Categorical(rng.choice(["female", "male"], n)),
        "skill_group": pd.Categorical(rng.choice(skills, n, p=[0.7, 0.15, 0.1, 0.05])),
        "contract": pd.Categorical(rng.choice(["indefinite", "fixed_term", "probation", "none"],
                                              n)),
        "pay_amount": per, "pay_period": pd.Categorical(period), "hours_per_week": hours,
    })
    for role, p in (("training", 0.4), ("promoted", 0.1), ("social_insurance", 0.7),
                    ("injury", 0.05), ("cba_covered", 0.3), ("union_comfortable", 0.5),
                    ("committee", 0.4), ("discrimination_barrier", 0.2),
                    ("suggestion_heard", 0.6)):
        workers[role] = yn(p, n)
    return firms, workers


@pytest.fixture(scope="module")
def survey():
    return synthetic_survey()


@pytest.fixture(scope="module")
def result(survey):
    return run_analysis(*survey)


def test_json_has_design_keys_and_is_strict_json(result):
    data = result.to_json()
    assert set(data) >= DESIGN_TOP_KEYS
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text)["n_firms"] == 80
    assert data["n_workers"] == 480
    assert all(set(f) >= DESIGN_FIRM_KEYS for f in data["firms"])
    assert {f["process"] for f in data["firms"]} <= {True, False, None}
    for name in ("process", "product", "functional", "chain"):
        assert set(data["upgrading_summary"][name]) >= DESIGN_SUMMARY_KEYS
    assert all(set(c) >= DESIGN_COMPARISON_KEYS for c in data["comparisons"])
    refs = [c for c in data["comparisons"] if c["group"] == "none"]
    assert refs and all(c["p_value"] is None for c in refs)


def test_firm_flags_equal_a_direct_rule_evaluation(survey, result):
    firms, _ = survey
    direct = evaluate_rules(firms).table
    for col in ("process", "product", "functional", "chain", "highest_type", "upgrading_score"):
        assert result.firms[col].astype(object).fillna("NA").tolist() == direct[col].astype(
            object).fillna("NA").tolist()


def test_summary_shares_are_known_firm_shares(result):
    s = result.upgrading_summary.set_index("type")
    known = result.firms["process"].notna().sum()
    assert s.loc["process", "n_known"] == known
    assert s.loc["process", "share"] == pytest.approx(
        result.firms["process"].astype(float).mean())


def test_electronics_upgrade_more_than_apparel_in_the_synthetic_survey():
    res = run_analysis(*synthetic_survey(n_firms=300, seed=5))
    by = res.shares_by_group
    proc = by[(by["type"] == "process") & (by["group_var"] == "sector")].set_index("group")
    assert proc.loc["electronics", "share"] > proc.loc["apparel", "share"]
    s = res.upgrading_summary.set_index("type")["share"]
    assert s["process"] == s[["process", "product", "functional", "chain"]].max()


def test_suppressed_rows_have_null_numbers_in_json():
    firms, workers = synthetic_survey(n_firms=30, workers_per_firm=3, seed=2)
    res = run_analysis(firms, workers)
    rows = res.to_json()["comparisons"]
    supp = [r for r in rows if r["suppressed"]]
    assert supp, "the small survey should have suppressed groups"
    assert all(r["mean"] is None and r["ci_low"] is None and r["diff"] is None for r in supp)
    assert all(r["n_firms"] is not None for r in supp)
    assert any(r["mean"] is not None for r in rows if not r["suppressed"])


def test_suppressed_reference_withholds_every_difference():
    table = pd.DataFrame({
        "outcome": ["y", "y"], "group_var": ["g", "g"], "group": ["none", "chain"],
        "reference": ["none", "none"], "mean": [1.0, 2.0], "se": [0.1, 0.1],
        "ci_low": [0.8, 1.8], "ci_high": [1.2, 2.2], "diff": [0.0, 1.0], "diff_se": [np.nan, .1],
        "diff_ci_low": [np.nan, 0.8], "diff_ci_high": [np.nan, 1.2], "p_value": [np.nan, 0.01],
        "suppressed": [True, False]})
    out = withhold_suppressed(table)
    assert out.loc[1, "mean"] == 2.0 and np.isnan(out.loc[1, "diff"])
    assert np.isnan(out.loc[1, "p_value"])


def test_subset_of_everything_equals_no_subset(survey):
    firms, workers = survey
    everything = parse_where(["country=Vietnam,Thailand,Myanmar"], firms, workers)
    a = run_analysis(firms, workers, subset=everything).to_json()
    b = run_analysis(firms, workers).to_json()
    for key in ("n_firms", "n_workers", "firms", "upgrading_summary", "comparisons"):
        assert a[key] == b[key]


def test_subset_restricts_every_result(survey):
    firms, workers = survey
    res = run_analysis(firms, workers, subset={"firms": {"country": ["Vietnam"]}})
    assert set(res.firms["country"].astype(str)) == {"Vietnam"}
    vn = set(firms.loc[firms["country"] == "Vietnam", "firm_id"])
    assert set(res.workers["firm_id"]) <= vn and res.n_firms == len(vn)
    assert res.upgrading_summary.set_index("type").loc["process", "n_firms"] == len(vn)
    wage = res.comparisons[res.comparisons["outcome"] == "monthly_wage"]
    assert wage["n_workers"].sum() <= res.n_workers
    assert not any("pools currencies" in w for w in res.warnings)


def test_worker_filter_and_filter_on_derived_highest_type(survey):
    firms, workers = survey
    res = run_analysis(firms, workers, subset=Subset(workers={"gender": ["female"]}))
    assert res.n_firms == 80 and set(res.workers["gender"].astype(str)) == {"female"}
    assert any("Worker filter" in w for w in res.warnings)
    res2 = run_analysis(firms, workers, subset={"firms": {"highest_type": ["chain"]}})
    assert set(res2.firms["highest_type"].astype(str)) == {"chain"}


def test_custom_rules_settings_and_group_vars(survey):
    firms, workers = survey
    rules = {"types": {"process": {"all": ["new_machinery", "automation"]}}}
    settings = {"group_vars": ["highest_type", "gender"], "references": {"gender": "male"},
                "outcomes": ["ms_index"], "min_workers": 1, "unknown_key": 1}
    res = run_analysis(firms, workers, rules=rules, settings=settings)
    assert res.computed_types == ["process"]
    assert set(res.comparisons["group_var"]) == {"highest_type", "gender"}
    gender = res.comparisons[res.comparisons["group_var"] == "gender"].set_index("group")
    assert gender.loc["male", "diff"] == 0 and np.isfinite(gender.loc["female", "diff"])
    assert res.settings.min_workers == 1


def test_bad_settings_are_refused():
    with pytest.raises(UserFacingError, match="min_firms"):
        AnalysisSettings.from_json({"min_firms": "three"})


def test_firms_only_survey_still_analyses():
    firms, _ = synthetic_survey(n_firms=10)
    res = run_analysis(firms)
    data = res.to_json()
    assert data["n_workers"] == 0 and data["comparisons"] == []
    assert any("No workers" in w for w in data["warnings"])


def test_matrix_present_with_breakdowns(result):
    assert {"all", "skill_group", "contract"} == set(result.matrix["breakdown_var"])
    overall = result.matrix[result.matrix["breakdown_var"] == "all"]
    assert overall["cell_suppressed"].all()  # 3 not-upgraded firms: small quadrants + complements
    full = run_analysis(*synthetic_survey(), settings={"min_firms": 1})
    assert full.matrix[full.matrix["breakdown_var"] == "all"]["n_firms"].sum() == 80


def test_money_wages_are_compared_only_within_one_currency(survey):
    pooled = run_analysis(*survey)
    outcomes = set(pooled.comparisons["outcome"])
    assert "wage_to_minimum" in outcomes
    assert not outcomes & {"monthly_wage", "log_monthly_wage"}
    assert any("different currencies" in w for w in pooled.warnings)
    one = run_analysis(*survey, subset={"firms": {"country": ["Vietnam"]}})
    assert {"monthly_wage", "log_monthly_wage"} <= set(one.comparisons["outcome"])
    asked = run_analysis(*survey, settings={"outcomes": ["monthly_wage"]})
    assert set(asked.comparisons["outcome"]) == {"monthly_wage"}
    assert any("pools the currencies" in w for w in asked.warnings)
