"""read_source on delimited text (encodings, delimiters, decimal commas) and Stata/SPSS files."""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd
import pyreadstat
import pytest

from core.common.errors import FileRefusedError
from core.io.readers import read_source
from core.io.text_tables import decode_text, sniff_delimiter, type_column

# --- text files --------------------------------------------------------------------------------------


def _read_one(path):
    source = read_source(path)
    assert len(source.tables) == 1
    return source, source.tables[0]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path, delimiter):
    path = tmp_path / "d.csv"
    path.write_text(delimiter.join(["id", "sector", "wage"]) + "\n"
                    + delimiter.join(["1", "apparel", "5.5"]) + "\n"
                    + delimiter.join(["2", "electronics", "6.25"]) + "\n", encoding="utf-8")
    source, table = _read_one(path)
    assert source.kind == "csv"
    assert list(table.data.columns) == ["id", "sector", "wage"]
    assert table.data["wage"].tolist() == [5.5, 6.25]
    assert table.header_row == 1
    assert table.source_rows.tolist() == [2, 3]


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes("tỉnh,số\nHà Nội,1\n".encode("utf-8-sig"))
    _, table = _read_one(path)
    assert list(table.data.columns) == ["tỉnh", "số"]


def test_excel_unicode_text_utf16_tab(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes("\ufeffid\ttỉnh\n1\tĐà Nẵng\n2\tHuế\n".encode("utf-16-le"))
    _, table = _read_one(path)
    assert table.data["tỉnh"].tolist() == ["Đà Nẵng", "Huế"]
    assert table.data["id"].tolist() == [1, 2]


def test_cp1252(tmp_path):
    path = tmp_path / "w.csv"
    path.write_bytes("name;city\nJosé;São Paulo\n".encode("cp1252"))
    source, table = _read_one(path)
    assert table.data["city"].tolist() == ["São Paulo"]
    assert any("1252" in n for n in source.notes)


def test_cp1258_vietnamese(tmp_path):
    path = tmp_path / "v.csv"
    text = "tỉnh,ngành\nHà Nội,may mặc\nThành phố Hồ Chí Minh,điện tử\n"
    path.write_bytes(_encode_cp1258(text))
    source, table = _read_one(path)
    assert table.data["tỉnh"].tolist() == ["Hà Nội", "Thành phố Hồ Chí Minh"]
    assert table.data["ngành"].tolist() == ["may mặc", "điện tử"]
    assert any("1258" in n for n in source.notes)


def _encode_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters it has, then a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in decomposed if c in tones)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def test_windows_874_thai(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("จังหวัด,จำนวน\nกรุงเทพมหานคร,12\nชลบุรี,7\n".encode("cp874"))
    source, table = _read_one(path)
    assert table.data["จังหวัด"].tolist() == ["กรุงเทพมหานคร", "ชลบุรี"]
    assert any("874" in n for n in source.notes)


def test_decimal_comma_with_semicolons(tmp_path):
    path = tmp_path / "dc.csv"
    path.write_text("id;revenue;share\n1;1.234,5;0,25\n2;12,75;0,5\n3;1.000.000;1\n",
                    encoding="utf-8")
    source, table = _read_one(path)
    assert table.data["revenue"].tolist() == [1234.5, 12.75, 1_000_000.0]
    assert table.data["share"].tolist() == [0.25, 0.5, 1.0]
    assert any("decimal comma" in n for n in source.notes)


def test_thousands_separators_and_leading_zeros_in_csv(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text('id,revenue,workers\n007,"1,234,567",1 234\n010,"2,500",12\n',
                    encoding="utf-8")
    _, table = _read_one(path)
    assert table.data["id"].tolist() == ["007", "010"]
    assert table.data["revenue"].tolist() == [1234567, 2500]
    assert table.data["workers"].tolist() == [1234, 12]


def test_title_line_above_csv_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Worker survey export\n\nid,wage\n1,3\n2,4\n", encoding="utf-8")
    _, table = _read_one(path)
    assert table.header_row == 3
    assert table.data["wage"].tolist() == [3, 4]


def test_megabyte_cell_in_csv(tmp_path):
    big = "y" * 1_500_000
    path = tmp_path / "big.csv"
    path.write_text(f"id,text\n1,{big}\n2,short\n", encoding="utf-8")
    _, table = _read_one(path)
    assert table.data["text"].iloc[0] == big


def test_csv_saved_with_xlsx_name_is_read_as_csv_with_note(tmp_path):
    path = tmp_path / "survey.xlsx"
    path.write_text("id,sector\n1,apparel\n2,electronics\n", encoding="utf-8")
    source, table = _read_one(path)
    assert source.kind == "csv"
    assert table.n_rows == 2
    assert any("plain text" in n for n in source.notes)


def test_plain_message_with_spreadsheet_name_is_refused(tmp_path):
    path = tmp_path / "report.xls"
    path.write_text("Attachment f:\\report.xls not found!", encoding="ascii")
    with pytest.raises(FileRefusedError, match="not a spreadsheet"):
        read_source(path)


def test_csv_max_rows(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("id\n" + "\n".join(str(i) for i in range(1000)) + "\n", encoding="utf-8")
    table = read_source(path, max_rows=10).tables[0]
    assert table.data["id"].tolist() == list(range(10))


def test_sniff_delimiter_prefers_consistent_split():
    assert sniff_delimiter(["a;b;c", "1,5;2;3", "4;5;6"]) == ";"
    assert sniff_delimiter(["a,b", "1,2"]) == ","
    assert sniff_delimiter(["just one column", "still one"]) == ","


def test_decode_text_falls_back_without_crashing():
    text, encoding = decode_text(b"\x81\x8d\x8f\x90\x9d abc")
    assert "abc" in text and encoding


def test_type_column_mixed_and_errors():
    typed = type_column(pd.Series(["1", "#N/A", "", "2,000", None], dtype=object))
    assert typed.n_errors == 1
    assert typed.values.iloc[0] == 1 and typed.values.iloc[3] == 2000
    assert typed.values.iloc[[1, 2, 4]].isna().all()


def test_type_column_iso_dates_in_text():
    typed = type_column(pd.Series(["2023-01-05", "2023-02-01 10:30:00"], dtype=object))
    assert pd.api.types.is_datetime64_any_dtype(typed.values)


# --- Stata and SPSS ----------------------------------------------------------------------------------


def test_sav_user_missing_values_and_ranges_are_declared_and_codes_kept(tmp_path):
    frame = pd.DataFrame({"q1": [1.0, 2.0, 98.0, 99.0, -9.0], "name": list("abcde")})
    path = tmp_path / "s.sav"
    pyreadstat.write_sav(
        frame, str(path),
        column_labels={"q1": "Did the firm buy new machinery?", "name": "Respondent"},
        variable_value_labels={"q1": {1.0: "yes", 2.0: "no", 98.0: "don't know"}},
        missing_ranges={"q1": [{"lo": 98.0, "hi": 99.0}, -9.0]},
    )
    source = read_source(path)
    assert source.kind == "sav"
    table = source.tables[0]
    assert table.name == "s"
    assert table.header_row is None
    assert table.data["q1"].tolist() == [1.0, 2.0, 98.0, 99.0, -9.0]
    assert table.missing_ranges["q1"] == [(98.0, 99.0)]
    assert table.missing_values["q1"] == [-9.0]
    assert table.variable_labels["q1"] == "Did the firm buy new machinery?"
    assert table.value_labels["q1"][98.0] == "don't know"
    assert table.sheet_row(0) == 1


def test_zsav(tmp_path):
    path = tmp_path / "z.zsav"
    pyreadstat.write_sav(pd.DataFrame({"x": [1.0, 2.0]}), str(path), compress=True)
    source = read_source(path)
    assert source.kind == "zsav"
    assert source.tables[0].data["x"].tolist() == [1.0, 2.0]


def test_dta_value_labels_even_when_not_unique(tmp_path):
    frame = pd.DataFrame({"sector": [1, 2, 3, 1], "wage": [3.5, 4.0, np.nan, 5.0]})
    path = tmp_path / "d.dta"
    pyreadstat.write_dta(
        frame, str(path),
        column_labels=["Main sector", "Monthly wage"],
        variable_value_labels={"sector": {1: "apparel", 2: "apparel", 3: "electronics"}},
    )
    source = read_source(path)
    assert source.kind == "dta"
    table = source.tables[0]
    assert table.data["sector"].tolist() == [1, 2, 3, 1]
    assert table.value_labels["sector"] == {1: "apparel", 2: "apparel", 3: "electronics"}
    assert table.variable_labels == {"sector": "Main sector", "wage": "Monthly wage"}


def test_stat_file_max_rows(tmp_path):
    path = tmp_path / "big.sav"
    pyreadstat.write_sav(pd.DataFrame({"x": np.arange(100.0)}), str(path))
    assert read_source(path, max_rows=7).tables[0].n_rows == 7


def test_damaged_sav_is_refused(tmp_path):
    good = tmp_path / "g.sav"
    pyreadstat.write_sav(pd.DataFrame({"x": np.arange(1000.0)}), str(good))
    cut = tmp_path / "cut.sav"
    cut.write_bytes(good.read_bytes()[:300])
    with pytest.raises(FileRefusedError, match="SPSS"):
        read_source(cut)


def test_stata_fallback_to_pandas_keeps_codes_and_labels(tmp_path, monkeypatch):
    frame = pd.DataFrame({"sector": [1, 2, 3]})
    path = tmp_path / "old.dta"
    pyreadstat.write_dta(frame, str(path), column_labels=["Main sector"],
                         variable_value_labels={"sector": {1: "apparel", 2: "apparel"}})

    def refuse(*_args, **_kwargs):
        raise pyreadstat.ReadstatError("unsupported file version")

    monkeypatch.setattr(pyreadstat, "read_dta", refuse)
    table = read_source(path).tables[0]
    assert table.data["sector"].tolist() == [1, 2, 3]
    assert table.value_labels["sector"] == {1: "apparel", 2: "apparel"}
    assert table.variable_labels == {"sector": "Main sector"}
