"""Economic × social matrix (``matrixView``): firms by upgrading score and firm-mean MS index.

Each firm is a point: x = its upgrading score (0–4 types, jittered so firms do not hide each other),
y = the mean measurable-standards index of its workers (over all workers, or only one skill group or
contract type). Quadrant lines: any economic upgrading (score ≥ 1) and the social cut-off (default:
the median of the firm means, as ``core.analysis.comparisons.economic_social_matrix``; or the mean, or a
value). Each quadrant shows its number of firms; clicking a quadrant selects its firms. The table
under it lists core's quadrant counts for the chosen breakdown.

API: ``set_result(result, *, result_b=None)`` (B is ignored here: one subset per matrix);
``set_breakdown(var, level)`` (var "all", "skill_group" or "contract"); ``set_cutoff(kind, value)``
(kind "median", "mean" or "value"); ``quadrant_counts()``; ``points()`` (firm_id, x, y, economic);
``highlight_firms(ids)``; signals ``firmsSelected``, ``workersSelected``; ``charts()``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.analysis.measures import firm_means
from gui.charts import INK, Chart, jitter, scatter_points, selection_overlay
from gui.views import (
    AnalysisView,
    ChartPanel,
    FrameTableModel,
    ViewTable,
    value_text,
    variable_label,
)

QUADRANTS = (("upgraded", "above"), ("upgraded", "below"), ("not upgraded", "above"),
             ("not upgraded", "below"))
ECONOMIC = {"process", "product", "functional", "chain"}


class MatrixView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("matrixView", parent)
        self.setAccessibleName(self.tr("Economic and social upgrading"))
        self._points = pd.DataFrame(columns=["firm_id", "x", "y", "economic"])
        self._cut = np.nan
        self._breakdown = ("all", "all")

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
        self.cut_value.setValue(0.6)
        self.cut_box.currentIndexChanged.connect(self._on_choice)
        self.cut_value.valueChanged.connect(self._on_choice)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Social score over:"), self))
        top.addWidget(self.breakdown_box)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Cut-off:"), self))
        top.addWidget(self.cut_box)
        top.addWidget(self.cut_value)
        top.addStretch(1)
        top.addWidget(self.selection_label)

        self.chart = Chart("", self.tr("Economic upgrading score (number of types, 0–4)"),
                           variable_label("ms_index_mean"), object_name="matrixChart")
        self.chart.clicked.connect(self._on_clicked)
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
        side_title = QLabel(self.tr("<b>Firms in each quadrant, by breakdown</b> "
                                    "(MS above / at or below each breakdown's median)"), self)
        side_title.setWordWrap(True)
        side_layout.addWidget(side_title)
        side_layout.addWidget(self.counts_table, 1)
        side_layout.addLayout(self.counts_table.tools())
        side_layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical, self)
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

    def set_result(self, result: Any, *, result_b: Any = None) -> None:
        self.result, self.result_b = result, result_b
        workers = result.workers
        self.breakdown_box.blockSignals(True)
        self.breakdown_box.clear()
        self.breakdown_box.addItem(self.tr("all workers"), "all=all")
        for var in ("skill_group", "contract"):
            if var in workers.columns:
                col = workers[var]
                levels = (list(col.cat.categories) if isinstance(col.dtype, pd.CategoricalDtype)
                          else sorted(col.dropna().unique()))
                for level in levels:
                    if (col == level).any():
                        self.breakdown_box.addItem(
                            f"{variable_label(var).lower()}: {value_text(level)}",
                            f"{var}={level}")
        index = max(self.breakdown_box.findData("=".join(self._breakdown)), 0)
        self.breakdown_box.setCurrentIndex(index)
        self.breakdown_box.blockSignals(False)
        self._breakdown = tuple(self.breakdown_box.currentData().split("=", 1))
        self._fill_counts()
        self.redraw()

    def set_breakdown(self, var: str, level: str = "all") -> None:
        index = self.breakdown_box.findData(f"{var}={level}")
        if index < 0:
            raise KeyError((var, level))
        self.breakdown_box.setCurrentIndex(index)

    def set_cutoff(self, kind: str, value: float | None = None) -> None:
        if value is not None:
            self.cut_value.setValue(value)
        self.cut_box.setCurrentIndex(self.cut_box.findData(kind))
        self.redraw()

    def points(self) -> pd.DataFrame:
        return self._points.copy()

    def cutoff(self) -> float:
        return self._cut

    def quadrant_counts(self) -> dict[tuple[str, str], int]:
        p = self._points
        return {(e, s): int(self._quadrant_mask(e, s).sum()) for e, s in QUADRANTS} if len(
            p) else {}

    def highlight_firms(self, ids: Any) -> None:
        super().highlight_firms(ids)
        p = self._points
        if p.empty:
            return
        m = p["firm_id"].isin(set(self.selected_firms)).to_numpy()
        self.chart.set_selection_items([selection_overlay(p["x"][m], p["y"][m])] if m.any()
                                       else [])

    # -- computing the points (core's firm means; only filtering workers here) -----------------

    def _on_choice(self) -> None:
        self._breakdown = tuple((self.breakdown_box.currentData() or "all=all").split("=", 1))
        self.cut_value.setEnabled(self.cut_box.currentData() == "value")
        if self.result is not None:
            self.redraw()

    def _compute_points(self) -> pd.DataFrame:
        firms, workers = self.result.firms, self.result.workers
        var, level = self._breakdown
        if "ms_index" not in workers.columns:
            return pd.DataFrame(columns=["firm_id", "x", "y", "economic", "n_workers"])
        part = workers if var == "all" else workers[
            (workers[var].astype(object) == level).to_numpy()]
        means = firm_means(part, part["firm_id"], ["ms_index"]).set_index("firm_id")
        y = means["ms_index_mean"].reindex(firms["firm_id"]).to_numpy(dtype=float)
        n = means["ms_index_n"].reindex(firms["firm_id"]).fillna(0).to_numpy(dtype=int)
        ht = firms["highest_type"].astype(object)
        economic = np.where(ht.isin(ECONOMIC), "upgraded",
                            np.where(ht == "none", "not upgraded", "unknown"))
        score = firms["upgrading_score"].to_numpy(dtype=float)
        x = score + jitter(len(firms), 0.28)
        out = pd.DataFrame({"firm_id": firms["firm_id"].to_numpy(), "x": x, "y": y,
                            "economic": economic, "n_workers": n, "score": score})
        return out[np.isfinite(out["y"])].reset_index(drop=True)

    def _quadrant_mask(self, economic: str, social: str) -> np.ndarray:
        p = self._points
        e = (p["economic"] == economic).to_numpy()
        above = (p["y"] > self._cut).to_numpy()
        return e & (above if social == "above" else ~above)

    # -- drawing ---------------------------------------------------------------------------------

    def redraw(self) -> None:
        if self.result is None:
            return
        chart = self.chart
        self._points = p = self._compute_points()
        if p.empty:
            chart.show_message(self.tr("No measurable-standards index for these workers"))
            return
        kind = self.cut_box.currentData()
        self._cut = (float(np.median(p["y"])) if kind == "median" else
                     float(p["y"].mean()) if kind == "mean" else float(self.cut_value.value()))
        chart.clear_chart()
        legend = []
        for j, (econ, text) in enumerate((("upgraded", self.tr("Upgraded (any type)")),
                                          ("not upgraded", self.tr("Not upgraded")),
                                          ("unknown", self.tr("Upgrading unknown")))):
            m = (p["economic"] == econ).to_numpy()
            if m.any():
                scatter_points(chart, p["x"][m], p["y"][m], index=j, size=11,
                               data=p["firm_id"][m].tolist())
                legend.append((j, f"{text} (n={int(m.sum())})"))
        chart.add_legend(legend, symbols=True, columns=len(legend))
        if chart.legend is not None:  # top centre, in the band above the 0–1 scale
            chart.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 4))
        dash = pg.mkPen("#444444", width=2, style=Qt.PenStyle.DashLine)
        chart.addItem(pg.InfiniteLine(0.5, angle=90, pen=dash))
        chart.addItem(pg.InfiniteLine(self._cut, angle=0, pen=dash))
        x0, x1 = -0.5, 4.5
        y0, y1 = -0.2, 1.26  # bands below 0 and above 1 hold the quadrant labels
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        cut_word = {"median": self.tr("median"), "mean": self.tr("mean"),
                    "value": self.tr("cut-off")}[kind]
        for econ, social in QUADRANTS:
            m = self._quadrant_mask(econ, social)
            left = econ == "not upgraded"
            rect = QRectF(x0 if left else 0.5, self._cut if social == "above" else y0,
                          (0.5 - x0) if left else (x1 - 0.5),
                          (y1 - self._cut) if social == "above" else (self._cut - y0))
            chart.add_hit(rect, ("quadrant", econ, social))
            words = (self.tr("Upgraded") if econ == "upgraded" else self.tr("Not upgraded")) + \
                "\n" + (self.tr("MS above {w}") if social == "above"
                        else self.tr("MS at or below {w}")).format(w=cut_word) + \
                "\n" + (self.tr("1 firm") if int(m.sum()) == 1
                        else self.tr("{n} firms").format(n=int(m.sum())))
            item = pg.TextItem(words, color=INK, anchor=(1 if not left else 0,
                                                         0 if social == "above" else 1),
                               fill=pg.mkBrush(255, 255, 255, 200))
            item.setFont(font)
            chart.addItem(item)
            item.setPos(x1 - 0.05 if not left else x0 + 0.05,
                        y1 - 0.01 if social == "above" else y0 + 0.01)
        var, level = self._breakdown
        over = (self.tr("all workers") if var == "all"
                else f"{variable_label(var).lower()}: {value_text(level)}")
        chart.set_labels(
            title=self.tr("Economic × social upgrading ({n} firms; MS over {over})").format(
                n=len(p), over=over),
            y_label=self.tr("Firm mean of measurable standards index (0–1)"))
        ticks = [(i, str(i)) for i in range(5)]
        chart.getPlotItem().getAxis("bottom").setTicks([ticks])
        chart.getPlotItem().getAxis("left").setTicks(
            [[(v, f"{v:.1f}") for v in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)]])
        chart.setXRange(x0, x1, padding=0)
        chart.setYRange(y0, y1, padding=0)
        self.note.setText(self.tr(
            "Each point is a firm (moved a little sideways so points do not hide each other). "
            "Social cut-off = {cut:.2f}; points at the line count as at or below. {k} firms are "
            "not shown: none of these workers there has an MS index.").format(
                cut=self._cut, k=len(self.result.firms) - len(p)))
        self.highlight_firms(self.selected_firms)

    def _fill_counts(self) -> None:
        m = self.result.matrix
        if m.empty:
            self.counts_model.set_frame(pd.DataFrame())
            return
        quad = m[(m["economic"] != "unknown") & (m["social"] != "no MS index")].copy()
        quad["cell"] = quad["economic"] + " / MS " + quad["social"]
        wide = quad.pivot_table(index=["breakdown_var", "breakdown"], columns="cell",
                                values="n_firms", aggfunc="sum", sort=False).reset_index()
        med = quad.groupby(["breakdown_var", "breakdown"], sort=False)["median_ms"].first()
        wide["median"] = med.to_numpy()
        wide["breakdown_var"] = [variable_label(v) if v != "all" else self.tr("All workers")
                                 for v in wide["breakdown_var"]]
        cols = ["breakdown_var", "breakdown", *[f"{e} / MS {s}" for e in ("upgraded",
                                                                          "not upgraded")
                                                for s in ("above median", "at or below median")
                                                if f"{e} / MS {s}" in wide.columns], "median"]
        frame = wide[cols].copy()
        frame["breakdown"] = [value_text(v) if v != "all" else self.tr("all")
                              for v in frame["breakdown"]]
        quadrants = {
            "upgraded / MS above median": self.tr("Upgraded / MS above median"),
            "upgraded / MS at or below median": self.tr("Upgraded / MS at or below median"),
            "not upgraded / MS above median": self.tr("Not upgraded / MS above median"),
            "not upgraded / MS at or below median": self.tr(
                "Not upgraded / MS at or below median"),
        }
        headers = [self.tr("Breakdown"), self.tr("Group"),
                   *[quadrants.get(c, c) for c in cols[2:-1]], self.tr("Median MS")]
        self.counts_model.set_frame(frame, headers=headers,
                                    formatters={"median": lambda v: f"{v:.2f}"},
                                    numeric=cols[2:])
        self.counts_table.resizeColumnsToContents()

    # -- selection -------------------------------------------------------------------------------

    def firms_for(self, payload: tuple) -> list:
        _, econ, social = payload
        return self._points.loc[self._quadrant_mask(econ, social), "firm_id"].tolist()

    def _on_clicked(self, payload: Any) -> None:
        if self.result is None or not isinstance(payload, tuple):
            return
        ids = self.firms_for(payload)
        var, level = self._breakdown
        workers = self.result.workers
        mask = workers["firm_id"].isin(ids).to_numpy()
        if var != "all":
            mask = mask & (workers[var].astype(object) == level).to_numpy()
        self.select(ids, mask)
        self.highlight_firms(ids)


__all__ = ["MatrixView"]
