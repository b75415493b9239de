"""Views in little room (issue 13): on a 1024×768 projector in large Vietnamese text the rules
panel left the upgrading chart a 390 px column with its legend over the bars; the matrix's
legend and quadrant labels lay over its points and each other; its counts table showed no row
and its note was cut; the tables' colour key was squeezed to a word per line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from core.project.opening import open_survey
from gui.views.matrix_view import MatrixView
from gui.views.upgrading_view import UpgradingView
from tests.gui.layout_check import clipped_texts

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"


@pytest.fixture(scope="module")
def result():
    from core.analysis.pipeline import run_analysis

    survey = open_survey(SAMPLE).survey
    return run_analysis(survey.firms, survey.workers)


def _show(qtbot, view, width: int, height: int):
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


# ------------------------------------------------------------------------------- upgrading

def test_the_rules_step_aside_when_the_chart_would_be_too_narrow(qtbot, result):
    view = _show(qtbot, UpgradingView(), 1280, 720)
    view.set_result(result)
    editor, button = view.rule_editor, view.rules_button
    assert editor.isVisible() and button.isChecked()
    assert button.text() == "Hide rules"  # says what a click does

    view.resize(700, 720)  # a 1024 px window beside the subset panel
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2_000)
    assert not button.isChecked()
    assert button.text() == "Show rules", "hidden rules must still be findable"
    # the chart takes the width the rules gave up
    qtbot.waitUntil(lambda: view.chart_tabs.width() > 600, timeout=2_000)

    button.click()  # the user wants them anyway: shown, and kept at this width
    assert editor.isVisible() and button.isChecked()
    view.resize(690, 720)
    qtbot.wait(50)
    assert editor.isVisible()
    button.click()
    view.resize(1280, 720)  # hidden by the user: stays hidden when there is room again
    qtbot.wait(50)
    assert not editor.isVisible() and not button.isChecked()


# ---------------------------------------------------------------------------------- matrix

def _scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def _matrix_overlaps(view: MatrixView) -> list[str]:
    """What the legend and quadrant labels cover: each other, or the 0–1 band of points."""
    box = view.chart.getPlotItem().getViewBox()
    band = box.mapViewToScene(QRectF(-0.5, 0.0, 5.0, 1.0)).boundingRect()
    labels = [_scene_rect(item.textItem) for item, *_ in view._quadrant_items]
    legend = view.chart.legend
    out = []
    for i, rect in enumerate(labels):
        if rect.intersects(band):
            out.append(f"label {i} over the points")
        if legend is not None and rect.intersects(_scene_rect(legend)):
            out.append(f"label {i} under the legend")
    if legend is not None:
        plot = box.sceneBoundingRect()
        legend_rect = _scene_rect(legend)
        if legend_rect.left() < plot.left() - 1 or legend_rect.right() > plot.right() + 1:
            out.append("legend past the plot's edge")
        if legend_rect.intersects(band):
            out.append("legend over the points")
    return out


def test_matrix_labels_and_legend_cover_no_point_tall_or_short(qtbot, result):
    view = _show(qtbot, MatrixView(), 900, 900)
    view.set_result(result)
    qtbot.wait(50)
    assert not view._compact
    words = [item.textItem.toPlainText() for item, *_ in view._quadrant_items]
    assert all(len(w.splitlines()) == 3 for w in words), words  # type, MS side, firms
    assert _matrix_overlaps(view) == []

    view.resize(600, 720)  # short and narrow: counts only, legend stacked or short
    qtbot.waitUntil(lambda: view._compact, timeout=2_000)
    qtbot.wait(50)
    assert _matrix_overlaps(view) == []
    counts = view.quadrant_counts()
    shown = sorted(item.textItem.toPlainText() for item, *_ in view._quadrant_items)
    assert shown == sorted(f"{n} firms" if n != 1 else "1 firm" for n in counts.values())
    assert "MS above median" in view.chart.toolTip(), "the full words stay in the tooltip"

    view.resize(900, 900)
    qtbot.waitUntil(lambda: not view._compact, timeout=2_000)
    assert view.chart.toolTip() == ""


def test_a_short_matrix_exports_the_corner_words_it_shows_as_counts(qtbot, result, tmp_path):
    """A picture has no tooltip: the words a short chart leaves off go in the export's footer."""
    view = _show(qtbot, MatrixView(), 600, 720)
    view.set_result(result)
    qtbot.waitUntil(lambda: view._compact, timeout=2_000)
    words = [w.replace("\n", " · ") for _i, _t, w, *_ in view._quadrant_items]
    path = view.chart.export_svg(tmp_path / "matrix.svg", caption=["Subset: all firms"])
    svg = path.read_text(encoding="utf-8")
    description = svg.split("<desc>", 1)[1].split("</desc>", 1)[0]
    assert "Subset: all firms" in description
    for corner in words:
        assert corner.split(" · ")[0] in description, corner
    assert view.chart.render_image(1.0).height() > view.chart.height(), "no footer in the PNG"

    view.resize(900, 900)  # tall: the corners carry their words, no footer is added
    qtbot.waitUntil(lambda: not view._compact, timeout=2_000)
    assert view.chart.export_caption(["x"]) == ["x"]


def test_a_short_matrix_keeps_its_note_and_table_apart_and_its_chart(qtbot, result):
    view = MatrixView()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # presentation mode's larger text
    view.setFont(font)
    view = _show(qtbot, view, 700, 640)
    view.set_result(result)
    table, note = view.counts_table, view.note
    qtbot.waitUntil(lambda: table.minimumHeight() > 60 or table.height() > 100, timeout=2_000)
    qtbot.wait(100)
    pane = table.parentWidget()
    assert note.geometry().top() >= table.geometry().bottom(), "the note is drawn over the table"
    assert note.height() >= note.heightForWidth(note.width()) - 2, "the note is cut"
    assert pane.height() >= pane.minimumHeight()
    chart_pane = view.splitter.widget(0)  # the chart with its export buttons
    assert chart_pane.height() >= view.MIN_CHART_HEIGHT - 10
    assert clipped_texts(view) == []
    assert np.isfinite(view.cutoff())


# ------------------------------------------------------------------------------ range boxes

def test_a_range_box_too_narrow_for_its_hint_shows_the_short_form(qtbot):
    """The survey's highest wage, "30,160,000", was cut to "30,1..." in presentation mode."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from gui.subset_panel import _RangeEdit

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(300, 100)
    box = _RangeEdit(parent)
    box.set_hint("30,160,000", "30.2M", "30M")
    box.resize(200, 30)
    parent.show()
    qtbot.waitExposed(parent)
    assert box.placeholderText() == "30,160,000"
    box.resize(60, 30)
    qtbot.waitUntil(lambda: box.placeholderText() != "30,160,000", timeout=2_000)
    assert box.placeholderText() in ("30.2M", "30M")
    assert clipped_texts(parent) == []

    plain = QLineEdit(parent)  # the check itself sees a cut hint
    plain.setPlaceholderText("30,160,000")
    plain.setGeometry(0, 40, 50, 30)
    plain.show()
    qtbot.waitUntil(lambda: not plain.visibleRegion().isEmpty(), timeout=2_000)
    assert [c.text for c in clipped_texts(parent)] == ["30,160,000"]
