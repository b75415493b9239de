"""The window's loader: opens a file through core (the same path as `inspect`) and hands the window
the original tables with their labels, so researchers see their own question codes and answers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from gui.loaded_survey import LoadedSurvey


def load_for_window(path: Path) -> LoadedSurvey:
    """Open ``path`` (survey or project). Raises core's UserFacingError for unusable files."""
    from core.loading import open_survey

    loaded = open_survey(Path(path))
    raw = loaded.survey.raw
    tables = [t for s in loaded.sources for t in s.tables]
    firms = raw.get("firms")
    workers = raw.get("workers")
    if firms is None and workers is None:
        # Nothing recognised: still let the researcher browse the first two data tables.
        data = [t for t in tables if loaded.kinds.get(t.name) != "codebook" and t.n_columns]
        firms = data[0] if data else None
        workers = data[1] if len(data) > 1 else None
    empty = pd.DataFrame()
    title = "Sample survey" if loaded.title.startswith("sample_survey") else loaded.title
    return LoadedSurvey(
        title=title,
        firms=firms.data if firms is not None else empty,
        workers=workers.data if workers is not None else empty,
        firm_labels=dict(firms.value_labels) if firms is not None else {},
        worker_labels=dict(workers.value_labels) if workers is not None else {},
        variable_labels={"firms": dict(firms.variable_labels) if firms is not None else {},
                         "workers": dict(workers.variable_labels) if workers is not None else {}},
        path=Path(path),
    )
