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
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.arrays import ArrowExtensionArray

from core.common.errors import ResourceLimitError
from core.io import limits

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


def _arrow(text: pd.Series) -> pa.Array | pa.ChunkedArray:
    """The text as Arrow strings: the Series' own Arrow data when it has some (no copy)."""
    values = text.array
    if isinstance(values, ArrowExtensionArray) and pa.types.is_large_string(
            values.__arrow_array__().type):
        return values.__arrow_array__()
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
    result, remaining = _number_array(_arrow(text), decimal_comma)
    done = ~remaining
    return pd.Series(result[done], index=text.index[done], dtype="float64")


def _number_array(arr: pa.Array | pa.ChunkedArray, decimal_comma: bool,
                  ) -> tuple[np.ndarray, np.ndarray]:
    """(numbers, not a number) for Arrow strings: each string is read with the first number
    pattern it matches in full; NaN and True where none does."""
    result = np.full(len(arr), np.nan)
    remaining = np.ones(len(arr), dtype=bool)
    for pattern, thousands, decimal in _number_patterns(decimal_comma):
        if not remaining.any():
            break
        if remaining.all():
            hit = _matches(arr, pattern)
        else:  # match only what no earlier pattern took
            hit = np.zeros(len(arr), dtype=bool)
            hit[remaining] = _matches(arr.filter(pa.array(remaining)), pattern)
        if not hit.any():
            continue
        result[hit] = _to_numbers(arr.filter(pa.array(hit)), thousands, decimal)
        remaining &= ~hit
    return result, remaining


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


_SAMPLE = 256
"""How many strings of a column are tried first, to reject a reading (numbers, dates) quickly."""


def _sample(arr: pa.Array) -> pa.Array:
    if len(arr) <= _SAMPLE:
        return arr
    return arr.take(pa.array(np.linspace(0, len(arr) - 1, _SAMPLE).astype(np.int64)))


def _bools(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return values.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)


def _has_leading_zero(text: pa.Array) -> bool:
    """Any string matching _LEADING_ZERO (``007``, ``-01``). Unsigned: "0", then only ASCII
    digits (RE2's ``\\d``), two characters at least; signed ones are rare and go to the regex."""
    zero = pc.starts_with(text, "0")
    if _bools(pc.and_(zero, pc.and_(pc.ascii_is_decimal(text),
                                     pc.greater_equal(pc.binary_length(text), 2)))).any():
        return True
    signed = _bools(pc.or_(pc.starts_with(text, "+0"), pc.starts_with(text, "-0")))
    if not signed.any():
        return False
    return bool(_matches(text.filter(pa.array(signed)), _LEADING_ZERO).any())


def _type_arrow_text(raw: pd.Series, decimal_comma: bool) -> TypedColumn | None:
    """:func:`type_column` for Arrow-backed text (what the text readers give), computed on the
    Arrow strings directly. None when the column may be dates (the general path reads them)."""
    values = raw.array
    if not isinstance(values, ArrowExtensionArray):
        return None
    arr = values.__arrow_array__()
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return None
    arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    n = len(arr)
    out = TypedColumn(pd.Series(np.nan, index=pd.RangeIndex(n), dtype="float64"))
    stripped = pc.utf8_trim_whitespace(arr)
    keep = _bools(pc.not_equal(stripped, ""))  # missing or blank: False
    if _bools(pc.starts_with(stripped, "#")).any():
        errors = _bools(pc.is_in(stripped, pa.array(sorted(EXCEL_ERRORS), type=arr.type)))
        if errors.any():
            out.n_errors = int(errors.sum())
            out.error_kinds = sorted(set(stripped.filter(pa.array(errors)).to_pylist()))
            keep &= ~errors
    if not keep.any():
        return out
    text = stripped if keep.all() else stripped.filter(pa.array(keep))
    original = arr if keep.all() else pc.if_else(pa.array(keep), arr, pa.scalar(None, arr.type))
    if _has_leading_zero(text):
        out.values = _text_series(original)
        return out
    numbers = None
    if not _number_array(_sample(text), decimal_comma)[1].any():
        result, remaining = _number_array(text, decimal_comma)
        if not remaining.any():
            numbers = result
    if numbers is not None:
        if not keep.all():
            full = np.full(n, np.nan)
            full[keep] = numbers
            numbers = full
        out.values = _finish_numbers(pd.Series(numbers, dtype="float64"))
        return out
    if _matches(_sample(text), _ISO_DATE).all():
        return None  # perhaps dates: the general path decides
    out.values = _text_series(original)
    return out


def type_column(raw: pd.Series, *, decimal_comma: bool = False) -> TypedColumn:
    """Type one column of raw cells (object or str Series); blanks and Excel errors → missing."""
    raw = raw.reset_index(drop=True)
    if len(raw) and pd.api.types.is_string_dtype(raw.dtype) and raw.dtype != object:
        fast = _type_arrow_text(raw, decimal_comma)
        if fast is not None:
            return fast
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


# --- limits on records ---------------------------------------------------------------------------

_CSV_LOCK = threading.RLock()
SNIFF_LINE_CHARS = 1 << 20
"""Sample lines are cut to this many characters for sniffing (delimiter, decimal comma)."""
SNIFF_TOTAL_CHARS = 4 << 20


@contextmanager
def bounded_field_size() -> Iterator[None]:
    """Python's csv field-size limit is process-wide: raising it once (as we used to) let every
    later file grow a field without bound. Set ours only while we read, then put back what was
    there."""
    with _CSV_LOCK:
        previous = csv.field_size_limit(limits.MAX_FIELD_CHARS)
        try:
            yield
        finally:
            csv.field_size_limit(previous)


def field_too_long(line: int) -> ResourceLimitError:
    return limits.too_big("", (
        f"Line {line:,} holds a value of more than {limits.MAX_FIELD_CHARS:,} characters, the "
        "most one value may have (often a quote that is never closed)"),
        todo="Check the quotes around that line, or shorten the text (Excel itself keeps at most "
             "32,767 characters in a cell)", budget_hint=False)


def too_many_fields(line: int) -> ResourceLimitError:
    return limits.too_big("", (
        f"Line {line:,} has more than {limits.MAX_TEXT_COLUMNS:,} fields (columns), the most a "
        "table may have (as in Excel)"),
        todo="Check the delimiter and the line breaks (the file may be damaged), or split the "
             "columns over several files", budget_hint=False)


def record_too_long(line: int) -> ResourceLimitError:
    return limits.too_big("", (
        f"The record starting on line {line:,} is longer than "
        f"{limits.format_bytes(limits.MAX_RECORD_BYTES)} (a quote that is never closed, or not a "
        "table)"), todo="Check the quotes around that line", budget_hint=False)


def check_grid_size(n_rows: int, width: int, wide_line: int) -> None:
    """Refuse a padded grid that would not fit the budget (one very wide line among many)."""
    cells = n_rows * width
    need = cells * (limits.TEXT_CELL_BYTES + 8)
    if need > limits.memory_budget():
        limits.check_memory("", need, (
            f"As a table the text has {n_rows:,} rows × {width:,} columns ({cells:,} cells; the "
            f"widest is line {wide_line:,})"),
            todo="Check line " + f"{wide_line:,}" + " (a wrong delimiter or a missing line break), "
                 "or split the file")


def _sniff_sample(lines: list[str]) -> list[str]:
    """The sample lines, each cut to :data:`SNIFF_LINE_CHARS`, as many as fit
    :data:`SNIFF_TOTAL_CHARS` (at least one): sniffing needs a few thousand characters, and a
    13 MB line of a million fields would cost seconds per delimiter tried."""
    out = []
    total = 0
    for line in lines:
        line = line[:SNIFF_LINE_CHARS]
        if out and total + len(line) > SNIFF_TOTAL_CHARS:
            break
        out.append(line)
        total += len(line)
    return out


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter giving the most consistent number (> 1) of fields across sample lines."""
    best, best_score = ",", (0.0, 0)
    lines = _sniff_sample(lines)
    for delim in DELIMITERS:
        with bounded_field_size():
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
    with bounded_field_size():
        counts = [len(r) for r in csv.reader(_sniff_sample(lines), delimiter=delim)]
    modal, freq = Counter(counts).most_common(1)[0]
    return modal > 1 and freq >= 0.5 * len(counts)


def read_text_grid(data: bytes | bytearray, *, max_rows: int | None = None) -> TextGrid:
    """Decode and split a delimited text file into a grid of strings ("" for empty fields).

    The grid's columns hold pandas text (``str``, Arrow-backed), one column per field position.
    Fields are split as Python's ``csv`` module splits them; large regular files are split by
    Arrow's CSV parser, which splits them identically (see :func:`_arrow_rows`)."""
    text, encoding = decode_text(data)
    del data  # the caller passes its only reference: the bytes go once decoded
    text = text.replace("\x00", "")
    sample = [ln for ln in _first_lines(text, SAMPLE_LINES * 2) if ln.strip()][:SAMPLE_LINES]
    delimiter = "\t" if encoding == "UTF-16" and any("\t" in ln for ln in sample) else (
        sniff_delimiter(sample))
    with bounded_field_size():
        sample_rows = list(csv.reader(_sniff_sample(sample), delimiter=delimiter))
    decimal_comma = delimiter != "," and sniff_decimal_comma(sample_rows)
    limit = None if max_rows is None else max_rows + SAMPLE_LINES
    grid = _fast_grid(text, delimiter, limit)
    if grid is None:
        grid = _grid_from_rows(_split_rows(text, delimiter, limit))
    return TextGrid(grid, encoding, delimiter, decimal_comma, len(sample))


def _first_lines(text: str, n: int) -> list[str]:
    """``text.splitlines()[:n]`` without splitting the whole text."""
    size = 1 << 16
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > n:  # the first n lines ended inside the prefix
            return lines[:n]
        size *= 4
    return text.splitlines()[:n]


_TEXT_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)
"""pandas' default text dtype (``str``): Arrow storage, NaN for missing."""


def _text_series(values: pa.Array | pa.ChunkedArray) -> pd.Series:
    if isinstance(values, pa.Array):
        values = pa.chunked_array([values])
    if values.type != pa.large_string():
        values = values.cast(pa.large_string())
    return pd.Series(pd.arrays.ArrowStringArray(values, dtype=_TEXT_DTYPE), copy=False)


def _grid_from_rows(rows: list[list[str]]) -> pd.DataFrame:
    """Rows of fields as a grid of text columns, short rows padded with ""."""
    width = max((len(r) for r in rows), default=0)
    if not rows:
        return pd.DataFrame([], columns=range(width), dtype=object)
    padded = [r + [""] * (width - len(r)) for r in rows]
    grid = pd.DataFrame(padded, columns=range(width), dtype=object)
    try:
        return pd.DataFrame({j: _text_series(pa.array(grid[j].to_numpy(), type=pa.large_string()))
                             for j in range(width)}, columns=range(width))
    except (pa.ArrowException, UnicodeError):  # not representable in Arrow: keep Python text
        return grid


FAST_GRID_MIN_ROWS = 2_000
"""Below this many rows (a preview limit) the csv module is quick enough on its own."""


def _fast_grid(text: str, delimiter: str, limit: int | None) -> pd.DataFrame | None:
    """The grid :func:`_split_rows` would give, split by Arrow's CSV parser; None when Arrow
    cannot give the same rows (then the caller splits with the csv module).

    The first records (titles, blank lines, notes above the table) are split by the csv module
    up to the last one whose number of fields differs from the table's; Arrow splits the rest,
    and refuses (we fall back) if any later record has another number of fields.
    """
    if limit is not None and limit < FAST_GRID_MIN_ROWS:
        return None
    head, offsets = _head_records(text, delimiter, SAMPLE_LINES * 2)
    if len(head) < SAMPLE_LINES * 2:
        return None  # a small file: the csv module splits it at once
    width = len(head[-1])
    k0 = 1 + max((i for i, r in enumerate(head) if len(r) != width), default=-1)
    rest = text[offsets[k0 - 1] if k0 else 0:]
    if width == 0 or rest.startswith("\ufeff"):  # Arrow would drop a byte-order mark
        return None
    tail = _arrow_rows(rest, delimiter, width)
    if tail is None:
        return None
    head = head[:k0]
    n_rows = k0 + tail.num_rows
    if limit is not None and n_rows > limit:
        tail = tail.slice(0, max(limit - k0, 0))
        head = head[:limit]
        n_rows = len(head) + tail.num_rows
    full_width = max([width, *map(len, head)])
    if full_width > width:  # a wide title line above a narrow table pads every row
        check_grid_size(n_rows, full_width,
                        1 + max(range(len(head)), key=lambda i: len(head[i])))
    columns = {}
    for j in range(full_width):
        part = pa.array([r[j] if j < len(r) else "" for r in head], type=pa.large_string())
        rest_j = tail.column(j).chunks if j < width else [
            pa.array([""] * tail.num_rows, type=pa.large_string())]
        columns[j] = _text_series(pa.chunked_array([part, *rest_j], type=pa.large_string()))
    grid = pd.DataFrame(columns, columns=range(full_width))
    return grid if len(grid) == n_rows else None


def _head_records(text: str, delimiter: str, n: int) -> tuple[list[list[str]], list[int]]:
    """The first ``n`` records as the csv module splits them, and the text offset after each.

    Read from a prefix of the text that holds one record more than needed (so the n-th record
    and the line ending after it are complete); the whole text only if it is shorter."""
    size = 1 << 16
    while True:
        part = text if size >= len(text) else text[:size]
        rows, offsets = _records_with_offsets(part, delimiter, n + 1)
        if part is text or len(rows) > n:
            return rows[:n], offsets[:n]
        size *= 4


@contextmanager
def _counting_reader(text: str, delimiter: str) -> Iterator[tuple[Any, Callable[[], int]]]:
    """A csv reader over ``text`` and a function telling how many characters it has consumed
    (so a record too long can be named by its offset), with the field size bounded meanwhile."""
    with bounded_field_size():
        buf = io.StringIO(text, newline="")
        consumed = 0

        def lines() -> Iterator[str]:
            nonlocal consumed
            for line in buf:
                consumed += len(line)
                yield line

        yield csv.reader(lines(), delimiter=delimiter), lambda: consumed


def _records_with_offsets(text: str, delimiter: str, n: int
                          ) -> tuple[list[list[str]], list[int]]:
    rows, offsets = [], []
    with _counting_reader(text, delimiter) as (reader, consumed):
        for row in _bounded_records(reader, consumed):
            rows.append(row)
            offsets.append(consumed())  # the reader reads no further than the record's last line
            if len(rows) >= n:
                break
    return rows, offsets


def _bounded_records(reader: Any, consumed: Any) -> Iterator[list[str]]:
    """The reader's records, refusing one too long (field, record or number of fields).

    ``consumed()`` gives the characters read so far; the reader pulls lines only until its
    record is complete, so the difference between two records is one record's length."""
    line = 1
    before = 0
    max_chars = limits.MAX_RECORD_BYTES
    max_fields = limits.MAX_TEXT_COLUMNS
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise field_too_long(line) from exc
            raise
        now = consumed()
        if now - before > max_chars:
            raise record_too_long(line)
        if len(row) > max_fields:
            raise too_many_fields(line)
        before = now
        line = reader.line_num + 1
        yield row


def _arrow_rows(text: str, delimiter: str, width: int) -> pa.Table | None:
    """Split ``text`` with Arrow's CSV parser into ``width`` text columns, or None if it cannot.

    The options make Arrow split like Python's csv module (excel dialect, ``strict=False``): ``"``
    quotes, doubled inside quotes, no escape character, newlines allowed inside quotes (when the
    text has any), every
    field kept as text (no missing values, no type guessing). An empty line is a record of empty
    fields in both (the csv module's empty record is padded with "" in the grid). A record with
    another number of fields makes Arrow fail, and the caller falls back to the csv module."""
    import pyarrow.csv as pacsv

    try:
        data = text.encode("utf-8")
    except UnicodeError:
        return None
    names = [f"f{j}" for j in range(width)]
    try:
        return pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, block_size=1 << 22),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter, quote_char='"', double_quote=True, escape_char=False,
                newlines_in_values='"' in text, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False, null_values=[], check_utf8=False),
        )
    except (pa.ArrowException, ValueError):
        return None


def _split_rows(text: str, delimiter: str, limit: int | None) -> list[list[str]]:
    """Rows of fields. csv's C reader handles quotes, embedded newlines and ragged rows.

    Records are bounded (:func:`_bounded_records`), and so is the padded grid they make: a
    hundred thousand short lines and one of 60,000 fields would pad to billions of cells."""
    rows: list[list[str]] = []
    width = 0
    wide_line = 1
    budget_cells = limits.memory_budget() // (limits.TEXT_CELL_BYTES + 8)
    with _counting_reader(text, delimiter) as (reader, consumed):
        for row in _bounded_records(reader, consumed):
            rows.append(row)
            if len(row) > width:
                width = len(row)
                wide_line = reader.line_num
            if len(rows) * width > budget_cells:
                check_grid_size(len(rows), width, wide_line)
            if limit is not None and len(rows) >= limit:
                break
    check_grid_size(len(rows), width, wide_line)
    return rows
