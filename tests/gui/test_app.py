"""gui.app.run: reuses the test QApplication, shows the window and opens the given file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui import app as gui_app
from gui.main_window import MainWindow
from tests.gui.test_main_window import RecordingLoader, new_survey


def test_run_opens_the_path_through_the_loader(qtbot, monkeypatch):
    loader = RecordingLoader(new_survey("From the command line", 6, 10))
    windows: list[MainWindow] = []

    def fake_exec() -> int:
        """Stand-in for the event loop: let the queued open run, then return."""
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w not in windows)
        windows.append(window)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.survey_title() == "From the command line")
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    path = Path("survey.xlsx")
    assert gui_app.run([], path=path, loader=loader) == 0
    assert loader.paths == [path]
    assert windows[0].isVisible()


def test_importing_gui_app_loads_neither_qt_nor_pandas():
    code = ("import sys, gui.app\n"
            "print(','.join(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pandas', 'numpy', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == ""
