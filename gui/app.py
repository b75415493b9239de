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
    selftest: bool = False,
) -> int:
    """Show the main window and run the event loop; returns the exit code.

    Opens ``path`` if given, else the last project (if it still exists), else ``sample_path``,
    once the window is on screen (so an error dialog has a window to sit over); the welcome page
    shows meanwhile. Reuses a running QApplication (tests, embedding).

    ``selftest``: open ``path`` or the sample, wait until the survey and its derived columns are
    shown, then quit with 0 (1 if opening failed or took over two minutes). Used to check an
    installed or bundled build on a machine without a screen.
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
    if selftest:
        target = path or sample_path
        _arm_selftest(app, window)
    if target is not None and loader is not None:
        QTimer.singleShot(0, lambda: window.open_path(Path(target)))
    return app.exec()


def _arm_selftest(app, window) -> None:
    """Quit with 0 once the survey and its derived columns are shown; 1 on failure or timeout."""
    from PySide6.QtCore import QTimer

    def finished(ok: bool) -> None:
        if not ok:
            print("selftest: the survey could not be opened", file=sys.stderr)
            app.exit(1)

    def derived() -> None:
        firms = window.firms_model.rowCount()
        workers = window.workers_model.rowCount()
        print(f"selftest: ok ({firms} firms, {workers} workers shown)")
        app.exit(0 if firms > 0 else 1)

    def report(title: str, text: str, *args, **kwargs) -> None:  # no modal box in a selftest
        print(f"selftest: {title}: {text}", file=sys.stderr)
        app.exit(1)

    window.show_error = report
    window.openFinished.connect(finished)
    window.derivedReady.connect(derived)
    QTimer.singleShot(120_000, lambda: (print("selftest: timed out", file=sys.stderr),
                                        app.exit(1)))
