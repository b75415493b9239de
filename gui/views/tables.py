"""The views' small tables: a read-only model over an already formatted DataFrame, and a table
widget with Copy and Export table… (xlsx or csv through core.export.table_export)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from gui.locale_numbers import from_locale, in_locale
from gui.table_view import clipboard_cell, visible_columns
from gui.views.labels import tr

EMPHASIS_COLUMNS = frozenset({"n_firms", "n_workers", "n", "n_known"})
"""Group sizes: bold in presentation mode, so the room sees how many firms a number rests on."""
_emphasis = {"on": False}


def set_emphasis(on: bool) -> None:
    """Presentation mode: group-size columns of every FrameTableModel in bold."""
    _emphasis["on"] = bool(on)


class FrameTableModel(QAbstractTableModel):
    """Read-only model over a small, already formatted DataFrame (every cell text built once).

    ``tooltips``: column name → tooltip column; ``grey_rows``: rows shown in grey italics (e.g.
    suppressed groups); ``highlight``: rows painted as selected elsewhere.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._cells: list[list[str]] = []
        self._tips: list[list[str | None]] = []
        self._align: list[Qt.AlignmentFlag] = []
        self._grey: set[int] = set()
        self._highlight: set[int] = set()
        self._columns: list[str] = []
        self.frame = pd.DataFrame()

    def set_frame(self, frame: pd.DataFrame, *, headers: Sequence[str] | None = None,
                  formatters: dict[str, Callable[[Any], str]] | None = None,
                  tooltips: dict[str, str] | None = None,
                  grey_rows: Iterable[int] = (), numeric: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        formatters = formatters or {}
        tooltips = tooltips or {}
        shown = [c for c in frame.columns if c not in set(tooltips.values())]
        self._columns = shown
        self._headers = list(headers) if headers is not None else shown
        numeric = set(numeric)
        self._align = [(Qt.AlignmentFlag.AlignRight if c in numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter for c in shown]
        cols = []
        tips = []
        for c in shown:
            fmt = formatters.get(c, _default_format)
            cols.append([fmt(v) for v in self.frame[c].tolist()])
            tip_col = tooltips.get(c)
            tips.append(self.frame[tip_col].astype(object).tolist() if tip_col else None)
        self._cells = [list(r) for r in zip(*cols, strict=True)] if cols else []
        self._tips = tips
        self._grey = set(grey_rows)
        self._highlight = set()
        self.endResetModel()

    def set_highlight(self, rows: Iterable[int]) -> None:
        self._highlight = set(rows)
        if self._cells:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._cells) - 1, len(self._headers) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips[c]
            return str(tips[r]) if tips is not None and tips[r] is not None else self._cells[r][c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[c]
        if role == Qt.ItemDataRole.ForegroundRole and r in self._grey:
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.BackgroundRole and r in self._highlight:
            return QBrush(QColor("#FFE8A3"))
        if (role == Qt.ItemDataRole.FontRole and _emphasis["on"]
                and self._columns[c] in EMPHASIS_COLUMNS):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        return None

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]


_NUMBER_TEXT = re.compile(r"[+-]?\d+(\.\d+)?")
_CODE_TEXT = re.compile(r"[+-]?0\d")
"""Text like "007": an identifier or code whose leading zeros matter, never a number."""


def export_cell(text: str, lang: str | None = None) -> Any:
    """A shown cell as written to a file: "—" empty, "1,234" / "0.125" as numbers (so a
    spreadsheet can sum them), anything else the text shown ("007" stays text: an ID). Numbers
    are read in the symbols they were shown in (Vietnamese "1,91" is 1.91, "4.700" is 4700)."""
    text = str(text)
    if text in ("", "—"):
        return None
    plain = from_locale(text, lang).replace(",", "")
    if _NUMBER_TEXT.fullmatch(plain) and not _CODE_TEXT.match(plain):
        return float(plain) if "." in plain else int(plain)
    return text


class ViewTable(QTableView):
    """A view's small table (over a :class:`FrameTableModel`) with Copy (Ctrl+C, tab-separated
    text with the column names: Excel pastes it into cells) and Export (xlsx or csv through
    core.export.table_export; :meth:`choose_export_path` is what tests patch)."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_copy = QAction(self.tr("&Copy"), self)
        self.action_copy.setObjectName(name + "CopyAction")
        self.action_copy.triggered.connect(lambda: self.copy_table())
        self.action_export = QAction(self.tr("&Export table…"), self)
        self.action_export.setObjectName(name + "ExportAction")
        self.action_export.triggered.connect(lambda: self.export_interactive())
        self.addAction(self.action_copy)
        self.addAction(self.action_export)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_table()
            event.accept()
            return
        super().keyPressEvent(event)

    def tools(self) -> QHBoxLayout:
        """Copy and Export table… buttons (right-aligned), for the view's layout."""
        accessible = self.accessibleName()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"), self.parentWidget())
        self.copy_button.setObjectName(self.objectName() + "Copy")
        self.copy_button.setAccessibleName(self.tr("Copy {table}").format(table=accessible))
        self.copy_button.setToolTip(self.tr("Copy the selected rows, or the whole table, with "
                                            "the column names (paste into Excel)"))
        self.copy_button.clicked.connect(lambda: self.copy_table())
        self.export_button = QPushButton(self.tr("Export table…"), self.parentWidget())
        self.export_button.setObjectName(self.objectName() + "Export")
        self.export_button.setAccessibleName(
            self.tr("Export {table} to a file").format(table=accessible))
        self.export_button.setToolTip(self.tr("Save this table to an Excel or CSV file"))
        self.export_button.clicked.connect(lambda: self.export_interactive())
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        return row

    def _model(self) -> FrameTableModel:
        model = self.model()
        assert isinstance(model, FrameTableModel)
        return model

    def shown_columns(self) -> list[int]:
        return visible_columns(self)

    def shown_table(self, rows: Sequence[int] | None = None) -> tuple[list[str], list[list[str]]]:
        """Column names and cell texts as shown (all rows, or these)."""
        model = self._model()
        columns = self.shown_columns()
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        if rows is None:
            rows = range(model.rowCount())
        cells = [[model.text(r, c) for c in columns] for r in rows]
        return headers, cells

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None or self.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            return []
        return sorted({i.row() for i in selection.selectedIndexes()})

    def table_text(self) -> str:
        """The selected rows (or every row) with the column names, tab-separated."""
        headers, cells = self.shown_table(self.selected_rows() or None)

        lines = ["\t".join(clipboard_cell(h) for h in headers)]
        lines += ["\t".join(clipboard_cell(v) for v in row) for row in cells]
        return "\n".join(lines) + "\n"

    def copy_table(self) -> str:
        if self._model().columnCount() == 0:
            return ""
        text = self.table_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def choose_export_path(self, suggested: str) -> Path | None:
        """Ask where to save (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV text (*.csv)")])
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export table"), suggested,
                                                   filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def export_to(self, path: Path | str) -> int:
        """Write every row of the table as shown (numbers as numbers); returns rows written."""
        from core.export.table_export import export_table

        headers, cells = self.shown_table()
        # unique names (two columns may share a heading)
        names = []
        for h in headers:
            name, k = h or "column", 2
            while name in names:
                name, k = f"{h} ({k})", k + 1
            names.append(name)
        frame = pd.DataFrame([[export_cell(v) for v in row] for row in cells], columns=names,
                             dtype=object)
        return export_table(frame, path, sheet_name=self.accessibleName() or "Table")

    def export_interactive(self) -> Path | None:
        from core.common.errors import UserFacingError

        stem = "".join(ch if ch.isalnum() else "_" for ch in self.accessibleName()).strip("_")
        path = self.choose_export_path(f"{stem or 'table'}.xlsx")
        if path is None:
            return None
        try:
            self.export_to(path)
        except (UserFacingError, OSError) as error:
            from gui.error_dialog import write_failure

            words = write_failure(error, path.name)
            QMessageBox.warning(self, self.tr("Export table"),
                                "\n\n".join(words) if words else str(error))
            return None
        return path


def fit_table_rows(table: QTableView, view: QWidget, splitter: QSplitter, min_chart: int
                   ) -> None:
    """Give ``table`` (the lower part of ``view``'s vertical ``splitter``) the height of all its
    rows and a horizontal scroll bar, so none is hidden on a projector; the chart above shrinks,
    down to ``min_chart`` px. With more rows than fit beside a readable chart, it scrolls."""
    model = table.model()
    rows = sum(table.rowHeight(r) for r in range(model.rowCount() if model is not None else 0))
    needed = (table.horizontalHeader().height() + rows + 2 * table.frameWidth()
              + table.horizontalScrollBar().sizeHint().height())
    beside_table = _height_beside(table)
    room = view.height() - splitter.y() - splitter.handleWidth() - min_chart - beside_table
    table.setMinimumHeight(max(min(needed, room), 60))
    # the pane itself asks for it: the splitter gives a pane its minimum, not its layout's
    # (wrapped notes counted at some other width), and would draw the notes over the table
    table.parentWidget().setMinimumHeight(table.minimumHeight() + beside_table)


def _height_beside(table: QTableView) -> int:
    """What the titles, tools and notes in the table's pane need at its width (asked of each,
    not measured: squeezed, they report the height they were left, not the one they need)."""
    lower = table.parentWidget()
    layout = lower.layout() if lower is not None else None
    if layout is None:
        return 0
    margins = layout.contentsMargins()
    width = max(lower.width() - margins.left() - margins.right(), 1)
    needed, shown = margins.top() + margins.bottom(), 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget()
        if widget is table or (widget is not None and widget.isHidden()) or item.isEmpty():
            continue
        needed += (item.heightForWidth(width) if item.hasHeightForWidth()
                   else item.sizeHint().height())
        shown += 1
    return needed + max(layout.spacing(), 0) * shown


def _default_format(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and not np.isfinite(value)):
        return "—"
    if isinstance(value, bool | np.bool_):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return in_locale(f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}")
    if isinstance(value, int | np.integer):
        return in_locale(f"{value:,}")
    return str(value)


__all__ = ["EMPHASIS_COLUMNS", "FrameTableModel", "ViewTable", "export_cell", "set_emphasis"]
