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
- merged group labels (a text row directly above a fuller text row): **we take the lower row**
  as the column names, because that is where the question codes live, and the group row is
  skipped like a title. A header cell merged over two rows (``ID`` over rows 1-2) is filled down
  by the workbook reader before this module looks (``core.io.workbooks``), so it keeps its name.
  Group labels themselves are not kept in the names.

It also names columns (blank → ``column_<n>`` where n is the sheet column number, duplicates →
``_2``, ``_3``) and spots total rows at the bottom.
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
    """Find the header row, an optional question-text row below it, and where data start.

    ``group_rows`` are rows known to hold cells merged across columns (group labels).
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
    nxt = header + 1
    if nxt in profiles and not _is_label_row(rows[header], rows[nxt]):
        n_filled, n_text, _ = profiles[nxt]
        fuller = n_filled > filled or (header in group_rows and n_filled >= filled)
        if fuller and n_text >= math.ceil(0.6 * n_filled):
            group, header = header, nxt  # group labels above the real names: take the lower row
    if group is None and header - 1 in profiles:
        group = header - 1
    layout = HeaderLayout(header_index=header, data_start=header + 1, group_index=group)
    below = [i for i in top if i > header]
    if below and below[0] == header + 1 and _is_label_row(rows[header], rows[header + 1]):
        layout.label_index = header + 1
        layout.data_start = header + 2
    return layout


def layout_with_header_at(rows: Sequence[Sequence[Any]], index: int) -> HeaderLayout:
    """The layout when the header row is known (a saved project names it): only the question-text
    row below it is still looked for."""
    layout = HeaderLayout(header_index=index, data_start=index + 1)
    if index + 1 < len(rows) and _is_label_row(rows[index], rows[index + 1]):
        layout.label_index = index + 1
        layout.data_start = index + 2
    return layout


def _is_label_row(header: Sequence[Any], row: Sequence[Any]) -> bool:
    """Short codes above, longer question text (with spaces) below, in the same columns."""
    codes = [str(v).strip() for v in header if not is_blank(v)]
    pairs = [(h, r) for h, r in zip(header, row, strict=False) if not is_blank(h)]
    labels = [r.strip() for _h, r in pairs if isinstance(r, str) and r.strip()]
    if not codes or len(labels) < max(1, math.ceil(0.5 * len(codes))):
        return False
    if any(cell_kind(r) == "number" for _h, r in pairs if not is_blank(r)):
        return False
    code_like = sum(bool(_CODE_LIKE.match(c)) for c in codes) / len(codes)
    spaced = sum(" " in lab for lab in labels) / len(labels)
    mean_code = sum(map(len, codes)) / len(codes)
    mean_label = sum(map(len, labels)) / len(labels)
    return code_like >= 0.6 and spaced >= 0.5 and mean_label >= max(12.0, 2 * mean_code)


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
    blank = np.ones(len(grid), dtype=bool)
    for col in grid.columns:
        values = grid[col]
        blank &= (values.isna() | values.eq("")).to_numpy(dtype=bool)
    return blank


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
        layout = layout_with_header_at(head, forced)
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
    names = column_names(header, width, first_column=col_offset + 1)
    generated = {
        n for j, n in enumerate(names)
        if header is None or j >= len(header) or not header_text(header[j])
    }
    labels: dict[str, str] = {}
    if layout.label_index is not None:
        for j, value in enumerate(head[layout.label_index]):
            if j < width and not is_blank(value):
                labels[names[j]] = header_text(value)
    sheet_rows = np.arange(len(data), dtype=np.int64) + layout.data_start + row_offset + 1
    keep = ~_blank_rows(data)
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
    unit = "Line" if where == "Line" else "Sheet row"
    if layout.header_index is not None and layout.header_index > 0:
        notes.append(f"The column names were found in {unit.lower()} {header_row}; "
                     "the rows above it were skipped as titles.")
    if layout.label_index is not None:
        notes.append(f"{unit} {row_offset + layout.label_index + 1} holds question text; "
                     "it was kept as the column labels.")
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
