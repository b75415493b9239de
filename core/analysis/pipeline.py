"""One call from canonical survey frames to every result `analyze` reports.

``run_analysis`` is what the command line, the window and an exported Python script all call, so
the three always agree. Order matters and is fixed: rules are evaluated on every firm and measures
on every worker first (so a subset may filter on ``highest_type``), then the subset is applied, then
every statistic is computed on the subset.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.analysis import result_memo
from core.analysis.builder import BuilderChart, builder_chart
from core.analysis.comparisons import (
    COMPARISON_COLUMNS,
    Thresholds,
    deferred_adjusted,
    deferred_tests,
    run_comparisons,
)
from core.analysis.design import design_summary, firm_design
from core.analysis.disclosure import (
    DisclosureRule,
    is_workshop,
    round_record_counts,
    withhold_firm_means,
    withhold_suppressed,
    withhold_suppressed_counts,
    withhold_suppressed_matrix,
    withhold_suppressed_shares,
    withhold_suppressed_tests,
)
from core.analysis.findings import findings
from core.analysis.firm_stats import category_distribution, group_tests, type_combinations, type_shares
from core.analysis.id_problems import IdProblems, exclude_unidentified_firms
from core.analysis.matrix import MatrixSummary, matrix_frame, matrix_summary
from core.analysis.measures import (
    MeasureSettings,
    firm_means,
    firm_positions,
    measure_warnings,
    worker_measures,
)
from core.analysis.minimum_wage import DEFAULT_TABLE_PATH, load_minimum_wages
from core.analysis.outcome_table import OutcomeTable, outcome_table
from core.analysis.rules import RANKED_TYPES, TYPES, default_rules, evaluate_rules, validate_rules
from core.analysis.subset import Subset, apply_subset
from core.analysis.upgrading_summary import UpgradingSummary, upgrading_summary
from core.analysis.view_choices import ViewChoices
from core.common.errors import UserFacingError
from core.common.messages import say


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
    controls: list[str] | None = None
    """Controls of the adjusted gaps (role names); None = skill group and gender, and country
    when the subset spans several (core.analysis.adjusted)."""
    bootstrap_total_below: int = 30
    """Differences whose two groups together have fewer firms are tested by the wild cluster
    restricted bootstrap ..."""
    bootstrap_group_below: int = 20
    """... and so are those where either group has fewer firms than this."""
    bootstrap_draws: int = 9999
    bootstrap_seed: int = 20261202
    survey_years: dict[str, int] = field(default_factory=dict)
    """Year each country was surveyed ({"Vietnam": 2019}) for rows with no survey date: the
    minimum wage in force on 1 July of that year applies (core.analysis.measures)."""
    pay_outlier_ratio: float = 5.0
    """A monthly pay this many times above or below its country × pay period median ..."""
    pay_outlier_z: float = 3.5
    """... and this far from it in robust z is flagged as a pay outlier."""

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
                     "er_min_items", "bootstrap_total_below", "bootstrap_group_below",
                     "bootstrap_draws", "bootstrap_seed", "pay_outlier_ratio", "pay_outlier_z"):
            value = getattr(settings, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise UserFacingError(f"Setting {name!r} must be a non-negative number",
                                      where="project settings", todo="Fix the value")
        years = settings.survey_years
        if not isinstance(years, Mapping) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                and 1900 <= v <= 2100 for k, v in years.items()):
            raise UserFacingError("Setting 'survey_years' must map each country to a year "
                                  "between 1900 and 2100", where="project settings",
                                  todo="Fix the value, e.g. {\"Vietnam\": 2019}")
        settings.survey_years = dict(years)
        return settings

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(self.few_firms, self.min_firms, self.min_workers,
                          self.bootstrap_total_below, self.bootstrap_group_below,
                          self.bootstrap_draws, self.bootstrap_seed)

    @property
    def measures(self) -> MeasureSettings:
        return MeasureSettings(
            days_per_month=self.days_per_month, reference_date=self.reference_date,
            fixed_term_is_regular=self.fixed_term_is_regular, ms_min_items=self.ms_min_items,
            er_min_items=self.er_min_items, survey_years=dict(self.survey_years),
            pay_outlier_ratio=self.pay_outlier_ratio, pay_outlier_z=self.pay_outlier_z)


@dataclass(frozen=True)
class ViewResults:
    """What each analysis view of the window shows, for the (resolved) view choices."""

    choices: ViewChoices
    upgrading: UpgradingSummary
    outcomes: OutcomeTable
    matrix: MatrixSummary
    chart_builder: BuilderChart


PROVISIONAL_WARNING = ("Provisional: {n} differences rest on few firms; until the test "
                       "suited to few firms has run they show the usual firm-clustered t-test, "
                       "which can be over-confident")
"""The first warning of a quick first pass that deferred tests (the window replaces it)."""
PROVISIONAL_ADJUSTED_WARNING = ("Provisional: the gaps adjusted for {controls} come with the "
                                "full result ({n} of them are not computed yet)")
"""The warning of a quick first pass that left the adjusted gaps to the full result."""


@dataclass
class AnalysisResult:
    """Everything one analysis produced, as DataFrames and typed view results for the window and
    JSON for `analyze`."""

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
    views: ViewResults | None = None
    """The views' numbers for the choices given to run_analysis (the defaults when none)."""
    result_b: AnalysisResult | None = None
    """Subset B's result when run_analysis was given ``subset_b`` (A vs B)."""
    adjusted_for: list[str] = field(default_factory=list)
    """Role names held constant in the adjusted gaps (categorical ones as dummies)."""
    design: dict = field(default_factory=lambda: {"weights": None, "strata": None, "psu": None})
    """Which survey design the numbers used: the weight role, strata and PSU (None: none)."""
    language: str = "en"
    """The language the findings are said in (``analyze --lang``, the window's language); the
    numbers do not depend on it."""
    id_problems: IdProblems = field(default_factory=IdProblems)
    """Firm rows left out because their ID is blank or duplicated (core.analysis.id_problems)."""
    requested_views: ViewChoices | None = None
    """The view choices run_analysis was asked for (before resolving against the data)."""
    provisional: bool = False
    """The window's quick first pass (``run_analysis(provisional=True)``): few-firm differences
    keep the t-test until the full result replaces it."""
    deferred_tests: int = 0
    """How many differences (comparisons and the outcomes view) that quick pass left with the
    t-test, plus the adjusted gaps it left to the full result; 0: its numbers are the full
    analysis' numbers."""

    @property
    def disclosure(self) -> DisclosureRule:
        return DisclosureRule.of(self.settings)

    def stated_findings(self, language: str | None = None) -> list:
        """core.analysis.findings.findings of this result in ``language`` (default: the
        result's), computed once per language (the window's worker thread asks first, so the
        Findings tab only draws). The cache is keyed on the firm table object, so a copy made
        for workshop mode computes its own rounded words."""
        lang = language or self.language
        cached = getattr(self, "_findings_cache", None)
        if cached is None or cached[0] is not self.firms:
            cached = (self.firms, {})
            self._findings_cache = cached
        if lang not in cached[1]:
            cached[1][lang] = findings(self, lang)
        return cached[1][lang]

    def to_json(self) -> dict:
        """DESIGN.md's `analyze` keys (n_firms, n_workers, firms, upgrading_summary, comparisons,
        warnings) plus shares_by_group, group_tests, combinations, bargaining, matrix, subset,
        settings, rules, adjusted_for and design (issue 12's contract), findings (issue 13:
        statements in words, core.analysis.findings), and what each view
        shows: view_choices, upgrading_by,
        outcome_tables, matrix_chart, chart_builder (and comparison_ab for A vs B).
        Disclosure-suppressed numbers are null; NaN is null."""
        firm_cols = ["firm_id", *[t for t in TYPES if t in self.firms.columns], "highest_type",
                     "upgrading_score", "bargaining_change", "downgraded", "explanation",
                     "ms_index_mean", "ms_index_n", "er_index_mean", "er_index_n"]
        firm_cols = [c for c in firm_cols if c in self.firms.columns]
        firms = _records(withhold_firm_means(self.firms[firm_cols], self.disclosure))
        for record in firms:  # the DESIGN keys are always present, null when not computed
            for key in ("process", "product", "functional", "chain", "bargaining_change",
                        "downgraded"):
                record.setdefault(key, None)
        data = {
            "n_firms": self.n_firms,
            "n_workers": self.n_workers,
            "firms": firms,
            "upgrading_summary": summary_json(self.upgrading_summary),
            "comparisons": _records(withhold_suppressed(self.comparisons)),
            "warnings": list(self.warnings),
            "n_firms_of_workers": self.n_firms_of_workers,
            "shares_by_group": _records(withhold_suppressed_shares(self.shares_by_group)),
            "group_tests": _records(withhold_suppressed_tests(self.group_tests)),
            "combinations": _records(withhold_suppressed_counts(self.combinations)),
            "bargaining": _records(withhold_suppressed_counts(self.bargaining)),
            "matrix": _records(withhold_suppressed_matrix(self.matrix)),
            "subset": self.subset.to_json(),
            "settings": self.settings.to_json(),
            "rules": self.rules,
            "adjusted_for": list(self.adjusted_for),
            "design": dict(self.design),
            "language": self.language,
            "findings": [f.to_json() for f in self.stated_findings()],
            "id_problems": self.id_problems.to_json(named=not is_workshop(self)),
        }
        views = self.views
        if views is not None:
            data.update({
                "view_choices": views.choices.to_json(),
                "upgrading_by": views.upgrading.to_json(),
                "outcome_tables": [views.outcomes.to_json()],
                "matrix_chart": views.matrix.to_json(),
                "chart_builder": views.chart_builder.to_json(),
            })
        b = self.result_b
        if b is not None:
            data["comparison_ab"] = {
                "subset_b": b.subset.to_json(), "n_firms_b": b.n_firms,
                "n_workers_b": b.n_workers,
                "upgrading_summary_b": summary_json(b.upgrading_summary),
                "warnings_b": list(b.warnings),
            }
        if is_workshop(self):  # counts rounded so that two runs cannot be differenced
            data = round_record_counts(data)
        return data


def summary_json(summary: pd.DataFrame) -> dict:
    """The overall shares by type, as `analyze` reports them (withheld numbers null)."""
    return {row["type"]: {k: row[k] for k in ("n_known", "share", "ci_low", "ci_high", "n_true",
                                              "n_firms", "suppressed")}
            for row in _records(withhold_suppressed_shares(summary))}


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


@dataclass
class _Prepared:
    """Rules evaluated on every firm and measures on every worker, before any subset."""

    firm_table: pd.DataFrame
    worker_table: pd.DataFrame
    computed: list[str]
    warnings: list[str]
    """True of every subset: the rules' and the settings' problems."""
    minimum_wages: pd.DataFrame


def _prepare(firms: pd.DataFrame, workers: pd.DataFrame, rules: dict,
             settings: AnalysisSettings, minimum_wages: pd.DataFrame) -> _Prepared:
    warnings: list[str] = []
    evaluated = evaluate_rules(firms, rules)
    warnings += evaluated.warnings
    flags = evaluated.table.drop(columns=["firm_id"], errors="ignore")
    firm_table = pd.concat([firms, flags], axis=1)

    measures = worker_measures(firms, workers, settings=settings.measures,
                               minimum_wages=minimum_wages)
    warnings += measures.setting_warnings
    derived = measures.table.drop(columns=[c for c in measures.table.columns
                                           if c in workers.columns])
    worker_table = pd.concat([workers, derived], axis=1)
    return _Prepared(firm_table, worker_table, list(evaluated.computed), warnings, minimum_wages)


def _same_run(reuse: AnalysisResult | None, subset: Subset, rules: dict,
              settings: AnalysisSettings) -> AnalysisResult | None:
    """``reuse`` when it is a quick pass of this very subset, rules and settings, else None."""
    if (reuse is None or not reuse.provisional or reuse.subset.to_json() != subset.to_json()
            or _canonical(reuse.rules) != _canonical(rules)
            or _canonical(reuse.settings.to_json()) != _canonical(settings.to_json())):
        return None
    return reuse


def _analyse(prep: _Prepared, firms: pd.DataFrame, workers: pd.DataFrame, subset: Subset,
             rules: dict, settings: AnalysisSettings, provisional: bool = False,
             reuse: AnalysisResult | None = None) -> AnalysisResult:
    """Every statistic of one subset (the view results are added by run_analysis). ``reuse``:
    the quick pass of the same subset, whose firm-level tables (which no few-firm test
    touches) are taken over instead of computed again."""
    reuse = _same_run(reuse, subset, rules, settings)
    warnings = list(prep.warnings)
    thresholds = settings.thresholds
    if provisional:
        thresholds = thresholds.for_quick_pass()
    firm_table, worker_table = prep.firm_table, prep.worker_table
    masks = apply_subset(firm_table, worker_table, subset)
    fsub = firm_table.loc[masks.firms].reset_index(drop=True)
    wsub = worker_table.loc[masks.workers].reset_index(drop=True)
    warnings += measure_warnings(fsub, wsub, settings.measures, minimum_wages=prep.minimum_wages)
    if subset.workers or subset.worker_ranges:
        warnings.append(say("Worker filter: {n_workers} workers from {n_firms} firms; "
                            "firm-level tables use the firm filters only",
                            n_workers=masks.n_workers, n_firms=masks.n_firms_of_workers))
    if "firm_id" in workers.columns and "firm_id" in firms.columns:
        orphans = int((firm_positions(firms["firm_id"], wsub["firm_id"]) < 0).sum())
        if orphans:
            warnings.append(say("{n} workers have no firm in the firm table: they are left "
                                "out of comparisons by firm groups", n=orphans))

    linked = "firm_id" in wsub.columns
    if len(workers) and not linked:  # say what is missing rather than fail on the absent key
        firm_filters = bool(subset.firms or subset.firm_ranges or subset.text.strip())
        warnings.append(say(
            "The worker table has no column that links workers to their firm: {n} workers are "
            "counted, but firm-level comparisons (worker outcomes by the firm's upgrading type "
            "or firm groups) are not available; the firm filters do not select workers. Choose "
            "the column that links workers to their firm in the import review", n=len(wsub))
            if firm_filters else say(
            "The worker table has no column that links workers to their firm: {n} workers are "
            "counted, but firm-level comparisons (worker outcomes by the firm's upgrading type "
            "or firm groups) are not available. Choose the column that links workers to their "
            "firm in the import review", n=len(wsub)))
    means_cols = [c for c in ("ms_index", "er_index") if c in wsub.columns]
    if means_cols and len(wsub) and linked and "firm_id" in fsub.columns:
        fm = firm_means(wsub, wsub["firm_id"], means_cols)
        fsub = fsub.merge(fm, on="firm_id", how="left")
        for col in means_cols:
            fsub[f"{col}_n"] = fsub[f"{col}_n"].fillna(0).astype(np.int64)

    computed = prep.computed
    min_firms = settings.min_firms
    flag_cols = [*computed, *(["downgraded"] if "downgraded" in fsub.columns else [])]
    weighted = settings.use_weights
    if reuse is not None:
        summary, shares_by_group, tests = (reuse.upgrading_summary, reuse.shares_by_group,
                                           reuse.group_tests)
        combos, bargaining = reuse.combinations, reuse.bargaining
    else:
        summary = type_shares(fsub, flag_cols, min_firms=min_firms, use_design=weighted)
        share_by = [b for b in settings.share_by if b in fsub.columns]
        shares_by_group = pd.concat(
            [type_shares(fsub, flag_cols, by=b, min_firms=min_firms, use_design=weighted)
             for b in share_by],
            ignore_index=True) if share_by else type_shares(fsub, [], by="none")
        tests = with_holm(group_tests(fsub, flag_cols, share_by, min_firms=min_firms,
                                      use_design=weighted))
        combos = type_combinations(fsub, [t for t in RANKED_TYPES if t in computed],
                                   min_firms=min_firms)
        bargaining = category_distribution(fsub, "bargaining_change", min_firms=min_firms)
    warnings += design_warnings(fsub, settings)

    if len(wsub) and "firm_id" in wsub.columns:
        comparisons, comp_warnings = run_comparisons(
            fsub, wsub, outcomes=settings.outcomes, group_vars=settings.group_vars,
            references=settings.references, use_weights=settings.use_weights,
            thresholds=thresholds, controls=settings.controls)
        warnings += comp_warnings
    else:
        comparisons = pd.DataFrame(columns=COMPARISON_COLUMNS)
        if not len(wsub):
            warnings.append(say("No workers in the subset: no worker comparisons"))

    warnings += tests_note(comparisons, tests)
    deferred = deferred_tests(comparisons, thresholds)
    adjusted_later = deferred_adjusted(comparisons)
    if adjusted_later:
        from core.analysis.adjusted import controls_for

        controls = controls_for(fsub, wsub, settings.controls) if "firm_id" in wsub else []
        warnings.insert(0, say(PROVISIONAL_ADJUSTED_WARNING,
                               controls=", ".join(controls) or say("the controls"),
                               n=adjusted_later))
    if deferred:
        warnings.insert(0, say(PROVISIONAL_WARNING, n=deferred))
    deferred += adjusted_later
    return AnalysisResult(
        provisional=provisional, deferred_tests=deferred,
        adjusted_for=list(comparisons.attrs.get("adjusted_for", [])),
        design=design_of(fsub, wsub, settings),
        firms=fsub, workers=wsub, upgrading_summary=summary, shares_by_group=shares_by_group,
        group_tests=tests, combinations=combos, bargaining=bargaining, comparisons=comparisons,
        matrix=matrix_frame([]), warnings=list(dict.fromkeys(warnings)),
        n_firms=masks.n_firms, n_workers=masks.n_workers,
        n_firms_of_workers=masks.n_firms_of_workers, rules=rules, subset=subset,
        settings=settings, computed_types=list(computed))


def design_of(firms: pd.DataFrame, workers: pd.DataFrame, settings: AnalysisSettings) -> dict:
    """Which survey design the numbers use (JSON ``design``): the weight role when weights are
    declared and used, the strata and PSU roles of the firm table when used (they shape the
    firm-level shares' and tests' SEs; worker comparisons stay clustered by firm)."""
    used = settings.use_weights
    weighted = used and ("weight" in firms.columns or "weight" in workers.columns)
    return {"weights": "weight" if weighted else None,
            "strata": "strata" if used and "strata" in firms.columns else None,
            "psu": "psu" if used and "psu" in firms.columns else None}


def design_warnings(firms: pd.DataFrame, settings: AnalysisSettings) -> list[str]:
    """What the survey design did to the firm statistics of this subset, in words: that shares
    and tests are weighted, firms left out for a missing weight, stratum or PSU, and strata
    with a single PSU (counted as certainty units: their variance is taken as 0)."""
    design = firm_design(firms) if settings.use_weights else None
    if design is None or not len(firms):
        return []
    parts = [r for r, v in (("the firm weight", design.weights), ("strata", design.strata),
                            ("PSUs", design.psu)) if v is not None]
    out = [say("Firm shares and firm-level tests use the survey design ({parts}): shares are "
               "weighted, intervals Korn–Graubard, tests adjusted Wald", parts=", ".join(parts))]
    summary = design_summary(design, len(firms))
    if summary["n_dropped"]:
        out.append(say("{n} firms have no usable weight, stratum or PSU: they are left out of "
                       "the weighted firm shares and tests", n=summary["n_dropped"]))
    if summary["n_singleton_strata"]:
        out.append(say("{n} strata have a single PSU: their variance is taken as 0 (certainty "
                       "units), so the ranges may be too narrow", n=summary["n_singleton_strata"]))
    return out


def with_holm(tests: pd.DataFrame) -> pd.DataFrame:
    """Firm-level tests with ``p_adjusted``: Holm within each grouping's table of tests (every
    type by country, every type by sector), over the published (not suppressed) p-values."""
    from core.analysis.comparisons import holm

    out = tests.copy()
    out["p_adjusted"] = np.nan
    if out.empty:
        return out
    for _, idx in out.groupby("group_var", sort=False).groups.items():
        part = out.loc[idx]
        p = part["p_value"].to_numpy(dtype=float, na_value=np.nan).copy()
        p[part["suppressed"].to_numpy(dtype=bool)] = np.nan
        out.loc[idx, "p_adjusted"] = holm(p)
    return out


def tests_note(comparisons: pd.DataFrame, tests: pd.DataFrame) -> list[str]:
    """How many p-values the run publishes, said once: with many tests some fall below 0.05 by
    chance alone, which is why each table also carries Holm-adjusted p-values."""
    def published(frame: pd.DataFrame, hidden: pd.Series) -> int:
        if frame.empty or "p_value" not in frame.columns:
            return 0
        p = frame["p_value"].to_numpy(dtype=float, na_value=np.nan)
        return int((np.isfinite(p) & ~hidden.to_numpy(dtype=bool)).sum())

    n_workers = published(comparisons, comparisons["suppressed"].astype(bool)
                          if "suppressed" in comparisons else pd.Series(dtype=bool))
    n_firms = published(tests, tests["suppressed"].astype(bool)
                        if "suppressed" in tests else pd.Series(dtype=bool))
    total = n_workers + n_firms
    if total < 2:
        return []
    return [say("This run shows {total} p-values ({n_workers} worker comparisons, {n_firms} "
                "firm-level tests): with this many, a few fall below 0.05 by chance alone. The "
                "adjusted p-values (Holm, within each table) allow for that",
                total=total, n_workers=n_workers, n_firms=n_firms)]


def view_results(result: AnalysisResult, choices: ViewChoices | Mapping | None = None,
                 result_b: AnalysisResult | None = None,
                 reuse: ViewResults | None = None) -> ViewResults:
    """Every view's numbers for these choices (resolved against the subset's data): what the
    window shows for ``result`` (and B beside it when comparing). ``reuse``: the views of the
    quick pass of the same run for the same choices; its upgrading, matrix and chart-builder
    numbers (firm-level or descriptive: no few-firm test) are taken over."""
    from core.analysis.view_choices import UpgradingChoice

    choices = ViewChoices.coerce(choices)
    if reuse is not None:
        outcomes = _outcome_view(result, choices, result_b)
        return ViewResults(ViewChoices(reuse.choices.upgrading, outcomes.choice,
                                       reuse.choices.matrix, reuse.choices.chart_builder),
                           reuse.upgrading, outcomes, reuse.matrix, reuse.chart_builder)
    rule = result.disclosure
    upgrading = upgrading_summary(
        result.firms, result.computed_types, choices.upgrading.split, rule,
        combinations=result.combinations, bargaining=result.bargaining,
        firms_b=None if result_b is None else result_b.firms,
        use_design=result.settings.use_weights)
    outcomes = _outcome_view(result, choices, result_b)
    matrix = matrix_summary(result.firms, result.workers, choice=choices.matrix,
                            matrix_by=list(result.settings.matrix_by), rule=rule)
    builder = builder_chart(result.firms, result.workers, choices.chart_builder,
                            result.settings.thresholds)
    resolved = ViewChoices(UpgradingChoice(upgrading.split), outcomes.choice, matrix.choice,
                           builder.choice)
    return ViewResults(resolved, upgrading, outcomes, matrix, builder)


def _outcome_view(result: AnalysisResult, choices: ViewChoices,
                  result_b: AnalysisResult | None) -> OutcomeTable:
    thresholds = (result.settings.thresholds.for_quick_pass()
                  if result.provisional else None)
    return outcome_table(result.firms, result.workers, choices.outcomes, result.settings,
                         firms_b=None if result_b is None else result_b.firms,
                         workers_b=None if result_b is None else result_b.workers,
                         thresholds=thresholds)


def with_views(result: AnalysisResult, choices: ViewChoices | Mapping | None,
               result_b: AnalysisResult | None = None) -> AnalysisResult:
    """The result with every view's numbers for these choices (and B beside A when given): what
    an export writes so that it reports what the window shows. ``result`` is not changed."""
    b = result_b if result_b is not None else result.result_b
    views = view_results(result, choices, b)
    if b is not None and (b.views is None or b.views.choices != views.choices):
        b = dataclasses.replace(b, views=view_results(b, views.choices))
        b.matrix = matrix_frame(b.views.matrix.table)
    return dataclasses.replace(result, views=views, matrix=matrix_frame(views.matrix.table),
                               result_b=b)


@dataclass(eq=False, repr=False)
class PreparedSurvey:
    """What every subset of one survey shares under one set of rules and settings: firms with a
    blank or duplicated ID left out, the rules evaluated on every firm and the measures on every
    worker. A facet change only applies a new subset, so the window computes this once per
    survey and rule or settings change (issue 14) and hands it to :func:`run_analysis`, which
    uses it only when it was made from the very frames, rules, settings and minimum-wage table
    it is given (else it prepares afresh: a stale one can cost time, never a wrong number)."""

    source_firms: pd.DataFrame
    source_workers: pd.DataFrame | None
    rules_json: str
    settings_json: str
    minimum_wages: pd.DataFrame
    minimum_wage_stamp: tuple | None
    """The table file's path, size and time when it was read (None: the table was given)."""
    firms: pd.DataFrame
    workers: pd.DataFrame
    id_problems: IdProblems
    prep: _Prepared

    def __repr__(self) -> str:
        return (f"PreparedSurvey({len(self.firms)} firms, {len(self.workers)} workers, "
                f"{len(self.prep.computed)} types)")

    def fits(self, firms: pd.DataFrame, workers: pd.DataFrame | None, rules: Mapping,
             settings: AnalysisSettings, minimum_wages: pd.DataFrame) -> bool:
        """True when made from these frames (the same objects), rules, settings and table."""
        return (firms is self.source_firms and workers is self.source_workers
                and _canonical(rules) == self.rules_json
                and _canonical(settings.to_json()) == self.settings_json
                and (minimum_wages is self.minimum_wages
                     or minimum_wages.equals(self.minimum_wages)))


def _canonical(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


def _table_stamp(settings: AnalysisSettings) -> tuple | None:
    """Path, size and modification time of the minimum-wage table the settings name (so a
    table edited on disk is read again)."""
    path = Path(settings.minimum_wage_table or DEFAULT_TABLE_PATH)
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path), stat.st_size, stat.st_mtime_ns)


def _settings_rules(settings: AnalysisSettings | Mapping | None, rules: Mapping | None
                    ) -> tuple[AnalysisSettings, dict]:
    settings = (settings if isinstance(settings, AnalysisSettings)
                else AnalysisSettings.from_json(settings))
    rules = default_rules() if rules is None else validate_rules(rules)
    return settings, rules


def prepare_survey(firms: pd.DataFrame, workers: pd.DataFrame | None = None, *,
                   rules: Mapping | None = None,
                   settings: AnalysisSettings | Mapping | None = None,
                   minimum_wages: pd.DataFrame | None = None) -> PreparedSurvey:
    """The subset-independent part of :func:`run_analysis` (same arguments), to be reused by
    every subset of the survey while the rules and settings stay."""
    settings, rules = _settings_rules(settings, rules)
    stamp = None
    if minimum_wages is None:
        stamp = _table_stamp(settings)
        minimum_wages = load_minimum_wages(settings.minimum_wage_table)
    source_firms, source_workers = firms, workers
    if "firm_id" not in firms.columns and firms.empty:  # a worker file on its own
        firms = firms.assign(firm_id=pd.Series([], dtype=object))
    if workers is None:
        workers = pd.DataFrame({"firm_id": pd.Series([], dtype=object)})
    firms, workers, id_problems = exclude_unidentified_firms(firms, workers)
    prep = _prepare(firms, workers, rules, settings, minimum_wages)
    if id_problems:  # first: every later number rests on the firms that remain
        prep.warnings.insert(0, id_problems.warning())
    return PreparedSurvey(source_firms, source_workers, _canonical(rules),
                          _canonical(settings.to_json()), minimum_wages, stamp, firms, workers,
                          id_problems, prep)


def ensure_prepared(prepared: PreparedSurvey | None, firms: pd.DataFrame,
                    workers: pd.DataFrame | None = None, *, rules: Mapping | None = None,
                    settings: AnalysisSettings | Mapping | None = None,
                    minimum_wages: pd.DataFrame | None = None) -> PreparedSurvey:
    """``prepared`` when it was made from exactly these arguments (and the minimum-wage file is
    unchanged on disk), else a new :func:`prepare_survey`."""
    settings, rules = _settings_rules(settings, rules)
    stamp = None
    if minimum_wages is None:
        stamp = _table_stamp(settings)
        if prepared is not None and stamp is not None and prepared.minimum_wage_stamp == stamp:
            minimum_wages = prepared.minimum_wages
        else:
            minimum_wages = load_minimum_wages(settings.minimum_wage_table)
    if prepared is not None and prepared.fits(firms, workers, rules, settings, minimum_wages):
        return prepared
    fresh = prepare_survey(firms, workers, rules=rules, settings=settings,
                           minimum_wages=minimum_wages)
    fresh.minimum_wage_stamp = stamp
    return fresh


def run_analysis(firms: pd.DataFrame, workers: pd.DataFrame | None = None, *,
                 rules: Mapping | None = None, subset: Subset | Mapping | None = None,
                 settings: AnalysisSettings | Mapping | None = None,
                 minimum_wages: pd.DataFrame | None = None,
                 views: ViewChoices | Mapping | None = None,
                 subset_b: Subset | Mapping | None = None,
                 prepared: PreparedSurvey | None = None,
                 provisional: bool = False,
                 reuse: AnalysisResult | None = None) -> AnalysisResult:
    """Rules, measures, subset, firm shares and tests, worker comparisons, the matrix, and what
    each view shows for ``views``.

    ``rules`` None = DOMAIN.md's defaults; ``subset`` a Subset or its JSON; ``settings`` an
    AnalysisSettings or its JSON; ``minimum_wages`` a validated table (default: the settings'
    path, else the bundled table); ``views`` the view choices (a ViewChoices or a project's
    ``views.state``; None = the defaults); ``subset_b`` a second subset shown beside the first
    (A vs B: ``result.result_b``, and the views draw B beside A); ``prepared`` what
    :func:`prepare_survey` made of these same arguments earlier (used only if it fits them);
    ``provisional`` skips the bootstrap and permutation tests of few-firm differences (the
    window's quick first pass: ``result.provisional`` and a warning say when that changed a
    number); ``reuse`` the quick pass of these same arguments, whose numbers that no few-firm
    test touches are taken over (the window's second, full pass; ignored unless it fits).
    """
    settings, rules = _settings_rules(settings, rules)
    subset = subset if isinstance(subset, Subset) else Subset.from_json(subset)
    if subset_b is not None and not isinstance(subset_b, Subset):
        subset_b = Subset.from_json(subset_b)
    # ``prepared`` and ``reuse`` only save time: a fresh run gives the same result
    memo_key = result_memo.key_of(firms, workers, (
        rules, subset, subset_b, settings, ViewChoices.coerce(views), provisional,
        minimum_wages if minimum_wages is not None else _table_stamp(settings)))
    remembered = result_memo.recall(memo_key)
    if remembered is not None:
        return remembered
    result = _run_analysis(firms, workers, rules, subset, settings, minimum_wages, views,
                           subset_b, prepared, provisional, reuse)
    result_memo.remember(memo_key, result)
    return result


def _run_analysis(firms: pd.DataFrame, workers: pd.DataFrame | None, rules: dict,
                  subset: Subset, settings: AnalysisSettings,
                  minimum_wages: pd.DataFrame | None, views: ViewChoices | Mapping | None,
                  subset_b: Subset | None, prepared: PreparedSurvey | None, provisional: bool,
                  reuse: AnalysisResult | None) -> AnalysisResult:
    prepared = ensure_prepared(prepared, firms, workers, rules=rules, settings=settings,
                               minimum_wages=minimum_wages)
    firms, workers, prep = prepared.firms, prepared.workers, prepared.prep
    id_problems = prepared.id_problems
    if provisional:
        reuse = None
    reuse_b = None if reuse is None else reuse.result_b
    result = _analyse(prep, firms, workers, subset, rules, settings, provisional, reuse)
    result.id_problems = id_problems
    if subset_b is not None:
        result.result_b = _analyse(prep, firms, workers, subset_b, rules, settings,
                                   provisional, reuse_b)
        result.result_b.id_problems = id_problems
    same_views = (reuse is not None and reuse.views is not None
                  and _same_run(reuse, subset, rules, settings) is not None
                  and ViewChoices.coerce(views) == ViewChoices.coerce(reuse.requested_views)
                  and (subset_b is None) == (reuse_b is None)
                  and (reuse_b is None or _same_run(reuse_b, result.result_b.subset, rules,
                                                    settings) is not None))
    result.requested_views = ViewChoices.coerce(views)
    result.views = view_results(result, views, result.result_b,
                                reuse=reuse.views if same_views else None)
    result.matrix = matrix_frame(result.views.matrix.table)
    result.deferred_tests += result.views.outcomes.deferred_tests
    if result.result_b is not None:
        b = result.result_b
        b.views = view_results(b, result.views.choices,
                               reuse=reuse_b.views if same_views and reuse_b is not None
                               else None)
        b.matrix = matrix_frame(b.views.matrix.table)
        result.deferred_tests += b.deferred_tests + b.views.outcomes.deferred_tests
    return result


__all__ = ["PROVISIONAL_ADJUSTED_WARNING", "PROVISIONAL_WARNING", "AnalysisResult",
           "AnalysisSettings", "PreparedSurvey",
           "ViewResults", "clean_value", "ensure_prepared", "prepare_survey", "run_analysis",
           "summary_json", "view_results", "with_views", "withhold_suppressed",
           "withhold_suppressed_shares"]
