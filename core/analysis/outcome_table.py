"""The worker-outcomes view's numbers: one outcome compared across the groups of one grouping,
for each level of a breakdown (skill group, contract, gender), for subset A and — when comparing —
subset B; and the box plot of pay beside it.

The statistics are core.analysis.comparisons.run_comparisons' (firm-clustered CR1); this module
decides what is compared (the view's choice resolved against the data), refuses to pool money
across currencies, and withholds what the disclosure rule withholds, so the window, ``analyze``,
the workbook and the exported script show the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.analysis.comparisons import (
    COMPARISON_COLUMNS,
    DEFAULT_OUTCOMES,
    MONEY_OUTCOMES,
    Thresholds,
    deferred_adjusted,
    deferred_tests,
    run_comparisons,
    worker_group,
)
from core.analysis.disclosure import DisclosureRule, shown, withhold_suppressed
from core.analysis.distribution import BoxStats, box_stats
from core.analysis.upgraded import UPGRADED_GROUPING
from core.analysis.variables import (
    categorical_columns,
    currencies_of,
    currency_of,
    pick,
    pooled_currencies,
)
from core.analysis.view_choices import OutcomeChoice
from core.common.messages import say

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult, AnalysisSettings

BREAKDOWNS = ("none", "skill_group", "contract", "gender")
"""Worker categories an outcome can be drawn side by side for ("none": one bar per group)."""
WORKER_GROUPINGS = ("skill_group", "contract", "gender", "education", "piece_rate")
"""Worker categories offered as a grouping (besides the firm categories)."""
DEFAULT_OUTCOME = "wage_to_minimum"
DEFAULT_GROUPING = UPGRADED_GROUPING
"""The research question's comparison first: firms that upgraded (any type) against those that
did not (issue 13); the four types are one choice away ("highest_type")."""
BOX_POOLED = "pooled"
"""Why the box plot shows wage ÷ minimum wage: pay is in several currencies."""
BOX_NO_PAY = "no pay"
TABLE_COLUMNS = ["subset", "breakdown", *COMPARISON_COLUMNS]


# ------------------------------------------------------------------------------- choices

def outcome_options(workers: pd.DataFrame) -> list[str]:
    """The default outcomes the workers have values of, in display order."""
    return [o for o in DEFAULT_OUTCOMES if o in workers.columns and workers[o].notna().any()]


def grouping_options(firms: pd.DataFrame, workers: pd.DataFrame) -> list[str]:
    """Upgraded (any type) vs did not first, the highest upgrading type next, then firm
    categories, then worker categories; with no firm table (a worker file alone) only worker
    categories: nothing else can group them."""
    if firms.empty:  # comparisons cluster by firm: without a link there is nothing to offer
        if "firm_id" not in workers.columns:
            return []
        return [c for c in categorical_columns(workers) if c in WORKER_GROUPINGS]
    upgraded = [UPGRADED_GROUPING] if "highest_type" in firms.columns else []
    groups = [*upgraded, "highest_type",
              *[c for c in categorical_columns(firms, skip=("highest_type", "downgraded"))
                if firms[c].notna().any()],
              *[c for c in categorical_columns(workers) if c in WORKER_GROUPINGS]]
    return list(dict.fromkeys(groups))


def breakdown_options(workers: pd.DataFrame) -> list[str]:
    return [b for b in BREAKDOWNS if b == "none" or b in workers.columns]


def resolve_choice(choice: OutcomeChoice, firms: pd.DataFrame, workers: pd.DataFrame
                   ) -> OutcomeChoice:
    """The choice as the view shows it: each part kept when offered, else its default."""
    return OutcomeChoice(
        pick(choice.outcome, outcome_options(workers), DEFAULT_OUTCOME) or "",
        pick(choice.grouping, grouping_options(firms, workers), DEFAULT_GROUPING)
        or DEFAULT_GROUPING,
        pick(choice.breakdown, breakdown_options(workers), "none") or "none")


# ------------------------------------------------------------------------------- results

@dataclass(frozen=True)
class OutcomeRow:
    """One group of one breakdown level of one subset; numbers None when withheld."""

    subset: str
    breakdown: str
    group: str
    reference: str | None
    scale: str
    n_workers: int
    n_firms: int
    mean: float | None
    se: float | None
    ci_low: float | None
    ci_high: float | None
    diff: float | None
    diff_se: float | None
    diff_ci_low: float | None
    diff_ci_high: float | None
    p_value: float | None
    few_firms: bool
    suppressed: bool
    p_method: str | None = None
    """How p_value and the difference's interval were made: "cluster_t" (firm-clustered t),
    "permutation" (re-assigning firms, few firms in a grouping of firms) or "wild_bootstrap"
    (wild cluster restricted bootstrap, few firms in a grouping within firms); None for the
    reference."""
    p_adjusted: float | None = None
    """Holm-adjusted p-value within this outcome × grouping table (None for the reference)."""
    ci_method: str | None = None
    """How the group's interval was made ("cluster_t", or "korn_graubard" for shares)."""
    adj_diff: float | None = None
    """The difference from the reference holding the controls constant (``adjusted_for``)."""
    adj_diff_ci_low: float | None = None
    adj_diff_ci_high: float | None = None
    adj_p_value: float | None = None
    adj_p_method: str | None = None
    p_note: str | None = None
    """Why a p-value is missing or weak (core.analysis.comparisons.NO_VARIATION, LOW_POWER)."""

    @property
    def is_reference(self) -> bool:
        return self.group == self.reference

    def to_json(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class BoxGroup:
    """One box of the spread chart; ``stats`` None when withheld or without a value."""

    group: str
    n_workers: int
    n_firms: int
    suppressed: bool
    stats: BoxStats | None

    def to_json(self) -> dict:
        return {"group": self.group, "n_workers": self.n_workers, "n_firms": self.n_firms,
                "suppressed": self.suppressed,
                **(self.stats.to_json() if self.stats is not None else
                   dict.fromkeys(("q1", "median", "q3", "low", "high", "n", "n_outliers")))}


@dataclass(frozen=True)
class OutcomeTable:
    """Everything the outcomes view shows for one choice."""

    choice: OutcomeChoice
    outcomes: tuple[str, ...]
    groupings: tuple[str, ...]
    breakdowns: tuple[str, ...]
    comparing: bool
    refused_currencies: tuple[str, ...]
    """Non-empty: the outcome is money over these currencies, so nothing was compared."""
    rows: tuple[OutcomeRow, ...]
    warnings: tuple[str, ...]
    is_share: bool
    reference: str | None
    currency: str | None
    """The one currency of subset A's pay (None: several or none), for the axis label."""
    box_variable: str | None
    box_reason: str
    """'' (the box shows the outcome or monthly wage), BOX_POOLED or BOX_NO_PAY."""
    box_currencies: tuple[str, ...]
    box: tuple[BoxGroup, ...]
    adjusted_for: tuple[str, ...] = ()
    """The controls held equal in the rows' adjusted gaps (role names)."""
    deferred_tests: int = 0
    """Few-firm differences that kept the t-test (``thresholds.defer_small_cluster``)."""

    @property
    def groups(self) -> list[str]:
        """The groups in the order they are drawn."""
        return list(dict.fromkeys(r.group for r in self.rows))

    def series(self) -> list[tuple[str, str]]:
        """(subset, breakdown level) of each bar series, in drawing order."""
        return list(dict.fromkeys((r.subset, r.breakdown) for r in self.rows))

    def frame(self) -> pd.DataFrame:
        """The rows as a table (withheld numbers NaN), with the outcome and grouping."""
        rows = [{**r.to_json(), "outcome": self.choice.outcome,
                 "group_var": self.choice.grouping} for r in self.rows]
        return pd.DataFrame(rows, columns=TABLE_COLUMNS).astype(
            {c: float for c in ("mean", "se", "ci_low", "ci_high", "diff", "diff_se",
                                "diff_ci_low", "diff_ci_high", "p_value")})

    def to_json(self) -> dict:
        return {**self.choice.to_json(), "comparing": self.comparing,
                "refused_currencies": list(self.refused_currencies),
                "is_share": self.is_share, "reference": self.reference,
                "currency": self.currency, "rows": [r.to_json() for r in self.rows],
                "adjusted_for": list(self.adjusted_for),
                "warnings": list(self.warnings),
                "box": {"variable": self.box_variable, "reason": self.box_reason,
                        "currencies": list(self.box_currencies),
                        "groups": [b.to_json() for b in self.box]}}


def _rows(firms: pd.DataFrame, workers: pd.DataFrame, choice: OutcomeChoice,
          settings: AnalysisSettings, subset_tag: str, thresholds: Thresholds | None = None
          ) -> tuple[pd.DataFrame, list[str]]:
    """Comparison rows per breakdown level (core.analysis.comparisons does the statistics; this
    only splits the workers), with columns ``breakdown`` and ``subset``."""
    frames, warnings, controls = [], [], []
    breakdown = choice.breakdown
    if breakdown == "none" or breakdown not in workers.columns:
        parts = [("all", workers)]
    else:
        col = workers[breakdown]
        levels = (list(col.cat.categories) if isinstance(col.dtype, pd.CategoricalDtype)
                  else sorted(col.dropna().unique()))
        parts = [(str(level), workers[(col == level).fillna(False).to_numpy(dtype=bool)])
                 for level in levels]
    thresholds = thresholds or settings.thresholds
    for level, part in parts:
        if part.empty:
            continue
        table, warn = run_comparisons(firms, part, outcomes=[choice.outcome],
                                      group_vars=[choice.grouping],
                                      references=settings.references,
                                      use_weights=settings.use_weights, thresholds=thresholds,
                                      controls=settings.controls)
        controls += [c for c in table.attrs.get("adjusted_for", []) if c not in controls]
        frames.append(table.assign(breakdown=level, subset=subset_tag))
        warnings += [w if level == "all" else say("{level}: {warning}", level=level, warning=w)
                     for w in warn]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TABLE_COLUMNS)
    out.attrs["adjusted_for"] = controls
    return out, list(dict.fromkeys(warnings))


def _row(record: dict) -> OutcomeRow:
    def num(name: str) -> float | None:
        return shown(record.get(name), False)

    def text(name: str) -> str | None:
        value = record.get(name)
        return None if value is None or pd.isna(value) or value == "" else str(value)

    ref = record["reference"]
    return OutcomeRow(
        subset=str(record["subset"]), breakdown=str(record["breakdown"]),
        group=str(record["group"]), reference=None if pd.isna(ref) else str(ref),
        scale=str(record["scale"]), n_workers=int(record["n_workers"]),
        n_firms=int(record["n_firms"]), mean=num("mean"), se=num("se"),
        ci_low=num("ci_low"), ci_high=num("ci_high"), diff=num("diff"),
        diff_se=num("diff_se"), diff_ci_low=num("diff_ci_low"),
        diff_ci_high=num("diff_ci_high"), p_value=num("p_value"),
        few_firms=bool(record["few_firms"]), suppressed=bool(record["suppressed"]),
        p_method=text("p_method"), p_adjusted=num("p_adjusted"), ci_method=text("ci_method"),
        adj_diff=num("adj_diff"), adj_diff_ci_low=num("adj_diff_ci_low"),
        adj_diff_ci_high=num("adj_diff_ci_high"), adj_p_value=num("adj_p_value"),
        adj_p_method=text("adj_p_method"), p_note=text("p_note"))


def box_variable(workers: pd.DataFrame, outcome: str, is_share: bool) -> tuple[str | None, str]:
    """What the box plot shows, and why when it is not the chosen outcome: never money pooled
    over currencies, never a share or the log of pay."""
    many = len(currencies_of(workers)) > 1
    continuous = outcome in workers.columns and not is_share and outcome != "log_monthly_wage"
    if continuous and not (outcome in MONEY_OUTCOMES and many):
        return outcome, ""
    if "monthly_wage" in workers.columns and not many:
        return "monthly_wage", ""
    if "wage_to_minimum" in workers.columns:
        return "wage_to_minimum", BOX_POOLED
    return None, BOX_NO_PAY


def box_masks(firms: pd.DataFrame, workers: pd.DataFrame, grouping: str, variable: str,
              groups: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """The box variable's values and, per group, the workers with a value (the boxes' data)."""
    group = worker_group(grouping, firms, workers).astype(object).to_numpy()
    values = workers[variable].to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(values)
    return values, [(group == g) & finite for g in groups]


def box_values(table: OutcomeTable, firms: pd.DataFrame, workers: pd.DataFrame
               ) -> list[np.ndarray]:
    """The values each box is drawn from (empty for a withheld box), in ``table.box`` order."""
    if table.box_variable is None or not table.box:
        return []
    values, masks = box_masks(firms, workers, table.choice.grouping, table.box_variable,
                              [b.group for b in table.box])
    return [values[m] if not b.suppressed else values[:0]
            for b, m in zip(table.box, masks, strict=True)]


def _box(firms: pd.DataFrame, workers: pd.DataFrame, grouping: str, variable: str,
         groups: list[str], rule: DisclosureRule) -> tuple[BoxGroup, ...]:
    values, masks = box_masks(firms, workers, grouping, variable, groups)
    out = []
    for g, m in zip(groups, masks, strict=True):
        n_workers = int(m.sum())
        n_firms = int(workers.loc[m, "firm_id"].nunique())
        hidden = rule.hides_workers(n_firms, n_workers)
        out.append(BoxGroup(g, n_workers, n_firms, hidden,
                            None if hidden else box_stats(values[m])))
    return tuple(out)


def outcome_table(firms: pd.DataFrame, workers: pd.DataFrame, choice: OutcomeChoice,
                  settings: AnalysisSettings, *, firms_b: pd.DataFrame | None = None,
                  workers_b: pd.DataFrame | None = None,
                  thresholds: Thresholds | None = None) -> OutcomeTable:
    """The outcomes view for a choice (resolved against subset A's data first); ``thresholds``
    replace the settings' (the window's quick first pass defers the few-firm tests)."""
    options = (tuple(outcome_options(workers)), tuple(grouping_options(firms, workers)),
               tuple(breakdown_options(workers)))
    choice = resolve_choice(choice, firms, workers)
    comparing = firms_b is not None
    refused = tuple(pooled_currencies(choice.outcome, workers, workers_b if comparing else None))
    frame, warnings = pd.DataFrame(columns=TABLE_COLUMNS), []
    adjusted_for: tuple[str, ...] = ()
    if choice.outcome and not refused:
        frame, warnings = _rows(firms, workers, choice, settings, "A", thresholds)
        adjusted_for = tuple(frame.attrs.get("adjusted_for", ()))
        if comparing and workers_b is not None:
            frame_b, warnings_b = _rows(firms_b, workers_b, choice, settings, "B", thresholds)
            frame = pd.concat([frame, frame_b], ignore_index=True)
            warnings += [say("B: {warning}", warning=w) for w in warnings_b]
    deferred = (deferred_tests(frame, thresholds) + deferred_adjusted(frame)
                if thresholds is not None else 0)
    rows = tuple(_row(r) for r in withhold_suppressed(frame).astype(object).to_dict("records"))
    is_share = bool(rows) and all(r.scale == "share" for r in rows)
    reference = rows[0].reference if rows else None
    variable, reason = box_variable(workers, choice.outcome, is_share)
    box: tuple[BoxGroup, ...] = ()
    if rows and variable is not None:
        box = _box(firms, workers, choice.grouping, variable,
                   list(dict.fromkeys(r.group for r in rows)), DisclosureRule.of(settings))
    return OutcomeTable(
        choice=choice, outcomes=options[0], groupings=options[1], breakdowns=options[2],
        comparing=comparing, refused_currencies=refused, rows=rows,
        warnings=tuple(dict.fromkeys(warnings)), is_share=is_share, reference=reference,
        currency=currency_of(workers), box_variable=variable, box_reason=reason,
        box_currencies=tuple(currencies_of(workers)), box=box, adjusted_for=adjusted_for,
        deferred_tests=deferred)


def outcome_table_for(result: AnalysisResult, choice: OutcomeChoice,
                      result_b: AnalysisResult | None = None) -> OutcomeTable:
    """The outcomes view of an analysis result (and B's beside it): what the window draws."""
    return outcome_table(result.firms, result.workers, choice, result.settings,
                         firms_b=None if result_b is None else result_b.firms,
                         workers_b=None if result_b is None else result_b.workers)


def worker_mask(firms: pd.DataFrame, workers: pd.DataFrame, choice: OutcomeChoice, group: str,
                level: str = "all") -> np.ndarray:
    """The workers behind one bar: in the group (and breakdown level), with a value of the
    outcome (a click on the bar selects them)."""
    m = (worker_group(choice.grouping, firms, workers).astype(object) == group).to_numpy()
    if level != "all" and choice.breakdown in workers.columns:
        m = m & (workers[choice.breakdown].astype(object).astype(str) == level).to_numpy()
    if choice.outcome in workers.columns:
        m = m & workers[choice.outcome].notna().to_numpy()
    return m


__all__ = [
    "BOX_NO_PAY",
    "BOX_POOLED",
    "BREAKDOWNS",
    "BoxGroup",
    "OutcomeRow",
    "OutcomeTable",
    "box_values",
    "breakdown_options",
    "grouping_options",
    "outcome_options",
    "outcome_table",
    "outcome_table_for",
    "resolve_choice",
    "worker_mask",
]
