"""Hostile and odd input files, generated small on disk, for the reader's resource-limit tests.

Each builder writes one file into a folder and returns its path. ``HOSTILE`` lists them with what
the reader must do: ``"refuse"`` (a plain-words FileRefusedError), ``"load"`` (a valid file that
must open) or ``"either"``. The files reproduce the audit of issue #15: a 2.4 KB workbook with one
cell at XFD1048576, a sheet whose XML inflates to 1.9 GB from a few MB, Excel 97 files whose
records claim billions of rows, OpenDocument repeat counts, one-line and very wide csv files, XML
entity attacks, and special files (FIFOs, devices).

Zip parts are written by hand (``_zip``) so a part can claim sizes it does not have and hold a
deflate stream far larger than it looks: one compressed block ending in a full flush is repeated
(each block then inflates independently), and the CRC of the repeated text is combined
arithmetically, so a 1.9 GB part costs milliseconds to write.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# --- CRC-32 of repeated data (zlib's crc32_combine) ----------------------------------------------


def _gf2_times(mat: list[int], vec: int) -> int:
    out = 0
    i = 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec >>= 1
        i += 1
    return out


def _gf2_square(mat: list[int]) -> list[int]:
    return [_gf2_times(mat, mat[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from crc(A), crc(B) and len(B), without the bytes (as zlib does)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def _crc_repeated(block: bytes, times: int) -> int:
    """CRC-32 of ``block * times`` by doubling."""
    result, result_len = 0, 0
    power, power_len = zlib.crc32(block), len(block)
    while times:
        if times & 1:
            result = crc32_combine(result, power, power_len) if result_len else power
            result_len += power_len
        times >>= 1
        if times:
            power = crc32_combine(power, power, power_len)
            power_len *= 2
    return result


@dataclass
class Part:
    """One zip member: its raw deflate stream (or stored bytes) and what it declares."""

    name: str
    data: bytes  # compressed stream (method 8) or the bytes themselves (method 0)
    crc: int
    size: int  # the real uncompressed size
    method: int = 8
    declared_size: int | None = None  # what the headers claim, when it is a lie


def part(name: str, text: bytes | str, *, stored: bool = False) -> Part:
    raw = text.encode() if isinstance(text, str) else text
    if stored:
        return Part(name, raw, zlib.crc32(raw), len(raw), method=0)
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Part(name, comp.compress(raw) + comp.flush(), zlib.crc32(raw), len(raw))


def bomb_part(name: str, head: bytes, block: bytes, times: int, tail: bytes,
              declared_size: int | None = None) -> Part:
    """``head + block * times + tail`` deflated; ``block`` is compressed once and repeated."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data_head = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data_block = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data_tail = comp.compress(tail) + comp.flush()
    crc = zlib.crc32(head)
    crc = crc32_combine(crc, _crc_repeated(block, times), len(block) * times)
    crc = crc32_combine(crc, zlib.crc32(tail), len(tail))
    size = len(head) + len(block) * times + len(tail)
    return Part(name, data_head + data_block * times + data_tail, crc, size,
                declared_size=declared_size)


def write_zip(path: Path, parts: list[Part]) -> Path:
    """A zip with exactly these members (zip64 records where sizes need them)."""
    out = bytearray()
    central = bytearray()
    for p in parts:
        name = p.name.encode()
        size = p.size if p.declared_size is None else p.declared_size
        zip64 = size >= 0xFFFFFFFF or len(p.data) >= 0xFFFFFFFF or len(out) >= 0xFFFFFFFF
        offset = len(out)
        if zip64:
            extra = struct.pack("<HHQQ", 1, 16, size, len(p.data))
            local_sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            extra = b""
            local_sizes = (len(p.data), size)
        out += struct.pack("<IHHHHHIII HH", 0x04034B50, 45 if zip64 else 20, 0, p.method, 0,
                           0x21, p.crc, *local_sizes, len(name), len(extra))
        out += name + extra + p.data
        if zip64:
            cextra = struct.pack("<HHQQQ", 1, 24, size, len(p.data), offset)
            csizes = (0xFFFFFFFF, 0xFFFFFFFF)
            coffset = 0xFFFFFFFF
        else:
            cextra = b""
            csizes = (len(p.data), size)
            coffset = offset
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45 if zip64 else 20, 0,
                               p.method, 0, 0x21, p.crc, *csizes, len(name), len(cextra), 0, 0,
                               0, 0, coffset)
        central += name + cextra
    cd_offset = len(out)
    out += central
    if cd_offset >= 0xFFFFFFFF or any(
            (p.declared_size or p.size) >= 0xFFFFFFFF for p in parts):
        eocd64 = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(parts), len(parts),
                           len(central), cd_offset)
        out += struct.pack("<IIQI", 0x07064B50, 0, eocd64, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                           0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central),
                           cd_offset, 0)
    path.write_bytes(bytes(out))
    return path


# --- xlsx ----------------------------------------------------------------------------------------

_NS = "http://schemas.openxmlformats.org"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Types xmlns="{_NS}/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_ROOT_RELS = (
    f'<?xml version="1.0"?><Relationships xmlns="{_NS}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_NS}/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    f'<?xml version="1.0"?><workbook xmlns="{_NS}/spreadsheetml/2006/main" '
    f'xmlns:r="{_NS}/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    f'<?xml version="1.0"?><Relationships xmlns="{_NS}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_NS}/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_NS}/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet '
              f'xmlns="{_NS}/spreadsheetml/2006/main">')


def xlsx_parts(sheet: Part, shared: Part | None = None, *, workbook: str = _WORKBOOK) -> list[Part]:
    shared = shared or part("xl/sharedStrings.xml",
                            f'<sst xmlns="{_NS}/spreadsheetml/2006/main" count="0"/>')
    return [part("[Content_Types].xml", _CONTENT_TYPES), part("_rels/.rels", _ROOT_RELS),
            part("xl/workbook.xml", workbook), part("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            sheet, shared]


def sheet_xml(rows: str, dimension: str | None = "A1") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_HEAD}{dim}<sheetData>{rows}</sheetData></worksheet>"


def write_xlsx(path: Path, rows: str, dimension: str | None = "A1") -> Path:
    return write_zip(path, xlsx_parts(part("xl/worksheets/sheet1.xml",
                                           sheet_xml(rows, dimension))))


_HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>firm_id</t></is></c>'
               '<c r="B1" t="inlineStr"><is><t>workers</t></is></c></row>'
               '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>10</v></c></row>')


def xlsx_far_cell(path: Path, ref: str = "XFD1048576", dimension: str | None = None) -> Path:
    """A real little table plus one cell far away (the 2.4 KB file that aborted the app)."""
    row = "".join(ch for ch in ref if ch.isdigit())
    cells = f'{_HEADER_ROW}<row r="{row}"><c r="{ref}"><v>1</v></c></row>'
    return write_xlsx(path, cells, dimension if dimension is not None else f"A1:{ref}")


def xlsx_far_cell_lying_dimension(path: Path) -> Path:
    return xlsx_far_cell(path, "XFD1048576", dimension="A1:B2")


def xlsx_far_cell_no_dimension(path: Path) -> Path:
    row = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return write_xlsx(path, _HEADER_ROW + row, dimension=None)


def xlsx_ref_beyond_excel(path: Path) -> Path:
    return xlsx_far_cell(path, "XFD99999999999", dimension="A1:B2")


def xlsx_far_cell_5000(path: Path) -> Path:
    return xlsx_far_cell(path, "XFD5000")


def xlsx_prefixed_far_cell(path: Path) -> Path:
    """The cell under a namespace prefix, single-quoted, r not the first attribute."""
    head = SHEET_HEAD.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=")
    xml = (f"{head}<x:dimension ref='A1:B2'/><x:sheetData>{_HEADER_ROW.replace('<', '<x:')}"
           .replace("<x:/", "</x:") +
           "<x:row r='1048576'><x:c s='0' r='XFD1048576'><x:v>1</x:v></x:c></x:row>"
           "</x:sheetData></x:worksheet>")
    return write_zip(path, xlsx_parts(part("xl/worksheets/sheet1.xml", xml)))


def xlsx_implicit_wide(path: Path) -> Path:
    """Cells without references: 20,000 in row 1 (each one column further), then row 1,000,000."""
    cells = "<c><v>1</v></c>" * 20_000
    rows = f'<row r="1">{cells}</row><row r="1000000"><c><v>2</v></c></row>'
    return write_xlsx(path, rows, dimension="A1:B2")


def xlsx_dimension_only(path: Path) -> Path:
    """Claims A1:XFD1048576 but holds a 2x2 table: must load (calamine only reserves)."""
    return write_xlsx(path, _HEADER_ROW, dimension="A1:XFD1048576")


def xlsx_styled_far_blank(path: Path) -> Path:
    """A self-closing (valueless) styled cell at XFD1048576: calamine skips it; must load."""
    rows = _HEADER_ROW + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    return write_xlsx(path, rows, dimension="A1:XFD1048576")


def xlsx_sheet_bomb(path: Path, *, inflated: int = 1_900_000_000,
                    declared_size: int | None = None) -> Path:
    """One sheet whose XML inflates to ~1.9 GB (one cell written over and over)."""
    head = (sheet_xml(_HEADER_ROW, "A1:B2").split("</sheetData>")[0] + '<row r="3">').encode()
    block = b'<c r="A3"><v>1</v></c>' * 50_000
    times = max(1, inflated // len(block))
    tail = b"</row></sheetData></worksheet>"
    sheet = bomb_part("xl/worksheets/sheet1.xml", head, block, times, tail, declared_size)
    return write_zip(path, xlsx_parts(sheet))


def xlsx_sheet_bomb_lying(path: Path) -> Path:
    """The same bomb, but its headers claim the sheet is 2 MB."""
    return xlsx_sheet_bomb(path, declared_size=2_000_000)


def xlsx_zip64_5gb(path: Path) -> Path:
    """A zip64 sheet of 5 GB (refused by its declared size)."""
    return xlsx_sheet_bomb(path, inflated=5_000_000_000)


def xlsx_shared_strings_bomb(path: Path) -> Path:
    """A shared-string table that inflates to 1.5 GB of one-letter strings."""
    head = f'<sst xmlns="{_NS}/spreadsheetml/2006/main">'.encode()
    block = b"<si><t>a</t></si>" * 60_000
    shared = bomb_part("xl/sharedStrings.xml", head, block, 1_500_000_000 // len(block),
                       b"</sst>")
    sheet = part("xl/worksheets/sheet1.xml", sheet_xml(_HEADER_ROW, "A1:B2"))
    return write_zip(path, xlsx_parts(sheet, shared))


def xlsx_styles_bomb(path: Path) -> Path:
    """styles.xml inflating to 1.2 GB of number formats."""
    head = f'<styleSheet xmlns="{_NS}/spreadsheetml/2006/main"><numFmts>'.encode()
    block = b'<numFmt numFmtId="200" formatCode="0.00"/>' * 20_000
    styles = bomb_part("xl/styles.xml", head, block, 1_200_000_000 // len(block),
                       b"</numFmts></styleSheet>")
    sheet = part("xl/worksheets/sheet1.xml", sheet_xml(_HEADER_ROW, "A1:B2"))
    return write_zip(path, [*xlsx_parts(sheet), styles])


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + "]>")


def xlsx_billion_laughs_sheet(path: Path) -> Path:
    xml = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', "A1")
    xml = xml.replace("<worksheet", _LAUGHS + "<worksheet", 1)
    return write_zip(path, xlsx_parts(part("xl/worksheets/sheet1.xml", xml)))


def xlsx_billion_laughs_workbook(path: Path) -> Path:
    workbook = _WORKBOOK.replace("<workbook", _LAUGHS + "<workbook", 1).replace(
        'name="Data"', 'name="&lol9;"')
    sheet = part("xl/worksheets/sheet1.xml", sheet_xml(_HEADER_ROW, "A1:B2"))
    return write_zip(path, xlsx_parts(sheet, workbook=workbook))


def xlsx_xxe(path: Path) -> Path:
    doctype = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    xml = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', "A1")
    xml = xml.replace("<worksheet", doctype + "<worksheet", 1)
    workbook = _WORKBOOK.replace("<workbook", doctype + "<workbook", 1).replace(
        'name="Data"', 'name="&xxe;"')
    return write_zip(path, xlsx_parts(part("xl/worksheets/sheet1.xml", xml), workbook=workbook))


# --- ods -----------------------------------------------------------------------------------------

_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Sheet1">')
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"
_ODS_HEADER = ('<table:table-row><table:table-cell office:value-type="string"><text:p>firm_id'
               '</text:p></table:table-cell><table:table-cell office:value-type="string">'
               '<text:p>workers</text:p></table:table-cell></table:table-row>')


def _value_cell(repeat: int | None = None, value: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat else ""
    return (f'<table:table-cell{rep} office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>")


def write_ods(path: Path, body: str | Part) -> Path:
    content = body if isinstance(body, Part) else part("content.xml",
                                                       _ODS_HEAD + body + _ODS_TAIL)
    return write_zip(path, [
        part("mimetype", "application/vnd.oasis.opendocument.spreadsheet", stored=True),
        part("META-INF/manifest.xml", "<manifest:manifest/>"), content])


def ods_repeat_bomb(path: Path) -> Path:
    """999,999,999 repeated rows and columns of one value (already refused before #15)."""
    body = (f'<table:table-row table:number-rows-repeated="999999999">'
            f"{_value_cell(999_999_999)}</table:table-row>")
    return write_ods(path, body)


def ods_repeat_under_cap(path: Path) -> Path:
    """16,384 columns x 6,000 rows of one value: 98 M cells, just under calamine's own cap."""
    body = (f'{_ODS_HEADER}<table:table-row table:number-rows-repeated="6000">'
            f"{_value_cell(16_384)}</table:table-row>")
    return write_ods(path, body)


def ods_interior_blank_rows(path: Path) -> Path:
    """A valued row, 1,000,000 repeated blank rows, another valued row, 90 columns wide."""
    wide = _value_cell(90)
    body = (f'<table:table-row>{wide}</table:table-row>'
            '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
            'table:number-columns-repeated="90"/></table:table-row>'
            f"<table:table-row>{wide}</table:table-row>")
    return write_ods(path, body)


def ods_trailing_blank_repeats(path: Path) -> Path:
    """What LibreOffice writes after every table: huge blank repeats. Must load."""
    body = (_ODS_HEADER + '<table:table-row><table:table-cell office:value-type="float" '
            'office:value="1"><text:p>1</text:p></table:table-cell><table:table-cell '
            'office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>'
            '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
            '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row>')
    return write_ods(path, body)


def ods_content_bomb(path: Path) -> Path:
    """content.xml inflating to 1.9 GB of valued rows."""
    head = (_ODS_HEAD + _ODS_HEADER).encode()
    block = f"<table:table-row>{_value_cell()}{_value_cell()}</table:table-row>".encode() * 5000
    tail = _ODS_TAIL.encode()
    return write_ods(path, bomb_part("content.xml", head, block,
                                     1_900_000_000 // len(block), tail))


def ods_billion_laughs(path: Path) -> Path:
    body = ('<table:table-row><table:table-cell office:value-type="string"><text:p>&lol9;'
            "</text:p></table:table-cell></table:table-row>")
    content = (_ODS_HEAD + body + _ODS_TAIL).replace("<office:document-content",
                                                     _LAUGHS + "<office:document-content", 1)
    return write_ods(path, part("content.xml", content))


def ods_xxe(path: Path) -> Path:
    doctype = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    body = ('<table:table-row><table:table-cell office:value-type="string"><text:p>&xxe;'
            "</text:p></table:table-cell></table:table-row>")
    content = (_ODS_HEAD + body + _ODS_TAIL).replace("<office:document-content",
                                                     doctype + "<office:document-content", 1)
    return write_ods(path, part("content.xml", content))


# --- xls (BIFF8 in a compound file) --------------------------------------------------------------

def _record(rtype: int, data: bytes) -> bytes:
    return struct.pack("<HH", rtype, len(data)) + data


def _biff_workbook(sheet_records: bytes) -> bytes:
    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    codepage = _record(0x0042, struct.pack("<H", 1200))
    name = "Data".encode("utf-16-le")
    boundsheet_len = 4 + 8 + len(name)
    globals_len = len(bof_globals) + len(codepage) + boundsheet_len + 4
    boundsheet = _record(0x0085, struct.pack("<IBBBB", globals_len, 0, 0, 4, 1) + name)
    eof = _record(0x000A, b"")
    bof_sheet = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    return bof_globals + codepage + boundsheet + eof + bof_sheet + sheet_records + eof


def _number(row: int, col: int, value: float) -> bytes:
    return _record(0x0203, struct.pack("<HHHd", row, col, 0, value))


def _cfb(stream: bytes) -> bytes:
    """A compound file holding one stream named Workbook (>= 4096 bytes: no mini stream)."""
    stream = stream + b"\x00" * (-len(stream) % 512)
    if len(stream) < 4096:
        stream += b"\x00" * (4096 - len(stream))
    n_stream = len(stream) // 512
    per_fat = 128
    n_fat = 1
    while n_fat * per_fat < n_stream + 1 + n_fat:
        n_fat += 1
    fat = []
    for i in range(n_stream):  # stream sectors 0..n-1, then the directory, then the FAT
        fat.append(i + 1 if i < n_stream - 1 else 0xFFFFFFFE)
    fat.append(0xFFFFFFFE)  # directory sector
    fat.extend([0xFFFFFFFD] * n_fat)
    fat.extend([0xFFFFFFFF] * (n_fat * per_fat - len(fat)))
    dir_sector = n_stream
    difat = list(range(n_stream + 1, n_stream + 1 + n_fat)) + [0xFFFFFFFF] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack(
        "<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, b"\x00" * 6, 0, n_fat, dir_sector, 0, 4096,
        0xFFFFFFFE, 0, 0xFFFFFFFE, 0) + struct.pack("<109I", *difat))

    def entry(name: str, etype: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBIII", len(raw), etype, 1, 0xFFFFFFFF,
                                                     0xFFFFFFFF, child)
                + b"\x00" * 36 + struct.pack("<III", start, size, 0))

    directory = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0)
                 + entry("Workbook", 2, 0xFFFFFFFF, 0, len(stream))
                 + b"\x00" * 256)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + stream + directory + fat_bytes


def write_xls(path: Path, cells: list[tuple[int, int, float]],
              dimensions: tuple[int, int, int, int] | None = None) -> Path:
    rows = [r for r, _, _ in cells] or [0]
    cols = [c for _, c, _ in cells] or [0]
    first_row, last_row, first_col, last_col = dimensions or (
        min(rows), max(rows) + 1, min(cols), max(cols) + 1)
    records = _record(0x0200, struct.pack("<IIHHH", first_row, last_row, first_col, last_col, 0))
    records += b"".join(_number(r, c, v) for r, c, v in cells)
    path.write_bytes(_cfb(_biff_workbook(records)))
    return path


def xls_small(path: Path) -> Path:
    """A valid 3x2 Excel 97 table of numbers (must load)."""
    return write_xls(path, [(0, 0, 1.0), (0, 1, 2.0), (1, 0, 3.0), (1, 1, 4.0), (2, 0, 5.0),
                            (2, 1, 6.0)])


def xls_huge_dimensions(path: Path) -> Path:
    """A DIMENSIONS record claiming 4 billion rows (calamine reserves rows x columns)."""
    return write_xls(path, [(0, 0, 1.0), (1, 1, 2.0)], dimensions=(0, 0xFFFFFFF0, 0, 255))


def xls_far_cell(path: Path) -> Path:
    """Cells at A1 and at row 65,536, column 65,535 (beyond Excel's 256 columns)."""
    return write_xls(path, [(0, 0, 1.0), (0, 1, 2.0), (65535, 65535, 3.0)],
                     dimensions=(0, 2, 0, 2))


def xls_full_grid(path: Path) -> Path:
    """Cells at A1 and IV65536: the largest grid Excel 97 allows (16.7 M cells)."""
    return write_xls(path, [(0, 0, 1.0), (0, 1, 2.0), (65535, 255, 3.0)])


# --- csv -----------------------------------------------------------------------------------------

def csv_one_line(path: Path, size: int = 40_000_000) -> Path:
    """One line, no line break: ``size`` bytes of one field."""
    with open(path, "wb") as fh:
        fh.write(b"id,")
        block = b"x" * (1 << 20)
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def csv_one_line_many_fields(path: Path, size: int = 40_000_000) -> Path:
    """One line of 20 million one-letter fields."""
    with open(path, "wb") as fh:
        block = b"a," * (1 << 19)
        for _ in range(size // len(block)):
            fh.write(block)
    return path


def csv_million_columns(path: Path) -> Path:
    """13.9 MB: a header of 10^6 column names and one data row (151 s and 6.9 GB before)."""
    n = 1_000_000
    header = ",".join(f"c{j}" for j in range(n))
    data = ",".join(["1"] * n)
    path.write_text(header + "\n" + data + "\n")
    return path


def csv_wide(path: Path, n_cols: int = 20_000, n_rows: int = 5) -> Path:
    header = ",".join(f"q{j}" for j in range(n_cols))
    rows = [",".join(str((i * 7 + j) % 10) for j in range(n_cols)) for i in range(n_rows)]
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def csv_big_cell(path: Path, cell_bytes: int = 200_000, quoted: bool = False) -> Path:
    text = "word " * (cell_bytes // 5)
    if quoted:
        text = '"' + text.replace(" ", "\n") + '"'
    lines = ["firm_id,comment,workers", f"1,{text},10", "2,short,20", "3,fine,30"]
    path.write_text("\n".join(lines) + "\n")
    return path


def csv_quoted_giant_field(path: Path, size: int = 40_000_000) -> Path:
    """A quoted field that spans millions of short lines: each line is short, the field is not."""
    with open(path, "wb") as fh:
        fh.write(b'firm_id,comment\n1,"')
        block = b"abc\n" * (1 << 18)
        for _ in range(size // len(block)):
            fh.write(block)
        fh.write(b'"\n')
    return path


def csv_ragged_wide_row(path: Path) -> Path:
    """300,000 short lines and one line of 10,000 fields: a padded grid of 3 billion cells."""
    with open(path, "w") as fh:
        fh.write("firm_id,workers\n")
        fh.write(",".join(["1"] * 10_000) + "\n")
        fh.write("1,2\n" * 300_000)
    return path


# --- special files -------------------------------------------------------------------------------

def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def dev_zero_link(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


@dataclass(frozen=True)
class Hostile:
    build: Callable[[Path], Path]
    filename: str
    expect: str  # "refuse", "load" or "either"
    words: str = ""  # a regular expression the refusal must match (case-insensitive)


HOSTILE: dict[str, Hostile] = {
    "far_cell": Hostile(xlsx_far_cell, "far.xlsx", "refuse", "XFD1048576"),
    "far_cell_lying_dimension": Hostile(xlsx_far_cell_lying_dimension, "far2.xlsx", "refuse",
                                        "XFD1048576"),
    "far_cell_no_dimension": Hostile(xlsx_far_cell_no_dimension, "far3.xlsx", "refuse",
                                     "XFD1048576"),
    "far_cell_5000": Hostile(xlsx_far_cell_5000, "far5000.xlsx", "refuse", "XFD5000"),
    "ref_beyond_excel": Hostile(xlsx_ref_beyond_excel, "beyond.xlsx", "refuse",
                                "row 99,999,999,999"),
    "prefixed_far_cell": Hostile(xlsx_prefixed_far_cell, "prefixed.xlsx", "refuse", "XFD1048576"),
    "implicit_wide": Hostile(xlsx_implicit_wide, "implicit.xlsx", "refuse", "column 16,385"),
    "dimension_only": Hostile(xlsx_dimension_only, "dimension.xlsx", "load"),
    "styled_far_blank": Hostile(xlsx_styled_far_blank, "styled.xlsx", "load"),
    "sheet_bomb": Hostile(xlsx_sheet_bomb, "bomb.xlsx", "refuse", "unpacks to 1.9 GB"),
    "sheet_bomb_lying": Hostile(xlsx_sheet_bomb_lying, "bomb2.xlsx", "refuse",
                                "more than the 2 MB it declares"),
    "zip64_5gb": Hostile(xlsx_zip64_5gb, "zip64.xlsx", "refuse", "more than 2 GB"),
    "shared_strings_bomb": Hostile(xlsx_shared_strings_bomb, "sst.xlsx", "refuse",
                                   "sharedStrings.xml"),
    "styles_bomb": Hostile(xlsx_styles_bomb, "styles.xlsx", "refuse", "styles.xml"),
    "billion_laughs_sheet": Hostile(xlsx_billion_laughs_sheet, "laughs.xlsx", "refuse",
                                    "XML entities"),
    "billion_laughs_workbook": Hostile(xlsx_billion_laughs_workbook, "laughs2.xlsx", "refuse",
                                       "XML entities"),
    "xxe_xlsx": Hostile(xlsx_xxe, "xxe.xlsx", "refuse", "XML entities"),
    "ods_repeat_bomb": Hostile(ods_repeat_bomb, "repeat.ods", "refuse", "1,048,576 rows"),
    "ods_repeat_under_cap": Hostile(ods_repeat_under_cap, "repeat2.ods", "refuse",
                                    "16,384 columns × 6,001 rows"),
    "ods_interior_blank_rows": Hostile(ods_interior_blank_rows, "blank_rows.ods", "refuse",
                                       "90 columns × 1,000,002 rows"),
    "ods_trailing_blank_repeats": Hostile(ods_trailing_blank_repeats, "trailing.ods", "load"),
    "ods_content_bomb": Hostile(ods_content_bomb, "content_bomb.ods", "refuse",
                                "unpacks to 1.9 GB"),
    "ods_billion_laughs": Hostile(ods_billion_laughs, "laughs.ods", "refuse", "XML entities"),
    "ods_xxe": Hostile(ods_xxe, "xxe.ods", "refuse", "XML entities"),
    "xls_small": Hostile(xls_small, "small.xls", "load"),
    "xls_huge_dimensions": Hostile(xls_huge_dimensions, "dims.xls", "refuse", "DIMENSIONS"),
    "xls_far_cell": Hostile(xls_far_cell, "far.xls", "refuse", "65,536 columns × 65,536 rows"),
    "xls_full_grid": Hostile(xls_full_grid, "grid.xls", "either", "IV65536"),
    "csv_one_line": Hostile(csv_one_line, "one_line.csv", "refuse",
                            "line 1 of the text runs for more than|the text file is 40 MB"),
    "csv_one_line_many_fields": Hostile(csv_one_line_many_fields, "fields.csv", "refuse",
                                        "line 1 of the text runs for more than|"
                                        "the text file is 40 MB"),
    "csv_million_columns": Hostile(csv_million_columns, "million.csv", "refuse",
                                   "more than 16,384 fields"),
    "csv_wide_20000": Hostile(csv_wide, "wide.csv", "refuse", "more than 16,384 fields"),
    "csv_wide_2000": Hostile(lambda p: csv_wide(p, 2_000), "wide2000.csv", "load"),
    "csv_cell_200k": Hostile(csv_big_cell, "cell200k.csv", "load"),
    "csv_cell_1m": Hostile(lambda p: csv_big_cell(p, 1_000_000), "cell1m.csv", "load"),
    "csv_cell_1m_quoted": Hostile(lambda p: csv_big_cell(p, 1_000_000, quoted=True),
                                  "cell1mq.csv", "load"),
    "csv_quoted_giant_field": Hostile(csv_quoted_giant_field, "quoted.csv", "refuse",
                                      "line 2 holds a value of more than|the text file is 40 MB"),
    "csv_ragged_wide_row": Hostile(csv_ragged_wide_row, "ragged.csv", "refuse",
                                   "300,002 rows × 10,000 columns"),
    "fifo": Hostile(fifo, "pipe.csv", "refuse", "not a regular file but a pipe"),
    "dev_zero": Hostile(dev_zero_link, "zero.csv", "refuse", "not a regular file but a device"),
}
