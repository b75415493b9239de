"""Blank and duplicated firm IDs (issue #15 item 7): those rows are left out, named, the rest is
computed exactly as if the rows had been removed by hand."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from core.analysis.disclosure import without_firm_records
from core.analysis.id_problems import by_input_row, exclude_unidentified_firms
from core.analysis.pipeline import run_analysis
from tests.core.test_analysis import synthetic_survey


@pytest.fixture(scope="module")
def broken():
    firms, workers = synthetic_survey(n_firms=40, workers_per_firm=4, seed=11)
    firms["firm_id"] = firms["firm_id"].astype(object)
    ids = list(firms["firm_id"])
    firms.loc[1, "firm_id"] = ids[0]          # F001's row now claims to be F000
    firms.loc[[2, 3], "firm_id"] = [None, "  "]  # two rows without an ID
    return firms, workers, ids


@pytest.fixture(scope="module")
def result(broken):
    firms, workers, _ = broken
    return run_analysis(firms, workers)


def test_the_rows_and_the_workers_of_the_duplicate_are_left_out_and_the_rest_computed(
        broken, result):
    firms, workers, ids = broken
    # by hand: drop the four firm rows, and the workers who name the duplicated ID
    clean_firms = firms.drop(index=[0, 1, 2, 3]).reset_index(drop=True)
    clean_workers = workers[workers["firm_id"] != ids[0]].reset_index(drop=True)
    expected = run_analysis(clean_firms, clean_workers)
    assert result.n_firms == 36 == expected.n_firms
    assert result.n_workers == expected.n_workers == len(clean_workers)
    pd.testing.assert_frame_equal(result.upgrading_summary, expected.upgrading_summary)
    pd.testing.assert_frame_equal(result.comparisons, expected.comparisons)
    assert len(result.comparisons) > 0
    problems = result.id_problems
    assert (problems.n_rows, problems.n_blank, problems.duplicated) == (4, 2, {ids[0]: 2})
    assert problems.n_workers == int((workers["firm_id"] == ids[0]).sum()) > 0


def test_the_problem_is_said_first_in_the_warnings_and_the_findings(broken, result):
    _, _, ids = broken
    assert ids[0] in result.warnings[0] and "left out of every result" in result.warnings[0]
    first = result.stated_findings("en")[0]
    assert first.key == "id_problems" and f"“{ids[0]}”" in first.statement
    assert first.statement.startswith("4 firm rows are left out")
    assert first.numbers["n_rows"] == 4 and first.view == "firmsTable"
    vi = result.stated_findings("vi")[0]
    assert vi.numbers == first.numbers and f"“{ids[0]}”" in vi.statement
    for lang in ("th", "my"):
        assert result.stated_findings(lang)[0].numbers == first.numbers
    data = json.loads(json.dumps(result.to_json()))
    assert data["id_problems"] == {"n_rows": 4, "n_blank": 2, "n_duplicated_ids": 1,
                                   "n_workers": problems_workers(result),
                                   "duplicated": {ids[0]: 2}}
    assert data["findings"][0]["key"] == "id_problems"


def problems_workers(result) -> int:
    return result.id_problems.n_workers


def test_workshop_mode_counts_the_duplicates_without_naming_them(broken, result):
    _, _, ids = broken
    shown = without_firm_records(result)
    text = json.dumps(shown.to_json(), ensure_ascii=False)
    assert ids[0] not in text
    assert "1 firm ID is on more than one row" in shown.warnings[0]
    assert shown.stated_findings("en")[0].key == "id_problems"


def test_a_clean_table_is_passed_through_untouched():
    firms, workers = synthetic_survey(n_firms=10, workers_per_firm=2, seed=1)
    f, w, problems = exclude_unidentified_firms(firms, workers)
    assert f is firms and w is workers and not problems
    assert not run_analysis(firms, workers).id_problems
    assert "id_problems" not in [x.key for x in run_analysis(firms, workers).stated_findings()]


def test_derived_columns_are_laid_out_over_the_rows_given():
    part = pd.DataFrame({"flag": pd.array([True, False], dtype="boolean"), "n": [1, 2],
                         "t": pd.Categorical(["a", "b"])})
    out = by_input_row(part, 4, np.array([0, 3]))
    assert len(out) == 4
    assert out["flag"].tolist()[0] is True and pd.isna(out["flag"][1])
    assert out["n"].tolist()[3] == 2 and np.isnan(out["n"][2])
    assert list(out["t"].astype(object).where(out["t"].notna(), None)) == ["a", None, None, "b"]
