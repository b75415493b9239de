"""Hostile files in the real window (issue #15): each is refused with a dialog in plain words
naming the file, the survey that was open stays open and usable, the window never dies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

from core.io import isolation
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.core import hostile_files as H

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
CASES = ["far_cell", "implicit_wide", "sheet_bomb", "zip64_5gb", "billion_laughs_sheet",
         "xxe_xlsx", "ods_repeat_bomb", "xls_huge_dimensions", "csv_one_line",
         "csv_wide_20000", "fifo", "dev_zero"]


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile_window")
    for name in CASES:
        item = H.HOSTILE[name]
        item.build(folder / item.filename)
    return folder


@pytest.fixture
def reader_process():
    """As main.py runs the window: native parses in the reader process (core.io.isolation)."""
    isolation.enable(True)
    yield
    isolation.enable(False)


def test_each_hostile_file_gets_a_dialog_and_the_sample_stays(qtbot, hostile_dir, monkeypatch,
                                                              reader_process):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_sample()
    assert opened.args == [True]
    shown: list[dict] = []
    monkeypatch.setattr(window, "show_error",
                        lambda title, text, informative="", details="", log_file=None:
                        shown.append({"title": title, "text": text, "informative": informative}))
    firms = window.findChild(QTableView, "firmsTable")
    for name in CASES:
        item = H.HOSTILE[name]
        before = len(shown)
        with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
            window.open_path(hostile_dir / item.filename)
        assert opened.args == [False], name
        assert len(shown) == before + 1, name
        words = " ".join(shown[-1].values())
        assert item.filename in words, (name, words)
        assert "Traceback" not in words and "Something went wrong" not in words, words
        assert firms.model().rowCount() == 280, name  # the sample is still there
    # and still usable: ticking Vietnam gives the analysis of the Vietnamese firms
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: (window.current_result()[0] is not None
                             and window.current_result()[0].n_firms == 160), timeout=30_000)
