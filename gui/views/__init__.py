"""The analysis views (issue 5) and what they share.

Views (each a QWidget with an objectName, meant to be a tab of the main window):

- :class:`gui.views.upgrading_view.UpgradingView` (``upgradingView``)
- :class:`gui.views.outcomes_view.OutcomesView` (``outcomesView``)
- :class:`gui.views.matrix_view.MatrixView` (``matrixView``)
- :class:`gui.views.chart_builder.ChartBuilder` (``chartBuilder``)

Common API (from :class:`AnalysisView`): ``set_result(result, *, result_b=None)``,
``highlight_firms(ids)``, signals ``firmsSelected(list)`` (firm ids) and
``workersSelected(object)`` (a numpy array of worker row positions: positions in the worker table
given to :class:`gui.analysis_runner.AnalysisRunner` when the result came through it, else in
``result.workers``), ``charts()`` (name → :class:`gui.charts.Chart`, for the results workbook).

This module also holds the small helpers the views share: plain-words labels with units, a
read-only table model over a small DataFrame, and a chart panel with export buttons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.analysis_runner import ROW_COLUMN
from gui.charts import Chart
from gui.table_view import visible_columns


def tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


TYPE_LABELS = {
    "process": QT_TR_NOOP("Process"),
    "product": QT_TR_NOOP("Product"),
    "functional": QT_TR_NOOP("Functional"),
    "chain": QT_TR_NOOP("Chain (new sector)"),
    "end_market": QT_TR_NOOP("End market"),
    "downgraded": QT_TR_NOOP("Downgraded"),
    "none": QT_TR_NOOP("None"),
    "unknown": QT_TR_NOOP("Unknown"),
}
"""Upgrading type names (QT_TR_NOOP: listed for pyside6-lupdate, translated where shown)."""

VARIABLE_LABELS = {
    "monthly_wage": QT_TR_NOOP("Monthly wage"),
    "log_monthly_wage": QT_TR_NOOP("Log of monthly wage"),
    "wage_to_minimum": QT_TR_NOOP("Wage ÷ minimum wage"),
    "hours_per_week": QT_TR_NOOP("Hours per week"),
    "training": QT_TR_NOOP("Received training"),
    "promoted": QT_TR_NOOP("Promoted"),
    "social_insurance": QT_TR_NOOP("Has social insurance"),
    "health_insurance": QT_TR_NOOP("Has health insurance"),
    "regular_contract": QT_TR_NOOP("Regular contract"),
    "written_contract": QT_TR_NOOP("Written contract"),
    "cba_covered": QT_TR_NOOP("Covered by a collective agreement"),
    "injury": QT_TR_NOOP("Injured at work"),
    "ms_index": QT_TR_NOOP("Measurable standards index"),
    "er_index": QT_TR_NOOP("Enabling rights index"),
    "ms_index_mean": QT_TR_NOOP("Firm mean of measurable standards index"),
    "er_index_mean": QT_TR_NOOP("Firm mean of enabling rights index"),
    "highest_type": QT_TR_NOOP("Highest upgrading type"),
    "upgrading_score": QT_TR_NOOP("Upgrading score (types, 0–4)"),
    "bargaining_change": QT_TR_NOOP("Bargaining position with buyers"),
    "skill_group": QT_TR_NOOP("Skill group"),
    "contract": QT_TR_NOOP("Contract"),
    "gender": QT_TR_NOOP("Gender"),
    "education": QT_TR_NOOP("Education"),
    "country": QT_TR_NOOP("Country"),
    "sector": QT_TR_NOOP("Sector"),
    "region": QT_TR_NOOP("Region"),
    "ownership": QT_TR_NOOP("Ownership"),
    "employees": QT_TR_NOOP("Employees"),
    "age": QT_TR_NOOP("Age, years"),
    "tenure_years": QT_TR_NOOP("Years with the firm"),
    "pay_amount": QT_TR_NOOP("Pay as reported"),
    "export_share": QT_TR_NOOP("Export share, %"),
    "main_buyer_share": QT_TR_NOOP("Main buyer's share of sales, %"),
    "year_founded": QT_TR_NOOP("Year founded"),
    "piece_rate": QT_TR_NOOP("Paid by piece"),
    "none": QT_TR_NOOP("No grouping"),
}

UNITS = {
    "hours_per_week": QT_TR_NOOP("hours"), "ms_index": "0–1", "er_index": "0–1",
    "ms_index_mean": "0–1", "er_index_mean": "0–1", "wage_to_minimum": QT_TR_NOOP("ratio"),
}

VALUE_LABELS = {
    # canonical category values (core.model.roles), as shown in the subset panel, groups and tables
    "female": QT_TR_NOOP("Female"), "male": QT_TR_NOOP("Male"),
    "production": QT_TR_NOOP("Production"), "technician": QT_TR_NOOP("Technician"),
    "supervisor": QT_TR_NOOP("Supervisor"), "manager": QT_TR_NOOP("Manager"),
    "indefinite": QT_TR_NOOP("Indefinite"), "fixed_term": QT_TR_NOOP("Fixed term"),
    "probation": QT_TR_NOOP("Probation"),
    "month": QT_TR_NOOP("Month"), "fortnight": QT_TR_NOOP("Fortnight"),
    "week": QT_TR_NOOP("Week"), "day": QT_TR_NOOP("Day"), "hour": QT_TR_NOOP("Hour"),
    "piece": QT_TR_NOOP("Piece"),
    "domestic_private": QT_TR_NOOP("Domestic private"), "foreign": QT_TR_NOOP("Foreign"),
    "state": QT_TR_NOOP("State"), "joint_venture": QT_TR_NOOP("Joint venture"),
    "apparel": QT_TR_NOOP("Apparel"), "electronics": QT_TR_NOOP("Electronics"),
    "footwear": QT_TR_NOOP("Footwear"),
    "Vietnam": QT_TR_NOOP("Vietnam"), "Thailand": QT_TR_NOOP("Thailand"),
    "Myanmar": QT_TR_NOOP("Myanmar"), "Cambodia": QT_TR_NOOP("Cambodia"),
    "Indonesia": QT_TR_NOOP("Indonesia"),
    "improved": QT_TR_NOOP("Improved"), "unchanged": QT_TR_NOOP("Unchanged"),
    "worse": QT_TR_NOOP("Worse"), "yes": QT_TR_NOOP("yes"), "no": QT_TR_NOOP("no"),
    "all": QT_TR_NOOP("all"),
    **TYPE_LABELS,
}
"""Canonical values → plain words; values not listed (a region's name) are shown as they are."""
MONEY = ("monthly_wage", "pay_amount")


def type_label(name: str, *, short: bool = False) -> str:
    """'Chain (new sector)' in tables; ``short`` ('Chain') on chart axes."""
    if short and name == "chain":
        return tr("Chain")
    return tr(TYPE_LABELS.get(str(name), str(name).replace("_", " ").capitalize()))


def variable_label(name: str, *, currency: str | None = None, share: bool = False) -> str:
    """'Monthly wage, VND', 'Received training (share of workers)', 'Hours per week, hours'."""
    text = tr(VARIABLE_LABELS.get(name, name.replace("_", " ").capitalize()))
    if name in MONEY:
        return f"{text}, {currency}" if currency else text
    if share:
        return text + tr(" (share)")
    unit = UNITS.get(name)
    return f"{text}, {tr(unit)}" if unit and unit not in text else text


def value_text(value: Any) -> str:
    """Plain words for a canonical value in the interface's language ("fixed_term" → "Fixed
    term", "female" → "Female"); other values (a region, a label from the codebook) as they are,
    with underscores as spaces and a capital first letter when they are lower-case codes."""
    text = str(value)
    if text in VALUE_LABELS:
        return tr(VALUE_LABELS[text])
    if text[:1].islower():
        text = text.replace("_", " ")
        text = text[:1].upper() + text[1:]
    return text


def currency_of(workers: pd.DataFrame) -> str | None:
    """The one currency of the workers' pay, or None when several (or unknown)."""
    if "min_wage_currency" not in workers.columns:
        return None
    found = pd.unique(workers["min_wage_currency"].dropna().astype(str))
    return str(found[0]) if len(found) == 1 else None


def currencies_of(workers: pd.DataFrame) -> list[str]:
    if "min_wage_currency" not in workers.columns:
        return []
    return sorted(str(c) for c in pd.unique(workers["min_wage_currency"].dropna().astype(str)))


def is_yes_no(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.BooleanDtype) or series.dtype == bool


def categorical_columns(frame: pd.DataFrame, *, max_levels: int = 12,
                        skip: Iterable[str] = ()) -> list[str]:
    """Columns usable as a grouping: categories, yes/no, or text with few distinct values."""
    out = []
    skip = set(skip)
    for name in frame.columns:
        if name in skip or name.startswith("_") or name in ("firm_id", "worker_id", "explanation"):
            continue
        s = frame[name]
        if isinstance(s.dtype, pd.CategoricalDtype) or is_yes_no(s):
            if s.nunique(dropna=True) <= max_levels:
                out.append(name)
        elif s.dtype == object and 1 < s.nunique(dropna=True) <= max_levels:
            out.append(name)
    return out


def numeric_columns(frame: pd.DataFrame, *, skip: Iterable[str] = ()) -> list[str]:
    skip = set(skip)
    return [c for c in frame.columns if c not in skip and not c.startswith("_")
            and pd.api.types.is_numeric_dtype(frame[c].dtype) and not is_yes_no(frame[c])
            and c not in ("ms_n_items", "er_n_items")]


def group_values(series: pd.Series) -> pd.Series:
    """A grouping as categorical text (yes/no → 'yes'/'no'), categories in their order."""
    if is_yes_no(series):
        return series.astype("boolean").map({True: "yes", False: "no"}).astype(
            pd.CategoricalDtype(["no", "yes"]))
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.rename_categories([str(c) for c in series.cat.categories])
    return series.astype("string").astype("category")


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


# ------------------------------------------------------------------------------- table model

EMPHASIS_COLUMNS = frozenset({"n_firms", "n_workers", "n", "n_known"})
"""Group sizes: bold in presentation mode, so the room sees how many firms a number rests on."""
_emphasis = {"on": False}


def set_emphasis(on: bool) -> None:
    """Presentation mode: group-size columns of every FrameTableModel in bold."""
    _emphasis["on"] = bool(on)


class FrameTableModel(QAbstractTableModel):
    """Read-only model over a small, already formatted DataFrame (every cell text built once).

    ``tooltips``: column name → tooltip column; ``grey_rows``: rows shown in grey italics (e.g.
    suppressed groups); ``highlight``: rows painted as selected elsewhere.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._cells: list[list[str]] = []
        self._tips: list[list[str | None]] = []
        self._align: list[Qt.AlignmentFlag] = []
        self._grey: set[int] = set()
        self._highlight: set[int] = set()
        self._columns: list[str] = []
        self.frame = pd.DataFrame()

    def set_frame(self, frame: pd.DataFrame, *, headers: Sequence[str] | None = None,
                  formatters: dict[str, Callable[[Any], str]] | None = None,
                  tooltips: dict[str, str] | None = None,
                  grey_rows: Iterable[int] = (), numeric: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        formatters = formatters or {}
        tooltips = tooltips or {}
        shown = [c for c in frame.columns if c not in set(tooltips.values())]
        self._columns = shown
        self._headers = list(headers) if headers is not None else shown
        numeric = set(numeric)
        self._align = [(Qt.AlignmentFlag.AlignRight if c in numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter for c in shown]
        cols = []
        tips = []
        for c in shown:
            fmt = formatters.get(c, _default_format)
            cols.append([fmt(v) for v in self.frame[c].tolist()])
            tip_col = tooltips.get(c)
            tips.append(self.frame[tip_col].astype(object).tolist() if tip_col else None)
        self._cells = [list(r) for r in zip(*cols, strict=True)] if cols else []
        self._tips = tips
        self._grey = set(grey_rows)
        self._highlight = set()
        self.endResetModel()

    def set_highlight(self, rows: Iterable[int]) -> None:
        self._highlight = set(rows)
        if self._cells:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._cells) - 1, len(self._headers) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips[c]
            return str(tips[r]) if tips is not None and tips[r] is not None else self._cells[r][c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[c]
        if role == Qt.ItemDataRole.ForegroundRole and r in self._grey:
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.BackgroundRole and r in self._highlight:
            return QBrush(QColor("#FFE8A3"))
        if (role == Qt.ItemDataRole.FontRole and _emphasis["on"]
                and self._columns[c] in EMPHASIS_COLUMNS):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        return None

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]


_NUMBER_TEXT = re.compile(r"[+-]?\d+(\.\d+)?")
_CODE_TEXT = re.compile(r"[+-]?0\d")
"""Text like "007": an identifier or code whose leading zeros matter, never a number."""


def export_cell(text: str) -> Any:
    """A shown cell as written to a file: "—" empty, "1,234" / "0.125" as numbers (so a
    spreadsheet can sum them), anything else the text shown ("007" stays text: an ID)."""
    text = str(text)
    if text in ("", "—"):
        return None
    plain = text.replace(",", "")
    if _NUMBER_TEXT.fullmatch(plain) and not _CODE_TEXT.match(plain):
        return float(plain) if "." in plain else int(plain)
    return text


class ViewTable(QTableView):
    """A view's small table (over a :class:`FrameTableModel`) with Copy (Ctrl+C, tab-separated
    text with the column names: Excel pastes it into cells) and Export (xlsx or csv through
    core.export.table_export; :meth:`choose_export_path` is what tests patch)."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_copy = QAction(self.tr("&Copy"), self)
        self.action_copy.setObjectName(name + "CopyAction")
        self.action_copy.triggered.connect(lambda: self.copy_table())
        self.action_export = QAction(self.tr("&Export table…"), self)
        self.action_export.setObjectName(name + "ExportAction")
        self.action_export.triggered.connect(lambda: self.export_interactive())
        self.addAction(self.action_copy)
        self.addAction(self.action_export)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_table()
            event.accept()
            return
        super().keyPressEvent(event)

    def tools(self) -> QHBoxLayout:
        """Copy and Export table… buttons (right-aligned), for the view's layout."""
        accessible = self.accessibleName()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"), self.parentWidget())
        self.copy_button.setObjectName(self.objectName() + "Copy")
        self.copy_button.setAccessibleName(self.tr("Copy {table}").format(table=accessible))
        self.copy_button.setToolTip(self.tr("Copy the selected rows, or the whole table, with "
                                            "the column names (paste into Excel)"))
        self.copy_button.clicked.connect(lambda: self.copy_table())
        self.export_button = QPushButton(self.tr("Export table…"), self.parentWidget())
        self.export_button.setObjectName(self.objectName() + "Export")
        self.export_button.setAccessibleName(
            self.tr("Export {table} to a file").format(table=accessible))
        self.export_button.setToolTip(self.tr("Save this table to an Excel or CSV file"))
        self.export_button.clicked.connect(lambda: self.export_interactive())
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        return row

    def _model(self) -> FrameTableModel:
        model = self.model()
        assert isinstance(model, FrameTableModel)
        return model

    def shown_columns(self) -> list[int]:
        return visible_columns(self)

    def shown_table(self, rows: Sequence[int] | None = None) -> tuple[list[str], list[list[str]]]:
        """Column names and cell texts as shown (all rows, or these)."""
        model = self._model()
        columns = self.shown_columns()
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        if rows is None:
            rows = range(model.rowCount())
        cells = [[model.text(r, c) for c in columns] for r in rows]
        return headers, cells

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None or self.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            return []
        return sorted({i.row() for i in selection.selectedIndexes()})

    def table_text(self) -> str:
        """The selected rows (or every row) with the column names, tab-separated."""
        headers, cells = self.shown_table(self.selected_rows() or None)

        def clean(text: str) -> str:
            return " ".join(text.split()) if ("\t" in text or "\n" in text) else text

        lines = ["\t".join(clean(h) for h in headers)]
        lines += ["\t".join(clean(v) for v in row) for row in cells]
        return "\n".join(lines) + "\n"

    def copy_table(self) -> str:
        if self._model().columnCount() == 0:
            return ""
        text = self.table_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def choose_export_path(self, suggested: str) -> Path | None:
        """Ask where to save (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV text (*.csv)")])
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export table"), suggested,
                                                   filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def export_to(self, path: Path | str) -> int:
        """Write every row of the table as shown (numbers as numbers); returns rows written."""
        from core.export.table_export import export_table

        headers, cells = self.shown_table()
        # unique names (two columns may share a heading)
        names = []
        for h in headers:
            name, k = h or "column", 2
            while name in names:
                name, k = f"{h} ({k})", k + 1
            names.append(name)
        frame = pd.DataFrame([[export_cell(v) for v in row] for row in cells], columns=names,
                             dtype=object)
        return export_table(frame, path, sheet_name=self.accessibleName() or "Table")

    def export_interactive(self) -> Path | None:
        from core.common.errors import UserFacingError

        stem = "".join(ch if ch.isalnum() else "_" for ch in self.accessibleName()).strip("_")
        path = self.choose_export_path(f"{stem or 'table'}.xlsx")
        if path is None:
            return None
        try:
            self.export_to(path)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Export table"), str(error))
            return None
        return path


def _default_format(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and not np.isfinite(value)):
        return "—"
    if isinstance(value, bool | np.bool_):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int | np.integer):
        return f"{value:,}"
    return str(value)


# -------------------------------------------------------------------------------- chart panel

def fit_title(chart: Chart, margin: int = 30) -> None:
    """Wrap the chart's title to the chart's width, centred: a long title (large projector
    fonts) would otherwise set the plot's minimum width and push the plot past the right edge."""
    label = chart.getPlotItem().titleLabel
    item = label.item
    document = item.document()
    option = document.defaultTextOption()
    if option.alignment() != Qt.AlignmentFlag.AlignHCenter:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
    left = chart.getPlotItem().getAxis("left")
    width = max(120, chart.width() - margin - (left.width() if left.isVisible() else 0))
    if item.textWidth() != width:
        item.setTextWidth(width)
        label.updateMin()
        label.resizeEvent(None)
    if label.isVisible():  # pyqtgraph fixes the title row at 30 px: make it as tall as the text
        height = max(30, round(label.itemRect().height()))
        label.setMaximumHeight(height)
        chart.getPlotItem().layout.setRowFixedHeight(0, height)
    label.updateGeometry()


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
        row = QHBoxLayout()
        row.addStretch(1)
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
        return (self.chart.export_png(name) if fmt == "png" else self.chart.export_svg(name))


# ------------------------------------------------------------------------------- view base

class AnalysisView(QWidget):
    """Selection plumbing shared by the views (see the module docstring for the API)."""

    firmsSelected = Signal(list)
    workersSelected = Signal(object)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.result = None
        self.result_b = None
        self.selected_firms: list[Any] = []
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName(f"{object_name}Selection")
        self.selection_label.setAccessibleName(tr("Selection"))

    def charts(self) -> dict[str, Chart]:
        return {}

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


__all__ = [
    "AnalysisView",
    "ChartPanel",
    "FrameTableModel",
    "ViewTable",
    "categorical_columns",
    "currencies_of",
    "currency_of",
    "export_cell",
    "fit_title",
    "group_values",
    "numeric_columns",
    "type_label",
    "value_text",
    "variable_label",
    "worker_positions",
    "workers_of_firms",
]
