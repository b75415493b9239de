"""What a loader hands the window. Qt-free, so the code that builds it (main.py, core wiring) can
import it without pulling in PySide6."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd


@dataclass
class LoadedSurvey:
    """A survey ready to browse: the two tables plus the labels that make codes readable."""

    title: str
    """Shown in the window title and status bar, e.g. "Sample survey" or the file name."""
    firms: pd.DataFrame
    workers: pd.DataFrame
    firm_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    """Value labels of firm columns: column -> {code: label}."""
    worker_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    """Value labels of worker columns: column -> {code: label}."""
    variable_labels: dict[str, Any] = field(default_factory=dict)
    """Question text per column: {column: text} for both tables, or
    {"firms": {column: text}, "workers": {column: text}} when the tables reuse column names."""
    derived_columns: set[str] = field(default_factory=set)
    """Columns computed by the app (upgrading flags, monthly wage, ...), marked in the headers."""
    path: Path | None = None
    core: Any = None
    """The core.model.loading.LoadedSurvey behind it (study, sources, canonical frames, findings), when
    it came from core; None for a hand-made survey (tests, embedding)."""
    canonical_firms: pd.DataFrame | None = None
    """Canonical firm frame (columns named by role) aligned row for row with ``firms``: what the
    subset panel filters on. None when no firm table was recognised."""
    canonical_workers: pd.DataFrame | None = None
    needs_review: bool = False
    """True for a survey file opened for the first time: the window shows the import review."""
    sha256: str | None = None
    """The data file's fingerprint (import choices are remembered under it)."""


Loader = Callable[[Path], LoadedSurvey]
"""Opens a survey or project file. Raises (ideally core.common.errors.UserFacingError, whose ``message``
the window shows as is) when the file cannot be used. A loader may also accept a keyword
``progress`` (a callable taking a message), which raises to cancel."""
