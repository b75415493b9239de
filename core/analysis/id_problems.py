"""Firm rows whose ID cannot identify them: left out of every result, and said so.

A firm table with a blank firm ID, or one ID on two rows, used to break the whole analysis
("cannot reindex"), and later was silently counted twice: 280 firms where there are 277, and the
workers of the duplicated ID attached to whichever row came first (issue #15). Neither row of a
duplicated ID can be trusted (which one is the firm?), nor can a row without an ID (no worker can
point at it), so all of them are excluded, and with them the workers of a duplicated ID; the
rest is computed. The pipeline puts :meth:`IdProblems.warning` first among the warnings and the
findings open with it, naming the IDs (except in workshop mode, where no firm is named).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

MAX_NAMED = 5
"""IDs named in the warning and the finding; the rest are counted."""


@dataclass
class IdProblems:
    """What was excluded because the firm ID could not identify the firm."""

    n_blank: int = 0
    """Firm rows with no firm ID."""
    duplicated: dict[str, int] = field(default_factory=dict)
    """Firm ID → number of firm rows carrying it (2 or more), in table order."""
    n_workers: int = 0
    """Workers of duplicated IDs, left out with their firm rows."""
    firm_rows: np.ndarray | None = field(default=None, repr=False, compare=False)
    """Positions, in the firm table given, of the firm rows kept (None: all were kept)."""
    worker_rows: np.ndarray | None = field(default=None, repr=False, compare=False)
    """Positions, in the worker table given, of the workers kept (None: all were kept)."""

    @property
    def n_rows(self) -> int:
        return self.n_blank + sum(self.duplicated.values())

    def __bool__(self) -> bool:
        return self.n_rows > 0

    def named_ids(self, conjunction: str = " and ") -> str:
        """'“VN001” and “VN007”'; past :data:`MAX_NAMED`, '“A”, “B”, “C”, “D”, “E” … (+3)'
        (no word of any language but the conjunction)."""
        ids = [f"“{i}”" for i in list(self.duplicated)[:MAX_NAMED]]
        more = len(self.duplicated) - len(ids)
        if more:
            return ", ".join(ids) + f" … (+{more:,})"
        if len(ids) > 1:
            return ", ".join(ids[:-1]) + conjunction + ids[-1]
        return "".join(ids)

    def warning(self, named: bool = True) -> str:
        """The analysis warning in plain words (English, like the other core warnings);
        ``named=False`` (workshop mode) counts the duplicated IDs without naming them."""
        parts = []
        if self.duplicated and not named:
            n = len(self.duplicated)
            parts.append(f"{n:,} firm ID{'s are each' if n != 1 else ' is'} on more than one row")
        elif self.duplicated:
            ids = self.named_ids()
            parts.append(f"firm ID {ids} is on more than one row" if len(self.duplicated) == 1
                         else f"firm IDs {ids} are each on more than one row")
        if self.n_blank:
            parts.append(f"{self.n_blank:,} row{'s have' if self.n_blank != 1 else ' has'} no "
                         "firm ID")
        workers = (f", and so are the workers of the duplicated ID"
                   f"{'s' if len(self.duplicated) != 1 else ''} ({self.n_workers:,})"
                   if self.n_workers else "")
        return (f"In the firm table {' and '.join(parts)}: these {self.n_rows:,} firm rows are "
                f"left out of every result{workers}. The other firms are analysed. Correct the "
                "IDs in the file (every firm needs its own ID) and open it again")

    def to_json(self, named: bool = True) -> dict:
        """Counts, and (``named``; not in workshop mode) each duplicated ID's number of rows."""
        out = {"n_rows": self.n_rows, "n_blank": self.n_blank,
               "n_duplicated_ids": len(self.duplicated), "n_workers": self.n_workers}
        if named:
            out["duplicated"] = dict(self.duplicated)
        return out


def _blank(ids: pd.Series) -> pd.Series:
    text = ids.astype("string").str.strip()
    return ids.isna() | text.isna() | (text == "")


def exclude_unidentified_firms(firms: pd.DataFrame, workers: pd.DataFrame
                               ) -> tuple[pd.DataFrame, pd.DataFrame, IdProblems]:
    """``firms`` without rows whose ID is blank or duplicated, ``workers`` without the workers of
    duplicated IDs, and what was left out. Unchanged frames (the same objects) when all is well."""
    if "firm_id" not in firms.columns or firms.empty:
        return firms, workers, IdProblems()
    ids = firms["firm_id"]
    blank = _blank(ids).to_numpy()
    repeated = ids.duplicated(keep=False).to_numpy() & ~blank
    if not blank.any() and not repeated.any():
        return firms, workers, IdProblems()
    counts = ids[repeated].astype(str).value_counts(sort=False)
    order = list(dict.fromkeys(ids[repeated].astype(str)))
    problems = IdProblems(n_blank=int(blank.sum()),
                          duplicated={i: int(counts[i]) for i in order})
    keep = ~(blank | repeated)
    problems.firm_rows = np.flatnonzero(keep)
    kept = firms.loc[keep].reset_index(drop=True)
    if "firm_id" in workers.columns and len(workers):
        bad_ids = pd.unique(ids[repeated])
        out = workers["firm_id"].isin(bad_ids).to_numpy()
        problems.n_workers = int(out.sum())
        if out.any():
            problems.worker_rows = np.flatnonzero(~out)
            workers = workers.loc[~out].reset_index(drop=True)
    return kept, workers, problems


def by_input_row(frame: pd.DataFrame, n_rows: int, rows: np.ndarray | None) -> pd.DataFrame:
    """``frame`` (one row per kept row) laid out over the ``n_rows`` rows of the table that was
    given, missing where a row was left out: derived columns shown beside the user's table."""
    if rows is None:
        return frame.reset_index(drop=True)
    return frame.set_axis(pd.Index(rows)).reindex(pd.RangeIndex(n_rows))


__all__ = ["MAX_NAMED", "IdProblems", "by_input_row", "exclude_unidentified_firms"]
