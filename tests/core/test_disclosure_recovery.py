"""An attacker's view of every published output: for each withheld cell of the JSON of
``analyze`` and of the results workbook, try to get it back from the other numbers of the same
output, and fail.

The attacks are the ones a reader can do with a pencil (or a few lines of Python):

- a share table's overall minus its other groups, with the bounds 0 ≤ n_true ≤ n_known of every
  withheld group and of the firms without a group (the partition a share table is);
- share × n_known, or a Wilson interval inverted with its n_known;
- a group test's statistic or p-value with the table's margins: enumerate every table with those
  margins and keep those that give the published numbers (Fisher's odds ratio, Fisher's p,
  Pearson's chi-square);
- a count table (combinations, bargaining) minus its published total (the firms of the subset
  less the unknown/incomplete row), with a lower bound of 1 for a listed, withheld category;
- the economic × social matrix from its row, column and grand margins (assumed known: a
  conservative attacker), by linear programming over the withheld cells;
- a withheld worker mean from a difference against it, or from another table of the same output.

Per-firm records (``firms``, the Firms sheet) are the analyst's microdata, not statistics: they
give every share away by construction and are left out of the attack; in workshop mode they are
not published at all (core.analysis.disclosure).
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from scipy.optimize import linprog
from scipy.stats import chi2_contingency, fisher_exact

from core.analysis.disclosure import DisclosureRule
from core.analysis.matrix import matrix_summary
from core.analysis.pipeline import run_analysis
from core.export.results_export import write_results_xlsx
from core.project.opening import open_survey
from tests.fast_settings import NO_FEW_FIRM_TESTS

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
FAST = NO_FEW_FIRM_TESTS
"""No wild bootstrap: the attacks do not use p-values of worker comparisons, and it keeps the
test within seconds."""
SCENARIOS = {
    # Pathum Thani (5 firms) is the only region under 6, state (3) the only small ownership
    "thailand_6": ({"firms": {"country": ["Thailand"]}},
                   {"min_firms": 6, "share_by": ["region", "ownership"]}),
    # one country, min_firms raised to 5: combinations, bargaining and the matrix have 1-4 firms
    "thailand_5": ({"firms": {"country": ["Thailand"]}},
                   {"min_firms": 5, "share_by": ["region", "sector", "ownership"]}),
    # joint ventures (7) alone under 8 firms
    "myanmar_8": ({"firms": {"country": ["Myanmar"]}},
                  {"min_firms": 8, "share_by": ["region", "ownership"]}),
    # the whole survey: state firms (10) alone under 11
    "all_11": ({}, {"min_firms": 11, "share_by": ["ownership", "country"]}),
}


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def results(survey):
    return {name: run_analysis(survey.firms, survey.workers, subset=subset,
                               settings={**FAST, **settings})
            for name, (subset, settings) in SCENARIOS.items()}


# ---------------------------------------------------------------------------------- attacks

def _num(value):
    """A published number, or None for a withheld / empty / marked cell."""
    if value is None or isinstance(value, str | bool):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def share_recoveries(summary: list[dict], tables: list[list[dict]], where: str) -> list[str]:
    """Withheld n_true of a share table recovered from the overall and the other groups (every
    table of shares in the output counts: a number withheld in one and shown in another is
    recovered), or from a share or interval shown beside a withheld n_true."""
    found = []
    overall = {r["type"]: r for r in summary}
    shown: dict[tuple, float] = {}
    rows: dict[tuple, dict] = {}
    for table in tables:
        for r in table:
            key = (r["type"], r["group_var"], str(r["group"]))
            rows.setdefault(key, r)
            n_true, share, n_known = _num(r.get("n_true")), _num(r.get("share")), _num(
                r.get("n_known"))
            if n_true is None and (share is not None or _num(r.get("ci_low")) is not None
                                   or _num(r.get("ci_high")) is not None):
                found.append(f"{where}: {key} share or interval shown beside a withheld n_true")
            if n_true is None and share is not None and n_known:
                n_true = round(share * n_known)
            if n_true is not None:
                shown[key] = n_true
    parts: dict[tuple, list[tuple]] = {}
    for key in rows:
        if key[1] != "all":
            parts.setdefault(key[:2], []).append(key)
    for (flag, _), keys in parts.items():
        top = overall.get(flag)
        if top is None or _num(top.get("n_true")) is None:
            continue
        total, n_all = _num(top["n_true"]), _num(top["n_known"])
        if total in (0, n_all):  # the published overall (0 % or 100 %) says it of every group
            continue
        hidden = [k for k in keys if k not in shown]
        if not hidden:
            continue
        uppers = {k: _num(rows[k]["n_known"]) or 0 for k in hidden}
        residual = n_all - sum(_num(rows[k]["n_known"]) or 0 for k in keys)
        rest = total - sum(shown[k] for k in keys if k in shown)
        for k in hidden:
            if not uppers[k]:
                continue
            others = sum(u for j, u in uppers.items() if j != k) + residual
            low, high = max(0, rest - others), min(uppers[k], rest)
            if low == high:
                found.append(f"{where}: n_true of {k} = {low:g} (overall minus the others)")
    return found


def _test_value(table: np.ndarray) -> tuple[float, float]:
    """(statistic, p) as core.analysis.firm_stats computes them, written again from scipy."""
    n = table.sum()
    expected = table.sum(axis=1, keepdims=True) * table.sum(axis=0, keepdims=True) / n
    if table.shape == (2, 2) and expected.min() < 5:
        res = fisher_exact(table)
    else:
        res = chi2_contingency(table, correction=False)
    return float(res.statistic), float(res.pvalue)


def recoveries_from_tests(tests: list[dict], shares: list[dict], summary: list[dict], where: str
                    ) -> list[str]:
    """A test's published statistic or p-value with the published margins: every table with
    those margins is tried; a withheld cell on which all matching tables agree is recovered."""
    found = []
    overall = {r["type"]: r for r in summary}
    for t in tests:
        stat, p = _num(t.get("statistic")), _num(t.get("p_value"))
        if (stat is None and p is None) or t.get("test") not in ("fisher", "chi-square"):
            continue
        groups = [r for r in shares if r["type"] == t["type"] and r["group_var"] ==
                  t["group_var"] and (_num(r.get("n_known")) or 0) > 0]
        hidden = [i for i, r in enumerate(groups) if _num(r.get("n_true")) is None]
        if not hidden:
            continue  # every cell is published already
        top = overall[t["type"]]
        if _num(top.get("n_true")) is None:
            continue
        if sum(_num(r["n_known"]) for r in groups) != _num(top["n_known"]):
            continue  # firms without a group: the column margins are not known
        total = _num(top["n_true"]) - sum(_num(groups[i]["n_true"]) for i in
                                          range(len(groups)) if i not in hidden)
        ranges = [range(int(_num(groups[i]["n_known"])) + 1) for i in hidden]
        matches = []
        for values in itertools.product(*ranges):
            if sum(values) != total:
                continue
            yes = [_num(r["n_true"]) for r in groups]
            for i, v in zip(hidden, values, strict=True):
                yes[i] = v
            table = np.array([[_num(r["n_known"]) - y, y] for r, y in zip(groups, yes,
                                                                             strict=True)])
            if (table.sum(axis=0) == 0).any():
                continue
            s, q = _test_value(table)
            if (stat is None or math.isclose(s, stat, rel_tol=1e-7, abs_tol=1e-9)) and (
                    p is None or math.isclose(q, p, rel_tol=1e-7, abs_tol=1e-12)):
                matches.append(values)
        for pos, i in enumerate(hidden):
            values = {m[pos] for m in matches}
            if len(values) == 1:
                found.append(f"{where}: {t['type']} × {t['group_var']}: n_true of "
                             f"{groups[i]['group']} = {values.pop()} from the test's "
                             f"{t['test']} statistic / p-value and the margins")
    return found


def count_recoveries(rows: list[dict], total: int, key: str, unknown: str, where: str
                     ) -> list[str]:
    """Withheld counts of a count table from its total (subset firms − unknown)."""
    known = [r for r in rows if r[key] != unknown and not str(r[key]).startswith("incomplete")]
    unknown_n = sum(_num(r["n_firms"]) or 0 for r in rows if r not in known)
    hidden = [r for r in known if _num(r["n_firms"]) is None]
    if not hidden:
        return []
    every_listed = len(hidden) == len(known)  # all withheld: every category is listed
    low = 0 if every_listed else 1
    rest = total - unknown_n - sum(_num(r["n_firms"]) for r in known if r not in hidden)
    found = []
    if len(hidden) == 1 or rest == low * len(hidden):  # each cell ∈ [low, rest − low·(k−1)]
        for r in hidden:
            value = int(rest - low * (len(hidden) - 1))
            found.append(f"{where}: {r[key]} = {value} firms (the total minus the others)")
    if any(_num(r["share"]) is not None for r in hidden):
        found.append(f"{where}: a share shown beside a withheld count")
    return found


def small_cells(rows: list[dict], key: str, rule: DisclosureRule, where: str) -> list[str]:
    """Published counts of 1 … min_firms − 1 firms (the threshold applies to every cell)."""
    return [f"{where}: {r.get(key)} has {r['n_firms']} firms" for r in rows
            if (n := _num(r.get("n_firms"))) is not None and 0 < n < rule.min_firms
            and r.get(key) not in ("unknown",) and not str(r.get(key)).startswith("incomplete")
            and r.get("social") != "no MS index"]  # the missing-data rows are shown as counts


def matrix_recoveries(published: list[dict], truth: pd.DataFrame, where: str) -> list[str]:
    """Withheld matrix cells from all margins of each breakdown (known to a conservative
    attacker), by linear programming over the withheld cells."""
    found = []
    for (var, level), part in truth.groupby(["breakdown_var", "breakdown"], sort=False):
        shown_rows = {(r["economic"], r["social"]): r for r in published
                      if r["breakdown_var"] == var and str(r["breakdown"]) == str(level)}
        cells = list(zip(part["economic"], part["social"], strict=True))
        extra = [c for c in shown_rows if c not in cells]  # listed only because withheld
        for column in ("n_firms", "n_workers"):
            true = dict(zip(cells, part[column].astype(float), strict=True))
            true.update(dict.fromkeys(extra, 0.0))
            cells_all = cells + extra
            hidden = [c for c in cells_all if _num(shown_rows[c][column]) is None
                      and not (column == "n_workers" and c[1] == "no MS index")]
            if not hidden or (len(hidden) == len(cells_all) and shown_rows[cells_all[0]].get(
                    "suppressed") and _num(shown_rows[cells_all[0]].get("median_ms")) is None):
                continue  # a whole breakdown withheld (its totals are published on purpose)
            rows_ = sorted({e for e, _ in cells_all})
            cols_ = sorted({s for _, s in cells_all})
            a_eq, b_eq = [], []
            for pick in [*[lambda c, e=e: c[0] == e for e in rows_],
                         *[lambda c, s=s: c[1] == s for s in cols_]]:
                a_eq.append([1.0 if pick(c) else 0.0 for c in hidden])
                b_eq.append(sum(true[c] for c in cells_all if pick(c)) - sum(
                    true[c] for c in cells_all if pick(c) and c not in hidden))
            for i, c in enumerate(hidden):
                goal = np.zeros(len(hidden))
                goal[i] = 1.0
                lo = linprog(goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
                hi = linprog(-goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
                if lo.status == 0 and hi.status == 0 and -hi.fun - lo.fun < 0.5:
                    found.append(f"{where}: matrix {var}={level} {c} {column} = "
                                 f"{true[c]:g} from the margins")
    return found


def comparison_recoveries(rows: list[dict], others: list[tuple[str, str, str, float]],
                          where: str) -> list[str]:
    """A withheld worker mean from a published difference against it, from a number shown
    beside it, or from another table of the same output (``others``: (outcome, group_var,
    group, mean) published elsewhere)."""
    found = []
    hidden = {(r["outcome"], r["group_var"], str(r["group"])) for r in rows
              if _num(r.get("mean")) is None and r.get("suppressed")}
    for r in rows:
        if _num(r.get("mean")) is None and r.get("suppressed"):
            beside = [c for c in ("se", "ci_low", "ci_high", "diff", "diff_se", "diff_ci_low",
                                  "diff_ci_high", "p_value", "p_adjusted", "adj_diff",
                                  "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high",
                                  "adj_p_value") if _num(r.get(c)) is not None]
            if beside:
                found.append(f"{where}: {r['outcome']} {r['group']}: {beside} shown")
        ref = (r["outcome"], r["group_var"], str(r["reference"]))
        if ref in hidden and str(r["group"]) != str(r["reference"]) and _num(
                r.get("mean")) is not None and _num(r.get("diff")) is not None:
            found.append(f"{where}: reference {ref} = mean − diff of {r['group']}")
    for outcome, group_var, group, mean in others:
        if (outcome, group_var, group) in hidden and mean is not None:
            found.append(f"{where}: {outcome} {group} mean shown elsewhere in the output")
    return found


def attack(out: dict, truth: pd.DataFrame, rule: DisclosureRule, where: str) -> list[str]:
    """Every attack above on one output, given as plain records."""
    found = share_recoveries(out["summary"], [out["shares"], out["bars"]], where)
    found += recoveries_from_tests(out["tests"], out["shares"], out["summary"], where)
    found += count_recoveries(out["combinations"], out["n_firms"], "combination", "",
                              where + " combinations")
    found += count_recoveries(out["bargaining"], out["n_firms"], "value", "unknown",
                              where + " bargaining")
    found += small_cells(out["combinations"], "combination", rule, where + " combinations")
    found += small_cells(out["bargaining"], "value", rule, where + " bargaining")
    found += small_cells(out["matrix"], "economic", rule, where + " matrix")
    found += matrix_recoveries(out["matrix"], truth, where)
    found += comparison_recoveries(out["comparisons"], out["elsewhere"], where)
    return found


# ------------------------------------------------------------------------ outputs as records

def true_matrix(result) -> pd.DataFrame:
    """The matrix cells with no threshold (what the attacker is after)."""
    from core.analysis.matrix import matrix_frame

    summary = matrix_summary(result.firms, result.workers, choice=result.views.choices.matrix,
                             matrix_by=list(result.settings.matrix_by),
                             rule=DisclosureRule(0, 0))
    return matrix_frame(summary.table)


def json_records(data: dict) -> dict:
    summary = [{"type": t, "group_var": "all", "group": "all", **row}
               for t, row in data["upgrading_summary"].items()]
    up = data.get("upgrading_by") or {}
    elsewhere = [(t["outcome"], t["grouping"], str(r["group"]), _num(r.get("mean")))
                 for t in data.get("outcome_tables", []) for r in t["rows"]
                 if r.get("breakdown", "all") == "all" and r.get("subset", "A") == "A"]
    cb = data.get("chart_builder") or {}
    if cb.get("level") == "workers" and cb.get("kind") in ("bar", "box"):
        elsewhere += [(cb["variable"], cb["group"], str(g["group"]), _num(g.get("mean")))
                      for g in cb.get("groups", [])]
    return {"summary": summary, "shares": data["shares_by_group"],
            "bars": [b for b in up.get("shares", []) + (up.get("downgrading") or [])
                     if b.get("subset", "A") == "A" and b.get("group_var") != "all"],
            "tests": data["group_tests"], "combinations": data["combinations"],
            "bargaining": data["bargaining"], "matrix": data["matrix"],
            "comparisons": data["comparisons"], "elsewhere": elsewhere,
            "n_firms": data["n_firms"]}


def sheet_records(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    out = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        rec = {}
        for name, value in zip(header, row, strict=False):
            if isinstance(value, str) and value.startswith("suppressed"):
                value = None
            rec[name] = {"yes": True, "no": False}.get(value, value) if name in (
                "suppressed", "few_firms") else value
        out.append(rec)
    return out


def workbook_records(path: Path, n_firms: int) -> dict:
    book = openpyxl.load_workbook(path)
    summary = sheet_records(book["Upgrading summary"])
    bars = [b for b in sheet_records(book["Upgrading chart"]) if b.get("group_var") != "all"]
    cb = sheet_records(book["Chart builder"])
    elsewhere = [(r["variable"], r["group_var"], str(r["group"]), _num(r.get("mean")))
                 for r in cb if r.get("level") == "workers"]
    elsewhere += [(r["outcome"], r.get("group_var", "highest_type"), str(r["group"]),
                   _num(r.get("mean"))) for r in sheet_records(book["Outcome table"])
                  if r.get("breakdown", "all") == "all" and r.get("subset", "A") == "A"
                  and "outcome" in r]
    return {"summary": summary, "shares": sheet_records(book["Shares by group"]),
            "bars": bars, "tests": sheet_records(book["Group tests"]),
            "combinations": sheet_records(book["Combinations"]),
            "bargaining": sheet_records(book["Bargaining"]),
            "matrix": sheet_records(book["Matrix"]),
            "comparisons": sheet_records(book["Comparisons"]), "elsewhere": elsewhere,
            "n_firms": n_firms}


# ---------------------------------------------------------------------------------- tests

def test_the_scenarios_withhold_something(results):
    """The scenarios do create withheld cells of every kind the attacks look at."""
    withheld = {name: int(r.shares_by_group["suppressed"].sum())
                for name, r in results.items()}
    assert all(withheld.values()), withheld
    assert results["thailand_5"].comparisons["suppressed"].any()


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_withheld_cell_of_the_json_can_be_recovered(results, name):
    result = results[name]
    data = result.to_json()
    assert attack(json_records(data), true_matrix(result), result.disclosure,
                  f"{name} JSON") == []


@pytest.mark.parametrize("name", ["thailand_6", "thailand_5"])
def test_no_withheld_cell_of_the_workbook_can_be_recovered(results, name, tmp_path):
    result = results[name]
    path = write_results_xlsx(result, tmp_path / f"{name}.xlsx")
    assert attack(workbook_records(path, result.n_firms), true_matrix(result),
                  result.disclosure, f"{name} workbook") == []


def test_the_attacks_do_recover_cells_withheld_without_complements():
    """Not vacuous: a share table with one small group withheld alone, a Fisher test over it,
    and a count table with one withheld category all give the cell back."""
    summary = [{"type": "process", "group_var": "all", "group": "all", "n_known": 12,
                "n_true": 5, "share": 5 / 12}]
    shares = [{"type": "process", "group_var": "g", "group": "a", "n_known": 2, "n_true": None,
               "share": None},
              {"type": "process", "group_var": "g", "group": "b", "n_known": 10, "n_true": 4,
               "share": 0.4}]
    assert share_recoveries(summary, [shares], "x") == [
        "x: n_true of ('process', 'g', 'a') = 1 (overall minus the others)"]
    table = np.array([[1, 1], [6, 4]])
    stat, p = _test_value(table)
    shares[1]["n_true"] = None  # even with both groups withheld, the odds ratio gives it back
    tests = [{"type": "process", "group_var": "g", "test": "fisher", "statistic": stat,
              "p_value": p}]
    assert len(recoveries_from_tests(tests, shares, summary, "x")) == 2
    counts = [{"combination": "none", "n_firms": 10, "share": None},
              {"combination": "process", "n_firms": None, "share": None}]
    assert count_recoveries(counts, 12, "combination", "", "x") == [
        "x: process = 2 firms (the total minus the others)"]


# ------------------------------------------------------------------- the functions themselves

def test_one_small_group_gets_the_next_smallest_as_complement():
    from core.analysis.disclosure import protect_partition

    n_true = np.array([1, 4, 7, 9])
    n_known = np.array([2, 6, 12, 20])
    hidden = protect_partition(n_true, n_known < 3, upper=n_known, order=n_known)
    assert hidden.tolist() == [True, True, False, False]


def test_a_complement_that_bounds_give_away_is_not_enough():
    from core.analysis.disclosure import pinned, protect_partition

    # groups of 2 and 4 known, all with the flag: withheld together they are 2 + 4 = 6 of 6,
    # so both are back from the overall; the next group (8) is taken instead
    n_true, n_known = np.array([2, 4, 3, 10]), np.array([2, 4, 8, 20])
    assert pinned(n_true, np.array([True, True, False, False]), upper=n_known)[:2].all()
    hidden = protect_partition(n_true, n_known < 3, upper=n_known, order=n_known)
    assert hidden.tolist() == [True, False, True, False]
    assert not pinned(n_true, hidden, upper=n_known).any()


def test_an_overall_of_zero_is_not_helped_by_complements():
    from core.analysis.disclosure import protect_partition

    hidden = protect_partition(np.zeros(3), np.array([True, False, False]),
                               upper=np.array([2, 5, 9]))
    assert hidden.tolist() == [True, False, False]


def test_a_small_quadrant_withholds_a_rectangle():
    from core.analysis.disclosure import protect_table, table_ranges

    table = np.array([[38.0, 39.0], [2.0, 7.0]])
    hidden = protect_table(table, table < 3)
    assert hidden.sum() == 4  # one withheld cell alone, or a pair in a row, is given back
    low, high = table_ranges(table, hidden)
    assert (high - low >= 1).all()


def test_counts_listed_only_when_found_need_more_than_ones():
    from core.analysis.disclosure import protect_counts

    rule = DisclosureRule(min_firms=3)
    # 1 + 1 withheld with a total of 2 would be 1 and 1: a third category is withheld
    assert protect_counts(np.array([20, 1, 1, 9]), rule, listed_only_if_found=True).tolist() \
        == [False, True, True, True]
    assert protect_counts(np.array([20, 1, 2, 9]), rule, listed_only_if_found=True).tolist() \
        == [False, True, True, False]


def test_group_tests_are_withheld_with_a_withheld_group_and_odds_ratios_with_a_small_cell():
    from core.analysis.disclosure import withhold_suppressed_tests
    from core.analysis.firm_stats import group_tests

    flags = pd.DataFrame({
        "process": pd.array([True] * 2 + [False] * 8 + [True] * 1 + [False] * 9,
                            dtype="boolean"),
        "g": ["a"] * 10 + ["b"] * 10, "h": ["x"] * 18 + ["y"] * 2})
    tests = group_tests(flags, ["process"], ["g", "h"], min_firms=3).set_index("group_var")
    assert tests.loc["g", "test"] == "fisher" and not tests.loc["g", "suppressed"]
    assert tests.loc["g", "statistic_withheld"]  # a cell of 1 firm
    assert tests.loc["h", "suppressed"]  # group y has 2 firms
    shown = withhold_suppressed_tests(tests.reset_index()).set_index("group_var")
    assert np.isnan(shown.loc["g", "statistic"]) and shown.loc["g", "p_value"] > 0
    assert np.isnan(shown.loc["h", "statistic"]) and np.isnan(shown.loc["h", "p_value"])


def test_firm_means_of_few_workers_are_withheld():
    from core.analysis.disclosure import withhold_firm_means

    firms = pd.DataFrame({"firm_id": ["a", "b"], "ms_index_mean": [0.5, 0.7],
                          "ms_index_n": [1, 12], "er_index_mean": [0.2, np.nan],
                          "er_index_n": [10, 0]})
    out = withhold_firm_means(firms, DisclosureRule(3, 10))
    assert np.isnan(out.loc[0, "ms_index_mean"]) and out.loc[1, "ms_index_mean"] == 0.7
    assert out.loc[0, "er_index_mean"] == 0.2 and out["ms_index_n"].tolist() == [1, 12]
    assert firms.loc[0, "ms_index_mean"] == 0.5  # the input is not changed


def test_workshop_counts_are_rounded_to_five():
    from core.analysis.disclosure import round_counts, round_record_counts

    frame = pd.DataFrame({"n_firms": [1, 3, 12, 13], "n_true": [None, 2, 7, 8],
                          "share": [0.1, 0.2, 0.3, 0.4]})
    out = round_counts(frame)
    assert out["n_firms"].tolist() == [0, 5, 10, 15]
    assert out["n_true"].tolist() == [None, 0, 5, 10] and out["share"].tolist() == [
        0.1, 0.2, 0.3, 0.4]
    tree = round_record_counts({"n_firms": 23, "rows": [{"n_workers": 7, "mean": 1.23}],
                                "suppressed": True})
    assert tree == {"n_firms": 25, "rows": [{"n_workers": 5, "mean": 1.23}],
                    "suppressed": True}


def test_new_comparison_columns_are_withheld_with_their_row_and_reference():
    from core.analysis.disclosure import withhold_suppressed

    table = pd.DataFrame({
        "outcome": "y", "group_var": "g", "group": ["none", "chain", "process"],
        "reference": "none", "mean": [1.0, 2.0, 3.0], "diff": [0.0, 1.0, 2.0],
        "p_value": [np.nan, 0.1, 0.2], "adj_diff": [np.nan, 0.5, 0.7],
        "adj_p_value": [np.nan, 0.3, 0.4], "p_adjusted": [np.nan, 0.2, 0.4],
        "p_method": [None, "cluster_t", "cluster_t"], "extra": [1, 2, 3],
        "suppressed": [False, True, False]})
    out = withhold_suppressed(table)
    assert out.loc[1, ["mean", "adj_diff", "adj_p_value", "p_adjusted"]].isna().all()
    assert out.loc[2, "adj_diff"] == 0.7 and out.loc[2, "extra"] == 3
    table.loc[0, "suppressed"] = True  # the reference withheld: every difference goes
    out = withhold_suppressed(table)
    assert out.loc[2, ["diff", "adj_diff", "adj_p_value", "p_value"]].isna().all()
    assert out.loc[2, "mean"] == 3.0
