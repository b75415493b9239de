"""Start the window. Kept import-light: Qt and pandas load inside run(), so importing this module
(e.g. from main.py before deciding between the window and a headless subcommand) costs nothing."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.loaded_survey import Loader

APP_NAME = "Upgrading Explorer"


def run(
    argv: list[str] | None = None,
    path: Path | None = None,
    loader: Loader | None = None,
    *,
    sample_path: Path | None = None,
) -> int:
    """Show the main window and run the event loop; returns the exit code.

    Opens ``path`` if given, else the last project (if it still exists), else ``sample_path``,
    once the window is on screen (so an error dialog has a window to sit over); the welcome page
    shows meanwhile. Reuses a running QApplication (tests, embedding).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)

    from gui.main_window import MainWindow
    from gui.settings_store import install_log_file

    with contextlib.suppress(OSError):  # a read-only profile: run without the log file
        install_log_file()
    window = MainWindow(loader=loader, sample_path=sample_path)
    window.show()
    target = path
    if target is None:
        last = window.settings.last_project()
        target = last if last is not None and last.exists() else sample_path
    if target is not None and loader is not None:
        QTimer.singleShot(0, lambda: window.open_path(Path(target)))
    return app.exec()
