"""Remembered import reviews: "the choices are remembered for this file".

When the user accepts the import review of a data file, the accepted study (tables, roles,
missing codes, value maps) is kept under the file's SHA-256 in a folder the caller chooses (the
window: the user data folder's import choices), as a small project file
``<folder>/<sha256>.uex.json``. Opening the same bytes again, wherever the file now is, skips the
review and uses that study.

Written with the same atomic, fsync'ed writer as projects (core.common.jsonfile) and read back
through core.project.project_file (so older formats are migrated, and every part is checked). A damaged
or unreadable memory is forgotten (logged), never an error for the user: the review is simply
shown again.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from core.common.jsonfile import write_json_atomic
from core.model.loading import LoadedSurvey
from core.model.study import PROJECT_SUFFIX, SIDES, Study, TableRef, study_to_json
from core.model.study_edit import accepted_study
from core.project.project_file import read_project

log = logging.getLogger(__name__)
_FINGERPRINT = re.compile(r"[0-9A-Fa-f]{16,128}")


def memory_path(folder: Path | str, sha256: str) -> Path:
    """Where the review of the data file with this SHA-256 is kept. ValueError for a
    fingerprint that is not hexadecimal (it becomes a file name)."""
    if not isinstance(sha256, str) or not _FINGERPRINT.fullmatch(sha256):
        raise ValueError(f"{sha256!r} is not a file fingerprint (SHA-256 in hexadecimal)")
    return Path(folder) / f"{sha256.lower()}{PROJECT_SUFFIX}"


def remember_import(loaded_or_study: LoadedSurvey | Study, folder: Path | str, sha256: str) -> Path:
    """Keep the accepted review of a data file. ``loaded_or_study`` is the core LoadedSurvey the
    review accepted (every role then counts as set by a person, core.model.study_edit
    .accepted_study) or the Study to keep. Returns the file written (atomically)."""
    if isinstance(loaded_or_study, Study):
        study = loaded_or_study
    elif isinstance(loaded_or_study, LoadedSurvey):
        study = accepted_study(loaded_or_study)
    else:
        raise TypeError(f"remember_import needs a LoadedSurvey or a Study, not "
                        f"{type(loaded_or_study).__name__}")
    target = memory_path(folder, sha256)
    return write_json_atomic(study_to_json(study, target), target)


def recall_import(folder: Path | str | None, sha256: str | None,
                  data_path: Path | str | None = None) -> Study | None:
    """The study accepted before for a data file with this SHA-256, or None (never reviewed,
    or the memory cannot be read). With ``data_path`` its tables point at where the file is
    now (sheets and header rows kept)."""
    if folder is None or not sha256:
        return None
    try:
        target = memory_path(folder, sha256)
    except ValueError:
        return None
    if not target.is_file():
        return None
    try:
        study = read_project(target).study
    except Exception:  # a damaged memory is forgotten, never an error for the user
        log.warning("Ignoring the remembered import choices in %s", target, exc_info=True)
        return None
    if data_path is not None:
        for side in SIDES:
            ref = study.table_ref(side)
            if ref is not None:
                setattr(study, side, TableRef(Path(data_path), ref.sheet, ref.header_row))
    return study


def forget_import(folder: Path | str, sha256: str) -> bool:
    """Delete the remembered review of a data file; True when there was one."""
    try:
        target = memory_path(folder, sha256)
        target.unlink()
    except (ValueError, FileNotFoundError):
        return False
    return True


__all__ = ["forget_import", "memory_path", "recall_import", "remember_import"]
