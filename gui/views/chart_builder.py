"""Chart builder (``chartBuilder``): a bar, box, histogram or scatter of any variable by any group.

For what the fixed views do not show. Bars are means (or shares of "yes") with 95% CIs from
``core.analysis.comparisons.compare`` (worker variables clustered by firm; firm variables: one firm per
cluster, i.e. robust SEs); groups below the disclosure thresholds are not drawn. Money is never
pooled across currencies.

API: ``ChartBuilder(firms=None, workers=None)``; ``set_tables(firms, workers, thresholds=None)``;
``set_result(result, *, result_b=None)`` (uses the subset's tables); ``configure(level=, kind=,
variable=, group=, y_variable=)``; ``summary()`` (the numbers behind the last bar chart); signals
``firmsSelected``, ``workersSelected``; ``charts()``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.analysis.comparisons import Thresholds, compare
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
from gui.views import (
    MONEY,
    AnalysisView,
    ChartPanel,
    categorical_columns,
    currencies_of,
    currency_of,
    group_values,
    is_yes_no,
    numeric_columns,
    type_label,
    value_text,
    variable_label,
)

KINDS = ("bar", "box", "histogram", "scatter")


class ChartBuilder(AnalysisView):
    def __init__(self, firms: pd.DataFrame | None = None, workers: pd.DataFrame | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("chartBuilder", parent)
        self.setAccessibleName(self.tr("Chart builder"))
        self.firms = pd.DataFrame()
        self.workers = pd.DataFrame()
        self.thresholds = Thresholds()
        self._summary = pd.DataFrame()
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
        self.level_box.currentIndexChanged.connect(self._fill_variables)
        for box in (self.kind_box, self.var_box, self.y_box, self.group_box):
            box.currentIndexChanged.connect(self.redraw)
        top = QHBoxLayout()
        self.y_label = QLabel(self.tr("against:"), self)
        for widget in (QLabel(self.tr("Table:"), self), self.level_box, QLabel(self.tr("Chart:"),
                                                                                self),
                       self.kind_box, QLabel(self.tr("Variable:"), self), self.var_box,
                       self.y_label, self.y_box, QLabel(self.tr("Group by:"), self),
                       self.group_box):
            top.addWidget(widget)
        top.addStretch(1)
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

    def set_result(self, result: Any, *, result_b: Any = None) -> None:
        self.result = result
        self.set_tables(result.firms, result.workers, thresholds=result.settings.thresholds)

    def set_tables(self, firms: pd.DataFrame, workers: pd.DataFrame,
                   thresholds: Thresholds | None = None) -> None:
        self.firms, self.workers = firms, workers
        if self.result is None or self.result.firms is not firms:
            self.result = _Tables(firms, workers)
        if thresholds is not None:
            self.thresholds = thresholds
        self._fill_variables()

    def configure(self, *, level: str | None = None, kind: str | None = None,
                  variable: str | None = None, group: str | None = None,
                  y_variable: str | None = None) -> None:
        for box, value in ((self.level_box, level), (self.kind_box, kind),
                           (self.var_box, variable), (self.y_box, y_variable),
                           (self.group_box, group)):
            if value is not None:
                index = box.findData(value)
                if index < 0:
                    raise KeyError(value)
                box.setCurrentIndex(index)
        self.redraw()

    def summary(self) -> pd.DataFrame:
        return self._summary.copy()

    # -- choices ---------------------------------------------------------------------------------

    def _table(self) -> pd.DataFrame:
        return self.workers if self.level_box.currentData() == "workers" else self.firms

    def _fill_variables(self) -> None:
        frame = self._table()
        variables = [c for c in frame.columns if not c.startswith("_") and c not in (
            "firm_id", "worker_id", "explanation", "min_wage_currency")
            and (is_yes_no(frame[c]) or c in numeric_columns(frame))]
        groups = ["none", *categorical_columns(frame)]
        if self.level_box.currentData() == "workers" and "firm_id" in frame.columns:
            firm_groups = [c for c in categorical_columns(self.firms, skip=("downgraded",))
                           if c not in frame.columns]
            groups[1:1] = firm_groups  # a firm's category carried to its workers
        money_ok = len(currencies_of(frame)) <= 1
        for box, names, prefer in ((self.var_box, variables,
                                    "monthly_wage" if money_ok else "wage_to_minimum"),
                                   (self.y_box, [v for v in variables if not is_yes_no(frame[v])],
                                    "hours_per_week"),
                                   (self.group_box, groups, "highest_type")):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for name in names:
                box.addItem(self.tr("No grouping") if name == "none" else variable_label(name),
                            name)
            pick = current if current in names else prefer if prefer in names else (
                names[0] if names else None)
            if pick is not None:
                box.setCurrentIndex(names.index(pick))
            box.blockSignals(False)
        self.redraw()

    # -- data helpers ----------------------------------------------------------------------------

    def _groups(self, frame: pd.DataFrame, name: str) -> pd.Series:
        if name == "none":
            return pd.Series(pd.Categorical(["all"] * len(frame)), index=frame.index)
        if name not in frame.columns and name in self.firms.columns:  # a firm column on workers
            from core.analysis.comparisons import worker_group

            return group_values(worker_group(name, self.firms, frame))
        return group_values(frame[name])

    def _values(self, frame: pd.DataFrame, name: str) -> np.ndarray:
        s = frame[name]
        if is_yes_no(s):
            return s.astype("boolean").astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        return s.to_numpy(dtype=float, na_value=np.nan)

    def _group_label(self, group_var: str, g: str) -> str:
        return type_label(g) if group_var == "highest_type" else value_text(g)

    # -- drawing ---------------------------------------------------------------------------------

    def redraw(self) -> None:
        chart = self.chart
        frame = self._table()
        var, group_var = self.var_box.currentData(), self.group_box.currentData()
        kind = self.kind_box.currentData()
        self.y_box.setVisible(kind == "scatter")
        self.y_label.setVisible(kind == "scatter")
        self._summary = pd.DataFrame()
        self._rows_by_payload = {}
        self.note.setText("")
        if frame.empty or var is None or group_var is None:
            chart.show_message(self.tr("Nothing to chart: no table"))
            return
        if var in MONEY and self.level_box.currentData() == "workers" and \
                len(currencies_of(frame)) > 1:
            chart.show_message(self.tr("Pay is in different currencies ({c}).\nChoose one "
                                       "country first, or chart wage ÷ minimum wage.").format(
                c=", ".join(currencies_of(frame))))
            return
        groups = self._groups(frame, group_var)
        y = self._values(frame, var)
        currency = currency_of(frame) if self.level_box.currentData() == "workers" else None
        share = is_yes_no(frame[var])
        names = [str(c) for c in groups.cat.categories if (groups == c).any()]
        codes = groups.astype(object).to_numpy()
        if kind == "bar":
            self._draw_bars(frame, y, groups, names, var, group_var, share, currency)
        elif kind == "box":
            data = [y[(codes == g) & np.isfinite(y)] for g in names]
            for g in names:
                self._rows_by_payload[("group", g)] = (codes == g) & np.isfinite(y)
            box_chart(chart, [self._group_label(group_var, g) for g in names], data,
                      payloads=[("group", g) for g in names],
                      notes=[f"n={len(d)}" for d in data],
                      hidden=[self.tr("too few\nto show") if self._too_few(frame, codes == g)
                              else None for g in names])
            chart.set_labels(title=self.tr("Spread of {v}").format(v=variable_label(var)),
                             x_label=variable_label(group_var),
                             y_label=variable_label(var, currency=currency))
        elif kind == "histogram":
            visible = [(g, y[codes == g]) for g in names if not self._too_few(frame, codes == g)]
            edges = histogram_chart(chart, [(f"{self._group_label(group_var, g)} "
                                             f"(n={int(np.isfinite(v).sum())})", v)
                                            for g, v in visible])
            if len(edges):
                chart.set_labels(title=self.tr("Distribution of {v}").format(
                    v=variable_label(var)), x_label=variable_label(var, currency=currency),
                    y_label=self.tr("Number of {who}").format(
                        who=self.level_box.currentText().lower()))
        else:
            self._draw_scatter(frame, y, codes, names, var, group_var, currency)

    def _too_few(self, frame: pd.DataFrame, mask: np.ndarray) -> bool:
        n = int(mask.sum())
        if "firm_id" not in frame.columns:
            return n < self.thresholds.min_workers
        firms = frame.loc[mask, "firm_id"].nunique()
        if self.level_box.currentData() == "firms":
            return firms < self.thresholds.min_firms
        return firms < self.thresholds.min_firms or n < self.thresholds.min_workers

    def _draw_bars(self, frame, y, groups, names, var, group_var, share, currency) -> None:
        firm_id = frame["firm_id"] if "firm_id" in frame.columns else pd.Series(
            np.arange(len(frame)))
        th = self.thresholds
        if self.level_box.currentData() == "firms":
            th = Thresholds(th.few_firms, th.min_firms, 0)
        table = compare(y, groups, firm_id, outcome=var, group_var=group_var, thresholds=th)
        self._summary = table
        codes = groups.astype(object).to_numpy()
        for g in table["group"]:
            self._rows_by_payload[("group", g)] = (codes == g) & np.isfinite(y)
        series = BarSeries(
            variable_label(var), table["mean"], table["ci_low"], table["ci_high"],
            [("group", g) for g in table["group"]], table["suppressed"].tolist())
        cats = [f"{self._group_label(group_var, g)}\n(n={int(n):,})"
                for g, n in zip(table["group"], table["n_workers"], strict=True)]
        bar_chart(self.chart, cats, [series], fmt=percent1 if share else number, legend=False,
                  suppressed_text=self.tr("too few\nto show"))
        level = self.level_box.currentData()
        ci = self.tr("95% CI, clustered by firm") if level == "workers" else self.tr("95% CI")
        self.chart.set_labels(
            title=(self.tr("Share: {v}") if share else self.tr("Mean: {v}")).format(
                v=variable_label(var).split(",")[0]),
            x_label=variable_label(group_var) if group_var != "none" else "",
            y_label=variable_label(var, currency=currency, share=share) + f" ({ci})")

    def _draw_scatter(self, frame, y, codes, names, var, group_var, currency) -> None:
        chart = self.chart
        yvar = self.y_box.currentData()
        if yvar is None:
            chart.show_message(self.tr("Choose a second variable"))
            return
        x = y
        yy = self._values(frame, yvar)
        chart.clear_chart()
        legend = []
        for j, g in enumerate(names):
            m = (codes == g) & np.isfinite(x) & np.isfinite(yy)
            if self._too_few(frame, codes == g):
                continue
            if m.any():
                scatter_points(chart, x[m], yy[m], index=j, size=8)
                legend.append((j, f"{self._group_label(group_var, g)} (n={int(m.sum())})"))
        chart.add_legend(legend, symbols=True)
        chart.enableAutoRange()
        chart.set_labels(title=self.tr("{y} against {x}").format(
            y=variable_label(yvar).split(",")[0], x=variable_label(var).split(",")[0]),
            x_label=variable_label(var, currency=currency),
            y_label=variable_label(yvar, currency=currency))

    # -- selection -------------------------------------------------------------------------------

    def _on_clicked(self, payload: Any) -> None:
        mask = self._rows_by_payload.get(payload if not (isinstance(payload, tuple) and len(
            payload) == 3) else None)
        frame = self._table()
        if mask is None or "firm_id" not in frame.columns:
            return
        ids = list(dict.fromkeys(frame.loc[mask, "firm_id"]))
        if self.level_box.currentData() == "workers":
            self.select(ids, mask)
        else:
            self.select(ids)


class _Tables:
    """Stands in for an AnalysisResult when the builder is given bare tables."""

    def __init__(self, firms: pd.DataFrame, workers: pd.DataFrame) -> None:
        self.firms, self.workers = firms, workers


__all__ = ["ChartBuilder"]
