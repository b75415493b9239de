"""Every chart exports as PNG (2× the on-screen size) and SVG (through QSvgGenerator); both open."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from core.analysis.subset import Subset
from core.project.opening import open_survey
from gui.charts import (
    PALETTE,
    BarSeries,
    Chart,
    bar_chart,
    box_chart,
    histogram_chart,
    percent1,
    wrap_label,
)
from gui.views.chart_builder import ChartBuilder
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView
from tests.gui.test_views import run_analysis_tagged

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"


def check_exports(chart: Chart, tmp_path: Path, name: str) -> None:
    png = chart.export_png(tmp_path / f"{name}.png")
    svg = chart.export_svg(tmp_path / f"{name}.svg")
    assert png.stat().st_size > 1000 and svg.stat().st_size > 1000
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == 2 * chart.viewport().width()
    assert QSvgRenderer(str(svg)).isValid()
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    if chart.title:
        assert chart.title.split(",")[0].split(" (")[0][:20] in html.unescape(text)


def test_helper_charts_export(qtbot, tmp_path):
    chart = Chart("Share of firms", "Type", "Share, %", object_name="demo")
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    chart.show()
    bar_chart(chart, ["Process", "Product"], [
        BarSeries("A (n=10)", [0.4, 0.1], [0.3, 0.05], [0.5, 0.2]),
        BarSeries("B (n=2)", [0.5, np.nan], [0.4, np.nan], [0.6, np.nan],
                  suppressed=[False, True])], fmt=percent1)
    check_exports(chart, tmp_path, "bars")
    box_chart(chart, ["x", "y"], [np.arange(50.0), np.arange(20.0) * 2])
    check_exports(chart, tmp_path, "box")
    histogram_chart(chart, [("a", np.random.default_rng(0).normal(size=200))])
    check_exports(chart, tmp_path, "hist")


def test_every_view_chart_exports(qtbot, tmp_path):
    survey = open_survey(SAMPLE).survey
    result = run_analysis_tagged(survey.firms, survey.workers,
                                 subset=Subset(firms={"country": ["Vietnam"]}))
    views = [UpgradingView(), OutcomesView(), MatrixView(), ChartBuilder()]
    for view in views:
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        if isinstance(view, OutcomesView):
            with qtbot.waitSignal(view.computed, timeout=20000):
                view.set_result(result)
        else:
            view.set_result(result)
        for name, chart in view.charts().items():
            if not chart.isVisible():  # on a hidden tab: export still works at its size
                chart.resize(900, 560)
            check_exports(chart, tmp_path, f"{view.objectName()}_{name}")
        if hasattr(view, "shutdown"):
            view.shutdown()


def test_palette_is_distinct_in_grey():
    """Neighbouring series differ in lightness (plus hatching), so a grey print keeps them apart."""
    def grey(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    greys = [grey(c) for c in PALETTE[:4]]
    assert all(abs(a - b) > 25 for a, b in itertools.pairwise(greys))


@pytest.mark.parametrize("text,width,expected", [
    ("Chain (new sector)", 14, "Chain (new\nsector)"),
    ("None\n395 workers", 14, "None\n395 workers"),
])
def test_wrap_label_keeps_explicit_lines(text, width, expected):
    assert wrap_label(text, width) == expected


def test_chart_labels_show_markup_as_typed(qtbot, tmp_path):
    """Issue #15 item 15: a category or group named '</text><script>' or '<b>x</b>' is text, not
    markup, in the title, axis titles and legend (they vanished or turned bold before)."""
    hostile = ["</text><script>alert(1)</script>", "<b>bold</b> & co"]
    chart = Chart(hostile[1], hostile[0], "<i>Share</i>", object_name="hostile")
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    chart.show()
    bar_chart(chart, hostile, [BarSeries(hostile[0], [0.4, 0.2], [0.3, 0.1], [0.5, 0.3]),
                               BarSeries(hostile[1], [0.5, 0.1], [0.4, 0.0], [0.6, 0.2])],
              fmt=percent1)
    plot = chart.getPlotItem()
    assert plot.titleLabel.item.toPlainText() == hostile[1]
    assert plot.getAxis("bottom").label.toPlainText().strip() == hostile[0]
    assert plot.getAxis("left").label.toPlainText().strip() == "<i>Share</i>"
    legend = [label.item.toPlainText() for _sample, label in chart.legend.items]
    assert legend == hostile
    check_exports(chart, tmp_path, "hostile")
