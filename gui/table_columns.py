"""Cell formatters of the table model: one per column, built once per frame from its dtype.

Each column keeps one numpy array and formats only the cells Qt asks for (display text, raw
value, alignment, tooltip) and gives a sort key (``numpy.argsort``-ready) for labels or codes.
Qt-free apart from the alignment flags, so the formatting can be tested on its own.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from gui.locale_numbers import in_locale

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

MAX_CELL_CHARS = 300
"""Longer text is cut in the cell (full text, up to MAX_TIP_CHARS, in the tooltip): painting a
megabyte-long cell would stall the view."""
MAX_TIP_CHARS = 2000

_PLAIN_TOKENS = frozenset({"id", "code", "year", "yr", "zip", "phone", "tel", "fid", "wid"})


class Texts:
    """User-visible words the formatters need, translated once per frame by the model."""

    def __init__(self, yes: str, no: str, code: str, label: str) -> None:
        self.yes = yes
        self.no = no
        self.code = code
        """Tooltip template for a labelled cell, with {code}."""
        self.label = label
        """Tooltip template for a coded cell whose label is hidden, with {label}."""


# ----------------------------------------------------------------------------------------------------
# Formatting helpers


def _clean_text(text: str) -> str:
    """One line, bounded length: what a table cell can show."""
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS] + "…"
    if "\n" in text or "\r" in text or "\t" in text:
        text = " ".join(text.split())
    return text


def _is_missing_scalar(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    if isinstance(value, np.datetime64 | np.timedelta64):
        return bool(np.isnat(value))
    return False


def _format_float_auto(value: float) -> str:
    """A float of unknown column context: grouped, at most 2 decimals (4 below 1), no trailing zeros."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    decimals = 2 if abs(value) >= 1 else 4
    text = f"{round(value, decimals) + 0.0:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _format_scalar(value: Any, texts: Texts) -> str:
    """Format one value of a mixed (object) column by its own type."""
    if _is_missing_scalar(value):
        return ""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, bool | np.bool_):
        return texts.yes if value else texts.no
    if isinstance(value, int | np.integer):
        return in_locale(f"{int(value):,}")
    if isinstance(value, float | np.floating):
        return in_locale(_format_float_auto(float(value)))
    if isinstance(value, pd.Timestamp | _dt.datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return _clean_text(str(value))


def _label_lookup(labels: Mapping[Any, str] | None) -> dict[Any, str]:
    """Value labels keyed so a code matches whether stored as 1, 1.0 or "1"."""
    lookup: dict[Any, str] = {}
    if not labels:
        return lookup
    for code, label in labels.items():
        text = _clean_text(str(label))
        lookup[code] = text
        if isinstance(code, str):
            try:
                number = float(code.strip())
            except ValueError:
                continue
            if math.isfinite(number):
                lookup.setdefault(int(number) if number.is_integer() else number, text)
        elif isinstance(code, int | float | np.integer | np.floating) and not isinstance(code, bool):
            number = float(code)
            if math.isfinite(number):
                lookup.setdefault(str(int(number)) if number.is_integer() else str(number), text)
    return lookup


def _is_plain_number_column(name: str) -> bool:
    """IDs, codes and years read better without thousands separators (2,019 looks like a count)."""
    tokens = [t for t in re.split(r"[^0-9a-z]+", name.lower()) if t]
    return any(t in _PLAIN_TOKENS for t in tokens)


def _float_decimals(values: np.ndarray) -> int:
    """Fewest decimals that show a (sample of the) column exactly, capped by its magnitude."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0
    sample = finite[:: max(1, finite.size // 100_000)]
    if np.all(sample == np.round(sample)):
        return 0
    magnitude = float(np.median(np.abs(sample)))
    cap = 0 if magnitude >= 1000 else 2 if magnitude >= 1 else 4
    for decimals in range(1, cap):
        scaled = sample * 10.0**decimals
        if np.all(np.abs(scaled - np.round(scaled)) < 1e-6 * np.maximum(1.0, np.abs(scaled))):
            return decimals
    return cap


def _text_sort_key(texts: Any) -> tuple[np.ndarray, np.ndarray | None]:
    """Dense case-insensitive rank of each text (equal texts share a rank, so a stable argsort keeps
    them in file order) and the rows to put last: missing or blank.

    Done in Arrow (Python string comparisons are ~10× slower). Few distinct values (the usual case):
    hash-encode, rank only the distinct texts, spread the ranks. Mostly distinct values (IDs):
    rank the column directly, since encoding first would only add time.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    elif not isinstance(texts, pa.Array):
        texts = pa.array(texts, type=pa.large_string(), from_pandas=True)
    n = len(texts)
    if n == 0:
        return np.zeros(0, dtype=np.int32), None
    blank = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(texts), ""), True)
    missing = np.asarray(blank.to_numpy(zero_copy_only=False), dtype=bool)
    folded = pc.utf8_lower(texts)
    ascending = [("", "ascending")]
    distinct_share = 0.0
    if n >= 50_000:
        sample = folded.take(pa.array(np.arange(0, n, max(1, n // 100_000))))
        distinct_share = len(pc.unique(sample)) / len(sample)
    if distinct_share > 0.9:
        ranks = pc.rank(folded, sort_keys=ascending, tiebreaker="dense").to_numpy()
        key = np.asarray(ranks).astype(np.int64)
    else:
        encoded = pc.dictionary_encode(folded)
        dictionary_ranks = np.asarray(
            pc.rank(encoded.dictionary, sort_keys=ascending, tiebreaker="dense").to_numpy()
        ).astype(np.int64)
        codes = np.asarray(pc.fill_null(encoded.indices, 0).to_numpy(zero_copy_only=False))
        key = dictionary_ranks[codes] if len(dictionary_ranks) else np.zeros(n, dtype=np.int64)
    return _compact_ints(key), missing if missing.any() else None


def _compact_ints(values: np.ndarray) -> np.ndarray:
    """Keys fit in int32 for any realistic table: halves the memory a cached sort key takes."""
    if values.size and values.max(initial=0) < 2**31 and values.min(initial=0) >= -(2**31):
        return values.astype(np.int32, copy=False)
    return values


# ----------------------------------------------------------------------------------------------------
# Columns: one formatter object per column, built once per frame


class Column:
    """How one column displays, aligns and sorts. Subclasses hold numpy arrays, never the Series."""

    numeric = False
    label_dependent_sort = False
    """True when the sort order changes with the value-labels toggle (so the cache is keyed by it)."""

    def __init__(self, labels: Mapping[Any, str] | None, texts: Texts) -> None:
        self.labels = _label_lookup(labels)
        self.texts = texts

    def display(self, row: int, labelled: bool) -> str:
        raise NotImplementedError

    def raw(self, row: int) -> Any:
        raise NotImplementedError

    def alignment(self, labelled: bool) -> Qt.AlignmentFlag:
        return _RIGHT if self.numeric and not (labelled and self.labels) else _LEFT

    def tooltip(self, row: int, labelled: bool) -> str | None:
        """Show the other side of a value label: the code when labels show, the label when not."""
        if not self.labels:
            return None
        value = self.raw(row)
        if value is None:
            return None
        label = self.labels.get(value)
        if label is None:
            return None
        if labelled:
            return self.texts.code.format(code=self._plain(value))
        return self.texts.label.format(label=label)

    def _plain(self, value: Any) -> str:
        return _format_scalar(value, self.texts)

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """(key over all frame rows, missing mask or None): rows sort by key, missing rows go last."""
        raise NotImplementedError


class _NumberColumn(Column):
    numeric = True

    def __init__(
        self,
        values: np.ndarray,
        mask: np.ndarray | None,
        *,
        integer: bool,
        grouping: bool,
        labels: Mapping[Any, str] | None,
        texts: Texts,
    ) -> None:
        super().__init__(labels, texts)
        self.values = values
        self.mask = mask
        self.integer = integer
        self.decimals = 0 if integer else _float_decimals(values)
        sep = "," if grouping else ""
        self.spec = f"{sep}d" if integer else f"{sep}.{self.decimals}f"

    def _format(self, value: Any) -> str:
        if self.integer:
            return in_locale(format(int(value), self.spec))
        if not math.isfinite(value):
            return "∞" if value > 0 else "−∞"
        return in_locale(format(round(float(value), self.decimals) + 0.0, self.spec))

    def display(self, row: int, labelled: bool) -> str:
        if self.mask is not None and self.mask[row]:
            return ""
        value = self.values[row]
        if value != value:  # NaN
            return ""
        if labelled and self.labels:
            label = self.labels.get(value)
            if label is not None:
                return label
        return self._format(value)

    def raw(self, row: int) -> Any:
        if self.mask is not None and self.mask[row]:
            return None
        value = self.values[row].item()
        return None if value != value else value

    def _plain(self, value: Any) -> str:
        return self._format(value)

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        # Coded answers sort by code even when labels show: codes carry the questionnaire's order.
        if self.integer:
            return self.values, self.mask
        missing = np.isnan(self.values)
        return self.values, missing if missing.any() else None


class _BoolColumn(Column):
    def __init__(self, values: np.ndarray, mask: np.ndarray | None, texts: Texts) -> None:
        super().__init__(None, texts)
        self.values = values
        self.mask = mask

    def display(self, row: int, labelled: bool) -> str:
        if self.mask is not None and self.mask[row]:
            return ""
        return self.texts.yes if self.values[row] else self.texts.no

    def raw(self, row: int) -> Any:
        if self.mask is not None and self.mask[row]:
            return None
        return bool(self.values[row])

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        return self.values.view(np.int8), self.mask


class _CategoryColumn(Column):
    """Codes plus the category texts formatted once; a cell is two array look-ups."""

    def __init__(
        self, series: pd.Series, labels: Mapping[Any, str] | None, texts: Texts, *, grouping: bool
    ) -> None:
        super().__init__(labels, texts)
        cat = series.array
        self.codes = np.asarray(cat.codes)
        categories = series.cat.categories
        self.categories = list(categories)
        self.numeric = pd.api.types.is_numeric_dtype(categories.dtype) and not (
            pd.api.types.is_bool_dtype(categories.dtype)
        )
        if self.numeric:
            formatter = _NumberColumn(
                np.asarray(categories, dtype=float),
                None,
                integer=bool(np.all(np.mod(np.asarray(categories, dtype=float), 1) == 0)),
                grouping=grouping,
                labels=None,
                texts=texts,
            )
            self.plain = [formatter.display(i, False) for i in range(len(categories))]
        else:
            self.plain = [_format_scalar(c, texts) for c in self.categories]
        self.labelled = [
            self.labels.get(c, self.plain[i]) if self.labels else self.plain[i]
            for i, c in enumerate(self.categories)
        ]
        self.by_order = bool(series.cat.ordered) or self.numeric
        self.label_dependent_sort = not self.by_order and bool(self.labels)

    def display(self, row: int, labelled: bool) -> str:
        code = self.codes[row]
        if code < 0:
            return ""
        return (self.labelled if labelled else self.plain)[code]

    def raw(self, row: int) -> Any:
        code = self.codes[row]
        if code < 0:
            return None
        value = self.categories[code]
        return value.item() if isinstance(value, np.generic) else value

    def _plain(self, value: Any) -> str:
        try:
            return self.plain[self.categories.index(value)]
        except ValueError:
            return _format_scalar(value, self.texts)

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """Ordered or numeric categories keep their order; others sort by the text shown."""
        missing = self.codes < 0
        missing_or_none = missing if missing.any() else None
        if self.by_order or not self.categories:
            return self.codes, missing_or_none
        ranks, _ = _text_sort_key(self.labelled if labelled else self.plain)
        return ranks[self.codes], missing_or_none  # code -1 picks the last rank, but it is masked


class _DateColumn(Column):
    def __init__(self, values: np.ndarray, texts: Texts) -> None:
        super().__init__(None, texts)
        self.values = values  # any datetime64 unit: pandas 3 reads seconds/µs, and year 9999 fits
        unit = np.datetime_data(values.dtype)[0]
        per_day = np.timedelta64(1, "D") // np.timedelta64(1, unit) if unit not in ("Y", "M",
                                                                                  "W", "D") else 1
        valid = values.view(np.int64)[~np.isnat(values)]
        self.unit = "D" if not valid.size or not np.any(valid % per_day) else "m"

    def display(self, row: int, labelled: bool) -> str:
        value = self.values[row]
        if np.isnat(value):
            return ""
        return np.datetime_as_string(value, unit=self.unit).replace("T", " ")

    def raw(self, row: int) -> Any:
        value = self.values[row]
        return None if np.isnat(value) else pd.Timestamp(value)

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        missing = np.isnat(self.values)
        return self.values.view(np.int64), missing if missing.any() else None


class _TextColumn(Column):
    """Strings or mixed objects. Keeps pandas' own array (Arrow strings stay compact in memory)."""

    label_dependent_sort = True

    def __init__(self, series: pd.Series, labels: Mapping[Any, str] | None, texts: Texts) -> None:
        super().__init__(labels, texts)
        array = series.array
        self.values = array.to_numpy() if isinstance(array, pd.arrays.NumpyExtensionArray) else array
        self.label_dependent_sort = bool(self.labels)

    def display(self, row: int, labelled: bool) -> str:
        return self.display_value(self.values[row], labelled)

    def display_value(self, value: Any, labelled: bool) -> str:
        if labelled and self.labels and not _is_missing_scalar(value):
            try:
                label = self.labels.get(value)
            except TypeError:  # unhashable object in a mixed column
                label = None
            if label is not None:
                return label
        return _format_scalar(value, self.texts)

    def raw(self, row: int) -> Any:
        value = self.values[row]
        if _is_missing_scalar(value):
            return None
        return value.item() if isinstance(value, np.generic) else value

    def sort_key(self, labelled: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """Case-insensitive by the text shown; blank text counts as missing (sorts last)."""
        import pyarrow as pa

        values = self.values
        use_labels = labelled and bool(self.labels)
        if not use_labels:
            if isinstance(values, pd.arrays.ArrowStringArray):
                return _text_sort_key(pa.array(values))
            if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
                return _text_sort_key(np.asarray(values, dtype=object))
        # Labels or mixed types: format each distinct value once, then spread by code.
        codes, uniques = pd.factorize(pd.Series(values, copy=False), use_na_sentinel=True)
        shown = [self.display_value(u, labelled) for u in np.asarray(uniques, dtype=object)]
        if not shown:
            return np.zeros(len(codes), dtype=np.int32), (codes < 0) if len(codes) else None
        key, blank = _text_sort_key(shown)
        missing = codes < 0
        if blank is not None:
            missing |= blank[codes]
        return key[codes], missing if missing.any() else None


def build_column(name: str, series: pd.Series, labels: Mapping[Any, str] | None,
                  texts: Texts) -> Column:
    """Pick the formatter for a column from its dtype (once per frame)."""
    dtype = series.dtype
    grouping = not _is_plain_number_column(name)
    if isinstance(dtype, pd.CategoricalDtype):
        return _CategoryColumn(series, labels, texts, grouping=grouping)
    if pd.api.types.is_bool_dtype(dtype):
        if isinstance(dtype, np.dtype):
            return _BoolColumn(series.to_numpy(), None, texts)
        mask = series.isna().to_numpy()
        values = series.to_numpy(dtype=bool, na_value=False)
        return _BoolColumn(values, mask if mask.any() else None, texts)
    if pd.api.types.is_integer_dtype(dtype):
        if isinstance(dtype, np.dtype):
            values, mask = series.to_numpy(), None
        else:
            mask = series.isna().to_numpy()
            try:
                values = series.to_numpy(dtype=np.int64, na_value=0)
            except (OverflowError, TypeError, ValueError):
                values = series.to_numpy(dtype=np.float64, na_value=np.nan)
            mask = mask if mask.any() else None
        if grouping and values.size:
            valid = values if mask is None else values[~mask]
            if valid.size and valid.min() >= 1800 and valid.max() <= 2100:
                grouping = False  # looks like years
        return _NumberColumn(values, mask, integer=values.dtype.kind in "iu", grouping=grouping,
                             labels=labels, texts=texts)
    if pd.api.types.is_float_dtype(dtype):
        if isinstance(dtype, np.dtype):
            values = series.to_numpy()
        else:
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        return _NumberColumn(values, None, integer=False, grouping=grouping, labels=labels,
                             texts=texts)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if getattr(dtype, "tz", None) is not None:
            series = series.dt.tz_localize(None)  # show wall-clock time as the file has it
        values = series.to_numpy()
        if values.dtype.kind != "M":
            values = values.astype("datetime64[ns]")
        return _DateColumn(values, texts)
    return _TextColumn(series, labels, texts)


__all__ = ["MAX_CELL_CHARS", "MAX_TIP_CHARS", "Column", "Texts", "build_column"]
