"""How a finding is said: one template per kind of statement and language, written once.

Why a separate module: the wording rules (DOMAIN.md's research questions answered for a
workshop audience; issue 13) must hold for every statement in every language, and every language
renders the same template ids with the same parameters, so the numbers cannot differ between
languages. A :class:`Wording` is one language's templates, pieces, names and number conventions
(Babel's CLDR data: "1.234" and "0,001" in Vietnamese); core.analysis.findings_languages holds
the languages.

Rules, checked by tests/core/test_findings.py and tests/core/test_findings_languages.py on every
statement the templates can produce:
- never "significant" (a p-value threshold is not a finding), never a causal verb ("causes",
  "leads to", "raises", "increases", "improves", "because"): a survey shows association;
- "not clear" is an answer: a difference whose Holm-adjusted p-value is 0.05 or more is said to
  be not clear, with the range it could lie in;
- every statement carries the number of firms behind it, and a caution when they are few.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal, format_percent

MINUS = "\u2212"
"""The minus sign of signed gaps (a hyphen reads as a dash on a projector)."""


@dataclass(frozen=True)
class Wording:
    """One language's way of saying the findings."""

    lang: str
    """Language code: en, vi, th, my."""
    locale: str
    """The CLDR locale of its numbers."""
    templates: dict[str, str]
    """Statement templates by id; the parameters are filled by core.analysis.findings."""
    phrases: dict[str, str]
    """Pieces the templates are built from."""
    outcomes: dict[str, str]
    """How each outcome is named at the start of a statement."""
    outcome_nouns: dict[str, str]
    """How each outcome is named inside a sentence ("the gap in {noun} ...")."""
    controls: dict[str, str]
    """How a control is named in "among workers of the same …"."""
    types: dict[str, str]
    """Upgrading types as the by-type list names them."""
    values: dict[str, str]
    """Canonical category values said in words (sectors); others are said as the data has them."""
    conjunction: str
    """Joins the last two items of a list: " and "."""
    forbidden: tuple[str, ...]
    """Words no statement may use: significance and causal verbs in this language."""
    needs_review: bool = False
    """Machine-drafted and not yet reviewed by a native speaker (README lists these)."""

    # ---------------------------------------------------------------- numbers in this language
    def count(self, n: int) -> str:
        return format_decimal(int(n), locale=self.locale)

    def percent(self, v: float) -> str:
        return format_percent(v, format="#,##0%", locale=self.locale)

    def signed_percent(self, v: float) -> str:
        sign = "+" if round(100 * v) > 0 else MINUS if round(100 * v) < 0 else ""
        return sign + self.percent(abs(v))

    def signed_whole(self, v: float) -> str:
        """A signed whole number of percentage points (v is a share difference)."""
        points = round(100 * v)
        sign = "+" if points > 0 else MINUS if points < 0 else ""
        return sign + format_decimal(abs(points), locale=self.locale)

    def signed_decimal(self, v: float) -> str:
        sign = "+" if round(v, 2) > 0 else MINUS if round(v, 2) < 0 else ""
        return sign + format_decimal(abs(v), format="#,##0.00", locale=self.locale)

    def p_value(self, p: float) -> str:
        return format_decimal(p, format="0.000", locale=self.locale)

    def whole(self, v: float) -> str:
        return format_decimal(round(v), locale=self.locale)

    # ---------------------------------------------------------------- words
    def join(self, items: list[str]) -> str:
        """'a', 'a and b', 'a, b and c' (the list separator is the language's)."""
        if len(items) <= 1:
            return "".join(items)
        return self.phrases["list_separator"].join(items[:-1]) + self.conjunction + items[-1]

    def value(self, raw: object) -> str:
        return self.values.get(str(raw), str(raw))


ENGLISH = Wording(
    lang="en",
    locale="en",
    templates={
        "id_problems": ("{n_rows} firm rows are left out of every result because their firm "
                        "ID is blank or used by more than one row{ids}{workers}. The other "
                        "firms are analysed; correct the IDs in the file and open it again."),
        "upgrading_counts": ("{n_upgraded} of {n_known} firms upgraded in at least one way "
                             "({share_any}). By type: {by_type}."),
        "upgrading_counts_withheld": ("Too few firms with known answers ({n_known}) to say how "
                                      "many upgraded."),
        "sector_difference": ("Upgrading of any kind is {comparison} in {sector_a} ({share_a} "
                              "of {n_a} firms) than in {sector_b} ({share_b} of {n_b} firms). "
                              "{clarity}"),
        "sector_same": ("Upgrading of any kind is about as common in {sector_a} ({share_a} of "
                        "{n_a} firms) as in {sector_b} ({share_b} of {n_b} firms). {clarity}"),
        "bargaining": ("Bargaining position with buyers: it improved for {improved} of {n_known} "
                       "firms with known answers, stayed the same for {unchanged} and got worse "
                       "for {worse}."),
        "bargaining_withheld": ("Too few firms with known answers ({n_known}) to say how their "
                                "bargaining position changed."),
        "outcome_gap": ("{outcome} is {size} in firms that upgraded than in firms that did not "
                        "({n_firms_up} and {n_firms_not} firms). {clarity}{adjusted}"),
        "outcome_same": ("{outcome} is about the same in firms that upgraded as in firms that "
                         "did not ({n_firms_up} and {n_firms_not} firms). {clarity}{adjusted}"),
        "outcome_withheld": ("{outcome}: too few firms or workers in one of the groups to "
                             "compare them."),
        "outcome_untestable": ("{outcome}: every worker in both groups gives the same answer, "
                               "so there is nothing to compare."),
        "skill_gap": ("The gap in {outcome} between firms that upgraded and firms that did not "
                      "is {size_line} for line workers and {size_other} for technicians, "
                      "supervisors and managers. {caution}"),
    },
    phrases={
        "id_named": " (duplicated: {ids})",
        "id_workers": "; so are the workers of the duplicated IDs ({n_workers})",
        "clear": "The difference is clear: from {low} to {high}.",
        "not_clear": "The difference is not clear: it could be from {low} to {high}.",
        "not_clear_no_range": "The difference is not clear.",
        "clear_p": "The difference is clear (p = {p}).",
        "not_clear_p": "The difference is not clear (p = {p}).",
        "few_firms": "Only {n} firms in the smaller group: read this as a first indication.",
        "hardly": ("With only {n} firms in the smaller group, no test can tell: a difference "
                   "may exist without showing here."),
        "share_few_firms": "With so few firms, a share's p-value can be too small.",
        "weighted": "Shares are weighted by the survey's firm weight.",
        "adjusted": " Among workers of the same {controls}, it is {size}.",
        "more": "more common",
        "higher": "{amount} higher",
        "lower": "{amount} lower",
        "about": "about {value}",
        "about_same": "about the same",
        "points": "{value} percentage points",
        "point": "1 percentage point",
        "points_range": "{value} percentage points",
        "type_share": "{type} {share}",
        "list_separator": ", ",
        "none": "—",
        "skill_caution": "Whether the two gaps differ is not tested; read them side by side.",
    },
    outcomes={
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
    },
    outcome_nouns={
        "monthly_wage": "monthly wage",
        "wage_to_minimum": "pay relative to the minimum wage",
    },
    controls={
        "skill_group": "skill group", "gender": "gender", "country": "country",
        "sector": "sector", "tenure_years": "tenure", "age": "age", "contract": "contract",
        "employees": "firm size", "education": "education", "ownership": "ownership",
    },
    types={"process": "process", "product": "product", "functional": "functional",
           "chain": "chain (new sector)"},
    values={},
    conjunction=" and ",
    forbidden=("significant", "causes", "caused", "leads to", "led to", "raises", "raised",
               "increases", "increased", "improves", "because", "due to", "effect"),
)
"""English: the source every other language translates."""

FORBIDDEN = ENGLISH.forbidden
"""The English words no statement may use (each Wording names its language's)."""

__all__ = ["ENGLISH", "FORBIDDEN", "MINUS", "Wording"]
