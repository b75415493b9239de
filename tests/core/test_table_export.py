"""Export of the rows a table shows: labels, order, and never a formula."""

from __future__ import annotations

import csv

import numpy as np
import openpyxl
import pandas as pd
import pytest

from core.common.errors import UserFacingError
from core.export.table_export import FORMULA_STARTS, export_frame, export_table

DANGEROUS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"]


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": ["F1", "F2", "F3"],
        "sector": [1, 2, 1],
        "note": ["=1+1", "plain", None],
        "pay": [1500.0, np.nan, -3.5],
        "ok": pd.array([True, None, False], dtype="boolean"),
    })


def test_rows_in_display_order_chosen_columns_and_labels(frame):
    out = export_frame(frame, rows=[2, 0], columns=["id", "sector"],
                       value_labels={"sector": {1: "Apparel", 2: "Electronics"}})
    assert out.to_dict("list") == {"id": ["F3", "F1"], "sector": ["Apparel", "Apparel"]}


def test_xlsx_text_is_never_a_formula(tmp_path):
    data = pd.DataFrame({"answer": DANGEROUS, "n": range(len(DANGEROUS))})
    path = tmp_path / "rows.xlsx"
    assert export_table(data, path) == len(DANGEROUS)
    ws = openpyxl.load_workbook(path).active
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells)  # a string cell, not "f" (formula)
    # (a leading CR comes back as LF: XML normalises line ends; it is still text)
    assert [c.value for c in cells if not c.value[0].isspace()] == \
        [v for v in DANGEROUS if not v[0].isspace()]
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ["answer", "n"]


def test_csv_prefixes_formula_starts_and_keeps_numbers(tmp_path, frame):
    path = tmp_path / "rows.csv"
    export_table(frame, path, rows=[0, 1, 2], value_labels={"sector": {1: "Apparel"}})
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["id", "sector", "note", "pay", "ok"]
    assert rows[1] == ["F1", "Apparel", "'=1+1", "1500", "yes"]
    assert rows[2] == ["F2", "2", "plain", "", ""]
    assert rows[3] == ["F3", "Apparel", "", "-3.5", "no"]  # a negative number stays a number
    for start in FORMULA_STARTS:
        data = pd.DataFrame({"t": [start + "x"]})
        export_table(data, path)
        with open(path, encoding="utf-8-sig", newline="") as fh:
            assert list(csv.reader(fh))[1][0].startswith("'")


def test_vietnamese_text_round_trips_in_both_formats(tmp_path):
    data = pd.DataFrame({"ngành": ["May mặc", "Điện tử"]})
    export_table(data, tmp_path / "v.xlsx")
    export_table(data, tmp_path / "v.csv")
    ws = openpyxl.load_workbook(tmp_path / "v.xlsx").active
    assert [c.value for c in ws["A"]] == ["ngành", "May mặc", "Điện tử"]
    assert (tmp_path / "v.csv").read_text(encoding="utf-8-sig").splitlines()[2] == "Điện tử"


def test_unknown_suffix_is_refused_in_plain_words(tmp_path, frame):
    with pytest.raises(UserFacingError, match=r"xlsx or \.csv"):
        export_table(frame, tmp_path / "rows.pdf")
    assert not (tmp_path / "rows.pdf").exists()


def test_csv_keeps_text_that_is_a_plain_number_and_prefixes_formula_like_text(tmp_path):
    data = pd.DataFrame({"t": ["-5", "+84", "-1.5e3", "-2+3", "+cmd|' /C calc'!A0", "@SUM(1)",
                               "=HYPERLINK(\"x\")", "\t=1", "12-3"]})
    path = tmp_path / "t.csv"
    export_table(data, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = [r[0] for r in list(csv.reader(fh))[1:]]
    assert cells == ["-5", "+84", "-1.5e3", "'-2+3", "'+cmd|' /C calc'!A0", "'@SUM(1)",
                     "'=HYPERLINK(\"x\")", "'\t=1", "12-3"]


@pytest.mark.parametrize("text", ["=1+1", "\n=1+1", " =1+1", "\uff1d1+1", "@SUM(A1)",
                                  "-2+3", "+cmd|' /C calc'!A0", "\t=1"])
def test_formulas_in_any_disguise_are_neutralised(text):
    from core.export.table_export import neutralise_spreadsheet_text
    assert neutralise_spreadsheet_text(text) == "'" + text


@pytest.mark.parametrize("text", ["-3.5", "+898,383", "-1 234", "12 %", "-7%", "1e-05", "F001",
                                  "\u22127 %", ""])
def test_numbers_as_shown_and_plain_text_stay_as_they_are(text):
    from core.export.table_export import neutralise_spreadsheet_text
    assert neutralise_spreadsheet_text(text) == text
