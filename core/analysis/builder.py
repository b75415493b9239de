"""The chart builder's numbers: a bar (mean or share with a 95% CI), box, histogram or scatter of
any variable of the workers or the firms, by any grouping.

Bars are core.analysis.comparisons.compare's (worker variables clustered by firm; firm variables
have one firm per cluster, i.e. robust SEs). Groups below the disclosure thresholds are not drawn
(firm tables: too few firms; worker tables: too few firms or workers), and money is never pooled
across currencies.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.comparisons import Thresholds, compare, worker_group
from core.analysis.disclosure import DisclosureRule, shown
from core.analysis.distribution import BoxStats, box_stats, histogram
from core.analysis.variables import (
    MONEY_VARIABLES,
    categorical_columns,
    currencies_of,
    currency_of,
    group_values,
    is_yes_no,
    numeric_columns,
    pick,
)
from core.analysis.view_choices import BUILDER_KINDS, BUILDER_LEVELS, BuilderChoice

NOT_CHARTED = ("firm_id", "worker_id", "explanation", "min_wage_currency")


# ------------------------------------------------------------------------------- choices

def level_table(firms: pd.DataFrame, workers: pd.DataFrame, level: str) -> pd.DataFrame:
    return workers if level == "workers" else firms


def variable_options(frame: pd.DataFrame) -> list[str]:
    """Yes/no and number columns of the table."""
    numeric = set(numeric_columns(frame))
    return [c for c in frame.columns if not c.startswith("_") and c not in NOT_CHARTED
            and (is_yes_no(frame[c]) or c in numeric)]


def group_options(firms: pd.DataFrame, workers: pd.DataFrame, level: str) -> list[str]:
    """"none", then (for workers) the firm categories carried to each worker, then the table's
    own categories."""
    frame = level_table(firms, workers, level)
    groups = ["none", *categorical_columns(frame)]
    if level == "workers" and "firm_id" in frame.columns:
        groups[1:1] = [c for c in categorical_columns(firms, skip=("downgraded",))
                       if c not in frame.columns]
    return groups


def resolve_choice(choice: BuilderChoice, firms: pd.DataFrame, workers: pd.DataFrame
                   ) -> BuilderChoice:
    """The choice as the builder shows it: each part kept when offered, else its default
    (monthly wage, or wage ÷ minimum wage when pay is in several currencies; by the highest
    upgrading type; hours per week against it in a scatter)."""
    level = choice.level if choice.level in BUILDER_LEVELS else "workers"
    kind = choice.kind if choice.kind in BUILDER_KINDS else "bar"
    frame = level_table(firms, workers, level)
    variables = variable_options(frame)
    money_ok = len(currencies_of(frame)) <= 1
    return BuilderChoice(
        level, kind,
        pick(choice.variable, variables, "monthly_wage" if money_ok else "wage_to_minimum"),
        pick(choice.group, group_options(firms, workers, level), "highest_type"),
        pick(choice.y_variable, [v for v in variables if not is_yes_no(frame[v])],
             "hours_per_week"))


# ------------------------------------------------------------------------------- results

@dataclass(frozen=True)
class BuilderGroup:
    """One group of the chart; numbers None when withheld (or not part of this kind)."""

    group: str
    n: int
    """Rows (workers or firms) of the group with a value."""
    n_firms: int
    suppressed: bool
    mean: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    box: BoxStats | None = None
    counts: tuple[int, ...] = ()
    """Histogram counts in the chart's bins."""

    def to_json(self) -> dict:
        return {"group": self.group, "n": self.n, "n_firms": self.n_firms,
                "suppressed": self.suppressed, "mean": self.mean, "ci_low": self.ci_low,
                "ci_high": self.ci_high,
                "box": None if self.box is None else self.box.to_json(),
                "counts": list(self.counts)}


@dataclass(frozen=True)
class BuilderChart:
    """What the chart builder draws for a (resolved) choice."""

    choice: BuilderChoice
    variables: tuple[str, ...]
    groups_offered: tuple[str, ...]
    y_variables: tuple[str, ...]
    empty: bool
    """No table or nothing to choose: nothing to chart."""
    refused_currencies: tuple[str, ...]
    is_share: bool
    """The variable is yes/no: the bars are shares."""
    currency: str | None
    groups: tuple[BuilderGroup, ...]
    edges: tuple[float, ...] = ()

    def to_json(self) -> dict:
        return {**self.choice.to_json(), "empty": self.empty,
                "refused_currencies": list(self.refused_currencies), "is_share": self.is_share,
                "currency": self.currency, "edges": list(self.edges),
                "groups": [g.to_json() for g in self.groups]}


@dataclass(frozen=True, eq=False)
class BuilderData:
    """The rows behind a chart, for drawing points and boxes and for mapping clicks to rows."""

    frame: pd.DataFrame
    values: np.ndarray
    """The variable as numbers (yes/no → 1/0)."""
    y_values: np.ndarray | None
    """The scatter's second variable."""
    codes: np.ndarray
    """Each row's group as text (None where unknown)."""
    names: list[str]
    """Groups with rows, in category order."""


def _values(frame: pd.DataFrame, name: str) -> np.ndarray:
    s = frame[name]
    if is_yes_no(s):
        return s.astype("boolean").astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    return s.to_numpy(dtype=float, na_value=np.nan)


def _groups(firms: pd.DataFrame, frame: pd.DataFrame, name: str) -> pd.Series:
    if name == "none":
        return pd.Series(pd.Categorical(["all"] * len(frame)), index=frame.index)
    if name not in frame.columns and name in firms.columns:  # a firm column on workers
        return group_values(worker_group(name, firms, frame))
    return group_values(frame[name])


def builder_data(firms: pd.DataFrame, workers: pd.DataFrame, choice: BuilderChoice
                 ) -> BuilderData | None:
    """The rows of a resolved choice (None when there is nothing to chart)."""
    frame = level_table(firms, workers, choice.level)
    if frame.empty or choice.variable is None or choice.group is None:
        return None
    groups = _groups(firms, frame, choice.group)
    names = [str(c) for c in groups.cat.categories if (groups == c).any()]
    y_values = (_values(frame, choice.y_variable)
                if choice.kind == "scatter" and choice.y_variable is not None else None)
    return BuilderData(frame, _values(frame, choice.variable), y_values,
                       groups.astype(object).to_numpy(), names)


def _disclosure(thresholds: Thresholds, level: str) -> DisclosureRule:
    """Firm tables have no worker threshold: each row is a firm."""
    rule = thresholds.disclosure
    return DisclosureRule(rule.min_firms, 0) if level == "firms" else rule


def group_hidden(data: BuilderData, mask: np.ndarray, level: str, rule: DisclosureRule
                 ) -> bool:
    """Whether the rows of ``mask`` are too few to draw (see the module docstring)."""
    n = int(mask.sum())
    if "firm_id" not in data.frame.columns:
        return n < rule.min_workers
    n_firms = int(data.frame.loc[mask, "firm_id"].nunique())
    return rule.hides_firms(n_firms) if level == "firms" else rule.hides_workers(n_firms, n)


def builder_chart(firms: pd.DataFrame, workers: pd.DataFrame, choice: BuilderChoice,
                  thresholds: Thresholds) -> BuilderChart:
    """The chart builder's numbers for a choice (resolved against the data first)."""
    choice = resolve_choice(choice, firms, workers)
    frame = level_table(firms, workers, choice.level)
    variables = variable_options(frame)
    y_options = [v for v in variables if not is_yes_no(frame[v])]
    offered = (tuple(variables), tuple(group_options(firms, workers, choice.level)),
               tuple(y_options))
    data = builder_data(firms, workers, choice)
    if data is None:
        return BuilderChart(choice, *offered, True, (), False, None, ())
    refused = ()
    if choice.variable in MONEY_VARIABLES and choice.level == "workers":
        found = currencies_of(frame)
        refused = tuple(found) if len(found) > 1 else ()
    share = is_yes_no(frame[choice.variable])
    currency = currency_of(frame) if choice.level == "workers" else None
    if refused:
        return BuilderChart(choice, *offered, False, refused, share, currency, ())
    rule = _disclosure(thresholds, choice.level)
    y, codes = data.values, data.codes
    finite = np.isfinite(y)
    firm_ids = frame["firm_id"] if "firm_id" in frame.columns else None
    groups: list[BuilderGroup] = []
    edges: tuple[float, ...] = ()

    def sizes(mask: np.ndarray) -> tuple[int, int]:
        n_firms = int(frame.loc[mask, "firm_id"].nunique()) if firm_ids is not None else 0
        return int(mask.sum()), n_firms

    if choice.kind == "bar":
        firm_id = firm_ids if firm_ids is not None else pd.Series(np.arange(len(frame)))
        bar_thresholds = Thresholds(thresholds.few_firms, rule.min_firms, rule.min_workers)
        table = compare(y, _groups(firms, frame, choice.group), firm_id,
                        outcome=choice.variable, group_var=choice.group,
                        thresholds=bar_thresholds)
        for r in table.itertuples():
            hidden = bool(r.suppressed)
            groups.append(BuilderGroup(str(r.group), int(r.n_workers), int(r.n_firms), hidden,
                                       shown(r.mean, hidden), shown(r.ci_low, hidden),
                                       shown(r.ci_high, hidden)))
    elif choice.kind == "box":
        for g in data.names:
            rows = codes == g
            hidden = group_hidden(data, rows, choice.level, rule)
            n, n_firms = sizes(rows & finite)
            groups.append(BuilderGroup(g, n, n_firms, hidden,
                                       box=None if hidden else box_stats(y[rows & finite])))
    elif choice.kind == "histogram":
        visible = [g for g in data.names
                   if not group_hidden(data, codes == g, choice.level, rule)]
        bins, counts = histogram([y[codes == g] for g in visible])
        edges = tuple(float(e) for e in bins)
        for g, c in zip(visible, counts, strict=True):
            n, n_firms = sizes((codes == g) & finite)
            groups.append(BuilderGroup(g, n, n_firms, False, counts=tuple(int(v) for v in c)))
    else:
        yy = data.y_values if data.y_values is not None else np.full(len(y), np.nan)
        for g in data.names:
            if group_hidden(data, codes == g, choice.level, rule):
                continue
            m = (codes == g) & finite & np.isfinite(yy)
            if m.any():
                n, n_firms = sizes(m)
                groups.append(BuilderGroup(g, n, n_firms, False))
    return BuilderChart(choice, *offered, False, (), share, currency, tuple(groups), edges)


__all__ = ["BuilderChart", "BuilderData", "BuilderGroup", "builder_chart", "builder_data",
           "group_hidden", "group_options", "level_table", "resolve_choice",
           "variable_options"]
