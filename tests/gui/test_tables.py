"""Firms and workers tables as a researcher uses them: sort, search, hide, copy, export, derived."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from tests.gui.conftest import FIRM_LABELS, WORKER_LABELS, make_survey


@pytest.fixture
def window(qtbot) -> MainWindow:
    firms, workers = make_survey(40, 120, seed=4)
    canonical_firms = firms.assign(sector=pd.Categorical(
        firms["sector"].map({1: "apparel", 2: "electronics"})))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_survey("Test survey", firms, workers, firm_labels=FIRM_LABELS,
                  worker_labels=WORKER_LABELS, canonical_firms=canonical_firms,
                  canonical_workers=workers)
    return w


def texts(model, name: str) -> list[str]:
    c = model.column_index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def select_block(view, rows: list[int], columns: list[int]) -> None:
    model = view.model()
    selection = QItemSelection()
    for r in rows:
        for c in columns:
            selection.select(model.index(r, c), model.index(r, c))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_sorting_a_column_by_its_header(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    view = window.workers_table
    window.tabs.setCurrentWidget(window.workers_panel)
    model = view.model()
    column = model.column_index("pay_amount")
    header = view.horizontalHeader()
    view.scrollTo(model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    raw = [model.data(model.index(r, column), Qt.ItemDataRole.UserRole.value + 1)
           for r in range(model.rowCount())]
    assert raw == sorted(raw)
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    raw = [model.data(model.index(r, column), Qt.ItemDataRole.UserRole.value + 1)
           for r in range(model.rowCount())]
    assert raw == sorted(raw, reverse=True)


def test_copy_puts_tab_separated_text_on_the_clipboard(qtbot, window):
    view = window.firms_table
    model = view.model()
    columns = [model.column_index(n) for n in ("firm_id", "sector", "employees")]
    select_block(view, [0, 1], columns)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    firms = model.frame()
    expected = "".join(
        f"{firms['firm_id'][r]}\t{FIRM_LABELS['sector'][firms['sector'][r]]}\t"
        f"{'' if np.isnan(firms['employees'][r]) else int(firms['employees'][r])}\n"
        for r in (0, 1))
    assert QGuiApplication.clipboard().text() == expected  # plain numbers: Excel reads them
    assert "," not in QGuiApplication.clipboard().text()
    assert view.selection_text(headers=True).splitlines()[0] == "firm_id\tsector\temployees"
    # codes when labels are off
    window.action_value_labels.trigger()
    assert view.selection_text().split("\t")[1] == str(firms["sector"][0])


HOSTILE_CELLS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","click")', "@SUM(1+1)",
                 "\n=1+1", "\uff1d1+1", " +1+1", "-2+3"]


def test_copy_never_puts_a_formula_from_the_data_on_the_clipboard(qtbot):
    """Issue #15 item 4: pasting copied cells into Excel must not run them (like the csv
    export, a leading apostrophe); negative numbers stay numbers."""
    firms, workers = make_survey(len(HOSTILE_CELLS), 30, seed=4)
    firms["firm_id"] = firms["firm_id"].astype(object)
    old = list(firms["firm_id"])
    firms["firm_id"] = HOSTILE_CELLS
    workers["firm_id"] = workers["firm_id"].replace(dict(zip(old, HOSTILE_CELLS, strict=True)))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_survey("Hostile", firms.rename(columns={"employees": "=1+2"}), workers,
                  firm_labels=FIRM_LABELS, worker_labels=WORKER_LABELS)
    view = w.firms_table
    model = view.model()
    shown = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert {" ".join(c.split()) for c in HOSTILE_CELLS} <= {" ".join(t.split()) for t in shown}
    select_block(view, list(range(model.rowCount())),
                 [0, model.column_index("=1+2")])
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == len(HOSTILE_CELLS)
    for line in lines:
        first, _ = line.split("\t")
        assert first.startswith("'"), line
    header = view.selection_text(headers=True).splitlines()[0].split("\t")
    assert header[1] == "'=1+2"
    negative = firms.assign(firm_id=["F1"] * len(firms), employees=-3.5)
    w.show_survey("Negative", negative, workers.assign(firm_id="F1"), firm_labels=FIRM_LABELS,
                  worker_labels=WORKER_LABELS)
    view = w.firms_table
    select_block(view, [0], [view.model().column_index("employees")])
    assert view.selection_text().strip() == "-3.5"


def test_search_filters_rows_and_combines_with_the_subset(qtbot, window):
    panel = window.firms_panel
    firms = panel.model.frame()
    qtbot.keyClicks(panel.search, "electronics")  # a label, matched as shown
    qtbot.waitUntil(lambda: panel.model.rowCount() < len(firms))
    assert set(texts(panel.model, "sector")) == {"Electronics"}
    assert panel.model.rowCount() == int((firms["sector"] == 2).sum())
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    expected = int(((firms["sector"] == 2) & (firms["country"] == "Vietnam")).sum())
    assert panel.model.rowCount() == expected
    assert f"{expected} of 40 firms shown" == panel.count_label.text()
    panel.search.clear()
    panel.apply_filter()
    assert panel.model.rowCount() == int((firms["country"] == "Vietnam").sum())


def test_hide_and_show_columns_and_export_the_visible_rows(qtbot, window, tmp_path, monkeypatch):
    panel = window.firms_panel
    view = panel.view
    model = panel.model
    menu = view.columns_menu()
    action = next(a for a in menu.actions() if a.data() == "year_founded")
    assert action.text() == "Year founded (year_founded)"  # the heading in words, and the code
    action.trigger()
    assert view.isColumnHidden(model.column_index("year_founded"))
    window.subset_panel.set_value_checked("country", "Thailand", True)
    view.sortByColumn(model.column_index("employees"), Qt.SortOrder.DescendingOrder)
    target = tmp_path / "thai firms.xlsx"
    monkeypatch.setattr(panel, "choose_export_path", lambda suggested: target)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("firm_id", "country", "sector", "employees")
    firms = model.frame()
    thai = firms[firms["country"] == "Thailand"].sort_values("employees", ascending=False,
                                                               na_position="last")
    assert [r[0] for r in rows[1:]] == list(thai["firm_id"])
    assert {r[2] for r in rows[1:]} <= {"Apparel", "Electronics"}  # labels, as shown
    menu.actions()[0].trigger()  # Show all columns
    assert not view.isColumnHidden(model.column_index("year_founded"))
    assert QApplication.overrideCursor() is None


def test_derived_columns_are_appended_and_marked(qtbot, window):
    model = window.firms_model
    frame = model.frame()
    derived = pd.DataFrame({"highest_type": pd.Categorical(["process"] * len(frame))})
    with qtbot.waitSignal(window.derivedReady):
        window.add_derived_columns(derived, None)
    c = model.column_index("highest_type")
    assert c == len(frame.columns)
    font = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert font.italic() and font.bold()
    assert model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
    assert "Derived" in model.headerData(c, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.ToolTipRole)
    assert window.firms_panel.legend.isVisibleTo(window.firms_panel)
    assert window.subset_panel.facet_counts_shown("highest_type") == {"process": 40}
    # computed again (e.g. after a rule change): replaced, not duplicated
    window.add_derived_columns(derived.assign(highest_type=pd.Categorical(["none"] * 40)), None)
    assert model.columnCount() == len(frame.columns) + 1
    assert window.subset_panel.facet_counts_shown("highest_type") == {"none": 40}


def test_the_firm_table_shows_every_derived_column_core_names(qtbot):
    """The firms table shows what core derives for each firm, the firm means of the worker
    indices included (core.analysis.subset.DERIVED_FIRM_COLUMNS is the one list)."""
    from core.analysis.subset import DERIVED_FIRM_COLUMNS
    from tests.gui.sample_window import open_sample_window

    window = open_sample_window(qtbot)
    qtbot.waitUntil(lambda: "ms_index_mean" in window.firms_model.derived_columns(),
                    timeout=30_000)
    derived = set(window.firms_model.derived_columns())
    assert {"ms_index_mean", "er_index_mean", "highest_type", "upgrading_score"} <= derived
    assert derived <= set(DERIVED_FIRM_COLUMNS)
    column = window.firms_model.column_index("ms_index_mean")
    shown = [window.firms_model.index(r, column).data() for r in range(5)]
    assert any(text and text[0].isdigit() for text in shown)
    window.executor.shutdown()
