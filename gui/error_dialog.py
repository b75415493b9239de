"""Errors in plain words: what happened and what to do, with the technical details behind a
"Show Details…" button and in the log file of the user data folder.

A QMessageBox (objectName ``errorBox``) rather than a custom dialog: it is what Windows users know,
its Details button and keyboard handling are native, and screen readers announce it.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.settings_store import install_log_file

log = logging.getLogger("upgrading_explorer.errors")


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def write_failure(error: BaseException, name: str) -> tuple[str, str] | None:
    """What went wrong writing file ``name`` and what to do, for the errors a user can fix:
    a read-only file or folder, a full disk, a file another program holds. None otherwise.

    Every writer is atomic (core.common.atomic), so the text can promise the old file is intact."""
    import errno

    if not isinstance(error, OSError) and isinstance(error.__cause__, OSError):
        error = error.__cause__  # core's plain-words wrapper (ProjectFileError) of the OS error
    if isinstance(error, PermissionError):
        return (_tr("“{name}” was not saved: the file is read-only, or this folder may not be "
                    "written to. The previous file, if there was one, is unchanged.")
                .format(name=name),
                _tr("Save under another name or in another folder, such as Documents."))
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (_tr("“{name}” was not saved: the disk is full. The previous file, if there was "
                    "one, is unchanged.").format(name=name),
                _tr("Free some space, or save to another drive or a USB stick."))
    if isinstance(error, OSError) and error.errno in (errno.EBUSY, errno.ETXTBSY):
        return (_tr("“{name}” was not saved: another program is using it.").format(name=name),
                _tr("Close the file in the other program (Excel, Word), then try again."))
    return None


def format_details(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def plain_message(error: BaseException) -> str | None:
    """core.common.errors.UserFacingError's message (what, where, what to do), else None."""
    message = getattr(error, "message", None)
    return message.strip() if isinstance(message, str) and message.strip() else None


def record(summary: str, details: str, *, expected: bool) -> Path | None:
    """Write the error to the log file; returns the log's path (None if it cannot be written)."""
    try:
        path = install_log_file()
    except OSError:
        path = None
    (log.info if expected else log.error)("%s\n%s", summary, details)
    return path


def make_error_box(parent: QWidget | None, title: str, text: str, informative: str = "",
                   details: str = "", log_file: Path | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if log_file is not None and details:
        note = _tr("The details are also saved in {path}.").format(path=str(log_file))
        informative = f"{informative}\n\n{note}" if informative else note
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAccessibleName(title)
    return box
