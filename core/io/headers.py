"""Where is the header row of a sheet, and what are the column names?

Survey workbooks rarely start with a clean header in row 1: there are title rows ("Firm survey
2023, Vietnam"), blank rows, a row of question text under short codes (``Q1`` / "How many workers
do you employ?"), merged group labels over several columns ("Workers" over Q5..Q9). This module
looks at the first rows of the raw grid (cells as read, no header assumed) and decides:

- the header row: the first row that spans the table (at least half as many filled cells as the
  widest row near the top, and at least two when the table has two columns or more; a lone
  cell is a title) and is mostly text; rows above it are titles and are skipped. If that
  first table-wide row is mostly numbers there is no header row (names become ``column_<n>``).
- a question-text row: the row right under the header when the header holds short codes and that
  row holds longer text with spaces. It becomes ``variable_labels``; data start below it.
- a question-text row ABOVE a code row (Vietnamese team workbooks: "Mã doanh nghiệp", "Có đầu tư
  máy móc mới không?" over ``ID``, ``B1``): the upper row holds longer text with spaces, the lower
  one short code-like names in the same columns, and the rows below are data (the codes do not
  recur in their columns and are not shaped like the values there). **The code row names the
  columns** and the text row becomes ``variable_labels``; a column with no code (only some
  columns have one) is named from its question text. A Kobo "label header" export (one row of
  question labels over data) is unaffected: its first data row holds numbers or answers that
  recur below, so it is never taken for codes.
- merged group labels (a text row directly above a fuller text row): **we take the lower row**
  as the column names, because that is where the question codes live, and the group row is
  skipped like a title. A header cell merged over two rows (``ID`` over rows 1-2) is filled down
  by the workbook reader before this module looks (``core.io.workbooks``), so it keeps its name.
  Group labels themselves are not kept in the names.

It also names columns (blank → ``column_<n>`` where n is the sheet column number, duplicates →
``_2``, ``_3``), spots total rows at the bottom (kept, with a note), and leaves out notes rows
under the table ("Ghi chú: ...", "Source: ...", "* footnote": trailing rows whose only cells are
text in the first column or two of a wide table, or that start with a notes word), with a note
naming the sheet rows, because such a row would otherwise count as a firm.

Everything inferred here is written to ``RawTable.notes`` (they reach the validation report as
"reader_note" findings). A forced header row (a saved project's ``header_row``) gives the same
layout: the question-text row above or below it is still found.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from core.common.messages import say
from core.common.text import fold, strip_diacritics
from core.io.rawtable import RawTable
from core.io.text_tables import EXCEL_ERRORS, type_column

TOP_ROWS = 40
"""How many non-blank rows at the top of a sheet are examined for the header."""

_NUMBER_TEXT = re.compile(
    r"^[+-]?(?:\d{1,3}(?:[,. \u00a0]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][+-]?\d+)?%?$"
)
_TOTAL_WORDS = re.compile(
    r"^\s*(grand\s+total|sub-?total|total|totals|sum|tổng\s+cộng|tổng\s+số|tổng|cộng)\b[\s:]*",
    re.IGNORECASE,
)
_CODE_LIKE = re.compile(r"^[A-Za-z_][\w.\-]{0,24}$")
_NOTES_START = re.compile(
    r"^\W*(?:(?:notes?|nb|n\.b|sources?|ghi chu|nguon|chu thich|luu y|chu y)\s*\d{0,2}\s*"
    r"(?:[:.;\-\u2013\u2014)]|$)|(?:prepared|compiled|produced) by\b)"
)
"""A notes word opening a cell (matched on text without diacritics, lower case): 'Ghi chú:',
'Nguồn: GSO', 'Note 1.', 'Notes', 'Source - ...', 'Prepared by ...'."""
_FOOTNOTE = re.compile(r"^\s*(?:\*+|\u2020|\u2021|\(\*+\)|\(\d{1,2}\)|\[\d{1,2}\]|[\u00b9\u00b2\u00b3])\s*\S")
_ANSWER_WORDS = frozenset(fold(w) for w in (
    "yes", "no", "y", "n", "có", "không", "co", "khong", "true", "false", "male", "female",
    "nam", "nữ", "ok", "na", "dk",
))
"""Answers a first data row often holds; a row of them is data, not a row of codes."""
_VARIABLE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")
"""A snake_case variable name (``good_day``, ``firm_id``): never question text."""
BELOW_ROWS = 30
"""How many rows under a candidate code row are compared with it."""
TAIL_ROWS = 60
"""How many rows at the bottom of a table are examined for notes under it."""


def is_blank(value: Any) -> bool:
    """Empty cell: None, NaN, or text that is only whitespace."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return False


def cell_kind(value: Any) -> str:
    """'blank', 'text', 'number', 'date' or 'other', judging text that spells a number a number."""
    if is_blank(value):
        return "blank"
    if isinstance(value, bool):
        return "other"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return "date"
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER_TEXT.match(text):
            return "number"
        if text.startswith("#") and text.upper() in EXCEL_ERRORS:
            return "other"
        return "text"
    return "other"


@dataclass
class HeaderLayout:
    """Row indices (0-based, into the grid given) of the header parts and of the first data row."""

    header_index: int | None
    data_start: int
    label_index: int | None = None
    group_index: int | None = None
    notes: list[str] = field(default_factory=list)


def _row_profile(row: Sequence[Any]) -> tuple[int, int, int]:
    kinds = [cell_kind(v) for v in row]
    filled = sum(k != "blank" for k in kinds)
    text = sum(k == "text" for k in kinds)
    number = sum(k in ("number", "date") for k in kinds)
    return filled, text, number


def detect_header(rows: Sequence[Sequence[Any]],
                  group_rows: frozenset[int] = frozenset()) -> HeaderLayout:
    """Find the header row, an optional question-text row below or above it, and where data
    start (see the module docstring for the rules).

    ``group_rows`` are rows known to hold cells merged across columns (group labels). When the
    question text is above a code row, ``header_index`` is the code row, ``label_index`` the text
    row (smaller than ``header_index``) and data start under the code row.
    """
    top: list[int] = []
    for i, row in enumerate(rows):
        if any(not is_blank(v) for v in row):
            top.append(i)
            if len(top) >= TOP_ROWS:
                break
    if not top:
        return HeaderLayout(header_index=None, data_start=len(rows))
    profiles = {i: _row_profile(rows[i]) for i in top}
    widest = max(p[0] for p in profiles.values())
    need = 1 if widest < 2 else max(2, math.ceil(widest / 2))
    first_wide = next(i for i in top if profiles[i][0] >= need)
    filled, text, _number = profiles[first_wide]
    if text < max(1, math.ceil(0.6 * filled)):
        return HeaderLayout(header_index=None, data_start=first_wide)
    header = first_wide
    group = None
    after_blank = next((i for i in top if i > header), None)
    if after_blank is not None and after_blank > header + 1:
        # A title line, a blank line, then the column names: names fill more cells than the
        # title and are mostly text (a delimiter inside the title made it look like a row).
        n_filled, n_text, _ = profiles[after_blank]
        if n_filled > filled and n_text >= math.ceil(0.6 * n_filled):
            header, (filled, text, _number) = after_blank, profiles[after_blank]
    nxt = header + 1
    if nxt in profiles and not _is_label_row(rows[header], rows[nxt], _rows_below(rows, nxt)):
        n_filled, n_text, _ = profiles[nxt]
        fuller = n_filled > filled or (header in group_rows and n_filled >= filled)
        if fuller and n_text >= math.ceil(0.6 * n_filled):
            group, header = header, nxt  # group labels above the real names: take the lower row
    label_above = None
    if group is not None and group == header - 1 and _is_label_above(
            rows[group], rows[header], _rows_below(rows, header), grouped=group in group_rows):
        label_above, group = group, None  # question text over codes, the text row less filled
    elif nxt in profiles and _is_label_above(
            rows[header], rows[nxt], _rows_below(rows, nxt), grouped=header in group_rows):
        label_above, header = header, nxt  # question text over codes: the codes name columns
    if label_above is not None:
        group = label_above - 1 if label_above - 1 in profiles else None
    elif group is None and header - 1 in profiles:
        group = header - 1
    layout = HeaderLayout(header_index=header, data_start=header + 1, group_index=group,
                          label_index=label_above)
    below = [i for i in top if i > header]
    if (label_above is None and below and below[0] == header + 1
            and _is_label_row(rows[header], rows[header + 1], _rows_below(rows, header + 1))):
        layout.label_index = header + 1
        layout.data_start = header + 2
    return layout


def layout_with_header_at(rows: Sequence[Sequence[Any]], index: int,
                          group_rows: frozenset[int] = frozenset()) -> HeaderLayout:
    """The layout when the header row is known (a saved project names it): the question-text row
    above it (text over codes) or below it (codes over text) is still looked for, with the same
    tests as :func:`detect_header`, so a saved header row reproduces the detected layout."""
    layout = HeaderLayout(header_index=index, data_start=index + 1)
    if (0 < index < len(rows) and any(not is_blank(v) for v in rows[index - 1])
            and _is_label_above(rows[index - 1], rows[index], _rows_below(rows, index),
                                grouped=index - 1 in group_rows)):
        layout.label_index = index - 1
    elif index + 1 < len(rows) and _is_label_row(rows[index], rows[index + 1],
                                                 _rows_below(rows, index + 1)):
        layout.label_index = index + 1
        layout.data_start = index + 2
    return layout


def _rows_below(rows: Sequence[Sequence[Any]], index: int) -> list[Sequence[Any]]:
    """The first non-blank rows under row ``index`` (what a code row is compared with)."""
    out: list[Sequence[Any]] = []
    for row in rows[index + 1:]:
        if any(not is_blank(v) for v in row):
            out.append(row)
            if len(out) >= BELOW_ROWS:
                break
    return out


def _shape(text: str) -> str:
    """The look of a value: letters → a, digit runs → 9 ('VN001' → 'a9', 'B12a' → 'a9a')."""
    out = re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", text.casefold()))
    return out


def _is_label_above(upper: Sequence[Any], lower: Sequence[Any],
                    below: Sequence[Sequence[Any]], *, grouped: bool = False) -> bool:
    """Longer question text (with spaces) above, short code-like names below in the same
    columns (only some columns may have one), and data under them.

    The code row must not look like the first data row: its cells are all text, distinct, not
    common answers ('Yes', 'Có'); in their columns below they do not recur and are not shaped
    like the values there ('VN001' over 'VN002'); and at least one code stands over a column of
    numbers, or most codes hold a digit (``B1``, ``q12a``). ``grouped`` (the upper row holds cells
    merged across columns) asks for labels over most codes, so group labels stay group labels.
    """
    cols = [j for j, v in enumerate(lower) if not is_blank(v)]
    if not cols or any(cell_kind(lower[j]) != "text" for j in cols):
        return False
    if any(cell_kind(v) not in ("blank", "text") for v in upper):
        return False
    codes = [str(lower[j]).strip() for j in cols]
    upper_filled = sum(not is_blank(v) for v in upper)
    if len(codes) < min(2, upper_filled) or len(codes) < math.ceil(0.3 * upper_filled):
        return False
    folded = [fold(c) for c in codes]
    if len(set(folded)) < len(folded) or any(f in _ANSWER_WORDS for f in folded):
        return False
    labels = [str(upper[j]).strip() for j in cols if j < len(upper) and not is_blank(upper[j])]
    share = 0.8 if grouped else 0.5
    if len(labels) < max(min(2, len(codes)), math.ceil(share * len(codes))):
        return False
    code_like = sum(bool(_CODE_LIKE.match(c)) for c in codes) / len(codes)
    spaced = sum(len(lab.split()) > 1 for lab in labels) / len(labels)
    mean_code = sum(map(len, codes)) / len(codes)
    mean_label = sum(map(len, labels)) / len(labels)
    if code_like < 0.6 or spaced < 0.5 or mean_label < max(12.0, 2 * mean_code):
        return False
    data_like = header_like = numeric_below = 0
    for j, code, key in zip(cols, codes, folded, strict=True):
        values = [r[j] for r in below if j < len(r) and not is_blank(r[j])]
        if not values:
            continue
        kinds = [cell_kind(v) for v in values]
        texts = [str(v).strip() for v, k in zip(values, kinds, strict=True) if k == "text"]
        shape = _shape(code)
        same_shape = sum(_shape(t) == shape for t in texts)
        if key in {fold(t) for t in texts} or ("9" in shape and same_shape * 2 >= len(values)):
            data_like += 1
            continue
        header_like += 1
        if sum(k in ("number", "date") for k in kinds) >= 0.8 * len(kinds):
            numeric_below += 1
    if data_like > 0.1 * (data_like + header_like):
        return False
    with_digit = sum(any(ch.isdigit() for ch in c) for c in codes)
    return numeric_below >= 1 or with_digit * 2 >= len(codes)


def _is_label_row(header: Sequence[Any], row: Sequence[Any],
                   below: Sequence[Sequence[Any]] = ()) -> bool:
    """Short codes above, longer question text (with spaces) below, in the same columns.

    The text row must not be the first data row of a table of text (a codebook's first entry
    "ID" / "Mã doanh nghiệp / Firm ID", an XLSForm's first question): no cell of it is a variable
    name (``good_day``, ``firm_id``), and in most of its columns the rows ``below`` hold numbers
    or much shorter text, not values like it.
    """
    codes = [str(v).strip() for v in header if not is_blank(v)]
    pairs = [(j, h, r) for j, (h, r) in enumerate(zip(header, row, strict=False))
             if not is_blank(h)]
    labels = [r.strip() for _j, _h, r in pairs if isinstance(r, str) and r.strip()]
    if not codes or len(labels) < max(1, math.ceil(0.5 * len(codes))):
        return False
    if any(cell_kind(r) == "number" for _j, _h, r in pairs if not is_blank(r)):
        return False
    if any(_VARIABLE_NAME.match(lab) for lab in labels):
        return False
    code_like = sum(bool(_CODE_LIKE.match(c)) for c in codes) / len(codes)
    spaced = sum(len(lab.split()) > 1 for lab in labels) / len(labels)
    mean_code = sum(map(len, codes)) / len(codes)
    mean_label = sum(map(len, labels)) / len(labels)
    if not (code_like >= 0.6 and spaced >= 0.5 and mean_label >= max(12.0, 2 * mean_code)):
        return False
    like = unlike = 0
    for j, _h, label in pairs:
        if not isinstance(label, str) or not label.strip():
            continue
        label = label.strip()
        values = [r[j] for r in below if j < len(r) and not is_blank(r[j])]
        if not values:
            continue
        kinds = [cell_kind(v) for v in values]
        texts = [str(v).strip() for v, k in zip(values, kinds, strict=True) if k == "text"]
        if len(texts) < 0.2 * len(values):
            unlike += 1  # numbers or dates under question text
            continue
        lengths = sorted(map(len, texts))
        spaced_below = sum(len(t.split()) > 1 for t in texts) / len(texts)
        if fold(label) in {fold(t) for t in texts}:
            like += 1
        elif 2 * lengths[len(lengths) // 2] <= len(label) or (
                spaced_below < 0.5 and len(label.split()) > 1):
            unlike += 1
        else:
            like += 1
    return like <= unlike


def header_text(value: Any) -> str:
    """A header cell as a column name: numbers without '.0', dates as ISO, whitespace tidied."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return " ".join(str(value).split())


def column_names(
    header: Sequence[Any] | None,
    width: int,
    *,
    first_column: int = 1,
) -> list[str]:
    """Unique names for ``width`` columns: the header text, or column_<n> where it is blank.

    ``first_column`` is the 1-based sheet column of the first grid column, so ``column_3`` always
    means sheet column C. Duplicates get ``_2``, ``_3`` in order of appearance.
    """
    raw: list[str] = []
    for j in range(width):
        name = header_text(header[j]) if header is not None and j < len(header) else ""
        raw.append(name or f"column_{first_column + j}")
    return make_unique(raw)


def make_unique(names: Sequence[str]) -> list[str]:
    """De-duplicate names: the first keeps its name, later ones get _2, _3 (never clashing)."""
    taken = set(names)
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        if name not in seen:
            seen[name] = 1
            out.append(name)
            continue
        n = seen[name]
        while True:
            n += 1
            candidate = f"{name}_{n}"
            if candidate not in taken:
                break
        seen[name] = n
        taken.add(candidate)
        out.append(candidate)
    return out


def total_row_word(row: Sequence[Any]) -> str | None:
    """The word ('Total', 'Tổng cộng', ...) if this row's first filled text cell marks a total."""
    for value in row:
        if is_blank(value):
            continue
        if isinstance(value, str):
            match = _TOTAL_WORDS.match(value)
            if match and len(value.strip()) <= 40:
                return value.strip()
        return None
    return None


def _blank_rows(grid: pd.DataFrame) -> np.ndarray:
    """Rows whose every cell is empty (None/NaN/''); whitespace-only cells are typed later."""
    if grid.shape[1] == 0:
        return np.ones(len(grid), dtype=bool)
    # one pass over the cells, not a pandas operation per column (a 3,000-column csv: 1.7 s)
    cells = grid.to_numpy(dtype=object, copy=True)
    empty = pd.isna(cells)
    cells[empty] = ""  # no missing marker left to compare (pd.NA == "" is not a bool)
    return np.asarray(cells == "", dtype=bool).all(axis=1)


def table_from_grid(
    name: str,
    grid: pd.DataFrame,
    *,
    row_offset: int = 0,
    col_offset: int = 0,
    decimal_comma: bool = False,
    max_rows: int | None = None,
    where: str = "Sheet",
    merges: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    header_row: int | None = None,
) -> RawTable:
    """Build a RawTable from a raw grid (no header assumed; cells as read).

    ``grid`` has one column per sheet column starting at ``col_offset`` (0-based) and one row per
    sheet row starting at ``row_offset``. ``where`` words notes ("Sheet" or "Line"). ``merges``
    are merged ranges ((row, col), (row, col)) in grid coordinates: a range across columns marks
    a group-label row; a header cell left blank under a range merged down from above takes its
    text (``ID`` merged over two header rows). ``header_row`` (1-based sheet row) overrides the
    detection, e.g. with the row a saved project names.
    """
    grid = grid.reset_index(drop=True)
    grid.columns = range(grid.shape[1])
    head = grid.iloc[:200].astype(object).to_numpy().tolist()
    group_rows = frozenset(r1 for (r1, c1), (_r2, c2) in merges if c2 > c1 and r1 < len(head))
    forced = None if header_row is None else header_row - 1 - row_offset
    if forced is not None and 0 <= forced < len(head):
        layout = layout_with_header_at(head, forced, group_rows)
    else:
        layout = detect_header(head, group_rows)
        if forced is not None:
            layout.notes.append(f"Row {header_row} cannot hold the column names (the table "
                                "starts elsewhere); the header row was detected instead.")
    h = layout.header_index
    for (r1, c1), (r2, c2) in merges:
        if (h is not None and c1 == c2 and r1 < h <= r2 and c1 < len(head[h])
                and is_blank(head[h][c1])):
            head[h][c1] = head[r1][c1]
    return assemble_table(name, head, layout, grid.iloc[layout.data_start:],
                          row_offset=row_offset, col_offset=col_offset,
                          decimal_comma=decimal_comma, max_rows=max_rows, where=where)


def _column_ref(index: int, where: str) -> str:
    """Sheet column ``index`` (0-based) as a researcher sees it: a letter in a sheet, a number in
    a text file."""
    if where == "Line":
        return f"column {index + 1}"
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _row_ranges(rows: Sequence[int]) -> str:
    """Sorted row numbers as runs: [45, 46, 48] → '45–46, 48'."""
    parts: list[str] = []
    start = prev = rows[0]
    for r in [*rows[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if r is not None:
            start = prev = r
    return ", ".join(parts)


def _notes_rows_note(rows: Sequence[int], first_text: str, unit: str) -> str:
    """The plain note saying which rows under the table were left out as notes, and why."""
    quote = first_text if len(first_text) <= 50 else first_text[:47].rstrip() + "..."
    line = unit == "Line"
    if len(rows) == 1:
        return say("Line {rows} looks like a note under the table ('{quote}'); it was left out "
                   "of the data." if line else
                   "Sheet row {rows} looks like a note under the table ('{quote}'); it was left "
                   "out of the data.", rows=rows[0], quote=quote)
    return say("Lines {rows} look like notes under the table ('{quote}'); they were left out of "
               "the data." if line else
               "Sheet rows {rows} look like notes under the table ('{quote}'); they were left "
               "out of the data.", rows=_row_ranges(rows), quote=quote)


NOTES_DROPPED = "look like notes under the table"
NOTE_DROPPED = "looks like a note under the table"
HEADER_ROWS_JOINED = "are two header rows"


def reader_note_code(note: str) -> str:
    """The finding code for a reader note from this module: 'notes_dropped' (rows under the
    table left out), 'header_rows_joined' (question text over a code row), else 'reader_note'.
    So the validation report can tell these changes apart without parsing sentences itself."""
    if NOTES_DROPPED in note or NOTE_DROPPED in note:
        return "notes_dropped"
    if HEADER_ROWS_JOINED in note:
        return "header_rows_joined"
    return "reader_note"


def notes_row_kind(row: Sequence[Any]) -> str | None:
    """'word' if the row's first filled cell opens with a notes word or footnote mark
    ('Ghi chú: ...', 'Source:', '* ...'), 'text' if its filled cells are one or two text cells,
    None if it cannot be a notes row (more cells, numbers, a total row)."""
    filled = [v for v in row if not is_blank(v)]
    if not filled or len(filled) > 2 or total_row_word(row):
        return None
    if any(cell_kind(v) != "text" for v in filled):
        return None
    first = str(filled[0]).strip()
    plain = strip_diacritics(first).casefold()
    if _NOTES_START.match(plain) or _FOOTNOTE.match(first):
        return "word"
    return "text"


def _trailing_notes(data: pd.DataFrame) -> list[int]:
    """Positions (into ``data``) of notes rows under the table, after the last data row.

    A row at the bottom (blank rows may come between) is a notes row when it opens with a notes
    word or a footnote mark and has at most two text cells; or, in a table of four columns or
    more, when its only cells are text in the first two columns that does not look like that
    column's data (words in a column of numbers, or a sentence much longer than the column's
    values; one word such as 'refused' or 'VN-099' may be a value, so it stays). A row with
    numbers or more cells is data and ends the search, so rows are only ever dropped from the
    very bottom, and never all of them.
    """
    n, width = data.shape
    if n < 2 or width == 0:
        return []
    start = max(0, n - TAIL_ROWS)
    tail = data.iloc[start:].astype(object).to_numpy().tolist()
    context = data.iloc[max(0, start - 200):].astype(object).to_numpy().tolist()
    full = [r for r in context if sum(not is_blank(v) for v in r) >= 3]
    numeric_share: dict[int, float] = {}
    typical_len: dict[int, float] = {}
    for j in (0, 1):
        values = [r[j] for r in full if j < len(r) and not is_blank(r[j])]
        if not values:
            continue
        kinds = [cell_kind(v) for v in values]
        numeric_share[j] = sum(k in ("number", "date") for k in kinds) / len(kinds)
        lengths = sorted(len(str(v).strip()) for v, k in zip(values, kinds, strict=True)
                         if k == "text")
        typical_len[j] = float(lengths[len(lengths) // 2]) if lengths else 0.0

    def unlike_data(row: Sequence[Any]) -> bool:
        cols = [j for j, v in enumerate(row) if not is_blank(v)]
        if width < 4 or any(j > 1 for j in cols):
            return False
        for j in cols:
            text = str(row[j]).strip()
            if numeric_share.get(j, 0.0) >= 0.8 and len(text.split()) >= 2:
                continue
            if j in typical_len and len(text.split()) >= 3 and len(text) >= max(
                    20.0, 2 * typical_len[j]):
                continue
            return False
        return True

    found: list[int] = []
    last_data = None
    for k in range(len(tail) - 1, -1, -1):
        row = tail[k]
        if all(is_blank(v) for v in row):
            continue
        kind = notes_row_kind(row)
        if kind == "word" or (kind == "text" and unlike_data(row)):
            found.append(start + k)
            continue
        last_data = k
        break
    if last_data is None and start == 0:
        return []  # every row would go: this is not a table with notes under it
    return sorted(found)


def assemble_table(
    name: str,
    head: list[list[Any]],
    layout: HeaderLayout,
    data: pd.DataFrame,
    *,
    row_offset: int = 0,
    col_offset: int = 0,
    decimal_comma: bool = False,
    max_rows: int | None = None,
    where: str = "Sheet",
) -> RawTable:
    """Name, type and annotate the data rows (``data``: grid rows from ``layout.data_start`` on,
    raw cells or already-typed columns) given the header layout found on ``head``."""
    notes: list[str] = list(layout.notes)
    width = max(data.shape[1], max((len(r) for r in head), default=0))
    data = data.reset_index(drop=True)
    data.columns = range(data.shape[1])
    for j in range(data.shape[1], width):
        data[j] = None
    header = head[layout.header_index] if layout.header_index is not None else None
    label_row = head[layout.label_index] if layout.label_index is not None else None
    from_label: list[int] = []
    if header is not None and label_row is not None and layout.label_index < layout.header_index:
        # question text over codes: a column without a code is named from its question text
        header = list(header) + [""] * (width - len(header))
        for j, value in enumerate(label_row[:width]):
            if is_blank(header[j]) and not is_blank(value):
                header[j] = value
                from_label.append(j)
    names = column_names(header, width, first_column=col_offset + 1)
    generated = {
        n for j, n in enumerate(names)
        if header is None or j >= len(header) or not header_text(header[j])
    }
    labels: dict[str, str] = {}
    if label_row is not None:
        for j, value in enumerate(label_row):
            if j < width and not is_blank(value) and header_text(value) != names[j]:
                labels[names[j]] = header_text(value)
    unit = "Line" if where == "Line" else "Sheet row"
    sheet_rows = np.arange(len(data), dtype=np.int64) + layout.data_start + row_offset + 1
    keep = ~_blank_rows(data)
    # a preview (max_rows) may hold only the top of the table: its last rows are not the bottom
    truncated = max_rows is not None and len(data) > max_rows
    dropped = [] if truncated else _trailing_notes(data)
    notes_note = ""
    if dropped:
        keep[dropped] = False
        first = next(str(v).strip() for v in data.iloc[dropped[0]].tolist() if not is_blank(v))
        notes_note = _notes_rows_note([int(sheet_rows[i]) for i in dropped], first, unit)
    if not keep.all():
        data = data[keep]
        sheet_rows = sheet_rows[keep]
    if max_rows is not None:
        data = data.iloc[:max_rows]
        sheet_rows = sheet_rows[:max_rows]
    columns: dict[str, pd.Series] = {}
    error_cols: list[str] = []
    error_kinds: set[str] = set()
    n_errors = 0
    for j in range(width):
        typed = type_column(data[j], decimal_comma=decimal_comma)
        columns[names[j]] = typed.values
        if typed.n_errors:
            n_errors += typed.n_errors
            error_cols.append(names[j])
            error_kinds.update(typed.error_kinds)
    frame = pd.DataFrame(columns) if columns else pd.DataFrame(index=range(len(data)))
    frame.index = pd.RangeIndex(len(frame))
    empty = [n for n in names if n in generated and frame[n].isna().all()]
    if empty:
        frame = frame.drop(columns=empty)
    header_row = None
    if layout.header_index is not None:
        header_row = row_offset + layout.header_index + 1
    label_above = (layout.label_index is not None and layout.header_index is not None
                   and layout.label_index < layout.header_index)
    top = layout.label_index if label_above else layout.header_index
    if top is not None and top > 0:
        line = unit == "Line"
        if label_above:
            notes.append(say(
                "The column names were found in line {row}, under question text in line "
                "{label_row}; the rows above them were skipped as titles." if line else
                "The column names were found in sheet row {row}, under question text in sheet "
                "row {label_row}; the rows above them were skipped as titles.",
                row=header_row, label_row=row_offset + top + 1))
        else:
            notes.append(say(
                "The column names were found in line {row}; the rows above it were skipped as "
                "titles." if line else
                "The column names were found in sheet row {row}; the rows above it were "
                "skipped as titles.", row=header_row))
    if label_above:
        label_row_no = row_offset + layout.label_index + 1
        notes.append(say(
            "Lines {label_row}–{row} are two header rows: line {label_row} holds question text "
            "(kept as the column labels) and line {row} the short column names; data start "
            "below them." if unit == "Line" else
            "Sheet rows {label_row}–{row} are two header rows: sheet row {label_row} holds "
            "question text (kept as the column labels) and sheet row {row} the short column "
            "names; data start below them.", label_row=label_row_no, row=header_row))
        if from_label:
            cols = ", ".join(_column_ref(col_offset + j, where) for j in from_label[:10])
            more = f" and {len(from_label) - 10} more" if len(from_label) > 10 else ""
            notes.append(f"{len(from_label)} column(s) ({cols}{more}) have no short name in "
                         f"{unit.lower()} {header_row}; they are named from the question text "
                         f"in {unit.lower()} {label_row_no}.")
    elif layout.label_index is not None:
        notes.append(f"{unit} {row_offset + layout.label_index + 1} holds question text; "
                     "it was kept as the column labels.")
    if dropped:
        notes.append(notes_note)
    if frame.shape[1] and layout.header_index is None and len(frame):
        notes.append("No row of column names was found; columns are named column_<n> "
                     "(n is the column number).")
    if not frame.shape[1]:
        notes.append("The sheet is empty." if where != "Line" else "The file has no data.")
    elif not len(frame):
        notes.append("The table has column names but no data rows.")
    if n_errors:
        notes.append(
            f"{n_errors} cell(s) held Excel errors ({', '.join(sorted(error_kinds))}) and were "
            f"read as missing (column(s) {', '.join(error_cols[:10])}).")
    if len(data):
        tail = data.iloc[-3:].astype(object).to_numpy().tolist()
        for row, sheet_row in zip(tail, sheet_rows[-len(tail):], strict=True):
            word = total_row_word(row)
            if word:
                notes.append(f"{unit} {sheet_row} looks like a total row ('{word}'); it was kept "
                             "as data, so exclude it before analysis.")
    return RawTable(
        name=name, data=frame, header_row=header_row, source_rows=sheet_rows,
        variable_labels=labels, notes=notes,
    )
