"""Restructure raw tables that are not one firm table plus one worker table.

Survey teams deliver four shapes the classifier cannot read as they are (issue 11, pattern 7, and the
one-column multi-select of pattern 8):

1. **Stacked records**: one sheet with firm rows and worker rows told apart by a record-type column
   (firm/worker, F/W, 1/2 with labels, "doanh nghiệp"/"người lao động"); firm rows fill the firm
   columns and leave the worker columns blank. Split into "<sheet> (firms)" and "<sheet> (workers)".
2. **Long worker file**: a worker sheet where a firm key repeats and the firm's answers (sector,
   country, employees, upgrading) are repeated on every worker row. A firm table "<sheet> (firms)"
   is derived from the columns that are constant within each firm — checked, never assumed.
3. **Wide worker groups** (SurveyCTO wide csv): a firm row with ``w_age_1..4``, ``w_gender_1..4``.
   Reshaped into "<name> (workers)", one row per firm and slot that has any answer.
4. **One-column multi-select** (ODK/Kobo ``select_multiple`` as "machines automation lean"): 0/1
   columns ``<col>/<token>`` added, as Kobo names its own split columns.

Everything done (and everything that looked like one of these shapes but failed a check) is a
:class:`Finding` with counts and sheet rows, so it reaches the validation report. Derived tables keep
the sheet rows of the rows they came from (``source_rows``), labels and value labels, so a finding on
them still points at the cell the researcher sees. The result depends only on the tables, so reopening
a project rebuilds the same derived tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.common.text import code_key, code_key_codes, contains_phrase, fold
from core.io.codebook import codebook_score
from core.io.rawtable import RawTable
from core.model.mapping import RoleMatch, map_table, table_level_scores
from core.model.roles import Level

FIRMS_SUFFIX = " (firms)"
WORKERS_SUFFIX = " (workers)"
VARYING_TOLERANCE = 0.05
"""A firm column may differ within at most this share of firms (one firm when there are ten or
more: a typing slip); above it, it is a worker column. The same share bounds a stray answer in the
other kind's column of stacked records."""
N_EXAMPLES = 10


@dataclass
class Restructured:
    """The tables to classify and map (originals replaced by derived ones where restructured) and
    what was done, in plain words."""

    tables: list[RawTable]
    findings: list[Finding] = field(default_factory=list)


def restructure(tables: list[RawTable], *, others: list[RawTable] | None = None) -> Restructured:
    """Split stacked records, derive a firm table from a long worker file, reshape wide worker
    groups and split one-column multi-selects; every change and every refusal is a finding.

    ``others`` are tables of other files of the same survey: they count when asking "is there a
    firm table already?" but are not restructured themselves.
    """
    findings: list[Finding] = []
    mapper = _Mapper()
    others = list(others or [])
    out: list[RawTable] = []
    for t in tables:
        context = [o for o in tables if o is not t] + others
        out.extend(_split_stacked(t, findings, mapper, context))
    context = out + others
    firm_present = any(_is_firm_table(t, mapper) for t in context)
    step: list[RawTable] = []
    for t in out:
        step.append(t)
        if not firm_present and not _is_codebook(t):
            derived = _derive_firms(t, findings, mapper)
            if derived is not None:
                step.append(derived)
                firm_present = True
    out = []
    for t in step:
        out.extend(_reshape_wide(t, findings))
    out = [_split_multiselect(t, findings) for t in out]
    return Restructured(out, findings)


class _Mapper:
    """The name mapper's matches per table and level, computed once per restructure: mapping a
    table profiles every column, the costly part of restructuring a large file."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[RawTable, dict[str, list[RoleMatch]]]] = {}

    def matches(self, t: RawTable, level: Level) -> list[RoleMatch]:
        entry = self._cache.get(id(t))
        if entry is None or entry[0] is not t:
            entry = (t, {})
            self._cache[id(t)] = entry
        if level not in entry[1]:
            entry[1][level] = map_table(t, level)
        return entry[1][level]

    def level_scores(self, t: RawTable) -> dict[str, float]:
        """core.model.mapping.table_level_scores from the cached matches, so a table is mapped
        once whichever step asks first."""
        return table_level_scores(t, {"firm": self.matches(t, "firm"),
                                      "worker": self.matches(t, "worker")})


# ----------------------------------------------------------------------------- helpers
def _is_codebook(t: RawTable) -> bool:
    return t.n_columns == 0 or codebook_score(t) >= 0.7


def _is_firm_table(t: RawTable, mapper: _Mapper) -> bool:
    if _is_codebook(t):
        return False
    s = mapper.level_scores(t)
    return s["firm"] >= 0.5 and s["firm"] >= s["worker"] and not _key_repeats(t)


def _key_repeats(t: RawTable) -> bool:
    """The table's best firm-key column repeats (a worker table), judged by names only."""
    return any(score >= 0.8 for _, score, _ in _repeating_keys(t))


def _rows(t: RawTable) -> np.ndarray:
    if t.source_rows is not None:
        return np.asarray(t.source_rows, dtype=np.int64)
    return np.array([t.sheet_row(i) for i in range(t.n_rows)], dtype=np.int64)


def _blank(values: pd.Series) -> np.ndarray:
    mask = values.isna().to_numpy(dtype=bool).copy()
    if _texty(values):  # decided once per distinct value, not per cell
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        empty = np.array([isinstance(u, str) and not u.strip() for u in uniques] + [False])
        mask |= empty[codes]
    return mask


def _texty(values: pd.Series) -> bool:
    """Text or mixed values (object, or pandas' own string dtype)."""
    return values.dtype == object or pd.api.types.is_string_dtype(values)


def _codes(values: pd.Series) -> np.ndarray:
    """Per row an integer code of the value as a text key (12, 12.0 and "12" alike), -1 blank."""
    return code_key_codes(values, with_keys=False)[0]


def _rows_text(rows: np.ndarray | list[int], limit: int = 6) -> str:
    rows = [int(r) for r in rows]
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


def _unique_name(name: str, taken: set[str]) -> str:
    out, n = name, 2
    while out in taken:
        out = f"{name} {n}"
        n += 1
    return out


def _subset(t: RawTable, name: str, rows: np.ndarray, columns: list[str],
            note: str | None = None) -> RawTable:
    """A table of some rows and columns of ``t``, keeping sheet rows and labels."""
    data = t.data.iloc[rows][columns].reset_index(drop=True)
    keep = set(columns)
    return RawTable(
        name=name, data=data, header_row=t.header_row, source_rows=_rows(t)[rows],
        variable_labels={c: v for c, v in t.variable_labels.items() if c in keep},
        value_labels={c: dict(v) for c, v in t.value_labels.items() if c in keep},
        missing_values={c: list(v) for c, v in t.missing_values.items() if c in keep},
        missing_ranges={c: list(v) for c, v in t.missing_ranges.items() if c in keep},
        hidden=t.hidden, notes=list(t.notes) + ([note] if note else []))


# ----------------------------------------------------------------------------- 1. stacked
_FIRM_VALUES = ("firm", "firms", "f", "enterprise", "company", "establishment", "doanh nghiep",
                "dn", "cong ty", "factory", "employer", "business", "plant")
_WORKER_VALUES = ("worker", "workers", "w", "employee", "employees", "nguoi lao dong", "nld",
                  "cong nhan", "individual", "respondent", "staff", "person", "lao dong")
_TYPE_NAMES = ("record type", "record", "rectype", "type", "level", "kind", "record kind",
               "row type", "loai", "loai ban ghi", "doi tuong", "unit", "form")


def _value_kind(text: object) -> str | None:
    f = fold(text)
    if not f:
        return None
    firm = any(f == w or (len(w) > 2 and contains_phrase(f, w)) for w in _FIRM_VALUES)
    worker = any(f == w or (len(w) > 2 and contains_phrase(f, w)) for w in _WORKER_VALUES)
    if firm == worker:
        return None
    return "firms" if firm else "workers"


_RECORD_TYPE_NAMES = frozenset({"record type", "rectype", "rec type", "record", "loai ban ghi",
                                "level", "record level", "record kind", "row type"})
"""Names that say "which kind of record" by themselves. Codes 1/2 without labels are read as
firm/worker only under one of these: "contract type" or "skill level" with two codes is an
ordinary question whose follow-up columns (skip logic) are filled for one code only."""


def _type_name(column: str) -> bool:
    f = fold(column.rsplit("/", 1)[-1])
    return f in _TYPE_NAMES or f.endswith((" type", " level")) or f.startswith("record ")


def _record_type_name(column: str) -> bool:
    return fold(column.rsplit("/", 1)[-1]) in _RECORD_TYPE_NAMES


def _key_like(column: str) -> bool:
    """An ID column (firm key, worker number): both kinds of stacked records may fill it."""
    f = fold(column.rsplit("/", 1)[-1])
    return (_firm_key_name(column) > 0 or bool(set(f.split()) & _KEY_WORDS)
            or f.replace(" ", "") in _COMPACT_ID_NAMES)


_COMPACT_ID_NAMES = frozenset({"workerid", "idworker", "manld", "empid", "employeeid",
                               "respondentid", "personid", "staffid", "uuid", "instanceid"})


def _per_row(codes: np.ndarray, names: list[str]) -> np.ndarray:
    """Per row the name of its code ('' where the code is -1, blank)."""
    table = np.array([*names, ""], dtype=object)  # code -1 picks the last entry
    return table[np.where(codes < 0, len(names), codes)]


def _record_type(t: RawTable) -> tuple[str, np.ndarray, str] | None:
    """(column, per-row kind 'firms'/'workers'/'' , how the kinds were read) or None."""
    best = None
    for col in t.data.columns:
        col = str(col)
        values = t.data[col]
        codes = _codes(values)
        n_distinct = int(codes.max()) + 1 if len(codes) else 0
        if not 2 <= n_distinct <= 6:
            continue
        labels = {code_key(k): v for k, v in t.value_labels.get(col, {}).items()}
        present, first_rows = np.unique(codes, return_index=True)  # each code's first row
        kinds = {}
        for c, i in zip(present.tolist(), first_rows.tolist(), strict=True):
            if c < 0:
                continue
            key = code_key(values.iloc[i])
            kinds[c] = _value_kind(labels.get(key, values.iloc[i]))
        if all(kinds.values()) and set(kinds.values()) == {"firms", "workers"}:
            per_row = _per_row(codes, [kinds.get(c, "") for c in range(n_distinct)])
            how = "labels" if labels else "values"
            cand = (col, per_row, how)
            if best is None or _type_name(col):
                best = cand
        elif n_distinct == 2 and _record_type_name(col) and best is None:
            per_row = _per_row(codes, [f"code{c}" for c in range(n_distinct)])
            best = (col, per_row, "columns")
    return best


def _split_stacked(t: RawTable, findings: list[Finding], mapper: _Mapper,
                   context: list[RawTable]) -> list[RawTable]:
    """``context``: the survey's other tables (a firm table among them means this sheet's 1/2
    codes are not firm/worker records)."""
    if _is_codebook(t) or t.n_rows < 2:
        return [t]
    found = _record_type(t)
    if found is None:
        return [t]
    col, kind, how = found
    rows = _rows(t)
    untyped = np.flatnonzero(kind == "")
    if untyped.size:
        findings.append(Finding(
            "warning",
            f'Sheet "{t.name}" looks like firm and worker records stacked (column "{col}" says '
            f"which), but {untyped.size} row(s) have no record type (sheet rows "
            f"{_rows_text(rows[untyped])}); the sheet was not split. Fill in the record type "
            "of those rows.", t.name, int(rows[untyped[0]]), col, "not_reshaped"))
        return [t]
    groups = sorted(set(kind))
    idx = {g: np.flatnonzero(kind == g) for g in groups}
    other = [str(c) for c in t.data.columns if str(c) != col]
    filled = {g: {c: float(np.mean(~_blank(t.data[c].iloc[idx[g]]))) for c in other}
              for g in groups}
    a, b = groups
    only_a = [c for c in other if filled[a][c] > 0 and filled[b][c] == 0]
    only_b = [c for c in other if filled[b][c] > 0 and filled[a][c] == 0]
    if not only_a or not only_b:
        findings.append(Finding(
            "warning",
            f'Sheet "{t.name}" has a record-type column "{col}", but its two kinds of rows fill '
            "the same columns, so they are not firm and worker records of one layout; the sheet "
            "was not split.", t.name, None, col, "not_reshaped"))
        return [t]
    if how == "columns":  # 1/2 without labels: the rows' own columns say which is which
        names = _code_sides(t, col, idx, filled, only_a, only_b, findings, mapper, context)
        if names is None:
            return [t]
        idx = {names[g]: v for g, v in idx.items()}
        filled = {names[g]: v for g, v in filled.items()}
    taken = {t.name}
    out = []
    parts = {}
    for side in ("firms", "workers"):
        otherside = "workers" if side == "firms" else "firms"
        cols = []
        stray = []
        for c in other:
            mine, theirs = filled[side][c], filled[otherside][c]
            if mine == 0:
                continue
            n_mine = round(mine * idx[side].size)
            if n_mine <= max(1, VARYING_TOLERANCE * idx[side].size) and theirs >= 0.5:
                stray.append(c)  # the other kind's column, with a stray answer here
                continue
            cols.append(c)
        name = _unique_name(t.name + (FIRMS_SUFFIX if side == "firms" else WORKERS_SUFFIX), taken)
        taken.add(name)
        parts[side] = (name, cols, stray)
        out.append(_subset(t, name, idx[side], cols))
    fr, wr = idx["firms"], idx["workers"]
    shared = sorted(set(parts["firms"][1]) & set(parts["workers"][1]), key=other.index)
    word = {"labels": "its value labels", "values": "its values",
            "columns": "the columns each kind of row fills"}[how]
    msg = (f'Sheet "{t.name}" holds firm and worker records stacked: column "{col}" (read from '
           f"{word}) marks {fr.size} firm rows (first at sheet row {int(rows[fr[0]])}) and "
           f"{wr.size} worker rows (first at sheet row {int(rows[wr[0]])}). They were split "
           f'into "{parts["firms"][0]}" ({len(parts["firms"][1])} columns) and '
           f'"{parts["workers"][0]}" ({len(parts["workers"][1])} columns), each keeping the '
           "columns its rows fill" + (f"; in both: {', '.join(shared[:8])}" if shared else "")
           + ".")
    findings.append(Finding("info", msg, t.name, None, col, "records_split"))
    for side, (name, _cols, stray) in parts.items():
        for c in stray:
            hit = idx[side][~_blank(t.data[c].iloc[idx[side]])]
            findings.append(Finding(
                "warning",
                f'Column "{c}" is a {"worker" if side == "firms" else "firm"} column, but '
                f"{hit.size} {side[:-1]} row(s) answer it (sheet rows {_rows_text(rows[hit])}); "
                f'those answers are not in "{name}". Check the record type of those rows.',
                t.name, int(rows[hit[0]]), c, "records_split"))
    return out


def _code_sides(t: RawTable, col: str, idx: dict[str, np.ndarray],
                filled: dict[str, dict[str, float]], only_a: list[str], only_b: list[str],
                findings: list[Finding], mapper: _Mapper,
                context: list[RawTable]) -> dict[str, str] | None:
    """Which of two unlabelled codes is the firm records, or None (with a warning) when the
    sheet is better read as one kind of record: both codes answer the same questions, the
    survey has a firm table already, or neither code's own columns look like firm questions."""
    a, b = sorted(idx)
    codes = {g: code_key(t.data[col].iloc[int(idx[g][0])]) for g in (a, b)}
    both = [c for c in filled[a] if c != col and not _key_like(c)
            and filled[a][c] >= 0.5 and filled[b][c] >= 0.5]
    why = None
    if len(both) >= 2:
        why = (f"rows of both codes answer the same questions ({', '.join(both[:6])}"
               f"{' …' if len(both) > 6 else ''}), so they are one kind of record whose "
               "follow-up questions depend on the code")
    else:
        firm_table = next((o for o in context if _is_firm_table(o, mapper)), None)
        if firm_table is not None:
            why = (f'the survey already has a firm table ("{firm_table.name}"), so the codes '
                   "are read as an ordinary answer")
    if why is None:
        sa = mapper.level_scores(_subset(t, "a", idx[a], only_a))
        sb = mapper.level_scores(_subset(t, "b", idx[b], only_b))
        da, db = sa["firm"] - sa["worker"], sb["firm"] - sb["worker"]
        firm, score = (a, sa) if da > db else (b, sb)
        if da == db or score["firm"] < max(0.5, score["worker"]):
            why = "the columns each code fills do not say which rows are firms"
        else:
            return {firm: "firms", (b if firm == a else a): "workers"}
    findings.append(Finding(
        "warning",
        f'Sheet "{t.name}" has a record-type column "{col}" with two codes ({codes[a]}, '
        f"{codes[b]}) and no labels, and rows of each code leave some columns blank, but "
        f"{why}; the sheet was not split. If it does hold firm and worker records, give the "
        "codes labels (firm / worker) in a codebook.", t.name, None, col, "not_reshaped"))
    return None


# ----------------------------------------------------------------------------- 2. long file
_FIRM_KEY_WORDS = ("firm", "company", "factory", "enterprise", "establishment", "doanh nghiep",
                   "cong ty", "plant", "business", "employer")
_KEY_WORDS = frozenset({"id", "code", "key", "no", "ma", "number", "nr", "num"})
_FIRM_KEY_NAMES = frozenset({"madn", "idstd", "idfirm", "firmid", "companyid", "ma dn",
                             "factoryid", "fid", "dn", "id dn", "ma doanh nghiep"})
_WORKER_KEY_WORDS = ("worker", "employee", "respondent", "person", "individual", "nguoi lao dong",
                     "cong nhan", "nld", "staff", "idworker")


def _firm_key_name(column: str) -> float:
    f = fold(column.rsplit("/", 1)[-1])
    if any(contains_phrase(f, w) for w in _WORKER_KEY_WORDS) or f.replace(" ", "") in (
            "idworker", "workerid", "manld"):
        return 0.0
    if f in _FIRM_KEY_NAMES or f.replace(" ", "") in _FIRM_KEY_NAMES:
        return 1.0
    firm = any(w in f for w in _FIRM_KEY_WORDS)
    if firm and set(f.split()) & _KEY_WORDS:
        return 1.0
    if firm and len(f.split()) <= 2:
        return 0.8
    if f in ("id", "key", "code"):
        return 0.5
    return 0.0


def _repeating_keys(t: RawTable) -> list[tuple[str, float, np.ndarray]]:
    """Columns named like a firm key whose values repeat, with their name score and codes."""
    out = []
    n = t.n_rows
    if n < 4:
        return out
    for col in t.data.columns:
        col = str(col)
        score = _firm_key_name(col)
        if score == 0:
            continue
        values = t.data[col]
        if pd.api.types.is_float_dtype(values):
            v = values.dropna().to_numpy(dtype=float)
            if len(v) and np.any(v != np.floor(v)):
                continue
        codes = _codes(values)
        present = int(np.count_nonzero(codes >= 0))
        n_firms = int(codes.max()) + 1 if present else 0
        if present < 0.9 * n or n_firms < 2 or present / n_firms < 1.5:
            continue
        out.append((col, score, codes))
    return out


@dataclass
class _Constancy:
    column: str
    constant: bool
    evidence: bool
    varying: list[int]
    """Firm codes where the column has two different answers."""
    checked: int
    """Firms with at least two answers in this column."""


def _constancy(values: pd.Series, firm: np.ndarray, n_firms: int, multi: int) -> _Constancy:
    v = _codes(values)
    ok = (v >= 0) & (firm >= 0)
    answers = np.bincount(firm[ok], minlength=n_firms)
    distinct = np.zeros(n_firms, dtype=np.int64)
    if ok.any():  # distinct answers per firm: unique (firm, answer) pairs as one integer each
        f, c = firm[ok].astype(np.int64), v[ok].astype(np.int64)  # (np.unique over rows of a
        width = int(c.max()) + 1                                   # 2-column array took 3.7 s)
        distinct = np.bincount(np.unique(f * width + c) // width, minlength=n_firms)
    checked = int(np.count_nonzero(answers >= 2))
    varying = [int(i) for i in np.flatnonzero(distinct > 1)]
    evidence = checked >= max(2, 0.5 * multi)
    allowed = max(1 if checked >= 10 else 0, int(VARYING_TOLERANCE * checked))
    constant = evidence and len(varying) <= allowed
    return _Constancy(str(values.name), constant, evidence, varying, checked)


def _answers_within(values: pd.Series, in_firm: np.ndarray, rows: np.ndarray) -> tuple[str, int]:
    """("Cambodia" at sheet rows 7, 8; "Thailand" at sheet row 9), and the first row of the
    rarest answer (where to look)."""
    codes = _codes(values)
    hit = np.flatnonzero(in_firm & (codes >= 0))
    by: dict[int, list[int]] = {}
    for i in hit:
        by.setdefault(int(codes[i]), []).append(i)
    groups = sorted(by.values(), key=lambda g: g[0])
    text = "; ".join(f'"{values.iloc[g[0]]}" at sheet row{"s" if len(g) > 1 else ""} '
                     f"{_rows_text(rows[g])}" for g in groups[:4])
    rare = min(groups, key=lambda g: (len(g), g[0]))
    return text, int(rows[rare[0]])


def _firm_role_columns(t: RawTable, mapper: _Mapper) -> list[str]:
    """Columns the name-based mapper takes for firm roles (not the firm ID), unless it takes
    them more surely for a worker role: the columns that *should* be constant within a firm."""
    worker = {m.column: m.confidence for m in mapper.matches(t, "worker")}
    return [m.column for m in mapper.matches(t, "firm")
            if m.role != "firm_id" and m.confidence >= 0.5
            and worker.get(m.column, 0.0) < m.confidence]


def _derive_firms(t: RawTable, findings: list[Finding], mapper: _Mapper) -> RawTable | None:
    keys = _repeating_keys(t)
    if not keys:
        return None
    firm_cols = _firm_role_columns(t, mapper)
    best = None
    for col, score, codes in keys:
        n_firms = int(codes.max()) + 1
        per_firm = np.bincount(codes[codes >= 0], minlength=n_firms)
        multi = int(np.count_nonzero(per_firm >= 2))
        checks = {str(c): _constancy(t.data[c], codes, n_firms, multi)
                  for c in t.data.columns if str(c) != col}
        const_firm = [c for c in firm_cols if c in checks and checks[c].constant]
        rank = (score + 0.1 * len(const_firm), len(const_firm))
        if best is None or rank > best[0]:
            best = (rank, col, codes, n_firms, checks)
    _, key, codes, n_firms, checks = best
    rows = _rows(t)
    first_row = np.full(n_firms, -1, dtype=np.int64)
    for i in range(len(codes) - 1, -1, -1):
        if codes[i] >= 0:
            first_row[codes[i]] = i
    firm_ids = [t.data[key].iloc[i] for i in first_row]
    constant = [c for c, k in checks.items() if k.constant]
    varying = [c for c, k in checks.items() if k.evidence and not k.constant]
    firm_constant = [c for c in firm_cols if c in constant]
    firm_varying = [c for c in firm_cols if c in varying]

    def example(c: str) -> str:
        f = checks[c].varying[0]
        hit = np.flatnonzero((codes == f) & ~_blank(t.data[c]))
        return f"firm {firm_ids[f]} at sheet rows {_rows_text(rows[hit])}"

    if not firm_constant or not varying:
        if firm_varying:
            detail = "; ".join(
                f'"{c}" differs within {len(checks[c].varying)} of {checks[c].checked} firms '
                f"(e.g. {example(c)})" for c in firm_varying[:5])
            findings.append(Finding(
                "warning",
                f'Sheet "{t.name}" looks like a worker file with the firm\'s answers repeated '
                f'(firm key "{key}" repeats: {int(np.count_nonzero(codes >= 0))} rows, {n_firms} '
                f"firms), but the firm columns are not constant within a firm: {detail}. No firm "
                "table was derived; check these columns, or add a separate firm sheet.",
                t.name, None, key, "not_reshaped"))
        return None
    # The firm table: the key and every column constant within firm, one row per firm.
    columns = [key] + [c for c in (str(x) for x in t.data.columns) if c in constant]
    name = _unique_name(t.name + FIRMS_SUFFIX, {t.name})
    derived = _subset(t, name, first_row, columns)
    note_parts = []
    first_finding = len(findings)
    for c in columns[1:]:
        for f in checks[c].varying[:N_EXAMPLES]:
            answers, odd = _answers_within(t.data[c], codes == f, rows)
            findings.append(Finding(
                "warning",
                f'Firm {firm_ids[f]}: column "{c}" is a firm answer but differs between its worker '
                f"rows ({answers}); the firm table keeps the answer of its first row (sheet row "
                f"{int(rows[first_row[f]])}). Check which is right.",
                t.name, odd, c, "firms_derived"))
        extra = len(checks[c].varying) - N_EXAMPLES
        if extra > 0:
            note_parts.append(f'"{c}" differs within {extra} more firms')
    blank_key = int(np.count_nonzero(codes < 0))
    msg = (f'Sheet "{t.name}" is a worker file with the firm\'s answers repeated on every row: '
           f'a firm table "{name}" was derived with one row per firm key "{key}" ({n_firms} '
           f"firms from {int(np.count_nonzero(codes >= 0))} worker rows, each firm at the sheet "
           f"row of its first worker), from the {len(columns) - 1} columns constant within "
           f"every firm ({', '.join(columns[1:9])}{' …' if len(columns) > 9 else ''}). "
           f"{len(varying)} columns vary within firms and stay worker answers.")
    if blank_key:
        msg += f" {blank_key} worker rows have no firm key and belong to no firm."
    if note_parts:
        msg += " Also: " + "; ".join(note_parts) + "."
    findings.insert(first_finding, Finding("info", msg, name, None, key, "firms_derived"))
    if firm_varying:
        findings.append(Finding(
            "warning",
            "These columns look like firm answers but differ within firms, so they were kept as "
            "worker answers and are not in the firm table: " + "; ".join(
                f'"{c}" ({len(checks[c].varying)} of {checks[c].checked} firms, e.g. '
                f"{example(c)})" for c in firm_varying[:5]) + ".",
            t.name, None, firm_varying[0], "not_reshaped"))
    return derived


# ----------------------------------------------------------------------------- 3. wide groups
_SUFFIX_INDEX = re.compile(r"^(.*\D)(\d{1,2})$")
_PREFIX_INDEX = re.compile(r"^([A-Za-z]{1,10})(\d{1,2})([_.\-])(.+)$")
_WORKER_PREFIXES = ("w", "wk", "worker", "workers", "emp", "employee", "nld", "resp",
                    "respondent", "staff", "person", "p", "lab", "labour", "labor")
_SEPS = "_.- "


def _parse_indexed(column: str) -> tuple[str, int, str] | None:
    """(stem, index, style) of a column in a numbered group, or None."""
    m = _SUFFIX_INDEX.match(column)
    if m:
        stem = m.group(1).rstrip(_SEPS)
        if stem and any(ch.isalpha() for ch in stem):
            return stem, int(m.group(2)), "suffix"
        return None
    m = _PREFIX_INDEX.match(column)
    if m:
        return f"{m.group(1)}{m.group(3)}{m.group(4)}", int(m.group(2)), "prefix"
    return None


def _clean_stem(stem: str) -> tuple[str, bool]:
    """(name without the worker marker, whether it had one): w_age → age, age_w → age."""
    low = stem.casefold()
    for p in _WORKER_PREFIXES:
        for sep in "_.-":
            if low.startswith(p + sep) and len(stem) > len(p) + 1:
                return stem[len(p) + 1:], True
            if low.endswith(sep + p) and len(stem) > len(p) + 1:
                return stem[: -len(p) - 1], True
    return stem, False


def _reshape_wide(t: RawTable, findings: list[Finding]) -> list[RawTable]:
    if _is_codebook(t) or t.n_rows == 0:
        return [t]
    stems: dict[str, dict[int, str]] = {}
    for c in (str(x) for x in t.data.columns):
        parsed = _parse_indexed(c)
        if parsed:
            stems.setdefault(parsed[0], {})[parsed[1]] = c
    stems = {s: ix for s, ix in stems.items() if len(ix) >= 2 and min(ix) <= 1}
    if len(stems) < 2:
        return [t]
    by_set: dict[tuple[int, ...], list[str]] = {}
    for s, ix in stems.items():
        by_set.setdefault(tuple(sorted(ix)), []).append(s)
    group: list[str] | None = None
    for index_set, members in sorted(by_set.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(members) < 2:
            continue
        if _worker_group(t, members, stems):
            group = list(members)
            # stems with a worker marker and a subset of the slots belong to the same group
            for s, ix in stems.items():
                if s not in group and _clean_stem(s)[1] and set(ix) <= set(index_set):
                    group.append(s)
            break
    if group is None:
        return [t]
    group.sort(key=lambda s: min(list(t.data.columns).index(c) for c in stems[s].values()))
    slots = sorted({i for s in group for i in stems[s]})
    group_cols = {c for s in group for c in stems[s].values()}
    from core.model.keys import key_candidates  # optional helper; keys is core/model too

    keys = [c for c, _ in key_candidates(t) if c not in group_cols]
    rows = _rows(t)
    if not keys:
        findings.append(Finding(
            "warning",
            f'Table "{t.name}" holds workers in numbered column groups ({", ".join(group[:6])} '
            f"for slots {slots[0]}–{slots[-1]}), but no column identifies the firm of each row, "
            "so the workers were not reshaped into a worker table. Add a firm ID column.",
            t.name, None, None, "not_reshaped"))
        return [t]
    key = keys[0]
    cleaned = [_clean_stem(s)[0] for s in group]
    names = []
    taken = {key, "worker_no"}
    for s, c in zip(group, cleaned, strict=True):
        name = c if c not in taken and cleaned.count(c) == 1 else s
        name = _unique_name(name, taken)
        taken.add(name)
        names.append(name)
    # One block per slot (the rows with any answer in the slot), then back in sheet order: row by
    # row, slots in order, as a person reading the sheet would list the workers.
    n = t.n_rows
    blank = {c: _blank(t.data[c]) for c in group_cols}
    values = {c: t.data[c].to_numpy(dtype=object) for c in group_cols | {key}}
    per_slot: dict[int, int] = {}
    picked: list[np.ndarray] = []
    blocks: dict[str, list[np.ndarray]] = {n_: [] for n_ in names}
    for i in slots:
        cols = [stems[s].get(i) for s in group]
        answered = np.zeros(n, dtype=bool)
        for c in cols:
            if c is not None:
                answered |= ~blank[c]
        hit = np.flatnonzero(answered)
        per_slot[i] = int(hit.size)
        picked.append(hit)
        for n_, c in zip(names, cols, strict=True):
            blocks[n_].append(values[c][hit] if c is not None
                              else np.full(hit.size, None, dtype=object))
    row_pos = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
    slot_no = np.concatenate([np.full(h.size, i, dtype=np.int64)
                              for i, h in zip(slots, picked, strict=True)])
    order = np.lexsort((slot_no, row_pos))  # stable: row first, then slot
    row_pos, slot_no = row_pos[order], slot_no[order]
    empty = n * len(slots) - int(row_pos.size)
    parts: dict[str, list[Any]] = {key: values[key][row_pos].tolist(),
                                   "worker_no": slot_no.tolist()}
    for n_ in names:
        parts[n_] = np.concatenate(blocks[n_])[order].tolist()
    src_rows = rows[row_pos]
    data = pd.DataFrame(parts)
    for n in names:
        data[n] = _tidy_dtype(data[n])
    data[key] = _tidy_dtype(data[key])
    data["worker_no"] = data["worker_no"].astype("int64")
    first = {n: stems[s][min(stems[s])] for n, s in zip(names, group, strict=True)}
    wname = _unique_name(t.name + WORKERS_SUFFIX, {t.name})
    workers = RawTable(
        name=wname, data=data, header_row=t.header_row,
        source_rows=np.asarray(src_rows, dtype=np.int64),
        variable_labels={
            **({key: t.variable_labels[key]} if key in t.variable_labels else {}),
            **{n: _strip_index_label(t.variable_labels[c]) for n, c in first.items()
               if c in t.variable_labels}},
        value_labels={
            **({key: dict(t.value_labels[key])} if key in t.value_labels else {}),
            **{n: dict(t.value_labels[c]) for n, c in first.items() if c in t.value_labels}},
        missing_values={n: list(t.missing_values[c]) for n, c in first.items()
                        if c in t.missing_values},
        missing_ranges={n: list(t.missing_ranges[c]) for n, c in first.items()
                        if c in t.missing_ranges},
        hidden=t.hidden, notes=list(t.notes))
    firm_cols = [str(c) for c in t.data.columns if str(c) not in group_cols]
    firms = _subset(t, t.name, np.arange(t.n_rows), firm_cols)
    n_workers = len(src_rows)
    findings.append(Finding(
        "info",
        f'Table "{t.name}" holds up to {len(slots)} workers per firm row in numbered column groups '
        f"({', '.join(f'{s} → {n}' for s, n in list(zip(group, names, strict=True))[:8])}"
        f"{' …' if len(group) > 8 else ''}). They were reshaped into \"{wname}\": {n_workers} "
        f"workers from {t.n_rows} firm rows (per slot: "
        f"{', '.join(f'{i}: {per_slot[i]}' for i in slots)}), linked by \"{key}\" and numbered "
        f'in "worker_no"; each worker keeps the sheet row of its firm. {empty} empty slots (no '
        f"answer in any of the group's {len(group_cols)} columns) were left out. The firm table "
        f"keeps its other {len(firm_cols)} columns.", wname, None, key, "workers_reshaped"))
    return [firms, workers]


def _tidy_dtype(values: pd.Series) -> pd.Series:
    """Numbers as numbers once the None of empty answers are mixed in."""
    if values.dtype != object:
        return values
    present = values.dropna()
    if len(present) and all(isinstance(v, (int, float, np.integer, np.floating))
                            and not isinstance(v, bool) for v in present):
        return pd.to_numeric(values, errors="coerce")
    return values


def _strip_index_label(label: str) -> str:
    return re.sub(r"[\s_#\-\(]*\(?\d{1,2}\)?\s*$", "", str(label)).strip() or str(label)


def _worker_group(t: RawTable, members: list[str], stems: dict[str, dict[int, str]]) -> bool:
    """A numbered group is workers when its names say so (w_, _w, worker) or its questions are
    worker questions (at least two worker roles among the first slot's columns)."""
    if sum(_clean_stem(s)[1] for s in members) >= max(2, len(members) // 2):
        return True
    first = {(_clean_stem(s)[0]): stems[s][min(stems[s])] for s in members}
    probe = RawTable("workers", pd.DataFrame(
        {n: t.data[c].to_numpy() for n, c in first.items()}),
        variable_labels={n: _strip_index_label(t.variable_labels[c])
                         for n, c in first.items() if c in t.variable_labels},
        value_labels={n: t.value_labels[c] for n, c in first.items() if c in t.value_labels})
    roles = [m for m in map_table(probe, "worker")
             if m.role not in ("firm_id", "worker_id") and m.confidence >= 0.5]
    return len(roles) >= 2


# ----------------------------------------------------------------------------- 4. multi-select
_TOKEN = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
MAX_TOKENS = 30


def _split_multiselect(t: RawTable, findings: list[Finding]) -> RawTable:
    if _is_codebook(t) or t.n_rows < 3:
        return t
    columns = [str(c) for c in t.data.columns]
    existing = set(columns)
    additions: list[tuple[str, list[tuple[str, pd.Series]]]] = []
    for col in columns:
        values = t.data[col]
        if not _texty(values):
            continue
        tokens = _multiselect_tokens(values)
        if tokens is None:
            continue
        if any(f"{col}{sep}{tok}" in existing for tok in tokens for sep in ("/", ".", "_")):
            continue  # the export already has the split columns
        blank = _blank(values)
        codes, uniques = pd.factorize(values, use_na_sentinel=True)  # per distinct answer
        token_sets = [set(str(u).split()) for u in uniques]
        new = []
        for tok in tokens:
            ticked = np.array([float(tok in s) for s in token_sets] + [np.nan])
            arr = np.where(blank, np.nan, ticked[codes])
            new.append((f"{col}/{tok}", pd.Series(arr, index=values.index)))
        additions.append((col, new))
    if not additions:
        return t
    data = t.data.copy()
    variable_labels = dict(t.variable_labels)
    value_labels = {c: dict(v) for c, v in t.value_labels.items()}
    rows = _rows(t)
    for col, new in additions:
        pos = list(data.columns).index(col) + 1
        labels = {code_key(k): v for k, v in t.value_labels.get(col, {}).items()}
        for name, series in new:
            data.insert(pos, name, series)
            pos += 1
            tok = name[len(col) + 1:]
            base = t.variable_labels.get(col, col)
            variable_labels[name] = f"{base}: {labels.get(tok, tok)}"
        answered = ~_blank(t.data[col])
        counts = ", ".join(f"{n[len(col) + 1:]} {int(np.nansum(s.to_numpy()))}" for n, s in new)
        first = np.flatnonzero(answered)
        n_blank = int((~answered).sum())
        blanks = (f' {n_blank} row(s) are blank: a form export writes a blank both when nothing '
                  "was ticked and when the question was not asked, so those rows stay unknown "
                  "for every choice, not \"no\"; if a blank means none was ticked, write "
                  "\"none\" in those cells.") if n_blank else ""
        findings.append(Finding(
            "warning" if n_blank else "info",
            f'Column "{col}" holds several choices in one cell, separated by spaces (a '
            f"select-multiple question): {len(new)} yes/no columns \"{col}/…\" were added, one per "
            f"choice ({counts} of {int(answered.sum())} answered rows), blank where \"{col}\" is "
            f"blank. The original column is kept.{blanks}", t.name,
            int(rows[first[0]]) if first.size else None, col, "multiselect_split"))
    return RawTable(name=t.name, data=data, header_row=t.header_row, source_rows=t.source_rows,
                    variable_labels=variable_labels, value_labels=value_labels,
                    missing_values={c: list(v) for c, v in t.missing_values.items()},
                    missing_ranges={c: list(v) for c, v in t.missing_ranges.items()},
                    hidden=t.hidden, notes=list(t.notes))


def _multiselect_tokens(values: pd.Series) -> list[str] | None:
    """The choice names of a space-separated multi-select column (first-seen order), or None.

    Choice names are short lowercase identifiers (``automation``, ``cad``, ``new_machines``,
    ``3``), from a small vocabulary, each recurring in several rows, never twice in one cell, and
    some cells hold two or more. Free text fails on punctuation, capitals, or words used once.
    """
    # each distinct answer once, weighted by its rows, in the order of first appearance (so the
    # choices keep the order in which the rows first name them)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    distinct = [(u, int(c)) for u, c in zip(uniques, counts, strict=True)
                if isinstance(u, str) and u.strip()]
    n_texts = sum(c for _, c in distinct)
    others = int(values.notna().sum()) - n_texts
    if n_texts < 3 or others > 0.05 * max(1, n_texts):
        return None
    seen: dict[str, int] = {}
    multi = 0
    for v, count in distinct:
        parts = v.split()
        if len(set(parts)) != len(parts):
            return None
        if not all(_TOKEN.match(p) for p in parts):
            return None
        multi += count * (len(parts) >= 2)
        for p in parts:
            seen[p] = seen.get(p, 0) + count
            if len(seen) >= MAX_TOKENS:
                return None
    if len(seen) < 2 or multi < max(1, 0.1 * n_texts):
        return None
    texts = [v for v, _ in distinct]
    recurring = sum(1 for n in seen.values() if n >= 2)
    if recurring < 0.6 * len(seen):
        return None
    # choice lists are short names; prose has long runs of distinct words per cell
    if max(len(v.split()) for v in texts) > len(seen):
        return None
    if _fixed_phrases({tuple(v.split()) for v in texts}):
        return None
    return list(seen)


def _fixed_phrases(cells: set[tuple[str, ...]]) -> bool:
    """The distinct cells are a handful of fixed multi-word names ("ha noi", "ho chi minh",
    "lower secondary"), not combinations of choices.

    Ticked choices combine: some cell's choices are a part of another's ("machines" and
    "machines lean") or the same choices in another order. In a phrase a word keeps its
    neighbour ("ha" is always followed by "noi", "lower" by "secondary"); most words of the
    multi-word cells keeping a neighbour is a phrase too, whatever the overlaps.
    """
    sets = {frozenset(c) for c in cells}
    combines = len(sets) < len(cells) or any(a < b for a in sets for b in sets)
    if not combines:
        return True
    after: dict[str, set[str | None]] = {}
    before: dict[str, set[str | None]] = {}
    for c in cells:
        for i, tok in enumerate(c):
            after.setdefault(tok, set()).add(c[i + 1] if i + 1 < len(c) else None)
            before.setdefault(tok, set()).add(c[i - 1] if i else None)
    in_multi = {tok for c in cells if len(c) >= 2 for tok in c}
    bound = [tok for tok in in_multi
             if (len(after[tok]) == 1 and None not in after[tok])
             or (len(before[tok]) == 1 and None not in before[tok])]
    return len(bound) >= 0.5 * len(in_multi)


__all__ = ["FIRMS_SUFFIX", "WORKERS_SUFFIX", "Restructured", "restructure"]
