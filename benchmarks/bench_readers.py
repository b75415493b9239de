"""How fast can we read a 100k-row x 40-column worker sheet? (DESIGN.md: load < 2 s.)

Generates such a workbook in a temporary folder (written directly as SpreadsheetML, so generating
takes seconds rather than the minutes openpyxl needs), then times each candidate reader:

- fastexcel (calamine in Rust -> Arrow -> pandas)
- python-calamine (calamine -> Python lists -> pandas)
- pandas.read_excel with engine="calamine"
- pandas.read_excel with engine="openpyxl" (the slow reference; skip with --no-openpyxl)
- our own ``core.io.readers.read_source`` end to end (header detection, cleaning)
- ``read_source(max_rows=1000)`` (the preview path)

Run: ``.venv/bin/python benchmarks/bench_readers.py [--rows 100000] [--cols 40] [--no-openpyxl]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/></Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Workers" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
 Target="sharedStrings.xml"/>
<Relationship Id="rId3"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
 Target="styles.xml"/></Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

_WORDS = ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "apparel", "electronics", "technician",
          "line worker", "manager", "supervisor", "Bangkok"]


def _col_letter(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def write_workbook(path: Path, n_rows: int, n_cols: int) -> None:
    """A worker-survey-like sheet: an ID column, integer codes, amounts, text and a date column."""
    letters = [_col_letter(c) for c in range(n_cols)]
    strings = {w: i for i, w in enumerate(_WORDS)}
    header_ids = []
    for c in range(n_cols):
        strings.setdefault(f"Q{c + 1}", len(strings))
        header_ids.append(strings[f"Q{c + 1}"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                      b'main">')
            out.write(f'<dimension ref="A1:{letters[-1]}{n_rows + 1}"/><sheetData>'.encode())
            cells = "".join(f'<c r="{letters[c]}1" t="s"><v>{header_ids[c]}</v></c>'
                            for c in range(n_cols))
            out.write(f'<row r="1">{cells}</row>'.encode())
            for r in range(n_rows):
                row = r + 2
                parts = []
                for c in range(n_cols):
                    ref = f"{letters[c]}{row}"
                    kind = c % 5
                    if kind == 0:
                        parts.append(f'<c r="{ref}"><v>{r * 7 + c}</v></c>')
                    elif kind == 1:
                        parts.append(f'<c r="{ref}"><v>{(r * 31 + c) % 9 + 1}</v></c>')
                    elif kind == 2:
                        parts.append(f'<c r="{ref}"><v>{(r * 1.37 + c) % 1000:.2f}</v></c>')
                    elif kind == 3:
                        parts.append(f'<c r="{ref}" t="s"><v>{(r + c) % len(_WORDS)}</v></c>')
                    else:
                        parts.append(f'<c r="{ref}" s="1"><v>{43000 + (r % 2000)}</v></c>')
                out.write(f'<row r="{row}">{"".join(parts)}</row>'.encode())
            out.write(b"</sheetData></worksheet>")
        ordered = sorted(strings, key=strings.get)
        sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in ordered)
        zf.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(ordered)}" uniqueCount="{len(ordered)}">{sst}</sst>',
        )


def _time(label: str, fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    shape = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
        shape = getattr(result, "shape", None)
    print(f"  {label:<44} {best:7.2f} s   {shape}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--cols", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2, help="best of N for the fast readers")
    parser.add_argument("--no-openpyxl", action="store_true", help="skip the slow openpyxl run")
    args = parser.parse_args()

    import fastexcel
    import pandas as pd
    import python_calamine

    from core.io.readers import read_source

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "workers.xlsx"
        t0 = time.perf_counter()
        write_workbook(path, args.rows, args.cols)
        print(f"Generated {args.rows:,} rows x {args.cols} columns "
              f"({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")

        def with_fastexcel() -> pd.DataFrame:
            return fastexcel.read_excel(path).load_sheet(0).to_pandas()

        def with_calamine() -> pd.DataFrame:
            wb = python_calamine.CalamineWorkbook.from_path(path)
            rows = wb.get_sheet_by_index(0).to_python()
            return pd.DataFrame(rows[1:], columns=rows[0])

        def with_pandas_calamine() -> pd.DataFrame:
            return pd.read_excel(path, engine="calamine")

        def with_pandas_openpyxl() -> pd.DataFrame:
            return pd.read_excel(path, engine="openpyxl")

        def ours() -> pd.DataFrame:
            return read_source(path).tables[0].data

        def ours_preview() -> pd.DataFrame:
            return read_source(path, max_rows=1000).tables[0].data

        print(f"Timings (best of {args.repeat}):")
        _time("fastexcel load_sheet -> pandas", with_fastexcel, args.repeat)
        _time("python-calamine to_python -> DataFrame", with_calamine, args.repeat)
        _time("pandas.read_excel(engine='calamine')", with_pandas_calamine, args.repeat)
        if not args.no_openpyxl:
            _time("pandas.read_excel(engine='openpyxl')", with_pandas_openpyxl, 1)
        _time("core.io.readers.read_source (full load)", ours, args.repeat)
        _time("core.io.readers.read_source(max_rows=1000)", ours_preview, args.repeat)


if __name__ == "__main__":
    main()
