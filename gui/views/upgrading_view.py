"""Upgrading view (``upgradingView``): which firms upgraded, how, and why each firm is classed so.

Shows, for the current subset: the share of firms with each type (process, product, functional,
chain; end-market beside them) with Wilson 95% CI whiskers, split by any firm category; the
combinations of types; bargaining change and downgrading; the firm list with flags and the rule
explanation of every firm; the rule editor with a live preview.

Every number comes from ``core`` (``AnalysisResult`` tables, or ``core.analysis.firm_stats.type_shares`` for
a split the analysis did not precompute). The view only draws and maps clicks to firm ids.

API for the main window:
  ``set_result(result, *, result_b=None)``: show an AnalysisResult (B: a second subset, drawn
  beside A instead of a split);
  ``set_split(name)`` / ``split()``: the firm category bars are split by ("none" for all firms);
  ``highlight_firms(ids)``: mark firms selected in the tables (list rows + darker bar parts);
  signals ``firmsSelected(list)``, ``workersSelected(object)`` (numpy row positions),
  ``rulesChanged(dict)`` (re-run the analysis with these rules; also save them in the project);
  ``charts()``: {"shares", "combinations", "bargaining", "downgrading"} → Chart, for exports.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
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

from core.analysis.firm_stats import type_shares
from core.analysis.rules import RANKED_TYPES
from gui.charts import BarSeries, Chart, bar_chart, number, percent1
from gui.views import (
    AnalysisView,
    ChartPanel,
    FrameTableModel,
    ViewTable,
    categorical_columns,
    tr,
    type_label,
    value_text,
    variable_label,
)
from gui.views.rule_editor import RuleEditor

SHARE_TYPES = ("process", "product", "functional", "chain", "end_market")
_FLAG_TEXT = {True: QT_TR_NOOP("yes"), False: QT_TR_NOOP("no")}


def _flag_text(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return tr("unknown")
    return tr(_FLAG_TEXT.get(bool(v), str(v)))


def firm_combination(firms: pd.DataFrame, types: list[str]) -> np.ndarray:
    """Each firm's combination label as core.analysis.firm_stats.type_combinations spells it."""
    present = [t for t in types if t in firms.columns]
    if not present:
        return np.full(len(firms), "", dtype=object)
    vals = [firms[t].astype("boolean") for t in present]
    known = np.logical_and.reduce([v.notna().to_numpy() for v in vals])
    out = np.full(len(firms), "incomplete (a type unknown)", dtype=object)
    labels = np.full(len(firms), "", dtype=object)
    for t, v in zip(present, vals, strict=True):
        on = v.fillna(False).to_numpy(dtype=bool)
        labels = np.where(on, np.where(labels == "", t, labels + "+" + t), labels)
    labels = np.where(labels == "", "none", labels)
    out[known] = labels[known]
    return out


class UpgradingView(AnalysisView):
    rulesChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("upgradingView", parent)
        self.setAccessibleName(self.tr("Upgrading"))
        self._split = "sector"
        self._shares = pd.DataFrame()
        self._combo_labels = np.array([], dtype=object)

        self.split_box = QComboBox(self)
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

        self.chart_tabs = QTabWidget(self)
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
        self.firm_list.selectionModel().selectionChanged.connect(self._on_list_selection)

        self.rule_editor = RuleEditor(self)
        self.rule_editor.rulesChanged.connect(self.rulesChanged)
        self.rule_editor.setMinimumWidth(320)

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

    # -- API -------------------------------------------------------------------------------------

    def charts(self) -> dict[str, Chart]:
        return {"shares": self.shares_chart, "combinations": self.combinations_chart,
                "bargaining": self.bargaining_chart, "downgrading": self.downgrading_chart}

    def set_result(self, result: Any, *, result_b: Any = None) -> None:
        self.result, self.result_b = result, result_b
        firms = result.firms
        options = ["none", *[c for c in categorical_columns(
            firms, skip=(*SHARE_TYPES, "downgraded", "highest_type", "bargaining_change"))
            if not firms[c].isna().all()]]
        self.split_box.blockSignals(True)
        self.split_box.clear()
        for name in options:
            self.split_box.addItem(variable_label(name) if name != "none"
                                   else self.tr("All firms together"), name)
        if self._split not in options:
            self._split = "sector" if "sector" in options else "none"
        self.split_box.setCurrentIndex(options.index(self._split))
        self.split_box.setEnabled(result_b is None)
        self.split_box.blockSignals(False)
        self._combo_labels = firm_combination(firms, [t for t in RANKED_TYPES
                                                      if t in result.computed_types])
        text = self.tr("{firms} firms · {workers} workers in the subset").format(
            firms=f"{result.n_firms:,}", workers=f"{result.n_workers:,}")
        if result_b is not None:
            text += self.tr(" · B: {firms} firms").format(firms=f"{result_b.n_firms:,}")
        self.counts_label.setText(text)
        self.rule_editor.set_rules(result.rules)
        self.rule_editor.set_firms(firms)
        self._draw_all()
        self._fill_firm_list()

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
            self._draw_shares()
            self._draw_downgrading()
            self._draw_selection_overlay()

    def _draw_all(self) -> None:
        self._draw_shares()
        self._draw_combinations()
        self._draw_bargaining()
        self._draw_downgrading()
        self._draw_selection_overlay()

    def _series_tables(self, flags: list[str]) -> list[tuple[str, str, str, pd.DataFrame]]:
        """(series name, group_var, group, rows by type) for each series to draw."""
        result = self.result
        min_firms = result.settings.min_firms
        if self.result_b is not None:
            out = []
            for tag, res in ((self.tr("A"), result), (self.tr("B"), self.result_b)):
                t = type_shares(res.firms, [f for f in flags if f in res.firms.columns],
                                min_firms=min_firms)
                t["suppressed"] = t["n_known"] < min_firms
                out.append((f"{tag} (n={res.n_firms:,})", "subset", tag, t))
            return out
        if self._split == "none":
            t = result.upgrading_summary[result.upgrading_summary["type"].isin(flags)]
            return [(self.tr("All firms (n={n})").format(n=f"{result.n_firms:,}"), "all", "all",
                     t)]
        table = result.shares_by_group
        if table.empty or self._split not in set(table["group_var"]):
            table = type_shares(result.firms, [f for f in flags if f in result.firms.columns],
                                by=self._split, min_firms=min_firms)
        table = table[(table["group_var"] == self._split) & table["type"].isin(flags)]
        out = []
        for group, rows in table.groupby("group", sort=False):
            n = int(rows["n_firms"].max())
            if n == 0:
                continue  # a category with no firm in this subset
            out.append((f"{value_text(group)} (n={n:,})", self._split, str(group), rows))
        return out

    def _draw_share_chart(self, chart: Chart, flags: list[str]) -> pd.DataFrame:
        series_tables = self._series_tables(flags)
        types = [t for t in flags if any(t in set(rows["type"]) for *_, rows in series_tables)]
        series, records = [], []
        for j, (name, group_var, group, rows) in enumerate(series_tables):
            by_type = rows.set_index("type")
            vals, lo, hi, supp, payloads = [], [], [], [], []
            for t in types:
                r = by_type.loc[t] if t in by_type.index else None
                ok = r is not None
                vals.append(float(r["share"]) if ok else np.nan)
                lo.append(float(r["ci_low"]) if ok else np.nan)
                hi.append(float(r["ci_high"]) if ok else np.nan)
                supp.append(bool(r["suppressed"]) if ok else False)
                payloads.append(("share", t, group_var, group, j))
                records.append({"series": j, "name": name, "type": t, "group_var": group_var,
                                "group": group, "share": vals[-1], "ci_low": lo[-1],
                                "ci_high": hi[-1], "n_known": int(r["n_known"]) if ok else 0,
                                "n_true": int(r["n_true"]) if ok else 0,
                                "suppressed": supp[-1]})
            series.append(BarSeries(name, vals, lo, hi, payloads, supp))
        categories = [type_label(t, short=True) for t in types]
        bar_chart(chart, categories, series, fmt=percent1, y_range=(0, 1.0)
                  if any(np.nanmax(np.r_[s.high, 0]) > 0.8 for s in series) else None,
                  legend_columns=1 if len(series) <= 4 else 2)
        return pd.DataFrame(records)

    def _draw_shares(self) -> None:
        flags = [t for t in SHARE_TYPES if t in self.result.computed_types]
        self._shares = self._draw_share_chart(self.shares_chart, flags)
        if "end_market" in flags and len(flags) > 1:  # end-market sits beside the four types
            x = flags.index("end_market") - 0.5
            self.shares_chart.addItem(pg.InfiniteLine(
                x, angle=90, pen=pg.mkPen("#777777", width=1.5, style=Qt.PenStyle.DashLine)))
        split = (self.tr("subset A vs B") if self.result_b is not None else
                 variable_label(self._split).lower() if self._split != "none" else "")
        self.shares_chart.set_labels(
            title=self.tr("Share of firms with each type of upgrading")
            + (self.tr(", by {split}").format(split=split) if split else ""),
            x_label=self.tr("Type of upgrading (chain = into a new sector)"))

    def _draw_downgrading(self) -> None:
        if "downgraded" not in self.result.firms.columns:
            self.downgrading_chart.show_message(self.tr("Downgrading not computed: the survey "
                                                        "lacks its items"))
            return
        self._downgrading = self._draw_share_chart(self.downgrading_chart, ["downgraded"])
        self.downgrading_chart.set_labels(x_label="")

    def _draw_combinations(self) -> None:
        combos = self.result.combinations
        chart = self.combinations_chart
        if combos.empty:
            chart.show_message(self.tr("No combination can be counted: types not computed"))
            return
        labels = [" + ".join(type_label(p) for p in str(c).split("+"))
                  if not str(c).startswith("incomplete") else self.tr("Some type unknown")
                  for c in combos["combination"]]
        labels = [self.tr("No upgrading") if c == "none" else lab
                  for c, lab in zip(combos["combination"], labels, strict=True)]
        shares = combos["share"].to_numpy(dtype=float)
        counts = combos["n_firms"].to_numpy(dtype=float)
        text = [f"{int(n)} ({percent1(s)})" if np.isfinite(s) else f"{int(n)}"
                for n, s in zip(counts, shares, strict=True)]
        series = BarSeries(self.tr("Firms"), counts, payloads=[("combination", c) for c in
                                                               combos["combination"]],
                           labels=text)
        bar_chart(chart, labels, [series], fmt=number, horizontal=True, legend=False)
        chart.set_labels(x_label=self.tr("Number of firms (share of firms with every type "
                                         "known)"))

    def _draw_bargaining(self) -> None:
        table = self.result.bargaining
        chart = self.bargaining_chart
        if table.empty:
            chart.show_message(self.tr("Bargaining change not computed: the survey lacks "
                                       "price-setting questions"))
            return
        words = {"worse": self.tr("Worse"), "unchanged": self.tr("Unchanged"),
                 "improved": self.tr("Improved"), "unknown": self.tr("Unknown")}
        counts = table["n_firms"].to_numpy(dtype=float)
        shares = table["share"].to_numpy(dtype=float)
        text = [f"{int(n)} ({percent1(s)})" if np.isfinite(s) else f"{int(n)}"
                for n, s in zip(counts, shares, strict=True)]
        series = BarSeries(self.tr("Firms"), counts, labels=text,
                           payloads=[("bargaining", v) for v in table["value"]])
        bar_chart(chart, [words.get(v, v) for v in table["value"]], [series], legend=False)
        chart.set_labels(x_label=self.tr("Price-setting power now vs before"))

    def _draw_selection_overlay(self) -> None:
        """Selected firms' part of each share bar, as a black outline from 0 up to their share."""
        if self.result is None or self._shares.empty:
            return
        wanted = set(self.selected_firms)
        if not wanted:
            self.shares_chart.set_selection_items([])
            return
        firms = self.result.firms
        selected = firms["firm_id"].isin(wanted).to_numpy()
        n_ser = int(self._shares["series"].max()) + 1
        types = list(dict.fromkeys(self._shares["type"]))
        width = 0.8 / n_ser
        xs, heights = [], []
        for r in self._shares.itertuples():
            if r.suppressed or r.n_known == 0 or r.group_var == "subset":
                continue
            m = self._firm_mask(r.type, r.group_var, r.group) & selected
            xs.append(types.index(r.type) - 0.4 + width * (r.series + 0.5))
            heights.append(m.sum() / r.n_known)
        item = pg.BarGraphItem(x=xs, height=heights, width=width * 0.6,
                               brush=pg.mkBrush(0, 0, 0, 160), pen=pg.mkPen("#000000", width=2))
        self.shares_chart.set_selection_items([item])

    # -- selection -------------------------------------------------------------------------------

    def _firm_mask(self, flag: str, group_var: str, group: str, firms: pd.DataFrame | None = None
                   ) -> np.ndarray:
        firms = self.result.firms if firms is None else firms
        mask = firms[flag].astype("boolean").fillna(False).to_numpy(dtype=bool)
        if group_var not in ("all", "subset"):
            col = firms[group_var]
            values = (col.astype("boolean").map({True: "yes", False: "no"})
                      if col.dtype == "boolean" else col.astype(object))
            mask = mask & (values.astype(str) == group).to_numpy() & col.notna().to_numpy()
        return mask

    def firms_for(self, payload: tuple) -> list:
        """The firm ids a click on ``payload`` selects (exposed for tests and the lead)."""
        kind = payload[0]
        firms = self.result.firms
        if kind == "share":
            _, flag, group_var, group, series = payload
            if group_var == "subset":
                res = self.result if series == 0 else self.result_b
                mask = self._firm_mask(flag, "all", "all", res.firms)
                return res.firms.loc[mask, "firm_id"].tolist()
            mask = self._firm_mask(flag, group_var, group)
        elif kind == "combination":
            mask = self._combo_labels == payload[1]
        elif kind == "bargaining":
            col = firms["bargaining_change"]
            mask = (col.isna() if payload[1] == "unknown" else
                    (col.astype(object) == payload[1])).to_numpy(dtype=bool)
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


__all__ = ["UpgradingView", "firm_combination"]
