"""The main window, driven as a user would: open, sort, fail to open, drop a file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from core.common.errors import FileRefusedError
from core.model.loading import LoadedSurvey
from gui.main_window import MainWindow
from tests.gui.conftest import (
    FIRM_LABELS,
    VARIABLE_LABELS,
    WORKER_LABELS,
    core_survey,
    make_survey,
)


class RecordingLoader:
    """Stands in for core: returns a survey per path, or raises what it was told to."""

    def __init__(self, survey: LoadedSurvey | None = None, error: Exception | None = None):
        self.survey = survey
        self.error = error
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> LoadedSurvey:
        self.paths.append(path)
        if self.error is not None:
            raise self.error
        assert self.survey is not None
        return self.survey


@pytest.fixture
def errors(monkeypatch) -> list[QMessageBox]:
    """Error boxes that would have been shown (exec patched so nothing blocks)."""
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def finished(qtbot, window: MainWindow, start) -> bool:
    """Run ``start()`` (which opens in the background) and wait for the open to end."""
    with qtbot.waitSignal(window.openFinished, timeout=10_000) as blocker:
        start()
    return bool(blocker.args[0])


def make_window(qtbot, loader=None, **kwargs) -> MainWindow:
    window = MainWindow(loader=loader, **kwargs)
    qtbot.addWidget(window)
    return window


def new_survey(title: str, n_firms: int, n_workers: int) -> LoadedSurvey:
    firms, workers = make_survey(n_firms, n_workers, seed=n_firms)
    return core_survey(title, firms, workers, firm_labels=FIRM_LABELS,
                       worker_labels=WORKER_LABELS, variable_labels=VARIABLE_LABELS)


def shown_column(view: QTableView, name: str) -> list[str]:
    model = view.model()
    c = model.column_index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_window_has_named_tables_and_sensible_defaults(qtbot):
    window = make_window(qtbot)
    for name in ("firmsTable", "workersTable"):
        view = window.findChild(QTableView, name)
        assert view is not None
        assert view.accessibleName()
        assert view.isSortingEnabled() and view.alternatingRowColors()
    assert [window.tabs.tabText(i) for i in range(3)] == ["Findings", "Firms", "Workers"]
    assert window.tabs.currentWidget() is window.findings_view  # the answer first
    assert window.windowTitle() == "Upgrading Explorer"
    assert "No survey open" in window.summary_label.text()
    assert not window.action_open.isEnabled()  # no loader, nothing to open with


def test_show_survey_fills_both_tables(qtbot, survey_frames):
    firms, workers = survey_frames
    window = make_window(qtbot)
    with qtbot.waitSignal(window.surveyShown):
        window.show_survey("Sample survey", firms, workers, firm_labels=FIRM_LABELS,
                           worker_labels=WORKER_LABELS, variable_labels=VARIABLE_LABELS)
    firms_view = window.findChild(QTableView, "firmsTable")
    workers_view = window.findChild(QTableView, "workersTable")
    assert firms_view.model().rowCount() == 280
    assert workers_view.model().rowCount() == 802
    assert firms_view.model().columnCount() == firms.shape[1]
    assert window.summary_label.text() == "Sample survey · 280 firms · 802 workers"
    assert window.windowTitle() == "Upgrading Explorer — Sample survey"
    assert set(shown_column(firms_view, "sector")) == {"Apparel", "Electronics"}
    model = firms_view.model()
    c = model.column_index("employees")
    assert model.headerData(c, Qt.Orientation.Horizontal) == "How many people does this…"
    assert model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) \
        .splitlines() == ["Column employees in the file",
                          "Q5. How many people does this establishment employ today?"]
    assert window.firms_model.sort_column() == -1  # opens in file order


def test_flat_variable_labels_apply_to_both_tables(qtbot, survey_frames):
    firms, workers = survey_frames
    window = make_window(qtbot)
    window.show_survey("S", firms, workers, variable_labels={"firm_id": "Firm code"})
    for model in (window.firms_model, window.workers_model):
        c = model.column_index("firm_id")
        assert model.headerData(c, Qt.Orientation.Horizontal) == "Firm code"
        assert model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) \
            == "Column firm_id in the file\nFirm code"


def test_clicking_a_header_sorts_the_column(qtbot, survey_frames):
    firms, workers = survey_frames
    window = make_window(qtbot)
    window.show_survey("Sample survey", firms, workers)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.firms_panel)
    view = window.findChild(QTableView, "firmsTable")
    header = view.horizontalHeader()
    column = view.model().column_index("employees")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column
    first = view.model().data(view.model().index(0, column))
    assert first == f"{int(firms['employees'].min()):,}"
    # the other order puts the largest first; missing values stay at the bottom either way
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert view.model().data(view.model().index(0, column)) == f"{int(firms['employees'].max()):,}"
    last = view.model().data(view.model().index(view.model().rowCount() - 1, column))
    assert last == ""


def test_value_label_toggle_in_the_view_menu(qtbot, survey_frames):
    firms, workers = survey_frames
    window = make_window(qtbot)
    window.show_survey("S", firms, workers, worker_labels=WORKER_LABELS)
    view = window.findChild(QTableView, "workersTable")
    assert set(shown_column(view, "gender")) == {"Male", "Female"}
    window.action_value_labels.trigger()
    assert set(shown_column(view, "gender")) == {"1", "2"}
    window.action_value_labels.trigger()
    assert set(shown_column(view, "gender")) == {"Male", "Female"}


def test_open_calls_the_loader_and_shows_the_new_survey(qtbot, monkeypatch, errors):
    loader = RecordingLoader(new_survey("Vietnam 2024", 12, 30))
    window = make_window(qtbot, loader)
    chosen = Path("/data/vietnam.xlsx")
    monkeypatch.setattr(window, "choose_file", lambda: chosen)
    assert finished(qtbot, window, window.action_open.trigger)
    assert loader.paths == [chosen]
    assert window.findChild(QTableView, "firmsTable").model().rowCount() == 12
    assert window.findChild(QTableView, "workersTable").model().rowCount() == 30
    assert window.summary_label.text() == "Vietnam 2024 · 12 firms · 30 workers"
    assert window.windowTitle() == "Upgrading Explorer — Vietnam 2024"
    assert not errors


def test_cancelled_open_does_nothing(qtbot, monkeypatch):
    loader = RecordingLoader(new_survey("X", 3, 3))
    window = make_window(qtbot, loader)
    monkeypatch.setattr(window, "choose_file", lambda: None)
    assert window.open_file() is False
    assert loader.paths == []


def test_open_sample(qtbot, errors):
    loader = RecordingLoader(new_survey("Sample survey", 5, 9))
    sample = Path("resources/sample_survey.xlsx")
    window = make_window(qtbot, loader, sample_path=sample)
    assert window.action_open_sample.isEnabled()
    assert finished(qtbot, window, window.action_open_sample.trigger)
    assert loader.paths == [sample]
    assert window.survey_title() == "Sample survey"


def test_a_refused_file_shows_its_message_and_keeps_the_previous_survey(
    qtbot, monkeypatch, survey_frames, errors
):
    firms, workers = survey_frames
    error = FileRefusedError("This file is not a spreadsheet", where="broken.xlsx",
                             todo="Open it in Excel and save it again as .xlsx")
    window = make_window(qtbot, RecordingLoader(error=error))
    window.show_survey("Sample survey", firms, workers)
    monkeypatch.setattr(window, "choose_file", lambda: Path("broken.xlsx"))

    assert finished(qtbot, window, window.open_file) is False

    assert len(errors) == 1
    box = errors[0]
    assert box.text() == error.message
    assert "FileRefusedError" in box.detailedText()  # the traceback, behind "Show Details…"
    assert window.findChild(QTableView, "firmsTable").model().rowCount() == 280
    assert window.summary_label.text() == "Sample survey · 280 firms · 802 workers"
    assert QApplication.overrideCursor() is None


def test_an_unexpected_error_is_explained_in_plain_words(qtbot, survey_frames, errors):
    firms, workers = survey_frames
    window = make_window(qtbot, RecordingLoader(error=KeyError("sheet1")))
    window.show_survey("Sample survey", firms, workers)
    assert finished(qtbot, window, lambda: window.open_path(Path("odd.xlsx"))) is False
    box = errors[0]
    assert "could not open “odd.xlsx”" in box.text()
    assert "previous survey is still open" in box.informativeText()
    assert "KeyError" in box.detailedText()
    assert window.survey_title() == "Sample survey"


def test_a_malformed_survey_leaves_the_previous_one_whole(qtbot, survey_frames, errors):
    firms, workers = survey_frames
    broken = LoadedSurvey(survey=None, sources=[], kinds={})  # type: ignore[arg-type]
    window = make_window(qtbot, RecordingLoader(broken))
    window.show_survey("Sample survey", firms, workers)
    assert finished(qtbot, window, lambda: window.open_path(Path("x.xlsx"))) is False
    assert len(errors) == 1
    assert window.firms_model.rowCount() == 280 and window.workers_model.rowCount() == 802
    assert window.survey_title() == "Sample survey"


def test_dropping_a_file_opens_it(qtbot, errors):
    loader = RecordingLoader(new_survey("Dropped", 4, 6))
    window = make_window(qtbot, loader)
    path = Path("/tmp/dropped survey.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: loader.paths == [path])
    qtbot.waitUntil(lambda: window.survey_title() == "Dropped")


def test_open_actions_follow_the_loader(qtbot):
    window = make_window(qtbot)
    assert not window.action_open.isEnabled() and not window.action_open_sample.isEnabled()
    window.set_loader(RecordingLoader(), sample_path=Path("sample.xlsx"))
    assert window.action_open.isEnabled() and window.action_open_sample.isEnabled()


def test_window_size_and_menus(qtbot):
    window = make_window(qtbot)
    assert window.width() <= 1280 and window.height() <= 800
    actions = {a.objectName() for a in window.findChildren(type(window.action_open))}
    assert {"actionOpen", "actionOpenSample", "actionQuit", "actionShowValueLabels"} <= actions


def test_large_table_stays_responsive(qtbot):
    """200k workers: showing, sorting and a screen of cells are quick (no per-row work in Qt)."""
    import time

    n = 200_000
    rng = np.random.default_rng(1)
    workers = pd.DataFrame({"pay_amount": rng.lognormal(15, 0.4, n),
                            "firm_id": rng.integers(1, 5000, n).astype(str)})
    window = make_window(qtbot)
    start = time.perf_counter()
    window.show_survey("Big", workers.iloc[:10], workers)
    view = window.findChild(QTableView, "workersTable")
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert time.perf_counter() - start < 5  # generous for CI; the benchmark reports real figures
    assert view.model().rowCount() == n
