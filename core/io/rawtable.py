"""What a reader returns: the original values of one sheet or file, plus where they came from.

Readers (``core.io.readers``) produce :class:`SourceFile` objects holding one :class:`RawTable` per sheet
(or one for csv/dta/sav). Nothing here is interpreted yet: roles, recodes and validation happen in
``core.model.study`` and ``core.model.survey``. Row numbers are kept so every finding can point at the cell a
researcher sees in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd


@dataclass
class RawTable:
    """One sheet (or one csv/dta/sav file) as read, before any interpretation.

    ``data`` has unique string column names (the header cells; blanks become ``column_<n>``,
    duplicates get ``_2``, ``_3``) and a RangeIndex. Values are as read: numbers stored as text with
    thousands separators are already numbers; ID-like text keeps its leading zeros.
    """

    name: str
    """Sheet name, or the file name without extension for single-table files."""
    data: pd.DataFrame
    header_row: int | None = None
    """1-based sheet row of the column names, as Excel shows it; None for dta/sav."""
    source_rows: np.ndarray | None = None
    """1-based sheet row of each data row (blank rows dropped in between); None means
    ``header_row + 1 + i`` (or ``i + 2`` for csv, ``i + 1`` for dta/sav)."""
    variable_labels: dict[str, str] = field(default_factory=dict)
    """Column → question text (from a second header row, Stata/SPSS labels, or a codebook)."""
    value_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    """Column → {code: label}. Codes are as stored (numbers as float/int, text as str)."""
    missing_values: dict[str, list[Any]] = field(default_factory=dict)
    """Column → declared missing codes (SPSS user-missing values, Stata extended missing)."""
    missing_ranges: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    """Column → declared missing ranges (SPSS), inclusive."""
    hidden: bool = False
    notes: list[str] = field(default_factory=list)
    """Plain-language remarks from the reader (e.g. '3 rows of totals at the bottom were kept')."""

    @property
    def n_rows(self) -> int:
        return len(self.data)

    @property
    def n_columns(self) -> int:
        return self.data.shape[1]

    def sheet_row(self, i: int) -> int | None:
        """The 1-based row a researcher would look at for data row ``i`` (0-based)."""
        if self.source_rows is not None:
            return int(self.source_rows[i])
        if self.header_row is None:
            return i + 1
        return self.header_row + 1 + i


@dataclass
class SourceFile:
    """A data file as read: its kind, fingerprint and tables."""

    path: Path
    kind: str
    """'xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'csv', 'dta', 'sav', 'zsav', 'por'."""
    sha256: str
    tables: list[RawTable]
    notes: list[str] = field(default_factory=list)
    cache_entry: str | None = field(default=None, compare=False, repr=False)
    """The read cache's name for this read (core.io.read_cache; None: not cached): what core
    makes of these tables alone can be cached under it."""

    def table(self, name: str) -> RawTable:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)
