"""Codebook sheets: recognise them and turn them into variable and value labels.

Survey teams ship a codebook beside the data, in one of two shapes:
- one row per variable: ``Variable | Question | Values`` where Values may read "1=Yes; 2=No; 98=Don't know";
- one row per variable–value pair: ``Variable | Question | Code | Code label``, with the variable (and
  often the sheet) written only on its first row, as people type them.
Either becomes question text (variable labels) and code → label maps (value labels) that the mapper
reads and the tables display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from core.common.text import code_key, fold
from core.io.rawtable import RawTable
from core.io.xlsform import is_xlsform_sheet

_VARIABLE_HEADERS = ("variable", "variable name", "var", "varname", "name", "column", "field",
                     "question code", "code name", "item", "ten bien", "bien", "ma cau hoi")
_LABEL_HEADERS = ("question", "label", "variable label", "description", "question text", "text",
                  "cau hoi", "noi dung", "mo ta", "nhan")
_CODE_HEADERS = ("code", "value", "values code", "answer code", "ma", "gia tri", "ma tra loi")
_VALUE_LABEL_HEADERS = ("code label", "value label", "value labels", "answer", "answer label",
                        "category", "meaning", "nhan gia tri", "y nghia", "dap an")
_VALUES_LIST_HEADERS = ("values", "value labels", "codes", "answers", "options", "cac gia tri")
_SHEET_HEADERS = ("sheet", "table", "questionnaire", "dataset", "file", "module", "bang", "phieu")

_PAIR = re.compile(r"^\s*(-?[\w.]+)\s*(?:=|:|-|–)\s*(.+?)\s*$")


@dataclass
class Codebook:
    """Labels read from a codebook sheet. Keys are (sheet or None, variable name as written)."""

    source: str
    variable_labels: dict[tuple[str | None, str], str] = field(default_factory=dict)
    value_labels: dict[tuple[str | None, str], dict[Any, str]] = field(default_factory=dict)

    def labels_for(self, sheet: str, column: str) -> tuple[str | None, dict[Any, str]]:
        """The question text and value labels of one column, preferring entries for its sheet."""
        fsheet = fold(sheet)
        label = None
        values: dict[Any, str] = {}
        for (sh, var), text in self.variable_labels.items():
            if var == column and (sh is None or fold(sh) == fsheet) and (label is None or sh is not None):
                label = text
        for (sh, var), vals in self.value_labels.items():
            if var == column and (sh is None or fold(sh) == fsheet) and (not values or sh is not None):
                values = vals
        return label, values


def _find_column(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    folded = {c: fold(c) for c in columns}
    for cand in candidates:
        for col, f in folded.items():
            if f == cand:
                return col
    return None


def _layout(table: RawTable) -> dict[str, str | None]:
    cols = [str(c) for c in table.data.columns]
    lay = {
        "variable": _find_column(cols, _VARIABLE_HEADERS),
        "label": _find_column(cols, _LABEL_HEADERS),
        "code": _find_column(cols, _CODE_HEADERS),
        "value_label": _find_column(cols, _VALUE_LABEL_HEADERS),
        "values_list": _find_column(cols, _VALUES_LIST_HEADERS),
        "sheet": _find_column(cols, _SHEET_HEADERS),
    }
    if lay["code"] is not None and lay["value_label"] is None:
        # Variable | Question | Code | Label: "Label" beside a code column labels the code
        rest = [c for c in cols if c != lay["label"]]
        lay["value_label"] = _find_column(rest, ("label", "labels", "nhan", "text"))
    return lay


def codebook_score(table: RawTable) -> float:
    """How much a table looks like a codebook, 0..1 (its header names, and its sheet name).

    The survey, choices and settings sheets of an XLSForm score 0.9: they describe the data and
    are never data themselves (``core.io.xlsform`` reads them)."""
    if is_xlsform_sheet(table):
        return 0.9
    lay = _layout(table)
    if lay["variable"] is None:
        return 0.0
    score = 0.4
    if lay["label"] is not None:
        score += 0.3
    if (lay["code"] is not None and lay["value_label"] is not None) or lay["values_list"]:
        score += 0.3
    name = fold(table.name)
    if any(w in name for w in ("codebook", "code book", "dictionary", "variables", "labels",
                               "metadata", "tu dien", "ma hoa")):
        score = min(1.0, score + 0.3)
    return min(score, 1.0)


def _parse_values_list(text: str) -> dict[Any, str]:
    """'1=Yes; 2=No; 98=Don't know' (separators ; , | or new lines) → {1: 'Yes', ...}."""
    out: dict[Any, str] = {}
    for part in re.split(r"[;|\n]+", str(text)):
        m = _PAIR.match(part)
        if m:
            out[_code_value(m.group(1))] = m.group(2).strip()
    return out


def _code_value(raw: Any) -> Any:
    """Codes as stored in data: integral numbers as int, other numbers as float, text as text."""
    key = code_key(raw)
    if key is None:
        return None
    try:
        f = float(key)
    except ValueError:
        return key
    return int(f) if f.is_integer() else f


def parse_codebook(table: RawTable) -> Codebook:
    """Read a codebook table in either shape; rows it cannot understand are skipped.

    An XLSForm sheet gives an empty codebook: read as a two-column codebook its choices sheet
    would label columns named like an answer ("yes"); ``core.io.xlsform.apply_xlsform`` reads
    the form as a whole instead."""
    lay = _layout(table)
    book = Codebook(source=table.name)
    if lay["variable"] is None or is_xlsform_sheet(table):
        return book
    df = table.data
    var = df[lay["variable"]].map(lambda v: None if code_key(v) is None else str(v).strip())
    var = var.ffill()
    sheet = df[lay["sheet"]].ffill() if lay["sheet"] else pd.Series([None] * len(df))
    label_col = df[lay["label"]] if lay["label"] else None
    for i in range(len(df)):
        v = var.iloc[i]
        if v is None or (isinstance(v, float) and v != v):
            continue
        sh_raw = sheet.iloc[i]
        sh = None if code_key(sh_raw) is None else str(sh_raw).strip()
        key = (sh, v)
        if label_col is not None:
            text = label_col.iloc[i]
            if code_key(text) is not None and key not in book.variable_labels:
                book.variable_labels[key] = str(text).strip()
        if lay["code"] and lay["value_label"]:
            code = _code_value(df[lay["code"]].iloc[i])
            vlab = df[lay["value_label"]].iloc[i]
            if code is not None and code_key(vlab) is not None:
                book.value_labels.setdefault(key, {})[code] = str(vlab).strip()
        if lay["values_list"] and lay["values_list"] != lay["value_label"]:
            text = df[lay["values_list"]].iloc[i]
            if code_key(text) is not None:
                parsed = _parse_values_list(str(text))
                if parsed:
                    book.value_labels.setdefault(key, {}).update(parsed)
    return book


def apply_codebook(book: Codebook, tables: list[RawTable]) -> int:
    """Fill missing variable and value labels of ``tables`` from ``book``; labels the file already
    carries (Stata, SPSS, a second header row) win. Returns how many columns gained a label."""
    gained = 0
    for t in tables:
        for col in t.data.columns:
            label, values = book.labels_for(t.name, str(col))
            changed = False
            if label and not t.variable_labels.get(col):
                t.variable_labels[col] = label
                changed = True
            if values and not t.value_labels.get(col):
                t.value_labels[col] = dict(values)
                changed = True
            gained += changed
    return gained
