"""One call from canonical survey frames to every result `analyze` reports.

``run_analysis`` is what the command line, the window and an exported Python script all call, so
the three always agree. Order matters and is fixed: rules are evaluated on every firm and measures
on every worker first (so a subset may filter on ``highest_type``), then the subset is applied, then
every statistic is computed on the subset.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np
import pandas as pd

from core.analysis.comparisons import (
    COMPARISON_COLUMNS,
    Thresholds,
    economic_social_matrix,
    run_comparisons,
)
from core.analysis.firm_stats import category_distribution, group_tests, type_combinations, type_shares
from core.analysis.measures import MeasureSettings, firm_means, firm_positions, worker_measures
from core.analysis.minimum_wage import load_minimum_wages
from core.analysis.rules import RANKED_TYPES, TYPES, default_rules, evaluate_rules, validate_rules
from core.analysis.subset import Subset, apply_subset
from core.common.errors import UserFacingError

FIRM_PROFILE_ROLES = ("country", "sector", "region", "ownership", "employees")
_WITHHELD = ["mean", "se", "ci_low", "ci_high", "diff", "diff_se", "diff_ci_low",
             "diff_ci_high", "p_value"]


@dataclass
class AnalysisSettings:
    """Every threshold and choice behind the numbers; saved in project files and the About sheet."""

    days_per_month: float = 26.0
    reference_date: str | None = None
    """Date for the applicable minimum wage (ISO); None = the latest date in the table."""
    fixed_term_is_regular: bool = True
    ms_min_items: int = 4
    er_min_items: int = 3
    few_firms: int = 30
    min_firms: int = 3
    min_workers: int = 10
    use_weights: bool = True
    outcomes: list[str] | None = None
    """None = every default outcome the survey has (core.analysis.comparisons.DEFAULT_OUTCOMES)."""
    group_vars: list[str] = field(default_factory=lambda: ["highest_type"])
    references: dict[str, str] = field(default_factory=dict)
    share_by: list[str] = field(default_factory=lambda: ["country", "sector"])
    matrix_by: list[str] = field(default_factory=lambda: ["skill_group", "contract"])
    minimum_wage_table: str | None = None
    """Path of a user-edited minimum-wage CSV; None = the bundled table."""

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping | None) -> AnalysisSettings:
        """Build from a project file's ``settings``; unknown keys are ignored (kept by the
        project file itself), wrong types raise a UserFacingError naming the key."""
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        settings = cls(**kwargs)
        for name in ("days_per_month", "few_firms", "min_firms", "min_workers", "ms_min_items",
                     "er_min_items"):
            value = getattr(settings, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise UserFacingError(f"Setting {name!r} must be a non-negative number",
                                      where="project settings", todo="Fix the value")
        return settings

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(self.few_firms, self.min_firms, self.min_workers)

    @property
    def measures(self) -> MeasureSettings:
        return MeasureSettings(self.days_per_month, self.reference_date,
                               self.fixed_term_is_regular, self.ms_min_items, self.er_min_items)


@dataclass
class AnalysisResult:
    """Everything one analysis produced, as DataFrames for the window and JSON for `analyze`."""

    firms: pd.DataFrame
    workers: pd.DataFrame
    upgrading_summary: pd.DataFrame
    shares_by_group: pd.DataFrame
    group_tests: pd.DataFrame
    combinations: pd.DataFrame
    bargaining: pd.DataFrame
    comparisons: pd.DataFrame
    matrix: pd.DataFrame
    warnings: list[str]
    n_firms: int
    n_workers: int
    n_firms_of_workers: int
    rules: dict
    subset: Subset
    settings: AnalysisSettings
    computed_types: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """DESIGN.md's `analyze` keys (n_firms, n_workers, firms, upgrading_summary, comparisons,
        warnings) plus shares_by_group, group_tests, combinations, bargaining, matrix, subset,
        settings and rules. Disclosure-suppressed numbers are null; NaN is null."""
        firm_cols = ["firm_id", *[t for t in TYPES if t in self.firms.columns], "highest_type",
                     "upgrading_score", "bargaining_change", "downgraded", "explanation",
                     "ms_index_mean", "ms_index_n", "er_index_mean", "er_index_n"]
        firm_cols = [c for c in firm_cols if c in self.firms.columns]
        firms = _records(self.firms[firm_cols])
        for record in firms:  # the DESIGN keys are always present, null when not computed
            for key in ("process", "product", "functional", "chain", "bargaining_change",
                        "downgraded"):
                record.setdefault(key, None)
        summary = {row["type"]: {k: row[k] for k in ("n_known", "share", "ci_low", "ci_high",
                                                     "n_true", "n_firms")}
                   for row in _records(self.upgrading_summary)}
        shares = withhold_suppressed_shares(self.shares_by_group)
        return {
            "n_firms": self.n_firms,
            "n_workers": self.n_workers,
            "firms": firms,
            "upgrading_summary": summary,
            "comparisons": _records(withhold_suppressed(self.comparisons)),
            "warnings": list(self.warnings),
            "n_firms_of_workers": self.n_firms_of_workers,
            "shares_by_group": _records(shares),
            "group_tests": _records(self.group_tests),
            "combinations": _records(self.combinations),
            "bargaining": _records(self.bargaining),
            "matrix": _records(self.matrix),
            "subset": self.subset.to_json(),
            "settings": self.settings.to_json(),
            "rules": self.rules,
        }


def withhold_suppressed(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The comparisons as exported: suppressed rows lose their numbers (counts stay, to say why),
    and when a reference group is suppressed every difference against it is withheld too, since
    a published mean and difference would reveal the reference mean."""
    out = comparisons.copy()
    if out.empty:
        return out
    for col in _WITHHELD:
        out[col] = out[col].astype(float)
    supp = out["suppressed"].astype(bool)
    out.loc[supp, _WITHHELD] = np.nan
    ref_supp = (out["group"] == out["reference"]) & supp
    keys = set(zip(out.loc[ref_supp, "outcome"], out.loc[ref_supp, "group_var"], strict=True))
    if keys:
        hit = np.array([(o, g) in keys for o, g in zip(out["outcome"], out["group_var"],
                                                      strict=True)])
        out.loc[hit, ["diff", "diff_se", "diff_ci_low", "diff_ci_high", "p_value"]] = np.nan
    return out


def withhold_suppressed_shares(shares: pd.DataFrame) -> pd.DataFrame:
    """By-group shares as exported: groups with too few firms lose share, CI and n_true."""
    out = shares.copy()
    if out.empty:
        return out
    cols = ["share", "ci_low", "ci_high", "n_true"]
    for col in cols:
        out[col] = out[col].astype(float)
    out.loc[out["suppressed"].astype(bool), cols] = np.nan
    return out


def clean_value(value: Any) -> Any:
    """A JSON-safe scalar: NaN/NA → None, numpy scalars → Python."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value


def _records(frame: pd.DataFrame) -> list[dict]:
    cols = list(frame.columns)
    return [{c: clean_value(v) for c, v in zip(cols, row, strict=True)}
            for row in frame.astype(object).itertuples(index=False, name=None)]


def run_analysis(firms: pd.DataFrame, workers: pd.DataFrame | None = None, *,
                 rules: Mapping | None = None, subset: Subset | Mapping | None = None,
                 settings: AnalysisSettings | Mapping | None = None,
                 minimum_wages: pd.DataFrame | None = None) -> AnalysisResult:
    """Rules, measures, subset, firm shares and tests, worker comparisons and the matrix.

    ``rules`` None = DOMAIN.md's defaults; ``subset`` a Subset or its JSON; ``settings`` an
    AnalysisSettings or its JSON; ``minimum_wages`` a validated table (default: the settings'
    path, else the bundled table).
    """
    settings = (settings if isinstance(settings, AnalysisSettings)
                else AnalysisSettings.from_json(settings))
    subset = subset if isinstance(subset, Subset) else Subset.from_json(subset)
    rules = default_rules() if rules is None else validate_rules(rules)
    if workers is None:
        workers = pd.DataFrame({"firm_id": pd.Series([], dtype=object)})
    if minimum_wages is None:
        minimum_wages = load_minimum_wages(settings.minimum_wage_table)
    warnings: list[str] = []

    evaluated = evaluate_rules(firms, rules)
    warnings += evaluated.warnings
    flags = evaluated.table.drop(columns=["firm_id"], errors="ignore")
    firm_table = pd.concat([firms, flags], axis=1)

    measures = worker_measures(firms, workers, settings=settings.measures,
                               minimum_wages=minimum_wages)
    warnings += measures.warnings
    derived = measures.table.drop(columns=[c for c in measures.table.columns
                                           if c in workers.columns])
    worker_table = pd.concat([workers, derived], axis=1)

    masks = apply_subset(firm_table, worker_table, subset)
    fsub = firm_table.loc[masks.firms].reset_index(drop=True)
    wsub = worker_table.loc[masks.workers].reset_index(drop=True)
    if subset.workers or subset.worker_ranges:
        warnings.append(f"Worker filter: {masks.n_workers} workers from "
                        f"{masks.n_firms_of_workers} firms; firm-level tables use the firm "
                        "filters only")
    if "firm_id" in workers.columns and "firm_id" in firms.columns:
        orphans = int((firm_positions(firms["firm_id"], wsub["firm_id"]) < 0).sum())
        if orphans:
            warnings.append(f"{orphans} workers have no firm in the firm table: they are left "
                            "out of comparisons by firm groups")

    means_cols = [c for c in ("ms_index", "er_index") if c in wsub.columns]
    if means_cols and len(wsub):
        fm = firm_means(wsub, wsub["firm_id"], means_cols)
        fsub = fsub.merge(fm, on="firm_id", how="left")
        for col in means_cols:
            fsub[f"{col}_n"] = fsub[f"{col}_n"].fillna(0).astype(np.int64)

    computed = evaluated.computed
    flag_cols = [*computed, *(["downgraded"] if "downgraded" in fsub.columns else [])]
    summary = type_shares(fsub, flag_cols, min_firms=settings.min_firms)
    share_by = [b for b in settings.share_by if b in fsub.columns]
    shares_by_group = pd.concat(
        [type_shares(fsub, flag_cols, by=b, min_firms=settings.min_firms) for b in share_by],
        ignore_index=True) if share_by else type_shares(fsub, [], by="none")
    tests = group_tests(fsub, flag_cols, share_by)
    combos = type_combinations(fsub, [t for t in RANKED_TYPES if t in computed])
    bargaining = category_distribution(fsub, "bargaining_change")

    if len(wsub) and "firm_id" in wsub.columns:
        comparisons, comp_warnings = run_comparisons(
            fsub, wsub, outcomes=settings.outcomes, group_vars=settings.group_vars,
            references=settings.references, use_weights=settings.use_weights,
            thresholds=settings.thresholds)
        warnings += comp_warnings
    else:
        comparisons = pd.DataFrame(columns=COMPARISON_COLUMNS)
        warnings.append("No workers in the subset: no worker comparisons")

    matrices = []
    if "ms_index" in wsub.columns and wsub["ms_index"].notna().any():
        matrices.append(economic_social_matrix(fsub, wsub))
        for by in settings.matrix_by:
            if by in wsub.columns:
                matrices.append(economic_social_matrix(fsub, wsub, by=by))
    matrix = pd.concat(matrices, ignore_index=True) if matrices else pd.DataFrame(
        columns=["breakdown_var", "breakdown", "economic", "social", "n_firms", "n_workers",
                 "median_ms"])

    return AnalysisResult(
        firms=fsub, workers=wsub, upgrading_summary=summary, shares_by_group=shares_by_group,
        group_tests=tests, combinations=combos, bargaining=bargaining, comparisons=comparisons,
        matrix=matrix, warnings=list(dict.fromkeys(warnings)), n_firms=masks.n_firms,
        n_workers=masks.n_workers, n_firms_of_workers=masks.n_firms_of_workers, rules=rules,
        subset=subset, settings=settings, computed_types=list(computed))


__all__ = ["AnalysisResult", "AnalysisSettings", "run_analysis",
           "withhold_suppressed", "withhold_suppressed_shares"]
