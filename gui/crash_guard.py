"""The global exception hook: an unexpected error becomes a plain-words dialog and a log entry,
and the window and the project stay usable.

Install once, after the QApplication and the main window exist:

    guard = install_crash_guard(data_dir(), window)

Exceptions that escape a slot, an event handler or a timer (PySide6 hands them to
``sys.excepthook``) and exceptions in Python threads (``threading.excepthook``) are caught. The
traceback goes to the app's one log file (gui.settings_store.install_log_file:
``<data folder>/upgrading-explorer.log``, rotated); the dialog, on the GUI thread (a
thread's error crosses by a queued signal), says what happened in plain words, that the work is
still open, and where the log is, with the traceback behind "Show Details…". It is window-modal but
non-blocking (``open()``), so the event loop keeps running and a storm of errors (an error in a
paint event repeats every frame) shows one dialog, counting the rest. KeyboardInterrupt and
SystemExit go to the previous hooks.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.common.errors import UserFacingError
from gui.settings_store import LOG_NAME, install_log_file, log_handler

log = logging.getLogger("upgrading_explorer.errors")


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)

__all__ = ["CrashGuard", "install_crash_guard"]


class CrashGuard(QObject):
    """Owns the hooks, the error log and the error dialog."""

    errorCaught = Signal(str, str, str)
    """(title, plain message, traceback) — emitted from any thread, handled on the GUI thread."""

    def __init__(self, data_folder: Path | str, parent: QWidget | None = None,
                 window: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashGuard")
        self.data_folder = Path(data_folder)
        self.log_path = self.data_folder / LOG_NAME
        self._window = window or (lambda: parent)
        self._previous_hook = None
        self._previous_thread_hook = None
        self._handler: logging.Handler | None = None
        self._showing = False
        self.suppressed = 0
        """Errors that arrived while a dialog was already open (counted in the next one)."""
        self.caught = 0
        self.last_box: QMessageBox | None = None
        self.errorCaught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks -----------------------------------------------------------------------------------

    def install(self) -> CrashGuard:
        if self._previous_hook is not None:
            return self
        with contextlib.suppress(OSError):  # a read-only profile: the dialog still shows
            self.log_path = install_log_file(self.data_folder)
        self._handler = log_handler()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous_hook is None:
            return
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None
        self._handler = None  # the log file is the app's; it stays

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, thread_name=threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "a background thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)

    # -- handling --------------------------------------------------------------------------------

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None, *, thread_name: str = "") -> None:
        """Log the traceback and queue the dialog. Safe from any thread; never raises."""
        try:
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            where = f" in thread {thread_name}" if thread_name and thread_name != "MainThread" else ""
            self.caught += 1
            if isinstance(exc, UserFacingError):
                log.info("Unhandled user-facing error%s:\n%s", where, details)
                title, text = _tr("Something could not be done"), exc.message
            else:
                log.error("Unexpected error%s:\n%s", where, details)
                title = _tr("Something went wrong")
                text = _tr("Upgrading Explorer hit an unexpected problem ({kind}). Your project "
                           "is still open and nothing was lost; you can carry on, and saving the "
                           "project now is a good idea.").format(kind=exc_type.__name__)
            self.errorCaught.emit(title, text, details)
        except Exception:  # the hook must never raise
            with_stderr = getattr(sys, "__stderr__", None)
            if with_stderr is not None:
                traceback.print_exception(exc_type, exc, tb, file=with_stderr)

    @Slot(str, str, str)
    def _show(self, title: str, text: str, details: str) -> None:
        if self._showing:
            self.suppressed += 1
            return
        if QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = self._make_box(title, text, details)
        except Exception:
            self._showing = False
            log.exception("The error dialog could not be shown")
            return
        self.last_box = box
        box.open()

    def _parent_widget(self) -> QWidget | None:
        try:
            widget = self._window()
        except Exception:
            return None
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def _make_box(self, title: str, text: str, details: str) -> QMessageBox:
        box = QMessageBox(self._parent_widget())
        box.setObjectName("crashBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        more = (" " + _tr("({n} more errors came after it.)").format(n=self.suppressed)
                if self.suppressed else "")
        box.setInformativeText(_tr(
            "The details were written to {path}. If this happens again, please send that file "
            "to the team.").format(path=self.log_path) + more)
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        return box

    @Slot()
    def _closed(self) -> None:
        self._showing = False
        self.suppressed = 0
        self.last_box = None


def install_crash_guard(data_folder: Path | str, window: QWidget | None = None) -> CrashGuard:
    """Create the guard and install its hooks; dialogs sit over ``window`` while it exists.

    The guard has no Qt parent (the hooks keep it alive), so it outlives the window it reports
    over; call ``uninstall()`` to remove the hooks (tests, embedding).
    """
    return CrashGuard(data_folder, window=(lambda: window)).install()
