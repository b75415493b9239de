"""Header-row detection and column naming on raw grids (no files involved)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.io.headers import (
    cell_kind,
    column_names,
    detect_header,
    make_unique,
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
