"""Worker measures and the minimum-wage table, hand-checked against DOMAIN.md's figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.measures import (
    MeasureSettings,
    firm_means,
    monthly_wage,
    regular_contract,
    worker_measures,
)
from core.analysis.minimum_wage import (
    MinimumWageTableError,
    applicable_minimum,
    default_reference_date,
    load_minimum_wages,
    normalise_region,
    validate_minimum_wages,
)


def yn(*values) -> pd.arrays.BooleanArray:
    return pd.array(list(values), dtype="boolean")


# ------------------------------------------------------------------------------ monthly wage

def test_monthly_wage_factors_by_hand():
    workers = pd.DataFrame({
        "pay_amount": [1000.0, 1000.0, 1000.0, 100.0, 10.0, 50.0, 1000.0, np.nan, 1000.0],
        "pay_period": pd.Categorical(["month", "fortnight", "week", "day", "hour", "piece",
                                      None, "month", "hour"]),
        "hours_per_week": [48.0, 48.0, 48.0, 48.0, 45.0, 48.0, 48.0, 48.0, np.nan],
    })
    got = monthly_wage(workers).to_numpy()
    want = [1000.0, 1000.0 * 26 / 12, 1000.0 * 52 / 12, 100.0 * 26, 10.0 * 45 * 52 / 12,
            np.nan, np.nan, np.nan, np.nan]
    np.testing.assert_allclose(got, want)
    assert monthly_wage(workers, days_per_month=22).iloc[3] == pytest.approx(2200.0)


def test_monthly_wage_without_period_is_missing():
    assert monthly_wage(pd.DataFrame({"pay_amount": [1.0]})).isna().all()


# ------------------------------------------------------------------------------ minimum wages

def test_bundled_table_holds_domain_figures():
    table = load_minimum_wages()
    vn = table[(table["country"] == "Vietnam") & (table["effective_from"] == "2022-07-01")]
    assert dict(zip(vn["region"], vn["amount"], strict=True)) == {
        "I": 4_680_000, "II": 4_160_000, "III": 3_640_000, "IV": 3_250_000}
    vn18 = table[(table["country"] == "Vietnam") & (table["effective_from"] == "2018-01-01")]
    assert sorted(vn18["amount"]) == [2_760_000, 3_090_000, 3_530_000, 3_980_000]
    mm = table[table["country"] == "Myanmar"].sort_values("effective_from")
    assert mm["amount"].tolist() == [3600, 4800] and set(mm["period"]) == {"day"}
    th = table[table["country"] == "Thailand"]
    assert th["amount"].min() == 328 and th["amount"].max() == 354
    assert th.loc[th["region"] == "", "amount"].tolist() == [328]
    assert default_reference_date(table) == pd.Timestamp("2022-10-01")


def test_lookup_by_country_region_and_date():
    table = load_minimum_wages()
    country = pd.Series(["Vietnam", "vietnam", "Vietnam", "Myanmar", "Thailand", "Thailand",
                         "Cambodia", "Vietnam"])
    region = pd.Series(["II", "Region 2", "vùng IV", None, "Bangkok", "Nan", "x", None])
    got = applicable_minimum(country, region, table)
    np.testing.assert_allclose(got.monthly, [4_160_000, 4_160_000, 3_250_000, 4800 * 26,
                                             353 * 26, 328 * 26, np.nan, np.nan])
    assert got.matched.tolist() == ["region", "region", "region", "country default", "region",
                                    "country default", "none", "none"]
    assert got.currency[:6].tolist() == ["VND", "VND", "VND", "MMK", "THB", "THB"]
    earlier = applicable_minimum(country, region, table, reference_date="2019-06-30",
                                 days_per_month=25)
    assert earlier.monthly[0] == 3_710_000 and earlier.monthly[3] == 4800 * 25
    assert np.isnan(earlier.monthly[4])  # Thai rows start in Oct 2022
    assert applicable_minimum(country, region, table,
                              reference_date="2018-03-01").monthly[0] == 3_530_000
    assert applicable_minimum(country, region, table,
                              reference_date="2016-01-01").monthly[3] == 3600 * 26


def test_region_normalisation():
    assert normalise_region(pd.Series(["Region 1", " ii ", "Vùng 3", "IV", None])).tolist() == [
        "i", "ii", "iii", "iv", ""]


def _table(**changes) -> pd.DataFrame:
    row = {"country": "Vietnam", "region": "I", "effective_from": "2022-07-01",
           "amount": "4680000", "currency": "VND", "period": "month", "source": "x"}
    row.update(changes)
    return pd.DataFrame([row])


@pytest.mark.parametrize(("changes", "message"), [
    ({"effective_from": "July 2022"}, "effective_from"),
    ({"amount": "-5"}, "not positive"),
    ({"amount": "4,680,000"}, "not a number"),
    ({"period": "week"}, "'month' or 'day'"),
    ({"country": ""}, "no country"),
    ({"currency": ""}, "no currency"),
])
def test_table_validation_names_the_row(changes, message):
    with pytest.raises(MinimumWageTableError) as err:
        validate_minimum_wages(_table(**changes), source="mine.csv")
    assert message in str(err.value) and "mine.csv, row 2" in str(err.value)


def test_table_validation_duplicates_and_missing_column():
    with pytest.raises(MinimumWageTableError, match="same country, region and date"):
        validate_minimum_wages(pd.concat([_table(), _table(region="Region 1")]))
    with pytest.raises(MinimumWageTableError, match="lacks the column 'period'"):
        validate_minimum_wages(_table().drop(columns="period"))


def test_user_edited_csv_loads(tmp_path):
    path = tmp_path / "mw.csv"
    _table(amount="5000000").to_csv(path, index=False)
    assert load_minimum_wages(path)["amount"].tolist() == [5_000_000.0]


# ------------------------------------------------------------------------------ indices

def test_regular_contract_setting():
    workers = pd.DataFrame({"contract": pd.Categorical(
        ["indefinite", "fixed_term", "probation", "none", None])})
    np.testing.assert_array_equal(regular_contract(workers), [1, 1, 0, 0, np.nan])
    np.testing.assert_array_equal(regular_contract(workers, fixed_term_is_regular=False),
                                  [1, 0, 0, 0, np.nan])


def _survey() -> tuple[pd.DataFrame, pd.DataFrame]:
    firms = pd.DataFrame({"firm_id": ["A", "B"], "country": pd.Categorical(["Vietnam", "Myanmar"]),
                          "region": pd.Categorical(["I", None])})
    workers = pd.DataFrame({
        "worker_id": ["1", "2", "3", "4"], "firm_id": ["A", "A", "B", "B"],
        "pay_amount": [5_000_000.0, 4_000_000.0, 5000.0, np.nan],
        "pay_period": pd.Categorical(["month", "month", "day", "month"]),
        "hours_per_week": [48.0, 60.0, np.nan, 40.0],
        "contract": pd.Categorical(["indefinite", "probation", None, None]),
        "social_insurance": yn(True, False, True, None),
        "injury": yn(False, True, None, None),
        "training": yn(True, False, None, None),
        "cba_covered": yn(True, False, None, True),
        "union_comfortable": yn(True, True, None, None),
        "committee": yn(False, True, True, None),
        "discrimination_barrier": yn(True, False, False, None),
        "suggestion_heard": yn(True, None, True, None),
    })
    return firms, workers


def test_worker_measures_hand_computed():
    firms, workers = _survey()
    res = worker_measures(firms, workers)
    t = res.table
    np.testing.assert_allclose(t["wage_to_minimum"], [5 / 4.68, 4 / 4.68, 5000 * 26 / (4800 * 26),
                                                       np.nan])
    # worker 1: wage ≥ min 1, regular 1, SI 1, hours ≤ 48 1, no injury 1, training 1 → 1.0
    # worker 2: wage<min 0, probation 0, SI 0, 60h 0, injured 0, no training 0 → 0.0
    # worker 3: wage ≥ min 1, contract ?, SI 1, hours ?, injury ?, training ? → 2 items < 4 → NaN
    np.testing.assert_allclose(t["ms_index"], [1.0, 0.0, np.nan, np.nan])
    assert t["ms_n_items"].tolist() == [6, 6, 2, 1]
    # ER worker 1: cba 1, union 1, committee 0, no-barrier 0, heard 1 → 3/5
    # worker 2: 0, 1, 1, 1, ? → 3/4; worker 3: ?, ?, 1, 1, 1 → 1.0; worker 4: one item → NaN
    np.testing.assert_allclose(t["er_index"], [0.6, 0.75, 1.0, np.nan])
    np.testing.assert_allclose(t["log_monthly_wage"][:2], np.log([5e6, 4e6]))
    assert t["min_wage_currency"].tolist()[:3] == ["VND", "VND", "MMK"]


def test_index_thresholds_are_settings():
    firms, workers = _survey()
    t = worker_measures(firms, workers, settings=MeasureSettings(ms_min_items=2)).table
    assert t["ms_index"].iloc[2] == pytest.approx(1.0)


def test_unit_suspicion_warns():
    firms, workers = _survey()
    workers["pay_amount"] = workers["pay_amount"] / 1000  # thousand VND
    res = worker_measures(firms, workers)
    assert any("check the pay units" in w for w in res.warnings)


def test_missing_roles_are_reported():
    firms = pd.DataFrame({"firm_id": ["A"]})
    workers = pd.DataFrame({"firm_id": ["A"], "training": yn(True)})
    res = worker_measures(firms, workers)
    assert res.table["monthly_wage"].isna().all() and res.table["ms_index"].isna().all()
    assert any("monthly_wage not computed" in w for w in res.warnings)
    assert any("wage_to_minimum not computed" in w for w in res.warnings)
    assert any("ms_index not computed" in w for w in res.warnings)


def test_firm_means_with_counts():
    values = pd.DataFrame({"ms_index": [1.0, 0.0, np.nan, 0.5]})
    out = firm_means(values, pd.Series(["A", "A", "B", "B"]), ["ms_index"])
    assert out.to_dict("list") == {"firm_id": ["A", "B"], "ms_index_mean": [0.5, 0.5],
                                   "ms_index_n": [2, 1]}


def test_duplicate_firm_ids_resolve_to_the_first_row():
    from core.analysis.measures import firm_positions
    pos = firm_positions(pd.Series(["A", "B", "A"]), pd.Series(["A", "B", "Z", "A"]))
    assert pos.tolist() == [0, 1, -1, 0]


def test_region_labels_as_codebooks_write_them_match_the_table():
    from core.analysis.minimum_wage import normalise_region

    labels = pd.Series(["Vietnam: minimum-wage Region I", "Vùng II", "region 3", "IV",
                        "Thailand: Chonburi", None])
    assert normalise_region(labels).tolist() == ["i", "ii", "iii", "iv", "chonburi", ""]
