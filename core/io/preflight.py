"""Measure a workbook before a library reads it: what it declares, and what it really holds.

calamine (and fastexcel, which uses it) builds each sheet as one grid spanning the first to the last
used row and column, and the process aborts when that allocation fails. A 2.4 KB xlsx with one
cell at XFD1048576 asks for 17 billion cells; a 4 MB zip can hold a sheet that unpacks to 2 GB; an
Excel 97 record can claim four billion rows; OpenDocument repeat counts multiply. So, before any
library sees the file, we read it the cheap way and estimate what loading would cost
(``core.io.limits``), refusing in plain words what does not fit the memory budget:

- **zip parts** (xlsx, xlsm, xlsb, ods): declared sizes and ratios first (free), then every XML
  part is inflated here by our own bounded inflater, which counts the real bytes (a part that
  unpacks to more than it declares is refused) and watches the ratio as it goes.
- **xlsx sheets**: the declared ``<dimension ref>`` is the expected grid. One pass of a regular
  expression (RE2, through Arrow, about 1 GB/s) over the inflated XML looks only for what breaks
  that expectation: a cell reference beyond the declared grid, a cell without a reference (its
  place is implied), a namespace prefix. A normal sheet has none, and its grid is the declared
  one. Otherwise the sheet is read again, tag by tag, the way calamine places cells (a cell's
  ``r`` wins; without it, the next column of the current row; self-closing and empty cells hold
  no value), to find the real grid.
- **ods**: ``content.xml`` is walked row by row with calamine's rules for
  ``number-columns-repeated`` / ``number-rows-repeated`` (caps at Excel's limits, trailing blanks
  dropped, blank rows inside the table expanded).
- **xls**: the BIFF records of each sheet: DIMENSIONS (calamine reserves rows × columns) and the
  row and column of every cell record.

The same pass collects, for small xlsx sheets, the error cells and formulas without a cached
result that calamine shows as empty (``CellFlags``).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from core.common.errors import FileRefusedError
from core.io import limits
from core.io.filetype import damaged, load_cfb

CHUNK = 8 << 20
"""Inflated bytes handled per step (bounded memory whatever a part claims)."""
FLAG_SCAN_LIMIT = 64_000_000
"""Sheets whose XML is bigger than this are not scanned for error/uncached formula cells."""
MAX_TAG_BYTES = 64 << 20
"""A tag or a row longer than this is not from a spreadsheet program."""


@dataclass
class CellFlags:
    """Cells calamine shows as empty although the sheet says more (xlsx/xlsm only)."""

    errors: list[tuple[str, str]] = field(default_factory=list)  # (cell ref, error text)
    uncached: list[str] = field(default_factory=list)  # formula cells without a cached value


@dataclass
class Grid:
    """The extent of the cells holding values in one sheet, as calamine would place them."""

    rows: int = 0
    columns: int = 0
    parsed_cells: int = 0
    """Cells calamine lists before building the grid (duplicates included)."""
    far_ref: str = ""
    """The cell that stretches the grid farthest (for messages)."""

    @property
    def cells(self) -> int:
        return self.rows * self.columns


@dataclass
class WorkbookCheck:
    """What the preflight found: per-sheet XML sizes and cell flags (xlsx), the grids."""

    sizes: dict[str, int] = field(default_factory=dict)
    flags: dict[str, CellFlags] = field(default_factory=dict)
    grids: dict[str, Grid] = field(default_factory=dict)


def check_workbook(path: Path, kind: str, *, scan: bool = True) -> WorkbookCheck:
    """Refuse (ResourceLimitError / FileRefusedError) a workbook that would cost more than the
    memory budget to read; ``scan=False`` checks declared sizes only (for streamed previews)."""
    if kind in ("xlsx", "xlsm", "xlsb", "ods"):
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise damaged(path.name, "the zip container is broken") from exc
        with zf, open(path, "rb") as fh:
            _check_declared(path.name, zf.infolist())
            if not scan:
                return WorkbookCheck()
            if kind in ("xlsx", "xlsm"):
                return _check_xlsx(path.name, zf, fh)
            if kind == "ods":
                return _check_ods(path.name, zf, fh)
            return _check_xlsb(path.name, zf, fh)
    if kind == "xls" and scan:
        return _check_xls(path)
    return WorkbookCheck()


# --- zip parts ------------------------------------------------------------------------------------

def _norm(name: str) -> str:
    return name.replace("\\", "/").lstrip("/").lower()


def _bomb(where: str, part: str, unpacked: int, packed: int) -> FileRefusedError:
    ratio = unpacked / max(packed, 1)
    return limits.too_big(where, (
        f"Part '{part}' of the file unpacks to {limits.format_bytes(unpacked)} from "
        f"{limits.format_bytes(packed)} ({ratio:,.0f} times): no spreadsheet program packs data "
        "that tightly, so the file is probably built to exhaust memory"),
        todo="Do not open it; if you trust the sender, ask for a plain copy saved by Excel or "
             "LibreOffice", budget_hint=False)


def _check_declared(where: str, infos: list[zipfile.ZipInfo]) -> None:
    """Free checks on the zip directory: total and per-part declared sizes and ratios."""
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_PART_BYTES:
        raise limits.too_big(where, (
            f"The file expands to {limits.format_bytes(total)} when unpacked (more than "
            f"{limits.format_bytes(limits.MAX_PART_BYTES)}), which no survey needs (it may be "
            "built to exhaust memory)"), todo="Open it in Excel or LibreOffice and save a plain "
                                              "copy", budget_hint=False)
    for info in infos:
        if (info.file_size > limits.RATIO_CHECK_BYTES
                and info.file_size > limits.MAX_PART_RATIO * max(info.compress_size, 1)):
            raise _bomb(where, info.filename, info.file_size, info.compress_size)


def _data_offset(fh, info: zipfile.ZipInfo) -> int:
    fh.seek(info.header_offset)
    header = fh.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise ValueError("bad local header")
    name_len, extra_len = struct.unpack_from("<HH", header, 26)
    return info.header_offset + 30 + name_len + extra_len


def iter_part(where: str, zf: zipfile.ZipFile, fh, info: zipfile.ZipInfo,
              limit: int | None = None) -> Iterator[bytes]:
    """The part's bytes, inflated here in chunks of at most :data:`CHUNK`.

    Refuses a part that unpacks to more than it declares (calamine's zip reader would go on),
    more than ``limit`` bytes, or at a ratio no spreadsheet has. Parts compressed with a method
    other than deflate go through :mod:`zipfile`, which stops at the declared size."""
    declared = info.file_size
    limit = limits.MAX_PART_BYTES if limit is None else limit
    if info.flag_bits & 1:  # an encrypted member: nobody can read it
        return
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                yield chunk
        return
    try:
        start = _data_offset(fh, info)
    except (ValueError, OSError, struct.error) as exc:
        raise damaged(where, "the zip container is broken") from exc
    fh.seek(start)
    left = info.compress_size
    total = 0
    if info.compress_type == zipfile.ZIP_STORED:
        if info.compress_size != declared:
            raise damaged(where, f"part '{info.filename}' has inconsistent sizes")
        while left > 0:
            chunk = fh.read(min(left, CHUNK))
            if not chunk:
                raise damaged(where, f"part '{info.filename}' is cut short")
            if left == info.compress_size:
                _refuse_entities(where, info.filename, chunk)
            left -= len(chunk)
            yield chunk
        return
    inflater = zlib.decompressobj(-15)
    while not inflater.eof:
        if inflater.unconsumed_tail:
            out = inflater.decompress(inflater.unconsumed_tail, CHUNK)
        elif left > 0:
            raw = fh.read(min(left, 1 << 20))
            if not raw:
                break
            left -= len(raw)
            try:
                out = inflater.decompress(raw, CHUNK)
            except zlib.error as exc:
                raise damaged(where, f"part '{info.filename}' is corrupt") from exc
        else:
            break
        if not out:
            continue
        if not total:
            _refuse_entities(where, info.filename, out)
        total += len(out)
        if total > declared:
            raise limits.too_big(where, (
                f"Part '{info.filename}' of the file unpacks to more than the "
                f"{limits.format_bytes(declared)} it declares: the file is damaged or built to "
                "exhaust memory"), todo="Ask the sender for a copy saved again by Excel or "
                                        "LibreOffice", budget_hint=False)
        if total > limit:
            raise limits.too_big(where, (
                f"Part '{info.filename}' of the file unpacks to more than "
                f"{limits.format_bytes(limit)}"))
        packed = info.compress_size - left - len(inflater.unconsumed_tail)
        if total > limits.RATIO_CHECK_BYTES and total > limits.MAX_PART_RATIO * max(packed, 1):
            raise _bomb(where, info.filename, total, packed)
        yield out


def _refuse_entities(where: str, part: str, head: bytes) -> None:
    """Spreadsheet programs never declare XML entities: a part that does is an attack on XML
    readers (billion laughs, external entities reading local files). A bare DOCTYPE naming a
    DTD (old OpenOffice) is harmless and passes."""
    if b"<!ENTITY" in head[:1 << 16]:
        raise FileRefusedError(
            f"Part '{part}' of the file declares XML entities (<!ENTITY>), which no spreadsheet "
            "program writes; files like this are built to attack the programs that open them",
            where=where, todo="Do not open it; ask the sender for a copy saved by Excel or "
                              "LibreOffice")


def _segments(chunks: Iterator[bytes], boundary: bytes, where: str) -> Iterator[bytes]:
    """Re-cut chunks so no segment splits a unit ending in ``boundary`` (a row), or at least no
    tag; a unit that never ends within :data:`MAX_TAG_BYTES` is refused."""
    carry = b""
    for chunk in chunks:
        buf = carry + chunk if carry else chunk
        cut = buf.rfind(boundary)
        if cut >= 0:
            cut += len(boundary)
        else:
            cut = buf.rfind(b"<")
            if cut < 0:  # text only: nothing to look at
                carry = b""
                continue
        carry = buf[cut:]
        if len(carry) > MAX_TAG_BYTES:
            raise limits.too_big(where, "One row or tag of the sheet takes more than "
                                        f"{limits.format_bytes(MAX_TAG_BYTES)}",
                                 budget_hint=False)
        if cut:
            yield buf[:cut]
    if carry:
        yield carry


# --- xlsx ---------------------------------------------------------------------------------------

_LOCAL = re.compile(r"^\{[^}]*\}")
_DIMENSION = re.compile(
    rb"""<(?:[A-Za-z_][\w.\-]*:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']""")
_REF = re.compile(rb"^([A-Za-z]+)([0-9]+)$")


def _local(tag: str) -> str:
    return _LOCAL.sub("", tag)


def col_letters(col: int) -> str:
    """1-based column number → letters (1 → A, 16384 → XFD)."""
    name = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _parse_ref(ref: bytes) -> tuple[int, int] | None:
    """b"XFD12" → (row 12, column 16384), 1-based; None when not a cell reference."""
    match = _REF.match(ref)
    if not match:
        return None
    return int(match.group(2)), _col_number(match.group(1))


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Normalised part name → sheet name, from workbook.xml and its relationships."""
    parts = {_norm(i.filename): i for i in zf.infolist()}
    workbook = parts.get("xl/workbook.xml")
    rels = parts.get("xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        return {}
    for info in (workbook, rels):
        if info.file_size > 64 << 20:
            raise limits.too_big(zf.filename or "", f"Part '{info.filename}' is "
                                 f"{limits.format_bytes(info.file_size)}, far more than a "
                                 "workbook's list of sheets takes", budget_hint=False)
    try:
        targets = {}
        for el in ElementTree.fromstring(zf.read(rels)).iter():
            if _local(el.tag) == "Relationship":
                targets[el.get("Id")] = el.get("Target", "")
        names = {}
        for el in ElementTree.fromstring(zf.read(workbook)).iter():
            if _local(el.tag) != "sheet":
                continue
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
            target = targets.get(rid, "").replace("\\", "/")
            part = (target.lstrip("/") if target.startswith("/")
                    else str(PurePosixPath("xl") / target)).lower()
            names[part] = el.get("name", "")
        return names
    except (ElementTree.ParseError, zipfile.BadZipFile, KeyError, ValueError, zlib.error,
            EOFError):
        return {}  # calamine will say what is wrong with it


def _greater_digits(s: str) -> str:
    """A regex matching digit strings whose number is greater than ``s`` (or start with 0)."""
    alts = ["0", f"[1-9][0-9]{{{len(s)},}}"]
    for i, ch in enumerate(s):
        if ch < "9":
            rest = len(s) - 1 - i
            alts.append(s[:i] + f"[{int(ch) + 1}-9]" + (f"[0-9]{{{rest}}}" if rest else ""))
    return "(?:" + "|".join(alts) + ")"


def _greater_letters(s: str) -> str:
    """A regex matching column letters after ``s`` (same length and later, or longer)."""
    s = s.upper()
    alts = [f"[A-Za-z]{{{len(s) + 1},}}"]
    for i, ch in enumerate(s):
        if ch < "Z":
            nxt = chr(ord(ch) + 1)
            prefix = "".join(f"[{c}{c.lower()}]" for c in s[:i])
            rest = len(s) - 1 - i
            alts.append(prefix + f"[{nxt}-Z{nxt.lower()}-z]" + (f"[A-Za-z]{{{rest}}}" if rest else ""))
    return "(?:" + "|".join(alts) + ")"


_WS = r"[ \t\r\n]"
_NO_REF = rf"<c(?:/?>|{_WS}+(?:[^r \t\r\n]|r[^ \t\r\n=]|r{_WS}+[^ \t\r\n=]))"
"""A cell start tag whose first attribute is not ``r`` (or that has none)."""
_PREFIXED = rf":c(?:{_WS}|/?>)"
_FLAG_HINT = re.compile(rb't="e"|<f[ >/]')


def _anomaly_pattern(max_row: int, max_col: int) -> str:
    """RE2: any unprefixed cell that does not sit, by its own ``r`` (its first attribute),
    inside A1:<max_col><max_row>. Prefixed cells are looked for separately (:data:`_PREFIXED`):
    in one pattern with this one, RE2 runs three times slower."""
    outside = (rf"<c{_WS}+r{_WS}*={_WS}*[\"'](?:[^A-Za-z]|{_greater_letters(col_letters(max_col))}"
               rf"|[A-Za-z]+(?:{_greater_digits(str(max_row))}|[^0-9A-Za-z]))")
    return f"{_NO_REF}|{outside}"


def _count_matches(segment: bytes, pattern: str) -> int:
    """RE2 (through Arrow, on the bytes without copying them): how often ``pattern`` matches."""
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = pa.py_buffer(struct.pack("<ii", 0, len(segment)))
    arr = pa.Array.from_buffers(pa.binary(), 1, [None, offsets, pa.py_buffer(segment)])
    return pc.count_substring_regex(arr, pattern=pattern)[0].as_py()


def _vetted(chunks: Iterator[bytes], pattern: str) -> Iterator[bytes]:
    """The chunks, as long as none (nor a tag cut between two) matches ``pattern`` or
    :data:`_PREFIXED`; stops at the first that does, so the caller sees fewer bytes than the
    part holds. Raw chunks, not re-cut segments: no copies on the path every sheet takes."""
    tail = b""
    for chunk in chunks:
        if tail:
            close = chunk.find(b">", 0, 1 << 16)
            if close < 0:
                return  # a tag longer than 64 KB across the cut: let the placer judge it
            seam = tail + chunk[: close + 1]
            if _count_matches(seam, pattern) or _count_matches(seam, _PREFIXED):
                return
        if _count_matches(chunk, pattern) or _count_matches(chunk, _PREFIXED):
            return
        start = chunk.rfind(b"<")
        tail = chunk[start:] if start >= 0 and chunk.find(b">", start) < 0 else b""
        if len(tail) > 1 << 16:
            return
        yield chunk


class _Placer:
    """Place cells as calamine does, tag by tag, to find a sheet's real grid."""

    _TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.\-]*:)?(row|c)(?=[\s/>])([^>]*)>")
    _R = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")

    def __init__(self, where: str, sheet: str, budget_cells: int) -> None:
        self.where, self.sheet, self.budget_cells = where, sheet, budget_cells
        self.row = 0  # 0-based, as calamine counts
        self.col = 0
        self.open_cell: tuple[int, int] | None = None
        self.open_end = -1
        self.min_row = self.min_col = 1 << 62
        self.max_row = self.max_col = -1
        self.far_row_ref = self.far_col_ref = ""
        self.count = 0

    def _ref(self, attrs: bytes) -> tuple[int, int] | bool | None:
        match = self._R.search(attrs)
        if not match:
            return None
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        return _parse_ref(raw) or False

    def feed(self, segment: bytes) -> None:
        for m in self._TAG.finditer(segment):
            closing, name, attrs = m.group(1), m.group(2), m.group(3)
            self_closing = attrs.endswith(b"/")
            if name == b"row":
                if closing:
                    self.row += 1
                    self.col = 0
                    continue
                ref = self._R.search(attrs)
                if ref:
                    raw = ref.group(1) if ref.group(1) is not None else ref.group(2)
                    if raw.isdigit() and int(raw) >= 1:
                        self.row = int(raw) - 1
                        self._beyond(self.row + 1, 1, f"row {int(raw):,}")
                if self_closing:
                    self.row += 1
                    self.col = 0
                continue
            if closing:
                if self.open_cell is not None and (self.open_end < 0 or m.start() > self.open_end):
                    self._value(*self.open_cell)
                self.open_cell = None
                continue
            ref = self._ref(attrs)
            if ref is False:
                continue  # not a reference calamine can read: it refuses the sheet itself
            if ref is None:
                pos = (self.row, self.col)
            else:
                pos = (ref[0] - 1, ref[1] - 1)
                self._beyond(ref[0], ref[1], "")
            self.col = pos[1] + 1
            if self_closing:
                continue
            self.open_cell = pos
            self.open_end = m.end()
        if self.open_cell is not None:
            self.open_end = -1  # the cell's body goes on in the next segment

    def _beyond(self, row: int, col: int, text: str) -> None:
        if row > limits.MAX_ROWS or col > limits.MAX_COLUMNS:
            ref = text or f"cell {col_letters(col)}{row}"
            raise limits.too_big(self.where, (
                f"The sheet '{self.sheet}' refers to {ref}, beyond the last cell a "
                f"worksheet can have ({col_letters(limits.MAX_COLUMNS)}{limits.MAX_ROWS:,}): the "
                "file is damaged or built to exhaust memory"), budget_hint=False)

    def _value(self, row: int, col: int) -> None:
        self.count += 1
        ref = ""
        if row > self.max_row:
            self.max_row = row
            ref = self.far_row_ref = f"{col_letters(col + 1)}{row + 1}"
        if col > self.max_col:
            self.max_col = col
            self.far_col_ref = ref or f"{col_letters(col + 1)}{row + 1}"
        self.min_row = min(self.min_row, row)
        self.min_col = min(self.min_col, col)
        if col >= limits.MAX_COLUMNS:
            raise limits.too_big(self.where, (
                f"The sheet '{self.sheet}' places a value in row {row + 1:,}, column {col + 1:,}, "
                f"beyond the last column a worksheet can have ({limits.MAX_COLUMNS:,}): the "
                "file is damaged or built to exhaust memory"), budget_hint=False)
        if self.count > self.budget_cells:
            raise _too_many_cells(self.where, self.sheet, self.count)

    def grid(self) -> Grid:
        if self.max_row < 0:
            return Grid(parsed_cells=self.count)
        far = self.far_row_ref if (self.max_row - self.min_row) >= (
            self.max_col - self.min_col) else self.far_col_ref
        return Grid(self.max_row - self.min_row + 1, self.max_col - self.min_col + 1,
                    self.count, far)


def _too_many_cells(where: str, sheet: str, count: int) -> FileRefusedError:
    need = count * limits.PARSED_CELL_BYTES
    return limits.too_big(where, (
        f"The sheet '{sheet}' holds more than {count:,} cells: reading it would need more than "
        f"{limits.format_bytes(need)} of memory, more than the "
        f"{limits.format_bytes(limits.memory_budget())} allowed"), need=need)


def _grid_refusal(where: str, sheet: str, grid: Grid, need: float,
                  declared: str = "") -> FileRefusedError:
    claim = f"claims {grid.columns:,} columns × {grid.rows:,} rows ({grid.cells:,} cells)"
    cause = f" because of cell {grid.far_ref}" if grid.far_ref else ""
    if declared:
        cause = f" (its declared size is {declared})"
    return limits.too_big(where, (
        f"The sheet '{sheet}' {claim}{cause}: reading it would need about "
        f"{limits.format_bytes(need)} of memory, more than the "
        f"{limits.format_bytes(limits.memory_budget())} allowed (the file may be built to "
        "exhaust memory)"), need=need, todo=(
        f"Open it in Excel or LibreOffice, delete the cells beyond the data"
        f"{' (' + grid.far_ref + ')' if grid.far_ref else ''}, save a copy and open that"))


def _check_xlsx(where: str, zf: zipfile.ZipFile, fh) -> WorkbookCheck:
    result = WorkbookCheck()
    budget = limits.memory_budget()
    sheet_names = _sheet_parts(zf)
    need_total = 0.0
    largest_parsed = 0.0
    for info in zf.infolist():
        norm = _norm(info.filename)
        sheet = sheet_names.get(norm)
        if sheet is None and not norm.startswith("xl/worksheets/"):
            # Not a worksheet by name: count its real size (shared strings and styles are held
            # in memory), and scan it as a sheet only if it is one in disguise.
            size = 0
            disguised = False
            for chunk in iter_part(where, zf, fh, info):
                if not size and b"sheetData" in chunk[: 1 << 16]:
                    disguised = True
                    break
                size += len(chunk)
            if not disguised:
                factor = limits.SHARED_STRING_FACTOR if norm.endswith("sharedstrings.xml") else 1
                need_total += size * factor if norm.endswith(".xml") else 0
                continue
        label = sheet if sheet is not None else info.filename
        if sheet is not None:
            result.sizes[sheet] = info.file_size
        grid, flags = _scan_xlsx_sheet(where, label, zf, fh, info,
                                       want_flags=info.file_size <= FLAG_SCAN_LIMIT)
        if flags is not None and (flags.errors or flags.uncached) and sheet is not None:
            result.flags[sheet] = flags
        if sheet is not None:
            result.grids[sheet] = grid
        need = grid.cells * limits.GRID_CELL_BYTES
        parsed = grid.parsed_cells * limits.PARSED_CELL_BYTES
        if need + parsed > budget:
            if need > parsed:
                raise _grid_refusal(where, label, grid, need + parsed)
            raise _too_many_cells(where, label, grid.parsed_cells)
        need_total += need
        largest_parsed = max(largest_parsed, parsed)
    limits.check_memory(where, need_total + largest_parsed,
                        "The workbook's sheets together are too large")
    return result


_REF_CELL_BYTES = 22
"""Fewest bytes of XML for a value cell with its reference: ``<c r="A1"><v>1</v></c>``."""


def _scan_xlsx_sheet(where: str, label: str, zf: zipfile.ZipFile, fh, info: zipfile.ZipInfo,
                     *, want_flags: bool) -> tuple[Grid, CellFlags | None]:
    """The sheet's grid: the declared one when no cell contradicts it, else the placed one.

    The RE2 check runs over the sheet for cells the declared grid does not explain. When one
    shows (or there is no usable declaration), the sheet is read again counting cell tags
    (``<c``), an upper bound on the cells calamine will list, refused when even that many cells,
    one per grid place, exceed the budget; then every cell is placed (about a microsecond each,
    so bounded by that count)."""
    budget = limits.memory_budget()
    per_cell = limits.PARSED_CELL_BYTES + limits.GRID_CELL_BYTES
    first = iter_part(where, zf, fh, info)
    declared = _declared_grid(next(first, b""))  # read again below, from the start
    first.close()
    pattern = None
    if declared is not None:
        rows, cols = declared
        if (rows <= limits.MAX_ROWS and cols <= limits.MAX_COLUMNS
                and rows * cols * limits.GRID_CELL_BYTES <= budget):
            pattern = _anomaly_pattern(rows, cols)
    if pattern is not None:
        n_bytes = 0
        flags = CellFlags() if want_flags else None
        chunks: Iterator[bytes] = iter_part(where, zf, fh, info)
        if flags is not None:  # error cells are found per whole cell: cut at row ends
            chunks = _segments(chunks, b"row>", where)
        for chunk in _vetted(chunks, pattern):
            n_bytes += len(chunk)
            if flags is not None:
                _scan_flags(chunk, flags)
        if n_bytes >= info.file_size:  # every byte vetted: the declared grid holds
            rows, cols = declared
            return Grid(rows, cols, n_bytes // _REF_CELL_BYTES,
                        f"{col_letters(cols)}{rows}"), flags
    # Count cell tags (an upper bound on the cells calamine lists), then place each cell.
    tags = 0
    kept: list[bytes] | None = [] if info.file_size <= 4 * CHUNK else None
    for segment in _segments(iter_part(where, zf, fh, info), b"row>", where):
        if kept is not None:
            kept.append(segment)
        tags += segment.count(b"<c") + segment.count(b":c")
        if tags * per_cell > budget:
            raise _too_many_cells(where, label, tags)
    kept_iter = (iter(kept) if kept is not None
                 else _segments(iter_part(where, zf, fh, info), b"row>", where))
    flags = CellFlags() if want_flags else None
    placer = _Placer(where, label, max(budget // per_cell, 1))
    for segment in kept_iter:
        placer.feed(segment)
        if flags is not None:
            _scan_flags(segment, flags)
    return placer.grid(), flags


def _declared_grid(head: bytes) -> tuple[int, int] | None:
    """(last row, last column) of the sheet's ``<dimension ref>``, 1-based; None if absent."""
    match = _DIMENSION.search(head[: 1 << 20])
    if not match:
        return None
    end = match.group(1).split(b":")[-1].replace(b"$", b"")
    parsed = _parse_ref(end)
    return parsed


_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_CELL_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _scan_flags(xml: bytes, flags: CellFlags) -> None:
    """Error cells and formula cells without a cached value in one piece of sheet XML."""
    if not _FLAG_HINT.search(xml):
        return
    for match in _CELL.finditer(xml):
        attrs, body = match.group(1), match.group(2) or b""
        ref_match = _CELL_REF.search(attrs)
        ref = ref_match.group(1).decode() if ref_match else "?"
        value = _VALUE.search(body)
        if _ERROR_TYPE.search(attrs):
            flags.errors.append((ref, value.group(1).decode("utf-8", "replace") if value else "#?"))
        elif b"<f" in body and (value is None or not value.group(1)):
            flags.uncached.append(ref)


# --- xlsb ---------------------------------------------------------------------------------------

_XLSB_VALUE_RECORDS = frozenset(range(2, 12))
"""BrtCellRk ... BrtFmlaError: records whose value calamine keeps (BrtCellBlank, 1, it skips)."""


def _check_xlsb(where: str, zf: zipfile.ZipFile, fh) -> WorkbookCheck:
    """Binary sheets: each record's column (u32) within the current row (BrtRowHdr)."""
    result = WorkbookCheck()
    budget = limits.memory_budget()
    per_cell = limits.PARSED_CELL_BYTES + limits.GRID_CELL_BYTES
    need_total = 0.0
    for info in zf.infolist():
        norm = _norm(info.filename)
        if not (norm.startswith("xl/worksheets/") and norm.endswith(".bin")):
            for chunk in iter_part(where, zf, fh, info):
                if norm.endswith("sharedstrings.bin"):
                    need_total += len(chunk) * limits.SHARED_STRING_FACTOR
            continue
        label = PurePosixPath(info.filename).stem
        grid = _xlsb_grid(where, label, iter_part(where, zf, fh, info), budget // per_cell)
        result.grids[label] = grid
        need = grid.cells * limits.GRID_CELL_BYTES + grid.parsed_cells * limits.PARSED_CELL_BYTES
        if need > budget:
            raise _grid_refusal(where, label, grid, need)
        need_total += need
    limits.check_memory(where, need_total, "The workbook's sheets together are too large")
    return result


def _xlsb_grid(where: str, label: str, chunks: Iterator[bytes], budget_cells: int) -> Grid:
    """Place the value records of one binary sheet as calamine does (rows cut at 1,048,576)."""
    row = 0
    min_row = min_col = 1 << 62
    max_row = max_col = -1
    count = 0
    far = ""
    buf = b""
    pos = 0
    unpack = struct.Struct("<I").unpack_from
    values = _XLSB_VALUE_RECORDS

    def result() -> Grid:
        return _xlsb_result(min_row, max_row, min_col, max_col, count, far)

    for chunk in chunks:
        buf = buf[pos:] + chunk
        pos = 0
        n = len(buf)
        while pos < n:
            start = pos
            rtype = buf[pos]
            pos += 1
            if rtype & 0x80:  # record type: one or two 7-bit bytes
                if pos >= n:
                    pos = start
                    break
                rtype = (rtype & 0x7F) | ((buf[pos] & 0x7F) << 7)
                pos += 1
            size = shift = 0
            complete = False
            for _ in range(4):  # record size: up to four 7-bit bytes
                if pos >= n:
                    break
                byte = buf[pos]
                pos += 1
                size |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    complete = True
                    break
            if not complete or pos + size > n:
                pos = start  # the record goes on in the next chunk
                break
            if rtype == 0 and size >= 4:  # BrtRowHdr
                row = unpack(buf, pos)[0]
                if row > limits.MAX_ROWS:
                    return result()
            elif rtype in values and size >= 4:
                col = unpack(buf, pos)[0]
                count += 1
                if count > budget_cells:
                    raise _too_many_cells(where, label, count)
                if col > max_col or row > max_row:
                    far = f"{col_letters(col + 1)}{row + 1}"
                max_row = max(max_row, row)
                max_col = max(max_col, col)
                min_row = min(min_row, row)
                min_col = min(min_col, col)
            elif rtype == 0x0092:  # BrtEndSheetData
                return result()
            pos += size
        if n - pos > MAX_TAG_BYTES:
            raise limits.too_big(where, "One record of the sheet takes more than "
                                        f"{limits.format_bytes(MAX_TAG_BYTES)}",
                                 budget_hint=False)
    return result()


def _xlsb_result(min_row: int, max_row: int, min_col: int, max_col: int, count: int,
                 far: str) -> Grid:
    if max_row < 0:
        return Grid(parsed_cells=count)
    return Grid(max_row - min_row + 1, max_col - min_col + 1, count, far)


# --- ods ----------------------------------------------------------------------------------------

_ODS_PRE = re.compile(
    rb"<table:table(?=[\s>/])([^>]*)>|</table:table>|<table:table-row\b([^>]*)>")
"""Between rows: table starts and ends, and self-closing rows."""
_ROW_START = b"<table:table-row"
_ROW_END = b"</table:table-row>"
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated\s*=\s*["\']\s*([0-9]+)')
_COLS_REPEATED = re.compile(rb'table:number-columns-repeated\s*=\s*["\']\s*([0-9]+)')
_ODS_VALUED = re.compile(rb"office:value-type|table:formula|</table:(?:covered-)?table-cell>")
_ODS_NAME = re.compile(rb'table:name\s*=\s*["\']([^"\']*)')
_MAX_REPEAT = 10**15


class _OdsTable:
    """One table's rows as calamine keeps them: (repeats, first valued col, last, row length)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total_rows = 0
        self.parsed = 0  # cells calamine lists before expanding rows
        self.first_valued: int | None = None  # index into rows
        self.last_valued = -1
        self.col_min = 1 << 62
        self.col_max = -1
        self.rows: list[int] = []  # repeats per row element, from the first valued row on

    def add_row(self, attrs: bytes, body: bytes | None) -> None:
        match = _ROWS_REPEATED.search(attrs)
        repeats = min(int(match.group(1)), _MAX_REPEAT) if match else 1
        repeats = min(repeats, max(limits.MAX_ROWS - self.total_rows, 0))
        self.total_rows += repeats
        first, last, length = self._row_extent(body or b"")
        self.parsed += length
        if first is None:
            if self.first_valued is not None:
                self.rows.append(repeats)
            return
        if self.first_valued is None:
            self.first_valued = 0
        self.rows.append(repeats)
        self.last_valued = len(self.rows) - 1
        self.col_min = min(self.col_min, first)
        self.col_max = max(self.col_max, last)

    @staticmethod
    def _row_extent(body: bytes) -> tuple[int | None, int, int]:
        """(first valued column, last valued column, cells calamine keeps) for one row, as
        bounds computed per row in C (counts and finds), not per cell: the row is cut after its
        last valued cell (trailing blanks, however repeated, are dropped as calamine drops
        them), and the cells before it count once each, or their repeat count."""
        if not _ODS_VALUED.search(body):
            return None, -1, 0
        end = max(body.rfind(b"</table:table-cell>"), body.rfind(b"</table:covered-table-cell>"),
                  body.rfind(b"office:value-type"), body.rfind(b"table:formula"))
        close = body.find(b">", end)
        prefix = body if close < 0 else body[: close + 1]
        cells = prefix.count(b"<table:table-cell") + prefix.count(b"<table:covered-table-cell")
        repeats = _COLS_REPEATED.findall(prefix)
        width = cells - len(repeats) + sum(min(int(r), _MAX_REPEAT) for r in repeats)
        width = min(max(width, 1), limits.MAX_COLUMNS)
        return 0, width - 1, width

    def grid(self) -> Grid:
        if self.first_valued is None:
            return Grid(parsed_cells=self.parsed)
        height = sum(self.rows[: self.last_valued + 1])
        width = self.col_max - self.col_min + 1
        return Grid(height, width, self.parsed)


def _check_ods(where: str, zf: zipfile.ZipFile, fh) -> WorkbookCheck:
    result = WorkbookCheck()
    budget = limits.memory_budget()
    content = None
    for info in zf.infolist():
        if _norm(info.filename) == "content.xml":
            content = info
        else:
            for _chunk in iter_part(where, zf, fh, info):
                pass
    if content is None:
        return result
    tables: list[_OdsTable] = []
    current: _OdsTable | None = None
    per_cell = limits.GRID_CELL_BYTES + 24  # calamine keeps each cell's formula text too
    parsed_cost = limits.PARSED_CELL_BYTES + 24

    def between_rows(text: bytes) -> None:
        nonlocal current
        if b"<table:table" not in text and b"</table:table>" not in text:
            return
        for m in _ODS_PRE.finditer(text):
            if m.group(0).startswith(b"</table:table>"):
                current = None
            elif m.group(2) is not None:  # a self-closing (cell-less) row
                if current is not None:
                    current.add_row(m.group(2), None)
            else:
                name = _ODS_NAME.search(m.group(1))
                current = _OdsTable(name.group(1).decode("utf-8", "replace") if name else "?")
                tables.append(current)

    # Cut at row ends with bytes.split (C speed): each piece is whatever lies between rows
    # (table starts, self-closing rows), then one row's start tag and its cells.
    for segment in _segments(iter_part(where, zf, fh, content), _ROW_END, where):
        pieces = segment.split(_ROW_END)
        for i, piece in enumerate(pieces):
            k = piece.rfind(_ROW_START) if i < len(pieces) - 1 else -1
            if k < 0:
                between_rows(piece)
                continue
            between_rows(piece[:k])
            tag_end = piece.find(b">", k)
            if tag_end < 0 or current is None:
                continue
            current.add_row(piece[k + len(_ROW_START): tag_end], piece[tag_end + 1:])
            if current.parsed * parsed_cost > budget:
                raise _too_many_cells(where, current.name, current.parsed)
    need_total = 0.0
    for table in tables:
        grid = table.grid()
        result.grids[table.name] = grid
        need = grid.cells * per_cell + grid.parsed_cells * (limits.PARSED_CELL_BYTES + 24)
        if need > budget:
            raise _grid_refusal(where, table.name, grid, need)
        need_total += need
    limits.check_memory(where, need_total, "The workbook's sheets together are too large")
    return result


# --- xls (BIFF) ---------------------------------------------------------------------------------

_CELL_RECORDS = frozenset({0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006, 0x0207})
_HEAD = struct.Struct("<HH")


def _check_xls(path: Path) -> WorkbookCheck:
    where = path.name
    result = WorkbookCheck()
    budget = limits.memory_budget()
    try:
        cfb = load_cfb(path)
        names = {e[0].lower(): e for e in cfb.entries if e[1] == 2}
        entry = names.get("workbook") or names.get("book")
        if entry is None:
            return result
        stream = cfb.read(entry[0], entry[3])
    except (ValueError, struct.error, OSError, IndexError):
        return result  # calamine says what is wrong
    sheets = _boundsheets(stream)
    cache: dict[int, tuple[Grid, int]] = {}
    need_total = 0.0
    for name, pos in sheets:
        if pos not in cache:
            cache[pos] = _biff_sheet(where, name, stream, pos, budget)
        grid, reserved = cache[pos]
        result.grids[name] = grid
        need = grid.cells * limits.GRID_CELL_BYTES + max(
            reserved, grid.parsed_cells) * limits.PARSED_CELL_BYTES
        if need > budget:
            if reserved * limits.PARSED_CELL_BYTES > grid.cells * limits.GRID_CELL_BYTES:
                raise limits.too_big(where, (
                    f"The sheet '{name}' declares {reserved:,} cells (its DIMENSIONS record), "
                    f"far more than fit in the {limits.format_bytes(budget)} of memory allowed: "
                    "the file is damaged or built to exhaust memory"), budget_hint=False)
            raise _grid_refusal(where, name, grid, need)
        need_total += need
    limits.check_memory(where, need_total, "The workbook's sheets together are too large")
    return result


def _boundsheets(stream: bytes) -> list[tuple[str, int]]:
    """(sheet name, stream offset of its BOF) from the globals' BOUNDSHEET records."""
    out = []
    pos = 0
    n = len(stream)
    while pos + 4 <= n:
        rtype, size = _HEAD.unpack_from(stream, pos)
        body = stream[pos + 4: pos + 4 + size]
        if rtype == 0x0085 and len(body) >= 8:
            offset = struct.unpack_from("<I", body, 0)[0]
            sheet_type = body[5]
            cch = body[6]
            raw = body[8: 8 + 2 * cch] if body[7] & 1 else body[8: 8 + cch]
            name = raw.decode("utf-16-le" if body[7] & 1 else "latin-1", "replace")
            del sheet_type  # calamine reads every kind of sheet
            out.append((name or "?", offset))
        elif rtype == 0x000A:  # end of the globals
            break
        pos += 4 + size
    return out


def _biff_sheet(where: str, name: str, stream: bytes, pos: int, budget: int
                ) -> tuple[Grid, int]:
    """(grid of cell records, cells calamine reserves from DIMENSIONS) for one sheet."""
    unpack = _HEAD.unpack_from
    n = len(stream)
    depth = 0
    seen_bof = False
    min_row = min_col = 1 << 30
    max_row = max_col = -1
    count = 0
    reserved = 0
    cell_records = _CELL_RECORDS
    budget_cells = budget // limits.PARSED_CELL_BYTES
    while pos + 4 <= n:
        rtype, size = unpack(stream, pos)
        start = pos + 4
        pos = start + size
        if depth:
            if rtype == 0x0809:
                depth += 1
            elif rtype == 0x000A:
                depth -= 1
            continue
        if rtype in cell_records:
            if size < 4:
                continue
            row, col = unpack(stream, start)
            cols = 1
        elif rtype == 0x00BD:  # MULRK: row, first column, ..., last column
            if size < 6:
                continue
            row, col = unpack(stream, start)
            last = struct.unpack_from("<H", stream, start + size - 2)[0]
            cols = max(last - col + 1, 1)
        elif rtype == 0x0809:
            if seen_bof:
                depth += 1
            seen_bof = True
            continue
        elif rtype == 0x000A:
            break
        elif rtype == 0x0200:
            reserved = max(reserved, _biff_dimensions(stream[start: start + size]))
            continue
        else:
            continue
        count += cols
        if row < min_row:
            min_row = row
        if row > max_row:
            max_row = row
        if col < min_col:
            min_col = col
        if col + cols - 1 > max_col:
            max_col = col + cols - 1
        if count > budget_cells:
            raise _too_many_cells(where, name, count)
    if max_row < 0:
        return Grid(parsed_cells=count), reserved
    rows, columns = max_row - min_row + 1, max_col - min_col + 1
    far = f"{col_letters(max_col + 1)}{max_row + 1}"
    return Grid(rows, columns, count, far), reserved


def _biff_dimensions(body: bytes) -> int:
    """Cells calamine reserves for a DIMENSIONS record (it trusts the record)."""
    if len(body) == 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", body)
    elif len(body) == 10:
        rf, rl, cf, cl = struct.unpack_from("<HHHH", body)
    else:
        return 0
    if cf > 0xFF or cl < cf:
        cf = 0
    if rl >= 1 and cl >= 1:
        rows = (rl - 1 - rf + 1) % (1 << 32)
        cols = (cl - 1 - cf + 1) % (1 << 32)
        return rows * cols
    return 1
