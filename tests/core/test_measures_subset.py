"""Warnings counted on the subset they describe, pay outliers, and contracts that are not regular."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.analysis.measures import (
    MeasureSettings,
    measure_warnings,
    pay_outliers,
    regular_contract,
    worker_measures,
)
from core.model.category_values import canonical_value


def _survey(n_firms: int = 20) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Thai firms: even ones in Bangkok (a table row), odd ones in Nan (not listed: the country
    default); three workers each."""
    ids = [f"F{i}" for i in range(n_firms)]
    firms = pd.DataFrame({"firm_id": ids, "country": pd.Categorical(["Thailand"] * n_firms),
                          "region": pd.Categorical(["Bangkok" if i % 2 == 0 else "Nan"
                                                    for i in range(n_firms)])})
    workers = pd.DataFrame({"firm_id": np.repeat(ids, 3),
                            "pay_amount": np.full(3 * n_firms, 400.0),
                            "pay_period": pd.Categorical(["day"] * (3 * n_firms))})
    return firms, workers


def test_warnings_count_the_subset_not_the_whole_survey():
    firms, workers = _survey(20)
    res = worker_measures(firms, workers)
    full = [w for w in res.warnings if "default minimum" in w]
    assert full == ["10 firms (30 workers) use their country's default minimum wage (region "
                    "missing or not listed in the table)"]
    table = pd.concat([workers, res.table], axis=1)
    keep = ["F0", "F1", "F3"]
    sub = measure_warnings(firms[firms["firm_id"].isin(keep)],
                           table[table["firm_id"].isin(keep)], MeasureSettings())
    assert [w for w in sub if "default minimum" in w] == [
        "2 firms (6 workers) use their country's default minimum wage (region missing or not "
        "listed in the table)"]
    only_region = measure_warnings(firms[firms["firm_id"] == "F0"],
                                   table[table["firm_id"] == "F0"], MeasureSettings())
    assert not any("default minimum" in w for w in only_region)


def test_worker_measures_warnings_equal_measure_warnings_on_everything():
    firms, workers = _survey(6)
    res = worker_measures(firms, workers)
    table = pd.concat([workers, res.table], axis=1)
    from core.analysis.minimum_wage import load_minimum_wages
    assert measure_warnings(firms, table, MeasureSettings(),
                            minimum_wages=load_minimum_wages()) == res.warnings


def test_pay_outliers_robust_z_within_country_and_period():
    pay = np.array([5e6, 5.2e6, 4.8e6, 5.1e6, 4.9e6, 5e7,   # a 10× typo in Vietnam, monthly
                    5e6, 4.6e6,                              # a 2-worker group: not assessed
                    300, 320, 310, 305, 30, np.nan])         # a 10× slip down, Thai daily
    country = np.array(["Vietnam"] * 8 + ["Thailand"] * 6, dtype=object)
    period = np.array(["month"] * 6 + ["week"] * 2 + ["day"] * 6, dtype=object)
    flag = pay_outliers(pay, country, period)
    assert flag.tolist() == [False, False, False, False, False, True, pd.NA, pd.NA,
                             False, False, False, False, True, pd.NA]


def test_a_wide_but_honest_pay_range_is_not_flagged():
    # pay doubling step by step: 50 M and 1 M are over 5× from the 8 M median, but the spread
    # is wide (MAD of log pay ln 4), so their robust z is about 1: not flagged
    pay = np.array([1e6, 2e6, 4e6, 8e6, 16e6, 32e6, 50e6])
    flag = pay_outliers(pay, np.array(["Vietnam"] * 7, dtype=object),
                        np.array(["month"] * 7, dtype=object))
    assert not flag.any()


def test_pay_outlier_column_and_warning():
    firms = pd.DataFrame({"firm_id": ["A"], "country": pd.Categorical(["Vietnam"]),
                          "region": pd.Categorical(["I"])})
    workers = pd.DataFrame({"firm_id": ["A"] * 6,
                            "pay_amount": [5e6, 5.2e6, 4.8e6, 5.1e6, 4.9e6, 5e7],
                            "pay_period": pd.Categorical(["month"] * 6)})
    res = worker_measures(firms, workers)
    assert res.table["pay_outlier"].dtype == "boolean"
    assert res.table["pay_outlier"].tolist() == [False] * 5 + [True]
    assert any(w.startswith("1 firm (1 worker) has a monthly pay at least 5× above or below")
               and "Vietnam 1" in w for w in res.warnings)
    stricter = worker_measures(firms, workers, settings=MeasureSettings(pay_outlier_ratio=20))
    assert not stricter.table["pay_outlier"].any()


def test_temporary_contracts_are_never_regular():
    spellings = ["Temporary", "tạm thời", "Casual worker", "công nhật", "Day labourer"]
    assert {canonical_value("worker", "contract", s) for s in spellings} == {"temporary"}
    assert canonical_value("worker", "contract", "Temporary, 1-3 years") == "fixed_term"
    workers = pd.DataFrame({"contract": pd.Categorical(
        ["indefinite", "fixed_term", "temporary", "fixed_term_short", None])})
    np.testing.assert_array_equal(regular_contract(workers), [1, 1, 0, 0, np.nan])
    # the setting governs fixed_term only
    np.testing.assert_array_equal(regular_contract(workers, fixed_term_is_regular=False),
                                  [1, 0, 0, 0, np.nan])


def test_temporary_is_a_known_contract_value_in_the_warnings():
    firms = pd.DataFrame({"firm_id": ["A"], "country": pd.Categorical(["Vietnam"])})
    workers = pd.DataFrame({"firm_id": ["A", "A"],
                            "contract": pd.Categorical(["temporary", "gig"])})
    res = worker_measures(firms, workers)
    unknown = [w for w in res.warnings if "contract type" in w]
    assert len(unknown) == 1 and unknown[0].startswith("1 workers") and '"gig"' in unknown[0]
