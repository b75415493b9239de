"""Findings: the research questions of DOMAIN.md answered in plain words on the current subset.

Why in core: the window's Findings tab, ``analyze --json`` (key ``findings``), the workbook and the
report must state the same answer with the same numbers. Each :class:`Finding` carries its
statement, the numbers behind it (raw, unrounded), its caveat and the view it comes from, and
names its template (core.analysis.findings_wording), so another language renders the same
numbers.

What is answered, in order (issue 13):
1. how many firms upgraded, in any way and by type (the upgrading summary's shares; weighted
   when the survey has a firm weight);
2. whether upgrading of any kind is more common in one sector than the other (firm-level test);
3. whether the bargaining position with buyers improved;
4. per worker outcome, whether workers in firms that upgraded (any type) fare differently from
   workers in firms that did not: the raw gap, its range, the adjusted gap and the firms behind
   it. "Clear" means a Holm-adjusted p-value below 0.05 over the outcomes stated, the
   multiplicity the reader meets; with few firms the caution says so (core.analysis.comparisons'
   p notes);
5. whether the gap in pay differs between line workers and technicians, supervisors and
   managers (side by side, not tested).

Disclosure: nothing withheld elsewhere is stated here (suppressed rows give a "too few" finding);
in workshop mode the firm counts in the words are rounded as the JSON's are.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from core.analysis.comparisons import (
    LOW_POWER,
    NO_VARIATION,
    SHARE_FEW_FIRMS,
    deferred_adjusted,
    deferred_tests,
    holm,
    run_comparisons,
)
from core.analysis.disclosure import is_workshop, round_count
from core.analysis.findings_languages import wording
from core.analysis.findings_wording import Wording
from core.analysis.firm_stats import group_tests, type_shares
from core.analysis.rules import RANKED_TYPES
from core.analysis.upgraded import NOT_UPGRADED, UPGRADED, UPGRADED_GROUPING, upgraded_groups

if TYPE_CHECKING:
    from core.analysis.id_problems import IdProblems
    from core.analysis.pipeline import AnalysisResult

ANY_FLAG = "any_upgrading"
RELATIVE_OUTCOMES = ("monthly_wage", "wage_to_minimum", "hours_per_week", "ms_index",
                     "er_index")
"""Mean outcomes whose gap is said in percent of the comparison group's mean."""
SKIPPED_OUTCOMES = ("log_monthly_wage",)
"""Outcomes the findings leave to the tables (the log wage repeats the monthly wage)."""
SKILL_OUTCOMES = ("wage_to_minimum", "monthly_wage")
"""The pay outcome the skill-group finding uses (the first the subset has)."""
LINE_WORKERS = "production"
ALPHA = 0.05


@dataclass(frozen=True)
class Finding:
    """One plain-words statement with the numbers behind it."""

    key: str
    """What it answers: "upgrading_counts", "sector_difference", "bargaining",
    "outcome:<name>", "skill_gap:<name>"."""
    template: str
    statement: str
    numbers: dict = field(default_factory=dict)
    caveat: str = ""
    view: str = "upgradingView"
    """The objectName of the view whose chart and table are behind it."""

    def to_json(self) -> dict:
        return {"key": self.key, "template": self.template, "statement": self.statement,
                "numbers": _json_numbers(self.numbers), "caveat": self.caveat,
                "view": self.view}


def _json_numbers(numbers: dict) -> dict:
    def clean(v: Any) -> Any:
        if isinstance(v, float | np.floating):
            return None if not math.isfinite(float(v)) else float(v)
        if isinstance(v, np.integer):
            return int(v)
        return v
    return {k: clean(v) for k, v in numbers.items()}


# ------------------------------------------------------------------------------ formatting
class _Counts:
    """Firm counts as the words say them: rounded to 5 in workshop mode, in the language's
    number format."""

    def __init__(self, workshop: bool, words: Wording) -> None:
        self.workshop = workshop
        self.words = words

    def __call__(self, n: int) -> str:
        value = round_count(int(n)) if self.workshop else int(n)
        return self.words.count(int(value))


# ------------------------------------------------------------------------------ the findings
def _any_flag(firms: pd.DataFrame) -> pd.Series:
    groups = upgraded_groups(firms)
    return pd.array([None if pd.isna(g) else g == UPGRADED for g in groups], dtype="boolean")


def _upgrading_counts(result: AnalysisResult, count: _Counts) -> Finding:
    words = count.words
    firms = result.firms.assign(**{ANY_FLAG: _any_flag(result.firms)})
    rule = result.disclosure
    overall = type_shares(firms, [ANY_FLAG], min_firms=rule.min_firms,
                          use_design=result.settings.use_weights).iloc[0]
    n_known = int(overall["n_known"])
    if bool(overall["suppressed"]):
        return Finding("upgrading_counts", "upgrading_counts_withheld",
                       words.templates["upgrading_counts_withheld"].format(
                           n_known=count(n_known)),
                       {"n_known": n_known})
    parts, numbers = [], {"n_known": n_known, "n_upgraded": int(overall["n_true"]),
                          "share_any": float(overall["share"]),
                          "ci_low": float(overall["ci_low"]),
                          "ci_high": float(overall["ci_high"]),
                          "weighted": bool(overall["weighted"])}
    summary = result.upgrading_summary.set_index("type") if len(result.upgrading_summary) \
        else pd.DataFrame()
    for t in RANKED_TYPES:
        if t in summary.index and not bool(summary.loc[t, "suppressed"]) \
                and pd.notna(summary.loc[t, "share"]):
            share = float(summary.loc[t, "share"])
            parts.append(words.phrases["type_share"].format(type=words.types[t],
                                                            share=words.percent(share)))
            numbers[f"share_{t}"] = share
    statement = words.templates["upgrading_counts"].format(
        n_upgraded=count(overall["n_true"]), n_known=count(n_known),
        share_any=words.percent(float(overall["share"])),
        by_type=words.phrases["list_separator"].join(parts) or words.phrases["none"])
    caveat = words.phrases["weighted"] if numbers["weighted"] else ""
    return Finding("upgrading_counts", "upgrading_counts", statement, numbers, caveat)


def _sector_difference(result: AnalysisResult, count: _Counts) -> Finding | None:
    words = count.words
    firms = result.firms
    if "sector" not in firms.columns:
        return None
    firms = firms.assign(**{ANY_FLAG: _any_flag(firms)})
    rule = result.disclosure
    shares = type_shares(firms, [ANY_FLAG], by="sector", min_firms=rule.min_firms,
                         use_design=result.settings.use_weights)
    shares = shares[shares["n_known"] > 0]
    if len(shares) != 2 or shares["suppressed"].any():
        return None  # one sector, more than two, or a withheld share: no two-way answer
    tests = group_tests(firms, [ANY_FLAG], ["sector"], min_firms=rule.min_firms,
                        use_design=result.settings.use_weights)
    test = tests.iloc[0] if len(tests) else None
    a, b = (shares.sort_values("share", ascending=False).iloc[i] for i in (0, 1))
    p = float(test["p_value"]) if test is not None and not bool(test["suppressed"]) \
        and pd.notna(test["p_value"]) else float("nan")
    clear = math.isfinite(p) and p < ALPHA
    clarity = (words.phrases["clear_p" if clear else "not_clear_p"].format(p=words.p_value(p))
               if math.isfinite(p) else words.phrases["not_clear_no_range"])
    same = abs(float(a["share"]) - float(b["share"])) < 0.005
    template = "sector_same" if same else "sector_difference"
    statement = words.templates[template].format(
        comparison=words.phrases["more"], sector_a=words.value(a["group"]),
        share_a=words.percent(float(a["share"])), n_a=count(a["n_known"]),
        sector_b=words.value(b["group"]), share_b=words.percent(float(b["share"])),
        n_b=count(b["n_known"]), clarity=clarity)
    numbers = {"sector_a": str(a["group"]), "share_a": float(a["share"]),
               "n_a": int(a["n_known"]), "sector_b": str(b["group"]),
               "share_b": float(b["share"]), "n_b": int(b["n_known"]), "p_value": p,
               "test": None if test is None else str(test["test"])}
    return Finding("sector_difference", template, statement, numbers)


def _id_problems(problems: IdProblems, count: _Counts) -> Finding:
    """Firm rows left out for a blank or duplicated ID (named unless in workshop mode)."""
    words = count.words
    ids = "" if count.workshop or not problems.duplicated else words.phrases["id_named"].format(
        ids=problems.named_ids(words.conjunction))
    workers = words.phrases["id_workers"].format(n_workers=count(problems.n_workers)) \
        if problems.n_workers else ""
    statement = words.templates["id_problems"].format(n_rows=count(problems.n_rows), ids=ids,
                                                      workers=workers)
    numbers = {"n_rows": problems.n_rows, "n_blank": problems.n_blank,
               "n_duplicated_ids": len(problems.duplicated), "n_workers": problems.n_workers}
    return Finding("id_problems", "id_problems", statement, numbers, view="firmsTable")


def _bargaining(result: AnalysisResult, count: _Counts) -> Finding | None:
    words = count.words
    table = result.bargaining
    if table is None or table.empty:
        return None
    counts = {str(r["value"]): int(r["n_firms"]) for r in table.to_dict("records")
              if r["value"] != "unknown"}
    n_known = sum(counts.values())
    if table["suppressed"].any() or not n_known:
        return Finding("bargaining", "bargaining_withheld",
                       words.templates["bargaining_withheld"].format(n_known=count(n_known)),
                       {"n_known": n_known})
    statement = words.templates["bargaining"].format(
        improved=count(counts.get("improved", 0)), unchanged=count(counts.get("unchanged", 0)),
        worse=count(counts.get("worse", 0)), n_known=count(n_known))
    return Finding("bargaining", "bargaining", statement,
                   {"n_known": n_known, **{f"n_{k}": v for k, v in counts.items()}})


@dataclass(frozen=True)
class _Size:
    """A gap in words ("about 9% higher", "4 percentage points lower", "about the same") and the
    number behind the words (relative gap, or the share difference)."""

    text: str
    value: float
    same: bool


def _size(words: Wording, outcome: str, scale: str, diff: float, ref_mean: float) -> _Size:
    if scale == "share":
        value = diff
        if round(100 * abs(diff)) == 0:
            return _Size(words.phrases["about_same"], value, True)
        points = round(100 * abs(diff))
        amount = (words.phrases["point"] if points == 1
                  else words.phrases["points"].format(value=words.whole(points)))
    else:
        if outcome == "log_monthly_wage":
            value = math.expm1(diff)
        elif outcome in RELATIVE_OUTCOMES and ref_mean > 0:
            value = diff / ref_mean
        else:
            value = diff
        if round(100 * abs(value)) == 0:
            return _Size(words.phrases["about_same"], value, True)
        amount = words.phrases["about"].format(value=words.percent(abs(value)))
    word = "higher" if value > 0 else "lower"
    return _Size(words.phrases[word].format(amount=amount), value, False)


def _range(words: Wording, outcome: str, scale: str, low: float, high: float, ref_mean: float
           ) -> tuple[str, str]:
    if scale == "share":
        return (words.signed_whole(low),
                words.phrases["points_range"].format(value=words.signed_whole(high)))
    if outcome == "log_monthly_wage":
        return words.signed_percent(math.expm1(low)), words.signed_percent(math.expm1(high))
    if outcome in RELATIVE_OUTCOMES and ref_mean > 0:
        return words.signed_percent(low / ref_mean), words.signed_percent(high / ref_mean)
    return words.signed_decimal(low), words.signed_decimal(high)


def _memo(result: AnalysisResult, key: str, compute):
    """One computation per result and firm table, shared by every language's findings (the
    comparisons are the costly part; the words are cheap)."""
    memo = result.__dict__.setdefault("_findings_memo", {})
    stamp = (id(result.firms), key)
    if stamp not in memo or memo[stamp][0] is not result.firms:
        memo[stamp] = (result.firms, compute())
    return memo[stamp][1]


def upgraded_comparisons(result: AnalysisResult) -> pd.DataFrame:
    """Every default outcome compared between workers of firms that upgraded (any type) and of
    firms that did not, on the result's subset, with the settings' controls and thresholds."""
    return _memo(result, "upgraded", lambda: _upgraded_comparisons(result))


def _upgraded_comparisons(result: AnalysisResult) -> pd.DataFrame:
    firms = result.firms.assign(**{UPGRADED_GROUPING: upgraded_groups(result.firms)})
    if result.workers.empty or "firm_id" not in result.workers.columns:
        return pd.DataFrame()
    settings = result.settings
    thresholds = settings.thresholds
    if result.provisional:  # the window's quick pass: the few-firm tests come with the full one
        thresholds = thresholds.for_quick_pass()
    table, _ = run_comparisons(firms, result.workers, outcomes=settings.outcomes,
                               group_vars=[UPGRADED_GROUPING],
                               references={UPGRADED_GROUPING: NOT_UPGRADED},
                               use_weights=settings.use_weights,
                               thresholds=thresholds, controls=settings.controls)
    result.deferred_tests += deferred_tests(table, thresholds) + deferred_adjusted(table)
    return table


def _outcome_findings(result: AnalysisResult, table: pd.DataFrame, count: _Counts
                      ) -> list[Finding]:
    words = count.words
    if table.empty:
        return []
    up = table[table["group"].astype(str) == UPGRADED].reset_index(drop=True)
    ref = table[table["group"].astype(str) == NOT_UPGRADED].set_index("outcome")
    testable = (~up["suppressed"].astype(bool) & up["outcome"].isin(ref.index)
                & ~up["outcome"].isin(SKIPPED_OUTCOMES))
    p = up["p_value"].to_numpy(dtype=float, na_value=np.nan).copy()
    p[~testable.to_numpy()] = np.nan
    p_holm = holm(p)  # over the outcomes the findings state
    controls = words.join([words.controls.get(c, c) for c in
                           table.attrs.get("adjusted_for", [])])
    out = []
    for i, row in up.iterrows():
        outcome = str(row["outcome"])
        name = words.outcomes.get(outcome, outcome)
        key = f"outcome:{outcome}"
        if outcome not in ref.index or outcome in SKIPPED_OUTCOMES:
            continue
        r = ref.loc[outcome]
        n_up, n_not = int(row["n_firms"]), int(r["n_firms"])
        base = {"outcome": outcome, "n_firms_upgraded": n_up, "n_firms_not": n_not,
                "n_workers_upgraded": int(row["n_workers"]),
                "n_workers_not": int(r["n_workers"])}
        if bool(row["suppressed"]) or bool(r["suppressed"]):
            out.append(Finding(key, "outcome_withheld",
                               words.templates["outcome_withheld"].format(outcome=name),
                               base, view="outcomesView"))
            continue
        if row["p_note"] == NO_VARIATION:
            out.append(Finding(key, "outcome_untestable",
                               words.templates["outcome_untestable"].format(outcome=name),
                               base, view="outcomesView"))
            continue
        scale = str(row["scale"])
        ref_mean = float(r["mean"])
        diff = float(row["diff"])
        size = _size(words, outcome, scale, diff, ref_mean)
        low, high = float(row["diff_ci_low"]), float(row["diff_ci_high"])
        clear = math.isfinite(p_holm[i]) and p_holm[i] < ALPHA
        if math.isfinite(low) and math.isfinite(high):
            lo_text, hi_text = _range(words, outcome, scale, low, high, ref_mean)
            clarity = words.phrases["clear" if clear else "not_clear"].format(low=lo_text,
                                                                              high=hi_text)
        else:
            clarity = words.phrases["not_clear_no_range"]
        fewest = min(n_up, n_not)
        cautions = []
        if row["p_note"] == LOW_POWER:
            cautions.append(words.phrases["hardly"].format(n=count(fewest)))
        elif fewest < result.settings.few_firms:
            cautions.append(words.phrases["few_firms"].format(n=count(fewest)))
        if row["p_note"] == SHARE_FEW_FIRMS:
            cautions.append(words.phrases["share_few_firms"])
        caveat = " ".join(cautions)
        adjusted = ""
        adj = float(row["adj_diff"]) if pd.notna(row["adj_diff"]) else float("nan")
        if math.isfinite(adj) and controls:
            adj_size = _size(words, outcome, scale, adj, ref_mean)
            adjusted = words.phrases["adjusted"].format(controls=controls, size=adj_size.text)
            base["adjusted_gap"] = adj_size.value
            base["adj_diff"] = adj
        template = "outcome_same" if size.same else "outcome_gap"
        statement = words.templates[template].format(
            outcome=name, size=size.text, n_firms_up=count(n_up), n_firms_not=count(n_not),
            clarity=clarity, adjusted=adjusted)
        if caveat:
            statement = f"{statement} {caveat}"
        numbers = {**base, "scale": scale, "mean_upgraded": float(row["mean"]),
                   "mean_not": ref_mean, "diff": diff, "gap": size.value, "diff_ci_low": low,
                   "diff_ci_high": high, "p_value": float(row["p_value"]),
                   "p_holm": float(p_holm[i]), "p_method": row["p_method"],
                   "clear": bool(clear)}
        out.append(Finding(key, template, statement, numbers, caveat, "outcomesView"))
    return out


def _skill_gaps(result: AnalysisResult) -> tuple[str, dict[str, tuple[str, float, float]]] | None:
    """The pay outcome and, for line workers and for the others, its (scale, diff, reference
    mean) between firms that upgraded and firms that did not; None when it cannot be said."""
    workers = result.workers
    outcome = next((o for o in SKILL_OUTCOMES if o in workers.columns
                    and workers[o].notna().any()), None)
    if outcome is None or "skill_group" not in workers.columns or workers.empty:
        return None
    if outcome == "monthly_wage" and "country" in result.firms.columns \
            and result.firms["country"].nunique() > 1:
        return None
    firms = result.firms.assign(**{UPGRADED_GROUPING: upgraded_groups(result.firms)})
    line = (workers["skill_group"].astype(object) == LINE_WORKERS).to_numpy()
    known = workers["skill_group"].notna().to_numpy()
    gaps = {}
    for name, mask in (("line", line), ("other", known & ~line)):
        part = workers[mask]
        if part.empty:
            return None
        table, _ = run_comparisons(firms, part, outcomes=[outcome],
                                   group_vars=[UPGRADED_GROUPING],
                                   references={UPGRADED_GROUPING: NOT_UPGRADED},
                                   use_weights=result.settings.use_weights,
                                   thresholds=result.settings.thresholds, controls=[])
        rows = table.set_index(table["group"].astype(str))
        if UPGRADED not in rows.index or NOT_UPGRADED not in rows.index \
                or rows["suppressed"].any():
            return None
        up, ref = rows.loc[UPGRADED], rows.loc[NOT_UPGRADED]
        gaps[name] = (str(up["scale"]), float(up["diff"]), float(ref["mean"]))
    return outcome, gaps


def _skill_gap(result: AnalysisResult, count: _Counts) -> Finding | None:
    words = count.words
    computed = _memo(result, "skill", lambda: _skill_gaps(result))
    if computed is None:
        return None
    outcome, gaps = computed
    sizes = {k: _size(words, outcome, *v) for k, v in gaps.items()}
    statement = words.templates["skill_gap"].format(
        outcome=words.outcome_nouns.get(outcome, outcome),
        size_line=sizes["line"].text, size_other=sizes["other"].text,
        caution=words.phrases["skill_caution"])
    return Finding(f"skill_gap:{outcome}", "skill_gap", statement,
                   {"outcome": outcome, "gap_line": sizes["line"].value,
                    "gap_other": sizes["other"].value}, words.phrases["skill_caution"],
                   "outcomesView")


def findings(result: AnalysisResult, lang: str = "en") -> list[Finding]:
    """The findings of one analysis result (its subset, settings and disclosure rule), said in
    ``lang`` (en, vi, th, my; core.analysis.findings_languages). The numbers do not depend on
    the language: every language fills the same templates from the same computation."""
    count = _Counts(is_workshop(result), wording(lang))
    out: list[Finding] = []
    problems = getattr(result, "id_problems", None)
    if problems:  # first: every number below rests on the firms that remain
        out.append(_id_problems(problems, count))
    if "highest_type" in result.firms.columns and len(result.firms):
        out.append(_upgrading_counts(result, count))
        sector = _sector_difference(result, count)
        if sector is not None:
            out.append(sector)
    bargaining = _bargaining(result, count)
    if bargaining is not None:
        out.append(bargaining)
    if "highest_type" in result.firms.columns:
        out += _outcome_findings(result, upgraded_comparisons(result), count)
        skill = _skill_gap(result, count)
        if skill is not None:
            out.append(skill)
    if count.workshop:  # the numbers' counts rounded as the words' are
        out = [dataclasses.replace(f, numbers={
            k: (round_count(v) if k.startswith("n_") and isinstance(v, int | np.integer)
                and not isinstance(v, bool) else v) for k, v in f.numbers.items()})
            for f in out]
    return out


__all__ = [
    "NOT_UPGRADED",
    "UPGRADED",
    "UPGRADED_GROUPING",
    "Finding",
    "findings",
    "upgraded_comparisons",
    "upgraded_groups",
]
