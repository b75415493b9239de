"""Upgrading view (``upgradingView``): which firms upgraded, how, and why each firm is classed so.

Shows, for the current subset: the share of firms with each type (process, product, functional,
chain; end-market beside them) with Wilson 95% CI whiskers, split by any firm category; the
combinations of types; bargaining change and downgrading; the firm list with flags and the rule
explanation of every firm; the rule editor with a live preview.

Every number, share, suppression and combination comes from
``core.analysis.upgrading_summary`` (an :class:`UpgradingSummary` for the split, or A beside B);
the view only draws it and maps clicks to firm ids. The firm list shows the subset's firms as they
are (individual records: hidden by workshop mode, not by the disclosure thresholds).

API for the main window:
  ``set_result(result, *, result_b=None)``: show an AnalysisResult (B: a second subset, drawn
  beside A instead of a split);
  ``set_split(name)`` / ``split()``: the firm category bars are split by ("none" for all firms);
  ``view_state()`` / ``apply_view_state(state)``: ``{"by": split}``; ``viewStateChanged``;
  ``highlight_firms(ids)``: mark firms selected in the tables (list rows + darker bar parts);
  signals ``firmsSelected(list)``, ``workersSelected(object)`` (numpy row positions),
  ``rulesChanged(dict)`` (re-run the analysis with these rules; also save them in the project);
  ``charts()``: {"shares", "combinations", "bargaining", "downgrading"} → Chart, for exports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.analysis.firm_stats import INCOMPLETE, NO_TYPE
from core.analysis.upgrading_summary import (
    SHARE_TYPES,
    CountBar,
    ShareChart,
    ShareSeries,
    UpgradingSummary,
    firms_in_bar,
    firms_in_bargaining,
    firms_in_combination,
    selected_parts,
    upgrading_for,
)
from core.analysis.view_choices import UpgradingChoice
from gui.charts import BarSeries, Chart, bar_chart, count, percent1
from gui.fitted_combo import FittedComboBox
from gui.views.base import AnalysisView, ChartPanel
from gui.views.labels import tr, type_label, value_text, variable_label
from gui.views.rule_editor import RuleEditor
from gui.views.tables import FrameTableModel, ViewTable
from gui.wrapping_tabs import WrappingTabWidget

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

_FLAG_TEXT = {True: QT_TR_NOOP("yes"), False: QT_TR_NOOP("no")}


def _flag_text(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return tr("unknown")
    return tr(_FLAG_TEXT.get(bool(v), str(v)))


class UpgradingView(AnalysisView):
    rulesChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("upgradingView", parent)
        self.setAccessibleName(self.tr("Upgrading"))
        self._split = UpgradingChoice().split
        self.summary: UpgradingSummary | None = None
        self._shares = pd.DataFrame()

        # as wide as the split it shows: sized to its longest item it pushed the subset counts
        # to four lines at 1024×768 in Vietnamese, and the chart lost that height
        self.split_box = FittedComboBox(self)
        self.split_box.setObjectName("upgradingSplit")
        self.split_box.setAccessibleName(self.tr("Split the bars by"))
        self.split_box.setMinimumWidth(110)
        self.split_box.currentIndexChanged.connect(self._on_split_changed)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.counts_label.setObjectName("upgradingCounts")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Split the bars by:"), self))
        top.addWidget(self.split_box)
        top.addSpacing(16)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.selection_label)
        self.rules_button = QToolButton(self)
        self.rules_button.setObjectName("upgradingRulesToggle")
        self.rules_button.setText(self.tr("Hide rules"))
        self.rules_button.setCheckable(True)
        self.rules_button.setChecked(True)
        self.rules_button.setToolTip(self.tr(
            "Show or hide the upgrading rules beside the chart (hidden by themselves when the "
            "window is too narrow for both)"))
        self.rules_button.clicked.connect(self._on_rules_button)
        self._rules_by_user: bool | None = None
        """Shown (True) or hidden (False) by the user's click; None: by the view's width."""
        top.addWidget(self.rules_button)

        self.shares_chart = Chart(self.tr("Share of firms with each type of upgrading"),
                                  "", self.tr("Share of firms, % (95% CI)"),
                                  object_name="upgradingSharesChart")
        self.combinations_chart = Chart(self.tr("Combinations of upgrading types"),
                                        self.tr("Number of firms"), "",
                                        object_name="upgradingCombinationsChart")
        self.bargaining_chart = Chart(self.tr("Bargaining position with buyers"),
                                      "", self.tr("Number of firms"),
                                      object_name="upgradingBargainingChart")
        self.downgrading_chart = Chart(self.tr("Downgrading"), "",
                                       self.tr("Share of firms downgraded, % (95% CI)"),
                                       object_name="upgradingDowngradingChart")
        for chart in self.charts().values():
            chart.clicked.connect(self._on_chart_clicked)

        self.chart_tabs = WrappingTabWidget(self)
        self.chart_tabs.setObjectName("upgradingChartTabs")
        self.chart_tabs.addTab(ChartPanel(self.shares_chart), self.tr("Types of upgrading"))
        self.chart_tabs.addTab(ChartPanel(self.combinations_chart), self.tr("Combinations"))
        pair = QWidget(self)
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(ChartPanel(self.bargaining_chart))
        pair_layout.addWidget(ChartPanel(self.downgrading_chart))
        self.chart_tabs.addTab(pair, self.tr("Bargaining and downgrading"))

        self.firm_model = FrameTableModel(self)
        self.firm_list = ViewTable("upgradingFirmList",
                                   self.tr("Firms with their upgrading flags"), self)
        self.firm_list.setModel(self.firm_model)
        self.firm_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.firm_list.setAlternatingRowColors(True)
        self.firm_list.setWordWrap(False)
        self.firm_list.verticalHeader().setDefaultSectionSize(
            self.firm_list.fontMetrics().height() + 8)
        self.firm_list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.firm_list.horizontalHeader().setStretchLastSection(True)
        # widths from 200 rows around the visible ones, not Qt's default 1,000 (0.44 s on the
        # GUI thread for 3,000 firms; the list's texts are short codes and flags)
        self.firm_list.horizontalHeader().setResizeContentsPrecision(200)
        self.firm_list.selectionModel().selectionChanged.connect(self._on_list_selection)

        self.rule_editor = RuleEditor(self)
        self.rule_editor.rulesChanged.connect(self.rulesChanged)
        self.rule_editor.setMinimumWidth(280)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.chart_tabs)
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_title = QLabel(self.tr("Firms, with why each is classed as it is "
                                    "(hover the explanation):"), self)
        list_title.setWordWrap(True)
        list_layout.addWidget(list_title)
        list_layout.addWidget(self.firm_list)
        list_layout.addLayout(self.firm_list.tools())
        left.addWidget(list_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(self.rule_editor)
        main.setStretchFactor(0, 4)
        main.setStretchFactor(1, 1)
        self.splitter = main

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(main, 1)
        self.shares_chart.show_message(self.tr("Open a survey to see upgrading"))

    # -- the rules beside the chart --------------------------------------------------------------

    CHART_COLUMN_LINES = 28
    """The chart column keeps at least this many text lines of width (about 480 px in normal
    text, 700 in presentation mode) before the rules beside it hide themselves."""

    def _rules_fit_beside(self) -> bool:
        chart_min = self.CHART_COLUMN_LINES * self.fontMetrics().height()
        rules = max(self.rule_editor.minimumWidth(), self.rule_editor.minimumSizeHint().width())
        return self.width() - rules - self.splitter.handleWidth() >= chart_min

    def _place_rules(self) -> None:
        """Rules beside the chart where both fit (a 1024×768 projector in large text left the
        chart a 390 px column, its legend over the bars); the user's click decides over that."""
        show = self._rules_by_user if self._rules_by_user is not None else self._rules_fit_beside()
        if self.rule_editor.isVisibleTo(self) != show:
            self.rule_editor.setVisible(show)
        self.rules_button.setChecked(show)
        # says what a click does: "Rules" unpressed did not tell a workshop user the rules
        # were still there
        self.rules_button.setText(self.tr("Hide rules") if show else self.tr("Show rules"))

    def _on_rules_button(self, checked: bool) -> None:
        self._rules_by_user = checked
        self._place_rules()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_rules()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # presentation mode: larger text
            self._place_rules()

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"shares": self.shares_chart, "combinations": self.combinations_chart,
                "bargaining": self.bargaining_chart, "downgrading": self.downgrading_chart}

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        self.result, self.result_b = result, result_b
        self.summary = summary = self._summary_for(self._split)
        self.split_box.blockSignals(True)
        self.split_box.clear()
        for name in summary.split_options:
            self.split_box.addItem(variable_label(name) if name != "none"
                                   else self.tr("All firms together"), name)
        self._split = summary.split
        self.split_box.setCurrentIndex(summary.split_options.index(summary.split))
        self.split_box.setEnabled(result_b is None)
        self.split_box.blockSignals(False)
        text = self.tr("{firms} firms · {workers} workers in the subset").format(
            firms=f"{result.n_firms:,}", workers=f"{result.n_workers:,}")
        if result_b is not None:
            text += self.tr(" · B: {firms} firms").format(firms=f"{result_b.n_firms:,}")
        self.counts_label.setText(text)
        self.rule_editor.set_rules(result.rules)
        self.rule_editor.set_firms(result.firms)
        self._draw_all()
        self._fill_firm_list()

    def _summary_for(self, split: str) -> UpgradingSummary:
        """Core's numbers for this split: the analysis' own when it computed this split."""
        views = getattr(self.result, "views", None)
        if (views is not None and self.result_b is None and not views.upgrading.comparing
                and views.upgrading.split == split):
            return views.upgrading
        return upgrading_for(self.result, split, self.result_b)

    def view_state(self) -> dict:
        return UpgradingChoice(self._split).to_json()

    def apply_view_state(self, state: dict) -> None:
        self._split = UpgradingChoice.from_json(state).split
        if self.result is not None:
            with self.applying_state():
                self.set_result(self.result, result_b=self.result_b)

    def set_split(self, name: str) -> None:
        index = self.split_box.findData(name)
        if index < 0:
            raise KeyError(name)
        self.split_box.setCurrentIndex(index)

    def split(self) -> str:
        return self._split

    def shares_table(self) -> pd.DataFrame:
        """The rows behind the share bars (type, group, share, CI, n, suppressed, series)."""
        return self._shares.copy()

    def highlight_firms(self, ids: Any) -> None:
        super().highlight_firms(ids)
        if self.result is None:
            return
        wanted = set(self.selected_firms)
        rows = [i for i, f in enumerate(self.result.firms["firm_id"]) if f in wanted]
        self.firm_model.set_highlight(rows)
        if rows:
            self.firm_list.scrollTo(self.firm_model.index(rows[0], 0))
        self._draw_selection_overlay()

    # -- drawing ---------------------------------------------------------------------------------

    def _on_split_changed(self) -> None:
        self._split = self.split_box.currentData() or "none"
        if self.result is not None:
            self.summary = self._summary_for(self._split)
            self._draw_shares()
            self._draw_downgrading()
            self._draw_selection_overlay()
        self._choice_changed()

    def _draw_all(self) -> None:
        self._draw_shares()
        self._draw_combinations()
        self._draw_bargaining()
        self._draw_downgrading()
        self._draw_selection_overlay()

    def _series_name(self, s: ShareSeries) -> str:
        if s.group_var == "subset":
            tag = self.tr("A") if s.group == "A" else self.tr("B")
            return f"{tag} (n={s.n_firms:,})"
        if s.group_var == "all":
            return self.tr("All firms (n={n})").format(n=f"{s.n_firms:,}")
        return f"{value_text(s.group)} (n={s.n_firms:,})"

    def _draw_share_chart(self, chart: Chart, shares: ShareChart) -> pd.DataFrame:
        """Draw core's share chart; returns the rows behind its bars."""
        series, records = [], []
        for j, s in enumerate(shares.series):
            name = self._series_name(s)
            vals, lo, hi, supp, payloads = [], [], [], [], []
            for t in shares.types:
                b = s.bar(t)
                vals.append(np.nan if b is None or b.share is None else b.share)
                lo.append(np.nan if b is None or b.ci_low is None else b.ci_low)
                hi.append(np.nan if b is None or b.ci_high is None else b.ci_high)
                supp.append(b is not None and b.suppressed)
                payloads.append(("share", t, s.group_var, s.group, j))
                records.append({"series": j, "name": name, "type": t, "group_var": s.group_var,
                                "group": s.group, "share": vals[-1], "ci_low": lo[-1],
                                "ci_high": hi[-1], "n_known": 0 if b is None else b.n_known,
                                "n_true": np.nan if b is None or b.n_true is None else b.n_true,
                                "suppressed": supp[-1]})
            series.append(BarSeries(name, vals, lo, hi, payloads, supp))
        categories = [type_label(t, short=True) for t in shares.types]
        bar_chart(chart, categories, series, fmt=percent1, y_range=(0, 1.0)
                  if any(np.nanmax(np.r_[s.high, 0]) > 0.8 for s in series) else None,
                  legend_columns=1 if len(series) <= 4 else 2)
        return pd.DataFrame(records)

    def _draw_shares(self) -> None:
        shares = self.summary.shares
        self._shares = self._draw_share_chart(self.shares_chart, shares)
        flags = list(shares.types)
        if "end_market" in flags and len(flags) > 1:  # end-market sits beside the four types
            x = flags.index("end_market") - 0.5
            self.shares_chart.addItem(pg.InfiniteLine(
                x, angle=90, pen=pg.mkPen("#777777", width=1.5, style=Qt.PenStyle.DashLine)))
        split = (self.tr("subset A vs B") if self.summary.comparing else
                 variable_label(self.summary.split).lower() if self.summary.split != "none"
                 else "")
        self.shares_chart.set_labels(
            title=self.tr("Share of firms with each type of upgrading")
            + (self.tr(", by {split}").format(split=split) if split else ""),
            x_label=self.tr("Type of upgrading (chain = into a new sector)"))

    def _draw_downgrading(self) -> None:
        if self.summary.downgrading is None:
            self.downgrading_chart.show_message(self.tr("Downgrading not computed: the survey "
                                                        "lacks its items"))
            return
        self._draw_share_chart(self.downgrading_chart, self.summary.downgrading)
        self.downgrading_chart.set_labels(x_label="")

    def _count_series(self, bars: tuple[CountBar, ...], kind: str) -> BarSeries:
        """Counts with their share as text; withheld bars say "too few firms to show"."""
        counts = [np.nan if b.n_firms is None else float(b.n_firms) for b in bars]
        text = [f"{b.n_firms} ({percent1(b.share)})" if b.share is not None else
                f"{b.n_firms}" if b.n_firms is not None else "" for b in bars]
        return BarSeries(self.tr("Firms"), counts, payloads=[(kind, b.key) for b in bars],
                         suppressed=[b.suppressed for b in bars], labels=text)

    def _draw_combinations(self) -> None:
        combos = self.summary.combinations
        chart = self.combinations_chart
        if not combos:
            chart.show_message(self.tr("No combination can be counted: types not computed"))
            return
        if all(b.suppressed for b in combos if b.key != INCOMPLETE):
            chart.show_message(tr("too few firms\nto show"))  # core lists every combination
            return
        labels = [self.tr("No upgrading") if b.key == NO_TYPE else
                  self.tr("Some type unknown") if b.key == INCOMPLETE else
                  " + ".join(type_label(p) for p in b.key.split("+")) for b in combos]
        bar_chart(chart, labels, [self._count_series(combos, "combination")], fmt=count,
                  horizontal=True, legend=False)
        chart.set_labels(x_label=self.tr("Number of firms (share of firms with every type "
                                         "known)"))

    def _draw_bargaining(self) -> None:
        bars = self.summary.bargaining
        chart = self.bargaining_chart
        if not bars:
            chart.show_message(self.tr("Bargaining change not computed: the survey lacks "
                                       "price-setting questions"))
            return
        words = {"worse": self.tr("Worse"), "unchanged": self.tr("Unchanged"),
                 "improved": self.tr("Improved"), "unknown": self.tr("Unknown")}
        bar_chart(chart, [words.get(b.key, b.key) for b in bars],
                  [self._count_series(bars, "bargaining")], fmt=count, legend=False)
        chart.set_labels(x_label=self.tr("Price-setting power now vs before"))

    def _draw_selection_overlay(self) -> None:
        """Selected firms' part of each share bar, as a black outline from 0 up to their share
        (core computes the parts)."""
        if self.result is None or self.summary is None or not self.summary.shares.series:
            return
        parts = selected_parts(self.summary.shares, self.result.firms, self.selected_firms)
        if not parts:
            self.shares_chart.set_selection_items([])
            return
        width = 0.8 / len(self.summary.shares.series)
        xs = [t - 0.4 + width * (j + 0.5) for j, t, _h in parts]
        heights = [h for *_, h in parts]
        item = pg.BarGraphItem(x=xs, height=heights, width=width * 0.6,
                               brush=pg.mkBrush(0, 0, 0, 160), pen=pg.mkPen("#000000", width=2))
        self.shares_chart.set_selection_items([item])

    # -- selection -------------------------------------------------------------------------------

    def firms_for(self, payload: tuple) -> list:
        """The firm ids a click on ``payload`` selects (exposed for tests and the lead)."""
        kind = payload[0]
        firms = self.result.firms
        if kind == "share":
            _, flag, group_var, group, series = payload
            if group_var == "subset":
                res = self.result if series == 0 else self.result_b
                return res.firms.loc[firms_in_bar(res.firms, flag), "firm_id"].tolist()
            mask = firms_in_bar(firms, flag, group_var, group)
        elif kind == "combination":
            mask = firms_in_combination(firms, self.result.computed_types, payload[1])
        elif kind == "bargaining":
            mask = firms_in_bargaining(firms, payload[1])
        else:
            return []
        return firms.loc[mask, "firm_id"].tolist()

    def _on_chart_clicked(self, payload: Any) -> None:
        if self.result is None or not isinstance(payload, tuple):
            return
        if payload[0] == "share" and payload[2] == "subset" and payload[4] == 1:
            return  # B's firms are not rows of A's tables
        ids = self.firms_for(payload)
        self.select(ids)
        self.highlight_firms(ids)

    def _on_list_selection(self, *_: Any) -> None:
        if self.result is None:
            return
        rows = sorted({i.row() for i in self.firm_list.selectionModel().selectedRows()})
        if rows:
            ids = self.firm_model.frame.loc[rows, "firm_id"].tolist()
            self.select(ids)

    # -- firm list -------------------------------------------------------------------------------

    def _fill_firm_list(self) -> None:
        firms = self.result.firms
        cols = [c for c in ("firm_id", "country", "sector", *SHARE_TYPES, "highest_type",
                            "upgrading_score", "bargaining_change", "downgraded",
                            "ms_index_mean", "explanation") if c in firms.columns]
        frame = firms[cols].copy()
        frame["_tip"] = frame["explanation"].astype(object).str.replace("; ", "\n") \
            if "explanation" in frame.columns else ""
        headers = {"firm_id": self.tr("Firm"), "country": self.tr("Country"),
                   "sector": self.tr("Sector"), "highest_type": self.tr("Highest type"),
                   "upgrading_score": self.tr("Score"),
                   "bargaining_change": self.tr("Bargaining"),
                   "ms_index_mean": self.tr("MS index (firm mean)"),
                   "explanation": self.tr("Why (rule items that fired or were missing)")}
        formatters = {t: _flag_text for t in (*SHARE_TYPES, "downgraded")}
        formatters["highest_type"] = lambda v: type_label(v) if isinstance(v, str) else "—"
        formatters["ms_index_mean"] = lambda v: "—" if pd.isna(v) else f"{v:.2f}"
        formatters["bargaining_change"] = lambda v: tr("unknown") if pd.isna(v) else value_text(v)
        for name in ("country", "sector"):
            formatters[name] = lambda v: "—" if pd.isna(v) else value_text(v)
        self.firm_model.set_frame(
            frame, headers=[headers.get(c, type_label(c)) for c in cols],
            formatters=formatters, tooltips={"explanation": "_tip"},
            numeric=("upgrading_score", "ms_index_mean"))
        self.firm_list.resizeColumnsToContents()
        last = self.firm_model.columnCount() - 1
        if last >= 0:
            self.firm_list.setColumnWidth(last, 600)


__all__ = ["UpgradingView"]
