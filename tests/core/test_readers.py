"""read_source on workbooks: header layouts, cell values, sheets, and the read-only promise.

Fixtures are generated in tmp_path (openpyxl for layouts/merges/hidden sheets, hand-written
SpreadsheetML for cached formula results and error cells, which openpyxl cannot write).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from core.common.errors import FileRefusedError, PasswordProtectedError
from core.io.rawtable import SourceFile
from core.io.readers import read_source

# --- helpers ---------------------------------------------------------------------------------------


def _workbook(path: Path, rows: list[list], *, title: str = "Sheet1", setup=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if setup:
        setup(wb, ws)
    wb.save(path)
    return path


def _cell_xml(ref: str, value) -> str:
    if isinstance(value, tuple):  # (formula, cached value or None)
        formula, cached = value
        v = "" if cached is None else f"<v>{cached}</v>"
        return f'<c r="{ref}"><f>{formula}</f>{v}</c>'
    if isinstance(value, str) and value.startswith("#"):
        return f'<c r="{ref}" t="e"><v>{value}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def _raw_xlsx(path: Path, rows: list[list]) -> Path:
    """A minimal xlsx written by hand: lets us store cached formula results and error cells."""
    body = []
    for i, row in enumerate(rows, start=1):
        cells = "".join(_cell_xml(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row)
                        if v is not None)
        body.append(f'<row r="{i}">{cells}</row>')
    ns = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", (
            f'<Types xmlns="{ns}/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            f'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        zf.writestr("_rels/.rels", (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/officeDocument" '
            f'Target="xl/workbook.xml"/></Relationships>'))
        zf.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{ns}/spreadsheetml/2006/main" '
            f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>'
            f'<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        zf.writestr("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet1.xml"/></Relationships>'))
        zf.writestr("xl/worksheets/sheet1.xml", (
            f'<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>'
            f'{"".join(body)}</sheetData></worksheet>'))
    return path


def _only(source: SourceFile):
    assert len(source.tables) == 1
    return source.tables[0]


# --- layouts -----------------------------------------------------------------------------------------

def test_plain_sheet_kind_hash_and_names(tmp_path):
    path = _workbook(tmp_path / "s.xlsx", [["firm_id", "sector"], [1, "apparel"], [2, "tv"]])
    source = read_source(path)
    assert source.kind == "xlsx"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    table = _only(source)
    assert table.name == "Sheet1"
    assert table.header_row == 1
    assert table.data["firm_id"].tolist() == [1, 2]
    assert table.data["sector"].tolist() == ["apparel", "tv"]
    assert table.sheet_row(0) == 2


def test_title_rows_blank_rows_and_source_rows(tmp_path):
    rows = [["Worker survey 2022"], [], ["id", "wage"], [1, 5.5], [], [], [2, 6.5], [3, 7.0]]
    table = _only(read_source(_workbook(tmp_path / "t.xlsx", rows)))
    assert table.header_row == 3
    assert table.source_rows.tolist() == [4, 7, 8]
    assert table.data["wage"].tolist() == [5.5, 6.5, 7.0]
    assert any("row 3" in n for n in table.notes)


def test_question_text_row_goes_to_variable_labels(tmp_path):
    rows = [["Q1", "Q2"], ["Firm identifier code", "How many workers do you employ?"],
            [1, 100], [2, 250]]
    table = _only(read_source(_workbook(tmp_path / "q.xlsx", rows)))
    assert table.header_row == 1
    assert table.variable_labels == {"Q1": "Firm identifier code",
                                     "Q2": "How many workers do you employ?"}
    assert table.data["Q2"].tolist() == [100, 250]
    assert table.source_rows.tolist() == [3, 4]


def test_merged_group_labels_take_the_lower_row(tmp_path):
    def merge(_wb, ws):
        ws.merge_cells("B1:C1")
        ws.merge_cells("A1:A2")

    rows = [["ID", "Workers", None], [None, "women", "men"], [1, 10, 5], [2, 3, 4]]
    table = _only(read_source(_workbook(tmp_path / "m.xlsx", rows, setup=merge)))
    assert table.header_row == 2
    assert list(table.data.columns) == ["ID", "women", "men"]
    assert table.data["ID"].tolist() == [1, 2]


def test_blank_and_duplicate_header_cells(tmp_path):
    rows = [["id", None, "x", "x"], [1, 2, 3, 4]]
    table = _only(read_source(_workbook(tmp_path / "d.xlsx", rows)))
    assert list(table.data.columns) == ["id", "column_2", "x", "x_2"]


def test_fully_blank_trailing_columns_are_dropped(tmp_path):
    def styled(_wb, ws):
        ws["F1"].number_format = "0.00"
        ws["F3"] = None
        ws["G5"] = " "

    table = _only(read_source(_workbook(tmp_path / "b.xlsx", [["a", "b"], [1, 2]], setup=styled)))
    assert list(table.data.columns) == ["a", "b"]


def test_header_only_sheet_gives_zero_rows_and_a_note(tmp_path):
    table = _only(read_source(_workbook(tmp_path / "h.xlsx", [["firm_id", "sector"]])))
    assert table.n_rows == 0
    assert list(table.data.columns) == ["firm_id", "sector"]
    assert any("no data rows" in n for n in table.notes)


def test_total_rows_are_kept_with_a_note_naming_the_row(tmp_path):
    rows = [["sector", "firms"], ["apparel", 3], ["electronics", 4], ["Tổng cộng", 7]]
    table = _only(read_source(_workbook(tmp_path / "tot.xlsx", rows)))
    assert table.n_rows == 3
    assert any("row 4" in n and "Tổng cộng" in n for n in table.notes)


def test_no_header_row(tmp_path):
    table = _only(read_source(_workbook(tmp_path / "n.xlsx", [[1, 2], [3, 4]])))
    assert table.header_row is None
    assert list(table.data.columns) == ["column_1", "column_2"]
    assert table.source_rows.tolist() == [1, 2]


# --- cell values -------------------------------------------------------------------------------------

def test_numbers_stored_as_text_and_ids_with_leading_zeros(tmp_path):
    rows = [["id", "revenue", "workers", "code"],
            ["007", "1,234,567", "1 234", "0123"],
            ["012", "2,000", "12", "4"],
            ["100", "15.5", "3", "0"]]
    table = _only(read_source(_workbook(tmp_path / "n.xlsx", rows)))
    assert table.data["id"].tolist() == ["007", "012", "100"]
    assert table.data["revenue"].tolist() == [1234567.0, 2000.0, 15.5]
    assert table.data["workers"].tolist() == [1234, 12, 3]
    assert table.data["code"].tolist() == ["0123", "4", "0"]


def test_dates_stay_dates(tmp_path):
    rows = [["id", "interview"], [1, dt.datetime(2023, 5, 1)], [2, dt.date(2023, 6, 2)]]
    table = _only(read_source(_workbook(tmp_path / "dates.xlsx", rows)))
    col = table.data["interview"]
    assert pd.api.types.is_datetime64_any_dtype(col)
    assert col.iloc[1] == pd.Timestamp(2023, 6, 2)


def test_cached_formula_results_errors_and_uncached_formulas(tmp_path):
    rows = [["a", "b", "sum", "ratio"],
            [1, 2, ("A2+B2", 3), ("A2/0", None)],
            [4, 5, ("A3+B3", 9), "#DIV/0!"],
            [6, 7, ("A4+B4", None), "#N/A"]]
    table = _only(read_source(_raw_xlsx(tmp_path / "f.xlsx", rows)))
    assert table.data["sum"].iloc[:2].tolist() == [3, 9]
    assert np.isnan(table.data["sum"].iloc[2])
    assert table.data["ratio"].isna().all()
    notes = " ".join(table.notes)
    assert "Excel errors" in notes and "D3" in notes and "#N/A" in notes
    assert "no saved result" in notes and "C4" in notes and "D2" in notes


def test_error_text_from_other_readers_becomes_missing_with_note(tmp_path):
    rows = [["x", "y"], [1, "#N/A"], [2, 3]]
    table = _only(read_source(_workbook(tmp_path / "e.xlsx", rows)))
    assert table.data["y"].isna().iloc[0]
    assert table.data["y"].iloc[1] == 3


def test_megabyte_cell_and_2000_columns(tmp_path):
    big = "x" * 1_000_000

    def wide(_wb, ws):
        for j in range(1, 2001):
            ws.cell(row=1, column=j, value=f"v{j}")
            ws.cell(row=2, column=j, value=j)
        ws.cell(row=3, column=1, value=big)

    table = _only(read_source(_workbook(tmp_path / "w.xlsx", [], setup=wide)))
    assert table.n_columns == 2000
    # Excel itself holds at most 32,767 characters per cell; calamine stops there too.
    assert big.startswith(table.data["v1"].iloc[1])
    assert len(table.data["v1"].iloc[1]) >= 32_767
    assert table.data["v2000"].iloc[0] == 2000


def test_mixed_column_keeps_numbers_and_text(tmp_path):
    rows = [["age"], [25], ["refused"], ["31"]]
    table = _only(read_source(_workbook(tmp_path / "mix.xlsx", rows)))
    assert table.data["age"].tolist() == [25, "refused", 31]


# --- sheets ------------------------------------------------------------------------------------------

def test_hidden_sheets_skipped_by_default_and_marked_when_included(tmp_path):
    def sheets(wb, _ws):
        hidden = wb.create_sheet("Hidden")
        hidden.append(["a"])
        hidden.sheet_state = "hidden"
        very = wb.create_sheet("VeryHidden")
        very.append(["b"])
        very.sheet_state = "veryHidden"
        wb.create_sheet("Workers").append(["w"])

    path = _workbook(tmp_path / "h.xlsx", [["firm"], [1]], title="Firms", setup=sheets)
    source = read_source(path)
    assert [t.name for t in source.tables] == ["Firms", "Workers"]
    assert any("Hidden" in n for n in source.notes)
    everything = read_source(path, include_hidden=True)
    assert [(t.name, t.hidden) for t in everything.tables] == [
        ("Firms", False), ("Hidden", True), ("VeryHidden", True), ("Workers", False)]


def test_max_rows_limits_data_rows(tmp_path):
    rows = [["Title"], ["id", "x"]] + [[i, i] for i in range(50)]
    table = _only(read_source(_workbook(tmp_path / "p.xlsx", rows), max_rows=5))
    assert table.data["id"].tolist() == [0, 1, 2, 3, 4]
    assert table.header_row == 2


def test_other_workbook_formats(tmp_path):
    frame = pd.DataFrame({"id": [1, 2], "name": ["Hà Nội", "Huế"]})
    frame.to_excel(tmp_path / "s.ods", index=False, engine="odf")
    table = _only(read_source(tmp_path / "s.ods"))
    assert table.data["name"].tolist() == ["Hà Nội", "Huế"]
    assert read_source(tmp_path / "s.ods").kind == "ods"


def test_xlsm_and_renamed_workbooks_are_sniffed_by_content(tmp_path):
    path = _workbook(tmp_path / "real.xlsx", [["a"], [1]])
    renamed = tmp_path / "survey.dta"
    renamed.write_bytes(path.read_bytes())
    source = read_source(renamed)
    assert source.kind == "xlsx"
    assert any("really a .xlsx" in n for n in source.notes)


# --- refusals ----------------------------------------------------------------------------------------

def _ole(streams: list[str]) -> bytes:
    """A minimal OLE/CFB container whose directory lists the given (empty) streams."""
    sector = 512
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26] = (0x3E).to_bytes(2, "little")
    header[26:28] = (3).to_bytes(2, "little")
    header[28:30] = b"\xfe\xff"
    header[30:32] = (9).to_bytes(2, "little")
    header[32:34] = (6).to_bytes(2, "little")
    header[44:48] = (1).to_bytes(4, "little")   # one FAT sector
    header[48:52] = (1).to_bytes(4, "little")   # directory starts at sector 1
    header[56:60] = (4096).to_bytes(4, "little")
    header[60:64] = (0xFFFFFFFE).to_bytes(4, "little")
    header[68:72] = (0xFFFFFFFE).to_bytes(4, "little")
    difat = [0] + [0xFFFFFFFF] * 108
    header[76:512] = b"".join(x.to_bytes(4, "little") for x in difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * (sector // 4 - 2)
    fat_bytes = b"".join(x.to_bytes(4, "little") for x in fat)
    entries = []
    for i, (name, etype) in enumerate([("Root Entry", 5)] + [(s, 2) for s in streams]):
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = etype
        entry[68:72] = (0xFFFFFFFF).to_bytes(4, "little")
        entry[72:76] = ((i + 1) if i < len(streams) else 0xFFFFFFFF).to_bytes(4, "little")
        entry[76:80] = (1 if i == 0 and streams else 0xFFFFFFFF).to_bytes(4, "little")
        entry[116:120] = (0xFFFFFFFE).to_bytes(4, "little")
        entries.append(bytes(entry))
    directory = b"".join(entries).ljust(sector, b"\0")
    return bytes(header) + fat_bytes + directory


def test_encrypted_ooxml_is_password_protected(tmp_path):
    path = tmp_path / "survey.xlsx"
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(PasswordProtectedError) as info:
        read_source(path)
    message = str(info.value)
    assert "password" in message and "survey.xlsx" in message and "File > Info" in message


def test_encrypted_ods_is_password_protected(tmp_path):
    path = tmp_path / "s.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml",
                    '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
                    "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
        zf.writestr("content.xml", b"\x01\x02garbage")
    with pytest.raises(PasswordProtectedError):
        read_source(path)


def test_ods_decompression_bomb_is_refused_fast(tmp_path):
    path = tmp_path / "bomb.ods"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        '<table:table-row table:number-rows-repeated="999999999">'
        '<table:table-cell table:number-columns-repeated="999999999" office:value-type="string">'
        "<text:p>X</text:p></table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
        zf.writestr("content.xml", content)
    start = time.perf_counter()
    with pytest.raises(FileRefusedError):
        read_source(path)
    assert time.perf_counter() - start < 5


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(FileRefusedError, match="The file is empty"):
        read_source(path)


def test_garbage_with_dta_name_is_refused(tmp_path):
    path = tmp_path / "survey.dta"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(FileRefusedError) as info:
        read_source(path)
    assert "survey.dta" in str(info.value)


def test_truncated_xlsx_is_refused_as_damaged(tmp_path):
    good = _workbook(tmp_path / "good.xlsx", [["a"]] + [[i] for i in range(500)])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(FileRefusedError, match="damaged"):
        read_source(cut)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(FileRefusedError, match="not found"):
        read_source(tmp_path / "nope.xlsx")
    with pytest.raises(FileRefusedError, match="folder"):
        read_source(tmp_path)


def test_word_document_is_refused(tmp_path):
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types><Override ContentType='application/vnd."
                    "openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>")
    with pytest.raises(FileRefusedError, match="Word"):
        read_source(path)


# --- never touches the source ------------------------------------------------------------------------

def test_reading_never_modifies_the_file(tmp_path):
    paths = [_workbook(tmp_path / "a.xlsx", [["x"], [1]])]
    pd.DataFrame({"x": [1, 2]}).to_csv(tmp_path / "b.csv", index=False)
    paths.append(tmp_path / "b.csv")
    for path in paths:
        old = os.stat(path).st_mtime_ns
        os.utime(path, ns=(old - 10**9, old - 10**9))
        before = (os.stat(path).st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        read_source(path)
        read_source(path, max_rows=1)
        after = (os.stat(path).st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        assert before == after


# --- the fast and preview paths give the same tables as the reference (calamine) path -----------------

def _layouts(tmp_path: Path) -> list[Path]:
    def merge(_wb, ws):
        ws.merge_cells("A1:A2")

    return [
        _workbook(tmp_path / "1.xlsx", [["Title"], [], ["id", "wage", "city", "when"],
                                        [1, 2.5, "Hà Nội", dt.datetime(2020, 1, 1)], [],
                                        [2, 3.5, "Huế", dt.datetime(2021, 2, 3)],
                                        [3, None, None, None], ["Total", 6.0, None, None]]),
        _workbook(tmp_path / "2.xlsx", [["Q1", "Q2"], ["Firm identifier code", "Number of workers"],
                                        ["007", 5], ["010", 6]]),
        _workbook(tmp_path / "3.xlsx", [["ID", "x"], [None, "y"], [1, 2]], setup=merge),
        _workbook(tmp_path / "4.xlsx", [["a", "b"], [1, "x"], ["2", 3]]),
        _raw_xlsx(tmp_path / "5.xlsx", [["a", "b"], [1, ("A2*2", 2)], [2, "#N/A"]]),
    ]


def _same_tables(a: SourceFile, b: SourceFile) -> None:
    assert [t.name for t in a.tables] == [t.name for t in b.tables]
    for x, y in zip(a.tables, b.tables, strict=True):
        pd.testing.assert_frame_equal(x.data, y.data, check_dtype=False)
        assert x.header_row == y.header_row
        assert x.source_rows.tolist() == y.source_rows.tolist()
        assert x.variable_labels == y.variable_labels


def test_fastexcel_path_matches_calamine_path(tmp_path, monkeypatch):
    import core.io.workbooks as workbooks

    for path in _layouts(tmp_path):
        reference = read_source(path)
        monkeypatch.setattr(workbooks, "FAST_PATH_BYTES", 0)
        _same_tables(reference, read_source(path))
        monkeypatch.undo()


def test_openpyxl_preview_matches_calamine_preview(tmp_path, monkeypatch):
    import core.io.workbooks as workbooks

    for path in _layouts(tmp_path):
        reference = read_source(path, max_rows=2)
        monkeypatch.setattr(workbooks, "PREVIEW_STREAM_BYTES", 0)
        _same_tables(reference, read_source(path, max_rows=2))
        monkeypatch.undo()


def test_header_rows_override_detection(tmp_path):
    rows = [["Survey"], ["a", "b"], ["x", "y"], [1, 2]]
    path = _workbook(tmp_path / "o.xlsx", rows)
    assert read_source(path).tables[0].header_row == 2
    table = read_source(path, header_rows={"Sheet1": 3}).tables[0]
    assert table.header_row == 3
    assert list(table.data.columns) == ["x", "y"]
    assert table.source_rows.tolist() == [4]
    # A row outside the table falls back to detection, with a note.
    fallback = read_source(path, header_rows={"Sheet1": 99}).tables[0]
    assert fallback.header_row == 2
    assert any("Row 99" in n for n in fallback.notes)
    # Unknown sheet names and None mean "detect".
    assert read_source(path, header_rows={"Other": 3, "Sheet1": None}).tables[0].header_row == 2


def _survey_xlsx(path: Path, rows: int = 50) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["firm_id", "employees"])
    for i in range(rows):
        ws.append([f"F{i}", i])
    wb.save(path)
    return path


def test_a_file_changed_between_hashing_and_parsing_is_refused(tmp_path, monkeypatch):
    """Issue #15 item 12: the rows read must be the bytes the SHA-256 names. Another program
    replacing the file while the library parses it (here: between the hash and the parse) makes
    the read refuse in plain words instead of keeping rows under the old fingerprint."""
    from core.common.errors import UnreadableFileError
    from core.io import readers

    path = _survey_xlsx(tmp_path / "survey.xlsx")
    other = _survey_xlsx(tmp_path / "other.xlsx", rows=5)
    real = readers.read_workbook

    def replaced_meanwhile(p, *args, **kwargs):
        os.replace(other, p)  # a sync client or a download finishing now
        return real(p, *args, **kwargs)

    monkeypatch.setattr(readers, "read_workbook", replaced_meanwhile)
    with pytest.raises(UnreadableFileError, match="changed while it was being read") as info:
        read_source(path)
    assert "survey.xlsx" in info.value.message and "open the file again" in info.value.message


def test_a_touch_without_change_still_loads(tmp_path, monkeypatch):
    from core.io import readers

    path = _survey_xlsx(tmp_path / "survey.xlsx")
    real = readers.read_workbook

    def touched(p, *args, **kwargs):
        os.utime(p, ns=(time.time_ns() + 5_000_000_000,) * 2)  # a backup tool touching it
        return real(p, *args, **kwargs)

    monkeypatch.setattr(readers, "read_workbook", touched)
    source = read_source(path)
    assert source.tables[0].data.shape[0] == 50
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
