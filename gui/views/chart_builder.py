"""Chart builder (``chartBuilder``): a bar, box, histogram or scatter of any variable by any group.

For what the fixed views do not show. Every number, suppression and refusal is core's
(``core.analysis.builder``: a :class:`BuilderChart`): bars are means (or shares of "yes") with
95% CIs from ``core.analysis.comparisons.compare`` (worker variables clustered by firm; firm
variables: one firm per cluster, i.e. robust SEs); groups below the disclosure thresholds are not
drawn; money is never pooled across currencies. The view draws it.

API: ``ChartBuilder(firms=None, workers=None)``; ``set_tables(firms, workers, thresholds=None)``;
``set_result(result, *, result_b=None)`` (uses the subset's tables); ``configure(level=, kind=,
variable=, group=, y_variable=)``; ``view_state()`` / ``apply_view_state(state)`` (``{"level",
"kind", "variable", "group", "y_variable"}``); ``chart_result()`` (core's BuilderChart: the
numbers behind the chart); signals ``firmsSelected``, ``workersSelected``, ``viewStateChanged``;
``charts()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.analysis.builder import BuilderChart, BuilderData, builder_chart, builder_data
from core.analysis.comparisons import Thresholds
from core.analysis.view_choices import BUILDER_KINDS, BuilderChoice
from gui.charts import (
    BarSeries,
    Chart,
    bar_chart,
    box_chart,
    histogram_chart,
    number,
    percent1,
    scatter_points,
)
from gui.flow_layout import FlowLayout, labelled
from gui.views.base import AnalysisView, ChartPanel
from gui.views.labels import type_label, value_text, variable_label

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

KINDS = BUILDER_KINDS


class ChartBuilder(AnalysisView):
    def __init__(self, firms: pd.DataFrame | None = None, workers: pd.DataFrame | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("chartBuilder", parent)
        self.setAccessibleName(self.tr("Chart builder"))
        self.firms = pd.DataFrame()
        self.workers = pd.DataFrame()
        self.thresholds = Thresholds()
        self._choice = BuilderChoice()
        self._chart: BuilderChart | None = None
        self._data: BuilderData | None = None
        self._rows_by_payload: dict[Any, np.ndarray] = {}

        self.level_box = QComboBox(self)
        self.level_box.setObjectName("builderLevel")
        self.level_box.addItem(self.tr("Workers"), "workers")
        self.level_box.addItem(self.tr("Firms"), "firms")
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("builderKind")
        for kind, text in zip(KINDS, (self.tr("Bars: mean or share with 95% CI"),
                                      self.tr("Box plot"), self.tr("Histogram"),
                                      self.tr("Scatter")), strict=True):
            self.kind_box.addItem(text, kind)
        self.var_box = QComboBox(self)
        self.var_box.setObjectName("builderVariable")
        self.y_box = QComboBox(self)
        self.y_box.setObjectName("builderYVariable")
        self.group_box = QComboBox(self)
        self.group_box.setObjectName("builderGroup")
        for box, name in ((self.level_box, self.tr("Table")), (self.kind_box, self.tr("Chart")),
                          (self.var_box, self.tr("Variable")),
                          (self.y_box, self.tr("Second variable")),
                          (self.group_box, self.tr("Group by"))):
            box.setAccessibleName(name)
            box.setMinimumWidth(90)  # as wide as its longest item when there is room
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box in (self.level_box, self.kind_box, self.var_box, self.y_box, self.group_box):
            box.currentIndexChanged.connect(self._on_choice)
        top = FlowLayout()  # wraps at 1024 px or in larger text, so no drop-down is cut
        self.y_label = QLabel(self.tr("against:"), self)
        self.y_pair = labelled(self.y_label, self.y_box, self)
        for pair in (labelled(QLabel(self.tr("Table:"), self), self.level_box, self),
                     labelled(QLabel(self.tr("Chart:"), self), self.kind_box, self),
                     labelled(QLabel(self.tr("Variable:"), self), self.var_box, self),
                     self.y_pair,
                     labelled(QLabel(self.tr("Group by:"), self), self.group_box, self)):
            top.addWidget(pair)
        self.chart = Chart("", "", "", object_name="builderChart")
        self.chart.clicked.connect(self._on_clicked)
        self.note = QLabel(self)
        self.note.setObjectName("builderNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.selection_label)
        layout.addWidget(ChartPanel(self.chart), 1)
        layout.addLayout(bottom)
        if firms is not None:
            self.set_tables(firms, workers if workers is not None else pd.DataFrame())
        else:
            self.chart.show_message(self.tr("Open a survey to build a chart"))

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"builder": self.chart}

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        self.result = result
        self.set_tables(result.firms, result.workers, thresholds=result.settings.thresholds)

    def set_tables(self, firms: pd.DataFrame, workers: pd.DataFrame,
                   thresholds: Thresholds | None = None) -> None:
        self.firms, self.workers = firms, workers
        if self.result is None or self.result.firms is not firms:
            self.result = _Tables(firms, workers)
        if thresholds is not None:
            self.thresholds = thresholds
        self._update()

    def configure(self, *, level: str | None = None, kind: str | None = None,
                  variable: str | None = None, group: str | None = None,
                  y_variable: str | None = None) -> None:
        """Choose as a user would (unknown values raise KeyError)."""
        if level is not None:
            self._set_box(self.level_box, level)
        for box, value in ((self.kind_box, kind), (self.var_box, variable),
                           (self.y_box, y_variable), (self.group_box, group)):
            if value is not None:
                self._set_box(box, value)

    def view_state(self) -> dict:
        return self._choice.to_json()

    def apply_view_state(self, state: dict) -> None:
        self._choice = BuilderChoice.from_json(state)
        if self.result is not None:
            with self.applying_state():
                self._update()

    def chart_result(self) -> BuilderChart | None:
        """Core's numbers behind the chart (None before any table)."""
        return self._chart

    # -- choices ---------------------------------------------------------------------------------

    def _set_box(self, box: QComboBox, value: str) -> None:
        index = box.findData(value)
        if index < 0:
            raise KeyError(value)
        box.setCurrentIndex(index)

    def _on_choice(self) -> None:
        self._choice = BuilderChoice(self.level_box.currentData() or "workers",
                                     self.kind_box.currentData() or "bar",
                                     self.var_box.currentData(), self.group_box.currentData(),
                                     self.y_box.currentData())
        self._update()
        self._choice_changed()

    def _update(self) -> None:
        """Core's chart for the current choice, the boxes showing its (resolved) choice."""
        self._chart = builder_chart(self.firms, self.workers, self._choice, self.thresholds)
        self._choice = self._chart.choice
        self._show_choices()
        self.redraw()

    def _show_choices(self) -> None:
        c = self._chart
        boxes = (self.level_box, self.kind_box, self.var_box, self.y_box, self.group_box)
        for box in boxes:
            box.blockSignals(True)
        self.level_box.setCurrentIndex(max(self.level_box.findData(c.choice.level), 0))
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(c.choice.kind), 0))
        for box, names, pick in ((self.var_box, c.variables, c.choice.variable),
                                 (self.y_box, c.y_variables, c.choice.y_variable),
                                 (self.group_box, c.groups_offered, c.choice.group)):
            box.clear()
            for name in names:
                box.addItem(self.tr("No grouping") if name == "none" else variable_label(name),
                            name)
            if pick in names:
                box.setCurrentIndex(list(names).index(pick))
        for box in boxes:
            box.blockSignals(False)

    def _group_label(self, group_var: str, g: str) -> str:
        return type_label(g) if group_var == "highest_type" else value_text(g)

    # -- drawing ---------------------------------------------------------------------------------

    def redraw(self) -> None:
        chart, c = self.chart, self._chart
        kind = c.choice.kind if c is not None else self.kind_box.currentData()
        self.y_box.setVisible(kind == "scatter")
        self.y_label.setVisible(kind == "scatter")
        self.y_pair.setVisible(kind == "scatter")
        self._rows_by_payload = {}
        self.note.setText("")
        if c is None or c.empty:
            chart.show_message(self.tr("Nothing to chart: no table"))
            return
        if c.refused_currencies:
            chart.show_message(self.tr("Pay is in different currencies ({c}).\nChoose one "
                                       "country first, or chart wage ÷ minimum wage.").format(
                c=", ".join(c.refused_currencies)))
            return
        data = self._data = builder_data(self.firms, self.workers, c.choice)
        var, group_var = c.choice.variable, c.choice.group
        y, codes = data.values, data.codes
        finite = np.isfinite(y)
        if kind == "bar":
            self._draw_bars(c)
            for g in c.groups:
                self._rows_by_payload[("group", g.group)] = (codes == g.group) & finite
        elif kind == "box":
            for g in c.groups:
                self._rows_by_payload[("group", g.group)] = (codes == g.group) & finite
            box_chart(chart, [self._group_label(group_var, g.group) for g in c.groups],
                      [y[(codes == g.group) & finite] if not g.suppressed else y[:0]
                       for g in c.groups],
                      payloads=[("group", g.group) for g in c.groups],
                      notes=[f"n={g.n}" for g in c.groups],
                      hidden=[self.tr("too few\nto show") if g.suppressed else None
                              for g in c.groups])
            chart.set_labels(title=self.tr("Spread of {v}").format(v=variable_label(var)),
                             x_label=variable_label(group_var),
                             y_label=variable_label(var, currency=c.currency))
        elif kind == "histogram":
            edges = histogram_chart(chart, [(f"{self._group_label(group_var, g.group)} "
                                             f"(n={g.n})", y[codes == g.group])
                                            for g in c.groups])
            if len(edges):
                chart.set_labels(title=self.tr("Distribution of {v}").format(
                    v=variable_label(var)), x_label=variable_label(var, currency=c.currency),
                    y_label=self.tr("Number of {who}").format(
                        who=self.level_box.currentText().lower()))
        else:
            self._draw_scatter(c, data)

    def _draw_bars(self, c: BuilderChart) -> None:
        var, group_var = c.choice.variable, c.choice.group
        series = BarSeries(
            variable_label(var), [np.nan if g.mean is None else g.mean for g in c.groups],
            [np.nan if g.ci_low is None else g.ci_low for g in c.groups],
            [np.nan if g.ci_high is None else g.ci_high for g in c.groups],
            [("group", g.group) for g in c.groups], [g.suppressed for g in c.groups])
        cats = [f"{self._group_label(group_var, g.group)}\n(n={g.n:,})" for g in c.groups]
        bar_chart(self.chart, cats, [series], fmt=percent1 if c.is_share else number,
                  legend=False, suppressed_text=self.tr("too few\nto show"))
        ci = (self.tr("95% CI, clustered by firm") if c.choice.level == "workers"
              else self.tr("95% CI"))
        self.chart.set_labels(
            title=(self.tr("Share: {v}") if c.is_share else self.tr("Mean: {v}")).format(
                v=variable_label(var).split(",")[0]),
            x_label=variable_label(group_var) if group_var != "none" else "",
            y_label=variable_label(var, currency=c.currency, share=c.is_share) + f" ({ci})")

    def _draw_scatter(self, c: BuilderChart, data: BuilderData) -> None:
        chart = self.chart
        yvar = c.choice.y_variable
        if yvar is None or data.y_values is None:
            chart.show_message(self.tr("Choose a second variable"))
            return
        x, yy, codes = data.values, data.y_values, data.codes
        var, group_var = c.choice.variable, c.choice.group
        chart.clear_chart()
        legend = []
        for g in c.groups:
            j = data.names.index(g.group)
            m = (codes == g.group) & np.isfinite(x) & np.isfinite(yy)
            scatter_points(chart, x[m], yy[m], index=j, size=8)
            legend.append((j, f"{self._group_label(group_var, g.group)} (n={g.n})"))
        chart.add_legend(legend, symbols=True)
        chart.enableAutoRange()
        chart.set_labels(title=self.tr("{y} against {x}").format(
            y=variable_label(yvar).split(",")[0], x=variable_label(var).split(",")[0]),
            x_label=variable_label(var, currency=c.currency),
            y_label=variable_label(yvar, currency=c.currency))

    # -- selection -------------------------------------------------------------------------------

    def _on_clicked(self, payload: Any) -> None:
        mask = self._rows_by_payload.get(payload if not (isinstance(payload, tuple) and len(
            payload) == 3) else None)
        frame = self._data.frame if self._data is not None else None
        if mask is None or frame is None or "firm_id" not in frame.columns:
            return
        ids = list(dict.fromkeys(frame.loc[mask, "firm_id"]))
        if self._choice.level == "workers":
            self.select(ids, mask)
        else:
            self.select(ids)


class _Tables:
    """Stands in for an AnalysisResult when the builder is given bare tables."""

    def __init__(self, firms: pd.DataFrame, workers: pd.DataFrame) -> None:
        self.firms, self.workers = firms, workers


__all__ = ["ChartBuilder"]
