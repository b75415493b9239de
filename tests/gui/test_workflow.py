"""A workshop session end to end: welcome page, open a workbook, review, subset, sort, copy, a
broken file, cancelling a slow load, recent files, window memory and the error log."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from gui.main_window import MainWindow
from gui.settings_store import DATA_DIR_ENV, SettingsStore, log_path
from gui.survey_loader import load_for_window
from tests.core.test_study_edit import write_small_workbook
from tests.gui.conftest import make_survey
from tests.gui.test_import_dialog import accept, start_open
from tests.gui.test_main_window import new_survey

SAMPLE_PROJECT = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"


@pytest.fixture
def errors(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_workshop_session(qtbot, tmp_path, monkeypatch, errors):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome  # nothing open yet

    # open a workbook by File → Open, change a role in the review, accept
    workbook = write_small_workbook(tmp_path / "Hanoi 2024.xlsx")
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    dialog.side_box.setCurrentIndex(1)  # the worker table's columns
    dialog.columns.selectRow(dialog._row_of("contract"))
    picker = dialog.open_role_picker(dialog.columns.currentRow())
    qtbot.keyClicks(picker.search, "skill")  # the list narrows; "(no role)" always stays
    picker.list.setCurrentRow(0)
    assert picker.chosen_role() is None
    with qtbot.waitSignal(dialog.surveyChanged):
        picker.accept()
    assert dialog.role_shown("contract") == "(no role)"
    with qtbot.waitSignal(window.derivedReady, timeout=20_000):
        accept(qtbot, window, dialog)
    assert window.stack.currentWidget() is window.splitter
    assert window.windowTitle() == "Upgrading Explorer — Hanoi 2024.xlsx"
    assert window.subset_panel.facet_item("contract", "indefinite") is None  # no longer a role

    # tick two facets: the line, the other facet's counts and both tables follow
    panel = window.subset_panel
    panel.set_value_checked("country", "Thailand", True)
    panel.set_value_checked("skill_group", "technician", True)
    assert panel.summary_text().splitlines()[0] == "4 of 10 firms · 4 of 30 workers"
    assert panel.facet_counts_shown("skill_group") == {"production": 8, "technician": 4}
    assert window.firms_model.rowCount() == 4 and window.workers_model.rowCount() == 4

    # sort the workers shown by pay, then copy two cells for Excel
    view = window.workers_table
    model = window.workers_model
    pay = model.column_index("pay_amount")
    view.sortByColumn(pay, Qt.SortOrder.DescendingOrder)
    values = [model.data(model.index(r, pay), Qt.ItemDataRole.UserRole.value + 1)
              for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    wid = model.column_index("worker_id")
    for column in (wid, pay):
        view.selectionModel().select(model.index(0, column),
                                     QItemSelectionModel.SelectionFlag.Select)
    view.copy_selection()
    top = model.data(model.index(0, wid))
    assert QGuiApplication.clipboard().text() == f"{top}\t{int(values[0])}\n"

    # a broken file: plain words, details, and the survey and subset stay as they were
    broken = tmp_path / "survey.xlsx"
    broken.write_bytes(b"PK\x03\x04 this zip was cut short")
    with qtbot.waitSignal(window.openFinished, timeout=10_000) as blocker:
        window.open_path(broken)
    assert blocker.args == [False]
    assert len(errors) == 1 and errors[0].objectName() == "errorBox"
    assert "survey.xlsx" in errors[0].text()
    assert errors[0].detailedText()  # behind the Details button
    assert str(log_path()) in errors[0].informativeText()
    assert "survey.xlsx" in log_path().read_text(encoding="utf-8")
    assert window.survey_title() == "Hanoi 2024.xlsx"
    assert window.workers_model.rowCount() == 4
    assert panel.summary_text().startswith("4 of 10 firms")

    # the workbook is now a recent file, in the menu and on the welcome page
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent[0] == "&1 Hanoi 2024.xlsx"
    assert window.welcome.recent.count() == 1


def test_a_slow_load_can_be_cancelled(qtbot, errors):
    release = threading.Event()
    started = threading.Event()
    calls: list[Path] = []

    def slow_loader(path: Path, progress=None):
        calls.append(path)
        started.set()
        for _ in range(400):  # a big workbook; the reader reports progress as it goes
            if release.wait(0.01):
                break
            progress("Reading rows")
        return new_survey("Too late", 3, 3)

    window = MainWindow(loader=slow_loader)
    qtbot.addWidget(window)
    firms, workers = make_survey(5, 7)
    window.show_survey("Sample survey", firms, workers)
    assert window.open_path(Path("huge.xlsx"))
    qtbot.waitUntil(started.is_set)
    assert window.is_loading()
    assert window.cancel_button.isVisibleTo(window) and window.progress.isVisibleTo(window)
    with qtbot.waitSignal(window.openFinished) as blocker:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert not window.is_loading() and not window.progress.isVisibleTo(window)
    assert window.survey_title() == "Sample survey" and window.firms_model.rowCount() == 5
    release.set()
    assert window.executor.wait(5)
    qtbot.wait(50)  # a late result would arrive now: it must be thrown away
    assert window.survey_title() == "Sample survey"
    assert not errors and calls == [Path("huge.xlsx")]


def test_welcome_page_opens_the_sample_and_recent_files(qtbot, monkeypatch, tmp_path):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.openFinished, timeout=20_000) as blocker:
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert window.survey_title() == "Sample survey"
    assert window.settings.recent_files() == []  # the bundled sample is not a recent file
    target = tmp_path / "copy.uex.json"
    monkeypatch.setattr(window, "choose_project_path", lambda: target)
    assert window.save_project() == target  # the sample itself is never overwritten
    assert window.settings.recent_files() == [target.resolve()]
    assert window.settings.last_project() == target
    window.welcome.set_recent(window.settings.recent_files())
    item = window.welcome.recent.item(0)
    with qtbot.waitSignal(window.openFinished, timeout=20_000) as blocker:
        window.welcome.recent.itemActivated.emit(item)
    assert blocker.args == [True] and window.project_path() == target.resolve()


def test_window_geometry_and_settings_are_remembered_in_isolation(qtbot, isolated_settings):
    import os

    assert os.environ[DATA_DIR_ENV].startswith(str(isolated_settings))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert SettingsStore().qsettings.fileName().startswith(str(isolated_settings))


def test_main_py_with_a_project_shows_it_and_the_subset_panel_filters(qtbot, monkeypatch):
    """`python main.py project.uex.json`: the same run() main.py calls, the event loop stubbed."""
    from PySide6.QtWidgets import QApplication

    from gui import app as gui_app

    seen: dict[str, int] = {}

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w.isVisible() and not w.survey_title())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.survey_title() == "Sample survey", timeout=20_000)
        window.subset_panel.set_value_checked("country", "Vietnam", True)
        window.subset_panel.set_value_checked("sector", "electronics", True)
        seen["firms"] = window.findChild(type(window.firms_table), "firmsTable").model().rowCount()
        seen["workers"] = window.workers_table.model().rowCount()
        seen["line"] = window.subset_panel.summary_text()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run([], path=SAMPLE_PROJECT, loader=load_for_window,
                       sample_path=SAMPLE_PROJECT) == 0
    assert seen["line"] == "64 of 280 firms · 144 of 802 workers"
    assert (seen["firms"], seen["workers"]) == (64, 144)
