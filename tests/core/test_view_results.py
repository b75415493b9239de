"""What each view shows, computed in core for the view's choices, checked against independent
computations (pandas group-bys, numpy quantiles, statsmodels' Wilson interval, a direct
``compare`` per breakdown level), and reported by ``analyze`` for a project's saved choices."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

from core.analysis.builder import builder_chart
from core.analysis.comparisons import compare, worker_group
from core.analysis.disclosure import DisclosureRule
from core.analysis.matrix import matrix_summary
from core.analysis.outcome_table import outcome_table
from core.analysis.pipeline import run_analysis, view_results
from core.analysis.view_choices import (
    BuilderChoice,
    MatrixChoice,
    OutcomeChoice,
    UpgradingChoice,
    ViewChoices,
)
from core.project.opening import open_survey
from tests.fast_settings import NO_FEW_FIRM_TESTS

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def whole(survey):
    return run_analysis(survey.firms, survey.workers)


@pytest.fixture(scope="module")
def vn(survey):
    return run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS)


# ------------------------------------------------------------------------------- choices

def test_choices_round_trip_and_ignore_what_is_invalid():
    state = {"upgrading": {"by": "country"},
             "outcomes": {"outcome": "training", "grouping": "sector", "breakdown": "gender"},
             "matrix": {"breakdown_var": "skill_group", "breakdown": "technician",
                        "cutoff_kind": "value", "cutoff_value": 0.55},
             "chart_builder": {"level": "firms", "kind": "box", "variable": "employees",
                               "group": "sector", "y_variable": None},
             "other": {"kept": "by the project file"}}
    choices = ViewChoices.from_json(state)
    assert {k: v for k, v in state.items() if k != "other"} == choices.to_json()
    assert ViewChoices.from_json(choices.to_json()) == choices
    bad = ViewChoices.from_json({"upgrading": [], "outcomes": {"outcome": 3, "grouping": ""},
                                 "matrix": {"cutoff_kind": "mode", "cutoff_value": 7,
                                            "breakdown_var": "all", "breakdown": "x"},
                                 "chart_builder": {"level": "planets", "kind": "pie"}})
    assert bad == ViewChoices()
    assert MatrixChoice.from_json({"cutoff_value": True}).cutoff_value == 0.6
    assert MatrixChoice.from_json({"cutoff_value": 0.625}).cutoff_value == 0.62  # two decimals
    assert ViewChoices.from_json(None) == ViewChoices() == ViewChoices.from_json("nonsense")


def test_choices_the_data_lacks_fall_back_as_the_window_does(whole):
    views = view_results(whole, {"upgrading": {"by": "planet"},
                                 "outcomes": {"outcome": "nope", "grouping": "nope"},
                                 "matrix": {"breakdown_var": "skill_group", "breakdown": "x"},
                                 "chart_builder": {"variable": "nope", "group": "nope"}})
    c = views.choices
    assert c.upgrading == UpgradingChoice("sector")
    assert c.outcomes == OutcomeChoice("wage_to_minimum", "upgraded_any", "none")
    assert (c.matrix.breakdown_var, c.matrix.breakdown) == ("all", "all")
    # three currencies in the sample: the builder starts on wage ÷ minimum wage, not money
    assert c.chart_builder.variable == "wage_to_minimum"
    assert c.chart_builder.group == "highest_type"


# ---------------------------------------------------------------------------- upgrading

def test_split_shares_equal_a_group_by_and_statsmodels_wilson(whole):
    views = view_results(whole, {"upgrading": {"by": "country"}})
    shares = views.upgrading.shares
    assert shares.types == ("process", "product", "functional", "chain", "end_market")
    firms = whole.firms
    for s in shares.series:
        part = firms[firms["country"].astype(str) == s.group]
        assert s.n_firms == len(part)
        for b in s.bars:
            known = part[b.type].dropna().astype(bool)
            low, high = proportion_confint(int(known.sum()), len(known), method="wilson")
            assert (b.n_known, b.n_true) == (len(known), int(known.sum()))
            assert b.share == pytest.approx(known.mean())
            assert (b.ci_low, b.ci_high) == (pytest.approx(low), pytest.approx(high))


def test_a_versus_b_shares_are_each_subsets_own(survey, whole, vn):
    both = run_analysis(survey.firms, survey.workers, subset_b=VN_ELECTRONICS)
    a, b = both.views.upgrading.shares.series
    assert (a.group, b.group) == ("A", "B") and both.views.upgrading.comparing
    for series, alone in ((a, whole), (b, vn)):
        summary = alone.upgrading_summary.set_index("type")
        for bar in series.bars:
            assert bar.share == pytest.approx(summary.loc[bar.type, "share"])
    data = both.to_json()
    assert data["comparison_ab"]["n_firms_b"] == 64
    assert data["comparison_ab"]["upgrading_summary_b"] == vn.to_json()["upgrading_summary"]
    assert {r["subset"] for r in data["outcome_tables"][0]["rows"]} == {"A", "B"}


# ----------------------------------------------------------------------------- outcomes

def test_outcome_table_per_breakdown_level_equals_compare_by_hand(vn):
    choice = OutcomeChoice("wage_to_minimum", "highest_type", "skill_group")
    table = outcome_table(vn.firms, vn.workers, choice, vn.settings)
    assert table.choice == choice and not table.refused_currencies
    workers = vn.workers
    for level in workers["skill_group"].cat.categories:
        part = workers[(workers["skill_group"] == level).to_numpy()]
        if part.empty:
            continue
        group = worker_group("highest_type", vn.firms, part)
        expected = compare(part["wage_to_minimum"].to_numpy(dtype=float), group,
                           part["firm_id"], reference="none", thresholds=vn.settings.thresholds)
        rows = [r for r in table.rows if r.breakdown == str(level)]
        assert [r.group for r in rows] == expected["group"].tolist()
        for r, (_, e) in zip(rows, expected.iterrows(), strict=True):
            assert r.n_workers == e["n_workers"] and r.suppressed == e["suppressed"]
            if r.suppressed:
                assert r.mean is None and r.ci_low is None and r.diff is None
            else:
                assert r.mean == pytest.approx(e["mean"])
                assert r.ci_high == pytest.approx(e["ci_high"])


def test_money_over_several_currencies_is_refused(whole, vn):
    pooled = outcome_table(whole.firms, whole.workers, OutcomeChoice("monthly_wage"),
                           whole.settings)
    assert pooled.rows == () and set(pooled.refused_currencies) >= {"VND", "THB"}
    one = outcome_table(vn.firms, vn.workers, OutcomeChoice("monthly_wage"), vn.settings)
    assert one.rows and one.currency == "VND" and one.box_variable == "monthly_wage"


def _upgraded_by_hand(vn) -> pd.Series:
    highest = worker_group("highest_type", vn.firms, vn.workers).astype(object)
    ranked = highest.isin(["process", "product", "functional", "chain"])
    return pd.Series(np.where(ranked, "upgraded", np.where(highest == "none", "not upgraded",
                                                           None)), index=highest.index)


@pytest.mark.parametrize("grouping", ["upgraded_any", "highest_type"])
def test_box_plot_of_the_outcome_table_equals_numpy_quartiles(vn, grouping):
    table = outcome_table(vn.firms, vn.workers, OutcomeChoice("monthly_wage", grouping),
                          vn.settings)
    assert len(table.box) == (2 if grouping == "upgraded_any" else 5)
    group = (_upgraded_by_hand(vn) if grouping == "upgraded_any"
             else worker_group("highest_type", vn.firms, vn.workers).astype(object))
    values = vn.workers["monthly_wage"].to_numpy(dtype=float, na_value=np.nan)
    for box in table.box:
        v = values[(group == box.group).to_numpy() & np.isfinite(values)]
        n_firms = vn.workers.loc[(group == box.group).to_numpy() & np.isfinite(values),
                                 "firm_id"].nunique()
        assert (box.n_workers, box.n_firms) == (len(v), n_firms)
        if box.suppressed:
            assert box.stats is None and (n_firms < 3 or len(v) < 10)
            continue
        q1, med, q3 = np.percentile(v, [25, 50, 75])
        assert (box.stats.q1, box.stats.median, box.stats.q3) == (
            pytest.approx(q1), pytest.approx(med), pytest.approx(q3))
        assert box.stats.high == pytest.approx(v[v <= q3 + 1.5 * (q3 - q1)].max())


# ------------------------------------------------------------------------------- matrix

def firm_means_by_hand(result, level: str | None = None) -> pd.Series:
    w = result.workers if level is None else result.workers[
        result.workers["skill_group"].astype(str) == level]
    means = w.groupby("firm_id", observed=True)["ms_index"].mean()
    return means[means.index.isin(result.firms["firm_id"])].dropna()


@pytest.mark.parametrize("kind", ["median", "mean", "value"])
def test_matrix_cutoff_and_quadrants_by_hand(whole, kind):
    summary = matrix_summary(whole.firms, whole.workers,
                             choice=MatrixChoice("all", "all", kind, 0.55),
                             matrix_by=["skill_group", "contract"],
                             rule=DisclosureRule.of(whole.settings))
    means = firm_means_by_hand(whole)
    cut = {"median": means.median(), "mean": means.mean(), "value": 0.55}[kind]
    b = summary.chart.breakdown
    assert b.cutoff == pytest.approx(cut) and b.cutoff_kind == kind
    econ = whole.firms.set_index("firm_id")["highest_type"].astype(str).reindex(means.index)
    upgraded = econ.isin(["process", "product", "functional", "chain"])
    for (e, side), n in b.quadrants().items():
        in_econ = upgraded if e == "upgraded" else econ == "none"
        above = means > cut
        assert n == int((in_econ & (above if side == "above" else ~above)).sum())
    assert len(summary.chart.points.firm_id) == len(means)
    assert summary.chart.n_not_shown == len(whole.firms) - len(means)
    # the table under the chart uses the same kind of cut-off for every breakdown
    tech = next(t for t in summary.table if t.breakdown == "technician")
    tech_means = firm_means_by_hand(whole, "technician")
    expected = {"median": tech_means.median(), "mean": tech_means.mean(), "value": 0.55}[kind]
    assert tech.cutoff == pytest.approx(expected)


def test_matrix_of_too_few_firms_is_withheld(whole):
    firms = whole.firms.iloc[:2]
    workers = whole.workers[whole.workers["firm_id"].isin(firms["firm_id"])]
    summary = matrix_summary(firms, workers, choice=MatrixChoice(), matrix_by=[],
                             rule=DisclosureRule())
    b = summary.chart.breakdown
    assert b.suppressed and b.cutoff is None and summary.chart.points.firm_id == ()
    assert set(b.quadrants().values()) == {None}
    value = matrix_summary(firms, workers, choice=MatrixChoice(cutoff_kind="value"),
                           matrix_by=[], rule=DisclosureRule())
    assert value.chart.breakdown.cutoff == 0.6  # the user's own value is no disclosure


# ---------------------------------------------------------------------------- builder

def test_builder_bars_box_and_histogram_by_hand(vn):
    th = vn.settings.thresholds
    bars = builder_chart(vn.firms, vn.workers, BuilderChoice("workers", "bar", "training",
                                                             "skill_group"), th)
    y = vn.workers["training"].astype("boolean").astype("Float64").to_numpy(
        dtype=float, na_value=np.nan)
    groups = vn.workers["skill_group"]
    direct = compare(y, groups.cat.rename_categories([str(c) for c in groups.cat.categories]),
                     vn.workers["firm_id"], thresholds=th)
    assert bars.is_share and [g.group for g in bars.groups] == direct["group"].tolist()
    for g, (_, e) in zip(bars.groups, direct.iterrows(), strict=True):
        assert g.mean == (None if e["suppressed"] else pytest.approx(e["mean"]))
    box = builder_chart(vn.firms, vn.workers, BuilderChoice("workers", "box",
                                                            "wage_to_minimum", "none"), th)
    (only,) = box.groups
    v = vn.workers["wage_to_minimum"].dropna().to_numpy(dtype=float)
    assert only.box.median == pytest.approx(np.median(v)) and only.n == len(v)
    hist = builder_chart(vn.firms, vn.workers, BuilderChoice("workers", "histogram",
                                                             "wage_to_minimum", "none"), th)
    counts, edges = np.histogram(v, bins=20)
    assert list(hist.groups[0].counts) == counts.tolist()
    np.testing.assert_allclose(hist.edges, edges)
    firm_level = builder_chart(vn.firms, vn.workers, BuilderChoice("firms", "bar",
                                                                   "employees", "ownership"), th)
    for g in firm_level.groups:  # firm tables: each row a firm, only the firm threshold
        assert g.suppressed == (g.n_firms < th.min_firms)


# ------------------------------------------------------------------------ analyze, saved

def test_analyze_on_a_project_reports_its_saved_view_choices(survey, tmp_path):
    state = {"upgrading": {"by": "ownership"},
             "outcomes": {"outcome": "training", "grouping": "sector",
                          "breakdown": "gender"},
             "matrix": {"breakdown_var": "contract", "breakdown": "indefinite",
                        "cutoff_kind": "mean", "cutoff_value": 0.6},
             "chart_builder": {"level": "workers", "kind": "box",
                               "variable": "hours_per_week", "group": "sector",
                               "y_variable": None}}
    project = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for side in ("firms", "workers"):
        project[side]["path"] = str((SAMPLE.parent / project[side]["path"]).resolve())
    project["views"] = {"open": ["upgrading"], "current": "matrix", "state": state}
    project["settings"] = NO_FEW_FIRM_TESTS  # the views' numbers are compared, both ways alike
    path = tmp_path / "choices.uex.json"
    path.write_text(json.dumps(project), encoding="utf-8")
    out = tmp_path / "r.json"
    subprocess.run([sys.executable, str(REPO / "main.py"), "analyze", str(path),
                    "--where", "country=Vietnam", "--json", str(out)], check=True,
                   capture_output=True, text=True, timeout=120)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["view_choices"]["outcomes"] == state["outcomes"]
    assert data["view_choices"]["matrix"] == state["matrix"]
    assert data["view_choices"]["chart_builder"]["kind"] == "box"
    assert data["upgrading_by"]["split"] == "ownership"
    direct = run_analysis(survey.firms, survey.workers, settings=NO_FEW_FIRM_TESTS,
                          subset={"firms": {"country": ["Vietnam"]}}, views=state).to_json()
    for key in ("upgrading_by", "outcome_tables", "matrix_chart", "chart_builder", "matrix"):
        assert data[key] == json.loads(json.dumps(direct[key])), key
    assert data["matrix_chart"]["cutoff_kind"] == "mean"
    assert {r["breakdown"] for r in data["outcome_tables"][0]["rows"]} == {"female", "male"}


def test_exports_report_the_views_for_the_windows_choices(survey, whole, tmp_path):
    """The window computes its analysis with default choices and hands its own choices (and B)
    to the exports: the workbook's view sheets and the JSON then show what the window shows."""
    import openpyxl

    from core.export.results_export import write_results_json, write_results_xlsx

    vn = run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS)
    state = {"outcomes": {"outcome": "training", "grouping": "sector", "breakdown": "none"}}
    data = json.loads(write_results_json(whole, tmp_path / "r.json", views=state,
                                         result_b=vn).read_text(encoding="utf-8"))
    (table,) = data["outcome_tables"]
    assert (table["outcome"], table["grouping"], table["comparing"]) == ("training", "sector",
                                                                         True)
    direct = outcome_table(whole.firms, whole.workers, OutcomeChoice("training", "sector"),
                           whole.settings, firms_b=vn.firms, workers_b=vn.workers)
    assert table["rows"] == [r.to_json() for r in direct.rows]
    assert data["comparison_ab"]["n_firms_b"] == 64
    assert whole.views.choices.outcomes.outcome == "wage_to_minimum"  # the result is unchanged
    book = openpyxl.load_workbook(write_results_xlsx(whole, tmp_path / "r.xlsx", views=state))
    sheet = book["Outcome table"]
    header = [c.value for c in sheet[1]]
    outcomes = {sheet.cell(r, header.index("outcome") + 1).value
                for r in range(2, sheet.max_row + 1)}
    groups = [sheet.cell(r, header.index("group") + 1).value for r in range(2, sheet.max_row + 1)]
    assert outcomes == {"training"} and groups == [r.group for r in direct.rows if
                                                   r.subset == "A"]
