"""Validation findings: one problem in the data, with where a researcher can find it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One validation finding. ``row`` is the 1-based sheet row as Excel shows it (None when the
    finding concerns a whole table or column); ``table`` is the sheet or file name."""

    severity: Severity
    message: str
    table: str
    row: int | None = None
    column: str | None = None
    code: str = ""
    """Machine-readable kind: duplicate_id, orphan_worker, firm_without_workers, out_of_range,
    unlabeled_code, unit_suspicion, spelling_merged, total_row, header_only, ..."""

    def to_json(self) -> dict:
        """The DESIGN.md keys (severity, message, table, row, column) plus ``code``."""
        return asdict(self)
