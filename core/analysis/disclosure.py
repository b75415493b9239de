"""The disclosure rule, written once: which numbers are withheld because too few firms or workers
stand behind them. Every output asks this module: the window's views (through the typed results
of core.analysis), the results workbook, the JSON of ``analyze``, the exported script and the
chart labels.

The rule (settings ``min_firms`` and ``min_workers``):

- a number about **firms** (a share of firms with a type, the firms in a combination of types or a
  bargaining category, a quadrant of the matrix, a cut-off computed from firm means) is withheld
  when fewer than ``min_firms`` firms with a known value stand behind it;
- a number about **workers** (a mean or share of workers, a box plot of their values, a difference
  from a reference group) is withheld when fewer than ``min_firms`` firms or fewer than
  ``min_workers`` workers stand behind it; a difference is also withheld when its reference group
  is, since the two published numbers would give the reference's mean away.

The overall numbers of a subset (all its firms together) follow the same rule as those of a group:
a one-firm subset shows none of that firm's shares. "Withheld" means the number is None (null in
JSON, an empty grey cell marked "suppressed (…)" in the workbook, "too few to show" in the
window); the counts that say why (n_firms, n_workers, n_known) stay.

Individual firms: the per-firm records (the upgrading view's firm list, the workbook's Firms sheet,
``firms`` in the JSON) are the analyst's own microdata, not statistics, so the thresholds do not
apply to them: a firm's row is the same with or without a subset. What hides individual firms is
**workshop mode** (the project setting ``workshop_mode``), in every output at once:
:func:`without_firm_records`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

WORKSHOP_KEY = "workshop_mode"
"""The project setting that hides individual firms (the window's View → Workshop mode)."""

COMPARISON_WITHHELD = ("mean", "se", "ci_low", "ci_high", "diff", "diff_se", "diff_ci_low",
                       "diff_ci_high", "p_value")
DIFFERENCE_COLUMNS = ("diff", "diff_se", "diff_ci_low", "diff_ci_high", "p_value")
SHARE_WITHHELD = ("share", "ci_low", "ci_high", "n_true")
COUNT_WITHHELD = ("n_firms", "share")
MATRIX_WITHHELD = ("n_firms", "n_workers", "median_ms")
TEST_WITHHELD = ("statistic", "p_value")


class HasThresholds(Protocol):
    """Anything carrying the two disclosure settings (AnalysisSettings, Thresholds)."""

    @property
    def min_firms(self) -> int: ...

    @property
    def min_workers(self) -> int: ...


@dataclass(frozen=True)
class DisclosureRule:
    """The two thresholds and the decisions made with them (see the module docstring)."""

    min_firms: int = 3
    min_workers: int = 10

    @classmethod
    def of(cls, settings: HasThresholds) -> DisclosureRule:
        """The rule of an AnalysisSettings, a Thresholds or another rule."""
        return cls(int(settings.min_firms), int(settings.min_workers))

    def too_few_firms(self, n_firms: int | np.ndarray) -> np.ndarray:
        """A number about firms rests on fewer than ``min_firms`` firms (with a known value)."""
        return np.asarray(n_firms) < self.min_firms

    def too_few_workers(self, n_firms: int | np.ndarray, n_workers: int | np.ndarray
                        ) -> np.ndarray:
        """A number about workers rests on too few firms or too few workers."""
        return (np.asarray(n_firms) < self.min_firms) | (np.asarray(n_workers) < self.min_workers)

    def hides_firms(self, n_firms: int) -> bool:
        return bool(self.too_few_firms(n_firms))

    def hides_workers(self, n_firms: int, n_workers: int) -> bool:
        return bool(self.too_few_workers(n_firms, n_workers))

    def marker(self) -> str:
        """What a withheld cell says, with the thresholds used (English; the workbook's
        headings translate it)."""
        return f"suppressed (<{self.min_firms} firms or <{self.min_workers} workers)"


def shown(value: float | int | None, hidden: bool) -> float | None:
    """The number as published: None when withheld or not a finite number."""
    if hidden or value is None or value is pd.NA:
        return None
    number = float(value)
    return number if np.isfinite(number) else None


def shown_count(value: float | int | None, hidden: bool) -> int | None:
    """A count as published: None when withheld."""
    if hidden or value is None or value is pd.NA or not np.isfinite(float(value)):
        return None
    return int(value)


# ------------------------------------------------------------------------- tables as exported

def withhold(frame: pd.DataFrame, columns: Iterable[str], mask: np.ndarray | None = None
             ) -> pd.DataFrame:
    """A copy of ``frame`` with ``columns`` emptied on the rows of ``mask`` (default: the
    frame's ``suppressed`` column): NaN in number columns, None in count columns (which stay
    whole numbers)."""
    out = frame.copy()
    if out.empty:
        return out
    if mask is None:
        mask = out["suppressed"].astype(bool).to_numpy()
    mask = np.asarray(mask, dtype=bool)
    for col in (c for c in columns if c in out.columns):
        if pd.api.types.is_float_dtype(out[col]):
            out.loc[mask, col] = np.nan
        else:
            values = out[col].astype(object)
            values[mask] = None
            out[col] = values
    return out


def withhold_suppressed(comparisons: pd.DataFrame) -> pd.DataFrame:
    """Comparison rows as exported: suppressed rows lose their numbers (counts stay, to say why),
    and when a reference group is suppressed every difference against it is withheld too."""
    out = withhold(comparisons, COMPARISON_WITHHELD)
    if out.empty:
        return out
    keys = [c for c in ("subset", "breakdown", "outcome", "group_var") if c in out.columns]
    supp = out["suppressed"].astype(bool)
    ref_supp = (out["group"] == out["reference"]) & supp
    hit_keys = set(map(tuple, out.loc[ref_supp, keys].astype(object).to_numpy().tolist()))
    if hit_keys:
        rows = map(tuple, out[keys].astype(object).to_numpy().tolist())
        hit = np.array([k in hit_keys for k in rows])
        out.loc[hit, list(DIFFERENCE_COLUMNS)] = np.nan
    return out


def withhold_suppressed_shares(shares: pd.DataFrame) -> pd.DataFrame:
    """Shares of firms (overall or by group) as exported: too few firms → no share, CI, n_true."""
    return withhold(shares, SHARE_WITHHELD)


def withhold_suppressed_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts of firms by category (combinations, bargaining) as exported."""
    return withhold(frame, COUNT_WITHHELD)


def withhold_suppressed_tests(tests: pd.DataFrame) -> pd.DataFrame:
    """Firm-level tests as exported: a test over too few firms gives no statistic or p-value."""
    return withhold(tests, TEST_WITHHELD)


def withhold_suppressed_matrix(matrix: pd.DataFrame) -> pd.DataFrame:
    """Matrix cells as exported (the cut-off is withheld already when it came from the data)."""
    return withhold(matrix, MATRIX_WITHHELD)


# ------------------------------------------------------------------------ individual firms

def workshop_mode(settings: Mapping | None) -> bool:
    """Whether a project's settings (JSON) ask for workshop mode."""
    return bool((settings or {}).get(WORKSHOP_KEY, False))


def without_firm_records(result: AnalysisResult) -> AnalysisResult:
    """The result as published in workshop mode: no per-firm record (the JSON's ``firms``, the
    workbook's Firms sheet); every aggregate unchanged."""
    import dataclasses

    return dataclasses.replace(result, firms=result.firms.iloc[0:0])


__all__ = [
    "COMPARISON_WITHHELD", "COUNT_WITHHELD", "MATRIX_WITHHELD", "SHARE_WITHHELD", "TEST_WITHHELD",
    "WORKSHOP_KEY", "DisclosureRule", "HasThresholds", "shown", "shown_count", "withhold",
    "withhold_suppressed", "withhold_suppressed_counts", "withhold_suppressed_matrix",
    "withhold_suppressed_shares", "withhold_suppressed_tests", "without_firm_records",
    "workshop_mode",
]
