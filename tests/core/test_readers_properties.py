"""Property tests: what pandas/pyreadstat write, read_source reads back; bad bytes never crash.

Tables are small and random: an integer ID column (never missing, so no row is blank), integers,
floats and text (including Vietnamese) with missing values. Text is short and never looks like a
number, a date, a total, an Excel error or question text, so the header and type rules have one
right answer. Equality is modulo dtype widening (ints may come back as floats, missing text as "").
"""

from __future__ import annotations

import contextlib
import math
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pyreadstat
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.common.errors import FileRefusedError
from core.io.readers import read_source

LETTERS = "abcdefghijklmnopqrstuvwxyzăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹABCĐHNQ"
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

words = st.text(alphabet=LETTERS, min_size=1, max_size=8).filter(
    lambda w: w.lower() not in {"total", "totals", "sum", "tổng", "cộng"})
maybe_int = st.one_of(st.none(), st.integers(-10**6, 10**6))
maybe_float = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False).map(
    lambda x: round(x, 6)))
maybe_text = st.one_of(st.none(), words)


@st.composite
def tables(draw) -> pd.DataFrame:
    n = draw(st.integers(1, 12))
    columns = {"fid": draw(st.lists(st.integers(1, 10**6), min_size=n, max_size=n))}
    for i, kind in enumerate(draw(st.lists(st.sampled_from(["int", "float", "text"]),
                                           min_size=1, max_size=4))):
        strategy = {"int": maybe_int, "float": maybe_float, "text": maybe_text}[kind]
        columns[f"{kind}{i}"] = draw(st.lists(strategy, min_size=n, max_size=n))
    return pd.DataFrame(columns)


def _cell(value):
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return str(value)


def _assert_same(original: pd.DataFrame, read: pd.DataFrame) -> None:
    assert list(read.columns) == list(original.columns)
    assert len(read) == len(original)
    for col in original.columns:
        want = [_cell(v) for v in original[col].astype(object)]
        got = [_cell(v) for v in read[col].astype(object)]
        assert got == want, col


def _to_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns typed as the writers expect: nullable ints as float, text as object."""
    out = frame.copy()
    for col in out.columns:
        if col.startswith(("int", "float")):
            out[col] = pd.to_numeric(out[col]).astype("float64")
    return out


@SETTINGS
@given(tables())
def test_csv_round_trip(frame):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        _to_frame(frame).to_csv(path, index=False)
        _assert_same(frame, read_source(path).tables[0].data)


@SETTINGS
@given(tables())
def test_xlsx_round_trip(frame):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.xlsx"
        _to_frame(frame).to_excel(path, index=False, engine="openpyxl")
        _assert_same(frame, read_source(path).tables[0].data)


@SETTINGS
@given(tables())
def test_ods_round_trip(frame):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.ods"
        _to_frame(frame).to_excel(path, index=False, engine="odf")
        _assert_same(frame, read_source(path).tables[0].data)


@SETTINGS
@given(tables())
def test_stata_round_trip(frame):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.dta"
        typed = _to_frame(frame)
        for col in typed.columns:
            if col.startswith("text"):
                typed[col] = typed[col].fillna("")
        typed.to_stata(path, write_index=False, version=118)
        _assert_same(frame, read_source(path).tables[0].data)


@SETTINGS
@given(tables())
def test_spss_round_trip(frame):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.sav"
        typed = _to_frame(frame)
        typed["fid"] = typed["fid"].astype("float64")
        pyreadstat.write_sav(typed, str(path))
        _assert_same(frame, read_source(path).tables[0].data)


# --- hostile input -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def valid_xlsx_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.xlsx"
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["id", "name", "wage"])
        for i in range(40):
            ws.append([i, f"worker {i}", i * 1.5])
        wb.save(path)
        return path.read_bytes()


EXTENSIONS = ["xlsx", "xls", "ods", "csv", "dta", "sav", "txt", "xlsb"]


@SETTINGS
@given(st.binary(min_size=0, max_size=2048), st.sampled_from(EXTENSIONS))
def test_random_bytes_load_or_refuse(data, ext):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"r.{ext}"
        path.write_bytes(data)
        with contextlib.suppress(FileRefusedError):
            read_source(path)


@SETTINGS
@given(st.data())
def test_truncated_or_corrupted_xlsx_load_or_refuse(valid_xlsx_bytes, data):
    raw = bytearray(valid_xlsx_bytes)
    cut = data.draw(st.integers(0, len(raw)))
    raw = raw[:cut]
    for _ in range(data.draw(st.integers(0, 3))):
        if raw:
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] = data.draw(st.integers(0, 255))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.xlsx"
        path.write_bytes(bytes(raw))
        with contextlib.suppress(FileRefusedError):
            read_source(path)


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.jpg", b"\xff\xd8")
    with pytest.raises(FileRefusedError):
        read_source(path)
