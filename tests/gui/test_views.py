"""The analysis views on the sample survey and on a Vietnam-electronics subset: bars equal core's
numbers, clicks select the matching firms and workers, the rule editor previews what core computes,
and no background thread outlives a test."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt

from core.analysis.comparisons import compare, worker_group
from core.analysis.disclosure import withhold_suppressed
from core.analysis.rules import default_rules, evaluate_rules
from core.analysis.subset import Subset
from core.export.script_export import write_analysis_script
from core.project.opening import open_survey
from gui.views.base import ROW_COLUMN
from gui.views.chart_builder import ChartBuilder
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = Subset(firms={"country": ["Vietnam"], "sector": ["electronics"]})


def run_analysis_tagged(firms, workers, **kwargs):
    """run_analysis with the worker rows tagged as the window tags them (ROW_COLUMN)."""
    from core.analysis.pipeline import run_analysis

    return run_analysis(firms, workers.assign(**{ROW_COLUMN: np.arange(len(workers))}),
                        **kwargs)


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def results(survey):
    return {"sample": run_analysis_tagged(survey.firms, survey.workers),
            "vn_electronics": run_analysis_tagged(survey.firms, survey.workers,
                                                  subset=VN_ELECTRONICS)}


@pytest.fixture(params=["sample", "vn_electronics"])
def result(request, results):
    return results[request.param]


def solid_bar_heights(chart) -> list[np.ndarray]:
    """Heights of each series' coloured BarGraphItem (hatch overlays have no pen)."""
    out = []
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.BarGraphItem) and item.opts.get("pen") is not None and \
                item.opts["pen"].style() != Qt.PenStyle.NoPen:
            out.append(np.asarray(item.opts["height"], dtype=float))
    return out


def make(qtbot, cls, **kwargs):
    view = cls(**kwargs)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


# ---------------------------------------------------------------------------------- upgrading

def test_upgrading_bars_equal_core_shares(qtbot, result):
    view = make(qtbot, UpgradingView)
    view.set_result(result)
    assert view.objectName() == "upgradingView"
    view.set_split("none")
    flags = [t for t in ("process", "product", "functional", "chain", "end_market")
             if t in result.computed_types]
    core = result.upgrading_summary.set_index("type").loc[flags, "share"].to_numpy()
    (heights,) = solid_bar_heights(view.shares_chart)
    np.testing.assert_allclose(heights, core)

    view.set_split("sector")
    table = result.shares_by_group
    table = table[(table["group_var"] == "sector") & (table["n_firms"] > 0)
                  & table["type"].isin(flags)]
    drawn = solid_bar_heights(view.shares_chart)
    for heights, (_, rows) in zip(drawn, table.groupby("group", sort=False), strict=True):
        expected = np.where(rows["suppressed"], 0.0, rows["share"].to_numpy())
        np.testing.assert_allclose(heights, expected)


def test_clicking_a_bar_selects_its_firms_and_their_workers(qtbot, survey, result):
    view = make(qtbot, UpgradingView)
    view.set_result(result)
    view.set_split("sector")
    shares = view.shares_table()
    row = shares[(shares["type"] == "process") & (shares["group"] == "electronics")].iloc[0]
    n_series = shares["series"].max() + 1
    x = 0 - 0.4 + (0.8 / n_series) * (row["series"] + 0.5)
    got = []
    view.firmsSelected.connect(got.append)
    with qtbot.waitSignal(view.workersSelected) as blocker:
        view.shares_chart.click_data(x, row["share"] / 2)
    ids, rows = got[0], blocker.args[0]
    firms = result.firms
    flag = firms["process"].astype("boolean").fillna(False).to_numpy(dtype=bool)
    expected = firms.loc[flag & (firms["sector"].astype(str) == "electronics").to_numpy(),
                         "firm_id"]
    assert sorted(ids) == sorted(expected)
    assert len(ids) == row["n_true"]
    # worker rows are positions in the survey's worker table
    assert set(survey.workers.iloc[rows]["firm_id"]) <= set(ids)
    assert len(rows) == int(survey.workers["firm_id"].isin(ids).sum())
    assert "Selected:" in view.selection_label.text()


def test_a_real_mouse_click_on_the_scene_selects(qtbot, results):
    view = make(qtbot, UpgradingView)
    view.set_result(results["sample"])
    view.set_split("none")
    qtbot.waitExposed(view)
    chart = view.shares_chart
    share = results["sample"].upgrading_summary.set_index("type").loc["process", "share"]
    vb = chart.getPlotItem().vb
    scene_pos = vb.mapViewToScene(pg.Point(0.0, share / 2))
    pos = chart.mapFromScene(scene_pos)
    with qtbot.waitSignal(view.firmsSelected) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    assert len(blocker.args[0]) == results["sample"].upgrading_summary.set_index(
        "type").loc["process", "n_true"]


def test_combinations_and_bargaining_clicks(qtbot, results):
    result = results["sample"]
    view = make(qtbot, UpgradingView)
    view.set_result(result)
    combos = result.combinations
    for row in combos.itertuples():
        if row.combination.startswith("incomplete"):
            continue
        assert len(view.firms_for(("combination", row.combination))) == row.n_firms
    for row in result.bargaining.itertuples():
        assert len(view.firms_for(("bargaining", row.value))) == row.n_firms


def test_highlight_from_the_tables_marks_list_rows(qtbot, results):
    view = make(qtbot, UpgradingView)
    view.set_result(results["sample"])
    ids = results["sample"].firms["firm_id"].iloc[[0, 5, 9]].tolist()
    view.highlight_firms(ids)
    assert view.firm_model._highlight == {0, 5, 9}
    assert view.shares_chart._selection_items


def test_rule_editor_preview_equals_core(qtbot, survey, results):
    result = results["sample"]
    view = make(qtbot, UpgradingView)
    view.set_result(result)
    editor = view.rule_editor
    editor.set_threshold("product", 2, 15.0)  # unit_price_change_pct > 15 instead of > 0
    editor.set_item_enabled("process", 5, False)  # certification_new no longer counts
    proposed = default_rules()
    proposed["types"]["product"]["any"][2]["value"] = 15
    del proposed["types"]["process"]["any"][5]
    before = evaluate_rules(result.firms, None).table["highest_type"].astype(str)
    after = evaluate_rules(result.firms, proposed).table["highest_type"].astype(str)
    expected = int((before != after).sum())
    assert expected > 0
    assert editor.preview().n_changed == expected
    assert editor.summary.text() == f"{expected} firms change category"
    assert editor.edited_rules()["types"] == proposed["types"]
    with qtbot.waitSignal(view.rulesChanged) as blocker:
        editor.apply_button.click()
    assert blocker.args[0]["types"] == proposed["types"]
    editor.reset_to_defaults()
    assert editor.edited_rules()["types"] == default_rules()["types"]


def test_a_versus_b_upgrading(qtbot, results):
    view = make(qtbot, UpgradingView)
    view.set_result(results["sample"], result_b=results["vn_electronics"])
    a, b = solid_bar_heights(view.shares_chart)
    assert a[0] == pytest.approx(results["sample"].upgrading_summary["share"].iloc[0])
    assert b[0] == pytest.approx(results["vn_electronics"].upgrading_summary["share"].iloc[0])


# ----------------------------------------------------------------------------------- outcomes

def computed(qtbot, view, action):
    with qtbot.waitSignal(view.computed, timeout=20000) as blocker:
        action()
    return blocker.args[0]


def test_outcome_bars_equal_core_comparisons(qtbot, result):
    view = make(qtbot, OutcomesView)
    assert view.objectName() == "outcomesView"
    computed(qtbot, view, lambda: view.set_result(result))
    table = computed(qtbot, view, lambda: view.set_grouping("highest_type"))
    core = result.comparisons
    core = core[(core["outcome"] == "wage_to_minimum") & (core["group_var"] == "highest_type")]
    published = withhold_suppressed(core)  # the view gets no number core withholds
    np.testing.assert_allclose(table["mean"], published["mean"])
    np.testing.assert_allclose(table["ci_low"], published["ci_low"])
    (heights,) = solid_bar_heights(view.means_chart)
    np.testing.assert_allclose(heights, np.where(core["suppressed"], 0.0, core["mean"]))
    # the table says suppressed groups in words, never with numbers
    model = view.table_model
    for i, supp in enumerate(core["suppressed"]):
        if supp:
            assert model.text(i, 3) == "—" and "Too few" in model.text(i, model.columnCount() - 1)
    view.shutdown()


def test_outcomes_default_to_upgraded_or_not_in_words_with_the_findings_numbers(qtbot, results):
    """The research question's comparison opens first: two groups, said in words (not
    True/False or codes), with the very means and difference the Findings tab states."""
    from core.analysis.findings import upgraded_comparisons

    result = results["sample"]
    view = make(qtbot, OutcomesView)
    table = computed(qtbot, view, lambda: view.set_result(result))
    assert view.view_state()["grouping"] == "upgraded_any"
    assert view.group_box.currentText() == "Upgraded (any type) or not"
    assert view.group_box.itemData(1) == "highest_type"  # the four types, one choice away
    core = upgraded_comparisons(result)
    core = core[core["outcome"] == "wage_to_minimum"]
    assert list(table["group"]) == ["not upgraded", "upgraded"] == list(core["group"].astype(str))
    np.testing.assert_allclose(table["mean"], core["mean"])
    np.testing.assert_allclose(table["diff"].iloc[1], core["diff"].iloc[1])
    (heights,) = solid_bar_heights(view.means_chart)
    np.testing.assert_allclose(heights, core["mean"])
    model = view.table_model
    group_col = next(c for c in range(model.columnCount())
                     if model.headerData(c, Qt.Orientation.Horizontal) == "Upgraded (any type) or not")
    assert [model.text(r, group_col) for r in range(2)] == ["Did not upgrade",
                                                            "Upgraded (any type)"]
    view.shutdown()


def test_outcome_click_selects_group_workers(qtbot, survey, results):
    result = results["sample"]
    view = make(qtbot, OutcomesView)
    computed(qtbot, view, lambda: view.set_result(result))
    computed(qtbot, view, lambda: view.set_grouping("highest_type"))
    with qtbot.waitSignal(view.workersSelected) as blocker:
        view.means_chart.click_data(1.0, 0.5)  # the "process" bar
    rows = blocker.args[0]
    group = worker_group("highest_type", result.firms, result.workers)
    mask = (group.astype(object) == "process").to_numpy() & \
        result.workers["wage_to_minimum"].notna().to_numpy()
    assert len(rows) == mask.sum()
    assert set(survey.workers.iloc[rows]["worker_id"]) == set(result.workers.loc[mask,
                                                                                  "worker_id"])
    view.shutdown()


def test_outcome_breakdown_and_pooled_money(qtbot, results):
    view = make(qtbot, OutcomesView)
    computed(qtbot, view, lambda: view.set_result(results["sample"]))
    table = computed(qtbot, view, lambda: view.set_breakdown("skill_group"))
    assert set(table["breakdown"]) == {"production", "technician", "supervisor", "manager"}
    assert len(solid_bar_heights(view.means_chart)) == 4
    table = computed(qtbot, view, lambda: view.set_outcome("monthly_wage"))
    assert table.empty and "currencies" not in view.means_chart.message()
    assert "Pay is in" in view.means_chart.message()
    computed(qtbot, view, lambda: view.set_result(results["vn_electronics"]))
    assert "VND" in view.means_chart.getPlotItem().getAxis("left").labelText
    view.shutdown()


def test_outcomes_a_versus_b(qtbot, results):
    view = make(qtbot, OutcomesView)
    table = computed(qtbot, view, lambda: view.set_result(results["sample"],
                                                          result_b=results["vn_electronics"]))
    assert set(table["subset"]) == {"A", "B"}
    assert len(solid_bar_heights(view.means_chart)) == 2
    view.shutdown()


# ------------------------------------------------------------------------------------- matrix

def test_matrix_quadrants_equal_core(qtbot, result):
    view = make(qtbot, MatrixView)
    view.set_result(result)
    assert view.objectName() == "matrixView"
    core = result.matrix[result.matrix["breakdown_var"] == "all"].set_index(
        ["economic", "social"])["n_firms"]
    counts = view.quadrant_counts()
    for (econ, social), n in counts.items():
        key = (econ, "above median" if social == "above" else "at or below median")
        assert n == core.loc[key]
    view.set_breakdown("skill_group", "technician")
    core = result.matrix[(result.matrix["breakdown_var"] == "skill_group")
                         & (result.matrix["breakdown"] == "technician")].set_index(
        ["economic", "social"])["n_firms"]
    for (econ, social), n in view.quadrant_counts().items():
        assert n == core.loc[(econ, "above median" if social == "above"
                              else "at or below median")]


def test_matrix_quadrant_click_selects_its_firms(qtbot, results):
    result = results["sample"]
    view = make(qtbot, MatrixView)
    view.set_result(result)
    with qtbot.waitSignal(view.firmsSelected) as blocker:
        view.chart.click_data(2.5, 1.05 if view.cutoff() < 1 else 0.99)
    assert len(blocker.args[0]) == view.quadrant_counts()[("upgraded", "above")]
    view.set_cutoff("value", 0.5)
    assert view.cutoff() == 0.5
    view.highlight_firms(blocker.args[0][:3])
    assert view.chart._selection_items


# ------------------------------------------------------------------------------------ builder

def test_chart_builder_bars_and_clicks(qtbot, results):
    result = results["vn_electronics"]
    view = make(qtbot, ChartBuilder, firms=result.firms, workers=result.workers)
    assert view.objectName() == "chartBuilder"
    view.configure(level="workers", kind="bar", variable="training", group="skill_group")
    summary = pd.DataFrame([{"mean": np.nan if g.mean is None else g.mean}
                            for g in view.chart_result().groups])
    groups = result.workers["skill_group"]
    y = result.workers["training"].astype("boolean").astype("Float64").to_numpy(
        dtype=float, na_value=np.nan)
    core = compare(y, groups.cat.rename_categories([str(c) for c in groups.cat.categories]),
                   result.workers["firm_id"], outcome="training", group_var="skill_group")
    np.testing.assert_allclose(summary["mean"], np.where(core["suppressed"], np.nan,
                                                         core["mean"]))
    (heights,) = solid_bar_heights(view.chart)
    np.testing.assert_allclose(heights, np.where(core["suppressed"], 0, core["mean"]))
    first = core.index[~core["suppressed"]][0]
    with qtbot.waitSignal(view.workersSelected) as blocker:
        view.chart.click_data(float(first), core["mean"].iloc[first] / 2)
    g = core["group"].iloc[first]
    assert len(blocker.args[0]) == int(((groups.astype(object) == g) & ~np.isnan(y)).sum())
    for kind in ("box", "histogram", "scatter"):
        view.configure(kind=kind, variable="wage_to_minimum", group="sector")
        assert not view.chart.message()
    view.configure(kind="bar", variable="monthly_wage")
    assert not view.chart.message()  # one country: one currency


def test_chart_builder_refuses_pooled_pay(qtbot, results):
    view = make(qtbot, ChartBuilder)
    view.set_result(results["sample"])
    view.configure(level="workers", kind="box", variable="monthly_wage", group="none")
    assert "different currencies" in view.chart.message()


# ----------------------------------------------------------------------------------- script

def test_exported_script_prints_the_window_numbers(qtbot, tmp_path, results):
    result = results["vn_electronics"]
    view = make(qtbot, UpgradingView)
    view.set_result(result)
    view.set_split("none")
    (heights,) = solid_bar_heights(view.shares_chart)
    script = write_analysis_script(tmp_path / "analysis.py", SAMPLE, subset=VN_ELECTRONICS,
                                   outcome="wage_to_minimum")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    printed = {m.group(1): float(m.group(2)) for m in re.finditer(
        r"^\s+(\w+)\s+all=all\s+([\d.]+)%", out, re.M)}
    flags = [t for t in ("process", "product", "functional", "chain", "end_market")
             if t in result.computed_types]
    np.testing.assert_allclose([printed[t] for t in flags], np.round(100 * heights, 1),
                               atol=0.051)
    assert f"Subset: {result.n_firms} firms, {result.n_workers} workers" in out
    means = [float(m.group(1)) for m in re.finditer(r"mean=([\d.]+) \[", out)]
    core = result.comparisons
    core = core[(core["outcome"] == "wage_to_minimum") & ~core["suppressed"]]
    np.testing.assert_allclose(means, core["mean"], atol=1e-4)


def test_views_show_a_message_before_data(qtbot):
    for cls in (UpgradingView, OutcomesView, MatrixView, ChartBuilder):
        view = make(qtbot, cls)
        assert any(c.message() for c in view.charts().values())
        if hasattr(view, "shutdown"):
            view.shutdown()


def test_no_pandas_warning_noise(results):
    assert isinstance(results["sample"].firms, pd.DataFrame)
