"""Editing a study during the import review, and rebuilding the survey from the edited study.

The import review (gui/import_dialog.py) turns each gesture into one call here — answer one of the
proposal's questions, set or clear a column's role, type its missing codes, say how spellings are
read, choose which sheet is which, move the header row — and shows what comes back. Every edit
returns a *new* Study (the one shown stays valid until the rebuilt survey replaces it); ``rebuild``
makes the survey and validation report for an edited study without reading the file again; only
a header-row change re-reads the workbook.
Pure Python + pandas: a script can replay the same edits headless.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.common.errors import UserFacingError
from core.common.findings import Finding
from core.common.text import code_key
from core.io.rawtable import RawTable, SourceFile
from core.model.loading import LoadedSurvey, reread_source
from core.model.questions import Question
from core.model.roles import role
from core.model.study import (
    LEVEL_OF_SIDE,
    SIDES,
    Study,
    TableKinds,
    TableRef,
    apply_codebooks,
    propose_study,
    source_for,
)
from core.model.survey import build_survey

KINDS = ("firms", "workers", "codebook", "other")
"""What a sheet can be taken to be."""


# ----------------------------------------------------------------------------- reading the draft
@dataclass(frozen=True)
class ColumnReview:
    """One row of the import review's column list."""

    column: str
    question: str
    """The question text (variable label), '' when the file has none."""
    role: str | None
    confidence: float | None
    """0..1 for a proposed role, 1.0 for one a person set, None without a role."""
    missing_codes: tuple[Any, ...]
    examples: tuple[str, ...]
    """Up to three distinct answers as the file writes them (labels where known)."""


def tables_of(loaded: LoadedSurvey) -> list[RawTable]:
    return [t for s in loaded.sources for t in s.tables]


def table_named(loaded: LoadedSurvey, name: str) -> RawTable:
    for t in tables_of(loaded):
        if t.name == name:
            return t
    raise KeyError(name)


def source_of(loaded: LoadedSurvey, name: str) -> SourceFile:
    for s in loaded.sources:
        if any(t.name == name for t in s.tables):
            return s
    raise KeyError(name)


def side_table(loaded: LoadedSurvey, side: str) -> RawTable | None:
    """The raw table the survey's firm or worker frame was built from."""
    return loaded.survey.raw.get(side)


def column_reviews(loaded: LoadedSurvey, side: str) -> list[ColumnReview]:
    """Every column of the side's table with its role, confidence, missing codes and examples."""
    table = side_table(loaded, side)
    if table is None:
        return []
    study = loaded.study
    by_column = {c: r for r, c in study.roles.get(side, {}).items()}
    confidence = study.confidence.get(side, {})
    missing = study.missing_codes.get(side, {})
    out = []
    for col in table.data.columns:
        col = str(col)
        r = by_column.get(col)
        out.append(ColumnReview(
            column=col,
            question=str(table.variable_labels.get(col) or ""),
            role=r,
            confidence=(confidence.get(r, 1.0) if r is not None else None),
            missing_codes=tuple(missing.get(col, [])),
            examples=_examples(table, col),
        ))
    return out


def _examples(table: RawTable, column: str, n: int = 3) -> tuple[str, ...]:
    labels = {code_key(k): str(v) for k, v in table.value_labels.get(column, {}).items()}
    out: list[str] = []
    for value in table.data[column].head(500):
        key = code_key(value)
        if key is None:
            continue
        shown = labels.get(key, key)
        if shown not in out:
            out.append(shown)
        if len(out) == n:
            break
    return tuple(out)


def spelling_merges(loaded: LoadedSurvey) -> list[Finding]:
    """The survey's automatic merges of spellings ("Apparel ", "apparel" → "Apparel")."""
    return [f for f in loaded.survey.findings if f.code == "spelling_merged"]


CHANGE_CODES = frozenset({
    "spelling_merged", "reader_note", "records_split", "firms_derived", "workers_reshaped",
    "multiselect_split", "link_found", "worker_ids_restart", "unit_inferred", "pair_by_year",
    "rows_dropped", "notes_dropped", "header_rows_joined", "period_inferred", "value_assumed",
    "group_prefix_removed", "metadata_kept_apart", "values_read_as", "ordinal_value_map",
    "ordinal_recoded", "missing_code_assumed", "pay_terms_from_name", "unit_scaled",
    "assumed_value", "firm_key_found", "worker_id_found", "link_weak", "no_link",
    "link_not_named",
})
"""Finding codes that say the import changed or inferred something (whatever their severity)."""
_OBSERVATIONS = frozenset({"firm_without_workers"})
"""Info findings that describe the data, not something the import did to it."""


def inferred_changes(loaded: LoadedSurvey) -> list[Finding]:
    """Everything the import assumed or changed, for the review's "What was assumed or changed"
    list and inspect's ``inferred``: the proposal's inferences (Study.inferred), then the survey's
    findings that describe a change (a merge, a dropped or split row, a reshape, a reader's note),
    each once."""
    out: list[Finding] = []
    seen: set[tuple] = set()
    candidates = list(loaded.study.inferred) + [
        f for f in loaded.survey.findings
        if f.code in CHANGE_CODES or (f.severity == "info" and f.code not in _OBSERVATIONS)]
    for f in candidates:
        key = (f.code, f.message, f.table, f.row, f.column)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def row_position(table: RawTable, sheet_row: int) -> int | None:
    """The data row (0-based) shown at a 1-based sheet row, or None (header, blank, outside)."""
    if table.source_rows is not None:
        hits = np.flatnonzero(np.asarray(table.source_rows) == sheet_row)
        return int(hits[0]) if hits.size else None
    first = table.sheet_row(0) if table.n_rows else None
    if first is None:
        return None
    i = sheet_row - first
    return i if 0 <= i < table.n_rows else None


def sheet_rows(table: RawTable) -> np.ndarray:
    """1-based sheet row of every data row (what the preview's row headers show)."""
    if table.source_rows is not None:
        return np.asarray(table.source_rows, dtype=np.int64)
    if table.n_rows == 0:
        return np.zeros(0, dtype=np.int64)
    return np.arange(table.n_rows, dtype=np.int64) + int(table.sheet_row(0) or 1)


# ----------------------------------------------------------------------------- study edits
def _copy(study: Study) -> Study:
    return copy.deepcopy(study)


def set_role(study: Study, side: str, role_name: str, column: str,
             table: RawTable | None = None) -> Study:
    """Give ``column`` the role ``role_name`` (a person's choice: confidence 1.0). The role leaves
    any other column, and the column loses any other role. With the table at hand, a category
    role also gets the value map its labels suggest."""
    level = LEVEL_OF_SIDE[side]
    r = role(level, role_name)  # KeyError for an unknown role
    new = clear_role(study, side, column)
    roles = new.roles.setdefault(side, {})
    roles[role_name] = column
    new.confidence.setdefault(side, {})[role_name] = 1.0
    # a person decided this role: its question is answered, and a column now states it
    new.questions = [q for q in new.questions if (q.side, q.role) != (side, role_name)]
    new.assumed_values.get(side, {}).pop(role_name, None)
    if table is not None and r.kind == "category" and column not in new.value_maps.get(side, {}):
        from core.model.study import propose_value_map

        vmap = propose_value_map(table, level, role_name, column,
                                 new.missing_codes.get(side, {}).get(column, []))
        if vmap:
            new.value_maps.setdefault(side, {})[column] = vmap
    return new


def clear_role(study: Study, side: str, column: str) -> Study:
    """The column plays no role (it stays browsable in the tables). A question about a role the
    column held stays open (the person said "not this one", not which one): the review then
    shows "None of these" as the current answer."""
    new = _copy(study)
    roles = new.roles.setdefault(side, {})
    for r in [r for r, c in roles.items() if c == column]:
        del roles[r]
        new.confidence.get(side, {}).pop(r, None)
    return new


def parse_codes(text: str) -> list[Any]:
    """'98, 99, Don't know' → [98, 99, "Don't know"]: numbers as numbers, the rest as text.
    Separators: comma, semicolon or new line."""
    out: list[Any] = []
    for part in re.split(r"[;,\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        try:
            number = float(part)
            value: Any = int(number) if number.is_integer() else number
        except ValueError:
            value = part
        if value not in out:
            out.append(value)
    return out


def format_codes(codes: Any) -> str:
    return ", ".join(code_key(c) or "" for c in codes or [])


def set_missing_codes(study: Study, side: str, column: str, codes: list[Any]) -> Study:
    """The column's answers that mean 'no answer' (empty list: none)."""
    new = _copy(study)
    missing = new.missing_codes.setdefault(side, {})
    if codes:
        missing[column] = list(codes)
    else:
        missing.pop(column, None)
    return new


@dataclass(frozen=True)
class ValueReading:
    """One distinct answer of a category column and how the survey reads it."""

    raw: str
    count: int
    read_as: str


def value_readings(loaded: LoadedSurvey, side: str, column: str) -> list[ValueReading]:
    """Each distinct raw answer (as text, missing codes left out) with its count and the value
    the survey currently reads it as — after labels, value maps and spelling merges."""
    table = side_table(loaded, side)
    if table is None or column not in table.data.columns:
        return []
    keys = table.data[column].map(code_key)
    canon_col = next((r for r, c in loaded.study.roles.get(side, {}).items() if c == column), None)
    frame = loaded.survey.firms if side == "firms" else loaded.survey.workers
    canon = frame[canon_col] if canon_col is not None and canon_col in frame.columns else None
    counts = keys.value_counts(dropna=True, sort=False)
    out = []
    for key, count in counts.items():
        read_as = ""
        if canon is not None:
            first = int(np.flatnonzero((keys == key).to_numpy(dtype=bool))[0])
            value = canon.iloc[first]
            read_as = "" if value is None or (isinstance(value, float) and np.isnan(value)) \
                or value is pd.NA else str(value)
        out.append(ValueReading(str(key), int(count), read_as))
    return sorted(out, key=lambda v: (-v.count, v.raw))


def set_value_merges(study: Study, side: str, column: str, read_as: dict[str, str]) -> Study:
    """Read each raw answer (as text) as the given value; answers read the same merge into one.
    ``read_as`` should name every answer the column has (those left out would be reported as
    unlabeled); empty targets are dropped."""
    new = _copy(study)
    vmap = {str(k): str(v).strip() for k, v in read_as.items() if str(v).strip()}
    maps = new.value_maps.setdefault(side, {})
    if vmap:
        maps[column] = vmap
    else:
        maps.pop(column, None)
    return new


# ----------------------------------------------------------------------------- questions
def question_named(study: Study, question_id: str) -> Question:
    """The open question with this id (KeyError when it is answered or was never asked)."""
    for q in study.questions:
        if q.id == question_id:
            return q
    raise KeyError(question_id)


def is_value_question(question: Question) -> bool:
    """A question about a value for every row (a pay period) rather than about a column."""
    return any(c.value is not None for c in question.candidates)


def current_answer(study: Study, question: Question) -> int | None:
    """Which candidate the study applies now (index into ``question.candidates``), or None when
    none of them is (the role is unset or set to another column, no value is assumed)."""
    if is_value_question(question):
        now = study.assumed_values.get(question.side, {}).get(question.role)
        for i, c in enumerate(question.candidates):
            if c.value is not None and now is not None and str(c.value) == now:
                return i
        return None
    column = study.roles.get(question.side, {}).get(question.role)
    for i, c in enumerate(question.candidates):
        if c.column == column:
            return i
    return None


def answer_question(loaded: LoadedSurvey, question_id: str, column: str | None,
                    value: str | None = None) -> LoadedSurvey:
    """A person's answer to an open question, and the survey rebuilt with it.

    ``column`` gives the question's role to that column (as a role set by hand); ``value``
    instead says what the role is for every row (``assumed_values``, e.g. pay period "month");
    neither means "none of these": the role is left unset and no value is assumed. The question
    is closed either way; the other questions stay open."""
    question = question_named(loaded.study, question_id)
    side, role_name = question.side, question.role
    if value is not None:
        role(LEVEL_OF_SIDE[side], role_name)  # KeyError for an unknown role
        new = _copy(loaded.study)
        new.assumed_values.setdefault(side, {})[role_name] = str(value)
        roles = new.roles.setdefault(side, {})
        if role_name in roles:  # a value for every row replaces the column that was assumed
            del roles[role_name]
            new.confidence.get(side, {}).pop(role_name, None)
    elif column is not None:
        table = _study_table(loaded, loaded.study.table_ref(side))
        if table is not None and column not in table.data.columns:
            raise UserFacingError(f'The {side[:-1]} table has no column "{column}"',
                                  where=table.name, todo="Choose one of the columns it has")
        new = set_role(loaded.study, side, role_name, column, table)
    else:
        new = _copy(loaded.study)
        new.roles.setdefault(side, {}).pop(role_name, None)
        new.confidence.get(side, {}).pop(role_name, None)
        new.assumed_values.get(side, {}).pop(role_name, None)
    new.questions = [q for q in new.questions if q.id != question_id]
    return rebuild(loaded, new)


# ----------------------------------------------------------------------------- tables and rebuild
def _study_table(loaded: LoadedSurvey, ref: TableRef | None) -> RawTable | None:
    if ref is None:
        return None
    source = source_for(loaded.sources, ref)
    if source is None:
        return None
    if ref.sheet is None:
        data = [t for t in source.tables if t.n_columns > 0]
        return data[0] if data else None
    for t in source.tables:
        if t.name == ref.sheet:
            return t
    return None


def rebuild(loaded: LoadedSurvey, study: Study, kinds: dict[str, str] | None = None
            ) -> LoadedSurvey:
    """The survey (frames + validation) for an edited study, from the tables already read."""
    tables = {side: _study_table(loaded, study.table_ref(side)) for side in SIDES}
    survey = build_survey(study, tables)
    new_kinds = dict(kinds if kinds is not None else loaded.kinds)
    for side in SIDES:
        t = tables[side]
        if t is not None:
            for name, kind in list(new_kinds.items()):
                if kind == side and name != t.name:
                    new_kinds[name] = "other"
            new_kinds[t.name] = side
    return LoadedSurvey(survey, loaded.sources, new_kinds, project_path=loaded.project_path,
                        notes=list(loaded.notes))


def _is_sheet(source: SourceFile) -> bool:
    return source.kind in ("xlsx", "xlsm", "xlsb", "xls", "ods", "csvzip")


def _propose_side(loaded: LoadedSurvey, study: Study, side: str, table: RawTable | None) -> Study:
    """Replace one side's table reference and mapping by a fresh proposal for ``table``."""
    new = _copy(study)
    if table is None:
        setattr(new, side, None)
        for part in (new.roles, new.confidence, new.missing_codes, new.value_maps,
                     new.assumed_values, new.unit_scale):
            part[side] = {}
        _replace_side_understanding(loaded, new, study, side, None)
        return new
    source = source_of(loaded, table.name)
    kinds = TableKinds(table if side == "firms" else None, table if side == "workers" else None,
                       [], {})
    proposal = propose_study([table], firm_path=Path(source.path), kinds=kinds)
    ref = proposal.table_ref(side)
    if ref is not None and not _is_sheet(source):
        ref = TableRef(ref.path, None, ref.header_row)
    setattr(new, side, ref)
    for key in ("roles", "confidence", "missing_codes", "value_maps", "assumed_values",
                "unit_scale"):
        getattr(new, key)[side] = copy.deepcopy(getattr(proposal, key).get(side, {}))
    _replace_side_understanding(loaded, new, study, side, proposal)
    return new


def _replace_side_understanding(loaded: LoadedSurvey, new: Study, old: Study, side: str,
                                proposal: Study | None) -> None:
    """A side proposed afresh: its old questions and inferences no longer apply; the fresh
    proposal's (if any) do."""
    old_table = _study_table(loaded, old.table_ref(side))
    new.questions = [q for q in new.questions if q.side != side]
    if old_table is not None:
        new.inferred = [f for f in new.inferred if f.table != old_table.name]
    if proposal is not None:
        new.questions += [copy.deepcopy(q) for q in proposal.questions if q.side == side]
        new.inferred += [f for f in proposal.inferred if f not in new.inferred]


def set_table_kind(loaded: LoadedSurvey, name: str, kind: str) -> LoadedSurvey:
    """Say what sheet ``name`` is (firms / workers / codebook / other) and rebuild. A sheet made
    the firm or worker table gets a fresh role proposal; the sheet that held that part before
    becomes 'other'."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    table = table_named(loaded, name)
    kinds = dict(loaded.kinds)
    study = loaded.study
    previous = kinds.get(name, "other")
    if previous == kind:
        return loaded
    if previous in SIDES:
        study = _propose_side(loaded, study, previous, None)
    if kind in SIDES:
        for other, k in kinds.items():
            if k == kind and other != name:
                kinds[other] = "other"
        study = _propose_side(loaded, study, kind, table)
    kinds[name] = kind
    if kind == "codebook":
        apply_codebooks(tables_of(loaded), [table])
    return rebuild(loaded, study, kinds)


def set_header_row(loaded: LoadedSurvey, name: str, header_row: int) -> LoadedSurvey:
    """Read sheet ``name`` again with its column names in sheet row ``header_row`` (1-based, as
    Excel shows it). Its columns change, so a firm or worker sheet gets a fresh role proposal."""
    if header_row < 1:
        raise UserFacingError("The header row is a row number from 1 up",
                              todo="Type the row number Excel shows for the column names")
    source = source_of(loaded, name)
    if not _is_sheet(source):
        raise UserFacingError("Only workbook sheets have a header row to choose",
                              where=Path(source.path).name)
    rows = {t.name: t.header_row for t in source.tables}
    rows[name] = header_row
    others = [t for s in loaded.sources if s is not source for t in s.tables]
    fresh = reread_source(Path(source.path), rows, others=others)  # derived tables again
    sources = [fresh if s is source else s for s in loaded.sources]
    codebooks = [t for s in sources for t in s.tables if loaded.kinds.get(t.name) == "codebook"]
    apply_codebooks([t for s in sources for t in s.tables], codebooks)
    moved = LoadedSurvey(loaded.survey, sources, dict(loaded.kinds),
                         project_path=loaded.project_path, notes=list(loaded.notes))
    study = loaded.study
    for side in SIDES:
        ref = study.table_ref(side)
        if ref is None:
            continue
        if ref.sheet == name and Path(ref.path).resolve() == Path(source.path).resolve():
            study = _propose_side(moved, study, side, fresh.table(name))
    return rebuild(moved, study)


def accepted_study(loaded: LoadedSurvey) -> Study:
    """The study to remember once the review is accepted: every role counts as a person's."""
    study = _copy(loaded.study)
    for side in SIDES:
        study.confidence[side] = {r: 1.0 for r in study.roles.get(side, {})}
    study.questions = []  # accepting the review accepts the assumptions still shown
    return study


__all__ = ["CHANGE_CODES", "KINDS", "ColumnReview", "ValueReading", "accepted_study",
           "answer_question", "clear_role", "column_reviews", "current_answer", "format_codes",
           "inferred_changes", "is_value_question", "parse_codes", "question_named", "rebuild",
           "row_position",
           "set_header_row", "set_missing_codes", "set_role", "set_table_kind",
           "set_value_merges", "sheet_rows", "side_table", "source_of", "spelling_merges",
           "table_named", "tables_of", "value_readings"]
