"""The survey: canonical firm and worker frames built from raw tables and a study.

One row per firm and per worker, columns named by role, dtypes by role kind (core/model/roles.py):
ids as text, categories as pandas ``category`` with canonical spellings, yes/no as nullable
``boolean``, numbers as float64. Declared missing codes become missing *per variable* (never
globally), value maps turn codes into canonical values, and spelling variants of the same category
("Apparel ", "apparel") merge into one value — each merge is reported. Nothing is dropped: a value
that cannot be interpreted becomes missing and is reported with its sheet, row and column.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.common.text import code_key, fold, tidy_spelling
from core.io.rawtable import RawTable
from core.model.canonical import Survey
from core.model.roles import NO_WORDS, YES_WORDS, Level, Role, role
from core.model.study import LEVEL_OF_SIDE, SIDES, Study, canonical_value
from core.model.validation import validate_survey

_YES = {fold(w) for w in YES_WORDS}
_NO = {fold(w) for w in NO_WORDS}


def _rows(table: RawTable) -> np.ndarray:
    if table.source_rows is not None:
        return np.asarray(table.source_rows, dtype=np.int64)
    return np.array([table.sheet_row(i) for i in range(table.n_rows)], dtype=np.int64)


def _missing_mask(values: pd.Series, codes: list[Any],
                  ranges: list[tuple[float, float]] | None = None) -> pd.Series:
    """True where a value is one of the column's declared missing codes (text or number)."""
    if not codes and not ranges:
        return pd.Series(False, index=values.index)
    keys = {code_key(c) for c in codes}
    mask = values.map(lambda v: code_key(v) in keys).astype(bool)
    if ranges:
        num = pd.to_numeric(values, errors="coerce")
        for lo, hi in ranges:
            mask |= num.between(lo, hi).fillna(False).astype(bool)
    return mask


def _to_number(values: pd.Series) -> pd.Series:
    """Numbers as float64; text numbers with thousands separators or spaces understood."""
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype("float64")
    as_text = values.map(lambda v: v if not isinstance(v, str) else
                         v.replace("\u00a0", "").replace(" ", "").replace(",", ""))
    return pd.to_numeric(as_text, errors="coerce").astype("float64")


class _Builder:
    """Builds one side's canonical frame and collects its findings."""

    def __init__(self, side: str, table: RawTable, study: Study) -> None:
        self.side = side
        self.level: Level = LEVEL_OF_SIDE[side]
        self.table = table
        self.study = study
        self.rows = _rows(table)
        self.findings: list[Finding] = []

    def finding(self, severity: str, code: str, message: str, row: int | None = None,
                column: str | None = None) -> None:
        self.findings.append(Finding(severity, message, self.table.name, row, column, code))

    def build(self) -> pd.DataFrame:
        cols: dict[str, pd.Series] = {}
        for role_name, column in self.study.roles.get(self.side, {}).items():
            if column not in self.table.data.columns:
                self.finding("error", "missing_column",
                             f'Column "{column}" (role {role_name}) is not in this sheet; '
                             "choose another column for it in the import review",
                             column=column)
                continue
            r = role(self.level, role_name)
            cols[role_name] = self._convert(r, column)
        frame = pd.DataFrame(cols, index=pd.RangeIndex(self.table.n_rows))
        return frame

    # -- per kind ------------------------------------------------------------------------
    def _raw(self, column: str) -> tuple[pd.Series, pd.Series]:
        values = self.table.data[column]
        codes = self.study.missing_codes.get(self.side, {}).get(column, [])
        declared = self.table.missing_values.get(column, [])
        ranges = self.table.missing_ranges.get(column, [])
        mask = _missing_mask(values, [*codes, *declared], ranges)
        return values.mask(mask), mask

    def _convert(self, r: Role, column: str) -> pd.Series:
        values, _ = self._raw(column)
        if r.kind == "id":
            return self._ids(values)
        if r.kind == "yesno":
            return self._yes_no(r, column, values)
        if r.kind == "category":
            return self._category(r, column, values)
        return self._number(r, column, values)

    def _ids(self, values: pd.Series) -> pd.Series:
        return values.map(code_key).astype("string").astype(object).where(values.notna(), None)

    def _yes_no(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        labels = {code_key(k): v for k, v in self.table.value_labels.get(column, {}).items()}
        vmap = self.study.value_maps.get(self.side, {}).get(column, {})

        def meaning(v: Any) -> Any:
            key = code_key(v)
            if key is None:
                return pd.NA
            for text in (vmap.get(key), labels.get(key), key):
                f = fold(text) if text is not None else ""
                if f in _YES:
                    return True
                if f in _NO:
                    return False
            if isinstance(v, bool):
                return v
            return "?"

        mapped = values.map(meaning)
        bad = mapped.map(lambda v: isinstance(v, str))
        self._report_unlabeled(column, values, bad, "yes/no answer")
        return mapped.mask(bad).astype("boolean")

    def _category(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        vmap = self.study.value_maps.get(self.side, {}).get(column, {})
        labels = {code_key(k): str(v) for k, v in self.table.value_labels.get(column, {}).items()}
        keys = values.map(code_key)
        if vmap:
            mapped = keys.map(lambda k: vmap.get(k) if k is not None else None)
            unmapped = keys.notna() & mapped.isna()
            self._report_unlabeled(column, values, unmapped, "code")
            text = mapped.where(~unmapped, keys)
        elif labels:
            mapped = keys.map(lambda k: labels.get(k) if k is not None else None)
            unlabeled = keys.notna() & mapped.isna()
            self._report_unlabeled(column, values, unlabeled, "code")
            text = mapped.where(~unlabeled, keys)
        else:
            text = keys
        return self._normalise_spellings(r, column, text)

    def _normalise_spellings(self, r: Role, column: str, text: pd.Series) -> pd.Series:
        """Canonical spelling where the role knows one; otherwise merge case/space variants to the
        most frequent spelling. Each merge of differing spellings is reported once."""
        present = text.dropna()
        if present.empty:
            return pd.Series(pd.Categorical([None] * len(text)), index=text.index)
        counts = present.value_counts()
        target: dict[str, str] = {}
        groups: dict[str, list[str]] = {}
        for spelling in counts.index:
            canon = canonical_value(self.level, r.name, spelling) if r.canonical_values else None
            key = canon or fold(spelling) or tidy_spelling(spelling)
            groups.setdefault(key, []).append(spelling)
        for spellings in groups.values():
            canon = canonical_value(self.level, r.name, spellings[0]) if r.canonical_values else None
            final = canon or tidy_spelling(max(spellings, key=lambda s: counts[s]))
            for s in spellings:
                target[s] = final
            variants = [s for s in spellings if s != final]
            if len(spellings) > 1 or variants:
                shown = ", ".join(f'"{s}"' for s in spellings[:6])
                self.finding("info", "spelling_merged",
                             f"{shown} were read as one value \"{final}\" ({r.name})",
                             column=column)
        out = text.map(lambda v: target.get(v) if v is not None else None)
        order = [c for c in r.canonical_values if c in set(target.values())]
        rest = sorted(set(target.values()) - set(order))
        return pd.Series(pd.Categorical(out, categories=order + rest), index=text.index)

    def _number(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        nums = _to_number(values)
        not_number = values.notna() & nums.isna()
        if not_number.any():
            idx = np.flatnonzero(not_number.to_numpy())
            self.finding("warning", "not_a_number",
                         f"{len(idx)} value(s) of {r.name} are not numbers (first: "
                         f"\"{values.iloc[idx[0]]}\" at row {self.rows[idx[0]]}); they are "
                         "treated as missing", row=int(self.rows[idx[0]]), column=column)
        if r.valid_range is not None:
            lo, hi = r.valid_range
            out = (nums < lo) | (nums > hi)
            for i in np.flatnonzero(out.to_numpy())[:50]:
                self.finding("warning", "out_of_range",
                             f"{r.name} = {nums.iloc[i]:g} is outside the plausible range "
                             f"{lo:g}–{hi:g}; check the answer (it is kept)",
                             row=int(self.rows[i]), column=column)
            n_out = int(out.sum())
            if n_out > 50:
                self.finding("warning", "out_of_range",
                             f"{n_out - 50} more values of {r.name} are out of range",
                             column=column)
        return nums

    def _report_unlabeled(self, column: str, values: pd.Series, bad: pd.Series,
                          what: str) -> None:
        if not bad.any():
            return
        idx = np.flatnonzero(bad.to_numpy())
        distinct = pd.unique(values.iloc[idx].map(code_key))
        shown = ", ".join(str(d) for d in distinct[:8])
        self.finding("warning", "unlabeled_code",
                     f"{len(idx)} answer(s) use a {what} with no label ({shown}); they are treated "
                     "as missing until you give the code a meaning or mark it as missing",
                     row=int(self.rows[idx[0]]), column=column)


def build_survey(study: Study, tables: dict[str, RawTable | None]) -> Survey:
    """Canonical frames and validation for ``study`` applied to the raw firm/worker tables."""
    frames: dict[str, pd.DataFrame] = {}
    rows: dict[str, np.ndarray] = {}
    findings: list[Finding] = []
    for side in SIDES:
        table = tables.get(side)
        if table is None:
            frames[side] = pd.DataFrame()
            rows[side] = np.zeros(0, dtype=np.int64)
            continue
        builder = _Builder(side, table, study)
        frames[side] = builder.build()
        rows[side] = builder.rows
        findings.extend(builder.findings)
        for note in table.notes:
            findings.append(Finding("info", note, table.name, None, None, "reader_note"))
    survey = Survey(frames["firms"], frames["workers"], study, dict(tables), rows, findings)
    survey.findings.extend(validate_survey(survey))
    return survey
