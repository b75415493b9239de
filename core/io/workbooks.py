"""Read every worksheet of an Excel or OpenDocument workbook into raw tables.

python-calamine (Rust) reads xlsx, xlsm, xlsb, xls and ods with typed cells and sheet visibility;
it refuses ODS "decompression bombs" (billions of repeated cells) in milliseconds. openpyxl is the
fallback for xlsx/xlsm calamine cannot open, and streams the first rows of a big workbook for
previews (calamine always parses the whole sheet). For large full loads, the column data come from
fastexcel (calamine straight to Arrow), which is about twice as fast; see ``_fast_columns``.
pandas' odf engine is never used: it expands repeated rows and exhausts memory.

Calamine reports Excel error cells and formulas without a cached result as empty cells; for
xlsx/xlsm we read the sheet XML once more to say which cells those were (see ``_xlsx_cell_flags``).
"""

from __future__ import annotations

import logging
import warnings
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import python_calamine as calamine

from core.common.errors import FileRefusedError
from core.io.filetype import damaged, password_protected
from core.io.headers import (
    TOP_ROWS,
    assemble_table,
    detect_header,
    is_blank,
    layout_with_header_at,
    table_from_grid,
)
from core.io.preflight import CellFlags, WorkbookCheck, check_workbook
from core.io.rawtable import RawTable

log = logging.getLogger(__name__)

PREVIEW_STREAM_BYTES = 2_000_000
"""xlsx files bigger than this are previewed (``max_rows``) by streaming with openpyxl."""
FAST_PATH_BYTES = 4_000_000
"""Full loads of xlsx sheets whose XML is bigger than this take their columns from fastexcel."""
MAX_LISTED = 5

__all__ = ["CellFlags", "read_workbook"]


def read_workbook(path: Path, kind: str, *, max_rows: int | None = None,
                  include_hidden: bool = False,
                  header_rows: Mapping[str, int | None] | None = None,
                  ) -> tuple[list[RawTable], list[str]]:
    """All worksheets (visible ones unless ``include_hidden``) and file-level notes.

    ``header_rows`` maps sheet names to a known 1-based header row (skipping detection).
    Before any library reads it, the file is measured (``core.io.preflight``): one that would
    take more than the memory budget is refused with a ResourceLimitError.
    """
    header_rows = dict(header_rows or {})
    if max_rows is not None and kind in ("xlsx", "xlsm") and (
            path.stat().st_size > PREVIEW_STREAM_BYTES):
        # openpyxl streams the first rows (bounded by max_rows whatever the sheet claims);
        # only the zip's declared sizes are checked first.
        check_workbook(path, kind, scan=False)
        try:
            return _read_with_openpyxl(path, max_rows=max_rows, include_hidden=include_hidden,
                                       header_rows=header_rows)
        except Exception:  # any openpyxl trouble: calamine reads it below
            pass
    check = check_workbook(path, kind)
    try:
        return _read_with_calamine(path, kind, check, max_rows=max_rows,
                                   include_hidden=include_hidden, header_rows=header_rows)
    except FileRefusedError:
        raise
    except Exception as exc:  # calamine raises several unrelated types
        log.info("calamine could not read %s", path, exc_info=True)
        first_error = exc
    if kind in ("xlsx", "xlsm"):
        try:
            return _read_with_openpyxl(path, max_rows=max_rows, include_hidden=include_hidden,
                                       header_rows=header_rows)
        except Exception:  # report the calamine error below
            pass
    raise _explain(path, kind, first_error) from first_error


def _explain(path: Path, kind: str, exc: BaseException) -> FileRefusedError:
    """A plain-words refusal for a workbook neither reader could open."""
    text = str(exc).lower()
    if isinstance(exc, calamine.PasswordError) or "password" in text or "encrypt" in text:
        return password_protected(path.name)
    if "cell limit" in text or "too large" in text or isinstance(exc, MemoryError):
        return FileRefusedError(
            "The workbook declares far more cells than a worksheet can hold (it may be built "
            "to exhaust memory)", where=path.name,
            todo="Open it in Excel or LibreOffice and save a plain copy, then open that")
    if kind in ("xlsx", "xlsm", "xlsb", "ods") and _zip_damaged(path):
        return damaged(path.name, "part of the zip container fails its checksum")
    return damaged(path.name)


def _zip_damaged(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.testzip() is not None
    except Exception:  # a zip that cannot even be listed is damaged
        return True


# --- calamine -------------------------------------------------------------------------------------

def _read_with_calamine(path: Path, kind: str, check: WorkbookCheck, *, max_rows: int | None,
                        include_hidden: bool, header_rows: dict[str, int | None],
                        ) -> tuple[list[RawTable], list[str]]:
    notes: list[str] = []
    tables: list[RawTable] = []
    flags, sizes = check.flags, check.sizes
    with calamine.CalamineWorkbook.from_path(str(path)) as wb:
        for meta in wb.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            hidden = meta.visible != calamine.SheetVisibleEnum.Visible
            if hidden and not include_hidden:
                notes.append(f"The hidden sheet '{meta.name}' was skipped.")
                continue
            table = None
            if max_rows is None and sizes.get(meta.name, 0) > FAST_PATH_BYTES:
                try:
                    table = _fast_table(path, meta.name, header_rows.get(meta.name))
                except Exception:  # the calamine path below is the reference
                    table = None
            if table is None:
                sheet = wb.get_sheet_by_name(meta.name)
                table = _calamine_sheet(sheet, meta.name, max_rows, header_rows.get(meta.name))
            table.hidden = hidden
            _add_flag_notes(table, flags.get(meta.name))
            tables.append(table)
    if not tables and notes:
        notes.append("Every sheet of this workbook is hidden; use 'show hidden sheets' to see them.")
    return tables, notes


def _calamine_sheet(sheet: Any, name: str, max_rows: int | None,
                    header_row: int | None) -> RawTable:
    start = sheet.start
    if start is None:
        return table_from_grid(name, pd.DataFrame())
    row0, col0 = start
    nrows = None if max_rows is None else max_rows + 4 * TOP_ROWS
    rows = sheet.to_python(skip_empty_area=True, nrows=nrows)
    grid = pd.DataFrame(rows, dtype=object)
    merges = [((r1 - row0, c1 - col0), (r2 - row0, c2 - col0))
              for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])
              if r1 - row0 < 4 * TOP_ROWS]
    return table_from_grid(name, grid, row_offset=row0, col_offset=col0, max_rows=max_rows,
                           merges=merges, header_row=header_row)


def _fast_table(path: Path, name: str, header_row: int | None) -> RawTable | None:
    """Big xlsx sheet: header from openpyxl's first streamed rows, typed columns from fastexcel.

    Returns None (so the calamine path runs) unless everything lines up: data from column A,
    every column strictly one type (fastexcel would otherwise coerce mixed cells), and the first
    data row identical in both readers. So the result equals the slower path's.
    """
    import fastexcel  # only needed for big sheets
    import openpyxl

    with open(path, "rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
        try:
            ws = wb[name]
            head = []
            for row in ws.iter_rows(max_row=4 * TOP_ROWS, values_only=True):
                head.append(["" if v is None else v for v in row])
        finally:
            wb.close()
    if not head or not any(not is_blank(r[0]) for r in head if r):
        return None
    width = max(len(r) for r in head)
    head = [r + [""] * (width - len(r)) for r in head]
    if header_row is not None and 0 < header_row <= len(head):
        layout = layout_with_header_at(head, header_row - 1)
    elif header_row is None:
        layout = detect_header(head)
    else:
        return None
    batch = fastexcel.read_excel(str(path)).load_sheet(
        name, header_row=None, skip_rows=layout.data_start, schema_sample_rows=None,
        dtype_coercion="strict", eager=True,
    )
    body = batch.to_pandas()
    if layout.data_start < len(head) and len(body):
        first = head[layout.data_start]
        for j, value in enumerate(first):
            if j >= body.shape[1] or not _same_cell(value, body.iat[0, j]):
                return None
    return assemble_table(name, head, layout, body)


def _same_cell(a: Any, b: Any) -> bool:
    if is_blank(a):
        return b is None or is_blank(b) or (isinstance(b, float) and b != b)
    if isinstance(a, (int, float)) and not isinstance(a, bool):
        try:
            return float(a) == float(b)
        except (TypeError, ValueError):
            return False
    if isinstance(a, str):
        return isinstance(b, str) and a == b
    try:
        return pd.Timestamp(a) == pd.Timestamp(b)
    except (TypeError, ValueError):
        return False


# --- openpyxl ---------------------------------------------------------------------------------------

def _read_with_openpyxl(path: Path, *, max_rows: int | None, include_hidden: bool,
                        header_rows: dict[str, int | None]) -> tuple[list[RawTable], list[str]]:
    import openpyxl  # fallback only

    notes: list[str] = []
    tables: list[RawTable] = []
    with open(path, "rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
        try:
            for ws in wb.worksheets:
                hidden = ws.sheet_state != "visible"
                if hidden and not include_hidden:
                    notes.append(f"The hidden sheet '{ws.title}' was skipped.")
                    continue
                limit = None if max_rows is None else max_rows + 4 * TOP_ROWS
                rows = []
                for row in ws.iter_rows(values_only=True):
                    rows.append(["" if v is None else v for v in row])
                    if limit is not None and len(rows) >= limit:
                        break
                width = max((len(r) for r in rows), default=0)
                grid = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
                table = table_from_grid(ws.title, grid, max_rows=max_rows,
                                        header_row=header_rows.get(ws.title))
                table.hidden = hidden
                tables.append(table)
        finally:
            wb.close()
    return tables, notes


# --- xlsx cell flags (found by core.io.preflight) ------------------------------------------

def _add_flag_notes(table: RawTable, flags: CellFlags | None) -> None:
    if flags is None:
        return
    if flags.errors:
        refs = ", ".join(r for r, _ in flags.errors[:MAX_LISTED])
        more = f" and {len(flags.errors) - MAX_LISTED} more" if len(flags.errors) > MAX_LISTED else ""
        kinds = ", ".join(sorted({e for _, e in flags.errors}))
        table.notes.append(f"{len(flags.errors)} cell(s) hold Excel errors ({kinds}): {refs}{more}; "
                           "they were read as missing.")
    if flags.uncached:
        refs = ", ".join(flags.uncached[:MAX_LISTED])
        more = (f" and {len(flags.uncached) - MAX_LISTED} more"
                if len(flags.uncached) > MAX_LISTED else "")
        table.notes.append(
            f"{len(flags.uncached)} formula cell(s) have no saved result: {refs}{more}; they were "
            "read as missing. Open the file in Excel and save it to store the results.")
