"""The window survives a reading library that crashes or hangs (issue #15): the parse runs in
the reader process (core.io.isolation, switched on as main.py does), so an abort there gives one
plain-words dialog naming the file, the open survey stays usable, and Cancel stops a hung parse
at once."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

from core.io import isolation, readers
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.core import isolation_helpers as helpers

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"


@pytest.fixture
def window(qtbot, monkeypatch):
    isolation.enable(True)
    win = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.openFinished, timeout=60_000) as opened:
        win.open_sample()
    assert opened.args == [True]
    yield win
    isolation.enable(False)


def test_a_crashing_reader_gets_a_dialog_and_the_survey_stays_usable(window, qtbot, monkeypatch,
                                                                     tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error",
                        lambda title, text, informative="", details="", log_file=None:
                        shown.append(" ".join((title, text, informative))))
    partner = tmp_path / "from_partner.xlsx"
    shutil.copy(REPO / "resources" / "sample_survey.xlsx", partner)
    monkeypatch.setattr(readers, "read_workbook", helpers.abort_now)
    with qtbot.waitSignal(window.openFinished, timeout=60_000) as opened:
        window.open_path(partner)
    assert opened.args == [False]
    assert len(shown) == 1
    assert "from_partner.xlsx" in shown[0] and "stopped unexpectedly" in shown[0], shown
    assert "Something went wrong" not in shown[0] and "Traceback" not in shown[0]
    assert window.findChild(QTableView, "firmsTable").model().rowCount() == 280
    monkeypatch.undo()
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: (window.current_result()[0] is not None
                             and window.current_result()[0].n_firms == 160), timeout=60_000)


def test_cancel_stops_a_hung_parse_at_once(window, qtbot, monkeypatch, tmp_path):
    partner = tmp_path / "never_ends.xlsx"
    shutil.copy(REPO / "resources" / "sample_survey.xlsx", partner)
    before = isolation.run(helpers.process_id)
    monkeypatch.setattr(readers, "read_workbook", helpers.hang)
    window.open_path(partner)
    qtbot.waitUntil(lambda: window.cancel_button.isVisible(), timeout=10_000)
    qtbot.waitUntil(isolation.busy, timeout=30_000)  # the parse is under way over there
    with qtbot.waitSignal(window.openFinished, timeout=10_000) as finished:
        window.action_cancel.trigger()
    assert finished.args == [False]
    assert "Stopped opening" in window.statusBar().currentMessage()
    monkeypatch.undo()
    # the hung reader was stopped, not left running: the next read is served by a new one
    assert isolation.run(helpers.process_id) != before
    assert window.findChild(QTableView, "firmsTable").model().rowCount() == 280


def test_closing_the_window_during_a_hung_parse_does_not_wait_for_it(window, qtbot, monkeypatch,
                                                                     tmp_path):
    partner = tmp_path / "never_ends.xlsx"
    shutil.copy(REPO / "resources" / "sample_survey.xlsx", partner)
    monkeypatch.setattr(readers, "read_workbook", helpers.hang)
    window.open_path(partner)
    qtbot.waitUntil(isolation.busy, timeout=30_000)
    started = time.monotonic()
    window.close()  # waits for the worker thread, which no longer waits for the parse
    assert time.monotonic() - started < 15
    assert not isolation.busy()
