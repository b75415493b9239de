"""A facet change reuses the survey's prepared rules and measures (issue 14) and gets exactly
the numbers a fresh run_analysis gives; a prepared survey that no longer fits its arguments
(other frames, rules, settings, or a minimum-wage file edited on disk) is never used."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from core.analysis.minimum_wage import DEFAULT_TABLE_PATH
from core.analysis.pipeline import (
    AnalysisSettings,
    ensure_prepared,
    prepare_survey,
    run_analysis,
)
from core.analysis.rules import default_rules
from core.project.opening import open_survey
from tests.core.test_analysis import synthetic_survey

from .conftest import RESOURCES

SAMPLE = RESOURCES / "sample_survey.uex.json"


@pytest.fixture(scope="module")
def sample():
    survey = open_survey(SAMPLE).survey
    return survey.firms, survey.workers


def _json(result) -> str:
    return json.dumps(result.to_json(), sort_keys=True, default=str)


@pytest.mark.parametrize("subset", [None, {"firms": {"country": ["Vietnam"]}},
                                    {"firms": {"sector": ["electronics"]},
                                     "workers": {"gender": ["female"]}}])
def test_a_subset_from_the_prepared_survey_equals_a_fresh_analysis(sample, subset):
    firms, workers = sample
    prepared = prepare_survey(firms, workers)
    reused = run_analysis(firms, workers, subset=subset, prepared=prepared)
    assert ensure_prepared(prepared, firms, workers) is prepared
    assert _json(reused) == _json(run_analysis(firms, workers, subset=subset))


def test_firms_with_blank_ids_are_left_out_the_same_way_when_prepared():
    firms, workers = synthetic_survey(n_firms=30, seed=3)
    firms = firms.copy()
    firms.loc[2, "firm_id"] = None
    prepared = prepare_survey(firms, workers)
    reused = run_analysis(firms, workers, prepared=prepared)
    fresh = run_analysis(firms, workers)
    assert reused.id_problems.to_json() == fresh.id_problems.to_json()
    assert reused.n_firms == fresh.n_firms == 29
    assert _json(reused) == _json(fresh)


def test_other_frames_rules_or_settings_get_a_new_preparation():
    firms, workers = synthetic_survey(n_firms=30, seed=4)
    prepared = prepare_survey(firms, workers)
    assert ensure_prepared(prepared, firms, workers) is prepared
    assert ensure_prepared(prepared, firms.copy(), workers) is not prepared
    assert ensure_prepared(prepared, firms, workers.copy()) is not prepared
    stricter = default_rules()
    stricter["types"]["process"]["any"] = stricter["types"]["process"]["any"][1:]
    assert ensure_prepared(prepared, firms, workers, rules=stricter) is not prepared
    settings = AnalysisSettings(days_per_month=22.0)
    other = ensure_prepared(prepared, firms, workers, settings=settings)
    assert other is not prepared
    # ... and the numbers follow the new settings, not the old preparation
    wage = run_analysis(firms, workers, settings=settings, prepared=prepared).workers
    fresh = run_analysis(firms, workers, settings=settings).workers
    assert wage["monthly_wage"].equals(fresh["monthly_wage"])


def test_a_minimum_wage_table_edited_on_disk_is_read_again(tmp_path):
    firms, workers = synthetic_survey(n_firms=30, seed=5)
    table = tmp_path / "minimum_wages.csv"
    shutil.copy(DEFAULT_TABLE_PATH, table)
    settings = AnalysisSettings(minimum_wage_table=str(table))
    prepared = prepare_survey(firms, workers, settings=settings)
    assert ensure_prepared(prepared, firms, workers, settings=settings) is prepared

    edited = pd.read_csv(table, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    edited["amount"] = (edited["amount"].astype(float) * 2).astype(str)
    edited.to_csv(table, index=False)

    again = ensure_prepared(prepared, firms, workers, settings=settings)
    assert again is not prepared
    ratio = run_analysis(firms, workers, settings=settings, prepared=prepared).workers
    fresh = run_analysis(firms, workers, settings=settings).workers
    assert ratio["wage_to_minimum"].equals(fresh["wage_to_minimum"])
    assert not ratio["wage_to_minimum"].equals(prepared.prep.worker_table["wage_to_minimum"])


# ------------------------------------------------------------------------------ quick first pass

T_ONLY = AnalysisSettings(bootstrap_total_below=0, bootstrap_group_below=0)
NUMBERS = ["diff", "diff_se", "diff_ci_low", "diff_ci_high", "p_value"]
ADJUSTED = ["adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high", "adj_p_value"]


def test_the_quick_pass_shows_the_t_test_where_the_full_one_bootstraps(sample):
    firms, workers = sample
    subset = {"firms": {"country": ["Vietnam"]}}
    prepared = prepare_survey(firms, workers)
    quick = run_analysis(firms, workers, subset=subset, prepared=prepared, provisional=True)
    full = run_analysis(firms, workers, subset=subset, prepared=prepared)
    t_only = run_analysis(firms, workers, subset=subset, settings=T_ONLY)

    assert quick.provisional and quick.deferred_tests > 0
    assert not full.provisional and full.deferred_tests == 0
    assert quick.warnings[0].startswith("Provisional: ")
    assert any(w.startswith("Provisional: the gaps adjusted for ") for w in quick.warnings)
    assert not any(w.startswith("Provisional") for w in full.warnings)
    # the deferred rows carry exactly the t(G-1) numbers, the others the full pass' numbers
    pd.testing.assert_frame_equal(quick.comparisons[NUMBERS], t_only.comparisons[NUMBERS])
    # the adjusted gaps come with the full pass only: said on each row, counted, none shown
    others = quick.comparisons["group"] != quick.comparisons["reference"]
    assert (quick.comparisons.loc[others, "adj_p_method"] == "deferred").all()
    assert quick.comparisons[ADJUSTED].isna().all().all()
    assert full.comparisons.loc[others, "adj_diff"].notna().any()
    assert "deferred" not in set(full.comparisons["adj_p_method"].dropna())
    assert quick.deferred_tests >= int(others.sum())
    small = full.comparisons["p_method"].isin(["wild_bootstrap", "permutation"])
    assert small.any()
    pd.testing.assert_frame_equal(quick.comparisons.loc[~small, NUMBERS],
                                  full.comparisons.loc[~small, NUMBERS])
    assert (quick.comparisons.loc[small, "p_method"] == "cluster_t").all()
    assert not np.allclose(quick.comparisons.loc[small, "p_value"],
                           full.comparisons.loc[small, "p_value"], equal_nan=True)
    # the firm-level numbers do not wait for anything
    pd.testing.assert_frame_equal(quick.upgrading_summary, full.upgrading_summary)
    pd.testing.assert_frame_equal(quick.group_tests, full.group_tests)
    assert full.views.outcomes.deferred_tests == 0


def test_the_outcomes_view_of_a_quick_pass_counts_its_deferred_rows(sample):
    firms, workers = sample
    views = {"outcomes": {"outcome": "monthly_wage", "grouping": "highest_type"}}
    subset = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}
    quick = run_analysis(firms, workers, subset=subset, views=views, provisional=True)
    assert quick.views.outcomes.choice.grouping == "highest_type"
    assert quick.views.outcomes.deferred_tests > 0
    assert quick.deferred_tests >= quick.views.outcomes.deferred_tests


def test_a_quick_pass_with_nothing_to_defer_is_the_full_analysis():
    firms, workers = synthetic_survey(n_firms=120, workers_per_firm=5, seed=6)
    settings = AnalysisSettings(bootstrap_total_below=2, bootstrap_group_below=2, controls=[])
    quick = run_analysis(firms, workers, settings=settings, provisional=True)
    full = run_analysis(firms, workers, settings=settings)
    assert quick.deferred_tests == 0
    assert _json(quick) == _json(full)


def test_the_full_pass_after_a_quick_one_equals_a_fresh_analysis(sample, monkeypatch):
    firms, workers = sample
    subset = {"firms": {"country": ["Vietnam"]}}
    subset_b = {"firms": {"country": ["Thailand"]}}
    views = {"outcomes": {"outcome": "monthly_wage", "grouping": "highest_type"}}
    prepared = prepare_survey(firms, workers)
    quick = run_analysis(firms, workers, subset=subset, subset_b=subset_b, views=views,
                         prepared=prepared, provisional=True)
    assert quick.deferred_tests > 0

    import core.analysis.pipeline as pipeline

    calls = {"matrix": 0, "tests": 0}
    real_matrix, real_tests = pipeline.matrix_summary, pipeline.group_tests
    monkeypatch.setattr(pipeline, "matrix_summary", lambda *a, **k: calls.__setitem__(
        "matrix", calls["matrix"] + 1) or real_matrix(*a, **k))
    monkeypatch.setattr(pipeline, "group_tests", lambda *a, **k: calls.__setitem__(
        "tests", calls["tests"] + 1) or real_tests(*a, **k))
    full = run_analysis(firms, workers, subset=subset, subset_b=subset_b, views=views,
                        prepared=prepared, reuse=quick)
    assert calls == {"matrix": 0, "tests": 0}  # taken over from the quick pass
    monkeypatch.undo()
    fresh = run_analysis(firms, workers, subset=subset, subset_b=subset_b, views=views)
    assert not full.provisional and full.deferred_tests == 0
    assert _json(full) == _json(fresh)
    assert _json(full.result_b) == _json(fresh.result_b)
    assert json.dumps(full.views.outcomes.to_json(), default=str) == json.dumps(
        fresh.views.outcomes.to_json(), default=str)


def test_a_quick_pass_of_another_subset_is_not_reused(sample):
    firms, workers = sample
    prepared = prepare_survey(firms, workers)
    other = run_analysis(firms, workers, subset={"firms": {"country": ["Thailand"]}},
                         prepared=prepared, provisional=True)
    subset = {"firms": {"country": ["Vietnam"]}}
    full = run_analysis(firms, workers, subset=subset, prepared=prepared, reuse=other)
    assert _json(full) == _json(run_analysis(firms, workers, subset=subset))
