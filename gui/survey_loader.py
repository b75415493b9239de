"""The window's loader: opens a file through core (the same path as `inspect`), and what the
tables show of a core ``LoadedSurvey``: the original tables with their labels, so researchers see
their own question codes and answers, plus the canonical frames the subset panel filters on.
Qt-free: it runs on the worker thread.

The window holds core's :class:`core.model.loading.LoadedSurvey` itself (one class for "a survey
that was opened"); :func:`window_tables` is only what the two tables display of it.

Also here, because they run on that thread too: remembering an accepted import review under the
data file's SHA-256 (a small project file in the user data folder, written with
core.project.project_file), and computing the derived columns (upgrading flags, monthly wage,
indices) with core.analysis.pipeline.run_analysis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from core.model.loading import LoadedSurvey

log = logging.getLogger(__name__)

SAMPLE_TITLE = "Sample survey"

Loader = Callable[..., LoadedSurvey]
"""Opens a survey or project file: ``loader(path)`` or ``loader(path, progress=callable)``
returning core's LoadedSurvey. Raises (ideally core.common.errors.UserFacingError, whose
``message`` the window shows as is) when the file cannot be used; ``progress`` raises to
cancel."""


def _no_progress(_message: str) -> None:
    return None


def load_for_window(path: Path, progress: Callable[[str], None] | None = None,
                    choices: Path | None = None) -> LoadedSurvey:
    """Open ``path`` (survey or project). Raises core's UserFacingError for unusable files.
    ``choices``: the folder of remembered import reviews; a data file reviewed before is built
    with the study accepted then (``LoadedSurvey.recalled``), without proposing one first."""
    from core.project.opening import open_survey

    recall = None
    if choices is not None:
        def recall(source):
            return remembered_study(choices, source.sha256, Path(source.path))
    return open_survey(Path(path), progress=progress or _no_progress, recall=recall)


def survey_title(loaded: LoadedSurvey) -> str:
    """The title the window shows ("Sample survey" for the bundled sample)."""
    title = loaded.title
    return SAMPLE_TITLE if title.startswith("sample_survey") else title


def survey_sha256(loaded: LoadedSurvey) -> str | None:
    """The data file's fingerprint when the survey comes from one file (import choices are
    remembered under it)."""
    return loaded.sources[0].sha256 if len(loaded.sources) == 1 else None


def needs_review(loaded: LoadedSurvey) -> bool:
    """A survey file opened as proposed (not from a project): the import review is due."""
    return loaded.project_path is None


@dataclass(frozen=True)
class WindowTables:
    """What the Firms and Workers tables show of a survey (nothing the window adds)."""

    title: str
    firms: pd.DataFrame
    workers: pd.DataFrame
    firm_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    worker_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    variable_labels: dict[str, Any] = field(default_factory=dict)
    """{"firms": {column: text}, "workers": {column: text}}."""
    canonical_firms: pd.DataFrame | None = None
    """Canonical firm frame aligned row for row with ``firms`` (None: no firm table found)."""
    canonical_workers: pd.DataFrame | None = None
    column_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    """{"firms": {role: column}, "workers": {...}}: what each shown column means (headers)."""


def window_tables(loaded: LoadedSurvey) -> WindowTables:
    """The raw tables with their labels, and the canonical frames, of a core LoadedSurvey."""
    raw = loaded.survey.raw
    tables = [t for s in loaded.sources for t in s.tables]
    firms = raw.get("firms")
    workers = raw.get("workers")
    # a worker file alone still has core's (empty) firm frame, so its workers are analysed
    canonical_firms = loaded.survey.firms if firms is not None or workers is not None else None
    canonical_workers = loaded.survey.workers if workers is not None else None
    if firms is None and workers is None:
        # Nothing recognised: still let the researcher browse the first two data tables.
        data = [t for t in tables if loaded.kinds.get(t.name) != "codebook" and t.n_columns]
        firms = data[0] if data else None
        workers = data[1] if len(data) > 1 else None
    empty = pd.DataFrame()
    return WindowTables(
        title=survey_title(loaded),
        firms=firms.data if firms is not None else empty,
        workers=workers.data if workers is not None else empty,
        firm_labels=dict(firms.value_labels) if firms is not None else {},
        worker_labels=dict(workers.value_labels) if workers is not None else {},
        variable_labels={"firms": dict(firms.variable_labels) if firms is not None else {},
                         "workers": dict(workers.variable_labels) if workers is not None else {}},
        canonical_firms=canonical_firms,
        canonical_workers=canonical_workers,
        column_roles=_shown_roles(loaded, firms, workers),
    )


def _shown_roles(loaded: LoadedSurvey, firms, workers) -> dict[str, dict[str, str]]:
    """The study's role → column of the tables shown (none for tables shown unrecognised)."""
    roles = loaded.survey.study.roles
    raw = loaded.survey.raw
    return {side: dict(roles.get(side, {})) if shown is not None and shown is raw.get(side)
            else {} for side, shown in (("firms", firms), ("workers", workers))}


# ------------------------------------------------------------------------------ remembered reviews
def remember_study(choices_dir: Path, loaded: LoadedSurvey) -> Path | None:
    """Keep the study accepted in the import review under the data file's SHA-256
    (core.project.import_memory); None when the survey is not one file."""
    from core.project.import_memory import remember_import

    sha256 = survey_sha256(loaded)
    return remember_import(loaded, choices_dir, sha256) if sha256 else None


def remembered_study(choices_dir: Path | None, sha256: str | None, data_path: Path):
    """The study accepted before for this file content, pointed at where the file is now."""
    from core.project.import_memory import recall_import

    return recall_import(choices_dir, sha256, data_path)


def apply_remembered(loaded: LoadedSurvey, choices_dir: Path | None) -> LoadedSurvey | None:
    """A survey file reviewed before: rebuilt with the study accepted then (None when there is
    no usable memory for it)."""
    if not needs_review(loaded) or not loaded.sources:
        return None
    path = Path(loaded.sources[0].path)
    study = remembered_study(choices_dir, survey_sha256(loaded), path)
    if study is None:
        return None
    from core.model.loading import open_with_study

    try:
        return open_with_study(study, sources=loaded.sources)
    except Exception:
        log.warning("The remembered import choices no longer fit %s", path, exc_info=True)
        return None


# ------------------------------------------------------------------------------ derived columns
@dataclass
class Derived:
    """Derived columns aligned row for row with the firm and worker tables."""

    firms: pd.DataFrame
    workers: pd.DataFrame
    result: object = None
    """The core.analysis.pipeline.AnalysisResult they came from (whole survey, no subset)."""


def compute_derived(canonical_firms: pd.DataFrame | None, canonical_workers: pd.DataFrame | None,
                    rules=None, settings=None, provisional: bool = False) -> Derived:
    """The derived columns core names (core.analysis.subset.DERIVED_*_COLUMNS: upgrading flags,
    highest type and score per firm; monthly wage, wage relative to the minimum and the indices
    per worker), from core.analysis.pipeline.run_analysis on the whole survey (its quick pass
    when ``provisional``: the derived columns are the same, the few-firm tests come later)."""
    from core.analysis.id_problems import by_input_row
    from core.analysis.pipeline import prepare_survey, run_analysis
    from core.analysis.subset import DERIVED_FIRM_COLUMNS, DERIVED_WORKER_COLUMNS

    firms = canonical_firms if canonical_firms is not None else pd.DataFrame()
    workers = canonical_workers if canonical_workers is not None else None
    if "firm_id" not in firms.columns or (firms.empty and (workers is None or workers.empty)):
        return Derived(pd.DataFrame(index=firms.index), pd.DataFrame(
            index=(workers.index if workers is not None else pd.RangeIndex(0))))
    prepared = prepare_survey(firms, workers, rules=rules, settings=settings)
    result = run_analysis(firms, workers, rules=rules, settings=settings, prepared=prepared,
                          provisional=provisional)
    result.prepared = prepared  # every later subset of this survey starts from it
    f = result.firms
    w = result.workers
    firm_cols = [c for c in DERIVED_FIRM_COLUMNS if c in f.columns]
    worker_cols = [c for c in DERIVED_WORKER_COLUMNS if c in w.columns]
    problems = result.id_problems  # rows left out for a blank or duplicated firm ID: empty
    firm_part = by_input_row(f[firm_cols], len(firms), problems.firm_rows)
    n_workers = len(workers) if workers is not None else 0
    worker_part = by_input_row(w[worker_cols], n_workers, problems.worker_rows)
    if len(firm_part) != len(firms):
        firm_part = pd.DataFrame(index=pd.RangeIndex(len(firms)))
    if len(worker_part) != n_workers:
        worker_part = pd.DataFrame(index=pd.RangeIndex(n_workers))
    return Derived(firm_part, worker_part, result)


def append_columns(frame: pd.DataFrame, extra: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """``frame`` with ``extra``'s columns appended by position; names already used get
    " (derived)". Returns the frame and the appended names."""
    if extra is None or extra.empty or len(extra) != len(frame):
        return frame, []
    taken = {str(c) for c in frame.columns}
    renamed = {}
    for c in extra.columns:
        name = str(c)
        while name in taken:
            name = f"{name} (derived)"
        renamed[c] = name
        taken.add(name)
    part = extra.rename(columns=renamed)
    part.index = frame.index
    return pd.concat([frame, part], axis=1), list(renamed.values())
