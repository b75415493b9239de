"""Automatic role mapping: which column of a sheet plays which canonical role, and how sure we are.

Evidence, strongest first:
1. the column is named exactly like the role (``firm_id``, ``gender``): 0.99;
2. a role keyword (English or Vietnamese, diacritics optional) in the column *name*;
3. a keyword in the question text (variable label, second header row, codebook);
4. the values: a column whose values or value labels are the canonical spellings of a category role
   (Female/Male, Nữ/Nam) is that role even when its name says nothing.
Values also veto: a yes/no role is never given to a column with many distinct numbers, a number role
never to a text column. Each role gets at most one column and each column at most one role, the most
confident pairs first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.common.text import code_key, contains_phrase, fold
from core.io.rawtable import RawTable
from core.model.roles import NO_WORDS, YES_WORDS, Level, Role, roles_for

MIN_CONFIDENCE = 0.35

_YES_NO_LABELS = {fold(w) for w in (*YES_WORDS, *NO_WORDS, "yes", "no", "có", "không")}
_MISSING_LABEL_WORDS = (
    "don t know", "dont know", "do not know", "dk", "refused", "refuse", "not applicable", "n a",
    "na", "missing", "no answer", "no response", "not stated", "unknown", "skip", "skipped",
    "khong biet", "tu choi", "khong ap dung", "khong tra loi", "khong tra loi duoc",
    "in process", "not sure", "can t say", "cannot say",
)


@dataclass(frozen=True)
class ColumnProfile:
    """What the mapper needs to know about one column, computed once."""

    name: str
    name_folded: str
    label_folded: str
    n_nonmissing: int
    n_distinct: int
    numeric_share: float
    """Share of non-missing values that are numbers."""
    distinct_keys: frozenset[str]
    """Up to 50 distinct values as text keys (codes), for pattern checks."""
    value_label_texts: frozenset[str]
    """Folded value-label texts, excluding those that mean missing."""
    unique_share: float


def profile_column(table: RawTable, column: str) -> ColumnProfile:
    """Summarise one column (values, labels) for scoring."""
    s = table.data[column]
    nonmissing = s.dropna()
    if not pd.api.types.is_numeric_dtype(nonmissing):
        nonmissing = nonmissing[nonmissing.map(lambda v: code_key(v) is not None)]
    n = len(nonmissing)
    if n:
        numeric = pd.to_numeric(nonmissing, errors="coerce")
        numeric_share = float(numeric.notna().mean())
        uniques = nonmissing.drop_duplicates()
        n_distinct = len(uniques)
        distinct_keys = frozenset(k for k in (code_key(v) for v in uniques.iloc[:50]) if k)
    else:
        numeric_share, n_distinct, distinct_keys = 0.0, 0, frozenset()
    labels = table.value_labels.get(column, {})
    label_texts = frozenset(
        f for f in (fold(t) for t in labels.values()) if f and not is_missing_label(f)
    )
    return ColumnProfile(
        name=column,
        name_folded=fold(column),
        label_folded=fold(table.variable_labels.get(column, "")),
        n_nonmissing=n,
        n_distinct=n_distinct,
        numeric_share=numeric_share,
        distinct_keys=distinct_keys,
        value_label_texts=label_texts,
        unique_share=(n_distinct / n) if n else 0.0,
    )


def is_missing_label(label: str) -> bool:
    """Does a value label mean 'no real answer' (don't know, refused, not applicable...)?"""
    f = fold(label)
    return any(contains_phrase(f, w) for w in _MISSING_LABEL_WORDS)


def _keyword_strength(role: Role, text_folded: str) -> float:
    """0..1: the longest role keyword found in the text, longer phrases being more specific."""
    if not text_folded:
        return 0.0
    if any(contains_phrase(text_folded, fold(w)) for w in role.excluding):
        return 0.0
    best = 0.0
    present = set(_stems(text_folded))
    for kw in (role.name, *role.keywords):
        k = fold(kw)
        if not k:
            continue
        words = k.split()
        strength = min(0.55 + 0.12 * min(len(words), 3) + (0.05 if len(k) >= 8 else 0.0), 0.9)
        if contains_phrase(text_folded, k):
            best = max(best, strength)
        elif len(words) >= 2 and set(_stems(k)) <= present:
            # the same words in another order or form ("Sales share from new sector")
            best = max(best, 0.9 * strength)
    return best


def _stems(text_folded: str) -> list[str]:
    """Words with a plural -s dropped, so 'products' meets 'product' and 'sales' meets 'sale'."""
    out = []
    for w in text_folded.split():
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def _category_value_match(role: Role, prof: ColumnProfile) -> float:
    """Share of the column's distinct values/labels that are canonical spellings of the role."""
    if not role.canonical_values:
        return 0.0
    spellings = {fold(s) for alts in role.canonical_values.values() for s in alts}
    spellings |= {fold(k) for k in role.canonical_values}
    texts = set(prof.value_label_texts)
    if not texts and prof.numeric_share < 0.5:
        texts = {fold(k) for k in prof.distinct_keys}
    texts = {t for t in texts if t}
    if not texts:
        return 0.0
    return sum(t in spellings for t in texts) / len(texts)


def _looks_yes_no(prof: ColumnProfile) -> bool:
    if prof.value_label_texts:
        return bool(prof.value_label_texts) and prof.value_label_texts <= _YES_NO_LABELS
    folded = {fold(k) for k in prof.distinct_keys}
    if not folded:
        return True
    # answers that mean "no answer" (Don't know, 98, 99) say nothing about the column's kind
    real = {f for f in folded if not is_missing_label(f) and (not f.isdigit() or int(f) < 90)}
    return real <= _YES_NO_LABELS


def _kind_fit(role: Role, prof: ColumnProfile, level_table_rows: int) -> float:
    """Multiplier 0..1: do the values fit the role's kind? 0 vetoes."""
    if prof.n_nonmissing == 0:
        return 0.6  # an empty column may still be the right one; say so with lower confidence
    if role.kind == "yesno":
        return 1.0 if _looks_yes_no(prof) else 0.15
    if role.kind in ("number", "weight"):
        if prof.numeric_share >= 0.9:
            # a number role coded with few labelled categories is suspicious (e.g. age groups)
            return 0.7 if prof.value_label_texts and prof.n_distinct <= 8 else 1.0
        return 0.1
    if role.kind == "ordinal":
        if prof.numeric_share >= 0.9 and prof.n_distinct <= 12:
            return 1.0
        return 0.2
    if role.kind == "id":
        return 1.0 if prof.n_distinct >= 2 else 0.3
    if role.kind == "category":
        if prof.n_distinct > 60 and prof.unique_share > 0.5:
            return 0.2
        return 1.0
    return 1.0


def score_column(role: Role, prof: ColumnProfile, n_rows: int) -> float:
    """Confidence 0..1 that ``prof`` is the column for ``role``."""
    if prof.name_folded == fold(role.name) and role.name not in ("weight",):
        name_score = 0.99
    else:
        name_score = _keyword_strength(role, prof.name_folded)
    label_score = 0.92 * _keyword_strength(role, prof.label_folded)
    value_score = 0.0
    match = _category_value_match(role, prof)
    if match >= 0.6:
        value_score = 0.45 + 0.4 * match
    base = max(name_score, label_score, value_score)
    if name_score and label_score:
        base = min(0.99, base + 0.05)
    if base == 0.0:
        return 0.0
    return float(base * _kind_fit(role, prof, n_rows))


@dataclass(frozen=True)
class RoleMatch:
    role: str
    column: str
    confidence: float


def map_table(table: RawTable, level: Level) -> list[RoleMatch]:
    """Propose a column for each role of ``level`` in ``table`` (roles with no candidate omitted)."""
    profiles = [profile_column(table, str(c)) for c in table.data.columns]
    roles = roles_for(level)
    if not profiles or not roles:
        return []
    scores = np.array([[score_column(r, p, table.n_rows) for p in profiles] for r in roles])
    return _assign(roles, profiles, scores)


def _assign(roles: list[Role], profiles: list[ColumnProfile], scores: np.ndarray) -> list[RoleMatch]:
    """Greedy one-to-one assignment, most confident pair first (ties: questionnaire order)."""
    matches: list[RoleMatch] = []
    used_roles: set[int] = set()
    used_cols: set[int] = set()
    order = np.argsort(-scores, axis=None, kind="stable")
    for flat in order:
        ri, ci = divmod(int(flat), scores.shape[1])
        s = scores[ri, ci]
        if s < MIN_CONFIDENCE:
            break
        if ri in used_roles or ci in used_cols:
            continue
        used_roles.add(ri)
        used_cols.add(ci)
        matches.append(RoleMatch(roles[ri].name, profiles[ci].name, round(float(s), 2)))
    order_of = {r.name: i for i, r in enumerate(roles)}
    return sorted(matches, key=lambda m: order_of[m.role])


def table_level_scores(table: RawTable) -> dict[str, float]:
    """How firm-like and worker-like a table is: summed confidence of its role matches, plus the
    shape of the ID (a firm table has one row per firm ID; a worker table repeats them)."""
    out: dict[str, float] = {}
    for level in ("firm", "worker"):
        matches = [m for m in map_table(table, level) if m.role != "firm_id"]
        out[level] = sum(m.confidence for m in matches)
    name = fold(table.name)
    if any(w in name for w in ("firm", "enterprise", "company", "establishment", "doanh nghiep",
                               "cong ty", "employer")):
        out["firm"] += 2.0
    if any(w in name for w in ("worker", "employee", "individual", "respondent", "person",
                               "nguoi lao dong", "cong nhan", "nld", "staff")):
        out["worker"] += 2.0
    return out
