"""Open whatever the user points at: a survey data file or a project file.

Projects go through core.project.project_file, so older formats are migrated, moved data files are
looked for beside the project and changed data files are reported (in ``notes``); data files go
through core.model.loading with the proposed study. Living here (above both) keeps the model layer
free of the project layer.
"""

from __future__ import annotations

from pathlib import Path

from core.model.loading import LoadedSurvey, Progress, check_openable, open_data_file
from core.model.study import is_project_file
from core.project.project_file import open_project


def _no_progress(_: str) -> None:
    return None


def open_survey(path: Path | str, *, progress: Progress = _no_progress) -> LoadedSurvey:
    """Open a data file or a project file; raises only UserFacingError subclasses."""
    path = check_openable(path)
    if is_project_file(path):
        result = open_project(path, progress=progress)
        result.loaded.notes.extend(result.notes)
        return result.loaded
    return open_data_file(path, progress=progress)
