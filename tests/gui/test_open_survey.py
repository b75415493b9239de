"""The real path a user takes: the window opens the bundled sample and other files through core."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from gui.main_window import MainWindow
from gui.survey_loader import load_for_window

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE = RESOURCES / "sample_survey.uex.json"


def _table(window, name) -> QTableView:
    view = window.findChild(QTableView, name)
    assert view is not None, name
    return view


def _column_texts(view: QTableView, column: int, n: int = 3) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(n)]


def _finished(qtbot, window, start) -> bool:
    with qtbot.waitSignal(window.openFinished, timeout=20_000) as blocker:
        start()
    return bool(blocker.args[0])


def test_sample_project_opens_with_firms_and_workers(qtbot):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(window)
    assert _finished(qtbot, window, window.open_sample)
    firms, workers = _table(window, "firmsTable"), _table(window, "workersTable")
    assert firms.model().rowCount() == 280
    assert workers.model().rowCount() == 802
    header = [firms.model().headerData(c, firms.horizontalHeader().orientation())
              for c in range(firms.model().columnCount())]
    # the question's short label in words (its role), the questionnaire code in the tooltip
    assert header[:3] == ["Firm identifier", "Country", "Sector"]
    tip = firms.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "Column A2 in the file"
    window.action_value_labels.setChecked(False)  # codes, in the cells and the headers
    assert firms.model().headerData(1, Qt.Orientation.Horizontal) == "A2"
    window.action_value_labels.setChecked(True)
    # value labels from the codebook are shown instead of codes
    assert _column_texts(firms, 1) == ["Vietnam"] * 3
    assert "280 firms" in window.summary_label.text() and "802 workers" in window.summary_label.text()


def test_broken_file_shows_error_and_keeps_the_sample(qtbot, tmp_path, monkeypatch):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(window)
    assert _finished(qtbot, window, window.open_sample)
    shown = {}
    monkeypatch.setattr(window, "show_error",
                        lambda title, text, informative="", details="", log_file=None: shown.update(
                            title=title, text=text, informative=informative))
    broken = tmp_path / "survey.xlsx"
    broken.write_bytes(b"PK\x03\x04 this zip was cut short")
    assert not _finished(qtbot, window, lambda: window.open_path(broken))
    assert "survey.xlsx" in " ".join(shown.values())
    assert _table(window, "firmsTable").model().rowCount() == 280
