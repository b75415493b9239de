"""Read Stata (.dta) and SPSS (.sav, .zsav, .por) files with their labels and missing-value codes.

pyreadstat keeps what a researcher declared in Stata/SPSS: variable labels (question text), value
labels (code → text, even when two codes share a text, which pandas refuses), and SPSS user-missing
values and ranges. We read SPSS files with ``user_missing=True`` so the data keep the raw codes (98,
99, -9) and the declarations land in ``missing_values`` / ``missing_ranges``: deciding what is
missing is the study's job, per variable. Stata's extended missing values (.a to .z) have no number
behind them: they become NaN in the data and are listed as ``".a"``, ``".d"``... in
``missing_values``, and labels on them keep those keys.

Fallbacks: dates beyond what Python can represent (SPSS allows year 10000+) → dates are kept as
numbers and a note says so; Stata files pyreadstat cannot read → ``pandas.read_stata`` with
``convert_categoricals=False`` and the labels read separately; old non-Unicode Stata → Windows-1252.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyreadstat

from core.io.rawtable import RawTable


def read_stat_file(path: Path, kind: str, *, max_rows: int | None = None) -> tuple[RawTable, list[str]]:
    """One RawTable for a dta/sav/zsav/por file, plus file-level notes."""
    if kind == "dta":
        return _read_dta(path, max_rows)
    return _read_spss(path, kind, max_rows)


def _limit(max_rows: int | None) -> dict[str, Any]:
    return {} if max_rows is None else {"row_limit": max(int(max_rows), 0) or 1}


def _read_spss(path: Path, kind: str, max_rows: int | None) -> tuple[RawTable, list[str]]:
    reader = pyreadstat.read_por if kind == "por" else pyreadstat.read_sav
    notes: list[str] = []
    options: dict[str, Any] = {"user_missing": True, **_limit(max_rows)}
    if kind == "por":
        options.pop("user_missing")
    try:
        frame, meta = reader(str(path), **options)
    except (OverflowError, ValueError) as exc:
        if "date" not in str(exc).lower() and not isinstance(exc, OverflowError):
            raise
        frame, meta = reader(str(path), disable_datetime_conversion=True, **options)
        notes.append("Some dates in this file lie outside the range Python can show (beyond "
                     "year 9999); date columns were kept as SPSS numbers (seconds since 1582).")
    table = _table(path, frame, meta, max_rows)
    for column, ranges in (getattr(meta, "missing_ranges", None) or {}).items():
        for item in ranges:
            lo, hi = item.get("lo"), item.get("hi")
            if lo == hi:
                table.missing_values.setdefault(column, []).append(lo)
            else:
                table.missing_ranges.setdefault(column, []).append((lo, hi))
    for column, values in (getattr(meta, "missing_user_values", None) or {}).items():
        known = table.missing_values.setdefault(column, [])
        known.extend(v for v in values if v not in known)
    table.missing_values = {c: v for c, v in table.missing_values.items() if v}
    table.notes.extend(notes)
    return table, []


def _read_dta(path: Path, max_rows: int | None) -> tuple[RawTable, list[str]]:
    notes: list[str] = []
    try:
        frame, meta = pyreadstat.read_dta(str(path), user_missing=True, **_limit(max_rows))
    except pyreadstat.ReadstatError as exc:
        if "unicode" in str(exc).lower() or "encod" in str(exc).lower():
            frame, meta = pyreadstat.read_dta(str(path), user_missing=True, encoding="cp1252",
                                              **_limit(max_rows))
            notes.append("The file's text is not Unicode; it was read as Windows-1252.")
        else:
            return _read_dta_with_pandas(path, max_rows, exc)
    table = _table(path, frame, meta, max_rows)
    tagged = getattr(meta, "missing_user_values", None) or {}
    for column, letters in tagged.items():
        if column not in table.data:
            continue
        col = table.data[column]
        is_tag = col.map(lambda v: isinstance(v, str))
        table.data[column] = pd.to_numeric(col.where(~is_tag), errors="coerce")
        table.missing_values[column] = [f".{x}" for x in letters]
        labels = table.value_labels.get(column)
        if labels:
            table.value_labels[column] = {
                (f".{k}" if isinstance(k, str) and len(k) == 1 and k in letters else k): v
                for k, v in labels.items()
            }
    table.notes.extend(notes)
    return table, []


def _read_dta_with_pandas(path: Path, max_rows: int | None,
                          first_error: Exception) -> tuple[RawTable, list[str]]:
    """Old or unusual Stata files: pandas reads codes; labels are read separately (never
    ``convert_categoricals``, which fails on non-unique labels)."""
    try:
        with pd.io.stata.StataReader(str(path), convert_categoricals=False) as reader:
            frame = reader.read(nrows=max_rows, convert_categoricals=False)
            labels = reader.value_labels()
            variable_labels = reader.variable_labels()
            # pandas exposes no public variable → label-set map; use it when present.
            label_names = dict(zip(frame.columns, getattr(reader, "_lbllist", []) or [],
                                   strict=False))
    except Exception:  # report pyreadstat's error, it is the more specific one
        raise first_error from None
    table = RawTable(name=path.stem, data=frame.reset_index(drop=True))
    table.notes.append("This Stata file was read by the fallback reader; check its value labels.")
    table.variable_labels = {str(k): v for k, v in variable_labels.items() if v}
    for column, label_name in label_names.items():
        if label_name and label_name in labels:
            table.value_labels[str(column)] = dict(labels[label_name])
    return table, []


def _table(path: Path, frame: pd.DataFrame, meta: Any, max_rows: int | None) -> RawTable:
    frame = frame.reset_index(drop=True)
    frame.columns = [str(c) for c in frame.columns]
    if max_rows is not None:
        frame = frame.iloc[:max_rows]
    labels = {str(k): v for k, v in (meta.column_names_to_labels or {}).items() if v}
    value_labels = {str(k): dict(v) for k, v in (meta.variable_value_labels or {}).items()}
    return RawTable(name=path.stem, data=frame, variable_labels=labels, value_labels=value_labels)
