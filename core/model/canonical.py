"""The canonical survey record: the frames a study built, and the way back to the source.

Its own module so the builder (core/model/survey.py) and the cross-table checks
(core/model/validation.py) both depend on it without depending on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.io.rawtable import RawTable
from core.model.roles import role_names
from core.model.study import LEVEL_OF_SIDE, Study


@dataclass
class Survey:
    """Canonical frames plus everything needed to point back at the source."""

    firms: pd.DataFrame
    workers: pd.DataFrame
    study: Study
    raw: dict[str, RawTable | None]
    """side → the raw table it came from (for browsing every original column)."""
    source_rows: dict[str, np.ndarray]
    """side → 1-based sheet row of each canonical row."""
    findings: list[Finding] = field(default_factory=list)

    @property
    def n_firms(self) -> int:
        return len(self.firms)

    @property
    def n_workers(self) -> int:
        return len(self.workers)

    def missing_roles(self, side: str) -> list[str]:
        """Roles of this side that the survey does not have (computations say which they lack)."""
        have = set((self.firms if side == "firms" else self.workers).columns)
        return [r for r in role_names(LEVEL_OF_SIDE[side]) if r not in have]


