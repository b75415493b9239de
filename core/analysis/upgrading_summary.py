"""The upgrading view's numbers: shares of firms with each type (overall, split by a firm
category, or subset A beside subset B), downgrading, combinations of types and bargaining change,
every number already withheld where the disclosure rule says so.

Shares are core.analysis.firm_stats.type_shares' (Wilson 95% CI over firms with a known value).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.analysis.design import firm_design
from core.analysis.disclosure import DisclosureRule, shown, shown_count
from core.analysis.firm_stats import INCOMPLETE, WILSON, combination_labels, type_shares
from core.analysis.intervals import SHARE_CI_METHOD
from core.analysis.rules import RANKED_TYPES, TYPES
from core.analysis.variables import categorical_columns, pick

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

SHARE_TYPES = TYPES
"""The types drawn as share bars (the four ranked types, then end-market beside them)."""
NOT_SPLITS = (*TYPES, "downgraded", "highest_type", "bargaining_change")
"""Firm columns that are results, never a category to split the bars by."""
DEFAULT_SPLIT = "sector"


def split_options(firms: pd.DataFrame) -> list[str]:
    """"none" (all firms together) and the firm categories with a value."""
    return ["none", *[c for c in categorical_columns(firms, skip=NOT_SPLITS)
                      if not firms[c].isna().all()]]


def resolve_split(split: str, options: list[str]) -> str:
    return pick(split, options, DEFAULT_SPLIT, "none") or "none"


# ------------------------------------------------------------------------------- results

@dataclass(frozen=True)
class ShareBar:
    """The share of firms with one type in one series; None when withheld or unknown."""

    type: str
    n_known: int
    n_true: int | None
    share: float | None
    ci_low: float | None
    ci_high: float | None
    suppressed: bool


@dataclass(frozen=True)
class ShareSeries:
    """One colour of bars: all firms, one group of the split, or subset A / B."""

    subset: str
    group_var: str
    """'all', the split's column, or 'subset' (A vs B)."""
    group: str
    n_firms: int
    bars: tuple[ShareBar, ...]

    def bar(self, flag: str) -> ShareBar | None:
        return next((b for b in self.bars if b.type == flag), None)


@dataclass(frozen=True)
class ShareChart:
    """A share chart: its categories (types) and series."""

    types: tuple[str, ...]
    series: tuple[ShareSeries, ...]
    weighted: bool = False
    """Shares weighted by the firm weight (core.analysis.firm_stats.type_shares)."""
    ci_method: str = WILSON
    """How the intervals were made: "wilson" (firms unweighted), "korn_graubard" (weighted)."""

    def records(self) -> list[dict]:
        """One row per bar (series × type), as the JSON and the workbook list them."""
        return [{"series": j, "subset": s.subset, "group_var": s.group_var, "group": s.group,
                 "n_firms": s.n_firms, "type": b.type, "n_known": b.n_known,
                 "n_true": b.n_true, "share": b.share, "ci_low": b.ci_low,
                 "ci_high": b.ci_high, "ci_method": self.ci_method, "weighted": self.weighted,
                 "suppressed": b.suppressed}
                for j, s in enumerate(self.series) for b in s.bars]


@dataclass(frozen=True)
class CountBar:
    """Firms in one category (a combination of types, a bargaining change); None: withheld."""

    key: str
    n_firms: int | None
    share: float | None
    suppressed: bool


@dataclass(frozen=True)
class UpgradingSummary:
    """Everything the upgrading view's charts show (the firm list is the result's firms)."""

    split: str
    split_options: tuple[str, ...]
    comparing: bool
    shares: ShareChart
    downgrading: ShareChart | None
    """None when the survey lacks the downgrading items."""
    combinations: tuple[CountBar, ...]
    bargaining: tuple[CountBar, ...]

    def to_json(self) -> dict:
        return {"split": self.split, "comparing": self.comparing,
                "shares": self.shares.records(),
                "downgrading": None if self.downgrading is None else self.downgrading.records()}


def _bars(rows: pd.DataFrame) -> tuple[ShareBar, ...]:
    out = []
    for r in rows.itertuples():
        hidden = bool(r.suppressed)
        out.append(ShareBar(str(r.type), int(r.n_known), shown_count(r.n_true, hidden),
                            shown(r.share, hidden), shown(r.ci_low, hidden),
                            shown(r.ci_high, hidden), hidden))
    return tuple(out)


def share_chart(firms: pd.DataFrame, flags: list[str], split: str, rule: DisclosureRule, *,
                firms_b: pd.DataFrame | None = None, use_design: bool = False) -> ShareChart:
    """Shares of firms with each of ``flags``: one series for all firms (split "none"), one per
    group of ``split`` that has firms, or A and B when ``firms_b`` is given; weighted by the
    firm design when ``use_design`` and the firms have one."""
    flags = [f for f in flags if f in firms.columns]
    series = []
    weighted = use_design and firm_design(firms) is not None
    if firms_b is not None:
        for tag, frame in (("A", firms), ("B", firms_b)):
            t = type_shares(frame, [f for f in flags if f in frame.columns],
                            min_firms=rule.min_firms, use_design=use_design)
            series.append(ShareSeries(tag, "subset", tag, len(frame), _bars(t)))
    elif split == "none" or split not in firms.columns:
        t = type_shares(firms, flags, min_firms=rule.min_firms, use_design=use_design)
        series.append(ShareSeries("A", "all", "all", len(firms), _bars(t)))
    else:
        t = type_shares(firms, flags, by=split, min_firms=rule.min_firms,
                        use_design=use_design)
        for group, rows in t.groupby("group", sort=False):
            n = int(rows["n_firms"].max())
            if n == 0:
                continue  # a category with no firm in this subset
            series.append(ShareSeries("A", split, str(group), n, _bars(rows)))
    types = [f for f in flags if any(s.bar(f) is not None for s in series)]
    return ShareChart(tuple(types), tuple(series), weighted,
                      SHARE_CI_METHOD if weighted else WILSON)


def _counts(frame: pd.DataFrame, key: str) -> tuple[CountBar, ...]:
    return tuple(CountBar(str(r[key]), shown_count(r["n_firms"], bool(r["suppressed"])),
                          shown(r["share"], bool(r["suppressed"])), bool(r["suppressed"]))
                 for r in frame.to_dict("records"))


def upgrading_summary(firms: pd.DataFrame, computed_types: Iterable[str], split: str,
                      rule: DisclosureRule, *, combinations: pd.DataFrame,
                      bargaining: pd.DataFrame, firms_b: pd.DataFrame | None = None,
                      use_design: bool = False) -> UpgradingSummary:
    """The upgrading view for a split (resolved against the data first); shares weighted by
    the firm design when ``use_design`` (the settings' use_weights) and the firms have one."""
    options = split_options(firms)
    split = resolve_split(split, options)
    computed = set(computed_types)
    flags = [t for t in SHARE_TYPES if t in computed]
    shares = share_chart(firms, flags, split, rule, firms_b=firms_b, use_design=use_design)
    downgrading = (share_chart(firms, ["downgraded"], split, rule, firms_b=firms_b,
                               use_design=use_design)
                   if "downgraded" in firms.columns else None)
    return UpgradingSummary(split, tuple(options), firms_b is not None, shares, downgrading,
                            _counts(combinations, "combination"), _counts(bargaining, "value"))


def upgrading_for(result: AnalysisResult, split: str, result_b: AnalysisResult | None = None
                  ) -> UpgradingSummary:
    """The upgrading view of an analysis result (B beside A when comparing)."""
    return upgrading_summary(result.firms, result.computed_types, split,
                             DisclosureRule.of(result.settings),
                             combinations=result.combinations, bargaining=result.bargaining,
                             firms_b=None if result_b is None else result_b.firms,
                             use_design=result.settings.use_weights)


# ----------------------------------------------------------------------------- selection

def firms_in_group(firms: pd.DataFrame, flag: str, group_var: str = "all",
                   group: str = "all") -> np.ndarray:
    """Firms counted in a bar's denominator: the flag known (in the group of the split)."""
    known = firms[flag].astype("boolean").notna().to_numpy(dtype=bool)
    return known & _in_group(firms, group_var, group)


def _in_group(firms: pd.DataFrame, group_var: str, group: str) -> np.ndarray:
    if group_var in ("all", "subset"):
        return np.ones(len(firms), dtype=bool)
    col = firms[group_var]
    values = (col.astype("boolean").map({True: "yes", False: "no"})
              if col.dtype == "boolean" else col.astype(object))
    return (values.astype(str) == group).to_numpy() & col.notna().to_numpy()


def firms_in_bar(firms: pd.DataFrame, flag: str, group_var: str = "all", group: str = "all"
                 ) -> np.ndarray:
    """Firms with the flag (in the group of the split): a click on that bar selects them."""
    mask = firms[flag].astype("boolean").fillna(False).to_numpy(dtype=bool)
    return mask & _in_group(firms, group_var, group)


def firms_in_combination(firms: pd.DataFrame, computed_types: Iterable[str], combination: str
                         ) -> np.ndarray:
    """Firms with exactly this combination of types (as type_combinations spells it)."""
    computed = set(computed_types)
    labels = combination_labels(firms, [t for t in RANKED_TYPES if t in computed])
    return labels == combination


def firms_in_bargaining(firms: pd.DataFrame, value: str) -> np.ndarray:
    col = firms["bargaining_change"]
    return (col.isna() if value == "unknown" else (col.astype(object) == value)).to_numpy(
        dtype=bool)


def selected_parts(chart: ShareChart, firms: pd.DataFrame, selected: Iterable[object]
                   ) -> list[tuple[int, int, float]]:
    """(series, type position, height) of the selected firms' part of each published bar of
    subset A: the firms selected elsewhere among those counted in the bar (their weighted
    share when the chart is weighted, so the part never outgrows its bar)."""
    wanted = set(selected)
    if not wanted:
        return []
    chosen = firms["firm_id"].isin(wanted).to_numpy()
    design = firm_design(firms) if chart.weighted else None
    weight = (np.ones(len(firms)) if design is None or design.weights is None
              else np.where(np.isfinite(design.weights) & (design.weights >= 0),
                            design.weights, 0.0))
    out = []
    for j, s in enumerate(chart.series):
        if s.group_var == "subset":
            continue
        for b in s.bars:
            if b.suppressed or b.n_known == 0 or b.type not in chart.types:
                continue
            m = firms_in_bar(firms, b.type, s.group_var, s.group) & chosen
            if design is None:
                out.append((j, chart.types.index(b.type), float(m.sum() / b.n_known)))
                continue
            known = firms_in_group(firms, b.type, s.group_var, s.group)
            total = float(weight[known].sum())
            out.append((j, chart.types.index(b.type),
                        float(weight[m].sum() / total) if total > 0 else 0.0))
    return out


__all__ = [
    "INCOMPLETE",
    "SHARE_TYPES",
    "CountBar",
    "ShareBar",
    "ShareChart",
    "ShareSeries",
    "UpgradingSummary",
    "firms_in_bar",
    "firms_in_bargaining",
    "firms_in_combination",
    "firms_in_group",
    "resolve_split",
    "selected_parts",
    "share_chart",
    "split_options",
    "upgrading_for",
    "upgrading_summary",
]
