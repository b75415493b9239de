"""The one entry point for opening a survey data file: :func:`read_source`.

It fingerprints the file (SHA-256), decides its real format from the content (``core.io.filetype``),
hands it to the matching reader (``core.io.workbooks``, ``core.io.text_tables``, ``core.io.stat_files``) and
turns every failure into a :class:`~core.common.errors.FileRefusedError` with a plain-words message: a
researcher sees "damaged", "password-protected" or "not a data file", never a traceback. Files are
only ever opened for reading.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from core.common.errors import FileRefusedError, UserFacingError
from core.io.filetype import STAT_KINDS, WORKBOOK_KINDS, damaged, not_a_data_file, sniff
from core.io.headers import table_from_grid
from core.io.rawtable import RawTable, SourceFile
from core.io.stat_files import read_stat_file
from core.io.text_tables import looks_tabular, read_text_grid
from core.io.workbooks import read_workbook

TEXT_EXTENSIONS = ("csv", "tsv", "txt", "tab", "dat", "")
MAX_TEXT_BYTES = 2_000_000_000
log = logging.getLogger(__name__)
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def read_source(path: str | os.PathLike[str], *, max_rows: int | None = None,
                include_hidden: bool = False,
                header_rows: Mapping[str, int | None] | None = None) -> SourceFile:
    """Read a survey file into raw tables (one per visible sheet, or one per csv/dta/sav file).

    ``max_rows`` limits the data rows read per table (for quick previews). Hidden sheets are
    skipped unless ``include_hidden``; when included they are marked ``RawTable.hidden``.
    ``header_rows`` maps sheet names to the 1-based header row to use instead of detecting it
    (a project file's ``header_row``; None means detect); csv/dta/sav ignore it.
    Raises FileRefusedError (PasswordProtectedError for encrypted files) and nothing else.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        return _read(path, max_rows=max_rows, include_hidden=include_hidden,
                     header_rows=header_rows)
    except FileRefusedError:
        raise
    except UserFacingError as exc:
        raise FileRefusedError(exc.what, where=exc.where or name, todo=exc.todo) from exc
    except MemoryError as exc:
        raise FileRefusedError(
            "The file is too big to open on this computer", where=name,
            todo="Close other programs, or save a smaller extract (fewer sheets or columns)",
        ) from exc
    except RecursionError as exc:
        raise damaged(name) from exc
    except Exception as exc:  # the contract: only FileRefusedError escapes
        log.warning("Could not read %s", path, exc_info=True)
        raise damaged(name) from exc


def _read(path: Path, *, max_rows: int | None, include_hidden: bool,
          header_rows: Mapping[str, int | None] | None) -> SourceFile:
    name = path.name
    if not path.exists():
        raise FileRefusedError("The file was not found", where=str(path),
                               todo="Check the file name and folder, then try again")
    if not path.is_file():
        raise FileRefusedError("This is a folder, not a data file", where=str(path),
                               todo="Pick a file inside the folder")
    if max_rows is not None and max_rows < 0:
        max_rows = 0
    digest, head, size = _fingerprint(path)
    if size == 0:
        raise FileRefusedError("The file is empty", where=name,
                               todo="Check that you picked the right file, or export it again")
    sniffed = sniff(path, head)
    kind = sniffed.kind
    notes = list(sniffed.notes)
    if kind in WORKBOOK_KINDS:
        tables, more = read_workbook(path, kind, max_rows=max_rows, include_hidden=include_hidden,
                                     header_rows=header_rows)
        if not tables and not more:
            notes.append("The workbook has no worksheets with cells.")
    elif kind in STAT_KINDS:
        try:
            table, more = read_stat_file(path, kind, max_rows=max_rows)
        except Exception as exc:  # pyreadstat errors are cryptic; say it plainly
            raise _stat_refusal(path, kind, exc) from exc
        tables = [table]
    else:
        table, more = _read_text(path, size, max_rows=max_rows)
        tables = [table]
    notes.extend(more)
    return SourceFile(path=path, kind=kind, sha256=digest, tables=tables, notes=notes)


def _fingerprint(path: Path) -> tuple[str, bytes, int]:
    """SHA-256 of the bytes, the first 4 KB (for sniffing) and the size; read-only."""
    sha = hashlib.sha256()
    head = b""
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            if not head:
                head = chunk[:4096]
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), head, size


def _read_text(path: Path, size: int, *, max_rows: int | None) -> tuple[RawTable, list[str]]:
    name = path.name
    if size > MAX_TEXT_BYTES:
        raise FileRefusedError("The text file is larger than 2 GB", where=name,
                               todo="Split it into smaller files or save it as .dta or .sav")
    data = path.read_bytes()
    ext = path.suffix.lower().lstrip(".")
    text_grid = read_text_grid(data, max_rows=max_rows)
    if ext not in TEXT_EXTENSIONS:
        sample = "\n".join(
            ",".join(map(str, row)) if text_grid.delimiter == "," else
            text_grid.delimiter.join(map(str, row))
            for row in text_grid.grid.head(50).to_numpy().tolist()
        )
        if not looks_tabular(sample):
            raise not_a_data_file(name)
    table = table_from_grid(path.stem, text_grid.grid, decimal_comma=text_grid.decimal_comma,
                            max_rows=max_rows, where="Line")
    notes = []
    if text_grid.encoding not in ("UTF-8", "UTF-8 (with BOM)"):
        notes.append(f"The text was read as {text_grid.encoding}.")
    if text_grid.grid.shape[1] > 1:
        notes.append(f"Columns are separated by a {_DELIMITER_NAMES[text_grid.delimiter]}.")
    if text_grid.decimal_comma:
        notes.append("Numbers use a decimal comma (1.234,5 means one thousand two hundred "
                     "thirty-four and a half).")
    return table, notes


def _stat_refusal(path: Path, kind: str, exc: Exception) -> FileRefusedError:
    program = "Stata" if kind == "dta" else "SPSS"
    return FileRefusedError(
        f"This {program} file is damaged or in a form we cannot read", where=path.name,
        todo=f"Open it in {program} and save it again (File > Save As), then open the new copy",
    )
