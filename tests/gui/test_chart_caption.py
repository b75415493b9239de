"""Exported charts say what they show (issue 13): the subset in words with its firm and worker
counts, the data source and the date, under the chart in the PNG and in the SVG."""

from __future__ import annotations

import datetime
import re

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.views.base import ChartPanel
from tests.gui.sample_window import close_window, open_sample_window


@pytest.fixture
def window(qtbot):
    win = open_sample_window(qtbot, size=(1024, 768))
    yield win
    close_window(win)


def _panel(view, chart) -> ChartPanel:
    return next(p for p in view.findChildren(ChartPanel) if p.chart is chart)


def test_an_exported_outcome_chart_names_its_subset_source_and_date(qtbot, window, tmp_path,
                                                                     monkeypatch):
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.subset_panel.set_value_checked("country", "Vietnam", True)
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.subset_panel.set_value_checked("sector", "electronics", True)
    view = window.findChild(QWidget, "outcomesView")
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table_model.rowCount() > 0, timeout=20_000)
    result = window.current_result()[0]
    expected = (f"Subset: Country: Vietnam; Sector: Electronics ({result.n_firms} firms, "
                f"{result.n_workers} workers)")
    assert (result.n_firms, result.n_workers) == (64, 144)
    caption = view.export_caption()
    assert caption[0] == expected
    assert caption[1].startswith(f"Data: {window.survey_title()} · exported "
                                 f"{datetime.date.today().isoformat()}")

    panel = _panel(view, view.means_chart)
    svg, png = tmp_path / "wage.svg", tmp_path / "wage.png"
    for path in (svg, png):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, p=path, **k: (str(p), "")))
        assert panel.save_as(path.suffix[1:]) == path
    text = svg.read_text(encoding="utf-8")
    assert "Vietnam" in text and "Electronics" in text and "144 workers" in text
    assert re.search(r"exported \d{4}-\d{2}-\d{2}", text)
    bare = view.means_chart.render_image(2.0)
    captioned = QImage(str(png))
    assert captioned.width() == bare.width() and captioned.height() > bare.height() + 40


def test_the_whole_survey_is_said_as_all_firms_and_workers(window):
    view = window.findChild(QWidget, "upgradingView")
    assert view.export_caption()[0] == "Subset: All firms and workers (280 firms, 802 workers)"
