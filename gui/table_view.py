"""A survey table as a researcher uses it: search, hide/show columns, copy, export visible rows.

``TablePanel`` = a small toolbar (search box, Columns menu, Copy, Export…, a "shown rows" count)
over a ``SurveyTableView``. The rows shown are the subset's rows (a mask from core, set by the
window) AND the rows matching the search; sorting is the model's own (numpy argsort). Copy puts
tab-separated text on the clipboard (Excel pastes it into cells); export writes the visible rows and
columns through core.export.table_export.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.table_model import DERIVED_COLOUR, RAW_VALUE_ROLE, DataFrameTableModel

_SIZE_HINT_ROWS = 200
_MIN_COLUMN_WIDTH = 56
_CELL_PADDING = 19
"""Cell margins of the item delegate (7 px) plus breathing room (12 px), as Qt sized them."""
_MAX_COLUMN_WIDTH = 320
SEARCH_DELAY_MS = 250


def _copy_text(model: DataFrameTableModel, row: int, column: int) -> str:
    """One cell for the clipboard: numbers plain (no thousands separators, so Excel reads them
    in any locale), codes as their label when labels are shown, otherwise the text shown."""
    from core.common.text import code_key

    index = model.index(row, column)
    raw = model.data(index, RAW_VALUE_ROLE)
    shown = str(model.data(index) or "")
    if isinstance(raw, int | float | np.integer | np.floating) and \
            not isinstance(raw, bool | np.bool_):
        labels = model.value_labels().get(model.column_name(column)) or {}
        labelled = model.show_value_labels() and code_key(raw) in {code_key(k) for k in labels}
        value = float(raw)
        if not labelled and math.isfinite(value):
            shown = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return clipboard_cell(shown)


def clipboard_cell(text: str) -> str:
    """Text for one cell of tab-separated clipboard text: tabs and line breaks made spaces (they
    would split the cell), and neutralised like the csv export, so pasting into Excel never runs
    a formula from the data (``=HYPERLINK(…)``, ``@SUM(…)``)."""
    from core.export.table_export import neutralise_spreadsheet_text

    if "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return neutralise_spreadsheet_text(text)



def visible_columns(view: QTableView) -> list[int]:
    """A table view's model columns in the order the user sees them (dragged headers followed),
    hidden ones left out: what Copy and Export write."""
    header = view.horizontalHeader()
    return [header.logicalIndex(visual) for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))]

class SurveyTableView(QTableView):
    """QTableView with Ctrl+C as tab-separated text and a header menu to hide/show columns."""

    def __init__(self, model: DataFrameTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(_SIZE_HINT_ROWS)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorClearable(True)  # a third click returns to the file's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.setSortingEnabled(True)
        rows = self.verticalHeader()
        # Fixed row heights: Qt never measures 1M rows, and scrolling stays instant.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._cell_menu)

        # Ctrl+C is handled in keyPressEvent (it works without a shortcut map, e.g. offscreen);
        # the action is for the context menu.
        self.action_copy = QAction(self.tr("&Copy"), self)
        self.action_copy.triggered.connect(lambda: self.copy_selection())
        self.action_copy_headers = QAction(self.tr("Copy with column &names"), self)
        self.action_copy_headers.triggered.connect(lambda: self.copy_selection(headers=True))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def table_model(self) -> DataFrameTableModel:
        model = self.model()
        assert isinstance(model, DataFrameTableModel)
        return model

    # -- columns -----------------------------------------------------------------------------
    def visible_columns(self) -> list[int]:
        """Model columns in the order shown, hidden ones left out."""
        return visible_columns(self)

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)

    def show_all_columns(self) -> None:
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, False)

    def columns_menu(self, parent: QWidget | None = None) -> QMenu:
        """A checkable entry per column (and Show all), for the header and the Columns button."""
        menu = QMenu(parent or self)
        menu.setObjectName("columnsMenu")
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.triggered.connect(self.show_all_columns)
        menu.addSeparator()
        model = self.table_model()
        for column in range(model.columnCount()):
            name = model.column_name(column)
            heading = model.heading(name)
            action = menu.addAction(name if heading == name else f"{heading} ({name})")
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        column = header.logicalIndexAt(pos)
        menu = QMenu(self)
        if column >= 0:
            name = self.table_model().column_name(column)
            hide = menu.addAction(self.tr("Hide “{name}”").format(name=name))
            hide.triggered.connect(lambda: self.set_column_shown(column, False))
        columns = self.columns_menu(menu)
        columns.setTitle(self.tr("Columns"))
        menu.addMenu(columns)
        menu.exec(header.mapToGlobal(pos))

    def _cell_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.action_copy)
        menu.addAction(self.action_copy_headers)
        menu.exec(self.viewport().mapToGlobal(pos))

    def fit_columns(self, columns: Iterable[int] | None = None) -> None:
        """Size columns (all, or those given) to their header and the widest texts among sampled
        rows, within bounds so one long text column cannot push the others off a projector
        screen. Measured from the texts (``DataFrameTableModel.widest_texts``), not by Qt laying
        out each cell: the same widths at a fraction of the cost."""
        model = self.table_model()
        cells = self.fontMetrics()
        metrics = self.horizontalHeader().fontMetrics()
        bold = self.horizontalHeader().font()
        bold.setBold(True)
        bold_metrics = type(metrics)(bold)
        derived_names = model.derived_columns()
        for column in range(model.columnCount()) if columns is None else columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            font_metrics = bold_metrics if model.column_name(column) in derived_names else metrics
            # Room for the header text plus the sort arrow.
            title_width = font_metrics.horizontalAdvance(title) + 34
            content = max((cells.horizontalAdvance(t) for t in model.widest_texts(column)),
                          default=0)
            header_hint = self.horizontalHeader().sectionSizeHint(column) + 12
            width = max(content + _CELL_PADDING, header_hint, title_width, _MIN_COLUMN_WIDTH)
            self.setColumnWidth(column, min(width, _MAX_COLUMN_WIDTH))

    # -- copy --------------------------------------------------------------------------------
    def selection_text(self, headers: bool = False) -> str:
        """The selected cells as tab-separated lines (rows and columns in the order shown;
        unselected cells inside the block are empty)."""
        model = self.table_model()
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            return ""
        selected = {(i.row(), i.column()) for i in indexes}
        rows = sorted({r for r, _ in selected})
        order = self.visible_columns()
        wanted = {c for _, c in selected}
        columns = [c for c in order if c in wanted]
        lines = []
        if headers:
            lines.append("\t".join(clipboard_cell(model.column_name(c)) for c in columns))
        for r in rows:
            lines.append("\t".join(_copy_text(model, r, c) if (r, c) in selected else ""
                                   for c in columns))
        return "\n".join(lines) + "\n"

    def copy_selection(self, headers: bool = False) -> str:
        text = self.selection_text(headers)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text


class TablePanel(QWidget):
    """Search, Columns, Copy, Export… and the table; keeps the subset ∧ search row filter."""

    rowsShown = Signal(int)
    exportRequested = Signal()

    def __init__(self, name: str, accessible: str, noun: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name + "Panel")
        self._noun = noun
        self.model = DataFrameTableModel(parent=self)
        self.view = SurveyTableView(self.model, self)
        self.view.setObjectName(name)
        self.view.setAccessibleName(accessible)
        self._subset_mask: np.ndarray | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName(name + "Search")
        self.search.setPlaceholderText(self.tr("Search these rows…"))
        self.search.setAccessibleName(self.tr("Search {what}").format(what=accessible))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)

        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName(name + "Columns")
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Hide or show columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._columns_menu = QMenu(self.columns_button)
        self._columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.columns_button.setMenu(self._columns_menu)

        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName(name + "Copy")
        self.copy_button.setToolTip(self.tr("Copy the selected cells (paste into Excel)"))
        self.copy_button.clicked.connect(lambda: self.view.copy_selection())
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName(name + "Export")
        self.export_button.setToolTip(self.tr("Save the rows shown to an Excel or CSV file"))
        self.export_button.clicked.connect(self.exportRequested)

        self.count_label = QLabel(self)
        self.count_label.setObjectName(name + "Count")
        self.legend = QLabel(self)
        self.legend.setObjectName(name + "Legend")
        self.legend.setText(self.tr('<span style="color:{colour}"><b><i>Bold teal</i></b></span>'
                                    " columns are computed by the app").format(
                                        colour=DERIVED_COLOUR))
        self.legend.setVisible(False)
        self.legend.setWordWrap(True)  # long in some languages and at projector sizes

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.columns_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar.setContentsMargins(0, 0, 8, 0)  # the count never touches the window edge
        layout.setSpacing(4)
        layout.addLayout(bar)
        # its own line under the tools: beside them, at 1024 px in Vietnamese and large text,
        # it was squeezed to a word per line and took 190 px of the table's height
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.search, self.columns_button)
        self.setTabOrder(self.columns_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.export_button)
        self.setTabOrder(self.export_button, self.view)
        self.model.modelReset.connect(self._update_count)

    def retranslate(self, accessible: str, noun: str) -> None:
        """Every text again in the interface's current language (gui.i18n switched it)."""
        self._noun = noun
        self.view.setAccessibleName(accessible)
        self.search.setPlaceholderText(self.tr("Search these rows…"))
        self.search.setAccessibleName(self.tr("Search {what}").format(what=accessible))
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Hide or show columns"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected cells (paste into Excel)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the rows shown to an Excel or CSV file"))
        self.legend.setText(self.tr('<span style="color:{colour}"><b><i>Bold teal</i></b></span>'
                                    " columns are computed by the app").format(
                                        colour=DERIVED_COLOUR))
        self._update_count()

    def _fill_columns_menu(self) -> None:
        self._columns_menu.clear()
        built = self.view.columns_menu(self._columns_menu)
        for action in built.actions():
            self._columns_menu.addAction(action)

    # -- rows --------------------------------------------------------------------------------
    def set_subset_mask(self, mask: np.ndarray | None) -> None:
        """The subset's rows (a boolean mask over the frame from core), or None for all."""
        self._subset_mask = None if mask is None else np.asarray(mask, dtype=bool)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        n = len(self.model.frame())
        mask = self._subset_mask
        if mask is not None and mask.shape != (n,):
            mask = None  # a mask from another survey: ignore rather than fail
        text = self.search.text().strip()
        if text:
            found = self.model.search_mask(text)
            mask = found if mask is None else (mask & found)
        current = self.model.row_filter()
        if mask is None and current is None:
            self._update_count()
            return
        self.model.set_row_filter(mask)

    def frame_changed(self) -> None:
        """A new frame was committed: the old subset mask no longer applies."""
        self._subset_mask = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.legend.setVisible(bool(self.model.derived_columns()))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.show_all_columns()
        self.view.fit_columns()
        self.view.scrollToTop()
        self.view.horizontalScrollBar().setValue(0)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.frame())
        if shown == total:
            text = self.tr("{n} {noun}").format(n=f"{total:,}", noun=self._noun)
        else:
            text = self.tr("{shown} of {total} {noun} shown").format(
                shown=f"{shown:,}", total=f"{total:,}", noun=self._noun)
        self.count_label.setText(text)
        self.rowsShown.emit(shown)

    # -- export ------------------------------------------------------------------------------
    def choose_export_path(self, suggested: str) -> Path | None:
        """Ask where to save (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV text (*.csv)")])
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the rows shown"),
                                                   suggested, filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def export_visible(self, path: Path, sheet_name: str = "Table") -> int:
        """Write the rows and columns shown, in their order, with labels if they are shown."""
        from core.export.table_export import export_table

        model = self.model
        columns = [model.column_name(c) for c in self.view.visible_columns()]
        labels: dict[str, Any] | None = model.value_labels() if model.show_value_labels() \
            else None
        return export_table(model.frame(), path, rows=model.visible_rows(), columns=columns,
                            value_labels=labels, sheet_name=sheet_name)
