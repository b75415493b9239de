"""How a finding is said: one English template per kind of statement, written once.

Why a separate module: the wording rules (DOMAIN.md's research questions answered for a
workshop audience; issue 13) must hold for every statement, and the other languages will render
the same template ids with the same parameters, so the numbers cannot differ between languages.

Rules, checked by tests/core/test_findings.py on every statement the templates can produce:
- never "significant" (a p-value threshold is not a finding), never a causal verb ("causes",
  "leads to", "raises", "increases", "improves", "because"): a survey shows association;
- "not clear" is an answer: a difference whose Holm-adjusted p-value is 0.05 or more is said to
  be not clear, with the range it could lie in;
- every statement carries the number of firms behind it, and a caution when they are few.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "upgrading_counts": ("{n_upgraded} of {n_known} firms upgraded in at least one way "
                         "({share_any}). By type: {by_type}."),
    "upgrading_counts_withheld": ("Too few firms with known answers ({n_known}) to say how many "
                                  "upgraded."),
    "sector_difference": ("Upgrading of any kind is {comparison} in {sector_a} ({share_a} of "
                          "{n_a} firms) than in {sector_b} ({share_b} of {n_b} firms). {clarity}"),
    "sector_same": ("Upgrading of any kind is about as common in {sector_a} ({share_a} of {n_a} "
                    "firms) as in {sector_b} ({share_b} of {n_b} firms). {clarity}"),
    "bargaining": ("Bargaining position with buyers: it improved for {improved} of {n_known} "
                   "firms with known answers, stayed the same for {unchanged} and got worse for "
                   "{worse}."),
    "bargaining_withheld": ("Too few firms with known answers ({n_known}) to say how their "
                            "bargaining position changed."),
    "outcome_gap": ("{outcome} is {size} in firms that upgraded than in firms that did not "
                    "({n_firms_up} and {n_firms_not} firms). {clarity}{adjusted}"),
    "outcome_same": ("{outcome} is about the same in firms that upgraded as in firms that did "
                     "not ({n_firms_up} and {n_firms_not} firms). {clarity}{adjusted}"),
    "outcome_withheld": ("{outcome}: too few firms or workers in one of the groups to compare "
                         "them."),
    "outcome_untestable": ("{outcome}: every worker in both groups gives the same answer, so "
                           "there is nothing to compare."),
    "skill_gap": ("The gap in {outcome} between firms that upgraded and firms that did not is "
                  "{size_line} for line workers and {size_other} for technicians, supervisors "
                  "and managers. {caution}"),
}
"""Statement templates by id; the parameters are filled by core.analysis.findings."""

PHRASES: dict[str, str] = {
    "clear": "The difference is clear: from {low} to {high}.",
    "not_clear": "The difference is not clear: it could be from {low} to {high}.",
    "not_clear_no_range": "The difference is not clear.",
    "few_firms": " Only {n} firms in the smaller group: read this as a first indication.",
    "hardly": (" With only {n} firms in the smaller group, no test can tell: a difference may "
               "exist without showing here."),
    "adjusted": (" Among workers of the same {controls}, it is {size}."),
    "more": "more common",
    "higher": "{amount} higher",
    "lower": "{amount} lower",
    "about": "about {value}",
    "points": "{value} percentage points",
    "point": "1 percentage point",
    "skill_caution": ("Whether the two gaps differ is not tested; read them side by side."),
}
"""Pieces the templates are built from."""

OUTCOME_WORDS: dict[str, str] = {
    "monthly_wage": "The monthly wage",
    "log_monthly_wage": "The monthly wage (log)",
    "wage_to_minimum": "Pay relative to the minimum wage",
    "hours_per_week": "The number of hours worked per week",
    "training": "The share of workers who received training",
    "promoted": "The share of workers promoted",
    "social_insurance": "The share of workers with social insurance",
    "regular_contract": "The share of workers with a regular contract",
    "ms_index": "The measurable standards index",
    "er_index": "The enabling rights index",
}
"""How each outcome is named at the start of a statement."""

CONTROL_WORDS: dict[str, str] = {
    "skill_group": "skill group", "gender": "gender", "country": "country", "sector": "sector",
    "tenure_years": "tenure", "age": "age", "contract": "contract", "employees": "firm size",
    "education": "education", "ownership": "ownership",
}
"""How a control is named in "among workers of the same …"."""

TYPE_WORDS: dict[str, str] = {
    "process": "process", "product": "product", "functional": "functional",
    "chain": "chain (new sector)",
}

FORBIDDEN = ("significant", "causes", "caused", "leads to", "led to", "raises", "raised",
             "increases", "increased", "improves", "because", "due to", "effect")
"""Words no statement may use (tests/core/test_findings.py checks every statement)."""


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


__all__ = ["CONTROL_WORDS", "FORBIDDEN", "OUTCOME_WORDS", "PHRASES", "TEMPLATES", "TYPE_WORDS",
           "join_words"]
