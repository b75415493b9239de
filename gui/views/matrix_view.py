"""Economic × social matrix (``matrixView``): firms by upgrading score and firm-mean MS index.

Each firm is a point: x = its upgrading score (0–4 types, jittered so firms do not hide each other),
y = the mean measurable-standards index of its workers (over all workers, or only one skill group or
contract type). Quadrant lines: any economic upgrading (score ≥ 1) and the social cut-off (the
median of the firm means, their mean, or a value). Each quadrant shows its number of firms;
clicking a quadrant selects its firms. The table under it lists every breakdown's quadrants with
the same kind of cut-off.

Every number is core's (``core.analysis.matrix``: a :class:`MatrixSummary`); the cut-off in the
box beside "Cut-off:", the line on the chart and the note under it are the same number. A
breakdown with too few firms or workers with an index is not drawn (disclosure).

API: ``set_result(result, *, result_b=None)`` (B is ignored here: one subset per matrix);
``set_breakdown(var, level)`` (var "all", "skill_group" or "contract"); ``set_cutoff(kind, value)``
(kind "median", "mean" or "value"); ``view_state()`` / ``apply_view_state(state)``
(``{"breakdown_var", "breakdown", "cutoff_kind", "cutoff_value"}``); ``summary()``;
``quadrant_counts()``; ``points()`` (firm_id, x, y, economic); ``cutoff()``;
``highlight_firms(ids)``; signals ``firmsSelected``, ``workersSelected``, ``viewStateChanged``;
``charts()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.analysis.matrix import MatrixBreakdown, MatrixSummary, level_mask, matrix_for
from core.analysis.view_choices import MatrixChoice
from gui.charts import INK, Chart, jitter, scatter_points, selection_overlay
from gui.flow_layout import FlowLayout, labelled
from gui.views.base import AnalysisView, ChartPanel
from gui.views.labels import value_text, variable_label
from gui.views.tables import FrameTableModel, ViewTable, fit_table_rows

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

HIT_BOTTOM, HIT_TOP = -10.0, 11.0
"""The quadrants' click regions reach past any label band the chart is given."""
QUADRANTS = (("upgraded", "above"), ("upgraded", "below"), ("not upgraded", "above"),
             ("not upgraded", "below"))


class MatrixView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("matrixView", parent)
        self.setAccessibleName(self.tr("Economic and social upgrading"))
        self._choice = MatrixChoice()
        self._summary: MatrixSummary | None = None
        self._points = pd.DataFrame(columns=["firm_id", "x", "y", "economic"])

        self.breakdown_box = QComboBox(self)
        self.breakdown_box.setObjectName("matrixBreakdown")
        self.breakdown_box.setAccessibleName(self.tr("Workers counted in the firm mean"))
        self.breakdown_box.setMinimumWidth(110)
        self.breakdown_box.currentIndexChanged.connect(self._on_choice)
        self.cut_box = QComboBox(self)
        self.cut_box.setObjectName("matrixCutoff")
        self.cut_box.setAccessibleName(self.tr("Social cut-off"))
        for text, kind in ((self.tr("median of firms"), "median"),
                           (self.tr("mean of firms"), "mean"), (self.tr("this value:"), "value")):
            self.cut_box.addItem(text, kind)
        self.cut_value = QDoubleSpinBox(self)
        self.cut_value.setObjectName("matrixCutoffValue")
        self.cut_value.setAccessibleName(self.tr("Social cut-off value"))
        self.cut_value.setRange(0.0, 1.0)
        self.cut_value.setSingleStep(0.05)
        self.cut_value.setDecimals(2)
        self.cut_value.setValue(self._choice.cutoff_value)
        self.cut_value.setEnabled(False)
        self.cut_box.currentIndexChanged.connect(self._on_choice)
        self.cut_value.valueChanged.connect(self._on_choice)
        for box in (self.breakdown_box, self.cut_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = FlowLayout()  # wraps at 1024 px or in larger text, so no drop-down is cut
        top.addWidget(labelled(QLabel(self.tr("Social score over:"), self), self.breakdown_box,
                               self))
        cutoff = labelled(QLabel(self.tr("Cut-off:"), self), self.cut_box, self)
        cutoff.layout().addWidget(self.cut_value)
        top.addWidget(cutoff)
        top.addWidget(self.selection_label)

        self.chart = Chart("", self.tr("Economic upgrading score (number of types, 0–4)"),
                           variable_label("ms_index_mean"), object_name="matrixChart")
        self.chart.clicked.connect(self._on_clicked)
        self._quadrant_items: list[tuple[pg.TextItem, bool, str, str, tuple[str, str]]] = []
        """(label, at the top, full words, count only, (economic, social)) of each quadrant
        drawn."""
        self._legend_entries: list[tuple[int, str, str]] = []
        self._compact: bool | None = None
        self._full_bands: dict[int, tuple[float, float]] = {}
        """Plot width → the (top, bottom) bands the full labels and legend need there."""
        self.chart.getPlotItem().getViewBox().sigResized.connect(self._fit_bands)
        self.counts_model = FrameTableModel(self)
        self.counts_table = ViewTable("matrixCounts", self.tr("Firms in each quadrant"), self)
        self.counts_table.setModel(self.counts_model)
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setObjectName("matrixNote")
        self.note.setWordWrap(True)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_title = QLabel(self)
        self.side_title.setWordWrap(True)
        side_layout.addWidget(self.side_title)
        side_layout.addWidget(self.counts_table, 1)
        side_layout.addLayout(self.counts_table.tools())
        side_layout.addWidget(self.note)
        split = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(ChartPanel(self.chart))
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 190])  # room for the counts of every breakdown at 1280×800
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.chart.show_message(self.tr("Open a survey to see the matrix"))

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"matrix": self.chart}

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        self.result, self.result_b = result, result_b
        self._recompute()
        self._show_choices()
        self._fill_counts()
        self.redraw()

    def set_breakdown(self, var: str, level: str = "all") -> None:
        index = self.breakdown_box.findData(f"{var}={level}")
        if index < 0:
            raise KeyError((var, level))
        self.breakdown_box.setCurrentIndex(index)

    def set_cutoff(self, kind: str, value: float | None = None) -> None:
        if value is not None:
            self._choice = MatrixChoice(self._choice.breakdown_var, self._choice.breakdown,
                                        self._choice.cutoff_kind, float(value))
        index = self.cut_box.findData(kind)
        if index < 0:
            raise KeyError(kind)
        self._choice = MatrixChoice.from_json({**self._choice.to_json(), "cutoff_kind": kind})
        self._changed()

    def view_state(self) -> dict:
        return self._choice.to_json()

    def apply_view_state(self, state: dict) -> None:
        self._choice = MatrixChoice.from_json(state)
        if self.result is not None:
            with self.applying_state():
                self.set_result(self.result, result_b=self.result_b)

    def summary(self) -> MatrixSummary | None:
        """Core's numbers behind the chart and the table (None before the first result)."""
        return self._summary

    def points(self) -> pd.DataFrame:
        return self._points.copy()

    def cutoff(self) -> float:
        b = self._breakdown()
        return np.nan if b is None or b.cutoff is None else b.cutoff

    def quadrant_counts(self) -> dict[tuple[str, str], int | None]:
        """Firms in each quadrant ((economic, "above"/"below") → n; None: withheld)."""
        b = self._breakdown()
        return b.quadrants() if b is not None and (len(self._points) or b.suppressed) else {}

    def highlight_firms(self, ids: Any) -> None:
        super().highlight_firms(ids)
        p = self._points
        if p.empty:
            return
        m = p["firm_id"].isin(set(self.selected_firms)).to_numpy()
        self.chart.set_selection_items([selection_overlay(p["x"][m], p["y"][m])] if m.any()
                                       else [])

    # -- choices -----------------------------------------------------------------------------------

    def _breakdown(self) -> MatrixBreakdown | None:
        return None if self._summary is None else self._summary.chart.breakdown

    def _recompute(self) -> None:
        """Core's matrix for the current choice (the analysis' own when it computed it)."""
        views = getattr(self.result, "views", None)
        if views is not None and views.matrix.choice == self._choice:
            self._summary = views.matrix
        else:
            self._summary = matrix_for(self.result, self._choice)
        self._choice = self._summary.choice

    def _show_choices(self) -> None:
        """The boxes show the (resolved) choice; the value box shows the cut-off in use."""
        summary, choice = self._summary, self._choice
        for widget in (self.breakdown_box, self.cut_box, self.cut_value):
            widget.blockSignals(True)
        self.breakdown_box.clear()
        for var, level in summary.options:
            text = (self.tr("all workers") if var == "all"
                    else f"{variable_label(var).lower()}: {value_text(level)}")
            self.breakdown_box.addItem(text, f"{var}={level}")
        self.breakdown_box.setCurrentIndex(max(self.breakdown_box.findData(
            f"{choice.breakdown_var}={choice.breakdown}"), 0))
        self.cut_box.setCurrentIndex(self.cut_box.findData(choice.cutoff_kind))
        by_value = choice.cutoff_kind == "value"
        cut = self.cutoff()
        self.cut_value.setValue(choice.cutoff_value if by_value or not np.isfinite(cut)
                                else cut)
        self.cut_value.setEnabled(by_value)
        for widget in (self.breakdown_box, self.cut_box, self.cut_value):
            widget.blockSignals(False)

    def _on_choice(self) -> None:
        var, level = (self.breakdown_box.currentData() or "all=all").split("=", 1)
        kind = self.cut_box.currentData() or "median"
        value = (self.cut_value.value() if kind == "value" and self.cut_value.isEnabled()
                 else self._choice.cutoff_value)
        self._choice = MatrixChoice.from_json({"breakdown_var": var, "breakdown": level,
                                               "cutoff_kind": kind, "cutoff_value": value})
        self._changed()

    def _changed(self) -> None:
        if self.result is not None:
            self._recompute()
            self._show_choices()
            self._fill_counts()
            self.redraw()
        else:
            self._show_choices_without_result()
        self._choice_changed()

    def _show_choices_without_result(self) -> None:
        self.cut_box.blockSignals(True)
        self.cut_box.setCurrentIndex(self.cut_box.findData(self._choice.cutoff_kind))
        self.cut_box.blockSignals(False)
        self.cut_value.setEnabled(self._choice.cutoff_kind == "value")

    def _cut_word(self, kind: str) -> str:
        return {"median": self.tr("median"), "mean": self.tr("mean"),
                "value": self.tr("cut-off")}[kind]

    # -- drawing ---------------------------------------------------------------------------------

    def redraw(self) -> None:
        if self.result is None or self._summary is None:
            return
        chart = self.chart
        summary = self._summary
        b = summary.chart.breakdown
        pts = summary.chart.points
        self._points = pd.DataFrame({
            "firm_id": list(pts.firm_id), "x": np.asarray(pts.score, dtype=float)
            + jitter(len(pts.firm_id), 0.28), "y": np.asarray(pts.ms, dtype=float),
            "economic": list(pts.economic), "n_workers": list(pts.n_workers),
            "score": list(pts.score)})
        self.note.setText("")
        if b is None or (not b.suppressed and self._points.empty):
            chart.show_message(self.tr("No measurable-standards index for these workers"))
            return
        if b.suppressed:
            rule = self.result.disclosure
            chart.show_message(self.tr(
                "Too few to show: fewer than {f} firms or {w} workers have an MS index "
                "here").format(f=rule.min_firms, w=rule.min_workers))
            return
        p = self._points
        cut = b.cutoff
        chart.clear_chart()
        legend = []
        short = {"upgraded": self.tr("Upgraded"), "not upgraded": self.tr("Not upgraded"),
                 "unknown": self.tr("Unknown")}
        for j, (econ, text) in enumerate((("upgraded", self.tr("Upgraded (any type)")),
                                          ("not upgraded", self.tr("Not upgraded")),
                                          ("unknown", self.tr("Upgrading unknown")))):
            m = (p["economic"] == econ).to_numpy()
            if m.any():
                scatter_points(chart, p["x"][m], p["y"][m], index=j, size=11,
                               data=p["firm_id"][m].tolist())
                legend.append((j, f"{text} (n={int(m.sum())})",
                               f"{short[econ]} (n={int(m.sum())})"))
        self._legend_entries = legend
        self._compact = None
        self._full_bands = {}
        chart.set_tip_note("")
        self._quadrant_items = []
        dash = pg.mkPen("#444444", width=2, style=Qt.PenStyle.DashLine)
        chart.addItem(pg.InfiniteLine(0.5, angle=90, pen=dash))
        chart.addItem(pg.InfiniteLine(cut, angle=0, pen=dash))
        x0, x1 = -0.5, 4.5
        y0, y1 = -0.2, 1.26  # bands below 0 and above 1 hold the quadrant labels (fitted below)
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        cut_word = self._cut_word(b.cutoff_kind)
        counts = b.quadrants()
        for econ, social in QUADRANTS:
            n = counts[(econ, social)] or 0
            left = econ == "not upgraded"
            # clicks anywhere in the quadrant, its label band included at any chart height
            low, high = (cut, HIT_TOP) if social == "above" else (HIT_BOTTOM, cut)
            rect = QRectF(x0 if left else 0.5, low, (0.5 - x0) if left else (x1 - 0.5),
                          high - low)
            chart.add_hit(rect, ("quadrant", econ, social))
            firms = self.tr("1 firm") if n == 1 else self.tr("{n} firms").format(n=n)
            words = (self.tr("Upgraded") if econ == "upgraded" else self.tr("Not upgraded")) + \
                "\n" + (self.tr("MS above {w}") if social == "above"
                        else self.tr("MS at or below {w}")).format(w=cut_word) + "\n" + firms
            item = pg.TextItem(words, color=INK, anchor=(1 if not left else 0,
                                                         0 if social == "above" else 1),
                               fill=pg.mkBrush(255, 255, 255, 200))
            item.setFont(font)
            chart.addItem(item)
            item.setPos(x1 - 0.05 if not left else x0 + 0.05,
                        y1 - 0.01 if social == "above" else y0 + 0.01)
            self._quadrant_items.append((item, social == "above", words, firms, (econ, social)))
        var, level = b.breakdown_var, b.breakdown
        over = (self.tr("all workers") if var == "all"
                else f"{variable_label(var).lower()}: {value_text(level)}")
        chart.set_labels(  # the x-axis title too: a message before had hidden it
            title=self.tr("Economic × social upgrading ({n} firms; MS over {over})").format(
                n=len(p), over=over),
            x_label=self.tr("Economic upgrading score (number of types, 0–4)"),
            y_label=self.tr("Firm mean of measurable standards index (0–1)"))
        ticks = [(i, str(i)) for i in range(5)]
        chart.getPlotItem().getAxis("bottom").setTicks([ticks])
        chart.setXRange(x0, x1, padding=0)
        chart.setYRange(y0, y1, padding=0)
        self._fit_bands()
        # the how-to-read sentence in the tooltip: on a projector the line it took was the
        # chart's (the numbers stay on screen)
        self.note.setText(self.tr(
            "Social cut-off = {cut:.2f}; points at the line count as at or below. {k} firms are "
            "not shown: none of these workers there has an MS index.").format(
                cut=cut, k=summary.chart.n_not_shown))
        self.note.setToolTip(self.tr(
            "Each point is a firm (moved a little sideways so points do not hide each other)."))
        self.highlight_firms(self.selected_firms)

    COMPACT_BELOW = 0.35
    """With full quadrant labels and legend, the 0–1 scale would get less than this share of
    the plot's height: the labels show their counts only (the full words are in the chart's
    tooltip and the table under it) and the legend the short names."""

    def _fit_bands(self) -> None:
        """Size the bands above 1 and below 0 in pixels, so the legend and the quadrant labels
        sit in them and cover no point at any chart height (on a 1024×768 projector they lay
        over the points and each other); stack the legend where one row is wider than the plot
        (it ran past the chart's right edge); on a short plot, compact labels."""
        chart = self.chart
        plot = chart.getPlotItem()
        if not self._quadrant_items or plot is None or chart.has_message():
            return
        box = plot.getViewBox()
        height = box.height()
        if height <= 0:
            return
        width = round(box.width())
        if width not in self._full_bands:  # measured once per width, not on every resize
            self._full_bands[width] = self._set_compact(False)
        top_px, bottom_px = self._full_bands[width]
        compact = height - top_px - bottom_px < self.COMPACT_BELOW * height
        top_px, bottom_px = self._set_compact(compact)
        legend_px = top_px - bottom_px
        per_unit = max(height - top_px - bottom_px, height / 3)  # pixels for the 0–1 scale
        y0, y1 = -bottom_px / per_unit, 1.0 + top_px / per_unit
        chart.setYRange(y0, y1, padding=0)
        for item, top, *_ in self._quadrant_items:
            item.setPos(item.pos().x(), y1 - legend_px / per_unit if top else y0 + 2 / per_unit)
        tick_px = QFontMetrics(plot.getAxis("left").style.get("tickFont") or QFont()).height()
        values = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0) if per_unit / 5 >= 1.3 * tick_px else (0.0, 0.5,
                                                                                     1.0)
        plot.getAxis("left").setTicks([[(v, f"{v:.1f}") for v in values]])

    def _set_compact(self, compact: bool) -> tuple[float, float]:
        """Full or compact quadrant labels and legend; returns the (top, bottom) bands they
        need in pixels."""
        chart = self.chart
        if compact != self._compact:
            self._compact = compact
            for item, _top, words, firms, _key in self._quadrant_items:
                item.setText(firms if compact else words, color=INK)
            chart.add_legend([(j, short if compact else full)
                              for j, full, short in self._legend_entries],
                             symbols=True, columns=max(len(self._legend_entries), 1))
            if chart.legend is not None:  # top centre, in the band above the 0–1 scale
                chart.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 4))
            tip = "\n\n".join(words.replace("\n", " · ") for _i, _t, words, *_ in
                               self._quadrant_items)
            chart.set_tip_note(tip if compact else "")
        legend_px = 0.0
        legend = chart.legend
        if legend is not None:
            width = chart.getPlotItem().getViewBox().width()
            legend.setColumnCount(max(len(self._legend_entries), 1))
            if len(self._legend_entries) > 1 and legend.boundingRect().width() > width - 8:
                legend.setColumnCount(1)
            legend_px = legend.boundingRect().height() + 8
        label_px = max(item.textItem.boundingRect().height()
                       for item, *_ in self._quadrant_items) + 4
        return legend_px + label_px, label_px

    def quadrant_labels(self) -> dict[tuple[str, str], str]:
        """(economic, social) → the text its corner shows now (its words and count, or on a
        short chart the count only)."""
        return {key: item.textItem.toPlainText() for item, *_, key in self._quadrant_items}

    def _fill_counts(self) -> None:
        table = self._summary.table if self._summary is not None else ()
        kind = self._choice.cutoff_kind
        word = self._cut_word(kind)
        self.side_title.setText(self.tr(
            "<b>Firms in each quadrant, by breakdown</b> (MS above / at or below each "
            "breakdown's {w})").format(w=word))
        if not table:
            self.counts_model.set_frame(pd.DataFrame())
            return
        rows = []
        for b in table:
            counts = b.quadrants()
            rows.append({
                "breakdown_var": (variable_label(b.breakdown_var) if b.breakdown_var != "all"
                                  else self.tr("All workers")),
                "breakdown": value_text(b.breakdown) if b.breakdown != "all" else self.tr("all"),
                **{f"{e}/{s}": counts[(e, s)] for e, s in QUADRANTS},
                "cutoff": b.cutoff})
        frame = pd.DataFrame(rows, dtype=object)  # counts stay whole numbers, None withheld
        headers = [self.tr("Breakdown"), self.tr("Group"),
                   *[(self.tr("Upgraded") if e == "upgraded" else self.tr("Not upgraded"))
                     + " / " + (self.tr("MS above {w}") if s == "above"
                                else self.tr("MS at or below {w}")).format(w=word)
                     for e, s in QUADRANTS],
                   self.tr("Cut-off ({w})").format(w=word)]
        grey = [i for i, b in enumerate(table) if b.suppressed]
        self.counts_model.set_frame(
            frame, headers=headers, grey_rows=grey,
            formatters={"cutoff": lambda v: "—" if v is None or pd.isna(v) else f"{v:.2f}"},
            numeric=list(frame.columns[2:]))
        self.counts_table.resizeColumnsToContents()
        self._fit_table_rows()
        QTimer.singleShot(0, self, self._fit_table_rows)  # again once the rows are laid out

    MIN_CHART_HEIGHT = 280
    """The chart keeps at least this much height when the counts table takes its rows."""
    CHART_SHARE = 0.55
    """... and at least this share of the view's height under its drop-downs: here the chart
    is the answer and the table the detail (it scrolls)."""

    def _fit_table_rows(self) -> None:
        """Every breakdown's row of the counts table in view (none showed on a 1024×768
        projector in large text); the chart above keeps its minimum."""
        below_tools = self.height() - self.splitter.y()
        chart = max(self.MIN_CHART_HEIGHT, round(self.CHART_SHARE * below_tools))
        fit_table_rows(self.counts_table, self, self.splitter, chart)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.counts_model.rowCount():
            self._fit_table_rows()

    # -- selection -------------------------------------------------------------------------------

    def firms_for(self, payload: tuple) -> list:
        _, econ, social = payload
        if self._summary is None:
            return []
        mask = self._summary.chart.in_quadrant(econ, social == "above")
        return [f for f, m in zip(self._summary.chart.points.firm_id, mask, strict=True) if m]

    def _on_clicked(self, payload: Any) -> None:
        if self.result is None or not isinstance(payload, tuple):
            return
        ids = self.firms_for(payload)
        var, level = self._choice.breakdown_var, self._choice.breakdown
        workers = self.result.workers
        mask = workers["firm_id"].isin(ids).to_numpy()
        if var != "all":
            mask = mask & level_mask(workers[var], level)
        self.select(ids, mask)
        self.highlight_firms(ids)


__all__ = ["MatrixView"]
