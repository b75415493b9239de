"""The window's loader: opens a file through core (the same path as `inspect`) and hands the window
the original tables with their labels, so researchers see their own question codes and answers,
plus the canonical frames the subset panel filters on. Qt-free: it runs on a worker thread.

Also here, because they run on that thread too: remembering an accepted import review under the
data file's SHA-256 (a small project file in the user data folder), and computing the derived
columns (upgrading flags, monthly wage, indices) with core.analysis.pipeline.run_analysis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gui.loaded_survey import LoadedSurvey

log = logging.getLogger(__name__)

DERIVED_FIRM = ("process", "product", "functional", "chain", "end_market", "highest_type",
                "upgrading_score", "bargaining_change", "downgraded", "ms_index_mean",
                "er_index_mean")
DERIVED_WORKER = ("monthly_wage", "wage_to_minimum", "ms_index", "er_index", "regular_contract")
SAMPLE_TITLE = "Sample survey"


def _no_progress(_message: str) -> None:
    return None


def load_for_window(path: Path, progress: Callable[[str], None] | None = None) -> LoadedSurvey:
    """Open ``path`` (survey or project). Raises core's UserFacingError for unusable files."""
    from core.project.opening import open_survey

    loaded = open_survey(Path(path), progress=progress or _no_progress)
    return to_window(loaded, Path(path))


def to_window(loaded, path: Path) -> LoadedSurvey:
    """The window's view of a core LoadedSurvey: raw tables, labels, canonical frames."""
    raw = loaded.survey.raw
    tables = [t for s in loaded.sources for t in s.tables]
    firms = raw.get("firms")
    workers = raw.get("workers")
    canonical_firms = loaded.survey.firms if firms is not None else None
    canonical_workers = loaded.survey.workers if workers is not None else None
    if firms is None and workers is None:
        # Nothing recognised: still let the researcher browse the first two data tables.
        data = [t for t in tables if loaded.kinds.get(t.name) != "codebook" and t.n_columns]
        firms = data[0] if data else None
        workers = data[1] if len(data) > 1 else None
    empty = pd.DataFrame()
    title = SAMPLE_TITLE if loaded.title.startswith("sample_survey") else loaded.title
    sha = loaded.sources[0].sha256 if len(loaded.sources) == 1 else None
    return LoadedSurvey(
        title=title,
        firms=firms.data if firms is not None else empty,
        workers=workers.data if workers is not None else empty,
        firm_labels=dict(firms.value_labels) if firms is not None else {},
        worker_labels=dict(workers.value_labels) if workers is not None else {},
        variable_labels={"firms": dict(firms.variable_labels) if firms is not None else {},
                         "workers": dict(workers.variable_labels) if workers is not None else {}},
        path=Path(path),
        core=loaded,
        canonical_firms=canonical_firms,
        canonical_workers=canonical_workers,
        needs_review=loaded.project_path is None,
        sha256=sha,
    )


# ------------------------------------------------------------------------------ remembered reviews
def _choice_file(choices_dir: Path, sha256: str) -> Path:
    return Path(choices_dir) / f"{sha256}.uex.json"


def remember_study(choices_dir: Path, sha256: str, study) -> Path:
    """Keep an accepted study for the data file with this fingerprint."""
    from core.model.study import save_project

    target = _choice_file(choices_dir, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    save_project(study, target)
    return target


def remembered_study(choices_dir: Path | None, sha256: str | None, data_path: Path):
    """The study accepted before for this file content, pointed at where the file is now."""
    if choices_dir is None or not sha256:
        return None
    target = _choice_file(choices_dir, sha256)
    if not target.exists():
        return None
    from core.model.study import SIDES, TableRef, load_project

    try:
        study = load_project(target)
    except Exception:  # a damaged memory is forgotten, never an error for the user
        log.warning("Ignoring the remembered import choices in %s", target, exc_info=True)
        return None
    for side in SIDES:
        ref = study.table_ref(side)
        if ref is not None:
            setattr(study, side, TableRef(Path(data_path), ref.sheet, ref.header_row))
    return study


def apply_remembered(survey: LoadedSurvey, choices_dir: Path | None) -> LoadedSurvey:
    """A survey that needs review but was reviewed before: rebuilt with the accepted study."""
    if not survey.needs_review or survey.core is None or survey.path is None:
        return survey
    study = remembered_study(choices_dir, survey.sha256, survey.path)
    if study is None:
        return survey
    from core.model.loading import open_with_study

    try:
        loaded = open_with_study(study, sources=survey.core.sources)
    except Exception:
        log.warning("The remembered import choices no longer fit %s", survey.path, exc_info=True)
        return survey
    out = to_window(loaded, survey.path)
    out.needs_review = False
    return out


# ------------------------------------------------------------------------------ derived columns
@dataclass
class Derived:
    """Derived columns aligned row for row with the firm and worker tables."""

    firms: pd.DataFrame
    workers: pd.DataFrame
    result: object = None
    """The core.analysis.pipeline.AnalysisResult they came from (whole survey, no subset)."""


def compute_derived(canonical_firms: pd.DataFrame | None, canonical_workers: pd.DataFrame | None,
                    rules=None, settings=None) -> Derived:
    """Upgrading flags, highest type and score per firm; monthly wage, wage relative to the
    minimum and the indices per worker — from core.analysis.pipeline.run_analysis on the whole survey."""
    from core.analysis.pipeline import run_analysis

    firms = canonical_firms if canonical_firms is not None else pd.DataFrame()
    workers = canonical_workers if canonical_workers is not None else None
    if firms.empty or "firm_id" not in firms.columns:
        return Derived(pd.DataFrame(index=firms.index), pd.DataFrame(
            index=(workers.index if workers is not None else pd.RangeIndex(0))))
    result = run_analysis(firms, workers, rules=rules, settings=settings)
    f = result.firms
    w = result.workers
    firm_cols = [c for c in DERIVED_FIRM if c in f.columns]
    worker_cols = [c for c in DERIVED_WORKER if c in w.columns]
    firm_part = f[firm_cols].reset_index(drop=True) if len(f) == len(firms) else \
        pd.DataFrame(index=pd.RangeIndex(len(firms)))
    n_workers = len(workers) if workers is not None else 0
    worker_part = w[worker_cols].reset_index(drop=True) if len(w) == n_workers else \
        pd.DataFrame(index=pd.RangeIndex(n_workers))
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
