"""Worker outcomes view (``outcomesView``): is a worker's situation different in upgrading firms?

Pick an outcome and a grouping (default: the firm's highest upgrading type, reference "none"); see
means or shares with 95% firm-clustered CI error bars, a box plot of pay (only within one currency:
pooled currencies are refused in plain words and wage ÷ minimum wage is shown instead), and the
comparison table (n firms, n workers, mean, CI, difference, p-value, plain-words notes). A breakdown
(skill group, contract, gender) draws one bar per level side by side; a second subset (B) is drawn
beside A.

Every number, refusal and suppression is core's: ``core.analysis.outcome_table.outcome_table_for``
(Stata-equivalent CR1 clustered OLS through core.analysis.comparisons), run off the GUI thread
through the window's background runner (latest request wins). The view draws the
:class:`OutcomeTable` it returns.

API: ``set_result(result, *, result_b=None)``; ``set_outcome(name)``, ``set_grouping(name)``,
``set_breakdown(name or "none")``; ``view_state()`` / ``apply_view_state(state)`` (``{"outcome",
"grouping", "breakdown"}``); ``outcome_table()`` (the last OutcomeTable) and ``comparisons()``
(its rows as a table, with ``breakdown`` and ``subset`` columns); signals ``computed(object)``
(that table, when ready), ``viewStateChanged``, ``firmsSelected(list)``,
``workersSelected(object)``; ``highlight_firms(ids)``; ``charts()``; ``shutdown()`` before the
widget goes away (waits for a running computation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis.comparisons import (
    LOW_POWER,
    NO_VARIATION,
    P_CLUSTER_T,
    P_PERMUTATION,
    P_WILD_BOOTSTRAP,
    SHARE_FEW_FIRMS,
)
from core.analysis.outcome_table import (
    BOX_NO_PAY,
    BOX_POOLED,
    DEFAULT_GROUPING,
    OutcomeRow,
    OutcomeTable,
    box_values,
    breakdown_options,
    grouping_options,
    outcome_options,
    outcome_table_for,
    resolve_choice,
    worker_mask,
)
from core.analysis.variables import pooled_currencies
from core.analysis.view_choices import OutcomeChoice
from core.common.messages import in_language
from gui.charts import BarSeries, Chart, bar_chart, box_chart, number, percent, percent1
from gui.concurrent import Executor
from gui.fitted_combo import FittedComboBox
from gui.flow_layout import FlowLayout, labelled
from gui.i18n import current_language
from gui.locale_numbers import in_locale
from gui.views.base import AnalysisView, ChartPanel
from gui.views.labels import type_label, value_text, variable_label
from gui.views.tables import FrameTableModel, ViewTable, fit_table_rows

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def note_for(row: Any, thresholds: Any) -> str:
    """Plain words for a comparison row's flags (``row.suppressed`` is core's decision)."""
    if row.suppressed:
        return _tr("Too few to show: fewer than {f} firms or {w} workers").format(
            f=thresholds.min_firms, w=thresholds.min_workers)
    if row.few_firms:
        return _tr("Only {n} firms: the range is rough").format(n=int(row.n_firms))
    return ""


def p_text(p: float) -> str:
    """A p-value as people read it: three decimals, and "< 0.001" rather than a bare 0.000."""
    return "< 0.001" if p < 0.0005 else f"{p:.3f}"


def method_text(method: str | None, thresholds: Any) -> str:
    """What made a p-value and its interval, in words (a cell's tooltip)."""
    if method == P_WILD_BOOTSTRAP:
        return _tr("Wild cluster bootstrap ({draws} draws, seed {seed}): used when the groups "
                   "have few firms, where the usual test is over-confident").format(
            draws=f"{int(thresholds.bootstrap_draws):,}", seed=int(thresholds.bootstrap_seed))
    if method == P_PERMUTATION:
        return _tr("Permutation test over firms ({draws} random re-assignments of the firms "
                   "to the two groups, or all of them when there are fewer; seed {seed}): "
                   "used when the groups have few firms, where the usual test is "
                   "over-confident").format(
            draws=f"{int(thresholds.bootstrap_draws):,}", seed=int(thresholds.bootstrap_seed))
    if method == P_CLUSTER_T:
        return _tr("t-test with standard errors clustered by firm (workers of one firm are "
                   "not independent)")
    return ""


def p_note_text(note: str | None) -> str:
    """Core's reason for a missing or weak p-value, in the interface language."""
    if note == NO_VARIATION:
        return _tr("Cannot test: every worker in these groups has the same answer")
    if note == LOW_POWER:
        return _tr("Too few firms: this test can hardly detect anything")
    if note == SHARE_FEW_FIRMS:
        return _tr("with so few firms, a share's p-value can be too small (the difference may "
                   "look clearer than it is)")
    return note or ""


class OutcomesView(AnalysisView):
    computed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 runner: Executor | None = None) -> None:
        super().__init__("outcomesView", parent)
        self.setAccessibleName(self.tr("Worker outcomes"))
        self.runner = runner or Executor(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self._choice = OutcomeChoice()
        self._table: OutcomeTable | None = None

        self.outcome_box = FittedComboBox(self)
        self.outcome_box.setObjectName("outcomesOutcome")
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.group_box = FittedComboBox(self)
        self.group_box.setObjectName("outcomesGrouping")
        self.group_box.setAccessibleName(self.tr("Compare groups of"))
        self.breakdown_box = FittedComboBox(self)
        self.breakdown_box.setObjectName("outcomesBreakdown")
        self.breakdown_box.setAccessibleName(self.tr("Side by side for each"))
        for box in (self.outcome_box, self.group_box, self.breakdown_box):
            box.currentIndexChanged.connect(self._on_choice)
            box.setMinimumWidth(150)  # as wide as the item it shows (gui.fitted_combo)
        top = FlowLayout()  # wraps at 1024 px or in larger text, so no drop-down is cut
        for text, box in ((self.tr("Outcome:"), self.outcome_box),
                          (self.tr("Compare:"), self.group_box),
                          (self.tr("Side by side for each:"), self.breakdown_box)):
            top.addWidget(labelled(QLabel(text, self), box, self))
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
        self.warnings_label.installEventFilter(self)  # its wrapped height shares the table's room
        self.status_label = QLabel(self)
        self.status_label.setObjectName("outcomesStatus")
        self.status_label.hide()  # shown only with a message: an empty row costs the chart room

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(self.table.tools())
        lower_layout.addWidget(self.warnings_label)
        split = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(charts)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)
        self.means_chart.show_message(self.tr("Open a survey to compare workers"))

    def _set_status(self, text: str) -> None:
        """The line above the chart: "Computing…" or why nothing is compared; hidden when empty
        (on a 1024x768 projector in large text its empty row took the chart's last pixels)."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"means": self.means_chart, "box": self.box_chart}

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        self.result, self.result_b = result, result_b
        workers, firms = result.workers, result.firms
        self._choice = choice = resolve_choice(self._choice, firms, workers)
        self._fill(self.outcome_box, outcome_options(workers), choice.outcome)
        self._fill(self.group_box, grouping_options(firms, workers), choice.grouping)
        self._fill(self.breakdown_box, breakdown_options(workers), choice.breakdown)
        self.recompute()

    def set_outcome(self, name: str) -> None:
        self._set(self.outcome_box, name)

    def set_grouping(self, name: str) -> None:
        self._set(self.group_box, name)

    def set_breakdown(self, name: str) -> None:
        self._set(self.breakdown_box, name)

    def view_state(self) -> dict:
        return self._choice.to_json()

    def apply_view_state(self, state: dict) -> None:
        self._choice = OutcomeChoice.from_json(state)
        if self.result is not None:
            with self.applying_state():
                self.set_result(self.result, result_b=self.result_b)

    def outcome_table(self) -> OutcomeTable | None:
        """Core's numbers behind the charts and the table (None before the first)."""
        return self._table

    def comparisons(self) -> pd.DataFrame:
        return self._table.frame() if self._table is not None else pd.DataFrame()

    def shutdown(self) -> None:
        self.runner.shutdown()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def pooled_currencies(self) -> list[str]:
        """The currencies a money outcome would pool (empty when it is safe to compare)."""
        if self.result is None:
            return []
        return pooled_currencies(self._choice.outcome, self.result.workers,
                                 None if self.result_b is None else self.result_b.workers)

    def recompute(self) -> None:
        """Ask the runner for core's outcome table of the current choices (latest wins)."""
        if self.result is None:
            return
        if not self._choice.outcome:  # a survey is open, but no column is a worker outcome
            self.means_chart.show_message(self.tr(
                "No worker outcome is known in this survey: no column was read as wage, "
                "training, contract, hours or promotion.\nGive the columns their roles with "
                "File → Review import again…"))
            self.box_chart.show_message(self.tr("Nothing to show"))
            return
        ready = self.result.views.outcomes if self.result.views is not None else None
        if (ready is not None and ready.choice == self._choice
                and ready.comparing == (self.result_b is not None)):
            # core computed this very table with the result (issue 14: 1.5 s at 1M workers
            # when asked again); draw it now
            self.runner.cancel("outcomes")
            self._on_finished("outcomes", ready)
            return
        self._set_status(self.tr("Computing…"))
        self.runner.submit("outcomes", outcome_table_for, self.result, self._choice,
                           self.result_b)

    # -- choices ---------------------------------------------------------------------------------

    def _fill(self, box: QComboBox, names: list[str], pick: str) -> None:
        box.blockSignals(True)
        box.clear()
        for name in names:
            label = (self.tr("Nobody: one bar per group") if name == "none" else
                     variable_label(name))
            box.addItem(label, name)
        if pick in names:
            box.setCurrentIndex(names.index(pick))
        box.blockSignals(False)

    def _set(self, box: QComboBox, name: str) -> None:
        index = box.findData(name)
        if index < 0:
            raise KeyError(name)
        box.setCurrentIndex(index)

    def _on_choice(self) -> None:
        self._choice = OutcomeChoice(self.outcome_box.currentData() or "",
                                     self.group_box.currentData() or DEFAULT_GROUPING,
                                     self.breakdown_box.currentData() or "none")
        self.recompute()
        self._choice_changed()

    # -- results ---------------------------------------------------------------------------------

    def _on_failed(self, key: str, message: str, details: str) -> None:
        if key == "outcomes":
            self._set_status(self.tr("Could not compare: {m}").format(m=message))

    def _on_finished(self, key: str, payload: Any) -> None:
        if key != "outcomes" or self.result is None or not isinstance(payload, OutcomeTable):
            return
        self._table = payload
        self._set_status("")
        self._draw_means()
        self._draw_box()
        self._fill_table()
        self.computed.emit(self.comparisons())

    def _refusal(self) -> str:
        t = self._table
        if t is None or not t.refused_currencies:
            return ""
        return self.tr(
            "Pay is in {c}: wages in money are compared only within one country. Choose "
            "one country in the subset, or pick “Wage ÷ minimum wage”.").format(
            c=", ".join(t.refused_currencies))

    def _value_label(self) -> str:
        t = self._table
        return variable_label(t.choice.outcome, currency=t.currency, share=t.is_share)

    def _group_text(self, g: str) -> str:
        return (type_label(g, short=True) if self._table.choice.grouping == "highest_type"
                else value_text(g))

    def _draw_means(self) -> None:
        chart, t = self.means_chart, self._table
        outcome = t.choice.outcome
        if not t.rows:
            chart.show_message(self._refusal() or self.tr("No workers with this outcome in the "
                                                          "subset"),
                               title=variable_label(outcome).split(",")[0])
            return
        groups = t.groups
        series_keys = t.series()
        series = []
        for subset_tag, level in series_keys:
            rows = {r.group: r for r in t.rows if (r.subset, r.breakdown) == (subset_tag, level)}
            vals, lo, hi, supp, pay, notes = [], [], [], [], [], []
            for g in groups:
                r = rows.get(g)
                vals.append(np.nan if r is None or r.mean is None else r.mean)
                lo.append(np.nan if r is None or r.ci_low is None else r.ci_low)
                hi.append(np.nan if r is None or r.ci_high is None else r.ci_high)
                supp.append(r is not None and r.suppressed)
                pay.append(("group", subset_tag, level, g))
                notes.append("" if r is None or len(series_keys) > 1 else
                             self.tr("{f} firms").format(f=r.n_firms))
            nw = sum(r.n_workers for r in rows.values())
            name = value_text(level) if level != "all" else ""
            if t.comparing:
                name = f"{subset_tag}: {name or self.tr('all workers')}"
            series.append(BarSeries(f"{name} (n={nw:,})" if name else "", vals, lo, hi, pay, supp,
                                    notes=notes))
        if len(series_keys) == 1:
            n_workers = {r.group: r.n_workers for r in t.rows}
            cats = [f"{self._group_text(g)}\n" + self.tr("{w} workers").format(w=n_workers[g])
                    for g in groups]
        else:
            cats = [self._group_text(g) for g in groups]
        bar_chart(chart, cats, series, fmt=percent1 if t.is_share else number,
                  suppressed_text=self.tr("too few\nto show"),
                  legend_columns=1 if len(series) <= 4 else 2)
        what = self.tr("Share") if t.is_share else self.tr("Mean")
        chart.set_labels(
            title=self.tr("{what}: {outcome} (95% CI, clustered by firm)").format(
                what=what, outcome=variable_label(outcome).split(",")[0]),
            x_label=variable_label(t.choice.grouping)
            + (self.tr(" (reference: {r})").format(r=self._group_text(t.reference))
               if t.reference is not None else ""),
            y_label=self._value_label())

    def _box_note(self) -> str:
        """Why the box plot shows another variable than the outcome (core's reason)."""
        t = self._table
        if t.box_reason == BOX_POOLED:
            return self.tr(
                "Pay is in {c}: wages in money are shown only within one country. "
                "Showing wage ÷ minimum wage.").format(c=", ".join(t.box_currencies))
        if t.box_reason == BOX_NO_PAY:
            return self.tr("No pay to show")
        return ""

    def _draw_box(self) -> None:
        chart, t = self.box_chart, self._table
        why = self._box_note()
        if t.refused_currencies:
            chart.show_message(self.tr("Choose one country\nto see the spread of pay"))
            return
        if t.box_variable is None or not t.rows:
            chart.show_message(why or self.tr("Nothing to show"))
            return
        data = box_values(t, self.result.firms, self.result.workers)
        box_chart(chart, [self._group_text(b.group) for b in t.box], data,
                  payloads=[("group", "A", "all", b.group) for b in t.box],
                  notes=[self.tr("n={n}").format(n=b.n_workers) for b in t.box],
                  hidden=[self.tr("too few\nto show") if b.suppressed else None for b in t.box])
        chart.set_labels(title=self.tr("Spread (median and middle half)"),
                         x_label=variable_label(t.choice.grouping),
                         y_label=variable_label(t.box_variable, currency=t.currency))
        if why:
            self._set_status(why)

    def _cells(self, r: OutcomeRow, share: bool) -> dict:
        """One row of the table as text (withheld numbers are None in core's row: "—")."""
        def fmt(v: float | None) -> str:
            if v is None:
                return "—"
            if share:
                return percent(v, 1)
            return in_locale(f"{v:,.0f}") if abs(v) >= 1000 else number(v)

        def diff_text(d: float | None) -> str:
            if r.suppressed or d is None:
                return "—"
            if r.is_reference:
                return self.tr("reference")
            if share:
                return self.tr("{diff} pts").format(diff=in_locale(f"{100 * d:+.1f}"))
            return in_locale(f"{d:+,.0f}" if abs(d) >= 1000 else f"{d:+.3f}")

        thresholds = self.result.settings.thresholds
        testable = not (r.suppressed or r.is_reference)

        def p_cell(p: float | None) -> str:
            return "—" if not testable or p is None else p_text(p)

        def range_text(low: float | None, high: float | None) -> str:
            if low is None or high is None:
                return ""
            return self.tr("95% CI {low} to {high}").format(low=diff_text(low),
                                                             high=diff_text(high))

        controls = ", ".join(variable_label(c) for c in self._table.adjusted_for)
        adj_tip = ""
        if testable and r.adj_diff is not None:
            adj_tip = "\n".join(t for t in (
                self.tr("Holding constant: {controls}").format(controls=controls or "—"),
                range_text(r.adj_diff_ci_low, r.adj_diff_ci_high),
                self.tr("p-value {p}").format(p=p_cell(r.adj_p_value))
                if r.adj_p_value is not None else "",
                method_text(r.adj_p_method, thresholds)) if t)
        if testable and r.p_note == LOW_POWER:  # says more than "the range is rough"
            note = _tr("Only {n} firms: this test can hardly detect anything, so a large "
                       "p-value does not mean there is no difference").format(
                n=min(r.n_firms, self._reference_firms(r)))
        else:
            note = "; ".join(t for t in (note_for(r, thresholds),
                                         p_note_text(r.p_note) if testable else "") if t)
            note = note[:1].upper() + note[1:]
        return {
            "subset": r.subset, "breakdown": value_text(r.breakdown),
            "group": self._group_text(r.group), "n_firms": r.n_firms, "n_workers": r.n_workers,
            "mean": "—" if r.suppressed else fmt(r.mean),
            "ci": "—" if r.suppressed else self.tr("{low} to {high}").format(
                low=fmt(r.ci_low), high=fmt(r.ci_high)),
            "diff": diff_text(r.diff),
            "adj_diff": (diff_text(r.adj_diff) if testable and r.adj_diff is not None
                         else ("—" if testable or r.suppressed else "")),
            "p": p_cell(r.p_value),
            "p_holm": p_cell(r.p_adjusted),
            "note": note,
            "diff_tip": "\n".join(t for t in (range_text(r.diff_ci_low, r.diff_ci_high),
                                               method_text(r.p_method, thresholds)) if t)
            if testable else "",
            "adj_tip": adj_tip,
            "p_tip": (method_text(r.p_method, thresholds) if testable else ""),
            "holm_tip": (self.tr("Adjusted for the {n} tests in this table (Holm): with many "
                                 "tests, some p-values are small by chance alone").format(
                n=self._n_tests) if testable else ""),
        }

    def _reference_firms(self, row: OutcomeRow) -> int:
        """Firms in the row's reference group (same subset and breakdown level)."""
        return next((r.n_firms for r in self._table.rows
                     if r.is_reference and r.subset == row.subset
                     and r.breakdown == row.breakdown), row.n_firms)

    def _fill_table(self) -> None:
        t = self._table
        if not t.rows:
            self.table_model.set_frame(pd.DataFrame())
            refusal = self._refusal()
            self.warnings_label.setText(f"⚠ {refusal}" if refusal else "")
            return
        self._n_tests = sum(1 for r in t.rows if r.p_adjusted is not None
                            and not r.suppressed and not r.is_reference)
        frame = pd.DataFrame([self._cells(r, t.is_share) for r in t.rows])
        headers = {"subset": self.tr("Subset"), "breakdown": variable_label(t.choice.breakdown),
                   "group": variable_label(t.choice.grouping), "n_firms": self.tr("Firms"),
                   "n_workers": self.tr("Workers"),
                   "mean": self.tr("Share") if t.is_share else self.tr("Mean"),
                   "ci": self.tr("95% CI"),
                   "diff": self.tr("Difference from {r}").format(
                       r=self._group_text(t.reference) if t.reference is not None else "—"),
                   "adj_diff": self.tr("Adjusted difference"),
                   "p": self.tr("p-value"), "p_holm": self.tr("p (Holm)"),
                   "note": self.tr("Note")}
        if not t.adjusted_for:
            frame = frame.drop(columns=["adj_diff", "adj_tip"])
        drop = []
        if not t.comparing:
            drop.append("subset")
        if t.choice.breakdown == "none":
            drop.append("breakdown")
        frame = frame.drop(columns=drop)
        grey = [i for i, r in enumerate(t.rows) if r.suppressed]
        tips = {"diff": "diff_tip", "adj_diff": "adj_tip", "p": "p_tip", "p_holm": "holm_tip"}
        tips = {k: v for k, v in tips.items() if v in frame.columns}
        self.table_model.set_frame(frame, headers=[headers[c] for c in frame.columns
                                                   if c not in tips.values()],
                                   grey_rows=grey, tooltips=tips,
                                   numeric=("n_firms", "n_workers", "mean", "diff", "adj_diff",
                                            "p", "p_holm"))
        self.table.resizeColumnsToContents()
        warnings = [w for w in t.warnings if "rest on fewer than" not in w]
        if any(r.few_firms for r in t.rows):
            warnings.insert(0, self.tr(
                "Some groups have fewer than {n} firms: their ranges are rough (see Note).").format(
                n=self.result.settings.few_firms))
        lang = current_language()  # core's warnings in the interface's language
        # the first note in full, the others counted (all in the tooltip): a bounded height, so
        # the notes never take the chart's room on a projector
        shown = f"⚠ {in_language(warnings[0], lang)}" if warnings else ""
        if len(warnings) > 1:
            shown += " " + self.tr("(+{n} more notes: point here to read them)").format(
                n=len(warnings) - 1)
        self.warnings_label.setText(shown)
        self.warnings_label.setToolTip("\n".join(in_language(w, lang) for w in t.warnings))
        # the notes first: their height is part of what the table may take from the chart
        self._fit_table_rows()
        QTimer.singleShot(0, self, self._fit_table_rows)  # again once the new rows are laid out

    MIN_CHART_HEIGHT = 150
    """The chart keeps at least this much height when the table takes room for its rows."""

    def _fit_table_rows(self) -> None:
        """All the comparison table's rows in view; the chart above keeps its minimum."""
        fit_table_rows(self.table, self, self.splitter, self.MIN_CHART_HEIGHT)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.table_model.rowCount():
            self._fit_table_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The notes under the table wrapped to a new height: fit the table's rows again (the
        chart keeps its minimum)."""
        if (watched is self.warnings_label and event.type() == QEvent.Type.Resize
                and self.table_model.rowCount()):
            QTimer.singleShot(0, self, self._fit_table_rows)
        return super().eventFilter(watched, event)

    # -- selection -------------------------------------------------------------------------------

    def workers_for(self, payload: tuple) -> np.ndarray:
        """Mask over result.workers of the workers a click on ``payload`` selects: those in the
        group (and breakdown level) with a value of the outcome."""
        _, _subset, level, g = payload
        choice = self._table.choice if self._table is not None else self._choice
        return worker_mask(self.result.firms, self.result.workers, choice, g, level)

    def _on_clicked(self, payload: Any) -> None:
        if self.result is None or not isinstance(payload, tuple) or payload[1] != "A":
            return
        mask = self.workers_for(payload)
        ids = list(dict.fromkeys(self.result.workers.loc[mask, "firm_id"]))
        self.select(ids, mask)


__all__ = ["OutcomesView", "note_for", "p_text"]
