"""What the status bar, the subset panel and the outcome chart say about the survey's state
(issue 13): the subset's size once one is chosen, a blank template is not "no survey", and a survey
whose columns carry no worker outcome says so instead of asking to open a survey."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.analysis.subset import apply_subset
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.gui.conftest import core_survey
from tests.gui.sample_window import REPO, close_window, open_sample_window


@pytest.fixture
def sample(qtbot):
    window = open_sample_window(qtbot, size=(1280, 800))
    yield window
    close_window(window)


def test_the_status_bar_says_the_subset_size_beside_the_survey_size(qtbot, sample):
    assert sample.summary_label.text() == "Sample survey · 280 firms · 802 workers"
    with qtbot.waitSignal(sample.analysisShown, timeout=30_000):
        sample.subset_panel.set_value_checked("country", "Vietnam", True)
    firms, workers = sample.subset_panel.frames()
    masks = apply_subset(firms, workers, sample.subset_panel.subset())  # core's own count
    assert 0 < masks.n_firms < 280
    assert sample.summary_label.text() == (
        f"Sample survey · 280 firms · 802 workers · in the subset: {masks.n_firms} firms, "
        f"{masks.n_workers} workers")
    sample.subset_panel.clear()
    assert sample.summary_label.text() == "Sample survey · 280 firms · 802 workers"


def open_with(qtbot, window: MainWindow, path) -> None:
    done: list[bool] = []
    window.openFinished.connect(done.append)
    window.open_path(path)
    qtbot.waitUntil(lambda: window.import_dialog() is not None or bool(done), timeout=30_000)
    if window.import_dialog() is not None:
        qtbot.mouseClick(window.import_dialog().accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [True]


@pytest.fixture
def windows(qtbot):
    made: list[MainWindow] = []

    def make(loader) -> MainWindow:
        window = MainWindow(loader=loader)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        close_window(window)


def test_the_blank_template_is_an_open_survey_without_rows(qtbot, windows):
    window = windows(load_for_window)
    assert window.subset_panel.summary_text() == "No survey open"
    open_with(qtbot, window, REPO / "resources" / "survey_template.xlsx")
    assert "survey_template.xlsx" in window.summary_label.text()
    assert window.subset_panel.summary_text() == "This survey has no firms or workers yet"


def test_workers_without_any_outcome_column_are_told_why_nothing_is_compared(qtbot, windows):
    rng = np.random.default_rng(3)
    workers = pd.DataFrame({"W0": [f"W{i:03d}" for i in range(60)],
                            "W7": rng.integers(1, 9, 60), "W9": rng.integers(1, 3, 60)})
    survey = core_survey("codes only", None, workers)
    window = windows(lambda _path: survey)
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        open_with(qtbot, window, REPO / "codes only.csv")
    window.tabs.setCurrentWidget(window.outcomes_view)
    window.refresh_views()
    message = window.outcomes_view.means_chart.message()
    assert "Open a survey" not in message
    assert message.startswith("No worker outcome is known in this survey")
