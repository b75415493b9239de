"""The one entry point for opening a survey data file: :func:`read_source`.

It fingerprints the file (SHA-256), decides its real format from the content (``core.io.filetype``),
hands it to the matching reader (``core.io.workbooks``, ``core.io.text_tables``, ``core.io.stat_files``) and
turns every failure into a :class:`~core.common.errors.FileRefusedError` with a plain-words message: a
researcher sees "damaged", "password-protected" or "not a data file", never a traceback. Files are
only ever opened for reading.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from core.common.errors import (
    FileRefusedError,
    PasswordProtectedError,
    ResourceLimitError,
    UnreadableFileError,
    UserFacingError,
)
from core.io import isolation, limits, read_cache
from core.io.filetype import (
    ARCHIVE_KINDS,
    STAT_KINDS,
    WORKBOOK_KINDS,
    csv_zip_members,
    damaged,
    not_a_data_file,
    sniff,
)
from core.io.headers import make_unique, table_from_grid
from core.io.preflight import iter_part
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
    Raises FileRefusedError (PasswordProtectedError for encrypted files, ResourceLimitError
    for files that would take more memory than the budget in ``core.io.limits``,
    UnreadableFileError for files that cannot be opened) and nothing else.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        return _read(path, max_rows=max_rows, include_hidden=include_hidden,
                     header_rows=header_rows)
    except FileRefusedError as exc:
        if exc.where:
            raise
        raise type(exc)(exc.what, where=name, todo=exc.todo) from exc
    except UserFacingError as exc:
        raise FileRefusedError(exc.what, where=exc.where or name, todo=exc.todo) from exc
    except MemoryError as exc:
        raise ResourceLimitError(
            "The file is too big to open on this computer", where=name,
            todo="Close other programs, or save a smaller extract (fewer sheets or columns)",
        ) from exc
    except RecursionError as exc:
        raise damaged(name) from exc
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno in _UNREADABLE_ERRNOS:
            raise unreadable(path, exc) from exc
        log.info("Could not read %s", path, exc_info=True)
        raise damaged(name) from exc
    except Exception as exc:  # the contract: only FileRefusedError escapes
        # Logged below WARNING so no traceback reaches stderr by default (the CLI prints one
        # paragraph); --debug or a configured log shows it.
        log.info("Could not read %s", path, exc_info=True)
        raise damaged(name) from exc


_UNREADABLE_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EBUSY, errno.EIO, errno.ENXIO,
                                errno.ETXTBSY, errno.EAGAIN, errno.ENODEV, errno.ELOOP})


def unreadable(path: Path, exc: OSError) -> UnreadableFileError:
    """A plain-words refusal for a file the system will not let us read."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        why = "permission denied: this user may not read it, or another program keeps it locked"
        todo = ("Close the program that has it open (Excel locks the files it edits), or copy it "
                "to a folder of your own, then open the copy")
    elif exc.errno == errno.EIO:
        why = "the disk or network drive reported a read error"
        todo = "Copy it to a local folder and open the copy; if that fails too, the disk is failing"
    else:
        why = exc.strerror or type(exc).__name__
        todo = "Copy it to a local folder and open the copy"
    return UnreadableFileError(f"The file cannot be read ({why})", where=str(path), todo=todo)


def _kind_of_special(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _read(path: Path, *, max_rows: int | None, include_hidden: bool,
          header_rows: Mapping[str, int | None] | None) -> SourceFile:
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileRefusedError("The file was not found", where=str(path),
                               todo="Check the file name and folder, then try again") from None
    except OSError as exc:  # a folder on the way we may not enter, a name too long, ...
        raise unreadable(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError("This is a folder, not a data file", where=str(path),
                               todo="Pick a file inside the folder")
    if not stat.S_ISREG(info.st_mode):
        # Never opened: reading a pipe waits forever, /dev/zero never ends.
        raise UnreadableFileError(
            f"This is not a regular file but {_kind_of_special(info.st_mode)}", where=str(path),
            todo="Pick the data file itself (an .xlsx, .csv, .sav or .dta saved on disk)")
    if max_rows is not None and max_rows < 0:
        max_rows = 0
    with open(path, "rb") as fh:
        first = fh.read(_CHUNK)
        if not first:
            raise FileRefusedError("The file is empty", where=name,
                                   todo="Check that you picked the right file, or export it again")
        sniffed = sniff(path, first[:4096])
        kind = sniffed.kind
        if kind in WORKBOOK_KINDS or kind in STAT_KINDS or kind in ARCHIVE_KINDS:
            digest = _hash_rest(fh, first)
            hashed = _identity(os.fstat(fh.fileno()))
        else:
            box = list(_read_text_bytes(path, fh, first, info.st_size))
            digest = box.pop()
    notes = list(sniffed.notes)
    entry = None
    if max_rows is None and read_cache.folder() is not None:
        entry = read_cache.key(digest, name, kind, include_hidden, header_rows)
        cached = read_cache.load(entry)
        if cached is not None:  # read before (DESIGN.md: reopen from the Parquet cache)
            return SourceFile(path=path, kind=kind, sha256=digest, tables=cached.tables,
                              notes=notes + cached.notes, cache_entry=entry)
    # Native readers (calamine, fastexcel, ReadStat) parse in the reader process when the
    # window or the command line switched isolation on: a fault there cannot end this process.
    if kind in WORKBOOK_KINDS:
        tables, more = isolation.run(
            read_workbook, path.absolute(), kind, max_rows=max_rows,
            include_hidden=include_hidden, header_rows=dict(header_rows or {}), where=name,
            kind=kind)
        if not tables and not more:
            notes.append("The workbook has no worksheets with cells.")
    elif kind in ARCHIVE_KINDS:
        tables, more = _read_csv_zip(path, max_rows=max_rows)
    elif kind in STAT_KINDS:
        try:
            table, more = isolation.run(read_stat_file, path.absolute(), kind,
                                        max_rows=max_rows, where=name, kind=kind)
        except FileRefusedError:
            raise
        except Exception as exc:  # pyreadstat errors are cryptic; say it plainly
            raise _stat_refusal(path, kind, exc) from exc
        tables = [table]
    else:
        table, more = _read_text(path, box, max_rows=max_rows)  # box: the bytes, let go of early
        tables = [table]
    notes.extend(more)
    if kind in WORKBOOK_KINDS or kind in STAT_KINDS or kind in ARCHIVE_KINDS:
        _same_file_as_hashed(path, hashed, digest)  # the library read it again: still that file?
    if entry is not None:
        read_cache.store(entry, tables, notes[len(sniffed.notes):])  # the reader's own notes
    return SourceFile(path=path, kind=kind, sha256=digest, tables=tables, notes=notes,
                      cache_entry=entry)


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev


def _same_file_as_hashed(path: Path, hashed: tuple[int, int, int, int], digest: str) -> None:
    """Refuse when the file changed between the SHA-256 pass and the library's parse (a program
    still writing it, a sync client replacing it): the rows read would not be the bytes the
    fingerprint names (issue #15: a truncation in between loaded 102,000 of 200,000 rows
    silently). Cheap when nothing changed (one stat); re-hashes only when size, time or file
    identity moved, so a touch without a change passes."""
    try:
        now = _identity(path.stat())
    except OSError as exc:
        raise _changed_while_reading(path) from exc
    if now == hashed:
        return
    try:
        with open(path, "rb") as fh:
            again = _hash_rest(fh, b"")
    except OSError as exc:
        raise _changed_while_reading(path) from exc
    if again != digest:
        raise _changed_while_reading(path)


def _changed_while_reading(path: Path) -> UnreadableFileError:
    return UnreadableFileError(
        "The file changed while it was being read (another program is writing or replacing it), "
        "so what was read may be incomplete; nothing of it was kept", where=str(path),
        todo="Wait until the other program (a download, Excel, a sync folder) has finished, then "
             "open the file again")


_CHUNK = 1 << 20


def _hash_rest(fh: BinaryIO, first: bytes) -> str:
    """SHA-256 of the whole file, of which ``first`` was already read; read-only."""
    sha = hashlib.sha256(first)
    while chunk := fh.read(_CHUNK):
        sha.update(chunk)
    return sha.hexdigest()


def _read_text_bytes(path: Path, fh: BinaryIO, first: bytes, size: int) -> tuple[bytearray, str]:
    """The whole text file (one snapshot: the bytes hashed are the bytes parsed) and its
    SHA-256, refused before it is read when it cannot fit, and while it is read as soon as a
    line runs past :data:`~core.io.limits.MAX_RECORD_BYTES` without a line break."""
    name = path.name
    if size > MAX_TEXT_BYTES:
        raise ResourceLimitError(
            f"The text file is {limits.format_bytes(size)}, larger than 2 GB", where=name,
            todo="Split it into smaller files or save it as .dta or .sav")
    limits.check_memory(name, size * limits.TEXT_BYTES_FACTOR,
                        f"The text file is {limits.format_bytes(size)}",
                        todo="Split it into smaller files, or save it as .dta or .sav (read "
                             "with far less memory)")
    data = bytearray(first)
    sha = hashlib.sha256(first)
    run = 0  # bytes since the last line break
    lines = 0
    max_run = limits.MAX_RECORD_BYTES
    chunk = first
    while True:
        last = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        if last < 0:
            run += len(chunk)
        else:
            head = min(i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0)
            if run + head <= max_run:  # lines inside one chunk are shorter than the limit
                lines += chunk.count(b"\n")
                run = len(chunk) - last - 1
            else:
                run += head
        if run > max_run:
            raise ResourceLimitError(
                f"Line {lines + 1:,} of the text runs for more than "
                f"{limits.format_bytes(max_run)} without a line break, which no table has",
                where=name, todo="Check that this is the data file (a csv saved from Excel, "
                                 "SPSS or Stata); if it is, it is damaged")
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        data += chunk
        sha.update(chunk)
        if len(data) > MAX_TEXT_BYTES:  # it grew while we read
            raise ResourceLimitError("The text file is larger than 2 GB", where=name,
                                     todo="Split it into smaller files or save it as .dta or .sav")
    return data, sha.hexdigest()


def _read_text(path: Path, box: list[bytes | bytearray], *, max_rows: int | None,
               ) -> tuple[RawTable, list[str]]:
    """The text table; ``box`` holds the file's bytes, taken out so they can be freed as soon
    as they are decoded (a 400 MB file should not be held three times)."""
    name = path.name
    ext = path.suffix.lower().lstrip(".")
    text_grid = read_text_grid(box.pop(), max_rows=max_rows)
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


# --- a zip of csv files (ODK Central, SurveyCTO, Kobo csv exports) ---------------------------------

class _ChunkReader:
    """A read-only file object over the chunks of one zip member (inflated by
    :func:`core.io.preflight.iter_part`, which refuses bombs as it goes)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._buf) < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buf += chunk
        if n < 0:
            out, self._buf = self._buf, b""
        else:
            out, self._buf = self._buf[:n], self._buf[n:]
        return out


def _read_csv_zip(path: Path, *, max_rows: int | None) -> tuple[list[RawTable], list[str]]:
    """One table per csv file of the zip (named after the file, without ``.csv``), read by the
    same text reader and within the same limits as a csv on disk; media files and names that
    point outside the archive are ignored with a note. Nothing is unpacked to disk."""
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise damaged(name, "the zip container is broken") from exc
    notes: list[str] = []
    tables: list[RawTable] = []
    with zf, open(path, "rb") as fh:
        members = csv_zip_members(zf.infolist())
        _check_csv_members(name, members.csv)
        skipped: list[str] = []
        member_notes: list[tuple[str, list[str]]] = []
        for info in members.csv:
            member = info.filename
            base = Path(member.replace("\\", "/").rsplit("/", 1)[-1])
            where = f"{name} → {member}"
            try:
                reader = _ChunkReader(iter_part(name, zf, fh, info, limits.MAX_PART_BYTES))
                first = reader.read(_CHUNK)
                if not first:
                    skipped.append(f"{member} is empty")
                    continue
                box = list(_read_text_bytes(base, reader, first, info.file_size))  # type: ignore[arg-type]
                box.pop()  # the digest of one member: the file's own digest is kept
                table, more = _read_text(base, box, max_rows=max_rows)
            except (ResourceLimitError, PasswordProtectedError) as exc:
                raise type(exc)(exc.what, where=where, todo=exc.todo) from exc
            except FileRefusedError as exc:
                skipped.append(f"{member} could not be read ({exc.what.rstrip('.')})")
                continue
            tables.append(table)
            member_notes.append((member, more))
    if not tables:
        detail = f": {skipped[0]}" if skipped else ""
        raise FileRefusedError(f"No csv file in this zip could be read{detail}", where=name,
                               todo="Unpack it and open the csv files one by one, or export "
                                    "the data again")
    for t, unique in zip(tables, make_unique([t.name for t in tables]), strict=True):
        t.name = unique
    shared = set.intersection(*(set(more) for _, more in member_notes))
    notes.extend(note for note in member_notes[0][1] if note in shared)
    notes.extend(f"{member}: {note}" for member, more in member_notes for note in more
                 if note not in shared)
    notes.insert(0, f"The zip holds {len(tables)} csv "
                    f"{'table' if len(tables) == 1 else 'tables'}: "
                    f"{', '.join(t.name for t in tables)}.")
    if skipped:
        notes.append(f"{_count(len(skipped), 'csv file')} left out: {'; '.join(skipped[:5])}.")
    if members.media:
        notes.append(f"{_count(len(members.media), 'other file')} not read (photos, audio or "
                     f"other media in the zip, e.g. {members.media[0]}).")
    if members.unsafe:
        notes.append(f"{_count(len(members.unsafe), 'file')} ignored because the name points "
                     f"outside the zip (e.g. {members.unsafe[0]!r}).")
    if members.encrypted:
        notes.append(f"{_count(len(members.encrypted), 'password-protected csv file')} "
                     f"ignored (e.g. {members.encrypted[0]}).")
    return tables, notes


def _count(n: int, noun: str) -> str:
    """'1 csv file was' / '3 csv files were'."""
    return f"{n} {noun} was" if n == 1 else f"{n} {noun}s were"


def _check_csv_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """The zip-part limits of workbooks (total, ratio), and the memory budget for every csv
    table held at once, before anything is inflated."""
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_PART_BYTES:
        raise limits.too_big(name, (
            f"The csv files in the zip expand to {limits.format_bytes(total)} when unpacked (more "
            f"than {limits.format_bytes(limits.MAX_PART_BYTES)})"), budget_hint=False,
            todo="Unpack it yourself and open the csv files one by one")
    for info in infos:
        if (info.file_size > limits.RATIO_CHECK_BYTES
                and info.file_size > limits.MAX_PART_RATIO * max(info.compress_size, 1)):
            raise limits.too_big(name, (
                f"Part '{info.filename}' of the zip unpacks to "
                f"{limits.format_bytes(info.file_size)} from "
                f"{limits.format_bytes(info.compress_size)}: no export packs data that tightly, "
                "so the file is probably built to exhaust memory"), budget_hint=False,
                todo="Do not open it; if you trust the sender, ask for a new export")
    limits.check_memory(name, total * limits.TEXT_BYTES_FACTOR,
                        f"The csv files in the zip hold {limits.format_bytes(total)}",
                        todo="Unpack it and open the csv files one by one, or export less data")
