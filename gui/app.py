"""Start the window. Kept import-light: Qt and pandas load inside run(), so importing this module
(e.g. from main.py before deciding between the window and a headless subcommand) costs nothing."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.survey_loader import Loader

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

    The interface comes up in the language chosen last time (Language menu; gui.i18n) and in
    presentation mode if it was on when the app was last closed.

    Also installs, for the session: the log file and the crash guard (gui.crash_guard: an
    unexpected error shows a plain-words dialog naming the log, the window stays usable), and
    the autosave (gui.autosave: every minute and on every change, into the user data folder).
    When the previous session died with unsaved work, it offers to restore it first and opens
    the restored project instead of ``path``.

    ``selftest``: open ``path`` or the sample, wait until the survey and its derived columns are
    shown, then quit with 0 (1 as soon as opening or the background analysis fails; 1 after two
    minutes otherwise). Used to check an installed or bundled build on a machine without a
    screen.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    from gui.fonts import install_bundled_fonts

    install_bundled_fonts()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)

    from gui import autosave as autosave_ui
    from gui.crash_guard import install_crash_guard
    from gui.main_window import MainWindow
    from gui.settings_store import data_dir, install_log_file

    try:  # ONE data folder (UPGRADING_EXPLORER_DATA_DIR overrides it) and ONE log file in it
        data = data_dir()
        install_log_file()
    except OSError:  # a read-only profile: run without the log file and the autosave
        data = None
    from gui import i18n

    i18n.install_language(i18n.saved_language())  # before any widget: built in that language
    window = MainWindow(loader=loader, sample_path=sample_path)
    if window.settings.presentation_mode():
        window.set_presentation_mode(True)
    guard = install_crash_guard(
        data if data is not None else Path(tempfile.gettempdir()) / APP_NAME, window)
    autosave = None
    window.show()
    restored = None
    if data is not None:
        folder = autosave_ui.autosave_folder(data)
        autosave = autosave_ui.AutosaveController(folder, snapshot=window.autosave_snapshot,
                                                  parent=window)
        if not selftest:  # a selftest never asks anything
            restored = autosave_ui.offer_restore(window, folder, controller=autosave,
                                                 ask=autosave_ui.ask_restore)
        try:
            autosave.start()
        except (OSError, RuntimeError):
            autosave = None
        else:
            window.set_autosave(autosave)
    target = path
    if target is None:
        last = window.settings.last_project()
        target = last if last is not None and last.exists() else sample_path
    if selftest:
        target = path or sample_path
        _arm_selftest(app, window, guard)
    if restored is not None and loader is not None:
        QTimer.singleShot(0, lambda: window.open_project(restored))
    elif target is not None and loader is not None:
        QTimer.singleShot(0, lambda: window.open_path(Path(target)))
    try:
        return app.exec()
    finally:
        if autosave is not None:  # the event loop ended normally; unsaved work is kept
            autosave.stop_at_exit()
        guard.uninstall()


def _arm_selftest(app, window, guard=None) -> None:
    """Quit with 0 once the survey and its derived columns are shown; 1 at once when opening,
    the derived columns or the analysis fail, or an error reaches the crash guard; 1 after two
    minutes otherwise."""
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

    def failed(what: str, message: str, details: str) -> None:
        print(f"selftest: the {what} failed: {message}\n{details}", file=sys.stderr)
        app.exit(1)

    window.show_error = report
    window.openFinished.connect(finished)
    window.derivedReady.connect(derived)
    window.analysisFailed.connect(failed)
    if guard is not None:
        guard.errorCaught.connect(lambda title, text, details: failed("window", text, details))
    timeout = QTimer(window)  # dies with the window: never fires into a later event loop
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: (print("selftest: timed out", file=sys.stderr),
                                     app.exit(1)))
    timeout.start(120_000)
