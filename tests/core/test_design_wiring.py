"""The survey design and the subset reach every number of an analysis (issue 12, items 5–7).

Hand-worked cases: a firm weight changes the firm shares (and says so), the worker weight of a
comparison is firm weight × within-firm weight, firm-level tests become design-based, the
measures' warnings describe the subset, and a per-country survey year picks the minimum wage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from core.analysis.pipeline import AnalysisSettings, run_analysis
from core.common.errors import UserFacingError


def _firms(weights: list[float] | None = None) -> pd.DataFrame:
    """Eight Vietnamese apparel/electronics firms; process upgrading (new machinery) in F0, F3,
    F4 and F7."""
    machinery = [True, False, False, True, True, False, False, True]
    firms = pd.DataFrame({
        "firm_id": [f"F{i}" for i in range(8)],
        "country": pd.Categorical(["Vietnam"] * 8),
        "sector": pd.Categorical(["apparel"] * 4 + ["electronics"] * 4),
        "new_machinery": pd.array(machinery, dtype="boolean"),
    })
    if weights is not None:
        firms["weight"] = weights
    return firms


def _summary_share(result, flag: str = "process") -> float:
    rows = result.upgrading_summary.set_index("type")
    return float(rows.loc[flag, "share"])


def test_a_firm_weight_makes_the_firm_shares_weighted_and_says_so():
    weights = [1.0, 1.0, 2.0, 6.0, 1.0, 1.0, 1.0, 3.0]
    plain = run_analysis(_firms())
    weighted = run_analysis(_firms(weights))
    # by hand: process firms F0, F3, F4, F7 carry 1 + 6 + 1 + 3 = 11 of the 16 weight
    assert _summary_share(plain) == pytest.approx(4 / 8)
    assert _summary_share(weighted) == pytest.approx(11 / 16)
    row = weighted.upgrading_summary.set_index("type").loc["process"]
    assert row["ci_method"] == "korn_graubard" and bool(row["weighted"])
    assert 0.0 <= row["ci_low"] < 11 / 16 < row["ci_high"] <= 1.0
    assert plain.upgrading_summary.set_index("type").loc["process", "ci_method"] == "wilson"
    # the counts stay firm counts (the disclosure rule counts firms, not weight)
    assert int(row["n_true"]) == 4 and int(row["n_known"]) == 8
    assert weighted.design["weights"] == "weight"
    assert any("use the survey design" in w for w in weighted.warnings)
    # the same numbers in the window's upgrading view and the JSON
    chart = weighted.views.upgrading.shares
    by_group = {s.group: s.bar("process").share for s in chart.series}
    expected = {"all": 11 / 16, "apparel": 7 / 10, "electronics": 4 / 6}
    assert by_group == pytest.approx({g: expected[g] for g in by_group})
    assert chart.ci_method == "korn_graubard" and chart.weighted
    assert weighted.to_json()["upgrading_summary"]["process"]["share"] == pytest.approx(11 / 16)


def test_switching_weights_off_gives_the_unweighted_shares():
    result = run_analysis(_firms([1.0, 1.0, 2.0, 6.0, 1.0, 1.0, 1.0, 3.0]),
                          settings=AnalysisSettings(use_weights=False))
    assert _summary_share(result) == pytest.approx(0.5)
    assert result.design == {"weights": None, "strata": None, "psu": None}


def test_weighted_shares_by_sector_and_a_missing_weight_is_counted():
    weights = [1.0, 1.0, 2.0, 6.0, 1.0, np.nan, 1.0, 3.0]
    result = run_analysis(_firms(weights), settings=AnalysisSettings(min_firms=1))
    by_sector = result.shares_by_group.query("type == 'process' and group_var == 'sector'")
    shares = dict(zip(by_sector["group"], by_sector["share"], strict=True))
    assert shares["apparel"] == pytest.approx(7 / 10)  # F0 (1) + F3 (6) of 1+1+2+6
    assert shares["electronics"] == pytest.approx(4 / 5)  # F4 (1) + F7 (3) of 1+1+3, F5 out
    assert any("1 firms have no usable weight" in w for w in result.warnings)


def test_firm_level_tests_use_the_design_when_weighted():
    weights = [1.0, 1.0, 2.0, 6.0, 1.0, 1.0, 1.0, 3.0]
    result = run_analysis(_firms(weights), settings=AnalysisSettings(min_firms=1))
    test = result.group_tests.query("type == 'process' and group_var == 'sector'").iloc[0]
    assert test["test"] == "design_wald"
    # independent: weighted LPM on a sector dummy with HC (one firm per PSU, no strata) gives
    # the same Wald statistic up to the design's n/(n−1) factor; F = t² on (1, n − 1) df
    firms = _firms(weights)
    y = firms["new_machinery"].astype(float)
    X = sm.add_constant((firms["sector"] == "electronics").astype(float))
    fit = sm.WLS(y, X, weights=np.asarray(weights)).fit(cov_type="HC0")
    n = len(firms)
    t2 = (fit.params.iloc[1] / fit.bse.iloc[1]) ** 2 / (n / (n - 1))
    assert test["statistic"] == pytest.approx(t2, rel=1e-9)
    assert test["dof"] == 1


def _workers_for(firms: pd.DataFrame, per_firm: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    ids = np.repeat(firms["firm_id"].to_numpy(), per_firm)
    return pd.DataFrame({"firm_id": ids,
                         "pay_amount": rng.uniform(4e6, 9e6, len(ids)).round(-3),
                         "pay_period": pd.Categorical(["month"] * len(ids)),
                         "weight": np.tile([1.0, 2.0, 1.0, 4.0], len(firms))})


def test_worker_comparisons_weight_by_firm_weight_times_worker_weight():
    firm_w = [1.0, 1.0, 2.0, 6.0, 1.0, 1.0, 1.0, 3.0]
    firms = _firms(firm_w)
    workers = _workers_for(firms)
    result = run_analysis(firms, workers, settings=AnalysisSettings(
        group_vars=["process"], outcomes=["monthly_wage"], min_firms=1, min_workers=1))
    rows = result.comparisons.set_index("group")
    w = workers["weight"].to_numpy() * np.repeat(firm_w, 4)
    process = np.repeat(firms["new_machinery"].to_numpy(dtype=bool), 4)
    pay = result.workers["monthly_wage"].to_numpy()
    for label, mask in (("True", process), ("False", ~process)):
        key = next(g for g in rows.index if str(g).lower() == label.lower())
        assert rows.loc[key, "mean"] == pytest.approx(np.average(pay[mask], weights=w[mask]))


def test_measure_warnings_describe_the_subset():
    firms = pd.DataFrame({"firm_id": [f"T{i}" for i in range(10)],
                          "country": pd.Categorical(["Thailand"] * 10),
                          "region": pd.Categorical(["Bangkok", "Nan"] * 5),
                          "sector": pd.Categorical(["apparel"] * 6 + ["electronics"] * 4)})
    workers = pd.DataFrame({"firm_id": np.repeat(firms["firm_id"], 3),
                            "pay_amount": 450.0,
                            "pay_period": pd.Categorical(["day"] * 30)})
    whole = run_analysis(firms, workers)
    sub = run_analysis(firms, workers, subset={"firms": {"sector": ["electronics"]}})
    assert sub.n_firms == 4

    def default_minimum(result) -> list[str]:
        return [w for w in result.warnings if "default minimum" in w]

    assert default_minimum(whole) == ["5 firms (15 workers) use their country's default "
                                      "minimum wage (region missing or not listed in the table)"]
    assert default_minimum(sub) == ["2 firms (6 workers) use their country's default minimum "
                                    "wage (region missing or not listed in the table)"]


def test_a_survey_year_picks_the_minimum_wage_in_force_then():
    firms = pd.DataFrame({"firm_id": ["V1"], "country": pd.Categorical(["Vietnam"]),
                          "region": pd.Categorical(["Region I"])})
    workers = pd.DataFrame({"firm_id": ["V1"], "pay_amount": [4_400_000.0],
                            "pay_period": pd.Categorical(["month"])})
    latest = run_analysis(firms, workers).workers
    dated = run_analysis(firms, workers,
                         settings={"survey_years": {"Vietnam": 2019}}).workers
    assert dated.loc[0, "min_wage_date_source"] == "survey_year"
    # Region I: 4,180,000 VND from 2019-01-01 (Decree 157/2018), 4,960,000 from 2024-07-01
    assert dated.loc[0, "wage_to_minimum"] == pytest.approx(4_400_000 / 4_180_000)
    assert latest.loc[0, "wage_to_minimum"] < 1.0 < dated.loc[0, "wage_to_minimum"]


@pytest.mark.parametrize("years", [{"Vietnam": "2019"}, {"Vietnam": 1200}, ["Vietnam", 2019],
                                   {"Vietnam": True}])
def test_survey_years_setting_is_validated(years):
    with pytest.raises(UserFacingError, match="survey_years"):
        AnalysisSettings.from_json({"survey_years": years})


def test_on_the_sample_no_interval_leaves_0_1_collapses_or_few_firms_p_is_tiny():
    """Issue 12's "Done when" on the bundled sample, through the JSON every output prints."""
    from pathlib import Path

    from core.project.opening import open_survey

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
    survey = open_survey(sample).survey
    data = run_analysis(survey.firms, survey.workers).to_json()
    shown = [c for c in data["comparisons"] if not c["suppressed"]]
    assert shown
    for row in shown:
        low, high = row["ci_low"], row["ci_high"]
        assert low is not None and high is not None and high > low, row
        if row["scale"] == "share":
            assert low >= 0.0 and high <= 1.0, row
        if row["p_value"] is not None and row["group"] != row["reference"]:
            few = min(row["n_firms"], next(r["n_firms"] for r in data["comparisons"]
                                           if r["outcome"] == row["outcome"]
                                           and r["group_var"] == row["group_var"]
                                           and r["group"] == r["reference"]))
            if few < 10:
                assert row["p_value"] >= 0.001, row
                assert row["p_method"] in ("wild_bootstrap", "permutation"), row
            assert row["p_adjusted"] >= row["p_value"]
    for share in data["upgrading_summary"].values():
        if share["share"] is not None:
            assert 0.0 <= share["ci_low"] < share["ci_high"] <= 1.0


def test_a_survey_year_for_a_country_not_in_the_survey_is_said():
    firms = pd.DataFrame({"firm_id": ["V1"], "country": pd.Categorical(["Vietnam"])})
    workers = pd.DataFrame({"firm_id": ["V1"], "pay_amount": [4_400_000.0],
                            "pay_period": pd.Categorical(["month"])})
    result = run_analysis(firms, workers, settings={"survey_years": {"Vietnam in": 2019}})
    assert result.workers.loc[0, "min_wage_date_source"] == "latest"
    assert any('"Vietnam in" matches no country' in w and "Vietnam" in w
               for w in result.warnings)


def test_parse_survey_years_reads_what_people_type_and_refuses_the_rest():
    from core.analysis.measures import parse_survey_years, survey_years_text

    years = parse_survey_years("Vietnam 2019; Thailand: 2020\nMyanmar=2018, ")
    assert years == {"Vietnam": 2019, "Thailand": 2020, "Myanmar": 2018}
    assert parse_survey_years(survey_years_text(years)) == years
    assert parse_survey_years("") == {}
    for bad in ("Vietnam 19", "2019", "Vietnam 1800"):
        with pytest.raises(UserFacingError, match="survey year"):
            parse_survey_years(bad)
