"""The real window on the sample project, every analysis view drawn (shared by the language,
presentation and accessibility tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.main_window import MainWindow
from gui.survey_loader import load_for_window

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"


def silence_errors(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def open_sample_window(qtbot, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        with qtbot.waitSignal(window.openFinished, timeout=20_000) as opened:
            window.open_path(SAMPLE)
        assert opened.args == [True]
    draw_every_view(window)
    return window


def draw_every_view(window: MainWindow) -> None:
    """Show each tab once, so every view has built its controls and charts."""
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
    window.refresh_views()
    window.tabs.setCurrentIndex(0)


def close_window(window: MainWindow) -> None:
    """Close and delete (tests that look for "the" MainWindow among the top-level widgets must
    not find this one)."""
    window.close()
    window.executor.shutdown()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
