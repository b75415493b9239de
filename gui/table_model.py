"""A fast, read-only Qt table model over a pandas DataFrame.

Why not ``QSortFilterProxyModel`` over a generic model: with 100k+ rows a Python proxy is far too slow
(~20 s to sort). Instead, as in Orange3's table model, the model keeps one numpy array per column, one
formatter per column built once when the frame is set, and a row-index array (``_rows``) that maps view
rows to frame rows. Sorting is a ``numpy.argsort`` into that array; subsets swap it. ``data()`` formats
only the cells Qt asks for and returns at once for roles it does not serve.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

ValueLabels = Mapping[str, Mapping[Any, str]]
"""Column name -> {stored code: label text}."""

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole.value + 1
"""data() role giving the stored Python value (None when missing), for copy and export."""

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_SERVED_CELL_ROLES = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, RAW_VALUE_ROLE})
_SERVED_HEADER_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND})
DERIVED_COLOUR = "#0b6e69"
"""Header text colour of derived columns (dark teal: readable on a washed-out projector)."""

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

_MAX_CELL_CHARS = 300
"""Longer text is cut in the cell (full text, up to _MAX_TIP_CHARS, in the tooltip): painting a
megabyte-long cell would stall the view."""
_MAX_TIP_CHARS = 2000

_PLAIN_TOKENS = frozenset({"id", "code", "year", "yr", "zip", "phone", "tel", "fid", "wid"})


class _Texts:
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
    if len(text) > _MAX_CELL_CHARS:
        text = text[:_MAX_CELL_CHARS] + "…"
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


def _format_scalar(value: Any, texts: _Texts) -> str:
    """Format one value of a mixed (object) column by its own type."""
    if _is_missing_scalar(value):
        return ""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, bool | np.bool_):
        return texts.yes if value else texts.no
    if isinstance(value, int | np.integer):
        return f"{int(value):,}"
    if isinstance(value, float | np.floating):
        return _format_float_auto(float(value))
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


class _Column:
    """How one column displays, aligns and sorts. Subclasses hold numpy arrays, never the Series."""

    numeric = False
    label_dependent_sort = False
    """True when the sort order changes with the value-labels toggle (so the cache is keyed by it)."""

    def __init__(self, labels: Mapping[Any, str] | None, texts: _Texts) -> None:
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


class _NumberColumn(_Column):
    numeric = True

    def __init__(
        self,
        values: np.ndarray,
        mask: np.ndarray | None,
        *,
        integer: bool,
        grouping: bool,
        labels: Mapping[Any, str] | None,
        texts: _Texts,
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
            return format(int(value), self.spec)
        if not math.isfinite(value):
            return "∞" if value > 0 else "−∞"
        return format(round(float(value), self.decimals) + 0.0, self.spec)

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


class _BoolColumn(_Column):
    def __init__(self, values: np.ndarray, mask: np.ndarray | None, texts: _Texts) -> None:
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


class _CategoryColumn(_Column):
    """Codes plus the category texts formatted once; a cell is two array look-ups."""

    def __init__(
        self, series: pd.Series, labels: Mapping[Any, str] | None, texts: _Texts, *, grouping: bool
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


class _DateColumn(_Column):
    def __init__(self, values: np.ndarray, texts: _Texts) -> None:
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


class _TextColumn(_Column):
    """Strings or mixed objects. Keeps pandas' own array (Arrow strings stay compact in memory)."""

    label_dependent_sort = True

    def __init__(self, series: pd.Series, labels: Mapping[Any, str] | None, texts: _Texts) -> None:
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


def _build_column(name: str, series: pd.Series, labels: Mapping[Any, str] | None,
                  texts: _Texts) -> _Column:
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


# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedFrame:
    """A frame with its formatters built, ready for DataFrameTableModel.commit_frame."""

    frame: pd.DataFrame
    names: list[str]
    columns: list[_Column]
    variable_labels: dict[str, str]
    derived: frozenset[str]
    value_labels: dict[str, dict[Any, str]] | None = None


class DataFrameTableModel(QAbstractTableModel):
    """Read-only model over a DataFrame: on-demand formatting, argsort sorting, swappable row subsets.

    View row ``r`` shows frame row ``source_row(r)`` (a position, not an index label). The frame is
    never copied; the model adds at most one int array of visible rows and cached sort keys.
    """

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        *,
        value_labels: ValueLabels | None = None,
        variable_labels: Mapping[str, str] | None = None,
        derived_columns: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._names: list[str] = []
        self._columns: list[_Column] = []
        self._variable_labels: dict[str, str] = {}
        self._derived: frozenset[str] = frozenset()
        self._show_labels = True
        self._base_rows: np.ndarray | None = None  # None: all frame rows in frame order
        self._rows: np.ndarray | None = None  # None: same as _base_rows
        self._n_visible = 0
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_cache: dict[tuple[int, bool], tuple[np.ndarray, np.ndarray | None]] = {}
        self._inverse: np.ndarray | None = None
        self._derived_font = QFont()
        self._derived_font.setItalic(True)
        self._derived_font.setBold(True)
        self._derived_brush = QBrush(QColor(DERIVED_COLOUR))
        self._value_labels: dict[str, dict[Any, str]] = {}
        self._row_labels: np.ndarray | None = None
        self._search_cache: dict[tuple[int, bool], tuple[np.ndarray, np.ndarray]] = {}
        if frame is not None:
            self.set_frame(frame, value_labels=value_labels, variable_labels=variable_labels,
                           derived_columns=derived_columns)

    # -- frame -----------------------------------------------------------------------------------

    def set_frame(
        self,
        frame: pd.DataFrame,
        *,
        value_labels: ValueLabels | None = None,
        variable_labels: Mapping[str, str] | None = None,
        derived_columns: Iterable[str] = (),
    ) -> None:
        """Show a new frame: formatters are built here, once, so data() only looks values up.

        Clears any sort and row filter (their row numbers belong to the old frame).
        """
        self.commit_frame(self.prepare_frame(frame, value_labels=value_labels,
                                             variable_labels=variable_labels,
                                             derived_columns=derived_columns))

    def prepare_frame(
        self,
        frame: pd.DataFrame,
        *,
        value_labels: ValueLabels | None = None,
        variable_labels: Mapping[str, str] | None = None,
        derived_columns: Iterable[str] = (),
    ) -> PreparedFrame:
        """Build the formatters without touching what is shown, so a caller updating several
        models can fail before any of them changes (the previous survey then stays intact)."""
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
        texts = _Texts(
            yes=self.tr("Yes"),
            no=self.tr("No"),
            code=self.tr("Code {code}"),
            label=self.tr("Label: {label}"),
        )
        value_labels = value_labels or {}
        names = [str(c) for c in frame.columns]
        columns = [
            _build_column(name, frame.iloc[:, i], value_labels.get(frame.columns[i]), texts)
            for i, name in enumerate(names)
        ]
        return PreparedFrame(
            frame=frame,
            names=names,
            columns=columns,
            variable_labels={str(k): str(v) for k, v in (variable_labels or {}).items() if v},
            derived=frozenset(str(c) for c in derived_columns),
            value_labels={str(k): dict(v) for k, v in value_labels.items() if v},
        )

    def commit_frame(self, prepared: PreparedFrame) -> None:
        """Show a frame built by prepare_frame (cannot fail)."""
        self.beginResetModel()
        self._frame = prepared.frame
        self._names = prepared.names
        self._columns = prepared.columns
        self._variable_labels = prepared.variable_labels
        self._derived = prepared.derived
        self._value_labels = dict(prepared.value_labels or {})
        self._row_labels = None
        self._search_cache.clear()
        self._base_rows = None
        self._rows = None
        self._n_visible = len(prepared.frame)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_cache.clear()
        self._inverse = None
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        """The frame as given (not reordered, not filtered)."""
        return self._frame

    def set_derived_columns(self, names: Iterable[str]) -> None:
        """Mark columns computed by the app (not in the source file) so headers show it."""
        self._derived = frozenset(str(c) for c in names)
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)

    def derived_columns(self) -> frozenset[str]:
        return self._derived

    def variable_labels(self) -> dict[str, str]:
        """Column -> question text, as given with the frame."""
        return self._variable_labels

    def value_labels(self) -> dict[str, dict[Any, str]]:
        """Column -> {code: label} as given with the frame (for export)."""
        return self._value_labels

    def set_row_labels(self, labels: np.ndarray | None) -> None:
        """What the row headers show for each frame row (e.g. the sheet row number in a preview);
        None shows the frame's own 1-based row number."""
        self._row_labels = None if labels is None else np.asarray(labels)
        if self._n_visible:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self._n_visible - 1)

    # -- search ----------------------------------------------------------------------------------

    def _shown_uniques(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        """Codes per frame row and the folded text shown for each distinct value (cached)."""
        col = self._columns[column]
        key = (column, self._show_labels)
        found = self._search_cache.get(key)
        if found is None:
            codes, _ = pd.factorize(self._frame.iloc[:, column], use_na_sentinel=True)
            if len(codes):
                _, first = np.unique(codes, return_index=True)
                present = codes[first] >= 0
                first = first[present]
                order = codes[first]
                shown = np.empty(int(order.max()) + 1 if order.size else 0, dtype=object)
                for code, row in zip(order, first, strict=True):
                    shown[code] = col.display(int(row), self._show_labels).casefold()
            else:
                shown = np.empty(0, dtype=object)
            found = (codes, shown.astype(str) if shown.size else np.empty(0, dtype=str))
            self._search_cache[key] = found
        return found

    def search_mask(self, text: str, columns: Iterable[int] | None = None) -> np.ndarray:
        """Frame rows where any (given) column shows ``text``, case-insensitive, as displayed
        (labels when they are shown). Empty text matches every row."""
        n = len(self._frame)
        needle = (text or "").strip().casefold()
        if not needle:
            return np.ones(n, dtype=bool)
        mask = np.zeros(n, dtype=bool)
        for column in (range(len(self._columns)) if columns is None else columns):
            codes, shown = self._shown_uniques(column)
            if not shown.size:
                continue
            hits = np.char.find(shown, needle) >= 0
            valid = codes >= 0
            mask[valid] |= hits[codes[valid]]
        return mask

    def column_name(self, column: int) -> str:
        return self._names[column]

    def column_index(self, name: str) -> int:
        """View column of a frame column name; ValueError if absent."""
        return self._names.index(name)

    # -- value labels ------------------------------------------------------------------------------

    def set_show_value_labels(self, show: bool) -> None:
        """Toggle between labels ("Apparel") and stored codes (1); re-sorts if the order depends on it."""
        show = bool(show)
        if show == self._show_labels:
            return
        self._show_labels = show
        self._search_cache.clear()
        column = self._sort_column
        if 0 <= column < len(self._columns) and self._columns[column].label_dependent_sort:
            self.sort(column, self._sort_order)
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)
        if self._n_visible and self._names:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._n_visible - 1, len(self._names) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                 Qt.ItemDataRole.ToolTipRole],
            )

    def show_value_labels(self) -> bool:
        return self._show_labels

    # -- rows ------------------------------------------------------------------------------------

    def set_row_filter(self, rows: np.ndarray | pd.Series | Iterable[int] | None) -> None:
        """Show only some frame rows: a boolean mask over the frame, or frame row positions.

        None shows every row. The current sort is kept and applied to the new rows.
        """
        n = len(self._frame)
        if rows is None:
            base = None
        else:
            array = np.asarray(rows.to_numpy() if isinstance(rows, pd.Series) else rows)
            if array.dtype == bool:
                if array.shape != (n,):
                    raise ValueError(f"row mask has {array.size} values for {n} rows")
                base = np.flatnonzero(array)
            else:
                base = array.astype(np.intp, copy=False).ravel()
                if base.size and (base.min() < 0 or base.max() >= n):
                    raise IndexError("row position outside the frame")
        self.beginResetModel()
        self._base_rows = base
        self._n_visible = n if base is None else len(base)
        self._rows = self._ordered_rows(self._sort_column, self._sort_order)
        self._inverse = None
        self.endResetModel()

    def row_filter(self) -> np.ndarray | None:
        """The frame row positions passed to set_row_filter (None when all rows show)."""
        return self._base_rows

    def source_row(self, view_row: int) -> int:
        """Frame row position shown at a view row."""
        if self._rows is not None:
            return int(self._rows[view_row])
        if self._base_rows is not None:
            return int(self._base_rows[view_row])
        if not 0 <= view_row < self._n_visible:
            raise IndexError(view_row)
        return view_row

    def visible_rows(self) -> np.ndarray:
        """Frame row positions in display order (for export of the visible rows, copy, counts)."""
        if self._rows is not None:
            return self._rows
        if self._base_rows is not None:
            return self._base_rows
        return np.arange(self._n_visible, dtype=np.intp)

    def view_rows(self, source_rows: Iterable[int] | np.ndarray) -> np.ndarray:
        """View rows of frame rows (-1 where hidden by the filter), e.g. to select linked rows."""
        if self._inverse is None:
            inverse = np.full(len(self._frame), -1, dtype=np.intp)
            visible = self.visible_rows()
            inverse[visible] = np.arange(len(visible), dtype=np.intp)
            self._inverse = inverse
        return self._inverse[np.asarray(source_rows, dtype=np.intp)]

    # -- sorting ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable argsort of the visible rows; missing values last in both orders; -1 restores."""
        if not 0 <= column < len(self._columns):
            column = -1
        self.layoutAboutToBeChanged.emit()  # PySide6 exposes only the no-argument overload
        persistent = self.persistentIndexList()
        sources = [(self.source_row(i.row()), i.column()) for i in persistent]
        self._sort_column = column
        self._sort_order = order
        self._rows = self._ordered_rows(column, order)
        self._inverse = None
        if persistent:
            new_rows = self.view_rows([s for s, _ in sources])
            self.changePersistentIndexList(
                persistent,
                [self.index(int(r), c) if r >= 0 else QModelIndex()
                 for r, (_, c) in zip(new_rows, sources, strict=True)],
            )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sort_key(self, column: int) -> tuple[np.ndarray, np.ndarray | None]:
        col = self._columns[column]
        cache_key = (column, self._show_labels if col.label_dependent_sort else True)
        found = self._sort_cache.get(cache_key)
        if found is None:
            found = col.sort_key(self._show_labels)
            self._sort_cache[cache_key] = found
        return found

    def _ordered_rows(self, column: int, order: Qt.SortOrder) -> np.ndarray | None:
        """Visible frame rows sorted by column (None when unsorted: the base rows as they are)."""
        if column < 0:
            return None
        key, missing = self._sort_key(column)
        base = self._base_rows
        if base is None:
            rows = np.arange(len(self._frame), dtype=np.intp)
            keys = key
            miss = missing
        else:
            rows = base
            keys = key[base]
            miss = None if missing is None else missing[base]
        if miss is not None and miss.any():
            present = ~miss
            tail = rows[miss]
            rows = rows[present]
            keys = keys[present]
        else:
            tail = rows[:0]
        if order == Qt.SortOrder.AscendingOrder:
            ordered = np.argsort(keys, kind="stable")
        else:
            # Stable descending without negating (works for any dtype): sort the reversed keys
            # ascending, then read the result backwards and map positions back.
            ordered = (len(keys) - 1 - np.argsort(keys[::-1], kind="stable"))[::-1]
        return np.concatenate([rows[ordered], tail])

    # -- Qt model interface --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._n_visible

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _SERVED_CELL_ROLES or not index.isValid():
            return None
        row = index.row()
        if self._rows is not None:
            row = self._rows[row]
        elif self._base_rows is not None:
            row = self._base_rows[row]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.display(row, self._show_labels)
        if role == _ALIGN:
            return column.alignment(self._show_labels)
        if role == _TOOLTIP:
            tip = column.tooltip(row, self._show_labels)
            if tip is None:
                raw = column.raw(row)
                if isinstance(raw, str) and (len(raw) > _MAX_CELL_CHARS or "\n" in raw):
                    tip = raw[:_MAX_TIP_CHARS]
            return tip
        return column.raw(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role not in _SERVED_HEADER_ROLES:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == _DISPLAY and 0 <= section < self._n_visible:
                row = self.source_row(section)
                if self._row_labels is not None:
                    return str(self._row_labels[row])
                return str(row + 1)  # the frame's own row number
            return None
        if not 0 <= section < len(self._names):
            return None
        name = self._names[section]
        if role == _DISPLAY:
            return name
        derived = name in self._derived
        if role == _FONT:
            return self._derived_font if derived else None
        if role == _FOREGROUND:
            return self._derived_brush if derived else None
        parts = []
        label = self._variable_labels.get(name)
        if label:
            parts.append(label)
        if derived:
            parts.append(self.tr("Derived: computed by Upgrading Explorer, not in the source file"))
        return "\n".join(parts) if parts else None
