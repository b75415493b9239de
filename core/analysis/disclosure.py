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

Complementary suppression (:func:`protect_partition`, :func:`protect_table`): a withheld cell
must not come back from the other numbers of the same output. A share table by group is a
partition of the subset's firms whose total (the overall n_true) is published, so one withheld
group would be the overall minus the others: further groups (the smallest first) are withheld
until every withheld cell can take at least two values given the published numbers and the
bounds 0 ≤ n_true ≤ n_known. The same holds for the counts of a category table (combinations,
bargaining: total = the subset's firms less the unknown row) and for the economic × social
matrix (every row, column and grand margin assumed known; linear programming). Counts of firms
(combinations, bargaining, matrix cells) of 1 … ``min_firms`` − 1 firms are themselves withheld.
A group test is withheld (statistic, p-value) when any group of its table is, since the statistic
and the margins give the cells back (enumerate the tables); Fisher's odds ratio also whenever a
cell has fewer than ``min_firms`` firms. Firm means of an index (MS, ER) over fewer than
``min_workers`` workers are withheld (:func:`withhold_firm_means`).

Workshop mode also rounds every published count to a multiple of 5 (:func:`round_counts`,
:data:`ROUNDED_COUNTS`), so two runs on subsets that differ by one firm cannot be differenced.

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

DIFFERENCE_COLUMNS = ("diff", "diff_se", "diff_ci_low", "diff_ci_high", "p_value",
                      "p_adjusted", "adj_diff", "adj_diff_se", "adj_diff_ci_low",
                      "adj_diff_ci_high", "adj_p_value")
"""A comparison row's numbers about its difference from the reference (absent ones skipped)."""
COMPARISON_WITHHELD = ("mean", "se", "ci_low", "ci_high", *DIFFERENCE_COLUMNS)
SHARE_WITHHELD = ("share", "ci_low", "ci_high", "n_true")
COUNT_WITHHELD = ("n_firms", "share")
MATRIX_WITHHELD = ("n_firms", "n_workers", "median_ms")
MATRIX_CELL_WITHHELD = ("n_firms", "n_workers")
TEST_WITHHELD = ("statistic", "p_value", "p_adjusted")
STATISTIC_WITHHELD = "statistic_withheld"
"""Column of group tests: the statistic (Fisher's odds ratio) is withheld, the p-value is not."""
CELL_SUPPRESSED = "cell_suppressed"
"""Column of matrix rows: this cell's counts are withheld (small, or a complement)."""
FIRM_MEANS = ("ms_index", "er_index")
"""Indexes whose firm means (``<index>_mean`` over ``<index>_n`` workers) are published."""
ROUNDING_BASE = 5
ROUNDED_COUNTS = ("n_firms", "n_workers", "n_true", "n_known", "n", "n_firms_of_workers",
                  "n_points", "n_not_shown", "n_firms_b", "n_workers_b", "ms_index_n",
                  "er_index_n", "box_n", "box_n_outliers")
"""Counts rounded in workshop mode (to the nearest multiple of :data:`ROUNDING_BASE`)."""


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


# ------------------------------------------------------------------- complementary suppression

def partition_ranges(values: np.ndarray, hidden: np.ndarray, lower: np.ndarray | None = None,
                     upper: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """What a reader can tell of each withheld cell of a partition whose total is published:
    the smallest and largest value it can take given the shown cells and each withheld cell's
    bounds (default 0 … the withheld remainder). Shown cells get their value twice."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool)
    rest = values[hidden].sum()
    lower = np.zeros(len(values)) if lower is None else np.asarray(lower, dtype=float)
    upper = np.full(len(values), rest) if upper is None else np.minimum(
        np.asarray(upper, dtype=float), rest)
    lo_sum, hi_sum = lower[hidden].sum(), upper[hidden].sum()
    low = np.maximum(lower, rest - (hi_sum - upper))
    high = np.minimum(upper, rest - (lo_sum - lower))
    return np.where(hidden, low, values), np.where(hidden, high, values)


def pinned(values: np.ndarray, hidden: np.ndarray, lower: np.ndarray | None = None,
           upper: np.ndarray | None = None) -> np.ndarray:
    """Withheld cells of a partition a reader gets back exactly (a cell whose bounds alone
    fix it, e.g. n_known = 0, tells nothing and is not counted)."""
    hidden = np.asarray(hidden, dtype=bool)
    low, high = partition_ranges(values, hidden, lower, upper)
    return hidden & _informative(len(hidden), lower, upper) & (high - low < 0.5)


def _informative(n: int, lower: np.ndarray | None, upper: np.ndarray | None) -> np.ndarray:
    """Cells whose own bounds do not fix them already."""
    low = np.zeros(n) if lower is None else np.asarray(lower, dtype=float)
    high = np.full(n, np.inf) if upper is None else np.asarray(upper, dtype=float)
    return high > low




def protect_partition(values: np.ndarray, primary: np.ndarray, *,
                      lower: np.ndarray | None = None, upper: np.ndarray | None = None,
                      order: np.ndarray | None = None, locked: np.ndarray | None = None
                      ) -> np.ndarray:
    """The cells to withhold in a partition with a published total: the ``primary`` ones, and
    complements (smallest ``order`` first, default the value) until no withheld cell is
    :func:`pinned`. ``locked``: cells never published nor chosen as complements (firms without
    a group). When even withholding everything leaves a cell pinned, the published total says
    it (e.g. an overall share of 0 %), and only the primary cells are withheld."""
    values = np.asarray(values, dtype=float)
    primary = np.asarray(primary, dtype=bool)
    locked = np.zeros(len(values), dtype=bool) if locked is None else np.asarray(locked, bool)
    hidden = primary | locked
    if not primary.any():
        return primary.copy()
    order = values if order is None else np.asarray(order, dtype=float)
    informative = _informative(len(values), lower, upper)
    if pinned(values, np.ones(len(values), dtype=bool), lower, upper)[primary].any():
        return primary.copy()
    while (bad := pinned(values, hidden, lower, upper)).any():
        candidates = [i for i in np.argsort(order, kind="stable")
                      if not hidden[i] and informative[i]]
        if not candidates:
            break
        pick = candidates[0]
        for i in candidates:  # the smallest that helps (a zero beside zeros does not)
            trial = hidden.copy()
            trial[i] = True
            if pinned(values, trial, lower, upper).sum() < bad.sum():
                pick = i
                break
        hidden[pick] = True
    return hidden & ~locked


def table_ranges(table: np.ndarray, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Smallest and largest value of each withheld cell of a two-way table of counts whose row,
    column and grand totals are all known (linear programming over the withheld cells)."""
    from scipy.optimize import linprog

    table = np.asarray(table, dtype=float)
    hidden = np.asarray(hidden, dtype=bool)
    low, high = table.copy(), table.copy()
    cells = np.argwhere(hidden)
    if not len(cells):
        return low, high
    a_eq, b_eq = [], []
    rest = np.where(hidden, table, 0.0)
    for axis in (0, 1):
        for k in range(table.shape[axis]):
            a_eq.append([1.0 if cell[axis] == k else 0.0 for cell in cells])
            b_eq.append(rest.sum(axis=1 - axis)[k])
    for i, (r, c) in enumerate(cells):
        goal = np.zeros(len(cells))
        goal[i] = 1.0
        lo = linprog(goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        hi = linprog(-goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        low[r, c] = lo.fun if lo.status == 0 else table[r, c]
        high[r, c] = -hi.fun if hi.status == 0 else table[r, c]
    return low, high


def table_pinned(table: np.ndarray, hidden: np.ndarray, check: np.ndarray | None = None
                 ) -> np.ndarray:
    """The withheld cells (among ``check``) of a two-way table of counts that its row, column
    and grand totals give back exactly: :func:`table_ranges` gives them a range under 0.5.

    For whole counts this needs no linear programme (two per cell, 2.7 of the 9 s of some
    analyses, #14): the withheld cells are a transportation problem whose corners are whole
    numbers, so a cell can take another value exactly when one unit can move round a cycle of
    withheld cells through it (add to a cell, take from a nonzero one in the same column, add in
    that row, ...). Such a cycle through (r, c) upwards is a path from column c back to row r
    over the other withheld cells, going row → column along any cell and column → row along a
    nonzero one; downwards (the cell is not zero) a path from row r to column c. Tables with
    other numbers are given to :func:`table_ranges`."""
    table = np.asarray(table, dtype=float)
    hidden = np.asarray(hidden, dtype=bool)
    check = hidden if check is None else hidden & np.asarray(check, dtype=bool)
    if not check.any():
        return np.zeros(hidden.shape, dtype=bool)
    cells = table[hidden]
    if not (np.isfinite(cells).all() and (cells >= 0).all() and (cells == np.round(cells)).all()):
        low, high = table_ranges(table, hidden)
        return check & (high - low < 0.5)
    n_rows = table.shape[0]
    hidden_cells = [(int(r), int(c)) for r, c in np.argwhere(hidden)]
    out = np.zeros(hidden.shape, dtype=bool)
    for r, c in map(tuple, np.argwhere(check)):
        others = [(i, j) for i, j in hidden_cells if (i, j) != (r, c)]
        up = _reaches(others, table, n_rows + c, r, n_rows)
        down = table[r, c] > 0 and _reaches(others, table, r, n_rows + c, n_rows)
        out[r, c] = not (up or down)
    return out


def _reaches(cells: list[tuple[int, int]], table: np.ndarray, start: int, goal: int,
             n_rows: int) -> bool:
    """A path from node ``start`` to ``goal`` (rows 0..n_rows−1, then columns) over ``cells``:
    row i → column j along any cell (i, j), column j → row i along a nonzero one."""
    step: dict[int, list[int]] = {}
    for i, j in cells:
        step.setdefault(i, []).append(n_rows + j)
        if table[i, j] > 0:
            step.setdefault(n_rows + j, []).append(i)
    seen, todo = {start}, [start]
    while todo:
        for nxt in step.get(todo.pop(), ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def _pinned_2d(tables: list[np.ndarray], hidden: np.ndarray, checked: list[np.ndarray]
               ) -> np.ndarray:
    out = np.zeros(hidden.shape, dtype=bool)
    for table, check in zip(tables, checked, strict=True):
        out |= table_pinned(table, hidden, check)
    return out


def protect_table(tables: np.ndarray | list[np.ndarray], primary: np.ndarray,
                  allowed: np.ndarray | None = None,
                  checked: list[np.ndarray] | None = None) -> np.ndarray:
    """The cells to withhold in a two-way table (or several tables of the same cells, e.g.
    firms and workers) whose margins are published: ``primary`` and complements, the smallest
    first (of the first table) among ``allowed`` cells, until no withheld cell is fixed by the
    margins. ``checked``: per table, the cells that must not be fixed (default all; a cell
    that is 0 by construction, such as the workers of firms without an index, tells nothing).
    Everything ``allowed`` is withheld when nothing less protects."""
    tables = [np.asarray(t, dtype=float) for t in (
        tables if isinstance(tables, list) else [tables])]
    primary = np.asarray(primary, dtype=bool)
    allowed = np.ones(primary.shape, dtype=bool) if allowed is None else np.asarray(allowed,
                                                                                    bool)
    checked = ([np.ones(primary.shape, dtype=bool)] * len(tables) if checked is None
               else [np.asarray(c, dtype=bool) for c in checked])
    hidden = primary.copy()
    if not hidden.any():
        return hidden
    flat_order = np.argsort(tables[0], axis=None, kind="stable")
    while (bad := _pinned_2d(tables, hidden, checked)).any():
        candidates = [np.unravel_index(i, hidden.shape) for i in flat_order]
        candidates = [c for c in candidates if allowed[c] and not hidden[c]]
        if not candidates:
            break
        rows = set(np.argwhere(bad)[:, 0])
        cols = set(np.argwhere(bad)[:, 1])
        near = [c for c in candidates if c[0] in rows or c[1] in cols]
        hidden[(near or candidates)[0]] = True
    return hidden


def small_counts(counts: np.ndarray, rule: DisclosureRule) -> np.ndarray:
    """Counts of firms of 1 … min_firms − 1 (a zero says no firm and is shown)."""
    counts = np.asarray(counts, dtype=float)
    return (counts > 0) & rule.too_few_firms(counts)


def protect_counts(counts: np.ndarray, rule: DisclosureRule, *, listed_only_if_found: bool
                   ) -> np.ndarray:
    """Categories of a count table (total published) to withhold: small counts and complements.
    ``listed_only_if_found``: only categories with firms are listed, so a reader knows every
    listed, withheld category has at least one firm."""
    counts = np.asarray(counts, dtype=float)
    lower = np.where(counts > 0, 1.0, 0.0) if listed_only_if_found else None
    return protect_partition(counts, small_counts(counts, rule), lower=lower)


def withheld_test(n_known: np.ndarray, hidden_groups: np.ndarray, rule: DisclosureRule
                  ) -> bool:
    """A group test is withheld when its total or any of its groups (with firms) is: the
    statistic or p-value and the margins give the table back."""
    n_known = np.asarray(n_known)
    nonempty = n_known > 0
    return bool(rule.too_few_firms(n_known.sum()) or (np.asarray(hidden_groups)[nonempty]).any())


def withheld_odds_ratio(table: np.ndarray, rule: DisclosureRule) -> bool:
    """Fisher's odds ratio with the margins fixes a 2×2 table: withheld when a cell is small."""
    return bool(rule.too_few_firms(np.asarray(table)).any())


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
        out = withhold(out, DIFFERENCE_COLUMNS, hit)
    return out


def withhold_suppressed_shares(shares: pd.DataFrame) -> pd.DataFrame:
    """Shares of firms (overall or by group) as exported: too few firms → no share, CI, n_true."""
    return withhold(shares, SHARE_WITHHELD)


def withhold_suppressed_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts of firms by category (combinations, bargaining) as exported."""
    return withhold(frame, COUNT_WITHHELD)


def withhold_suppressed_tests(tests: pd.DataFrame) -> pd.DataFrame:
    """Firm-level tests as exported: a test over too few firms, or with a withheld group, gives
    no statistic or p-value; a Fisher test with a small cell no odds ratio."""
    out = withhold(tests, TEST_WITHHELD)
    if STATISTIC_WITHHELD in out.columns and not out.empty:
        out = withhold(out, ("statistic",), out[STATISTIC_WITHHELD].astype(bool).to_numpy())
    return out


def withhold_suppressed_matrix(matrix: pd.DataFrame) -> pd.DataFrame:
    """Matrix cells as exported (the cut-off is withheld already when it came from the data):
    a withheld breakdown loses everything, a withheld cell its counts."""
    out = withhold(matrix, MATRIX_WITHHELD)
    if CELL_SUPPRESSED in out.columns and not out.empty:
        out = withhold(out, MATRIX_CELL_WITHHELD, out[CELL_SUPPRESSED].astype(bool).to_numpy())
    return out


def withhold_firm_means(firms: pd.DataFrame, rule: HasThresholds) -> pd.DataFrame:
    """Per-firm records as published: a firm's mean of an index (``ms_index_mean``,
    ``er_index_mean``) over fewer than ``min_workers`` workers is withheld (NaN), since the mean
    of one worker is that worker's answer; the number of workers stays, to say why."""
    rule = DisclosureRule.of(rule)
    out = firms.copy()
    for index in FIRM_MEANS:
        mean, n = f"{index}_mean", f"{index}_n"
        if mean in out.columns and n in out.columns:
            few = pd.to_numeric(out[n], errors="coerce").fillna(0).to_numpy() < rule.min_workers
            out[mean] = pd.to_numeric(out[mean], errors="coerce").astype(float).mask(few)
    return out


def round_count(value: object, base: int = ROUNDING_BASE) -> int | None:
    """A count rounded to the nearest multiple of ``base`` (halves up); None stays None."""
    if value is None or value is pd.NA or isinstance(value, bool):
        return value  # type: ignore[return-value]
    number = float(value)  # type: ignore[arg-type]
    if not np.isfinite(number):
        return None
    return int(base * np.floor(number / base + 0.5))


def round_counts(frame: pd.DataFrame, columns: Iterable[str] | None = None,
                 base: int = ROUNDING_BASE) -> pd.DataFrame:
    """A copy with the count ``columns`` (default :data:`ROUNDED_COUNTS` present) rounded to
    multiples of ``base``: workshop mode, so that two runs cannot be differenced. Withheld
    counts stay None; other columns are untouched."""
    out = frame.copy()
    cols = [c for c in (ROUNDED_COUNTS if columns is None else columns) if c in out.columns]
    for col in cols:
        out[col] = pd.Series([round_count(v, base) for v in out[col].astype(object)],
                             index=out.index, dtype=object)
    return out


def round_record_counts(data: object, base: int = ROUNDING_BASE) -> object:
    """A JSON tree (``AnalysisResult.to_json()``) with every count key of
    :data:`ROUNDED_COUNTS` rounded, at any depth (workshop mode)."""
    if isinstance(data, dict):
        return {k: (round_count(v, base) if k in ROUNDED_COUNTS and isinstance(v, int | float)
                    and not isinstance(v, bool) else round_record_counts(v, base))
                for k, v in data.items()}
    if isinstance(data, list):
        return [round_record_counts(v, base) for v in data]
    return data


# ------------------------------------------------------------------------ individual firms

def workshop_mode(settings: Mapping | None) -> bool:
    """Whether a project's settings (JSON) ask for workshop mode."""
    return bool((settings or {}).get(WORKSHOP_KEY, False))


def without_firm_records(result: AnalysisResult) -> AnalysisResult:
    """The result as published in workshop mode: no per-firm record (the JSON's ``firms``, the
    workbook's Firms sheet); every aggregate unchanged."""
    import dataclasses

    firms = result.firms.iloc[0:0].copy()
    firms.attrs[WORKSHOP_KEY] = True
    warnings = list(result.warnings)
    problems = getattr(result, "id_problems", None)
    if problems:  # the duplicated firm IDs are counted, not named
        named = problems.warning()
        warnings = [problems.warning(named=False) if w == named else w for w in warnings]
    return dataclasses.replace(result, firms=firms, warnings=warnings)


def is_workshop(result: AnalysisResult) -> bool:
    """Whether ``result`` is published in workshop mode (made by :func:`without_firm_records`)."""
    return bool(result.firms.attrs.get(WORKSHOP_KEY, False))


__all__ = [
    "CELL_SUPPRESSED", "COMPARISON_WITHHELD", "COUNT_WITHHELD", "DIFFERENCE_COLUMNS",
    "MATRIX_CELL_WITHHELD", "MATRIX_WITHHELD", "ROUNDED_COUNTS", "ROUNDING_BASE",
    "SHARE_WITHHELD", "STATISTIC_WITHHELD", "TEST_WITHHELD", "WORKSHOP_KEY", "DisclosureRule",
    "HasThresholds", "is_workshop", "partition_ranges", "pinned", "protect_counts",
    "protect_partition", "protect_table", "round_count", "round_counts", "round_record_counts",
    "shown", "shown_count", "small_counts", "table_pinned", "table_ranges", "withheld_odds_ratio",
    "withheld_test", "withhold", "withhold_firm_means", "withhold_suppressed",
    "withhold_suppressed_counts", "withhold_suppressed_matrix", "withhold_suppressed_shares",
    "withhold_suppressed_tests", "without_firm_records", "workshop_mode",
]
