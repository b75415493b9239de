"""Text into typed values: delimited text files, and text cells that are really numbers or dates.

Two jobs that share one set of rules about what text means:

- :func:`read_text_grid` decodes a csv/tsv/txt file (UTF-8 with or without BOM, Excel's UTF-16
  "Unicode text", Windows-1252, Vietnamese Windows-1258, Thai Windows-874), finds the delimiter
  (``,`` ``;`` tab ``|``) and whether decimals use a comma, and returns the raw grid of strings.
- :func:`type_column` turns one column of raw cells (from any reader) into a typed pandas Series:
  numbers stored as text with thousands separators become numbers, but a column whose text has
  leading zeros (``007``) stays text because it is an identifier; ISO dates become dates; Excel
  error values (``#N/A``, ``#DIV/0!``) become missing and are counted so the reader can say so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

EXCEL_ERRORS = frozenset({
    "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#N/A!",
})
DELIMITERS = (",", ";", "\t", "|")
SAMPLE_LINES = 200

_PLAIN = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_LEADING_ZERO = r"[+-]?0\d+"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_SPACES = "[ \u00a0\u202f]"


@dataclass
class TypedColumn:
    """A typed column plus what was noticed while typing it."""

    values: pd.Series
    n_errors: int = 0
    error_kinds: list[str] = field(default_factory=list)


# --- typing cells -----------------------------------------------------------------------------------

def _number_patterns(decimal_comma: bool) -> list[tuple[str, str, str]]:
    """(regex, thousands separator to remove, decimal mark) for numbers written as text."""
    if decimal_comma:
        return [
            (r"[+-]?\d+(?:,\d+)?", "", ","),
            (r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", ".", ","),
            (rf"[+-]?\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:,\d+)?", "space", ","),
            (r"[+-]?\d+\.\d+", "", "."),
        ]
    return [
        (_PLAIN, "", "."),
        (r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", ",", "."),
        (r"[+-]?\d{1,3}(?:\.\d{3}){2,}", ".", ","),
        (rf"[+-]?\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:\.\d+)?", "space", "."),
    ]


def _arrow(text: pd.Series) -> pa.Array:
    return pa.array(text.to_numpy(dtype=object), type=pa.large_string())


def _matches(arr: pa.Array, pattern: str) -> np.ndarray:
    """Whole-string regex match, vectorised in Arrow (RE2): a bool array."""
    if len(arr) == 0:
        return np.zeros(0, dtype=bool)
    hit = pc.match_substring_regex(arr, f"^(?:{pattern})$")
    return hit.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)


def _any_match(text: pd.Series, pattern: str) -> bool:
    return bool(_matches(_arrow(text), pattern).any())


def _all_match(text: pd.Series, pattern: str) -> bool:
    return bool(_matches(_arrow(text), pattern).all())


def _to_numbers(arr: pa.Array, thousands: str, decimal: str) -> np.ndarray:
    if thousands == "space":
        arr = pc.replace_substring_regex(arr, _SPACES, "")
    elif thousands:
        arr = pc.replace_substring(arr, thousands, "")
    if decimal == ",":
        arr = pc.replace_substring(arr, ",", ".")
    arr = pc.utf8_ltrim(arr, characters="+")
    try:
        return pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pd.to_numeric(arr.to_numpy(zero_copy_only=False), errors="coerce").astype(
            "float64")


def _parse_number_text(text: pd.Series, decimal_comma: bool) -> pd.Series | None:
    """Numbers for every entry of ``text`` (stripped strings), or None if any is not a number."""
    found = _find_numbers(text, decimal_comma)
    if len(found) < len(text):
        return None
    return found


def _find_numbers(text: pd.Series, decimal_comma: bool) -> pd.Series:
    """The entries of ``text`` that spell numbers, as float64 (the others left out)."""
    arr = _arrow(text)
    result = np.full(len(arr), np.nan)
    remaining = np.ones(len(arr), dtype=bool)
    for pattern, thousands, decimal in _number_patterns(decimal_comma):
        if not remaining.any():
            break
        hit = _matches(arr, pattern) & remaining
        if not hit.any():
            continue
        result[hit] = _to_numbers(arr.filter(pa.array(hit)), thousands, decimal)
        remaining &= ~hit
    done = ~remaining
    return pd.Series(result[done], index=text.index[done], dtype="float64")


def _finish_numbers(numbers: pd.Series) -> pd.Series:
    """int64 when every value is a whole number and none is missing, else float64."""
    values = numbers.astype("float64")
    if len(values) and not values.isna().any():
        arr = values.to_numpy()
        if np.all(np.isfinite(arr)) and np.all(arr == np.round(arr)) and np.all(
                np.abs(arr) < 2**53):
            return pd.Series(arr.astype("int64"), index=values.index)
    return values


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def type_column(raw: pd.Series, *, decimal_comma: bool = False) -> TypedColumn:
    """Type one column of raw cells (object or str Series); blanks and Excel errors → missing."""
    raw = raw.reset_index(drop=True)
    n = len(raw)
    out = TypedColumn(pd.Series(np.nan, index=raw.index, dtype="float64"))
    if n == 0:
        return out
    if pd.api.types.is_bool_dtype(raw.dtype):
        out.values = raw
        return out
    if pd.api.types.is_numeric_dtype(raw.dtype):
        out.values = _finish_numbers(raw)
        return out
    if pd.api.types.is_datetime64_any_dtype(raw.dtype):
        out.values = raw
        return out
    if pd.api.types.is_string_dtype(raw.dtype) and raw.dtype != object:
        is_str = raw.notna()
    else:
        raw = raw.astype(object)
        is_str = raw.map(lambda v: type(v) is str).astype(bool)
    original = raw[is_str].astype(str)
    text = original.str.strip()
    blank_text = text == ""
    errors = text.isin(EXCEL_ERRORS)
    if errors.any():
        out.n_errors = int(errors.sum())
        out.error_kinds = sorted(set(text[errors]))
    text = text[~blank_text & ~errors]
    other = raw[~is_str & raw.notna()]
    other = other[~other.map(lambda v: isinstance(v, float) and np.isnan(v))]
    other_types = set(other.map(type))
    if not len(text) and not len(other):
        return out
    if len(text):
        if _any_match(text, _LEADING_ZERO):
            return _text_column(raw.index, original[text.index], other, out)
        parsed = _parse_number_text(text, decimal_comma)
        if parsed is not None and other_types <= {int, float}:
            numbers = pd.Series(np.nan, index=raw.index, dtype="float64")
            numbers[parsed.index] = parsed
            if len(other):
                numbers[other.index] = other.astype("float64")
            out.values = _finish_numbers(numbers)
            return out
        if not len(other) and _all_match(text, _ISO_DATE):
            dates = pd.to_datetime(text, errors="coerce", format="ISO8601")
            if dates.notna().all():
                full = pd.Series(pd.NaT, index=raw.index, dtype=dates.dtype)
                full[dates.index] = dates
                out.values = full
                return out
        if parsed is None and not len(other):
            return _text_column(raw.index, original[text.index], other, out)
        # Mixed: numbers stay numbers (numeric text converted), other text stays text.
        values = pd.Series(None, index=raw.index, dtype=object)
        values[text.index] = original[text.index]
        if parsed is not None:
            values[parsed.index] = parsed.astype(object)
        else:
            numeric = _find_numbers(text, decimal_comma)
            values[numeric.index] = numeric.astype(object)
        if len(other):
            values[other.index] = other
        out.values = values
        return out
    if other_types <= {int, float}:
        numbers = pd.Series(np.nan, index=raw.index, dtype="float64")
        numbers[other.index] = other.astype("float64")
        out.values = _finish_numbers(numbers)
    elif other_types <= {bool}:
        if len(other) == n:
            out.values = other.astype(bool).reindex(raw.index)
        else:
            values = pd.Series(pd.NA, index=raw.index, dtype="boolean")
            values[other.index] = other.astype(bool)
            out.values = values
    elif other_types <= {dt.datetime, dt.date, pd.Timestamp}:
        dates = pd.to_datetime(other, errors="coerce")
        if dates.notna().all():
            full = pd.Series(pd.NaT, index=raw.index, dtype=dates.dtype)
            full[dates.index] = dates
            out.values = full
        else:
            out.values = _object_column(raw.index, other)
    else:
        out.values = _object_column(raw.index, other)
    return out


def _object_column(index: pd.Index, other: pd.Series) -> pd.Series:
    values = pd.Series(None, index=index, dtype=object)
    values[other.index] = other
    return values


def _text_column(index: pd.Index, text: pd.Series, other: pd.Series,
                 out: TypedColumn) -> TypedColumn:
    values = pd.Series(None, index=index, dtype=object)
    values[text.index] = text
    if len(other):
        values[other.index] = other.map(_as_text)
    out.values = values.astype("str")
    return out


# --- decoding text files ----------------------------------------------------------------------------

_VN_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aeiouyAEIOUYâêôơưăÂÊÔƠƯĂ")


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for a text file in one of the encodings survey tools write."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (with BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        # A file cut mid-character still counts as UTF-8 when the rest decodes.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data.decode("utf-8", errors="replace"), "UTF-8"
    thai = data.decode("cp874", errors="replace")
    if _plausible_thai(thai):
        return thai, "Windows-874 (Thai)"
    viet = data.decode("cp1258", errors="replace")
    if _plausible_vietnamese(viet):
        return unicodedata.normalize("NFC", viet), "Windows-1258 (Vietnamese)"
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _plausible_thai(text: str) -> bool:
    """Thai letters dominate the non-ASCII text and combining marks sit on Thai consonants."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    thai = sum("\u0e01" <= c <= "\u0e5b" for c in non_ascii)
    if thai < 0.9 * len(non_ascii):
        return False
    misplaced = sum(
        1 for prev, c in pairwise(text)
        if unicodedata.combining(c) and "\u0e00" <= c <= "\u0e7f" and not "\u0e01" <= prev <= "\u0e4f"
    )
    return misplaced <= 0.02 * thai


def _plausible_vietnamese(text: str) -> bool:
    """Windows-1258 writes tone marks as separate combining characters after vowels."""
    marks = misplaced = 0
    for prev, c in pairwise(text):
        if c in _VN_MARKS:
            marks += 1
            if prev not in _VOWELS and unicodedata.normalize("NFD", prev)[0] not in _VOWELS:
                misplaced += 1
    return marks > 0 and misplaced <= 0.1 * marks


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter giving the most consistent number (> 1) of fields across sample lines."""
    best, best_score = ",", (0.0, 0)
    for delim in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delim)]
        if not counts:
            continue
        modal, freq = Counter(counts).most_common(1)[0]
        if modal <= 1:
            continue
        score = (freq / len(counts), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


_COMMA_DECIMAL = re.compile(r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d+\.\d+$")


def sniff_decimal_comma(rows: list[list[str]]) -> bool:
    """True when numbers in the sample write their decimals with a comma (1.234,5)."""
    comma = dot = 0
    for row in rows:
        for cell in row:
            cell = cell.strip()
            if _COMMA_DECIMAL.match(cell):
                comma += 1
            elif _DOT_DECIMAL.match(cell):
                dot += 1
    return comma > dot


@dataclass
class TextGrid:
    """A delimited text file as a grid of strings (no header assumed) and how it was read."""

    grid: pd.DataFrame
    encoding: str
    delimiter: str
    decimal_comma: bool
    n_lines_sampled: int = 0


def looks_tabular(text: str) -> bool:
    """At least two lines and a delimiter that splits them consistently."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:SAMPLE_LINES]
    if len(lines) < 2:
        return False
    delim = sniff_delimiter(lines)
    counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
    modal, freq = Counter(counts).most_common(1)[0]
    return modal > 1 and freq >= 0.5 * len(counts)


def read_text_grid(data: bytes, *, max_rows: int | None = None) -> TextGrid:
    """Decode and split a delimited text file into a grid of strings ("" for empty fields)."""
    text, encoding = decode_text(data)
    text = text.replace("\x00", "")
    lines = text.splitlines()
    sample = [ln for ln in lines[: SAMPLE_LINES * 2] if ln.strip()][:SAMPLE_LINES]
    delimiter = "\t" if encoding == "UTF-16" and any("\t" in ln for ln in sample) else (
        sniff_delimiter(sample))
    sample_rows = list(csv.reader(sample, delimiter=delimiter))
    decimal_comma = delimiter != "," and sniff_decimal_comma(sample_rows)
    limit = None if max_rows is None else max_rows + SAMPLE_LINES
    rows = _split_rows(text, delimiter, limit)
    width = max((len(r) for r in rows), default=0)
    grid = pd.DataFrame(
        [r + [""] * (width - len(r)) for r in rows] if rows else [],
        columns=range(width), dtype=object,
    )
    return TextGrid(grid, encoding, delimiter, decimal_comma, len(sample))


def _split_rows(text: str, delimiter: str, limit: int | None) -> list[list[str]]:
    """Rows of fields. csv's C reader handles quotes, embedded newlines and ragged rows."""
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    if limit is None:
        return list(reader)
    rows = []
    for row in reader:
        rows.append(row)
        if len(rows) >= limit:
            break
    return rows
