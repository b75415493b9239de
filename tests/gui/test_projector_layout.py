"""Projector-ready layout (issue 13): at 1024×768 and 1280×720, normal and presentation mode,
English and Vietnamese (the longest language), the window fits the screen and, on every tab, no
drop-down, button, label or chart axis title has its text cut, and the comparison table shows all
its rows.

Not yet checked here (a known gap, listed in the issue's note): the rule tree's item texts,
which its narrow first column elides in Vietnamese and presentation mode.
"""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError

from gui import i18n
from tests.gui.layout_check import clipped_texts
from tests.gui.sample_window import close_window, open_sample_window, silence_errors

SIZES = [(1024, 768), (1280, 720)]
NOT_YET_CHECKED = ("ruleTree",)


@pytest.fixture
def window(qtbot, monkeypatch, request):
    (width, height), presenting, lang = request.param
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot, size=(width, height))
    if lang != "en":
        win.set_language(lang)
    if presenting:
        win.set_presentation_mode(True)
    qtbot.waitUntil(lambda: win.current_result()[0] is not None, timeout=20_000)
    yield win, (width, height)
    win.set_presentation_mode(False)
    i18n.install_language("en")
    close_window(win)
    assert errors == []


COMBINATIONS = [(size, presenting, lang) for size in SIZES for presenting in (False, True)
                for lang in ("en", "vi")]


@pytest.mark.parametrize("window", COMBINATIONS, indirect=True,
                         ids=[f"{w}x{h}-{'presentation' if p else 'normal'}-{lang}"
                              for (w, h), p, lang in COMBINATIONS])
def test_every_tab_fits_and_cuts_no_text(qtbot, window):
    win, (width, height) = window
    assert win.width() <= width and win.height() <= height, "the window is wider than the screen"
    assert win.minimumSizeHint().width() <= width
    problems = []
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        page = win.tabs.widget(i)
        if page.objectName() == "outcomesView":
            qtbot.waitUntil(lambda p=page: p.table_model.rowCount() > 0, timeout=20_000)
            table = page.table
            qtbot.waitUntil(lambda t=table: t.viewport().height() >= sum(
                t.rowHeight(r) for r in range(t.model().rowCount())), timeout=5_000)
        found = [c for c in clipped_texts(win, tables=("outcomesTable",))
                 if not any(name in c.widget for name in NOT_YET_CHECKED)]
        problems += [f"{win.tabs.tabText(i)}: {c}" for c in found]
    assert problems == []


@pytest.mark.parametrize("window", [((1024, 768), True, "vi")], indirect=True, ids=["vi-present"])
def test_the_comparison_table_shows_all_five_type_rows(qtbot, window):
    """The four types and no upgrading: five rows on a 1024×768 projector in large text."""
    win, _ = window
    view = win.findChild(QWidget, "outcomesView")
    win.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table_model.rowCount() > 0, timeout=20_000)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.group_box.setCurrentIndex(view.group_box.findData("highest_type"))
    qtbot.waitUntil(lambda: view.table_model.rowCount() == 5, timeout=20_000)
    table = view.table
    qtbot.waitUntil(lambda: table.viewport().height() >= sum(table.rowHeight(r)
                                                             for r in range(5)), timeout=5_000)
    assert clipped_texts(view, tables=("outcomesTable",)) == []
    # the chart still reads (the splitter settles after the table's rows, on a loaded machine
    # an event loop turn or two later), and keeps that height once settled
    with contextlib.suppress(TimeoutError):  # the assert below says where the height went
        qtbot.waitUntil(lambda: view.means_chart.height() >= view.MIN_CHART_HEIGHT - 40,
                        timeout=5_000)
    qtbot.wait(300)
    assert view.means_chart.height() >= view.MIN_CHART_HEIGHT - 40, _heights(win, view)


def _heights(win, view) -> str:
    """Where the outcomes tab's height went (a failure says which part took the chart's room)."""
    parts = {"window": win.size().toTuple(), "view": view.size().toTuple(),
             "main tab bar": win.tabs.tabBar().height(),
             "splitter y": view.splitter.y(), "chart tabs": view.chart_tabs.height(),
             "chart tab bar": view.chart_tabs.tabBar().height(),
             "chart": view.means_chart.height(), "table": view.table.height(),
             "table min": view.table.minimumHeight(), "lower": view.table.parentWidget().height(),
             "warnings": view.warnings_label.height(), "status": view.status_label.isVisible(),
             "app font": win.font().toString(), "subset panel": win.subset_panel.width(),
             "warnings text": view.warnings_label.text()[:200]}
    return "; ".join(f"{k}={v}" for k, v in parts.items())


def test_the_check_sees_a_cut_drop_down_button_label_and_hidden_rows(qtbot):
    """The measuring itself: each kind of cut is found (so a pass above means something)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    combo = QComboBox(root)
    combo.addItem("Upgraded (any type) or not, and a long tail")
    combo.setFixedWidth(80)
    button = QPushButton("Reset to defaults", root)
    button.setFixedWidth(40)
    label = QLabel("Years with the firm", root)
    label.setFixedWidth(30)
    table = QTableView(root)
    table.setObjectName("outcomesTable")
    table.setModel(QStandardItemModel(8, 2, table))
    table.setFixedHeight(60)
    for w in (combo, button, label, table):
        layout.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    found = {c.widget.split("/")[-1]: c for c in clipped_texts(root, tables=("outcomesTable",))}
    assert {"QComboBox", "QPushButton", "QLabel", "outcomesTable"} <= set(found)
    assert found["outcomesTable"].text == "8 rows"
    combo.setFixedWidth(combo.sizeHint().width() + 40)
    button.setFixedWidth(button.sizeHint().width())
    label.setFixedWidth(label.sizeHint().width())
    table.setFixedHeight(400)
    assert clipped_texts(root, tables=("outcomesTable",)) == []


@pytest.mark.parametrize("window", [((1024, 768), True, "vi")], indirect=True, ids=["vi-present"])
def test_the_upgrading_legend_covers_no_value_label(qtbot, window):
    """The split drop-down sized to its longest item pushed the subset counts to four lines;
    the chart lost that height and its legend lay over the "47%" "52%" labels."""
    import pyqtgraph as pg

    win, _size = window
    view = win.upgrading_view
    win.tabs.setCurrentWidget(view)
    chart = view.shares_chart
    qtbot.waitUntil(lambda: chart.legend is not None and chart.getPlotItem().getViewBox()
                    .height() > 0, timeout=5_000)
    qtbot.wait(100)
    legend = chart.legend.mapRectToScene(chart.legend.boundingRect())
    labels = [item for item in chart.getPlotItem().items
              if isinstance(item, pg.TextItem) and item.toPlainText().endswith("%")]
    assert labels, "no value labels found"
    covered = [item.toPlainText() for item in labels
               if item.mapRectToScene(item.boundingRect()).intersects(legend)]
    assert covered == []
