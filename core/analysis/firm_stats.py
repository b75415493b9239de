"""Firm-level statistics: shares of firms with each upgrading type, by group, with honest tests.

Firms are the independent units here, so plain contingency tests are valid (DOMAIN.md: chi-square or
Fisher only on independent units). Shares carry a Wilson 95% CI, unweighted, and the number of firms
with a known value: unknown firms are never counted as "no".

Tests: Pearson chi-square without continuity correction (what Stata's ``tab g y, chi2`` reports); for
a 2×2 table with an expected count below 5, Fisher's exact test instead. Larger tables with small
expected counts keep the chi-square and say so in ``note``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.design import design_test, firm_design, weighted_shares_by
from core.analysis.disclosure import (
    STATISTIC_WITHHELD,
    DisclosureRule,
    protect_counts,
    protect_partition,
    withheld_odds_ratio,
    withheld_test,
)
from core.analysis.exact_tests import chi_square, fisher_exact

SMALL_EXPECTED = 5.0
INCOMPLETE = "incomplete (a type unknown)"
"""The combination of a firm with an unknown type."""
NO_TYPE = "none"
"""The combination of a firm with every type known and none of them."""


def _flag(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(value, known) arrays of a nullable boolean column."""
    arr = s.astype("boolean")
    return arr.fillna(False).to_numpy(dtype=bool), arr.notna().to_numpy()


def wilson_ci(successes: np.ndarray, n: np.ndarray, alpha: float = 0.05
              ) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval (NaN where n == 0): core.analysis.intervals' closed form, the same
    numbers as statsmodels' proportion_confint(method="wilson") without its 0.7 s import."""
    from core.analysis.intervals import wilson_interval

    low, high = wilson_interval(np.asarray(successes, dtype=float), np.asarray(n, dtype=float),
                                alpha=alpha)
    return np.asarray(low, dtype=float), np.asarray(high, dtype=float)


def _codes(group: pd.Series) -> tuple[np.ndarray, list[str]]:
    cat = group if isinstance(group.dtype, pd.CategoricalDtype) else group.astype("category")
    return cat.cat.codes.to_numpy(), [str(c) for c in cat.cat.categories]


SHARE_COLUMNS = ["type", "group_var", "group", "n_firms", "n_known", "n_true", "share",
                 "ci_low", "ci_high", "ci_method", "weighted", "suppressed"]
WILSON = "wilson"


def type_shares(table: pd.DataFrame, columns: list[str], by: str | None = None, *,
                min_firms: int = 3, use_design: bool = False) -> pd.DataFrame:
    """Share of firms with each flag (overall, or per value of ``by``).

    Columns: type, group_var, group, n_firms, n_known, n_true (firm counts, unweighted: the
    disclosure rule counts firms), share, ci_low, ci_high, ci_method, weighted, suppressed
    (fewer than ``min_firms`` firms with a known value, overall as in a group, or a complement
    of such a group: withheld in every output, see core.analysis.disclosure).

    With ``use_design`` and a firm weight, strata or PSU role in ``table``
    (core.analysis.design.firm_design) the share is the weighted one, Σw·flag/Σw over the firms
    with a known value and a usable weight, with a Korn–Graubard interval on the design's
    effective size (``ci_method`` "korn_graubard", ``weighted`` True); else the firms' plain
    share with a Wilson interval.
    """
    rule = DisclosureRule(min_firms=min_firms)
    design = firm_design(table) if use_design else None
    rows = []
    for col in columns:
        if col not in table.columns:
            continue
        value, known = _flag(table[col])
        if by is None:
            n_known = np.array([known.sum()])
            n_true = np.array([(value & known).sum()])
            n_firms = np.array([len(table)])
            groups = ["all"]
            hidden = rule.too_few_firms(n_known)
        else:
            codes, groups = _codes(table[by])
            n_firms, n_known, n_true, hidden = _group_counts(value, known, codes, len(groups),
                                                             rule)
        if design is None:
            low, high = wilson_ci(n_true, n_known)
            with np.errstate(invalid="ignore", divide="ignore"):
                share = np.where(n_known > 0, n_true / np.maximum(n_known, 1), np.nan)
            method = WILSON
        else:
            group_codes = np.zeros(len(table), dtype=np.int64) if by is None else codes
            est = weighted_shares_by(value.astype(float), known, group_codes, len(groups),
                                     design.weights, design.strata, design.psu)
            share, low, high, method = (est["share"], est["ci_low"], est["ci_high"],
                                        est["ci_method"])
        rows.append(pd.DataFrame({
            "type": col, "group_var": by or "all", "group": groups, "n_firms": n_firms,
            "n_known": n_known, "n_true": n_true, "share": share, "ci_low": low,
            "ci_high": high, "ci_method": method, "weighted": design is not None,
            "suppressed": hidden,
        }))
    if not rows:
        return pd.DataFrame(columns=SHARE_COLUMNS)
    out = pd.concat(rows, ignore_index=True)
    out["suppressed"] = out["suppressed"].astype(bool)
    return out


def _group_counts(value: np.ndarray, known: np.ndarray, codes: np.ndarray, k: int,
                  rule: DisclosureRule
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per group: firms, firms with a known value, firms with the flag, and whether the share
    is withheld: fewer than ``min_firms`` known, or a complement of such a group, since the
    groups (and the firms without a group) partition the overall count, which is published
    (core.analysis.disclosure.protect_partition)."""
    valid = codes >= 0
    n_firms = np.bincount(codes[valid], minlength=k)
    n_known = np.bincount(codes[valid & known], minlength=k)
    n_true = np.bincount(codes[valid & known & value], minlength=k)
    rest_known = int((known & ~valid).sum())
    rest_true = int((known & value & ~valid).sum())
    hidden = protect_partition(
        np.append(n_true, rest_true), np.append(rule.too_few_firms(n_known), False),
        upper=np.append(n_known, rest_known), order=np.append(n_known, rest_known),
        locked=np.append(np.zeros(k, dtype=bool), rest_known > 0))[:k]
    return n_firms, n_known, n_true, hidden


@dataclass
class TestResult:
    """A firm-level test of whether a flag's share differs across groups."""

    test: str
    """'chi-square', 'fisher' or 'none' (not enough data)."""
    statistic: float
    dof: int
    p_value: float
    n: int
    table: np.ndarray
    """Counts: rows = groups with a known value, columns = (no, yes)."""
    groups: list[str]
    note: str = ""


def contingency(flag: pd.Series, group: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Group × (no, yes) counts from bincount on category codes (fast on many firms)."""
    value, known = _flag(flag)
    codes, groups = _codes(group)
    ok = known & (codes >= 0)
    k = len(groups)
    counts = np.bincount(codes[ok] * 2 + value[ok].astype(np.int64), minlength=2 * k)
    return counts.reshape(k, 2), groups


def difference_test(flag: pd.Series, group: pd.Series) -> TestResult:
    """Chi-square (or Fisher for a sparse 2×2) test of the flag's share across groups."""
    table, groups = contingency(flag, group)
    nonempty = table.sum(axis=1) > 0
    table, groups = table[nonempty], [g for g, keep in zip(groups, nonempty, strict=True)
                                      if keep]
    n = int(table.sum())
    if table.shape[0] < 2 or np.any(table.sum(axis=0) == 0):
        return TestResult("none", np.nan, 0, np.nan, n, table, groups,
                          "not testable: fewer than two groups, or every firm has the same value")
    expected = table.sum(axis=1, keepdims=True) * table.sum(axis=0, keepdims=True) / n
    if table.shape == (2, 2) and expected.min() < SMALL_EXPECTED:
        odds, p = fisher_exact(table)
        return TestResult("fisher", odds, 1, p, n, table, groups,
                          "Fisher's exact test (an expected count is below 5); statistic = "
                          "odds ratio")
    statistic, dof, p = chi_square(table)
    note = ("some expected counts are below 5: interpret with care"
            if expected.min() < SMALL_EXPECTED else "")
    return TestResult("chi-square", statistic, dof, p, n, table, groups, note)


def group_tests(table: pd.DataFrame, columns: list[str], by: list[str], *,
                min_firms: int = 3, use_design: bool = False) -> pd.DataFrame:
    """One test row per (flag, grouping): type, group_var, test, statistic, dof, p_value, n, note,
    suppressed (fewer than ``min_firms`` firms with a known value, or a group whose share is
    withheld — the statistic or p-value and the margins would give its cells back: the
    statistic and p-value are withheld in every output), statistic_withheld (Fisher's odds
    ratio of a table with a cell under ``min_firms``: the odds ratio alone is withheld).

    With ``use_design`` and a firm design (as :func:`type_shares`) the test compares the
    weighted shares: core.analysis.design.design_test, Stata's adjusted Wald F with the
    design's degrees of freedom (``test`` "design_wald", ``dof`` the numerator df)."""
    rule = DisclosureRule(min_firms=min_firms)
    design = firm_design(table) if use_design else None
    rows = []
    for group_var in by:
        if group_var not in table.columns:
            continue
        codes, groups = _codes(table[group_var])
        for col in columns:
            if col not in table.columns:
                continue
            value, known = _flag(table[col])
            _, n_known, _, hidden = _group_counts(value, known, codes, len(groups), rule)
            suppressed = withheld_test(n_known, hidden, rule)
            if design is not None:
                res = design_test(value.astype(float), known, codes, design.weights,
                                  design.strata, design.psu)
                rows.append({"type": col, "group_var": group_var, "test": res["test"],
                             "statistic": res["statistic"], "dof": res["dof"],
                             "p_value": res["p_value"], "n": res["n"], "note": res["note"],
                             "suppressed": suppressed, STATISTIC_WITHHELD: False})
                continue
            res = difference_test(table[col], table[group_var])
            rows.append({"type": col, "group_var": group_var, "test": res.test,
                         "statistic": res.statistic, "dof": res.dof, "p_value": res.p_value,
                         "n": res.n, "note": res.note, "suppressed": suppressed,
                         STATISTIC_WITHHELD: res.test == "fisher" and withheld_odds_ratio(
                             res.table, rule)})
    return pd.DataFrame(rows, columns=["type", "group_var", "test", "statistic", "dof",
                                       "p_value", "n", "note", "suppressed",
                                       STATISTIC_WITHHELD])


def _type_bits(table: pd.DataFrame, present: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each firm's combination as a bit code over ``present`` and whether every type is known."""
    values = np.vstack([_flag(table[t])[0] for t in present])
    known = np.vstack([_flag(table[t])[1] for t in present]).all(axis=0)
    bits = (values.T.astype(np.int64) * (1 << np.arange(len(present)))).sum(axis=1)
    return bits, known


def _code_labels(present: list[str]) -> list[str]:
    return ["+".join(t for i, t in enumerate(present) if code >> i & 1) or NO_TYPE
            for code in range(1 << len(present))]


def combination_labels(table: pd.DataFrame, types: list[str]) -> np.ndarray:
    """Each firm's combination of types ('process+product', 'none', or INCOMPLETE), spelled as
    :func:`type_combinations` counts them (a click on a combination selects these firms)."""
    present = [t for t in types if t in table.columns]
    if not present:
        return np.full(len(table), "", dtype=object)
    bits, known = _type_bits(table, present)
    labels = np.asarray(_code_labels(present), dtype=object)[bits]
    return np.where(known, labels, INCOMPLETE).astype(object)


def type_combinations(table: pd.DataFrame, types: list[str], *, min_firms: int = 3
                      ) -> pd.DataFrame:
    """How often each combination of types occurs (e.g. 'process+product'), among firms whose
    every type is known; firms with an unknown type are counted in one 'incomplete' row.
    ``suppressed``: fewer than ``min_firms`` firms have every type known, so the counts and
    shares of the combinations are withheld in every output and every combination is listed,
    found or not (the incomplete count stays); else a combination of 1 … ``min_firms`` − 1
    firms is withheld, with complements so that the total (the subset's firms less the
    incomplete ones) does not give it back; withheld combinations come last, in a fixed order
    (their place in the ranking would bound them)."""
    present = [t for t in types if t in table.columns]
    if not present:
        return pd.DataFrame(columns=["combination", "n_firms", "share", "suppressed"])
    rule = DisclosureRule(min_firms=min_firms)
    bits, known = _type_bits(table, present)
    counts = np.bincount(bits[known], minlength=1 << len(present))
    n_complete = int(known.sum())
    suppressed = bool(rule.too_few_firms(n_complete))
    out = pd.DataFrame({"combination": _code_labels(present), "n_firms": counts})
    if suppressed:  # (withheld: every combination is listed, so the list says nothing)
        out["suppressed"] = True
    else:
        out = out[out["n_firms"] > 0]
        out["suppressed"] = protect_counts(out["n_firms"].to_numpy(), rule,
                                           listed_only_if_found=True)
        out = pd.concat([
            out[~out["suppressed"]].sort_values("n_firms", ascending=False, kind="stable"),
            out[out["suppressed"]]])
    out["share"] = out["n_firms"] / n_complete if n_complete else np.nan
    out = out[["combination", "n_firms", "share", "suppressed"]]
    incomplete = int((~known).sum())
    if incomplete:
        out = pd.concat([out, pd.DataFrame({"combination": [INCOMPLETE],
                                            "n_firms": [incomplete], "share": [np.nan],
                                            "suppressed": [False]})])
    out["suppressed"] = out["suppressed"].astype(bool)
    return out.reset_index(drop=True)


def category_distribution(table: pd.DataFrame, column: str, *, min_firms: int = 3
                          ) -> pd.DataFrame:
    """Counts and shares of a firm category (e.g. bargaining_change), unknown counted apart.
    ``suppressed``: fewer than ``min_firms`` firms have a known value (their counts and shares
    are withheld in every output; the unknown count stays), or the category has 1 …
    ``min_firms`` − 1 firms, or it is a complement of such a category (the total, the subset's
    firms less the unknown ones, is published)."""
    if column not in table.columns:
        return pd.DataFrame(columns=["value", "n_firms", "share", "suppressed"])
    rule = DisclosureRule(min_firms=min_firms)
    counts = table[column].value_counts(dropna=True, sort=False)
    n_known = int(counts.sum())
    out = pd.DataFrame({"value": counts.index.astype(str), "n_firms": counts.to_numpy()})
    out["share"] = out["n_firms"] / n_known if n_known else np.nan
    if rule.too_few_firms(n_known):
        out["suppressed"] = True
    else:
        listed_only_if_found = not isinstance(table[column].dtype, pd.CategoricalDtype)
        out["suppressed"] = protect_counts(out["n_firms"].to_numpy(), rule,
                                           listed_only_if_found=listed_only_if_found)
    n_unknown = int(table[column].isna().sum())
    if n_unknown:
        out = pd.concat([out, pd.DataFrame({"value": ["unknown"], "n_firms": [n_unknown],
                                            "share": [np.nan], "suppressed": [False]})],
                        ignore_index=True)
    out["suppressed"] = out["suppressed"].astype(bool)
    return out
