"""Open whatever the user points at: a survey data file or a project file.

Projects go through core.project.project_file, so older formats are migrated, moved data files are
looked for beside the project and changed data files are reported (in ``notes``); data files go
through core.model.loading with the proposed study. Living here (above both) keeps the model layer
free of the project layer. :func:`open_session` also gives the session (core.project.session) the
survey's project starts with, for scripts and tests.
"""

from __future__ import annotations

from pathlib import Path

from core.model.loading import LoadedSurvey, Progress, Recall, check_openable, open_data_file
from core.model.study import is_project_file
from core.project.project_file import open_project, project_from_loaded
from core.project.session import Session


def _no_progress(_: str) -> None:
    return None


def open_survey(path: Path | str, *, progress: Progress = _no_progress,
                recall: Recall | None = None) -> LoadedSurvey:
    """Open a data file or a project file; raises only UserFacingError subclasses. ``recall``:
    see core.model.loading.open_data_file (data files only)."""
    path = check_openable(path)
    if is_project_file(path):
        result = open_project(path, progress=progress)
        result.loaded.notes.extend(result.notes)
        return result.loaded
    return open_data_file(path, progress=progress, recall=recall)


def open_session(path: Path | str, *, progress: Progress = _no_progress
                 ) -> tuple[Session, LoadedSurvey]:
    """Open a data file (a new, unsaved project with the proposed study) or a project file (its
    saved state: subsets, rules, settings, views, …) and return its session and the survey."""
    path = check_openable(path)
    if is_project_file(path):
        result = open_project(path, progress=progress)
        result.loaded.notes.extend(result.notes)
        session = Session.from_project(result.project)
        result.loaded.notes.extend(session.notes)
        return session, result.loaded
    loaded = open_data_file(path, progress=progress)
    return Session.from_project(project_from_loaded(loaded)), loaded
