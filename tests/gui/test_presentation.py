"""Presentation mode: bigger table and chart text, thicker lines, high contrast, the subset line
prominent, and the window still usable at 1280×720; off again restores everything."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui import charts, presentation
from tests.gui.sample_window import close_window, open_sample_window, silence_errors

SMALL = (1280, 720)


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot, SMALL)
    yield win
    if presentation.is_on():
        presentation.set_presentation(win, False)
    close_window(win)
    assert errors == []


def tick_size(chart: charts.Chart) -> int:
    return chart.getPlotItem().getAxis("left").style["tickFont"].pointSize()


def too_big(window: QWidget, width: int, height: int) -> list[str]:
    """Widgets shown in the window whose minimum size does not fit ``width``×``height``."""
    out = []
    for w in (window, *window.findChildren(QWidget)):
        if not w.isVisibleTo(window) or (w.isWindow() and w is not window):
            continue
        hint, fixed = w.minimumSizeHint(), w.minimumSize()  # what layouts use (qSmartMinSize)
        need_w = fixed.width() if fixed.width() > 0 else hint.width()
        need_h = fixed.height() if fixed.height() > 0 else hint.height()
        if need_w > width or need_h > height:
            out.append(f"{type(w).__name__} {w.objectName()!r}: {need_w}×{need_h}")
    return out


def test_presentation_mode_enlarges_tables_and_charts_and_fits_1280x720(qtbot, window) -> None:
    table = window.firms_table
    chart = window.upgrading_view.shares_chart
    window.tabs.setCurrentWidget(window.upgrading_view)
    before_table = table.font().pointSizeF()
    before_row = table.verticalHeader().defaultSectionSize()
    before_tick = tick_size(chart)
    before_summary = window.subset_panel.summary.font().pointSizeF()

    presentation.set_presentation(window, True)
    qtbot.wait(50)
    assert presentation.is_on()
    assert table.font().pointSizeF() >= 1.4 * before_table
    assert table.verticalHeader().defaultSectionSize() > before_row
    # as tall as the larger text needs, not 1.5× the normal row (its padding need not grow)
    assert table.verticalHeader().defaultSectionSize() == max(
        before_row, table.fontMetrics().height() + presentation.ROW_PADDING)
    assert tick_size(chart) >= 1.3 * before_tick
    assert charts.pt() > charts.FONT_PT
    assert window.subset_panel.summary.font().pointSizeF() >= 1.4 * before_summary
    # high contrast: black on white, the subset line white on dark blue
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "subsetSummary" in window.styleSheet()
    # the bars were drawn again at the new size (thicker outlines)
    bars = [i for i in chart.getPlotItem().items if type(i).__name__ == "BarGraphItem"]
    assert bars and bars[0].opts["pen"].widthF() > 1.0

    window.resize(*SMALL)
    qtbot.wait(50)
    assert window.width() <= SMALL[0] and window.height() <= SMALL[1]
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        assert too_big(window, *SMALL) == [], window.tabs.tabText(i)

    presentation.set_presentation(window, False)
    assert table.font().pointSizeF() == pytest.approx(before_table)
    assert table.verticalHeader().defaultSectionSize() == before_row
    assert tick_size(chart) == before_tick
    assert window.subset_panel.summary.font().pointSizeF() == pytest.approx(before_summary)
    assert window.styleSheet() == ""


def test_f5_toggles_presentation_mode_and_it_is_remembered(qtbot, window) -> None:
    assert window.action_presentation.shortcut().toString() == "F5"
    view_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.menu().objectName() == "viewMenu")
    assert window.action_presentation in view_menu.actions()
    window.action_presentation.trigger()
    assert presentation.is_on() and window.settings.presentation_mode()
    window.action_presentation.trigger()
    assert not presentation.is_on() and not window.settings.presentation_mode()
