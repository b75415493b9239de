"""Short charts and fitted drop-downs (issue 13): on a 1024×768 projector in large Vietnamese text
the outcomes chart had no plot left under its two-line title and wrapped axis title, and three
drop-downs sized to their longest items took a row more than the ones they show need."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QHBoxLayout, QWidget

from gui.charts import BarSeries, Chart, bar_chart, box_chart, percent1
from gui.fitted_combo import FittedComboBox
from gui.views.base import ChartPanel
from tests.gui.layout_check import clipped_texts

TITLE = "Mean of the monthly wage ÷ regional minimum wage (95% CI, clustered by firm)"


def _in_panel(qtbot, chart: Chart, height: int, categories: list[str], series: BarSeries,
              **kwargs) -> ChartPanel:
    """``chart`` in a 640 px wide panel on screen, drawn as bars."""
    panel = ChartPanel(chart)
    qtbot.addWidget(panel)
    panel.resize(640, height)
    panel.show()
    qtbot.waitExposed(panel)
    bar_chart(chart, categories, [series], **kwargs)
    qtbot.wait(50)
    return panel


WAGES = BarSeries("Mean", [1.91, 2.08], [1.80, 1.92], [2.02, 2.24])


def _chart(qtbot, height: int) -> Chart:
    chart = Chart(TITLE, "Highest upgrading type (reference: No upgrading)", "Wage ratio")
    _in_panel(qtbot, chart, height, ["No upgrading\n395 workers", "Process\n251 workers"], WAGES)
    return chart


def _ink_rows(image: QImage, rows: range) -> int:
    """How many of ``rows`` have a dark pixel (text) anywhere across the image."""
    dark = 0
    for y in rows:
        if any(QColor(image.pixel(x, y)).lightness() < 100 for x in range(0, image.width(), 2)):
            dark += 1
    return dark


def test_a_tall_chart_shows_its_titles(qtbot):
    chart = _chart(qtbot, 480)
    plot = chart.getPlotItem()
    assert not chart.title_folded
    assert plot.titleLabel.isVisible() and plot.getAxis("bottom").label.isVisible()
    assert chart.toolTip() == ""


def test_a_short_chart_folds_its_titles_into_the_tooltip_and_keeps_a_plot(qtbot):
    chart = _chart(qtbot, 200)
    plot = chart.getPlotItem()
    assert chart.title_folded
    assert not plot.titleLabel.isVisible() and not plot.getAxis("bottom").label.isVisible()
    assert TITLE in chart.toolTip() and "Highest upgrading type" in chart.toolTip()
    folded_plot = plot.getViewBox().height()
    # taller again: the titles come back
    chart.parentWidget().resize(640, 480)
    qtbot.waitUntil(lambda: not chart.title_folded, timeout=2_000)
    assert plot.titleLabel.isVisible() and plot.getAxis("bottom").label.isVisible()
    chart.parentWidget().resize(640, 200)
    qtbot.waitUntil(lambda: chart.title_folded, timeout=2_000)
    qtbot.wait(50)
    assert plot.getViewBox().height() == folded_plot > 40


def test_an_exported_short_chart_still_draws_its_titles(qtbot, monkeypatch, tmp_path):
    chart = _chart(qtbot, 200)
    assert chart.title_folded
    plot = chart.getPlotItem()
    seen = []
    render = chart.render

    def recording_render(*args):
        seen.append((plot.titleLabel.isVisible(), plot.getAxis("bottom").label.isVisible(),
                     plot.titleLabel.toPlainText() if hasattr(plot.titleLabel, "toPlainText")
                     else plot.titleLabel.item.toPlainText()))
        return render(*args)

    monkeypatch.setattr(chart, "render", recording_render)
    image = chart.render_image(1.0)
    chart.export_svg(tmp_path / "short.svg")
    assert [s[:2] for s in seen] == [(True, True), (True, True)]
    assert seen[0][2] == TITLE
    assert _ink_rows(image, range(0, 24)) > 5, "no title at the top of the export"
    # the screen keeps its folded titles
    assert chart.title_folded and not plot.titleLabel.isVisible()
    assert not plot.getAxis("bottom").label.isVisible()


def test_a_fitted_drop_down_is_as_wide_as_the_item_it_shows(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    box = FittedComboBox(root)
    box.addItems(["No split", "Upgraded (any type) or not, by country and sector of the firm"])
    layout.addWidget(box)
    layout.addStretch(1)
    root.resize(900, 60)
    root.show()
    qtbot.waitExposed(root)
    short = box.width()
    assert short < box.fontMetrics().horizontalAdvance(box.itemText(1))
    assert clipped_texts(root) == []
    box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: box.width() > short, timeout=2_000)
    assert clipped_texts(root) == []


def _drawn_tick_texts(chart: Chart) -> list[str]:
    """The category labels pyqtgraph will really draw (it drops those past the axis' end)."""
    from PySide6.QtGui import QPainter

    axis = chart.getPlotItem().getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]]


@pytest.mark.parametrize("kind", ["bars", "boxes"])
def test_every_category_label_is_drawn_after_the_chart_narrows(qtbot, kind):
    """Drawn wide, then narrowed (the subset panel widens in presentation mode): the right bar's
    (or box's) long label was silently dropped until the chart drew again."""
    chart = Chart("", "", "")
    panel = ChartPanel(chart)
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.show()
    qtbot.waitExposed(panel)
    names = ["Not upgraded", "Upgraded (any type) and its long Vietnamese name"]
    if kind == "bars":
        bar_chart(chart, [f"{names[0]}\n395 workers", f"{names[1]}\n392 workers"],
                  [BarSeries("Mean", [1.91, 2.04], [1.80, 1.92], [2.02, 2.16])])
    else:  # four boxes: their slots get narrower than the labels' draw-time wrapping
        names = ["No upgrading at all", "Process upgrading only", "Product upgrading too",
                 "Functional upgrading too"]
        rng = np.random.default_rng(1)
        box_chart(chart, names, [rng.normal(2, 0.3, 90) for _ in names],
                  notes=["395 workers", "200 workers", "100 workers", "392 workers"])
    qtbot.wait(50)
    assert len(_drawn_tick_texts(chart)) == len(names)
    panel.resize(420, 420)
    qtbot.waitUntil(lambda: chart.width() < 440, timeout=2_000)
    qtbot.wait(50)
    texts = _drawn_tick_texts(chart)
    assert len(texts) == len(names), texts
    assert texts[-1].split()[-2:] == ["392", "workers"], texts


def test_a_message_chart_keeps_its_axis_titles_hidden_when_it_grows(qtbot):
    """A folded chart that then shows a message ("Nothing to show") and grows: the fold gives
    back only what it took, never the old x-axis title under the message."""
    chart = _chart(qtbot, 200)
    assert chart.title_folded
    chart.show_message("Nothing to show for this subset")
    chart.parentWidget().resize(640, 480)
    qtbot.waitUntil(lambda: chart.height() > 400, timeout=2_000)
    qtbot.wait(50)
    assert not chart.getPlotItem().getAxis("bottom").label.isVisible()
    assert chart.toolTip() == ""


LONG_Y = "Monthly wage ÷ regional minimum wage, ratio (95% CI, clustered by firm)"


def _y_title_chart(qtbot, height: int) -> tuple[Chart, QWidget]:
    chart = Chart("Wages", "Group", LONG_Y)
    return chart, _in_panel(qtbot, chart, height, ["No upgrading", "Upgraded"], WAGES)


def _y_title(chart: Chart):
    axis = chart.getPlotItem().getAxis("left")
    return axis, axis.label


def test_a_long_y_axis_title_wraps_then_leaves_for_the_tooltip_as_the_chart_shortens(qtbot):
    """pyqtgraph centres the y-axis title on one rotated line and cuts both its ends on a short
    plot; the chart wraps it on two lines, and below that shows it in the tooltip."""
    chart, panel = _y_title_chart(qtbot, 800)
    axis, label = _y_title(chart)
    one_line_width = axis.width()
    assert label.isVisible() and chart.toolTip() == ""
    assert label.boundingRect().width() <= chart.getPlotItem().getViewBox().height()
    assert clipped_texts(panel) == []

    panel.resize(640, 520)  # too short for one line, long enough for two
    qtbot.waitUntil(lambda: chart._left_lines == 2, timeout=2_000)
    assert label.isVisible() and label.boundingRect().height() > 1.5 * _one_line(label)
    # the second line needs room beside the ticks (the layout gives it a turn later)
    qtbot.waitUntil(lambda: axis.width() > one_line_width, timeout=2_000)
    assert clipped_texts(panel) == []

    panel.resize(640, 220)  # too short for two lines
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=2_000)
    assert LONG_Y in chart.toolTip()
    qtbot.waitUntil(lambda: axis.width() == one_line_width, timeout=2_000)
    assert clipped_texts(panel) == []

    panel.resize(640, 800)  # tall again: back on one line, out of the tooltip
    qtbot.waitUntil(lambda: label.isVisible() and chart._left_lines == 1, timeout=2_000)
    assert LONG_Y not in chart.toolTip()
    qtbot.waitUntil(lambda: axis.width() == one_line_width, timeout=2_000)


def _one_line(label) -> float:
    from PySide6.QtGui import QFontMetricsF
    return QFontMetricsF(label.font()).height()


def test_the_layout_check_sees_a_y_axis_title_cut_by_a_short_plot(qtbot):
    chart, panel = _y_title_chart(qtbot, 220)
    axis, label = _y_title(chart)
    chart._fitting_left = True  # the fit switched off: pyqtgraph's own one-line title
    axis.showLabel(True)
    label.setTextWidth(-1)
    found = clipped_texts(panel)
    assert [c.text for c in found] == [LONG_Y], found


def test_an_exported_chart_draws_the_y_axis_title_the_screen_left_out(qtbot, tmp_path):
    chart, _panel = _y_title_chart(qtbot, 220)
    _axis, label = _y_title(chart)
    assert not label.isVisible()
    drawn = []
    original = label.paint

    def spy(painter, option, widget=None):
        drawn.append(label.isVisible())
        return original(painter, option, widget)

    label.paint = spy
    chart.export_png(tmp_path / "chart.png", scale=1.0)
    assert drawn and all(drawn), "the export drew no y-axis title"
    assert not label.isVisible(), "the screen's chart keeps it in the tooltip"


def _percent_tick_gaps(chart: Chart) -> float:
    """The smallest distance in pixels between two y-axis percent ticks."""
    axis = chart.getPlotItem().getAxis("left")
    (ticks,) = axis._tickLevels
    box = chart.getPlotItem().getViewBox()
    ys = sorted(box.mapViewToScene(QPointF(0, v)).y() for v, _ in ticks)
    return min(b - a for a, b in itertools.pairwise(ys))


def test_percent_ticks_spread_out_on_a_short_plot(qtbot):
    """0% 20% 40% … overlapped on a 75 px plot in presentation mode."""
    chart = Chart("Shares", "", "Share of firms")
    panel = _in_panel(qtbot, chart, 700, ["Process", "Product"],
                      BarSeries("A", [0.38, 0.57], [0.3, 0.5], [0.46, 0.64]), fmt=percent1)
    line = QFontMetrics(chart.getPlotItem().getAxis("left").style["tickFont"]).height()
    tall_ticks = len(chart.getPlotItem().getAxis("left")._tickLevels[0])
    assert _percent_tick_gaps(chart) >= 1.3 * line
    panel.resize(640, 230)
    qtbot.waitUntil(lambda: len(chart.getPlotItem().getAxis("left")._tickLevels[0])
                    < tall_ticks, timeout=2_000)
    assert _percent_tick_gaps(chart) >= 1.3 * line - 1


def test_a_wrapped_x_axis_title_sits_under_two_line_category_labels(qtbot):
    """In presentation mode's larger chart text a two-line x-axis title was given one line's
    room and lay over the category labels' second line ("392 workers")."""
    from PySide6.QtGui import QPainter

    from gui.chart_style import set_font_scale

    set_font_scale(1.35)
    try:
        chart = Chart("", "Upgraded (any type) or not (reference: Did not upgrade)", "Mean")
        _in_panel(qtbot, chart, 480, ["Did not upgrade\n395 workers", "Upgraded\n392 workers"],
                  WAGES)
        axis = chart.getPlotItem().getAxis("bottom")
        assert axis.label.boundingRect().height() > 1.5 * QFontMetrics(
            axis.label.font()).height(), "the title is wrapped on two lines or more"
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            tick_rects = [rect for rect, _flags, _text in axis.generateDrawSpecs(painter)[2]]
        finally:
            painter.end()
        ticks_bottom = max(rect.bottom() for rect in tick_rects)  # in the axis' coordinates
        title_top = axis.label.mapRectToParent(axis.label.boundingRect()).top()
        assert title_top >= ticks_bottom, (title_top, ticks_bottom)
    finally:
        set_font_scale(1.0)
