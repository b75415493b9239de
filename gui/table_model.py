"""A fast, read-only Qt table model over a pandas DataFrame.

Why not ``QSortFilterProxyModel`` over a generic model: with 100k+ rows a Python proxy is far too slow
(~20 s to sort). Instead, as in Orange3's table model, the model keeps one numpy array per column, one
formatter per column built once when the frame is set, and a row-index array (``_rows``) that maps view
rows to frame rows. Sorting is a ``numpy.argsort`` into that array; subsets swap it. ``data()`` formats
only the cells Qt asks for and returns at once for roles it does not serve.
"""

from __future__ import annotations

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

from gui.table_columns import MAX_CELL_CHARS, MAX_TIP_CHARS, Column, Texts, build_column

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

# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedFrame:
    """A frame with its formatters built, ready for DataFrameTableModel.commit_frame."""

    frame: pd.DataFrame
    names: list[str]
    columns: list[Column]
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
        self._columns: list[Column] = []
        self._variable_labels: dict[str, str] = {}
        self._derived: frozenset[str] = frozenset()
        self._show_labels = True
        self._headings: dict[str, str] = {}
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
        texts = Texts(
            yes=self.tr("Yes"),
            no=self.tr("No"),
            code=self.tr("Code {code}"),
            label=self.tr("Label: {label}"),
        )
        value_labels = value_labels or {}
        names = [str(c) for c in frame.columns]
        columns = [
            build_column(name, frame.iloc[:, i], value_labels.get(frame.columns[i]), texts)
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

    def widest_texts(self, column: int, *, sample: int = 600, keep: int = 3) -> list[str]:
        """The longest texts (by characters) that ``column`` shows among up to ``sample`` rows
        spread over the rows shown: what a column is sized to, without asking Qt to lay out
        every cell of every column (that cost 0.7 s per table on each new frame)."""
        n = self._n_visible
        if n == 0:
            return []
        view_rows = range(n) if n <= sample else np.linspace(0, n - 1, sample).astype(int).tolist()
        col = self._columns[column]
        texts = {col.display(self.source_row(r), self._show_labels) for r in view_rows}
        return sorted(texts, key=len, reverse=True)[:keep]

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

    # -- headings ----------------------------------------------------------------------------------

    def set_headings(self, headings: Mapping[str, str]) -> None:
        """Column code → heading in words (core.model.column_labels), shown while value labels
        are on; the code stays in the tooltip and is shown when they are off."""
        self._headings = {str(k): str(v) for k, v in headings.items() if v}
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)

    def headings(self) -> dict[str, str]:
        return dict(self._headings)

    def heading(self, name: str) -> str:
        """What the header shows for column ``name`` now."""
        return self._headings.get(name, name) if self._show_labels else name

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
                if isinstance(raw, str) and (len(raw) > MAX_CELL_CHARS or "\n" in raw):
                    tip = raw[:MAX_TIP_CHARS]
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
            return self.heading(name)
        derived = name in self._derived
        if role == _FONT:
            return self._derived_font if derived else None
        if role == _FOREGROUND:
            return self._derived_brush if derived else None
        parts = []
        if self.heading(name) != name:
            parts.append(self.tr("Column {code} in the file").format(code=name))
        label = self._variable_labels.get(name)
        if label:
            parts.append(label)
        if derived:
            parts.append(self.tr("Derived: computed by Upgrading Explorer, not in the source file"))
        return "\n".join(parts) if parts else None
