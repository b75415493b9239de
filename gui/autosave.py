"""The window's autosave: a QTimer every minute plus a save on every change, and the restore offer.

Wiring (the main window's owner):

    folder = autosave_folder(user_data_folder())
    autosave = AutosaveController(folder, snapshot=window.autosave_snapshot, parent=window)
    project = offer_restore(window, folder, controller=autosave)   # before opening anything
    autosave.start()
    window.set_autosave(autosave)   # connects projectChanged → note_change; Save → project_saved;
                                    # closeEvent → stop(clean=True)

gui/app.py does exactly this.

``snapshot`` returns the current ``core.project.project_file.Project`` (or None when nothing is open); it is
called on the GUI thread, and only the JSON writing follows it, so a save takes milliseconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from core.project.autosave import AutosaveSession, Recovery, autosave_folder, find_recoverable
from core.project.project_file import Project
from gui.settings_store import data_dir as user_data_folder

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
# ``user_data_folder`` is gui.settings_store.data_dir: the app has ONE data folder, and
# ``UPGRADING_EXPLORER_DATA_DIR`` overrides it everywhere.

__all__ = ["AutosaveController", "autosave_folder", "offer_restore", "user_data_folder"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class AutosaveController(QObject):
    """Writes the open project's state to this session's autosave file.

    Saves every ``interval_ms`` (one minute) and, coalesced through a zero-delay timer, after every
    :meth:`note_change`. Errors never interrupt the user: they are logged and emitted as
    ``failed`` (the window may show them in the status bar).
    """

    saved = Signal(str)
    """The autosave file's path, after each successful save."""
    failed = Signal(str)
    """A plain-words message when the autosave could not be written."""

    def __init__(self, folder: Path | str, snapshot: Callable[[], Project | None], *,
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = AutosaveSession(folder)
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setObjectName("autosaveTimer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.save_now)
        self.saves = 0

    @property
    def autosave_path(self) -> Path:
        return self.session.autosave_path

    def start(self) -> None:
        """Create this session's crash marker and start the minute timer."""
        self.session.start()
        self._timer.start()

    @Slot()
    def note_change(self) -> None:
        """Connect the study, rules and subset change signals here: saves once control returns
        to the event loop (a burst of changes is one write)."""
        if not self._soon.isActive():
            self._soon.start()

    @Slot()
    def save_now(self) -> bool:
        """Write the autosave now; False if nothing is open or the write failed."""
        self._soon.stop()
        try:
            project = self._snapshot()
            if project is None:
                return False
            path = self.session.save(project)
        except Exception as exc:  # never let autosave disturb the user's work
            log.warning("Autosave failed", exc_info=True)
            self.failed.emit(_tr("Your work could not be autosaved ({why}). Save the project to "
                                 "be safe.").format(why=exc))
            return False
        self.saves += 1
        self.saved.emit(str(path))
        return True

    @Slot()
    def project_saved(self) -> None:
        """After Save project: the project file holds the state, so the autosave is dropped (the
        next change writes a new one)."""
        self._soon.stop()
        self.session.discard_autosave()

    def stop_at_exit(self) -> None:
        """Closing the window: unsaved changes are written once more and kept, so the next start
        offers to restore them (closing never loses work silently); with nothing unsaved, a
        clean stop that leaves nothing behind."""
        try:
            unsaved = self._snapshot() is not None
        except Exception:  # the window is half torn down: keep whatever autosave exists
            unsaved = True
        if unsaved:
            self.save_now()
        self.stop(clean=not unsaved)

    def stop(self, *, clean: bool = True) -> None:
        """Stop the timers; on a clean exit also remove the autosave and the crash marker."""
        self._timer.stop()
        self._soon.stop()
        if clean:
            self.session.close()


def ask_restore(parent: QWidget | None, recovery: Recovery) -> bool:
    """The plain-words question; True to restore."""
    box = QMessageBox(parent)
    box.setObjectName("restoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore your work?"))
    when = recovery.saved_at.replace("T", " ")[:16]
    box.setText(_tr("Last time, Upgrading Explorer closed with work that was not saved."))
    box.setInformativeText(_tr(
        "Your work on {title} was saved automatically at {when}. Restore it? If you choose "
        "Discard, the project file on disk stays as you last saved it.").format(
            title=recovery.title, when=when))
    restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_restore(parent: QWidget | None, folder: Path | str, *,
                  ask: Callable[[QWidget | None, Recovery], bool] = ask_restore,
                  controller: AutosaveController | None = None) -> Project | None:
    """At start: if a previous session ended uncleanly with autosaved work, ask whether to restore
    it. Returns the restored project (state exactly as autosaved; open it with
    ``core.project.project_file.check_data_files(project)`` then ``.load()``), or None.

    The old autosave is deleted only after the answer, and, when ``controller`` is given and the
    user restores, only after the state has been written to this session's own autosave, so a
    crash right after restoring loses nothing. Older leftovers are discarded (logged).
    """
    try:
        recoveries = find_recoverable(folder)
    except OSError:
        log.warning("Could not look for autosaves in %s", folder, exc_info=True)
        return None
    if not recoveries:
        return None
    newest, older = recoveries[0], recoveries[1:]
    for rec in older:
        log.info("Discarding older autosave %s (%s)", rec.autosave_path, rec.saved_at)
        rec.discard()
    if not ask(parent, newest):
        newest.discard()
        return None
    try:
        project = newest.project()
    except Exception:
        log.warning("Autosave %s could not be restored", newest.autosave_path, exc_info=True)
        newest.autosave_path.replace(newest.autosave_path.with_suffix(".unreadable"))
        newest.discard()
        return None
    if controller is not None:
        controller.session.save(project)
    newest.discard()
    return project
