"""Worker outcomes view (``outcomesView``): is a worker's situation different in upgrading firms?

Pick an outcome and a grouping (default: the firm's highest upgrading type, reference "none"); see
means or shares with 95% firm-clustered CI error bars, a box plot of pay (only within one currency:
pooled currencies are refused in plain words and wage ÷ minimum wage is shown instead), and the
comparison table (n firms, n workers, mean, CI, difference, p-value, plain-words notes). A breakdown
(skill group, contract, gender) draws one bar per level side by side; a second subset (B) is drawn
beside A.

Numbers come from ``core.analysis.comparisons.run_comparisons`` (Stata-equivalent CR1 clustered OLS), run off
the GUI thread through :class:`gui.analysis_runner.AnalysisRunner` (latest request wins).

API: ``set_result(result, *, result_b=None)``; ``set_outcome(name)``, ``set_grouping(name)``,
``set_breakdown(name or "none")``; ``comparisons()`` (the table behind the chart, with
``breakdown`` and ``subset`` columns); signals ``computed(object)`` (that table, when ready),
``firmsSelected(list)``, ``workersSelected(object)``; ``highlight_firms(ids)``; ``charts()``;
``shutdown()`` before the widget goes away (waits for a running computation).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis.comparisons import DEFAULT_OUTCOMES, MONEY_OUTCOMES, run_comparisons, worker_group
from gui.analysis_runner import AnalysisRunner
from gui.charts import BarSeries, Chart, bar_chart, box_chart, number, percent, percent1
from gui.views import (
    AnalysisView,
    ChartPanel,
    FrameTableModel,
    ViewTable,
    categorical_columns,
    currencies_of,
    currency_of,
    type_label,
    value_text,
    variable_label,
)

BREAKDOWNS = ("none", "skill_group", "contract", "gender")


def compute_outcome_table(firms: pd.DataFrame, workers: pd.DataFrame, *, outcome: str,
                          group_var: str, breakdown: str, settings: Any, subset_tag: str = "A"
                          ) -> tuple[pd.DataFrame, list[str]]:
    """Comparison rows for one outcome × grouping, per breakdown level (core does the statistics;
    this only splits the workers). Adds columns ``breakdown`` and ``subset``."""
    frames, warnings = [], []
    if breakdown == "none" or breakdown not in workers.columns:
        parts = [("all", workers)]
    else:
        col = workers[breakdown]
        levels = (list(col.cat.categories) if isinstance(col.dtype, pd.CategoricalDtype)
                  else sorted(col.dropna().unique()))
        parts = [(str(level), workers[(col == level).fillna(False).to_numpy(dtype=bool)])
                 for level in levels]
    for level, part in parts:
        if part.empty:
            continue
        table, warn = run_comparisons(firms, part, outcomes=[outcome], group_vars=[group_var],
                                      references=settings.references,
                                      use_weights=settings.use_weights,
                                      thresholds=settings.thresholds)
        table = table.assign(breakdown=level, subset=subset_tag)
        frames.append(table)
        warnings += [w if level == "all" else f"{level}: {w}" for w in warn]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return out, list(dict.fromkeys(warnings))


def _compute_job(firms, workers, firms_b, workers_b, outcome, group_var, breakdown, settings):
    table, warnings = compute_outcome_table(firms, workers, outcome=outcome, group_var=group_var,
                                            breakdown=breakdown, settings=settings)
    if firms_b is not None:
        tb, wb = compute_outcome_table(firms_b, workers_b, outcome=outcome, group_var=group_var,
                                       breakdown=breakdown, settings=settings, subset_tag="B")
        table = pd.concat([table, tb], ignore_index=True)
        warnings += [f"B: {w}" for w in wb]
    return table, warnings


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def note_for(row: Any, thresholds: Any) -> str:
    """Plain words for a comparison row's flags."""
    if row.suppressed:
        return _tr("Too few to show: fewer than {f} firms or {w} workers").format(
            f=thresholds.min_firms, w=thresholds.min_workers)
    if row.few_firms:
        return _tr("Only {n} firms: the range is rough").format(n=int(row.n_firms))
    return ""


def p_text(p: float) -> str:
    """A p-value as people read it: three decimals, and "< 0.001" rather than a bare 0.000."""
    return "< 0.001" if p < 0.0005 else f"{p:.3f}"


class OutcomesView(AnalysisView):
    computed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 runner: AnalysisRunner | None = None) -> None:
        super().__init__("outcomesView", parent)
        self.setAccessibleName(self.tr("Worker outcomes"))
        self.runner = runner or AnalysisRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self._table = pd.DataFrame()
        self._warnings: list[str] = []
        self._outcome = "wage_to_minimum"
        self._group = "highest_type"
        self._breakdown = "none"
        self._refusal = ""

        self.outcome_box = QComboBox(self)
        self.outcome_box.setObjectName("outcomesOutcome")
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.group_box = QComboBox(self)
        self.group_box.setObjectName("outcomesGrouping")
        self.group_box.setAccessibleName(self.tr("Compare groups of"))
        self.breakdown_box = QComboBox(self)
        self.breakdown_box.setObjectName("outcomesBreakdown")
        self.breakdown_box.setAccessibleName(self.tr("Side by side for each"))
        for box in (self.outcome_box, self.group_box, self.breakdown_box):
            box.currentIndexChanged.connect(self._on_choice)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(150)  # as wide as its longest item when there is room
        top = QHBoxLayout()
        for text, box in ((self.tr("Outcome:"), self.outcome_box),
                          (self.tr("Compare:"), self.group_box),
                          (self.tr("Side by side for each:"), self.breakdown_box)):
            top.addWidget(QLabel(text, self))
            top.addWidget(box)
            top.addSpacing(10)
        top.addStretch(1)
        top.addWidget(self.selection_label)

        self.means_chart = Chart("", "", "", object_name="outcomesMeansChart")
        self.box_chart = Chart("", "", "", object_name="outcomesBoxChart")
        self.means_chart.clicked.connect(self._on_clicked)
        self.box_chart.clicked.connect(self._on_clicked)
        # Tabs, not side by side: at 1280×800 beside the subset panel, two charts side by side
        # leave the box plot's group names overlapping.
        charts = QTabWidget(self)
        charts.setObjectName("outcomesChartTabs")
        charts.addTab(ChartPanel(self.means_chart), self.tr("Means with 95% CI"))
        charts.addTab(ChartPanel(self.box_chart), self.tr("Spread (box plot)"))
        self.chart_tabs = charts

        self.table_model = FrameTableModel(self)
        self.table = ViewTable("outcomesTable", self.tr("Comparison table"), self)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("outcomesWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #7a4b00;")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("outcomesStatus")

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(self.table.tools())
        lower_layout.addWidget(self.warnings_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(charts)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)
        self.means_chart.show_message(self.tr("Open a survey to compare workers"))

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"means": self.means_chart, "box": self.box_chart}

    def set_result(self, result: Any, *, result_b: Any = None) -> None:
        self.result, self.result_b = result, result_b
        workers, firms = result.workers, result.firms
        outcomes = [o for o in DEFAULT_OUTCOMES if o in workers.columns
                    and workers[o].notna().any()]
        groups = ["highest_type", *[c for c in categorical_columns(
            firms, skip=("highest_type", "downgraded")) if firms[c].notna().any()],
            *[c for c in categorical_columns(workers) if c in ("skill_group", "contract",
                                                               "gender", "education",
                                                               "piece_rate")]]
        groups = list(dict.fromkeys(groups))
        breakdowns = [b for b in BREAKDOWNS if b == "none" or b in workers.columns]
        self._fill(self.outcome_box, outcomes, self._outcome, "wage_to_minimum")
        self._fill(self.group_box, groups, self._group, "highest_type")
        self._fill(self.breakdown_box, breakdowns, self._breakdown, "none")
        self._read_choices()
        self.recompute()

    def set_outcome(self, name: str) -> None:
        self._set(self.outcome_box, name)

    def set_grouping(self, name: str) -> None:
        self._set(self.group_box, name)

    def set_breakdown(self, name: str) -> None:
        self._set(self.breakdown_box, name)

    def comparisons(self) -> pd.DataFrame:
        return self._table.copy()

    def shutdown(self) -> None:
        self.runner.shutdown()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def pooled_currencies(self) -> list[str]:
        """The currencies a money outcome would pool (empty when it is safe to compare)."""
        if self.result is None or self._outcome not in MONEY_OUTCOMES:
            return []
        found = currencies_of(self.result.workers)
        if self.result_b is not None:
            found = sorted(set(found) | set(currencies_of(self.result_b.workers)))
        return found if len(found) > 1 else []

    def recompute(self) -> None:
        """Ask the runner for the comparisons of the current choices (latest request wins)."""
        if self.result is None or not self._outcome:
            return
        pooled = self.pooled_currencies()
        if pooled:  # never average VND with baht: say so instead of drawing
            self.runner.submit("outcomes", lambda: (pd.DataFrame(), []))
            self._refusal = self.tr(
                "Pay is in {c}: wages in money are compared only within one country. Choose "
                "one country in the subset, or pick “Wage ÷ minimum wage”.").format(
                c=", ".join(pooled))
            return
        self._refusal = ""
        b = self.result_b
        self.status_label.setText(self.tr("Computing…"))
        self.runner.submit("outcomes", _compute_job, self.result.firms, self.result.workers,
                           None if b is None else b.firms, None if b is None else b.workers,
                           self._outcome, self._group, self._breakdown, self.result.settings)

    # -- choices ---------------------------------------------------------------------------------

    def _fill(self, box: QComboBox, names: list[str], current: str, default: str) -> None:
        box.blockSignals(True)
        box.clear()
        for name in names:
            label = (self.tr("Nobody: one bar per group") if name == "none" else
                     variable_label(name))
            box.addItem(label, name)
        pick = current if current in names else default if default in names else (
            names[0] if names else None)
        if pick is not None:
            box.setCurrentIndex(names.index(pick))
        box.blockSignals(False)

    def _set(self, box: QComboBox, name: str) -> None:
        index = box.findData(name)
        if index < 0:
            raise KeyError(name)
        box.setCurrentIndex(index)

    def _read_choices(self) -> None:
        self._outcome = self.outcome_box.currentData() or ""
        self._group = self.group_box.currentData() or "highest_type"
        self._breakdown = self.breakdown_box.currentData() or "none"

    def _on_choice(self) -> None:
        self._read_choices()
        self.recompute()

    # -- results ---------------------------------------------------------------------------------

    def _on_failed(self, key: str, message: str, details: str) -> None:
        if key == "outcomes":
            self.status_label.setText(self.tr("Could not compare: {m}").format(m=message))

    def _on_finished(self, key: str, payload: Any) -> None:
        if key != "outcomes" or self.result is None:
            return
        self._table, self._warnings = payload
        self.status_label.setText("")
        self._draw_means()
        self._draw_box()
        self._fill_table()
        self.computed.emit(self._table.copy())

    def _is_share(self) -> bool:
        return not self._table.empty and bool((self._table["scale"] == "share").all())

    def _value_label(self) -> str:
        cur = currency_of(self.result.workers)
        return variable_label(self._outcome, currency=cur, share=self._is_share())

    def _group_text(self, g: str) -> str:
        return type_label(g, short=True) if self._group == "highest_type" else value_text(g)

    def _draw_means(self) -> None:
        chart, t = self.means_chart, self._table
        if t.empty:
            chart.show_message(self._refusal or self.tr("No workers with this outcome in the "
                                                        "subset"),
                               title=variable_label(self._outcome).split(",")[0])
            return
        share = self._is_share()
        groups = list(dict.fromkeys(t["group"]))
        series_keys = list(dict.fromkeys(zip(t["subset"], t["breakdown"], strict=True)))
        series = []
        for subset_tag, level in series_keys:
            rows = t[(t["subset"] == subset_tag) & (t["breakdown"] == level)].set_index("group")
            vals, lo, hi, supp, pay, notes = [], [], [], [], [], []
            for g in groups:
                r = rows.loc[g] if g in rows.index else None
                vals.append(float(r["mean"]) if r is not None else np.nan)
                lo.append(float(r["ci_low"]) if r is not None else np.nan)
                hi.append(float(r["ci_high"]) if r is not None else np.nan)
                supp.append(bool(r["suppressed"]) if r is not None else False)
                pay.append(("group", subset_tag, level, g))
                notes.append("" if r is None or len(series_keys) > 1 else
                             self.tr("{f} firms").format(f=int(r["n_firms"])))
            nw = int(rows["n_workers"].sum())
            name = value_text(level) if level != "all" else ""
            if self.result_b is not None:
                name = f"{subset_tag}: {name or self.tr('all workers')}"
            series.append(BarSeries(f"{name} (n={nw:,})" if name else "", vals, lo, hi, pay, supp,
                                    notes=notes))
        if len(series_keys) == 1:
            rows = t.set_index("group")
            cats = [f"{self._group_text(g)}\n" + self.tr("{w} workers").format(
                w=int(rows.loc[g, "n_workers"])) for g in groups]
        else:
            cats = [self._group_text(g) for g in groups]
        bar_chart(chart, cats, series, fmt=percent1 if share else number,
                  suppressed_text=self.tr("too few\nto show"),
                  legend_columns=1 if len(series) <= 4 else 2)
        what = self.tr("Share") if share else self.tr("Mean")
        chart.set_labels(
            title=self.tr("{what}: {outcome} (95% CI, clustered by firm)").format(
                what=what, outcome=variable_label(self._outcome).split(",")[0]),
            x_label=variable_label(self._group)
            + (self.tr(" (reference: {r})").format(r=self._group_text(t["reference"].iloc[0]))
               if pd.notna(t["reference"].iloc[0]) else ""),
            y_label=self._value_label())

    def _box_variable(self) -> tuple[str | None, str]:
        """What the box plot shows, and why when it is not the chosen outcome."""
        workers = self.result.workers
        many = len(currencies_of(workers)) > 1
        out = self._outcome
        continuous = (out in workers.columns and not self._is_share()
                      and out != "log_monthly_wage")
        if continuous and not (out in MONEY_OUTCOMES and many):
            return out, ""
        if "monthly_wage" in workers.columns and not many:
            return "monthly_wage", ""
        if "wage_to_minimum" in workers.columns:
            return "wage_to_minimum", self.tr(
                "Pay is in {c}: wages in money are shown only within one country. "
                "Showing wage ÷ minimum wage.").format(c=", ".join(currencies_of(workers)))
        return None, self.tr("No pay to show")

    def _draw_box(self) -> None:
        chart = self.box_chart
        var, why = self._box_variable()
        if self._refusal:
            chart.show_message(self.tr("Choose one country\nto see the spread of pay"))
            return
        if var is None or self._table.empty:
            chart.show_message(why or self.tr("Nothing to show"))
            return
        workers, firms = self.result.workers, self.result.firms
        group = worker_group(self._group, firms, workers)
        values = workers[var].to_numpy(dtype=float, na_value=np.nan)
        th = self.result.settings.thresholds
        groups = list(dict.fromkeys(self._table["group"]))
        data, hidden, notes = [], [], []
        for g in groups:
            m = (group.astype(object) == g).to_numpy() & np.isfinite(values)
            data.append(values[m])
            n_firms = workers.loc[m, "firm_id"].nunique()
            too_few = n_firms < th.min_firms or int(m.sum()) < th.min_workers
            hidden.append(self.tr("too few\nto show") if too_few else None)
            notes.append(self.tr("n={n}").format(n=int(m.sum())))
        box_chart(chart, [self._group_text(g) for g in groups], data,
                  payloads=[("group", "A", "all", g) for g in groups], notes=notes,
                  hidden=hidden)
        cur = currency_of(workers)
        chart.set_labels(title=self.tr("Spread (median and middle half)"),
                         x_label=variable_label(self._group),
                         y_label=variable_label(var, currency=cur))
        if why:
            self.status_label.setText(why)

    def _fill_table(self) -> None:
        t = self._table
        if t.empty:
            self.table_model.set_frame(pd.DataFrame())
            self.warnings_label.setText(f"⚠ {self._refusal}" if self._refusal else "")
            return
        share = self._is_share()
        th = self.result.settings.thresholds
        def fmt(v: float) -> str:
            if share:
                return percent(v, 1)
            return f"{v:,.0f}" if np.isfinite(v) and abs(v) >= 1000 else number(v)

        rows = []
        for r in t.itertuples():
            hide = bool(r.suppressed)
            ref = r.group == r.reference
            rows.append({
                "subset": r.subset, "breakdown": value_text(r.breakdown), "group": self._group_text(r.group),
                "n_firms": int(r.n_firms), "n_workers": int(r.n_workers),
                "mean": "—" if hide else fmt(r.mean),
                "ci": "—" if hide else self.tr("{low} to {high}").format(
                    low=fmt(r.ci_low), high=fmt(r.ci_high)),
                "diff": ("—" if hide else self.tr("reference") if ref else
                         (self.tr("{diff} pts").format(diff=f"{100 * r.diff:+.1f}") if share else
                          f"{r.diff:+,.0f}" if abs(r.diff) >= 1000 else f"{r.diff:+.3f}")
                         if np.isfinite(r.diff) else "—"),
                "p": "—" if hide or ref or not np.isfinite(r.p_value) else p_text(r.p_value),
                "note": note_for(r, th),
            })
        frame = pd.DataFrame(rows)
        headers = {"subset": self.tr("Subset"), "breakdown": variable_label(self._breakdown),
                   "group": variable_label(self._group), "n_firms": self.tr("Firms"),
                   "n_workers": self.tr("Workers"),
                   "mean": self.tr("Share") if share else self.tr("Mean"),
                   "ci": self.tr("95% CI"),
                   "diff": self.tr("Difference from {r}").format(
                       r=self._group_text(t["reference"].iloc[0])),
                   "p": self.tr("p-value"), "note": self.tr("Note")}
        drop = []
        if self.result_b is None:
            drop.append("subset")
        if self._breakdown == "none":
            drop.append("breakdown")
        frame = frame.drop(columns=drop)
        grey = [i for i, s in enumerate(t["suppressed"]) if s]
        self.table_model.set_frame(frame, headers=[headers[c] for c in frame.columns],
                                   grey_rows=grey,
                                   numeric=("n_firms", "n_workers", "mean", "diff", "p"))
        self.table.resizeColumnsToContents()
        warnings = [w for w in self._warnings if "rest on fewer than" not in w]
        if t["few_firms"].astype(bool).any():
            warnings.insert(0, self.tr(
                "Some groups have fewer than {n} firms: their ranges are rough (see Note).").format(
                n=th.few_firms))
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in warnings[:3]))
        self.warnings_label.setToolTip("\n".join(self._warnings))

    # -- selection -------------------------------------------------------------------------------

    def workers_for(self, payload: tuple) -> np.ndarray:
        """Mask over result.workers of the workers a click on ``payload`` selects: those in the
        group (and breakdown level) with a value of the outcome."""
        _, _subset, level, g = payload
        workers, firms = self.result.workers, self.result.firms
        group = worker_group(self._group, firms, workers)
        m = (group.astype(object) == g).to_numpy()
        if level != "all" and self._breakdown in workers.columns:
            m = m & (workers[self._breakdown].astype(object) == level).to_numpy()
        if self._outcome in workers.columns:
            m = m & workers[self._outcome].notna().to_numpy()
        return m

    def _on_clicked(self, payload: Any) -> None:
        if self.result is None or not isinstance(payload, tuple) or payload[1] != "A":
            return
        mask = self.workers_for(payload)
        ids = list(dict.fromkeys(self.result.workers.loc[mask, "firm_id"]))
        self.select(ids, mask)


__all__ = ["OutcomesView", "compute_outcome_table"]
