"""Linked selection: what a view points at is selected in the tables, and rows selected in a
table are highlighted in the views.

A view's ``firmsSelected`` selects exactly those firms' rows in the firms table,
``workersSelected`` those worker rows in the workers table. Rows selected in the firms table
(or the firms of rows selected in the workers table) are highlighted in every view; a selection
the views made themselves leaves the highlight as it is. Workshop mode points at no firm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.table_view import TablePanel
    from gui.views import AnalysisView


class SelectionController(QObject):
    """Views ↔ tables selection for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending_firms = 0
        self._source = "firms"
        """The table the user last selected rows in ("firms" or "workers")."""
        self._selecting_for_view = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(60)  # a drag over rows highlights once, at the end
        self.timer.timeout.connect(self.highlight_from_tables)
        window.firms_table.selectionModel().selectionChanged.connect(
            lambda *_: self._start_highlight("firms"))
        window.workers_table.selectionModel().selectionChanged.connect(
            lambda *_: None if self._selecting_for_view else self._start_highlight("workers"))

    def wire_view(self, view: AnalysisView) -> None:
        view.firmsSelected.connect(self._view_selected_firms)
        view.workersSelected.connect(self._view_selected_workers)

    # -- from the views ----------------------------------------------------------------------------

    def _has_result(self) -> bool:
        return self.window.current_result()[0] is not None

    def _view_selected_firms(self, ids: list) -> None:
        if not self._has_result() or self.window.workshop_mode():
            return  # workshop mode: no individual firm is pointed at
        self._pending_firms = len(ids)
        self.select_firms(ids)

    def _view_selected_workers(self, rows: Any) -> None:
        if not self._has_result():
            return
        rows = np.asarray(rows, dtype=np.int64)
        self._selecting_for_view = True
        try:
            self.select_worker_rows(rows)
        finally:
            self._selecting_for_view = False
        self.window.statusBar().showMessage(
            self.tr("Selected: {firms} firms, {workers} workers").format(
                firms=f"{self._pending_firms:,}", workers=f"{len(rows):,}"))

    def select_firms(self, ids: Any) -> int:
        """Select exactly the rows of these firm ids in the firms table (scrolled to the
        first); returns how many rows are selected."""
        firms = self.window.analysis_frames()[0]
        if firms is None or "firm_id" not in firms.columns:
            return 0
        wanted = pd.Index(list(ids)).unique()
        positions = np.flatnonzero(firms["firm_id"].isin(wanted).to_numpy())
        return select_rows(self.window.firms_panel, positions)

    def select_worker_rows(self, positions: Any) -> int:
        """Select these rows (positions in the worker table) in the workers table."""
        positions = np.asarray(positions, dtype=np.int64)
        n = len(self.window.workers_model.frame())
        return select_rows(self.window.workers_panel,
                           positions[(positions >= 0) & (positions < n)])

    # -- from the tables ---------------------------------------------------------------------------

    def _selected_table_firms(self) -> list:
        firms = self.window.analysis_frames()[0]
        if firms is None or "firm_id" not in firms.columns:
            return []
        rows = selected_source_rows(self.window.firms_panel)
        return firms["firm_id"].iloc[rows].tolist() if len(rows) else []

    def _selected_workers_firms(self) -> list:
        """Firm ids of the rows selected in the workers table (each firm once, in order)."""
        workers = self.window.analysis_frames()[1]
        if self.window.workshop_mode() or workers is None or "firm_id" not in workers.columns:
            return []  # workshop mode: no individual firm is pointed at
        rows = selected_source_rows(self.window.workers_panel)
        rows = rows[rows < len(workers)]
        if not len(rows):
            return []
        return list(dict.fromkeys(workers["firm_id"].iloc[rows].dropna().tolist()))

    def highlighted_table_firms(self) -> list:
        """The firms the views highlight: those selected in the table the user last selected
        rows in (the firms table, or the workers table: their workers' firms)."""
        if self._source == "workers":
            return self._selected_workers_firms()
        return self._selected_table_firms()

    def _start_highlight(self, source: str) -> None:
        self._source = source
        self.timer.start()

    def highlight_from_tables(self) -> None:
        ids = self.highlighted_table_firms()
        for view in self.window.views:
            if view.result is not None:
                view.highlight_firms(ids)


def select_rows(panel: TablePanel, source_rows: np.ndarray) -> int:
    """Select these frame rows in a table (scrolled to the first); returns how many."""
    model, view = panel.model, panel.view
    rows = model.view_rows(source_rows) if len(source_rows) else np.array([], dtype=np.intp)
    rows = np.unique(rows[rows >= 0])
    selection = QItemSelection()
    last = model.columnCount() - 1
    if rows.size and last >= 0:
        cuts = np.flatnonzero(np.diff(rows) != 1)
        for start, end in zip(np.r_[rows[0], rows[cuts + 1]], np.r_[rows[cuts], rows[-1]],
                              strict=True):
            selection.select(model.index(int(start), 0), model.index(int(end), last))
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().select(selection, flags)
    if rows.size:
        first = model.index(int(rows[0]), 0)
        view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(first, QTableView.ScrollHint.PositionAtTop)
    return int(rows.size)


def selected_source_rows(panel: TablePanel) -> np.ndarray:
    """Frame row positions of the rows selected in a table."""
    visible = panel.model.visible_rows()
    parts = [visible[r.top():r.bottom() + 1] for r in panel.view.selectionModel().selection()]
    return np.unique(np.concatenate(parts)) if parts else np.array([], dtype=np.intp)


__all__ = ["SelectionController", "select_rows", "selected_source_rows"]
