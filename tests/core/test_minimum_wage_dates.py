"""Minimum wage by country, region AND date: each worker's own date, the fall-backs in order, and a
plain warning when the table has no row yet at that date."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from core.analysis.measures import MeasureSettings, worker_measures
from core.analysis.minimum_wage import load_minimum_wages, minimum_at_dates


def _firms(**extra) -> pd.DataFrame:
    return pd.DataFrame({"firm_id": ["A", "B", "C"],
                         "country": pd.Categorical(["Vietnam", "Thailand", "Vietnam"]),
                         "region": pd.Categorical(["I", "Bangkok", "Region 2"]), **extra})


def _workers(**extra) -> pd.DataFrame:
    return pd.DataFrame({"firm_id": ["A", "B", "C"],
                         "pay_amount": [4_400_000.0, 9_000.0, 4_000_000.0],
                         "pay_period": pd.Categorical(["month"] * 3), **extra})


def test_bundled_table_holds_the_issue_figures():
    table = load_minimum_wages()
    vn1 = table[(table["country"] == "Vietnam") & (table["region"] == "I")]
    assert dict(zip(vn1["effective_from"].dt.year, vn1["amount"], strict=True)) == {
        2018: 3_980_000, 2019: 4_180_000, 2022: 4_680_000}


def test_a_2019_vietnam_region_i_worker_is_compared_with_the_2019_minimum():
    # the issue: 4.40 M VND is 4.40 / 4.18 = 1.05× the 2019 minimum, not 4.40 / 4.68 = 0.94×
    old = worker_measures(_firms(), _workers()).table
    assert old["wage_to_minimum"].iloc[0] == pytest.approx(4.40 / 4.68)
    assert old["min_wage_date_source"].iloc[0] == "latest"
    dated = worker_measures(_firms(), _workers(survey_date=pd.to_datetime(
        ["2019-05-14", "2023-03-01", "2019-05-14"]))).table
    assert dated["wage_to_minimum"].iloc[0] == pytest.approx(4.40 / 4.18)
    assert round(dated["wage_to_minimum"].iloc[0], 2) == 1.05
    assert dated["wage_to_minimum"].iloc[2] == pytest.approx(4.00 / 3.71)  # Region II, 2019
    assert dated["wage_to_minimum"].iloc[1] == pytest.approx(9000 / (353 * 26))
    assert dated["min_wage_source"].tolist() == ["table", "table", "table"]
    assert dated["min_wage_date"].iloc[0] == pd.Timestamp("2019-05-14")


def test_date_priority_worker_then_firm_then_survey_year_then_reference_then_latest():
    firms = _firms(survey_date=pd.to_datetime(["2018-06-01", None, None]))
    workers = _workers(survey_date=pd.to_datetime([None, None, "2022-08-01"]))
    settings = MeasureSettings(survey_years={"vietnam": 2019, "Thailand": 2023})
    t = worker_measures(firms, workers, settings=settings).table
    assert t["min_wage_date_source"].tolist() == ["firm_date", "survey_year", "worker_date"]
    assert t["min_wage_date"].tolist() == [pd.Timestamp("2018-06-01"),
                                           pd.Timestamp("2023-07-01"), pd.Timestamp("2022-08-01")]
    np.testing.assert_allclose(t["wage_to_minimum"], [4.40 / 3.98, 9000 / (353 * 26),
                                                      4.00 / 4.16])
    ref = worker_measures(_firms(), _workers(),
                          settings=MeasureSettings(reference_date="2019-06-30")).table
    assert ref["min_wage_date_source"].tolist() == ["reference_date"] * 3
    assert ref["wage_to_minimum"].iloc[0] == pytest.approx(4.40 / 4.18)


def test_no_row_at_the_date_is_a_plain_warning():
    settings = MeasureSettings(survey_years={"Vietnam": 2019, "Thailand": 2019})
    res = worker_measures(_firms(), _workers(), settings=settings)
    t = res.table
    assert t["min_wage_source"].tolist() == ["table", "no_row_at_date", "table"]
    assert np.isnan(t["wage_to_minimum"].iloc[1])
    found = [w for w in res.warnings if w.startswith("Thailand:")]
    assert len(found) == 1
    assert "1 firm (1 worker)" in found[0] and "2019-07-01" in found[0]
    assert "2022-10-01" in found[0] and "minimum-wage table in Settings" in found[0]


def test_a_bad_survey_year_setting_is_reported_not_used():
    res = worker_measures(_firms(), _workers(),
                          settings=MeasureSettings(survey_years={"Vietnam": "soon"}))
    assert any("survey year set for Vietnam" in w for w in res.warnings)
    assert res.table["min_wage_date_source"].iloc[0] == "latest"


def test_without_any_date_the_warning_says_one_date_was_used():
    res = worker_measures(_firms(), _workers())
    assert any(w.startswith("No survey date") and "2022-10-01" in w for w in res.warnings)


def test_a_date_long_after_the_newest_row_is_flagged_as_maybe_stale():
    res = worker_measures(_firms(), _workers(survey_date=pd.to_datetime(
        ["2025-03-01", "2023-01-01", "2023-01-01"])))
    assert any(w.startswith("Vietnam: 1 firm (1 worker) is dated more than a year after")
               for w in res.warnings)


def test_lookup_is_vectorised_on_many_workers():
    table = load_minimum_wages()
    n = 300_000
    rng = np.random.default_rng(1)
    country = pd.Series(rng.choice(["Vietnam", "Thailand", "Myanmar"], n))
    region = pd.Series(rng.choice(["I", "II", "Bangkok", ""], n))
    dates = pd.Series(pd.to_datetime("2017-01-01") + pd.to_timedelta(rng.integers(0, 2500, n),
                                                                     unit="D"))
    start = time.perf_counter()
    got = minimum_at_dates(country, region, dates, table)
    assert time.perf_counter() - start < 5
    # spot-check against a plain per-row reading of the table
    for i in rng.choice(n, 60, replace=False):
        c, r, d = country[i], region[i], dates[i]
        rows = table[(table["country"] == c) & (table["effective_from"] <= d)]
        exact = rows[rows["region"] == r] if r else rows.iloc[0:0]
        use = exact if len(exact) else rows[rows["region"] == ""]
        if not len(use):
            assert np.isnan(got.monthly[i]) and got.matched[i] == "none"
            continue
        row = use.sort_values("effective_from").iloc[-1]
        want = row["amount"] * (26 if row["period"] == "day" else 1)
        assert got.monthly[i] == pytest.approx(want), (c, r, d)
