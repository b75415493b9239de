"""The subset panel: facets with counts from core, ranges, the counts line, saved subsets, A vs B."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.analysis.subset import Subset
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.core.test_study_edit import write_small_workbook
from tests.gui.test_import_dialog import accept, start_open

SAMPLE_PROJECT = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    """The window on a small reviewed workbook, derived columns in."""
    w = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(w)
    dialog = start_open(qtbot, w, monkeypatch, write_small_workbook(tmp_path / "small.xlsx"))
    with qtbot.waitSignal(w.derivedReady, timeout=20_000):
        accept(qtbot, w, dialog)
    return w


def shown_ids(window: MainWindow, which: str) -> list[str]:
    model = window.firms_model if which == "firms" else window.workers_model
    c = model.column_index("worker_id" if which == "workers" else "firm_id")
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_ticking_two_facets_filters_counts_and_tables(qtbot, window):
    panel = window.subset_panel
    assert panel.objectName() == "subsetPanel"
    assert panel.summary_text() == "10 of 10 firms · 30 of 30 workers"
    assert panel.facet_counts_shown("country") == {"Vietnam": 6, "Thailand": 4}
    assert panel.facet_counts_shown("sector") == {"apparel": 5, "electronics": 5}

    with qtbot.waitSignal(window.subsetChanged) as changed:
        panel.set_value_checked("country", "Vietnam", True)
    assert changed.args[0].firms == {"country": ["Vietnam"]}
    # the sector counts follow the country filter; the country counts ignore their own facet
    assert panel.facet_counts_shown("sector") == {"apparel": 2, "electronics": 4}
    assert panel.facet_counts_shown("country") == {"Vietnam": 6, "Thailand": 4}

    # tick the second value with the keyboard: select it and press Space
    item = panel.facet_item("sector", "electronics")
    panel.tree.setCurrentItem(item)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked

    assert panel.summary_text() == "4 of 10 firms · 12 of 30 workers"
    # independent check with pandas: country counts among electronics firms
    firms, _ = window.analysis_frames()
    expected = firms.loc[firms["sector"] == "electronics", "country"].value_counts().to_dict()
    assert expected == {"Vietnam": 4, "Thailand": 1}
    assert panel.facet_counts_shown("country") == expected
    assert panel.facet_counts_shown("gender")["female"] + \
        panel.facet_counts_shown("gender")["male"] == 12
    assert shown_ids(window, "firms") == ["F02", "F04", "F06", "F08"]
    assert len(shown_ids(window, "workers")) == 12
    assert set(shown_ids(window, "workers")) >= {"W004", "W005", "W006"}  # firm F02's workers
    assert window.firms_panel.count_label.text() == "4 of 10 firms shown"

    # Clear brings everyone back
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.summary_text() == "10 of 10 firms · 30 of 30 workers"
    assert window.firms_model.rowCount() == 10 and window.workers_model.rowCount() == 30
    assert item.checkState(0) == Qt.CheckState.Unchecked


def test_worker_facets_ranges_and_the_upgrading_type_facet(qtbot, window):
    panel = window.subset_panel
    panel.set_value_checked("gender", "female", True)
    assert panel.summary_text().startswith("10 of 10 firms · 15 of 30 workers")
    assert "come from 10 firms" in panel.summary_text()
    assert window.firms_model.rowCount() == 10 and window.workers_model.rowCount() == 15
    panel.set_value_checked("gender", "female", False)

    low = panel.findChild(QLineEdit, "range_employees_low")
    low.setText("300")
    low.editingFinished.emit()
    assert panel.subset().firm_ranges == {"employees": (300.0, None)}
    assert panel.summary_text() == "5 of 10 firms · 15 of 30 workers"
    assert shown_ids(window, "firms") == ["F06", "F07", "F08", "F09", "F10"]
    low.setText("lots")
    low.editingFinished.emit()
    assert "border" in low.styleSheet()  # marked, and the last good range stays
    assert panel.subset().firm_ranges == {"employees": (300.0, None)}
    panel.clear()

    # highest upgrading type (a derived column) is a facet too
    assert panel.facet_counts_shown("highest_type")
    assert sum(panel.facet_counts_shown("highest_type").values()) == 10


def test_saved_subsets_and_compare_with(qtbot, window, monkeypatch):
    panel = window.subset_panel
    panel.set_value_checked("country", "Thailand", True)
    monkeypatch.setattr(panel, "ask_name", lambda: "Thai firms")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert list(panel.saved_subsets()) == ["Thai firms"]
    panel.clear()
    panel.set_value_checked("country", "Vietnam", True)

    with qtbot.waitSignal(window.comparisonChanged) as compared:
        panel.compare_with("Thai firms")
    a, b = compared.args
    assert a.firms == {"country": ["Vietnam"]} and b.firms == {"country": ["Thailand"]}
    assert window.comparison()[1].firms == {"country": ["Thailand"]}
    assert panel.compare_box.isVisibleTo(panel)
    # A follows the panel while comparing
    with qtbot.waitSignal(window.comparisonChanged) as compared:
        panel.set_value_checked("sector", "apparel", True)
    assert compared.args[0].firms == {"country": ["Vietnam"], "sector": ["apparel"]}
    with qtbot.waitSignal(window.comparisonChanged) as compared:
        qtbot.mouseClick(panel.stop_compare, Qt.MouseButton.LeftButton)
    assert compared.args == [None, None]

    panel.apply_saved("Thai firms")
    assert panel.summary_text().startswith("4 of 10 firms")
    assert window.current_subset().firms == {"country": ["Thailand"]}


def test_subset_and_saved_subsets_travel_with_the_project(qtbot, window, tmp_path, monkeypatch):
    panel = window.subset_panel
    panel.set_value_checked("sector", "electronics", True)
    panel.save_current("Electronics")
    panel.set_value_checked("country", "Vietnam", True)
    target = tmp_path / "study.uex.json"
    monkeypatch.setattr(window, "choose_project_path", lambda: target)
    assert window.save_project() == target

    window.subset_panel.clear()
    window.subset_panel.set_saved_subsets({})
    assert start_open(qtbot, window, monkeypatch, target) is None  # a project: no review
    qtbot.waitUntil(lambda: not window.is_loading())
    qtbot.waitUntil(lambda: window.project_path() == target)
    assert list(window.subset_panel.saved_subsets()) == ["Electronics"]
    assert window.current_subset().firms == {"sector": ["electronics"], "country": ["Vietnam"]}
    assert window.firms_model.rowCount() == 4


def test_the_panel_without_a_survey_is_calm(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.subset_panel.summary_text() == "No survey open"
    assert not w.subset_panel.clear_button.isEnabled()
    w.show_survey("No roles", pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"b": [3]}))
    assert w.subset_panel.tree.topLevelItemCount() == 0
    assert w.current_subset().to_json() == Subset().to_json()
    assert w.firms_model.rowCount() == 2
