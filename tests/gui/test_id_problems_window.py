"""A survey with a duplicated and two blank firm IDs in the real window (issue #15 item 7): the
analysis runs on the other firms, the Findings tab opens with the problem naming the ID, a click
on it shows the firm table, and the derived columns line up with the rows the user sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.gui.test_import_dialog import accept, start_open
from tests.gui.test_projects_window import settle

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _broken_sample(folder: Path) -> Path:
    path = folder / "survey.xlsx"
    shutil.copy(RESOURCES / "sample_survey.xlsx", path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Firms"]  # header on row 3: firm rows from row 4
    ws.cell(5, 1).value = ws.cell(4, 1).value
    ws.cell(6, 1).value = None
    ws.cell(7, 1).value = " "
    wb.save(path)
    return path


def test_duplicate_and_blank_firm_ids_are_left_out_and_named(qtbot, tmp_path, monkeypatch):
    path = _broken_sample(tmp_path)
    window = MainWindow(loader=load_for_window, sample_path=None)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    dialog = start_open(qtbot, window, monkeypatch, path)
    if dialog is not None:  # the import review (it lists the duplicate too): accept it
        accept(qtbot, window, dialog)
    settle(qtbot, window)
    result = window.current_result()[0]
    assert result.n_firms == 276 and result.id_problems.duplicated == {"VN001": 2}
    assert window.firms_table.model().rowCount() == 280  # the user's table keeps every row
    view = window.findings_view
    qtbot.waitUntil(lambda: bool(view.labels) and "VN001" in view.labels[0].text())
    first = view.labels[0]
    assert first.text().startswith("4 firm rows are left out of every result")
    assert "276 firms" in view.heading.text()
    assert len(view.labels) > 3  # the rest of the findings are there
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.firms_panel
    model = window.firms_table.model()
    frame = model.frame()
    assert "highest_type" in frame.columns  # derived columns kept, aligned by row
    assert frame["highest_type"].iloc[:4].isna().all()
    assert pd.notna(frame["highest_type"].iloc[4:]).sum() == 276
