"""The views' own tables: Copy (tab-separated with the column names) and Export table… (xlsx/csv);
rows selected in the workers table highlight their firms in the upgrading view."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from core.project.opening import open_survey
from gui.views import export_cell
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView
from tests.gui.sample_window import SAMPLE, close_window, open_sample_window, silence_errors
from tests.gui.test_views import run_analysis_tagged


@pytest.fixture(scope="module")
def result():
    survey = open_survey(SAMPLE).survey
    return run_analysis_tagged(survey.firms, survey.workers)


@pytest.fixture
def outcomes(qtbot, result):
    view = OutcomesView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.set_result(result)
    yield view
    view.shutdown()


def texts(table, row: int) -> list[str]:
    model = table.model()
    return [model.text(row, c) for c in range(model.columnCount())]


def headers(table) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_copy_from_the_comparison_table(qtbot, outcomes):
    table = outcomes.table
    assert table.model().rowCount() > 0
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # nothing selected
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == headers(table)
    assert lines[1].split("\t") == texts(table, 0)
    assert len(lines) == table.model().rowCount() + 1

    table.selectRow(1)
    text = table.copy_table()
    assert text.splitlines() == ["\t".join(headers(table)), "\t".join(texts(table, 1))]
    assert table.copy_button.accessibleName() and table.export_button.accessibleName()
    assert table.action_copy in table.actions() and table.action_export in table.actions()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_rows_of_the_table(qtbot, outcomes, tmp_path, monkeypatch, suffix):
    table = outcomes.table
    target = tmp_path / f"comparison.{suffix}"
    monkeypatch.setattr(table, "choose_export_path", lambda _suggested: target)
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    frame = pd.read_csv(target, dtype=object, keep_default_na=False, encoding="utf-8-sig") \
        if suffix == "csv" else pd.read_excel(target, dtype=object, engine="openpyxl",
                                               keep_default_na=False)
    assert list(frame.columns) == headers(table)
    assert len(frame) == table.model().rowCount()
    for r in range(len(frame)):
        for c, shown in enumerate(texts(table, r)):
            expected, got = export_cell(shown), frame.iat[r, c]
            if expected is None:
                assert got == ""
            elif isinstance(expected, int | float):
                assert float(got) == pytest.approx(float(expected))
            else:
                assert str(got) == expected


def test_matrix_and_upgrading_tables_have_copy_and_export(qtbot, result, tmp_path):
    upgrading, matrix = UpgradingView(), MatrixView()
    for view in (upgrading, matrix):
        qtbot.addWidget(view)
        view.set_result(result)
    for table in (upgrading.firm_list, matrix.counts_table):
        assert table.model().rowCount() > 0
        lines = table.copy_table().splitlines()
        assert lines[0].split("\t") == headers(table)
        assert len(lines) == table.model().rowCount() + 1
        path = tmp_path / f"{table.objectName()}.csv"
        assert table.export_to(path) == table.model().rowCount()


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot)
    yield win
    close_window(win)
    assert errors == []


def test_selected_workers_highlight_their_firms_in_the_upgrading_view(qtbot, window):
    firms, workers = window.analysis_frames()
    view = window.upgrading_view
    window.tabs.setCurrentWidget(window.workers_panel)
    panel = window.workers_panel
    visible = panel.model.visible_rows()
    # three workers from at least two firms
    picked = [0]
    for r in range(1, len(visible)):
        if len(picked) == 3:
            break
        if len(picked) == 1 and workers["firm_id"].iat[visible[r]] == \
                workers["firm_id"].iat[visible[0]]:
            continue
        picked.append(r)
    selection = QItemSelection()
    last = panel.model.columnCount() - 1
    for r in picked:
        selection.select(panel.model.index(r, 0), panel.model.index(r, last))
    panel.view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    expected = set(workers["firm_id"].iloc[np.asarray(visible)[picked]])
    assert len(expected) >= 2
    qtbot.waitUntil(lambda: set(view.selected_firms) == expected, timeout=3000)
    list_ids = view.firm_model.frame["firm_id"]
    rows = {i for i, f in enumerate(list_ids) if f in expected}
    assert view.firm_model._highlight == rows
    assert firms is not None


def test_exported_cells_keep_ids_with_leading_zeros_as_text():
    from gui.views import export_cell

    assert [export_cell(x) for x in ("007", "0.125", "1,234", "-5", "—", "0")] == [
        "007", 0.125, 1234, -5, None, 0]


def test_small_p_values_read_as_less_than_one_in_a_thousand():
    from gui.views.outcomes_view import p_text

    assert [p_text(p) for p in (0.0001, 0.0004999, 0.0005, 0.0894)] == [
        "< 0.001", "< 0.001", "0.001", "0.089"]
