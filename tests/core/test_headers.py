"""Header-row detection and column naming on raw grids (no files involved)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.io.headers import (
    HeaderLayout,
    assemble_table,
    cell_kind,
    column_names,
    detect_header,
    layout_with_header_at,
    make_unique,
    notes_row_kind,
    reader_note_code,
    table_from_grid,
    total_row_word,
)


def test_plain_header_in_first_row():
    layout = detect_header([["id", "age", "sector"], [1, 30, "apparel"], [2, 41, "electronics"]])
    assert (layout.header_index, layout.data_start, layout.label_index) == (0, 1, None)


def test_title_and_blank_rows_above_header_are_skipped():
    rows = [
        ["Firm survey 2023, Vietnam", "", ""],
        ["", "", ""],
        ["Source: JustJobs Network", "", ""],
        ["firm_id", "sector", "employees"],
        [1, "apparel", 120],
    ]
    layout = detect_header(rows)
    assert layout.header_index == 3
    assert layout.data_start == 4


def test_numbers_in_first_wide_row_mean_no_header():
    layout = detect_header([[1, 2], [3, 4], [5, 6]])
    assert layout.header_index is None
    assert layout.data_start == 0


def test_question_text_row_under_codes_becomes_labels():
    rows = [
        ["Q1", "Q2", "Q3"],
        ["Firm identifier number", "How many workers do you employ?", "Main sector of activity"],
        [1, 120, "apparel"],
    ]
    layout = detect_header(rows)
    assert layout.header_index == 0
    assert layout.label_index == 1
    assert layout.data_start == 2


def test_short_text_data_is_not_mistaken_for_labels():
    rows = [["name", "city"], ["An", "Hà Nội"], ["Binh", "Huế"]]
    assert detect_header(rows).label_index is None


def test_group_row_above_header_is_skipped_and_lower_row_names_columns():
    rows = [
        ["", "Firm", "", "Workers", ""],
        ["id", "sector", "size", "women", "men"],
        [1, "apparel", 3, 10, 5],
    ]
    layout = detect_header(rows)
    assert layout.header_index == 1
    assert layout.group_index == 0


def test_blank_names_become_column_n_by_sheet_column_and_duplicates_get_suffix():
    names = column_names(["id", "", "x", "x", None, "x_2"], 7, first_column=2)
    assert names == ["id", "column_3", "x", "x_3", "column_6", "x_2", "column_8"]


def test_make_unique_never_clashes():
    assert make_unique(["a", "a", "a_2"]) == ["a", "a_3", "a_2"]
    assert make_unique(["a", "a", "a"]) == ["a", "a_2", "a_3"]


def test_numeric_and_date_header_cells_become_readable_names():
    assert column_names([2019.0, dt.datetime(2020, 1, 1)], 2) == ["2019", "2020-01-01"]


def test_cell_kind_reads_numbers_in_text():
    assert cell_kind("1,234,567") == "number"
    assert cell_kind(" 1 234 ") == "number"
    assert cell_kind("Q1") == "text"
    assert cell_kind("#N/A") == "other"
    assert cell_kind("   ") == "blank"


def test_total_words_in_english_and_vietnamese():
    assert total_row_word(["Total", 5, 6]) == "Total"
    assert total_row_word(["", "Tổng cộng", 5]) == "Tổng cộng"
    assert total_row_word(["Tổng", 1]) == "Tổng"
    assert total_row_word(["SUM:", 1]) == "SUM:"
    assert total_row_word([1, "Total"]) is None
    assert total_row_word(["Totally different firm"]) is None


def test_table_from_grid_tracks_sheet_rows_and_drops_blank_rows_and_columns():
    grid = pd.DataFrame([
        ["Title", "", "", ""],
        ["id", "", "score", ""],
        [1, "", 2.5, ""],
        ["", "", "", ""],
        [2, "", 3.5, ""],
    ], dtype=object)
    table = table_from_grid("S", grid, row_offset=2, col_offset=1)
    assert table.header_row == 4
    assert list(table.data.columns) == ["id", "score"]
    assert table.source_rows.tolist() == [5, 7]
    assert table.sheet_row(1) == 7
    assert table.data["id"].tolist() == [1, 2]


# --- question text ABOVE a row of codes (Vietnamese team workbooks) ---------------------------------

VI_TEXT = ["Mã doanh nghiệp", "Tỉnh/Thành phố", "Có đầu tư máy móc mới không?",
           "Có xuất khẩu trực tiếp không?", "Số lao động toàn thời gian"]
VI_CODES = ["ID", "TINH", "B1", "B2", "B3"]
VI_DATA = [
    [101, "Hà Nội", "Có", "Không", 120],
    [102, "Huế", "Không", "Không", 45],
    [103, "Đà Nẵng", "Có", "Có", 300],
    [104, "Hà Nội", "Không", "Có", 80],
]


def _grid(rows):
    return pd.DataFrame(rows, dtype=object)


def test_question_text_above_codes_names_columns_from_the_code_row():
    layout = detect_header([VI_TEXT, VI_CODES, *VI_DATA])
    assert (layout.header_index, layout.label_index, layout.data_start) == (1, 0, 2)


def test_two_header_rows_give_code_names_text_labels_and_a_note():
    table = table_from_grid("DN", _grid([VI_TEXT, VI_CODES, *VI_DATA]))
    assert list(table.data.columns) == VI_CODES
    assert table.variable_labels["B1"] == "Có đầu tư máy móc mới không?"
    assert table.variable_labels["ID"] == "Mã doanh nghiệp"
    assert table.header_row == 2
    assert table.source_rows.tolist() == [3, 4, 5, 6]
    assert table.data["B1"].tolist() == ["Có", "Không", "Có", "Không"]  # no 'B1' value among them
    assert any("Sheet rows 1–2 are two header rows" in n for n in table.notes)
    assert not any("skipped as titles" in n for n in table.notes)


def test_mixed_two_header_rows_name_uncoded_columns_from_their_question_text():
    codes = ["ID", "", "B1", "B2", ""]
    table = table_from_grid("DN", _grid([VI_TEXT, codes, *VI_DATA]))
    assert list(table.data.columns) == ["ID", "Tỉnh/Thành phố", "B1", "B2",
                                        "Số lao động toàn thời gian"]
    assert "Tỉnh/Thành phố" not in table.variable_labels  # its label is its name
    assert table.variable_labels["B2"] == "Có xuất khẩu trực tiếp không?"
    assert table.n_rows == 4
    note = next(n for n in table.notes if "no short name" in n)
    assert "2 column(s) (B, E)" in note and "sheet row 2" in note


def test_code_row_fuller_than_the_text_row_still_takes_the_text_as_labels():
    text = ["", *VI_TEXT[1:]]  # no question text over the ID column
    layout = detect_header([text, VI_CODES, *VI_DATA])
    assert (layout.header_index, layout.label_index, layout.data_start) == (1, 0, 2)
    assert layout.group_index is None


def test_titles_above_two_header_rows_are_skipped_and_said_so():
    rows = [["Khảo sát doanh nghiệp 2023", "", "", "", ""], ["", "", "", "", ""],
            VI_TEXT, VI_CODES, *VI_DATA]
    table = table_from_grid("DN", _grid(rows))
    assert table.header_row == 4
    assert table.source_rows.tolist() == [5, 6, 7, 8]
    assert any("sheet row 4, under question text in sheet row 3" in n for n in table.notes)


def test_group_labels_over_question_text_over_codes():
    rows = [["", "Thông tin doanh nghiệp", "", "Đầu tư", ""], VI_TEXT, VI_CODES, *VI_DATA]
    layout = detect_header(rows, frozenset({0}))
    assert (layout.header_index, layout.label_index, layout.data_start) == (2, 1, 3)


def test_label_header_export_is_not_mistaken_for_text_over_codes():
    """Kobo's 'label header' export: the only header row is question labels."""
    with_numbers = [["What is the firm's name?", "How many workers?", "Sector of activity"],
                    ["An Phat", 120, "apparel"], ["Binh Minh", 30, "textiles"]]
    answers = [["Does the firm export?", "Did it invest in new machines?", "Sector of activity"],
               ["Yes", "No", "apparel"], ["No", "No", "textiles"]]
    short_text = [["Province of the firm", "Main production mode", "Sector of activity"],
                  ["Hanoi", "CMT", "apparel"], ["Hue", "FOB", "textiles"]]
    ids = [["Firm identification code", "Province of the firm", "Main production mode"],
           ["VN001", "Hanoi", "CMT"], ["VN002", "Hue", "FOB"], ["VN003", "Hue", "OEM"]]
    for rows in (with_numbers, answers, short_text, ids):
        layout = detect_header(rows)
        assert (layout.header_index, layout.label_index, layout.data_start) == (0, None, 1), rows


def test_code_that_recurs_in_its_column_is_data_not_a_name():
    rows = [VI_TEXT, ["A1", "TINH", "B1", "B2", "B3"],
            ["A1", "Huế", "B1", "B2", 1], ["A2", "Huế", "B2", "B1", 2]]
    assert detect_header(rows).header_index == 0


def test_merged_group_row_over_codes_is_not_taken_as_labels():
    rows = [["Thông tin chung về doanh nghiệp", "", "Đầu tư máy móc và thiết bị mới", "", ""],
            ["ID", "TINH", "B1", "B2", "B3"], *VI_DATA]
    layout = detect_header(rows, frozenset({0}))
    assert layout.header_index == 1
    assert layout.label_index is None


def test_forced_header_at_the_code_row_finds_the_text_row_above():
    rows = [VI_TEXT, VI_CODES, *VI_DATA]
    layout = layout_with_header_at(rows, 1)
    assert (layout.header_index, layout.label_index, layout.data_start) == (1, 0, 2)
    detected = table_from_grid("DN", _grid(rows))
    forced = table_from_grid("DN", _grid(rows), header_row=detected.header_row)
    assert list(forced.data.columns) == list(detected.data.columns)
    assert forced.variable_labels == detected.variable_labels
    assert forced.source_rows.tolist() == detected.source_rows.tolist()
    assert forced.notes == detected.notes


def test_forced_header_keeps_the_label_row_below_it():
    rows = [["Q1", "Q2", "Q3"],
            ["Firm identifier number", "How many workers do you employ?", "Main sector"],
            [1, 120, "apparel"]]
    layout = layout_with_header_at(rows, 0)
    assert (layout.label_index, layout.data_start) == (1, 2)


def test_first_codebook_entry_is_data_not_question_text():
    """A codebook sheet: 'ID' / 'Mã doanh nghiệp / Firm ID' is its first entry, not labels."""
    rows = [["Variable", "Question", "Code", "Label"],
            ["ID", "Mã doanh nghiệp / Firm ID", "", ""],
            ["Country", "Quốc gia / Country", 1, "Vietnam"],
            ["", "", 2, "Thailand"],
            ["Sector", "Ngành / Sector", 1, "Garment"]]
    table = table_from_grid("Codebook", _grid(rows))
    assert table.variable_labels == {}
    assert table.data["Variable"].tolist()[0] == "ID"
    assert table.n_rows == 4


def test_first_xlsform_question_is_data_not_question_text():
    rows = [["type", "name", "label:english"],
            ["select_one yes_no", "good_day", "Have you had a good day today?"]]
    layout = detect_header(rows)
    assert (layout.label_index, layout.data_start) == (None, 1)


# --- notes rows under the table -----------------------------------------------------------------------

def test_notes_row_kind():
    assert notes_row_kind(["Ghi chú: Có = có đầu tư", "", ""]) == "word"
    assert notes_row_kind(["Ghi chu: khong dau", "", ""]) == "word"
    assert notes_row_kind(["Nguồn: Tổng cục Thống kê"]) == "word"
    assert notes_row_kind(["", "Source: JustJobs Network", ""]) == "word"
    assert notes_row_kind(["Notes"]) == "word"
    assert notes_row_kind(["Prepared by the survey team"]) == "word"
    assert notes_row_kind(["* Excluding seasonal workers"]) == "word"
    assert notes_row_kind(["Data cleaned on 12 March", "by the team"]) == "text"
    assert notes_row_kind(["Notebook Co.", 12, "apparel"]) is None  # a firm: several cells
    assert notes_row_kind(["Note: see below", 5]) is None  # a number: data
    assert notes_row_kind(["Tổng cộng", "", ""]) is None  # a total row is reported, not dropped
    assert notes_row_kind(["", ""]) is None


def _notes_table(tail, header=("ID", "sector", "size", "export", "women")):
    rows = [list(header),
            [1, "apparel", 120, "Có", 50],
            [2, "textiles", 45, "Không", 20],
            [3, "electronics", 300, "Có", 100],
            *tail]
    return table_from_grid("DN", _grid(rows), row_offset=2)


def test_notes_rows_under_the_table_are_dropped_with_a_note():
    table = _notes_table([["", "", "", "", ""],
                          ["Ghi chú: số liệu đã làm sạch ngày 12/03/2023.", "", "", "", ""],
                          ["Nguồn: Khảo sát doanh nghiệp 2023", "", "", "", ""]])
    assert table.n_rows == 3
    assert table.source_rows.tolist() == [4, 5, 6]
    assert ("Sheet rows 8–9 look like notes under the table ('Ghi chú: số liệu đã làm sạch "
            "ngày 12/03/2023.'); they were left out of the data.") in table.notes


def test_one_english_note_and_a_footnote_with_blank_rows_between():
    table = _notes_table([["Source: JustJobs Network firm survey", "", "", "", ""],
                          ["", "", "", "", ""],
                          ["* Women: full-time only", "", "", "", ""]])
    assert table.n_rows == 3
    assert any("Sheet rows 7, 9 look like notes under the table ('Source: JustJobs" in n
               for n in table.notes)
    single = _notes_table([["Note: figures are for 2023", "", "", "", ""]])
    assert ("Sheet row 7 looks like a note under the table ('Note: figures are for 2023'); it "
            "was left out of the data.") in single.notes


def test_plain_sentence_in_the_first_column_of_a_wide_table_is_a_note():
    table = _notes_table([["Data were collected in March 2023 by the provincial team", "", "",
                           "", ""]])
    assert table.n_rows == 3
    long_text = _notes_table([["", "All firms in the sample were visited twice in 2023",
                               "", "", ""]], header=("name", "sector", "size", "export", "w"))
    assert long_text.n_rows == 3


def test_rows_that_look_like_data_are_never_dropped():
    kept = [
        ["Note Co.", "apparel", 12, "Có", 5],  # a firm whose name starts with a notes word
        [4, "", "", "", ""],  # a firm with only its ID
        ["refused", "", "", "", ""],  # one word in the ID column
        ["An Phat", "Ha Noi", "", "", ""],  # short text like the data
    ]
    for row in kept:
        table = _notes_table([row])
        assert table.n_rows == 4, row
        assert not any("notes under" in n or "note under" in n for n in table.notes)


def test_a_note_in_the_middle_of_the_data_stays():
    table = _notes_table([["Ghi chú: doanh nghiệp mới", "", "", "", ""],
                          [4, "apparel", 10, "Có", 2]])
    assert table.n_rows == 5


def test_narrow_table_keeps_plain_text_rows_but_drops_notes_words():
    rows = [["id", "name"], [1, "An Phat"], [2, "Binh Minh"],
            ["Some text that is a long sentence here", ""]]
    assert table_from_grid("S", _grid(rows)).n_rows == 3
    rows[-1] = ["Nguồn: Sở Công Thương", ""]
    assert table_from_grid("S", _grid(rows)).n_rows == 2


def test_total_row_above_notes_is_kept_and_reported():
    table = _notes_table([["Tổng cộng", "", 465, "", 170],
                          ["Ghi chú: tổng theo cột", "", "", "", ""]])
    assert table.n_rows == 4
    assert any("looks like a total row ('Tổng cộng')" in n for n in table.notes)
    assert any("Sheet row 8 looks like a note" in n for n in table.notes)


def test_a_table_of_only_notes_like_rows_is_left_alone():
    rows = [["a", "b", "c", "d"], ["Ghi chú: một", "", "", ""], ["Ghi chú: hai", "", "", ""]]
    assert table_from_grid("S", _grid(rows)).n_rows == 2


def test_notes_rows_dropped_from_typed_columns_too():
    """The big-sheet path hands assemble_table typed columns (fastexcel), not raw cells."""
    head = [["ID", "sector", "size", "export", "women"]]
    body = pd.DataFrame({0: ["A1", "A2", "Ghi chú: xem phụ lục"],
                         1: ["apparel", "textiles", None],
                         2: [120.0, 45.0, float("nan")],
                         3: ["Có", "Không", None], 4: [5.0, 2.0, float("nan")]})
    table = assemble_table("S", head, HeaderLayout(header_index=0, data_start=1), body)
    assert table.n_rows == 2
    assert any("Sheet row 4 looks like a note" in n for n in table.notes)


def test_csv_notes_are_worded_as_lines():
    table = table_from_grid("f", _grid([["id", "a", "b", "c"], ["1", "x", "2", "3"],
                                         ["2", "y", "4", "5"], ["Source: survey", "", "", ""]]),
                            where="Line")
    assert "Line 4 looks like a note under the table ('Source: survey'); it was left out of " \
           "the data." in table.notes


def test_reader_note_codes_tell_dropped_notes_and_joined_header_rows_apart():
    rows = [VI_TEXT, VI_CODES, *VI_DATA, ["Ghi chú: một", "", "", "", ""],
            ["Nguồn: hai", "", "", "", ""]]
    codes = {reader_note_code(n) for n in table_from_grid("DN", _grid(rows)).notes}
    assert codes == {"header_rows_joined", "notes_dropped"}
    one = _notes_table([["Source: survey office", "", "", "", ""]])
    assert [reader_note_code(n) for n in one.notes] == ["notes_dropped"]
    assert reader_note_code("The sheet is empty.") == "reader_note"


def test_a_title_with_a_delimiter_then_a_blank_line_is_not_taken_for_the_column_names():
    """'Firm survey; Vietnam 2024', a blank line, then the names: the title split in two fields
    used to be the header, the names became a data row and the country role took 'Vietnam 2024'."""
    title = ["Firm survey", " Vietnam 2024", "", ""]
    names = ["firm_id", "country", "sector", "employees"]
    data = [["F1", "Vietnam", "apparel", 120], ["F2", "Thailand", "electronics", 300]]
    layout = detect_header([title, ["", "", "", ""], names, *data])
    assert (layout.header_index, layout.data_start) == (2, 3)
    table = table_from_grid("title", _grid([title, ["", "", "", ""], names, *data]))
    assert list(table.data.columns) == names
    assert table.data["firm_id"].tolist() == ["F1", "F2"]
    assert any("skipped as titles" in n for n in table.notes)


def test_a_real_header_over_a_blank_line_and_data_stays_the_header():
    names = ["firm_id", "country", "sector", "employees"]
    data = [["F1", "Vietnam", "apparel", 120], ["F2", "Thailand", "electronics", 300]]
    layout = detect_header([names, ["", "", "", ""], *data])
    assert (layout.header_index, layout.data_start) == (0, 1)


def test_blank_rows_are_rows_of_missing_markers_and_empty_text_only():
    """Every kind of empty a reader gives (None, NaN, pd.NA, NaT, "") in object, float and
    Arrow string columns; a space, a zero or False is a value."""
    import numpy as np
    import pandas as pd

    from core.io.headers import _blank_rows

    grid = pd.DataFrame({
        "obj": pd.Series(["x", "", None, np.nan, " ", pd.NA, "", 0], dtype=object),
        "num": [np.nan, np.nan, np.nan, np.nan, np.nan, np.nan, 0.0, np.nan],
        "arrow": pd.array(["", None, "", None, None, "", None, None], dtype="string[pyarrow]"),
        "when": pd.Series([pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.NaT]),
        "flag": pd.Series([None, None, None, None, None, None, None, False], dtype=object),
    })
    assert _blank_rows(grid).tolist() == [False, True, True, True, False, True, False, False]
    assert _blank_rows(grid.iloc[:, :0]).tolist() == [True] * 8
