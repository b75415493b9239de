"""Each view's choices as state: ``view_state()`` is JSON, ``apply_view_state()`` takes it back
(ignoring what is invalid) without announcing a change, the user's changes announce
``viewStateChanged``, and a saved state gives a fresh view the very same numbers. The matrix's
cut-off box and the note under its chart show one cut-off; a one-firm subset shows no share."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from core.analysis.pipeline import run_analysis
from core.analysis.subset import Subset
from core.project.opening import open_survey
from gui.views.base import ROW_COLUMN
from gui.views.chart_builder import ChartBuilder
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView
from tests.gui.test_views import solid_bar_heights

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = Subset(firms={"country": ["Vietnam"], "sector": ["electronics"]})


def tagged(survey, **kwargs):
    workers = survey.workers.assign(**{ROW_COLUMN: np.arange(len(survey.workers))})
    return run_analysis(survey.firms, workers, **kwargs)


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def result(survey):
    return tagged(survey)


@pytest.fixture(scope="module")
def one_firm(survey):
    return tagged(survey, subset={"firms": {"firm_id": ["VN001"]}})


def make(qtbot, cls):
    view = cls()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def computed(qtbot, view, action):
    with qtbot.waitSignal(view.computed, timeout=20_000) as blocker:
        action()
    return blocker.args[0]


def changes(view) -> list[int]:
    seen: list[int] = []
    view.viewStateChanged.connect(lambda: seen.append(1))
    return seen


# ------------------------------------------------------------------------------ upgrading

def test_upgrading_split_as_state(qtbot, result):
    view = make(qtbot, UpgradingView)
    seen = changes(view)
    view.apply_view_state({"by": "country"})  # before any result: kept for the first one
    view.set_result(result)
    assert view.split() == "country" and view.view_state() == {"by": "country"}
    assert seen == []
    view.set_split("ownership")  # the user's choice
    assert seen == [1] and json.loads(json.dumps(view.view_state())) == {"by": "ownership"}
    heights = solid_bar_heights(view.shares_chart)

    again = make(qtbot, UpgradingView)
    again.set_result(result)
    again.apply_view_state(view.view_state())
    for a, b in zip(heights, solid_bar_heights(again.shares_chart), strict=True):
        np.testing.assert_array_equal(a, b)
    again.apply_view_state({"by": "no such column", "junk": [1]})
    assert again.split() == "sector"  # the analysis' own fallback


# ------------------------------------------------------------------------------- outcomes

def test_outcome_choices_as_state(qtbot, result):
    view = make(qtbot, OutcomesView)
    seen = changes(view)
    computed(qtbot, view, lambda: view.set_result(result))
    state = {"outcome": "training", "grouping": "sector", "breakdown": "gender"}
    table = computed(qtbot, view, lambda: view.apply_view_state(state))
    assert view.view_state() == state and seen == []
    assert set(table["breakdown"]) == {"female", "male"} and set(table["group"]) == {
        "apparel", "electronics"}
    computed(qtbot, view, lambda: view.set_breakdown("none"))
    assert seen == [1] and view.view_state()["breakdown"] == "none"
    shown = solid_bar_heights(view.means_chart)

    again = make(qtbot, OutcomesView)
    computed(qtbot, again, lambda: again.set_result(result))
    computed(qtbot, again, lambda: again.apply_view_state(view.view_state()))
    for a, b in zip(shown, solid_bar_heights(again.means_chart), strict=True):
        np.testing.assert_array_equal(a, b)
    computed(qtbot, again, lambda: again.apply_view_state({"outcome": 7, "grouping": "?"}))
    assert again.view_state() == {"outcome": "wage_to_minimum", "grouping": "upgraded_any",
                                  "breakdown": "none"}  # the defaults
    view.shutdown()
    again.shutdown()


# --------------------------------------------------------------------------------- matrix

def note_cutoff(view) -> float:
    return float(re.search(r"cut-off = ([\d.]+)", view.note.text()).group(1))


@pytest.mark.parametrize("kind", ["median", "mean", "value"])
def test_matrix_cutoff_box_and_note_agree(qtbot, result, kind):
    view = make(qtbot, MatrixView)
    view.set_result(result)
    view.set_cutoff(kind, 0.45 if kind == "value" else None)
    cut = view.cutoff()
    means = result.workers.groupby("firm_id", observed=True)["ms_index"].mean().dropna()
    expected = {"median": means.median(), "mean": means.mean(), "value": 0.45}[kind]
    assert cut == pytest.approx(expected)
    assert view.cut_value.value() == pytest.approx(round(cut, 2))  # the box
    assert note_cutoff(view) == pytest.approx(round(cut, 2))  # the note under the chart
    assert view.cut_value.isEnabled() == (kind == "value")
    lines = [i for i in view.chart.getPlotItem().items
             if type(i).__name__ == "InfiniteLine" and i.angle == 0]
    assert [line.value() for line in lines] == [pytest.approx(cut)]  # the line on the chart


def test_matrix_choices_as_state(qtbot, result):
    view = make(qtbot, MatrixView)
    seen = changes(view)
    view.set_result(result)
    state = {"breakdown_var": "skill_group", "breakdown": "technician", "cutoff_kind": "value",
             "cutoff_value": 0.7}
    view.apply_view_state(state)
    assert view.view_state() == state and seen == [] and view.cutoff() == 0.7
    counts = view.quadrant_counts()
    view.cut_box.setCurrentIndex(view.cut_box.findData("mean"))  # the user
    assert seen == [1] and view.view_state()["cutoff_kind"] == "mean"
    assert view.view_state()["cutoff_value"] == 0.7  # their value waits for "this value"

    again = make(qtbot, MatrixView)
    again.set_result(result)
    again.apply_view_state(state)
    assert again.quadrant_counts() == counts
    again.apply_view_state({"breakdown_var": "skill_group", "breakdown": "astronaut",
                            "cutoff_kind": "mode"})
    assert again.view_state()["breakdown_var"] == "all"
    assert again.view_state()["cutoff_kind"] == "median"


# -------------------------------------------------------------------------------- builder

def test_builder_choices_as_state(qtbot, survey):
    result = tagged(survey, subset=VN_ELECTRONICS)
    view = make(qtbot, ChartBuilder)
    seen = changes(view)
    view.set_result(result)
    state = {"level": "firms", "kind": "bar", "variable": "employees", "group": "ownership",
             "y_variable": "employees"}
    view.apply_view_state(state)
    assert view.view_state() == state and seen == []
    heights = solid_bar_heights(view.chart)
    view.configure(kind="box")
    assert seen and view.view_state()["kind"] == "box"

    again = make(qtbot, ChartBuilder)
    again.set_result(result)
    again.apply_view_state(state)
    for a, b in zip(heights, solid_bar_heights(again.chart), strict=True):
        np.testing.assert_array_equal(a, b)
    again.apply_view_state({"level": "moons", "kind": "pie", "variable": 3})
    assert again.view_state()["level"] == "workers" and again.view_state()["kind"] == "bar"


# ----------------------------------------------------------------------- a one-firm subset

def shown_texts(view) -> list[str]:
    """Every text the view shows: labels, chart items, table cells."""
    texts = [w.text() for w in view.findChildren(QLabel)]
    for chart in view.charts().values():
        for item in chart.getPlotItem().items:
            if hasattr(item, "textItem"):
                texts.append(item.textItem.toPlainText())
    return texts


def test_one_firm_subset_shows_no_share_in_any_view(qtbot, one_firm):
    assert one_firm.n_firms == 1
    up = make(qtbot, UpgradingView)
    up.set_result(one_firm)
    for split in ("none", "sector"):
        up.set_split(split)
        assert all(not h.any() for h in solid_bar_heights(up.shares_chart))
    assert all(not h.any() for h in solid_bar_heights(up.downgrading_chart))
    assert all(not h.any() for h in solid_bar_heights(up.bargaining_chart))
    assert "too few firms" in up.combinations_chart.message()
    texts = shown_texts(up)
    assert not any(re.search(r"\d%", t) for t in texts), texts

    out = make(qtbot, OutcomesView)
    table = computed(qtbot, out, lambda: out.set_result(one_firm))
    assert table["mean"].isna().all()
    assert all(not h.any() for h in solid_bar_heights(out.means_chart))
    model = out.table_model
    cells = [model.text(r, c) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert "—" in cells and not any(re.fullmatch(r"[\d,]+\.\d+", c) for c in cells), cells
    out.shutdown()

    matrix = make(qtbot, MatrixView)
    matrix.set_result(one_firm)
    assert "Too few to show" in matrix.chart.message()
    assert matrix.points().empty and np.isnan(matrix.cutoff())
    counts = matrix.counts_model
    assert {counts.text(r, c) for r in range(counts.rowCount())
            for c in range(2, counts.columnCount())} == {"—"}

    builder = make(qtbot, ChartBuilder)
    builder.set_result(one_firm)
    for kind in ("bar", "box", "histogram", "scatter"):
        builder.configure(kind=kind, variable="wage_to_minimum", group="none")
        assert all(not h.any() for h in solid_bar_heights(builder.chart)), kind
