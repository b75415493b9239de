"""What every analysis view shares: the chart panel with its export buttons, and the view base
class with linked selection and the view's choices as state.

Common API (:class:`AnalysisView`): ``set_result(result, *, result_b=None)``,
``highlight_firms(ids)``, ``select(firm_ids, worker_mask)``; signals ``firmsSelected(list)``
(firm ids), ``workersSelected(object)`` (a numpy array of worker row positions: positions in the
worker table given to the background runner when the result came through it, else in
``result.workers``) and ``viewStateChanged()`` (the user changed a choice); ``view_state()`` /
``apply_view_state(state)`` (the choices as JSON, saved in the project's ``views.state``);
``charts()`` (name → :class:`gui.charts.Chart`, for the results workbook).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.charts import Chart, wrap_centred
from gui.flow_layout import FlowLayout
from gui.views.labels import tr

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

ROW_COLUMN = "_worker_row"
"""Column the window adds to the worker table it analyses: each row's position in that table
(so a selection names rows of the table the user sees, not of the subset)."""


def worker_positions(workers: pd.DataFrame, mask: np.ndarray) -> np.ndarray:
    """Row positions of the masked workers in the table the analysis was given (see module doc)."""
    mask = np.asarray(mask, dtype=bool)
    if ROW_COLUMN in workers.columns:
        return workers[ROW_COLUMN].to_numpy(dtype=np.int64)[mask]
    return np.flatnonzero(mask).astype(np.int64)


def workers_of_firms(workers: pd.DataFrame, firm_ids: Sequence[Any]) -> np.ndarray:
    """Mask over ``workers`` of those working in the given firms."""
    if "firm_id" not in workers.columns:
        return np.zeros(len(workers), dtype=bool)
    return workers["firm_id"].isin(list(firm_ids)).to_numpy()


def fit_title(chart: Chart, margin: int = 30) -> None:
    """Wrap the chart's title to the chart's width, centred: a long title (large projector
    fonts) would otherwise set the plot's minimum width and push the plot past the right edge."""
    label = chart.getPlotItem().titleLabel
    item = label.item
    wrap_centred(item)
    left = chart.getPlotItem().getAxis("left")
    width = max(120, chart.width() - margin - (left.width() if left.isVisible() else 0))
    if item.textWidth() != width:
        item.setTextWidth(width)
        label.updateMin()
        label.resizeEvent(None)
    if label.isVisible() or chart.title_folded:  # as tall as the text (pyqtgraph fixes 30 px),
        chart.fold_title(max(30, round(label.itemRect().height())))  # or folded when too short
    label.updateGeometry()
    chart.fit_bottom_label()


def _refit_after_title_changes(chart: Chart) -> None:
    """Re-fit whenever a view sets a new title (PlotItem.setTitle resets the row height)."""
    plot = chart.getPlotItem()
    set_title = plot.setTitle

    def fitted_set_title(title: str | None = None, **args: Any) -> None:
        set_title(title, **args)
        if title is not None:
            fit_title(chart)

    plot.setTitle = fitted_set_title


class _TitleFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, Chart):
            fit_title(watched)
        return False


class ChartPanel(QWidget):
    """A chart with "Save as PNG…" / "Save as SVG…" buttons under it (its title wraps to fit)."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self._fitter = _TitleFitter(self)
        chart.installEventFilter(self._fitter)
        _refit_after_title_changes(chart)
        fit_title(chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(chart, 1)
        row = FlowLayout(spacing=6)  # the buttons wrap: two narrow charts side by side fit 1024 px
        for text, fmt in ((tr("Save as PNG…"), "png"), (tr("Save as SVG…"), "svg")):
            button = QPushButton(text, self)
            button.setObjectName(f"{chart.objectName()}Save{fmt.upper()}")
            button.setAccessibleName(f"{text} {chart.title}")
            button.clicked.connect(lambda _=False, f=fmt: self.save_as(f))
            row.addWidget(button)
        layout.addLayout(row)

    def save_as(self, fmt: str) -> Path | None:
        title = self.chart.title or "chart"
        suggested = "".join(ch if ch.isalnum() else "_" for ch in title).strip("_")[:60]
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save chart"), f"{suggested}.{fmt}",
            tr("PNG image (*.png)") if fmt == "png" else tr("SVG drawing (*.svg)"))
        if not name:
            return None
        caption = self.caption()
        return (self.chart.export_png(name, caption=caption) if fmt == "png"
                else self.chart.export_svg(name, caption=caption))

    def caption(self) -> list[str]:
        """The caption of the view this chart belongs to (none outside a view)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, AnalysisView):
            parent = parent.parentWidget()
        return parent.export_caption() if parent is not None else []


# ------------------------------------------------------------------------------- view base

class AnalysisView(QWidget):
    """Selection plumbing and choices-as-state shared by the views (see the module docstring).

    A view draws the typed results core computes for its choices; its choices are plain JSON
    (core.analysis.view_choices), so the project file and ``analyze`` can reproduce them.
    """

    firmsSelected = Signal(list)
    workersSelected = Signal(object)
    viewStateChanged = Signal()
    """The user changed one of the view's choices (not emitted by :meth:`apply_view_state`)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.result = None
        self.result_b = None
        self.selected_firms: list[Any] = []
        self._applying = 0
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName(f"{object_name}Selection")
        self.selection_label.setAccessibleName(tr("Selection"))

    def charts(self) -> dict[str, Chart]:
        return {}

    def export_caption(self) -> list[str]:
        """Lines under an exported chart, so a picture in a report still says what it shows:
        the subset with its firm and worker counts, and the data source and date."""
        from gui.chart_caption import caption_lines

        window = self.window()
        title = window.survey_title() if hasattr(window, "survey_title") else ""
        return caption_lines(self.result, title)

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        """Show an analysis result (B: a second subset, beside it where the view can)."""
        raise NotImplementedError

    # -- choices as state --------------------------------------------------------------------

    def view_state(self) -> dict:
        """The view's choices as JSON (the project's ``views.state.<view>``)."""
        return {}

    def apply_view_state(self, state: dict) -> None:
        """Take saved choices; unknown or invalid entries are ignored (the default stays), and
        a choice the current data cannot offer falls back as the analysis does."""

    @contextlib.contextmanager
    def applying_state(self) -> Iterator[None]:
        """Choices set by the program, not the user: no viewStateChanged meanwhile."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    def _choice_changed(self) -> None:
        """A choice changed: tell the window unless the program set it."""
        if not self._applying:
            self.viewStateChanged.emit()

    def select(self, firm_ids: Sequence[Any], worker_mask: np.ndarray | None = None) -> None:
        """Emit a linked selection: firm ids and the rows of their (or the given) workers."""
        if self.result is None:
            return
        workers = self.result.workers
        ids = [i for i in dict.fromkeys(firm_ids)]
        mask = worker_mask if worker_mask is not None else workers_of_firms(workers, ids)
        rows = worker_positions(workers, mask)
        self.selected_firms = ids
        self.selection_label.setText(tr("Selected: {firms} firms, {workers} workers").format(
            firms=f"{len(ids):,}", workers=f"{len(rows):,}"))
        self.firmsSelected.emit(ids)
        self.workersSelected.emit(rows)

    def highlight_firms(self, ids: Iterable[Any]) -> None:
        """Mark firms selected elsewhere (the tables); views override to draw the overlay."""
        self.selected_firms = list(ids)
