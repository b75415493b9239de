"""Export the rows and columns a table shows to xlsx or csv, safely.

The window passes the frame, the visible rows in display order and the visible columns; value labels
are written instead of codes when the table shows them. Text is always written as text: a cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is never a formula (in xlsx it is
stored as a string cell; in csv it gets a leading apostrophe, as OWASP's CSV-injection advice says),
so a survey answer cannot run anything when the file is opened.

Numbers stay numbers: numeric cells are written as they are (a negative amount is ``-12.5``, not
text), and so is text that is nothing but a plain number (``"-5"``, ``"+84"``: a spreadsheet reads it
as that number, never as a formula). Anything else starting with those characters (``-2+3``,
``+cmd|...``) is prefixed. The csv writer quotes cells holding a comma, quote or line break, so a
formula can never begin after a separator inside a cell.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.common.atomic import atomic_open, atomic_path
from core.common.errors import UserFacingError
from core.common.text import code_key

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n",
                  "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe62", "\ufe63", "\ufe66")
"""What makes Excel, LibreOffice or Google Sheets read a pasted or csv cell as a formula: the
ASCII operators, a leading tab or line break (skipped before the operator), and their fullwidth
and small forms (＝ ＋ － ＠ ﹢ ﹣ ﹦, which some spreadsheets fold to ASCII)."""
EXPORT_FORMATS = ("xlsx", "csv")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d[\d,\u00a0\u202f ]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s?%?")
"""A number as the window shows it (sign, thousands separators, percent): safe as it is."""


def neutralise_spreadsheet_text(value: str) -> str:
    """Text for a csv cell or the clipboard: a leading apostrophe when a spreadsheet could read
    it as a formula (``=cmd|' /C calc'!A0``, ``@SUM(…)``, a line feed then ``=``, ``＝1+1``)."""
    if value.lstrip(" ").startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


neutralise_csv_text = neutralise_spreadsheet_text


def _plain(value: Any) -> Any:
    """A Python scalar for writing; None for missing."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def export_frame(frame: pd.DataFrame, rows: Sequence[int] | np.ndarray | None = None,
                 columns: Sequence[str] | None = None, *,
                 value_labels: Mapping[str, Mapping[Any, str]] | None = None) -> pd.DataFrame:
    """The table as it will be written: chosen rows (positions, in order), chosen columns, and
    labels in place of the codes that have one."""
    out = frame if rows is None else frame.iloc[np.asarray(rows, dtype=np.intp)]
    if columns is not None:
        out = out.loc[:, list(columns)]
    out = out.reset_index(drop=True)
    if value_labels:
        out = out.copy()
        for col, labels in value_labels.items():
            if col not in out.columns or not labels:
                continue
            by_key = {code_key(k): str(v) for k, v in labels.items()}
            series = out[col].astype(object)
            out[col] = series.map(lambda v, m=by_key: m.get(code_key(v), v)
                                  if _plain(v) is not None else None)
    return out


def _csv_cell(value: Any) -> Any:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return neutralise_csv_text(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def write_csv(frame: pd.DataFrame, path: Path | str) -> None:
    """UTF-8 with a byte-order mark (Excel on Windows then reads Vietnamese correctly)."""
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([_csv_cell(str(c)) for c in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_cell(v) for v in row])


def write_xlsx(frame: pd.DataFrame, path: Path | str, *, sheet_name: str = "Table") -> None:
    """One sheet, frozen header row, every text cell stored as text (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(sheet_name))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: Any, header: bool = False) -> WriteOnlyCell:
        value = _plain(value)
        if isinstance(value, str):
            c = WriteOnlyCell(ws, value=None)
            c.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            c.data_type = "s"  # a string cell, even when it starts with "="
        else:
            if isinstance(value, float) and math.isinf(value):
                value = str(value)
            c = WriteOnlyCell(ws, value=value)
        if header:
            c.font = bold
        return c

    ws.append([cell(str(c), header=True) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        ws.append([cell(v) for v in row])
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _sheet_title(name: str) -> str:
    bad = '[]:*?/\\'
    title = "".join("_" if ch in bad else ch for ch in name).strip("'") or "Table"
    return title[:31]


def export_table(frame: pd.DataFrame, path: Path | str, *,
                 rows: Sequence[int] | np.ndarray | None = None,
                 columns: Iterable[str] | None = None,
                 value_labels: Mapping[str, Mapping[Any, str]] | None = None,
                 sheet_name: str = "Table") -> int:
    """Write the visible rows and columns to ``path`` (.xlsx or .csv by its suffix); returns the
    number of rows written. Raises UserFacingError when the file cannot be written."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in EXPORT_FORMATS:
        raise UserFacingError(f"Cannot export to a .{kind or '?'} file", where=path.name,
                              todo="Choose a name ending in .xlsx or .csv")
    table = export_frame(frame, rows, None if columns is None else list(columns),
                         value_labels=value_labels)
    try:
        if kind == "csv":
            write_csv(table, path)
        else:
            write_xlsx(table, path, sheet_name=sheet_name)
    except PermissionError as exc:
        raise UserFacingError("The file cannot be written", where=path.name,
                              todo="Close it in Excel (or choose another name) and export again"
                              ) from exc
    except OSError as exc:
        raise UserFacingError(f"The file cannot be written ({exc.strerror or exc})",
                              where=str(path), todo="Choose another folder") from exc
    return len(table)


__all__ = ["EXPORT_FORMATS", "FORMULA_STARTS", "export_frame", "export_table",
           "neutralise_csv_text",
           "neutralise_spreadsheet_text", "write_csv", "write_xlsx"]
