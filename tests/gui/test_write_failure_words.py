"""What the user reads when a save fails for a reason they can fix (issue #15 item 14)."""

from __future__ import annotations

import errno

from core.common.errors import ProjectFileError
from gui.error_dialog import write_failure


def test_read_only_full_disk_and_busy_files_are_said_in_plain_words(qtbot):
    text, todo = write_failure(PermissionError(errno.EACCES, "denied"), "study.uex.json")
    assert "study.uex.json" in text and "read-only" in text and "unchanged" in text
    assert "another name" in todo
    text, todo = write_failure(OSError(errno.ENOSPC, "No space left"), "results.xlsx")
    assert "disk is full" in text and "results.xlsx" in text and "USB" in todo
    text, _ = write_failure(OSError(errno.EBUSY, "busy"), "report.docx")
    assert "another program" in text


def test_core_wrappers_are_looked_through_and_other_errors_left_alone(qtbot):
    wrapped = ProjectFileError("The project could not be saved", where="x")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left")
    assert "disk is full" in write_failure(wrapped, "x.uex.json")[0]
    assert write_failure(ValueError("bug"), "x") is None
    assert write_failure(OSError(errno.EIO, "io"), "x") is None
