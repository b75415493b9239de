"""The economic × social matrix (Milberg & Winkler): firms by any economic upgrading and by their
workers' measurable-standards (MS) index, with one social cut-off for the chart, its note and the
table.

Economic: 'upgraded' if a firm's highest type is one of the four ranked types, 'not upgraded' if
'none', 'unknown' otherwise. Social: the firm's mean MS index over its workers (or over its workers
of one skill group or contract type: a breakdown), unweighted; 'above' the cut-off if strictly
above it, else 'at or below' (a firm at the line counts as at or below); firms without any index
are 'no MS index'. The cut-off is the median of the firm means (Milberg & Winkler's default), their
mean, or a value the user sets (two decimals, as the window's box keeps it).

Disclosure (core.analysis.disclosure): a breakdown with an MS index for fewer than ``min_firms``
firms or ``min_workers`` workers is suppressed: no quadrant count, no cut-off computed from the
data and no point is published. In a breakdown that is shown, a quadrant (upgraded or not ×
above or at or below the cut-off) of 1 … ``min_firms`` − 1 firms is withheld (its firms and
workers), with complementary cells so that the margins (firms and workers by economic class,
by social class, in all) do not give it back (core.analysis.disclosure.protect_table).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.analysis.disclosure import (
    CELL_SUPPRESSED,
    DisclosureRule,
    protect_table,
    shown,
    shown_count,
    small_counts,
)
from core.analysis.measures import firm_means
from core.analysis.rules import RANKED_TYPES
from core.analysis.view_choices import CUTOFF_DECIMALS, CUTOFF_KINDS, MatrixChoice

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

ECONOMIC = ("upgraded", "not upgraded", "unknown")
NO_INDEX = "no MS index"
CUTOFF_WORDS = {"median": "median", "mean": "mean", "value": "cut-off"}
"""How a cut-off kind is named in the social labels ('above median', 'at or below mean')."""
MATRIX_COLUMNS = ["breakdown_var", "breakdown", "economic", "social", "n_firms", "n_workers",
                  "median_ms", "cutoff_kind", "cutoff", "suppressed", CELL_SUPPRESSED]


def social_labels(kind: str = "median") -> tuple[str, str]:
    """('above median', 'at or below median') for a cut-off kind."""
    word = CUTOFF_WORDS[kind]
    return f"above {word}", f"at or below {word}"


def economic_class(highest_type: pd.Series) -> np.ndarray:
    """'upgraded' / 'not upgraded' / 'unknown' per firm."""
    return np.select([highest_type.isin(list(RANKED_TYPES)).to_numpy(),
                      (highest_type == "none").to_numpy()],
                     ["upgraded", "not upgraded"], "unknown").astype(object)


def cutoff_of(means: np.ndarray, kind: str, value: float) -> float:
    """The social cut-off over the firm means with an index."""
    means = np.asarray(means, dtype=float)
    means = means[np.isfinite(means)]
    if kind == "value":
        return round(float(value), CUTOFF_DECIMALS)
    if not means.size:
        return np.nan
    return float(np.median(means)) if kind == "median" else float(means.mean())


def breakdown_options(workers: pd.DataFrame, matrix_by: list[str]) -> list[tuple[str, str]]:
    """("all", "all") and each level, with workers, of the settings' matrix breakdowns."""
    out = [("all", "all")]
    for var in matrix_by:
        if var not in workers.columns:
            continue
        col = workers[var]
        if isinstance(col.dtype, pd.CategoricalDtype):
            counts = np.bincount(col.cat.codes.to_numpy() + 1, minlength=len(
                col.cat.categories) + 1)[1:]
            out += [(var, str(c)) for c, n in zip(col.cat.categories, counts, strict=True) if n]
        else:
            out += [(var, str(level)) for level in sorted(col.dropna().unique())]
    return out


def resolve_choice(choice: MatrixChoice, options: list[tuple[str, str]]) -> MatrixChoice:
    """The choice as the window shows it: an unavailable breakdown falls back to all workers."""
    var, level = choice.breakdown_var, choice.breakdown
    if (var, level) not in options:
        var, level = "all", "all"
    kind = choice.cutoff_kind if choice.cutoff_kind in CUTOFF_KINDS else "median"
    return MatrixChoice(var, level, kind, round(float(choice.cutoff_value), CUTOFF_DECIMALS))


# ------------------------------------------------------------------------------- results

@dataclass(frozen=True)
class MatrixCell:
    """Firms (and their workers with an index) in one economic × social cell; None: withheld."""

    economic: str
    social: str
    n_firms: int | None
    n_workers: int | None
    suppressed: bool = False
    """This cell's counts are withheld (a small cell or its complement; or the breakdown)."""


@dataclass(frozen=True)
class MatrixBreakdown:
    """The matrix over one breakdown's workers, with the chosen cut-off."""

    breakdown_var: str
    breakdown: str
    cutoff_kind: str
    cutoff: float | None
    """None when withheld (a median or mean of too few firms) or when no firm has an index."""
    median_ms: float | None
    n_firms: int
    """Firms with an MS index over these workers."""
    n_workers: int
    """Workers with an MS index."""
    suppressed: bool
    cells: tuple[MatrixCell, ...]

    def quadrant(self, economic: str, above: bool) -> MatrixCell:
        social = social_labels(self.cutoff_kind)[0 if above else 1]
        return next(c for c in self.cells if c.economic == economic and c.social == social)

    def quadrants(self) -> dict[tuple[str, str], int | None]:
        """{(economic, "above"/"below"): firms} for the four quadrants."""
        return {(e, s): self.quadrant(e, s == "above").n_firms
                for e in ECONOMIC[:2] for s in ("above", "below")}


@dataclass(frozen=True)
class MatrixPoints:
    """One point per firm with an index (empty when suppressed): its upgrading score, its firm
    mean of the MS index, its economic class and the workers behind the mean."""

    firm_id: tuple
    score: tuple[float, ...]
    ms: tuple[float, ...]
    economic: tuple[str, ...]
    n_workers: tuple[int, ...]


@dataclass(frozen=True)
class MatrixChart:
    """What the matrix chart draws: the chosen breakdown, its points and its quadrants."""

    has_index: bool
    """Whether the workers have an MS index at all."""
    breakdown: MatrixBreakdown | None
    points: MatrixPoints
    n_not_shown: int
    """Firms of the subset without a point (none of these workers there has an index)."""

    def in_quadrant(self, economic: str, above: bool) -> np.ndarray:
        """Mask over the points of one quadrant (a point at the cut-off is at or below it)."""
        cut = self.breakdown.cutoff if self.breakdown is not None else None
        ms = np.asarray(self.points.ms, dtype=float)
        if cut is None:
            return np.zeros(len(ms), dtype=bool)
        side = ms > cut if above else ms <= cut
        return (np.asarray(self.points.economic, dtype=object) == economic) & side


@dataclass(frozen=True)
class MatrixSummary:
    """The matrix view: its (resolved) choice and options, the chart and the table under it (every
    breakdown, with the same kind of cut-off)."""

    choice: MatrixChoice
    options: tuple[tuple[str, str], ...]
    chart: MatrixChart
    table: tuple[MatrixBreakdown, ...]

    def to_json(self) -> dict:
        b = self.chart.breakdown
        return {
            **self.choice.to_json(),
            "has_index": self.chart.has_index,
            "cutoff": None if b is None else b.cutoff,
            "suppressed": None if b is None else b.suppressed,
            "n_points": len(self.chart.points.firm_id),
            "n_not_shown": self.chart.n_not_shown,
            "n_firms": None if b is None else b.n_firms,
            "n_workers": None if b is None else b.n_workers,
            "quadrants": [] if b is None else [
                {"economic": e, "social": s, "n_firms": n}
                for (e, s), n in b.quadrants().items()],
        }


def level_mask(column: pd.Series, level: str) -> np.ndarray:
    """Rows whose value of a breakdown column is ``level`` (compared as text)."""
    return (column.notna() & (column.astype(object).astype(str) == level)).to_numpy()


def level_means(workers: pd.DataFrame, var: str) -> dict[str, pd.DataFrame]:
    """Per level of a breakdown column (as text), each firm's mean MS index over its workers of
    that level and their number (``ms_index_mean``, ``ms_index_n``, indexed by firm_id): one
    pass over the workers for every level (measures.firm_means per level would be as many)."""
    if var == "all":
        return {"all": firm_means(workers, workers["firm_id"], ["ms_index"]).set_index("firm_id")}
    col = workers[var]
    cat = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype("category")
    names = [str(c) for c in cat.cat.categories]
    codes = cat.cat.codes.to_numpy()
    frame = pd.DataFrame({"level": codes, "firm_id": workers["firm_id"].to_numpy(),
                          "ms_index": workers["ms_index"].to_numpy(dtype=float)})
    frame = frame[codes >= 0]
    grouped = frame.groupby(["level", "firm_id"], sort=False, observed=True)["ms_index"]
    stats = pd.DataFrame({"ms_index_mean": grouped.mean(), "ms_index_n": grouped.count()})
    out: dict[str, pd.DataFrame] = {}
    for code, part in stats.groupby(level="level", sort=False):
        out.setdefault(names[code], []).append(part.droplevel("level"))
    return {name: pd.concat(parts) if len(parts) > 1 else parts[0]
            for name, parts in out.items()}


def _firm_scores(firms: pd.DataFrame, means: pd.DataFrame | None, every_firm: bool
                 ) -> pd.DataFrame:
    """firm_id, mean, n and the firm's row, for the firms of the firm table: every firm (mean
    NaN without workers) over all workers, those with workers of the level otherwise."""
    n_rows = len(firms)
    mean = np.full(n_rows, np.nan)
    count = np.zeros(n_rows, dtype=np.int64)
    found = np.zeros(n_rows, dtype=bool)
    if means is not None and len(means):
        pos = pd.Index(means.index).get_indexer(firms["firm_id"].to_numpy())
        found = pos >= 0
        mean[found] = means["ms_index_mean"].to_numpy(dtype=float)[pos[found]]
        count[found] = means["ms_index_n"].to_numpy(dtype=np.int64)[pos[found]]
    rows = np.arange(n_rows) if every_firm else np.flatnonzero(found)
    return pd.DataFrame({"firm_id": firms["firm_id"].to_numpy()[rows], "mean": mean[rows],
                         "n": count[rows], "row": rows})


def matrix_breakdown(firms: pd.DataFrame, workers: pd.DataFrame, *, var: str = "all",
                     level: str = "all", cutoff_kind: str = "median", cutoff_value: float = 0.6,
                     rule: DisclosureRule | None = None,
                     means: dict[str, pd.DataFrame] | None = None
                     ) -> tuple[MatrixBreakdown, pd.DataFrame]:
    """One breakdown's cells (and the firm scores behind them, for the chart's points);
    ``means``: :func:`level_means` of ``var`` when already computed."""
    rule = rule or DisclosureRule()
    means = level_means(workers, var) if means is None else means
    scores = _firm_scores(firms, means.get(level), var == "all")
    econ = economic_class(firms["highest_type"].astype(object))[scores["row"].to_numpy()]
    mean = scores["mean"].to_numpy(dtype=float)
    has = np.isfinite(mean)
    n_firms, n_workers = int(has.sum()), int(scores["n"].to_numpy()[has].sum())
    suppressed = rule.hides_workers(n_firms, n_workers)
    cut = cutoff_of(mean, cutoff_kind, cutoff_value)
    median = cutoff_of(mean, "median", cutoff_value)
    above_word, below_word = social_labels(cutoff_kind)
    with np.errstate(invalid="ignore"):
        social = np.where(~has, NO_INDEX, np.where(mean > cut, above_word, below_word))
    counts = scores["n"].to_numpy()
    socials = (above_word, below_word, NO_INDEX)
    firms_t = np.zeros((len(ECONOMIC), 3))
    workers_t = np.zeros((len(ECONOMIC), 3))
    for i, ev in enumerate(ECONOMIC):
        for j, sv in enumerate(socials):
            m = (econ == ev) & (social == sv)
            firms_t[i, j], workers_t[i, j] = m.sum(), counts[m].sum()
    listed = firms_t > 0
    listed[:2, :2] = True
    known_block = np.zeros(firms_t.shape, dtype=bool)
    known_block[:2, :2] = True  # the unknown row and the no-index column count missing data:
    # shown whatever their size, as the unknown rows of the other count tables
    # a complement may be an empty cell (e.g. the only other firms without an index): it is
    # then listed, withheld like the others; not in an empty row or column (0 by its margin)
    hidden = np.zeros(firms_t.shape, dtype=bool) if suppressed else protect_table(
        [firms_t, workers_t], small_counts(firms_t, rule) & known_block,
        allowed=(firms_t.sum(axis=1) > 0)[:, None] & (firms_t.sum(axis=0) > 0)[None, :],
        checked=[np.ones(firms_t.shape, dtype=bool),
                 np.repeat([[True, True, False]], len(ECONOMIC), axis=0)])
    listed |= hidden
    hidden |= suppressed
    cells = []
    for i, ev in enumerate(ECONOMIC):
        for j, sv in enumerate(socials):
            if listed[i, j]:
                cells.append(MatrixCell(ev, sv, shown_count(int(firms_t[i, j]), hidden[i, j]),
                                        shown_count(int(workers_t[i, j]), hidden[i, j]),
                                        bool(hidden[i, j])))
    result = MatrixBreakdown(
        breakdown_var=var, breakdown=level, cutoff_kind=cutoff_kind,
        cutoff=shown(cut, suppressed and cutoff_kind != "value"),
        median_ms=shown(median, suppressed), n_firms=n_firms, n_workers=n_workers,
        suppressed=suppressed, cells=tuple(cells))
    return result, scores.assign(economic=econ)


def matrix_summary(firms: pd.DataFrame, workers: pd.DataFrame, *, choice: MatrixChoice,
                   matrix_by: list[str], rule: DisclosureRule) -> MatrixSummary:
    """The matrix view's numbers for a choice (resolved against the data first)."""
    if "ms_index" not in workers.columns or "firm_id" not in workers.columns:
        options = [("all", "all")]
        choice = resolve_choice(choice, options)
        empty = MatrixPoints((), (), (), (), ())
        return MatrixSummary(choice, tuple(options), MatrixChart(False, None, empty,
                                                                 len(firms)), ())
    options = breakdown_options(workers, matrix_by)
    choice = resolve_choice(choice, options)
    kind, value = choice.cutoff_kind, choice.cutoff_value
    table = []
    chosen = None
    listed = [("all", "all")] + [(v, lvl) for v, lvl in options if v != "all"]
    means = {var: level_means(workers, var) for var in dict.fromkeys(v for v, _ in listed)}
    for var, level in listed:
        breakdown, scores = matrix_breakdown(firms, workers, var=var, level=level,
                                             cutoff_kind=kind, cutoff_value=value, rule=rule,
                                             means=means[var])
        table.append(breakdown)
        if (var, level) == (choice.breakdown_var, choice.breakdown):
            chosen = (breakdown, scores)
    breakdown, scores = chosen
    has = np.isfinite(scores["mean"].to_numpy(dtype=float))
    shown_rows = scores[has] if not breakdown.suppressed else scores.iloc[0:0]
    score = firms["upgrading_score"].to_numpy(dtype=float) if "upgrading_score" in \
        firms.columns else np.full(len(firms), np.nan)
    points = MatrixPoints(
        firm_id=tuple(shown_rows["firm_id"].tolist()),
        score=tuple(float(v) for v in score[shown_rows["row"].to_numpy()]),
        ms=tuple(float(v) for v in shown_rows["mean"]),
        economic=tuple(str(v) for v in shown_rows["economic"]),
        n_workers=tuple(int(v) for v in shown_rows["n"]))
    chart = MatrixChart(True, breakdown, points, len(firms) - int(has.sum()))
    return MatrixSummary(choice, tuple(options), chart, tuple(table))


def matrix_frame(table: tuple[MatrixBreakdown, ...] | list[MatrixBreakdown]) -> pd.DataFrame:
    """The table as rows (one per cell), as the JSON ``matrix`` and the workbook's Matrix sheet
    list it; withheld numbers are None."""
    rows = [{"breakdown_var": b.breakdown_var, "breakdown": b.breakdown, "economic": c.economic,
             "social": c.social, "n_firms": c.n_firms, "n_workers": c.n_workers,
             "median_ms": b.median_ms, "cutoff_kind": b.cutoff_kind, "cutoff": b.cutoff,
             "suppressed": b.suppressed, CELL_SUPPRESSED: c.suppressed}
            for b in table for c in b.cells]
    frame = pd.DataFrame(rows, columns=MATRIX_COLUMNS)
    for col in ("n_firms", "n_workers"):  # whole numbers, None where withheld
        frame[col] = pd.Series([r[col] for r in rows], dtype=object, index=frame.index)
    return frame


def economic_social_matrix(firms: pd.DataFrame, workers: pd.DataFrame, *,
                           by: str | None = None, cutoff_kind: str = "median",
                           cutoff_value: float = 0.6, rule: DisclosureRule | None = None
                           ) -> pd.DataFrame:
    """Every cell of the matrix over all workers (``by`` None) or per level of ``by``, as rows;
    the first four rows of each breakdown are the quadrants."""
    if by is None:
        keys = [("all", "all")]
    else:
        col = workers[by]
        levels = (list(col.cat.categories) if isinstance(col.dtype, pd.CategoricalDtype)
                  else sorted(col.dropna().unique()))
        keys = [(by, str(level)) for level in levels]
    means = level_means(workers, by or "all")
    table = [matrix_breakdown(firms, workers, var=var, level=level, cutoff_kind=cutoff_kind,
                              cutoff_value=cutoff_value, rule=rule, means=means)[0]
             for var, level in keys]
    return matrix_frame(table)


def matrix_for(result: AnalysisResult, choice: MatrixChoice) -> MatrixSummary:
    """The matrix view of an analysis result for a choice (what the window draws)."""
    return matrix_summary(result.firms, result.workers, choice=choice,
                          matrix_by=list(result.settings.matrix_by),
                          rule=DisclosureRule.of(result.settings))


__all__ = ["MATRIX_COLUMNS", "MatrixBreakdown", "MatrixCell", "MatrixChart", "MatrixPoints",
           "MatrixSummary", "breakdown_options", "cutoff_of", "economic_class",
           "economic_social_matrix", "level_mask", "level_means", "matrix_breakdown",
           "matrix_for", "matrix_frame", "matrix_summary", "resolve_choice", "social_labels"]
