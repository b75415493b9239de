"""Two header rows and notes rows under the table, read end to end from real xlsx and csv files
(written here with openpyxl / plain text) through ``core.io.readers.read_source``."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from core.io.readers import read_source

LABELS = ["Mã doanh nghiệp", "Tỉnh/Thành phố", "Có đầu tư máy móc mới không?",
          "Có xuất khẩu trực tiếp không?", "Có áp dụng sản xuất tinh gọn không?",
          "Số lao động toàn thời gian"]
CODES = ["ID", "TINH", "B1", "B2", "B3", "C1"]
FIRMS = [
    ["DN001", "Hà Nội", "Có", "Không", "Có", 120],
    ["DN002", "Huế", "Không", "Không", "Không", 45],
    ["DN003", "Đà Nẵng", "Có", "Có", "Không", 300],
    ["DN004", "Hà Nội", "Không", "Có", "Có", 80],
    ["DN005", "Hải Phòng", "Có", "Có", "Có", 510],
]
NOTES = ["Ghi chú: Có = doanh nghiệp trả lời có; số liệu đã làm sạch ngày 12/03/2023.",
         "Nguồn: Khảo sát doanh nghiệp dệt may và điện tử 2023."]


def _xlsx(path: Path, rows: list[list], *, title: str = "DN", merge: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            if value not in (None, ""):
                ws.cell(row=i, column=j, value=value)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def _vn_rows() -> list[list]:
    return [LABELS, CODES, *FIRMS, [], [NOTES[0]], [NOTES[1]]]


def _only(path: Path, **kw):
    source = read_source(path, **kw)
    assert len(source.tables) == 1
    return source.tables[0]


def _dropped_note(table) -> str:
    return next(n for n in table.notes if "under the table" in n)


def test_vietnamese_two_header_rows_with_notes_under_the_table(tmp_path):
    table = _only(_xlsx(tmp_path / "dn.xlsx", _vn_rows()))
    assert list(table.data.columns) == CODES
    assert table.variable_labels == dict(zip(CODES, LABELS, strict=True))
    assert table.header_row == 2
    assert table.n_rows == 5
    assert table.source_rows.tolist() == [3, 4, 5, 6, 7]
    # the yes/no columns hold only answers: the code row was not read as a firm
    for code in ("B1", "B2", "B3"):
        assert set(table.data[code]) == {"Có", "Không"}
    assert table.data["C1"].tolist() == [120, 45, 300, 80, 510]
    assert any(n.startswith("Sheet rows 1–2 are two header rows") for n in table.notes)
    assert _dropped_note(table) == (
        "Sheet rows 9–10 look like notes under the table ('Ghi chú: Có = doanh nghiệp trả lời "
        "có; số liệu...'); they were left out of the data.")


def test_saved_header_row_reproduces_the_layout(tmp_path):
    path = _xlsx(tmp_path / "dn.xlsx", _vn_rows())
    detected = _only(path)
    forced = _only(path, header_rows={"DN": detected.header_row})
    assert list(forced.data.columns) == list(detected.data.columns)
    assert forced.variable_labels == detected.variable_labels
    assert forced.source_rows.tolist() == detected.source_rows.tolist()
    assert forced.notes == detected.notes


def test_id_merged_over_both_header_rows_and_titles_above(tmp_path):
    rows = [["KHẢO SÁT DOANH NGHIỆP 2023"], [], LABELS, ["", *CODES[1:]], *FIRMS, [NOTES[1]]]
    table = _only(_xlsx(tmp_path / "merged.xlsx", rows, merge="A3:A4"))
    assert table.header_row == 4
    assert list(table.data.columns) == ["Mã doanh nghiệp", *CODES[1:]]
    assert table.variable_labels["B1"] == "Có đầu tư máy móc mới không?"
    assert table.n_rows == 5
    assert table.source_rows.tolist() == [5, 6, 7, 8, 9]
    assert table.data["Mã doanh nghiệp"].tolist()[0] == "DN001"
    assert "Sheet row 10 looks like a note under the table" in _dropped_note(table)


def test_only_some_columns_have_codes(tmp_path):
    codes = ["ID", "", "B1", "B2", "B3", ""]
    table = _only(_xlsx(tmp_path / "mixed.xlsx", [LABELS, codes, *FIRMS]))
    assert list(table.data.columns) == ["ID", "Tỉnh/Thành phố", "B1", "B2", "B3",
                                        "Số lao động toàn thời gian"]
    assert table.n_rows == 5
    assert any("2 column(s) (B, F) have no short name in sheet row 2" in n for n in table.notes)


def test_csv_with_two_header_rows_and_notes(tmp_path):
    lines = [",".join(LABELS), ",".join(CODES)]
    lines += [",".join(str(v) for v in row) for row in FIRMS]
    lines += ["", f'"{NOTES[0]}"', "Nguồn: Khảo sát 2023,,,,,"]
    path = tmp_path / "dn.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = _only(path)
    assert list(table.data.columns) == CODES
    assert table.variable_labels["B2"] == "Có xuất khẩu trực tiếp không?"
    assert table.header_row == 2
    assert table.n_rows == 5
    assert table.source_rows.tolist() == [3, 4, 5, 6, 7]
    assert table.data["C1"].tolist() == [120, 45, 300, 80, 510]
    assert any(n.startswith("Lines 1–2 are two header rows") for n in table.notes)
    assert _dropped_note(table).startswith("Lines 9–10 look like notes under the table")


def test_english_notes_and_footnote_under_a_csv_table(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text(
        "firm_id,country,sector,employees,exports\n"
        "1,Vietnam,apparel,120,yes\n2,Vietnam,electronics,45,no\n3,Thailand,apparel,300,yes\n"
        "Notes:,,,,\n* Employees: full-time workers only,,,,\nSource: JustJobs Network,,,,\n",
        encoding="utf-8")
    table = _only(path)
    assert table.header_row == 1
    assert table.n_rows == 3
    assert table.data["employees"].tolist() == [120, 45, 300]
    assert _dropped_note(table) == ("Lines 5–7 look like notes under the table ('Notes:'); they "
                                    "were left out of the data.")


def test_kobo_label_header_export_keeps_labels_as_names(tmp_path):
    rows = [["start", "What is the name of the firm?", "How many people does the firm employ?",
             "Does the firm export directly?"],
            ["2023-03-01T09:00:00", "An Phat", 120, "Yes"],
            ["2023-03-01T10:30:00", "Binh Minh", 45, "No"],
            ["2023-03-02T08:15:00", "Cuong Thinh", 300, "Yes"]]
    table = _only(_xlsx(tmp_path / "kobo.xlsx", rows, title="Firms"))
    assert table.header_row == 1
    assert list(table.data.columns) == rows[0]
    assert table.variable_labels == {}
    assert table.n_rows == 3
    assert not any("header rows" in n or "question text" in n for n in table.notes)


def test_total_row_is_still_reported_above_the_notes(tmp_path):
    rows = [["ID", "Province", "Employees", "Women"], ["1", "Hanoi", 120, 60], ["2", "Hue", 45, 20],
            ["Total", "", 165, 80], ["Source: provincial survey office", "", "", ""]]
    table = _only(_xlsx(tmp_path / "total.xlsx", rows))
    assert table.n_rows == 3
    assert any("Sheet row 4 looks like a total row ('Total')" in n for n in table.notes)
    assert "Sheet row 5 looks like a note" in _dropped_note(table)


def test_preview_reads_the_same_header_and_drops_notes_only_when_it_sees_the_bottom(tmp_path):
    path = _xlsx(tmp_path / "dn.xlsx", _vn_rows())
    small = _only(path, max_rows=50)
    assert small.n_rows == 5
    assert "Sheet rows 9–10" in _dropped_note(small)
    top = _only(path, max_rows=2)
    assert list(top.data.columns) == CODES
    assert top.source_rows.tolist() == [3, 4]
    assert not any("under the table" in n for n in top.notes)
