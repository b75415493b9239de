"""The main window: open a survey, review its import, browse the tables, choose a subset.

It only turns gestures into calls: opening goes through an injected ``loader`` (wired to ``core`` by
main.py) on a background thread, the import review edits the study through ``core.study_edit``, the
subset panel evaluates subsets with ``core.subset``, derived columns come from
``core.analysis.run_analysis`` (also off the GUI thread).

For the analysis views (another part of the window), the public surface is:

- ``subsetChanged(Subset)``: the current subset, after every change (``current_subset()``);
- ``comparisonChanged(A, B)``: two Subsets when "compare with…" is on, ``(None, None)`` when off
  (``comparison()``);
- ``surveyLoaded(LoadedSurvey)`` / ``derivedReady()``: a survey is shown / its derived columns are
  in; ``analysis_frames()`` gives the canonical firm and worker frames with the derived columns
  (what subsets filter), and ``subset_masks()`` the current core.subset.SubsetMasks;
- ``tabs``: the centre QTabWidget: Firms · Workers · Upgrading · Worker outcomes ·
  Economic × social · Chart builder.

The analysis views (gui.views) are wired here: once a survey's derived columns are in, and after
every subset, comparison or rule change, the window asks ONE :class:`AnalysisRunner` for
``core.analysis.run_analysis`` of subset A (and B while comparing), off the GUI thread, latest
request wins, and hands the result to each view (the one shown at once, the others when their tab
is opened). A view's ``firmsSelected``/``workersSelected`` select exactly those rows in the tables;
rows selected in the firms table are highlighted in the views. Rules applied in the rule editor
become the window's rules (saved with the project) and recompute the derived columns and the
analysis. File → Export results workbook… and Export analysis as Python script… write what the
views show.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from core.subset import Subset, SubsetMasks
from gui import survey_loader
from gui.analysis_runner import ROW_COLUMN, AnalysisRunner
from gui.charts import Chart
from gui.error_dialog import format_details, make_error_box, plain_message, record
from gui.loaded_survey import LoadedSurvey, Loader
from gui.settings_store import SettingsStore, import_choices_dir
from gui.subset_panel import SubsetPanel
from gui.table_model import DataFrameTableModel
from gui.table_view import TablePanel
from gui.tasks import Task, TaskRunner
from gui.views import AnalysisView, fit_title
from gui.views.chart_builder import ChartBuilder
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView
from gui.welcome_page import WelcomePage

__all__ = ["LoadedSurvey", "Loader", "MainWindow"]

log = logging.getLogger(__name__)

HIDDEN_CHART_SIZE = (960, 600)
"""Size at which a chart never shown (its tab not opened yet) is drawn for the workbook."""


def _split_variable_labels(
    labels: Mapping[str, Any] | None,
) -> tuple[dict[str, str], dict[str, str]]:
    """Accept {column: text} for both tables, or {"firms": {...}, "workers": {...}}."""
    if not labels:
        return {}, {}
    if set(labels) <= {"firms", "workers"} and all(isinstance(v, Mapping) for v in labels.values()):
        return dict(labels.get("firms", {})), dict(labels.get("workers", {}))
    flat = {str(k): str(v) for k, v in labels.items() if not isinstance(v, Mapping)}
    return flat, flat


def _accepts_progress(loader: Loader) -> bool:
    try:
        return "progress" in inspect.signature(loader).parameters
    except (TypeError, ValueError):
        return False


class MainWindow(QMainWindow):
    """Welcome page, or the subset panel beside the Firms and Workers tables."""

    surveyShown = Signal(str)
    """Emitted with the title after a survey is shown (other views and tests listen to it)."""
    surveyLoaded = Signal(object)
    """The gui LoadedSurvey just shown (``.core`` is the core LoadedSurvey when from core)."""
    openFinished = Signal(bool)
    """After every open attempt: True when a survey was shown; False when it failed, was
    cancelled, or the import review was cancelled."""
    derivedReady = Signal()
    """The derived columns (flags, highest_type, monthly_wage, indices) were added."""
    subsetChanged = Signal(object)
    """The current core.subset.Subset."""
    comparisonChanged = Signal(object, object)
    """(A, B) Subsets while comparing; (None, None) otherwise."""
    analysisShown = Signal(object, object)
    """(result A, result B or None): the views were given a new analysis."""
    rulesChanged = Signal(object)
    """The window's rules changed (a dict; None = the default rules)."""
    exportFinished = Signal(str, object)
    """("results" or "script", Path) once an export is written."""

    def __init__(
        self,
        loader: Loader | None = None,
        *,
        sample_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._loader = loader
        self._sample_path = sample_path
        self._title = ""
        self._survey: LoadedSurvey | None = None
        self._analysis_firms: pd.DataFrame | None = None
        self._analysis_workers: pd.DataFrame | None = None
        self._project_path: Path | None = None
        self._load_task: Task | None = None
        self._loading_path: Path | None = None
        self._derive_token = 0
        self._import_dialog = None
        self.last_error_box = None
        self.settings = SettingsStore()
        self._last_dir = self.settings.last_dir()
        self.runner = TaskRunner(self, max_threads=2)
        self.analysis_runner = AnalysisRunner(self)
        self._rules: dict | None = None
        self._settings: dict = {}
        self._result = None
        self._result_b = None
        self._analysis_armed = False
        self._analysis_key: str | None = None
        self._ready_pair: tuple[str, Any] | None = None
        self._dirty_views: set[AnalysisView] = set()
        self._pending_firms = 0
        self.setAcceptDrops(True)

        self.firms_panel = TablePanel("firmsTable", self.tr("Firms table"), self.tr("firms"), self)
        self.workers_panel = TablePanel("workersTable", self.tr("Workers table"),
                                        self.tr("workers"), self)
        self.firms_model: DataFrameTableModel = self.firms_panel.model
        self.workers_model: DataFrameTableModel = self.workers_panel.model
        self.firms_table: QTableView = self.firms_panel.view
        self.workers_table: QTableView = self.workers_panel.view
        self.firms_panel.exportRequested.connect(lambda: self.export_table(self.firms_panel))
        self.workers_panel.exportRequested.connect(lambda: self.export_table(self.workers_panel))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("surveyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.firms_panel, self.tr("Firms"))
        self.tabs.addTab(self.workers_panel, self.tr("Workers"))
        self._make_views()

        self.subset_panel = SubsetPanel(self)
        self.subset_panel.subsetChanged.connect(self._subset_changed)
        self.subset_panel.comparisonChanged.connect(self.comparisonChanged)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspace")
        self.splitter.addWidget(self.subset_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([320, 960])

        self.welcome = WelcomePage(self)
        self.welcome.openRequested.connect(self.open_file)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.open_path)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("surveySummary")
        self.summary_label.setAccessibleName(self.tr("Survey summary"))
        self.statusBar().addWidget(self.summary_label, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setAccessibleName(self.tr("Opening progress"))
        self.progress.setRange(0, 0)  # busy: reading a workbook has no fraction to show
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("loadMessage")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelLoad")
        self.cancel_button.setToolTip(self.tr("Stop opening the file (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_load)
        for w in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(w)
            w.setVisible(False)
        self.analysis_busy_label = QLabel(self.tr("Updating the analysis…"), self)
        self.analysis_busy_label.setObjectName("analysisBusyLabel")
        self.analysis_busy = QProgressBar(self)
        self.analysis_busy.setObjectName("analysisBusy")
        self.analysis_busy.setAccessibleName(self.tr("Updating the analysis"))
        self.analysis_busy.setRange(0, 0)
        self.analysis_busy.setMaximumWidth(120)
        self.analysis_busy.setTextVisible(False)
        for w in (self.analysis_busy_label, self.analysis_busy):
            self.statusBar().addPermanentWidget(w)
            w.setVisible(False)
        self.analysis_runner.busyChanged.connect(self._analysis_busy_changed)

        self._make_menus()
        self._update_actions()
        self._refresh_recent()
        self._show_empty_state()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._resize_to_screen()
        splitter_state = self.settings.splitter_state()
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.setTabOrder(self.subset_panel, self.tabs)

    # -- construction ------------------------------------------------------------------------------

    def _make_views(self) -> None:
        """The analysis tabs after Firms · Workers, and their wiring to the window."""
        self.upgrading_view = UpgradingView(self)
        self.outcomes_view = OutcomesView(self, runner=self.analysis_runner)
        self.matrix_view = MatrixView(self)
        self.chart_builder = ChartBuilder(parent=self)
        self.views: list[AnalysisView] = [self.upgrading_view, self.outcomes_view,
                                          self.matrix_view, self.chart_builder]
        for view, title in zip(self.views, (self.tr("Upgrading"), self.tr("Worker outcomes"),
                                            self.tr("Economic × social"),
                                            self.tr("Chart builder")), strict=True):
            self.tabs.addTab(view, title)
            view.firmsSelected.connect(self._view_selected_firms)
            view.workersSelected.connect(self._view_selected_workers)
        self.upgrading_view.rulesChanged.connect(self.set_rules)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_shown_view())

        self.analysis_runner.pairReady.connect(self._analysis_ready)
        self.analysis_runner.failed.connect(self._analysis_failed)
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)  # coalesce the signals of one gesture
        self._analysis_timer.timeout.connect(self.request_analysis)
        self.derivedReady.connect(self._arm_analysis)
        self.subsetChanged.connect(lambda _s: self._schedule_analysis())
        self.comparisonChanged.connect(lambda _a, _b: self._schedule_analysis())

        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(60)  # a drag over rows highlights once, at the end
        self._highlight_timer.timeout.connect(self._highlight_from_firms_table)
        self.firms_table.selectionModel().selectionChanged.connect(
            lambda *_: self._highlight_timer.start())

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.action_open = QAction(self.tr("&Open…"), self)
        self.action_open.setObjectName("actionOpen")
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.setStatusTip(self.tr("Open a survey workbook, data file or project"))
        self.action_open.triggered.connect(self.open_file)
        file_menu.addAction(self.action_open)

        self.action_open_sample = QAction(self.tr("Open &sample survey"), self)
        self.action_open_sample.setObjectName("actionOpenSample")
        self.action_open_sample.setStatusTip(self.tr("Open the survey bundled with the app"))
        self.action_open_sample.triggered.connect(self.open_sample)
        file_menu.addAction(self.action_open_sample)

        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)

        file_menu.addSeparator()
        self.action_save = QAction(self.tr("&Save project"), self)
        self.action_save.setObjectName("actionSaveProject")
        self.action_save.setShortcut(QKeySequence.StandardKey.Save)
        self.action_save.setStatusTip(self.tr("Save the survey's mapping, subsets and settings"))
        self.action_save.triggered.connect(lambda: self.save_project())
        file_menu.addAction(self.action_save)
        self.action_save_as = QAction(self.tr("Save project &as…"), self)
        self.action_save_as.setObjectName("actionSaveProjectAs")
        self.action_save_as.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.action_save_as.triggered.connect(lambda: self.save_project(ask=True))
        file_menu.addAction(self.action_save_as)
        self.action_export = QAction(self.tr("&Export rows shown…"), self)
        self.action_export.setObjectName("actionExportTable")
        self.action_export.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.action_export.setStatusTip(self.tr("Save the rows of the table shown to Excel or CSV"))
        self.action_export.triggered.connect(lambda: self.export_table(self.current_panel()))
        file_menu.addAction(self.action_export)
        self.action_export_results = QAction(self.tr("Export results &workbook…"), self)
        self.action_export_results.setObjectName("actionExportResults")
        self.action_export_results.setStatusTip(self.tr(
            "Save every results table, the subset, the rules, where the data came from and the "
            "charts to one Excel workbook"))
        self.action_export_results.triggered.connect(lambda: self.export_results())
        file_menu.addAction(self.action_export_results)
        self.action_export_script = QAction(self.tr("Export analysis as &Python script…"), self)
        self.action_export_script.setObjectName("actionExportScript")
        self.action_export_script.setStatusTip(self.tr(
            "Save a short Python script that reproduces these numbers without the window"))
        self.action_export_script.triggered.connect(lambda: self.export_script())
        file_menu.addAction(self.action_export_script)

        file_menu.addSeparator()
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setObjectName("actionQuit")
        # StandardKey.Quit is empty on Windows; Ctrl+Q is what people try.
        self.action_quit.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_quit)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.action_value_labels = QAction(self.tr("Show &value labels"), self)
        self.action_value_labels.setObjectName("actionShowValueLabels")
        self.action_value_labels.setCheckable(True)
        self.action_value_labels.setChecked(True)
        self.action_value_labels.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.action_value_labels.setStatusTip(
            self.tr("Show answer labels (such as “Apparel”) instead of the stored codes")
        )
        self.action_value_labels.toggled.connect(self.set_show_value_labels)
        view_menu.addAction(self.action_value_labels)

        self.action_find = QAction(self.tr("&Search the table"), self)
        self.action_find.setObjectName("actionFind")
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self._focus_search)
        view_menu.addAction(self.action_find)

        view_menu.addSeparator()
        self.action_subset_panel = QAction(self.tr("Go to the s&ubset panel"), self)
        self.action_subset_panel.setObjectName("actionFocusSubset")
        self.action_subset_panel.setShortcut(QKeySequence(self.tr("Ctrl+1")))
        self.action_subset_panel.triggered.connect(lambda: self.subset_panel.tree.setFocus())
        view_menu.addAction(self.action_subset_panel)
        self.action_firms_tab = QAction(self.tr("Go to the &firms table"), self)
        self.action_firms_tab.setShortcut(QKeySequence(self.tr("Ctrl+2")))
        self.action_firms_tab.triggered.connect(lambda: self._focus_tab(self.firms_panel))
        view_menu.addAction(self.action_firms_tab)
        self.action_workers_tab = QAction(self.tr("Go to the &workers table"), self)
        self.action_workers_tab.setShortcut(QKeySequence(self.tr("Ctrl+3")))
        self.action_workers_tab.triggered.connect(lambda: self._focus_tab(self.workers_panel))
        view_menu.addAction(self.action_workers_tab)
        for key, view, text in ((4, self.upgrading_view, self.tr("Go to &upgrading")),
                                (5, self.outcomes_view, self.tr("Go to worker &outcomes")),
                                (6, self.matrix_view, self.tr("Go to &economic × social")),
                                (7, self.chart_builder, self.tr("Go to the chart &builder"))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(self.tr("Ctrl+{n}").format(n=key)))
            action.triggered.connect(lambda _=False, v=view: self._focus_view(v))
            view_menu.addAction(action)
        self.action_clear_subset = QAction(self.tr("&Clear the subset"), self)
        self.action_clear_subset.setObjectName("actionClearSubset")
        self.action_clear_subset.setShortcut(QKeySequence(self.tr("Ctrl+Shift+Backspace")))
        self.action_clear_subset.triggered.connect(self.subset_panel.clear)
        view_menu.addAction(self.action_clear_subset)

        self.action_cancel = QAction(self.tr("Cancel opening"), self)
        self.action_cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_cancel.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_cancel.triggered.connect(self.cancel_load)
        self.action_cancel.setEnabled(False)
        self.addAction(self.action_cancel)

    def _focus_view(self, view: QWidget) -> None:
        self.tabs.setCurrentWidget(view)
        view.setFocus()

    def _focus_tab(self, panel: TablePanel) -> None:
        self.tabs.setCurrentWidget(panel)
        panel.view.setFocus()

    def _focus_search(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.search.setFocus()
            panel.search.selectAll()

    def current_panel(self) -> TablePanel | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, TablePanel) else None

    def _resize_to_screen(self) -> None:
        """1280×800, but never larger than a small projector's screen."""
        width, height = 1280, 800
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(max(width, 640), max(height, 480))

    def _update_actions(self) -> None:
        can_open = self._loader is not None
        self.action_open.setEnabled(can_open)
        self.action_open_sample.setEnabled(can_open and self._sample_path is not None)
        self.welcome.set_open_available(can_open)
        self.welcome.set_sample_available(can_open and self._sample_path is not None)
        has_study = self._survey is not None and getattr(self._survey, "core", None) is not None
        self.action_save.setEnabled(has_study)
        self.action_save_as.setEnabled(has_study)
        self.action_export.setEnabled(self._survey is not None or bool(self._title))
        self.action_export_results.setEnabled(self._result is not None)
        self.action_export_script.setEnabled(
            self._result is not None and getattr(self._survey, "core", None) is not None)
        self.recent_menu.setEnabled(can_open)

    def set_loader(self, loader: Loader | None, sample_path: Path | None = None) -> None:
        """Wire the window to a loader after construction (main.py may build the window first)."""
        self._loader = loader
        if sample_path is not None:
            self._sample_path = sample_path
        self._update_actions()

    # -- showing a survey -------------------------------------------------------------------------

    def show_survey(
        self,
        title: str,
        firms: pd.DataFrame,
        workers: pd.DataFrame,
        *,
        firm_labels: Mapping[str, Mapping[Any, str]] | None = None,
        worker_labels: Mapping[str, Mapping[Any, str]] | None = None,
        variable_labels: Mapping[str, Any] | None = None,
        derived_columns: set[str] | frozenset[str] = frozenset(),
        canonical_firms: pd.DataFrame | None = None,
        canonical_workers: pd.DataFrame | None = None,
    ) -> None:
        """Replace what both tables show. ``variable_labels`` as in LoadedSurvey; the canonical
        frames (aligned row for row) are what the subset panel filters on."""
        firm_vars, worker_vars = _split_variable_labels(variable_labels)
        # Prepare both before showing either: if one fails, the previous survey stays whole.
        prepared_firms = self.firms_model.prepare_frame(
            firms, value_labels=firm_labels, variable_labels=firm_vars,
            derived_columns=derived_columns)
        prepared_workers = self.workers_model.prepare_frame(
            workers, value_labels=worker_labels, variable_labels=worker_vars,
            derived_columns=derived_columns)
        self.firms_model.commit_frame(prepared_firms)
        self.workers_model.commit_frame(prepared_workers)
        for panel in (self.firms_panel, self.workers_panel):
            panel.frame_changed()
        self._title = title
        self._analysis_firms = canonical_firms
        self._analysis_workers = canonical_workers
        self.subset_panel.set_frames(
            canonical_firms if canonical_firms is not None else pd.DataFrame(),
            canonical_workers if canonical_workers is not None else pd.DataFrame(),
            subset=Subset())
        self.stack.setCurrentWidget(self.splitter)
        self.setWindowTitle(self.tr("Upgrading Explorer — {title}").format(title=title))
        self.summary_label.setText(self._summary_text(title, len(firms), len(workers)))
        self._update_actions()
        self.surveyShown.emit(title)

    def show_loaded(self, survey: LoadedSurvey | Any) -> None:
        """Show anything shaped like LoadedSurvey (title, firms, workers, optional labels)."""
        self.show_survey(
            str(survey.title),
            survey.firms,
            survey.workers,
            firm_labels=getattr(survey, "firm_labels", None),
            worker_labels=getattr(survey, "worker_labels", None),
            variable_labels=getattr(survey, "variable_labels", None),
            derived_columns=frozenset(getattr(survey, "derived_columns", None) or ()),
            canonical_firms=getattr(survey, "canonical_firms", None),
            canonical_workers=getattr(survey, "canonical_workers", None),
        )

    def survey_title(self) -> str:
        return self._title

    def current_survey(self) -> LoadedSurvey | None:
        return self._survey

    def analysis_frames(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """Canonical firm and worker frames (+ derived columns once computed), aligned row for
        row with the tables: what subsets filter and the analysis views analyse."""
        return self._analysis_firms, self._analysis_workers

    def current_subset(self) -> Subset:
        return self.subset_panel.subset()

    def subset_masks(self) -> SubsetMasks | None:
        return self.subset_panel.masks()

    def comparison(self) -> tuple[Subset | None, Subset | None]:
        return self.subset_panel.comparison()

    def project_path(self) -> Path | None:
        return self._project_path

    def _summary_text(self, title: str, n_firms: int, n_workers: int) -> str:
        # Same digit grouping as the tables, so the counts read the same everywhere.
        firms = (self.tr("1 firm") if n_firms == 1
                 else self.tr("{count} firms").format(count=f"{n_firms:,}"))
        workers = (self.tr("1 worker") if n_workers == 1
                   else self.tr("{count} workers").format(count=f"{n_workers:,}"))
        return self.tr("{title} · {firms} · {workers}").format(
            title=title, firms=firms, workers=workers
        )

    def _show_empty_state(self) -> None:
        self.setWindowTitle(self.tr("Upgrading Explorer"))
        self.summary_label.setText(
            self.tr("No survey open. Use File → Open… or drop a survey file on this window.")
        )
        self.stack.setCurrentWidget(self.welcome)

    def set_show_value_labels(self, show: bool) -> None:
        """Labels ("Apparel") or codes (1) in both tables."""
        self.firms_model.set_show_value_labels(show)
        self.workers_model.set_show_value_labels(show)
        if self.action_value_labels.isChecked() != show:
            self.action_value_labels.setChecked(show)

    # -- subset ----------------------------------------------------------------------------------

    def _subset_changed(self, subset: Subset) -> None:
        """Tables follow the subset at once (masks from core, via the panel)."""
        masks = self.subset_panel.masks()
        if masks is not None and self._analysis_firms is not None \
                and len(masks.firms) == len(self.firms_model.frame()):
            self.firms_panel.set_subset_mask(masks.firms)
        else:
            self.firms_panel.set_subset_mask(None)
        if masks is not None and self._analysis_workers is not None \
                and len(masks.workers) == len(self.workers_model.frame()):
            self.workers_panel.set_subset_mask(masks.workers)
        else:
            self.workers_panel.set_subset_mask(None)
        self.subsetChanged.emit(subset)

    # -- opening files ----------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """Ask for a file (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([
            self.tr("Surveys and projects (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt "
                    "*.dta *.sav *.zsav *.json)"),
            self.tr("All files (*)"),
        ])
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a survey"), self._last_dir, filters
        )
        return Path(name) if name else None

    def open_file(self) -> bool:
        """File → Open…: choose a file and start opening it. False if cancelled."""
        path = self.choose_file()
        if path is None:
            return False
        return self.open_path(path)

    def open_sample(self) -> bool:
        """File → Open sample survey."""
        if self._sample_path is None:
            return False
        return self.open_path(self._sample_path)

    def is_loading(self) -> bool:
        return self._load_task is not None

    def open_path(self, path: Path | str) -> bool:
        """Start opening ``path`` in the background; True when started. When it ends the window
        shows the survey (after the import review for a new survey file) or explains the
        failure, and emits ``openFinished``; the previous survey stays open until then."""
        path = Path(path)
        if self._loader is None:
            self.show_error(
                self.tr("Opening files is not available"),
                self.tr("This window was started without a file reader."),
                self.tr("Start Upgrading Explorer with “python main.py”."),
            )
            return False
        if self._load_task is not None:
            self.cancel_load(quiet=True)
        loader = self._loader
        with_progress = _accepts_progress(loader)
        is_sample = self._sample_path is not None and Path(path) == Path(self._sample_path)
        choices_dir = self._choices_dir()

        def job(progress, _cancelled):
            survey = loader(path, progress=progress) if with_progress else loader(path)
            if getattr(survey, "needs_review", False):
                if is_sample:
                    survey.needs_review = False
                else:
                    progress("Looking for choices made before")
                    survey = survey_loader.apply_remembered(survey, choices_dir)
            return survey

        self._loading_path = path
        self._set_busy(self.tr("Opening {name}…").format(name=path.name))
        self._load_task = self.runner.start(
            job, on_finished=lambda s, p=path: self._load_finished(p, s),
            on_failed=lambda e, d, p=path: self._load_failed(p, e, d),
            on_progress=self._load_progress, name=f"open {path.name}")
        return True

    def _choices_dir(self) -> Path | None:
        try:
            return import_choices_dir()
        except OSError:
            return None

    def _set_busy(self, message: str | None) -> None:
        busy = message is not None
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.setVisible(busy)
        self.progress_label.setText(message or "")
        self.action_cancel.setEnabled(busy)
        self.welcome.set_busy(message or "")

    def _load_progress(self, message: str) -> None:
        if self._load_task is not None:
            self.progress_label.setText(self.tr(message))
            self.welcome.set_busy(self.tr(message))

    def cancel_load(self, quiet: bool = False) -> None:
        """Stop waiting for the file being opened: the window is free at once; the reading
        thread winds down on its own and its result is thrown away."""
        task = self._load_task
        if task is None:
            return
        task.cancel()
        self._load_task = None
        self._set_busy(None)
        if not quiet:
            name = self._loading_path.name if self._loading_path else ""
            self.statusBar().showMessage(self.tr("Stopped opening {name}").format(name=name), 8000)
            self.openFinished.emit(False)

    def _load_finished(self, path: Path, survey: LoadedSurvey) -> None:
        if self._load_task is None or self._loading_path != path:
            return  # cancelled or superseded
        self._load_task = None
        self._set_busy(None)
        if getattr(survey, "needs_review", False) and getattr(survey, "core", None) is not None:
            self._review_import(path, survey)
            return
        self._finish_open(path, survey)

    def _load_failed(self, path: Path, error: BaseException, details: str) -> None:
        if self._load_task is None or self._loading_path != path:
            return
        self._load_task = None
        self._set_busy(None)
        self._report_open_error(path, error, details)
        self.openFinished.emit(False)

    def _finish_open(self, path: Path, survey: LoadedSurvey) -> bool:
        try:
            self.show_loaded(survey)
        except Exception as error:  # a malformed LoadedSurvey is a bug, but say so in plain words
            self._report_open_error(path, error, format_details(error))
            self.openFinished.emit(False)
            return False
        self._survey = survey
        core = getattr(survey, "core", None)
        self._project_path = getattr(core, "project_path", None) if core is not None else None
        self._reset_analysis(getattr(core, "study", None))
        self._restore_subsets(core)
        self._last_dir = str(path.parent)
        self.settings.set_last_dir(self._last_dir)
        is_sample = self._sample_path is not None and Path(path) == Path(self._sample_path)
        if not is_sample:
            self.settings.add_recent(path)
            if self._project_path is not None:
                self.settings.set_last_project(self._project_path)
        self._refresh_recent()
        self._update_actions()
        self.surveyLoaded.emit(survey)
        self.openFinished.emit(True)
        self._start_derived(survey)
        return True

    # -- import review ----------------------------------------------------------------------------

    def _review_import(self, path: Path, survey: LoadedSurvey) -> None:
        from gui.import_dialog import ImportDialog

        dialog = ImportDialog(survey.core, path, self)
        self._import_dialog = dialog

        def accepted() -> None:
            self._import_dialog = None
            loaded = dialog.accepted_survey()
            self._remember(loaded, survey.sha256)
            new = survey_loader.to_window(loaded, path)
            new.needs_review = False
            self._finish_open(path, new)

        def rejected() -> None:
            self._import_dialog = None
            self.statusBar().showMessage(
                self.tr("{name} was not opened").format(name=path.name), 8000)
            self.openFinished.emit(False)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal, does not block the event loop

    def import_dialog(self):
        """The import review being shown, if any (tests drive it)."""
        return self._import_dialog

    def _remember(self, loaded, sha256: str | None) -> None:
        choices_dir = self._choices_dir()
        if choices_dir is None or not sha256:
            return
        from core.study_edit import accepted_study

        try:
            survey_loader.remember_study(choices_dir, sha256, accepted_study(loaded))
        except Exception:  # remembering is a convenience; never fail the open for it
            log.warning("Could not remember the import choices", exc_info=True)

    # -- derived columns ---------------------------------------------------------------------------

    def _start_derived(self, survey: LoadedSurvey) -> None:
        firms = getattr(survey, "canonical_firms", None)
        workers = getattr(survey, "canonical_workers", None)
        if firms is None or "firm_id" not in firms.columns:
            return
        self._derive_token += 1
        token = self._derive_token
        rules = copy.deepcopy(self._rules)
        settings = copy.deepcopy(self._settings) or None

        def job(progress, _cancelled):
            progress("Computing upgrading types and worker measures")
            return survey_loader.compute_derived(firms, workers, rules=rules, settings=settings)

        self.statusBar().showMessage(self.tr("Computing upgrading types and wages…"))
        self.runner.start(job, on_finished=lambda d, t=token: self._derived_finished(t, d),
                          on_failed=lambda e, det, t=token: self._derived_failed(t, e, det),
                          name="derived columns")

    def _derived_failed(self, token: int, error: BaseException, details: str) -> None:
        if token != self._derive_token:
            return
        self._arm_analysis()  # the views then say what the analysis lacks
        record("Derived columns failed", details, expected=plain_message(error) is not None)
        self.statusBar().showMessage(
            self.tr("Upgrading types could not be computed: {why}").format(
                why=plain_message(error) or type(error).__name__), 15000)

    def _derived_finished(self, token: int, derived: survey_loader.Derived) -> None:
        if token != self._derive_token or self._survey is None:
            return
        self.statusBar().clearMessage()
        self._keep_whole_survey_result(derived.result)
        self.add_derived_columns(derived.firms, derived.workers)

    def add_derived_columns(self, firms: pd.DataFrame | None,
                            workers: pd.DataFrame | None) -> None:
        """Append (or replace) columns computed by the app, aligned row for row with the tables:
        shown marked as derived, and added to the frames the subset panel filters (so a facet
        such as highest_type appears). Emits derivedReady."""
        added_any = False
        for panel, extra, attr in ((self.firms_panel, firms, "_analysis_firms"),
                                   (self.workers_panel, workers, "_analysis_workers")):
            if extra is None or extra.empty or len(extra) != len(panel.model.frame()):
                continue
            model = panel.model
            stale = [c for c in extra.columns if c in model.derived_columns()]
            frame, added = survey_loader.append_columns(
                model.frame().drop(columns=stale), extra)
            self._replace_frame(panel, frame, added)
            analysis = getattr(self, attr)
            if analysis is not None and len(analysis) == len(extra):
                analysis = analysis.drop(columns=[c for c in extra.columns
                                                  if c in analysis.columns])
                setattr(self, attr, survey_loader.append_columns(analysis, extra)[0])
            if self._survey is not None:
                self._survey.derived_columns = set(self._survey.derived_columns) | set(added)
            added_any = added_any or bool(added)
        if not added_any:
            return
        self.subset_panel.set_frames(
            self._analysis_firms if self._analysis_firms is not None else pd.DataFrame(),
            self._analysis_workers if self._analysis_workers is not None else pd.DataFrame())
        self.derivedReady.emit()

    def _replace_frame(self, panel: TablePanel, frame: pd.DataFrame, added: list[str]) -> None:
        """Show the frame with derived columns, keeping sort, hidden columns and widths."""
        model, view = panel.model, panel.view
        if not added:
            return
        sort_name = (model.column_name(model.sort_column())
                     if model.sort_column() >= 0 else None)
        order = model.sort_order()
        hidden = {model.column_name(c) for c in range(model.columnCount()) if view.isColumnHidden(c)}
        widths = {model.column_name(c): view.columnWidth(c) for c in range(model.columnCount())}
        prepared = model.prepare_frame(frame, value_labels=model.value_labels(),
                                       variable_labels=model.variable_labels(),
                                       derived_columns=set(model.derived_columns()) | set(added))
        model.commit_frame(prepared)
        view.fit_columns()
        for c in range(model.columnCount()):
            name = model.column_name(c)
            if name in widths:
                view.setColumnWidth(c, widths[name])
            view.setColumnHidden(c, name in hidden)
        if sort_name is not None:
            view.sortByColumn(model.column_index(sort_name), order)
        else:
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        panel.legend.setVisible(True)
        panel.apply_filter()

    # -- analysis views ----------------------------------------------------------------------------

    def _reset_analysis(self, study: Any) -> None:
        """A new survey is shown: its project's rules and settings; no analysis until its
        derived columns are in."""
        self._rules = copy.deepcopy(getattr(study, "rules", None))
        self._settings = dict(getattr(study, "settings", None) or {})
        self._analysis_armed = False
        self._analysis_key = None
        self._ready_pair = None
        self._result = self._result_b = None
        self.analysis_runner.discard("pair")
        self._update_actions()

    def current_rules(self) -> dict | None:
        """The rules the analysis uses (None = the default rules); saved with the project."""
        return copy.deepcopy(self._rules)

    def set_rules(self, rules: dict | None) -> None:
        """Use these rules (the rule editor's Apply / Reset): recompute the derived columns
        and the analysis; Save project writes them."""
        self._rules = copy.deepcopy(dict(rules)) if rules is not None else None
        self.rulesChanged.emit(self.current_rules())
        if self._survey is not None:
            self.statusBar().showMessage(self.tr("Applying the new rules…"), 4000)
            self._start_derived(self._survey)
            self._schedule_analysis()

    def current_result(self) -> tuple[Any, Any]:
        """(result A, result B or None) shown in the views; (None, None) before the first."""
        return self._result, self._result_b

    def _analysis_inputs(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """The canonical frames as loaded (run_analysis derives its own columns)."""
        survey = self._survey
        return (getattr(survey, "canonical_firms", None),
                getattr(survey, "canonical_workers", None))

    def _request_key(self, subset: Subset, subset_b: Subset | None) -> str:
        firms, workers = self._analysis_inputs()
        return json.dumps([id(firms), id(workers), subset.to_json(),
                           None if subset_b is None else subset_b.to_json(), self._rules,
                           self._settings], sort_keys=True, default=str)

    def _keep_whole_survey_result(self, result: Any) -> None:
        """The derived columns came from the whole survey's analysis: keep it for the views
        while no subset is chosen (saves computing it again)."""
        workers = self._analysis_inputs()[1]
        if result is None or workers is None or len(result.workers) != len(workers):
            self._ready_pair = None
            return
        result.workers = result.workers.assign(
            **{ROW_COLUMN: np.arange(len(workers), dtype=np.int64)})
        self._ready_pair = (self._request_key(Subset(), None), result)

    def _arm_analysis(self) -> None:
        self._analysis_armed = True
        self._schedule_analysis()

    def _schedule_analysis(self) -> None:
        if self._analysis_armed:
            self._analysis_timer.start()

    def request_analysis(self) -> bool:
        """Ask for the analysis of the current subset (and B while comparing) unless it is the
        one already asked for; True when a new request went out."""
        self._analysis_timer.stop()
        firms, workers = self._analysis_inputs()
        if firms is None or "firm_id" not in firms.columns:
            return False
        subset_a, subset_b = self.comparison()
        subset = subset_a if subset_a is not None else self.current_subset()
        key = self._request_key(subset, subset_b)
        if key == self._analysis_key:
            return False
        self._analysis_key = key
        if self._ready_pair is not None and self._ready_pair[0] == key:
            self.analysis_runner.deliver_pair(self._ready_pair[1], None)
            return True
        self.analysis_runner.request_analysis_pair(
            firms, workers, subset=subset, subset_b=subset_b, rules=copy.deepcopy(self._rules),
            settings=copy.deepcopy(self._settings) or None)
        return True

    def _analysis_busy_changed(self, busy: bool) -> None:
        self.analysis_busy.setVisible(busy)
        self.analysis_busy_label.setVisible(busy)

    def _analysis_failed(self, key: str, message: str, details: str) -> None:
        if key != "pair":
            return
        self._analysis_key = None  # the same request may be tried again
        record("The analysis failed", details, expected=False)
        self.statusBar().showMessage(
            self.tr("The analysis could not be computed: {why}").format(why=message), 15000)

    def _analysis_ready(self, result: Any, result_b: Any) -> None:
        if self._survey is None:
            return
        self._result, self._result_b = result, result_b
        self._dirty_views = set(self.views)
        self._refresh_shown_view()
        self._update_actions()
        self.analysisShown.emit(result, result_b)

    def _refresh_view(self, view: AnalysisView) -> None:
        self._dirty_views.discard(view)
        if self._result is None:
            return
        try:
            view.set_result(self._result, result_b=self._result_b)
        except Exception as error:  # one view failing must not take the others with it
            record(f"{view.objectName()} could not show the analysis", format_details(error),
                   expected=False)
            self.statusBar().showMessage(
                self.tr("{view} could not show this subset: {why}").format(
                    view=self.tabs.tabText(self.tabs.indexOf(view)),
                    why=plain_message(error) or type(error).__name__), 15000)
            return
        for chart in view.charts().values():
            fit_title(chart)  # axis widths follow the data: keep the title within the chart
        firms = self._selected_table_firms()
        if firms:
            view.highlight_firms(firms)

    def _refresh_shown_view(self) -> None:
        view = self.tabs.currentWidget()
        if view in self._dirty_views:
            self._refresh_view(view)

    def refresh_views(self) -> None:
        """Give every view the latest analysis now (before exporting their charts)."""
        for view in self.views:
            if view in self._dirty_views:
                self._refresh_view(view)

    # -- linked selection ----------------------------------------------------------------------

    def _view_selected_firms(self, ids: list) -> None:
        if self._result is None:
            return
        self._pending_firms = len(ids)
        self.select_firms(ids)

    def _view_selected_workers(self, rows: Any) -> None:
        if self._result is None:
            return
        rows = np.asarray(rows, dtype=np.int64)
        self.select_worker_rows(rows)
        self.statusBar().showMessage(
            self.tr("Selected: {firms} firms, {workers} workers").format(
                firms=f"{self._pending_firms:,}", workers=f"{len(rows):,}"))

    def select_firms(self, ids: Any) -> int:
        """Select exactly the rows of these firm ids in the firms table (scrolled to the
        first); returns how many rows are selected."""
        firms = self._analysis_firms
        if firms is None or "firm_id" not in firms.columns:
            return 0
        wanted = pd.Index(list(ids)).unique()
        positions = np.flatnonzero(firms["firm_id"].isin(wanted).to_numpy())
        return self._select_rows(self.firms_panel, positions)

    def select_worker_rows(self, positions: Any) -> int:
        """Select these rows (positions in the worker table) in the workers table."""
        positions = np.asarray(positions, dtype=np.int64)
        n = len(self.workers_model.frame())
        return self._select_rows(self.workers_panel, positions[(positions >= 0) & (positions < n)])

    def _select_rows(self, panel: TablePanel, source_rows: np.ndarray) -> int:
        model, view = panel.model, panel.view
        rows = model.view_rows(source_rows) if len(source_rows) else np.array([], dtype=np.intp)
        rows = np.unique(rows[rows >= 0])
        selection = QItemSelection()
        last = model.columnCount() - 1
        if rows.size and last >= 0:
            cuts = np.flatnonzero(np.diff(rows) != 1)
            for start, end in zip(np.r_[rows[0], rows[cuts + 1]], np.r_[rows[cuts], rows[-1]],
                                  strict=True):
                selection.select(model.index(int(start), 0), model.index(int(end), last))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        view.selectionModel().select(selection, flags)
        if rows.size:
            first = model.index(int(rows[0]), 0)
            view.selectionModel().setCurrentIndex(first,
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(first, QTableView.ScrollHint.PositionAtTop)
        return int(rows.size)

    def selected_source_rows(self, panel: TablePanel) -> np.ndarray:
        """Frame row positions of the rows selected in a table."""
        visible = panel.model.visible_rows()
        parts = [visible[r.top():r.bottom() + 1]
                 for r in panel.view.selectionModel().selection()]
        return np.unique(np.concatenate(parts)) if parts else np.array([], dtype=np.intp)

    def _selected_table_firms(self) -> list:
        firms = self._analysis_firms
        if firms is None or "firm_id" not in firms.columns:
            return []
        rows = self.selected_source_rows(self.firms_panel)
        return firms["firm_id"].iloc[rows].tolist() if len(rows) else []

    def _highlight_from_firms_table(self) -> None:
        ids = self._selected_table_firms()
        for view in self.views:
            if view.result is not None:
                view.highlight_firms(ids)

    # -- results exports -------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        stem = (self._project_path.name.removesuffix(".uex.json") if self._project_path
                else self._title or "survey")
        return str(Path(self._last_dir or ".") / f"{stem}{suffix}")

    def choose_results_path(self) -> Path | None:
        """Ask where to save the results workbook (tests patch this)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results workbook"), self._suggested(" - results.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def choose_script_path(self) -> Path | None:
        """Ask where to save the analysis script (tests patch this)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export analysis as Python script"), self._suggested(" analysis.py"),
            self.tr("Python script (*.py)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".py" else path.with_name(path.name + ".py")

    def about_results(self) -> dict[str, Any]:
        """Provenance for the results workbook's About sheet."""
        core = getattr(self._survey, "core", None)
        sources = list(getattr(core, "sources", None) or [])
        about: dict[str, Any] = {
            "source_file": "\n".join(str(s.path) for s in sources),
            "sha256": "\n".join(f"{s.sha256}  {Path(s.path).name}" for s in sources),
        }
        if self._project_path is not None:
            about["Project file"] = str(self._project_path)
        about["Subset shown"] = self.subset_panel.summary_text()
        about["Rules used"] = (self.tr("the default rules") if self._rules is None
                               else self.tr("edited in the rule editor (see Rules)"))
        if self._result_b is not None:
            _a, b = self.comparison()
            about["Compared with (subset B)"] = json.dumps(
                b.to_json() if b is not None else {}, ensure_ascii=False)
            about["Subset B"] = self.tr("{firms} firms, {workers} workers").format(
                firms=f"{self._result_b.n_firms:,}", workers=f"{self._result_b.n_workers:,}")
        return about

    def chart_images(self, folder: Path) -> dict[str, Path]:
        """Every chart that shows data, as a 2× PNG in ``folder``: caption → file."""
        self.refresh_views()
        images: dict[str, Path] = {}
        for view in self.views:
            tab = self.tabs.tabText(self.tabs.indexOf(view))
            for name, chart in view.charts().items():
                if chart.message() or not chart.getPlotItem().items:
                    continue
                caption = f"{tab}: {chart.title or name}"
                path = folder / f"{view.objectName()}_{name}.png"
                images[caption] = self._chart_png(chart, path)
        return images

    @staticmethod
    def _chart_png(chart: Chart, path: Path, scale: float = 2.0) -> Path:
        """A chart as PNG at ``scale``×: as shown, or, when its tab was never opened (no
        layout yet), laid out and drawn at HIDDEN_CHART_SIZE."""
        if chart.isVisible():
            fit_title(chart)
            return chart.export_png(path, scale=scale)
        width, height = HIDDEN_CHART_SIZE
        chart.resize(width, height)
        fit_title(chart)
        chart.resizeEvent(None)  # pyqtgraph lays its scene out to the widget's size here
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        chart.scene().render(painter, QRectF(image.rect()), QRectF(0, 0, width, height))
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}")
        return path

    def export_results(self) -> Path | None:
        """File → Export results workbook…: every table, the subset, rules, provenance, charts.

        Returns the chosen path; the workbook is written (``exportFinished``) once the views are
        up to date, at once unless an analysis is still running (then when it ends)."""
        if self._result is None:
            return None
        path = self.choose_results_path()
        if path is None:
            return None
        self._when_settled(lambda: self._write_results(path))
        return path

    def _when_settled(self, action) -> None:
        """Run ``action`` once every view has the latest analysis and nothing is computing
        (views never opened compute their charts now; the outcomes view does so off the GUI
        thread)."""
        self.refresh_views()
        if not self.analysis_runner.is_busy():
            action()
            return
        self.statusBar().showMessage(self.tr("Waiting for the analysis to finish…"))

        def settled(busy: bool) -> None:
            if busy:
                return
            self.analysis_runner.busyChanged.disconnect(settled)
            if self._result is not None and self.isVisible():
                QTimer.singleShot(0, lambda: self._when_settled(action))

        self.analysis_runner.busyChanged.connect(settled)

    def _write_results(self, path: Path) -> Path | None:
        from core.results_export import write_results_xlsx

        try:
            with tempfile.TemporaryDirectory(prefix="uex-charts-") as folder:
                images = self.chart_images(Path(folder))
                write_results_xlsx(self._result, path, about=self.about_results(), images=images)
        except Exception as error:
            self.show_error(self.tr("Could not export the results"),
                            plain_message(error) or self.tr(
                                "The results workbook could not be written to “{name}”.").format(
                                    name=path.name),
                            self.tr("Choose another folder, or close the file if another "
                                    "program has it open."), format_details(error))
            return None
        self.statusBar().showMessage(self.tr("Saved the results to {name}").format(
            name=path.name), 8000)
        self.exportFinished.emit("results", path)
        return path

    def _script_survey_path(self, script: Path) -> Path | None:
        """What the script opens: the project file when there is one (it holds the column
        mapping); else the accepted mapping is saved beside the script as a project file."""
        core = getattr(self._survey, "core", None)
        if core is None:
            return None
        if self._project_path is not None:
            return Path(self._project_path)
        from core.study import save_project
        from core.study_edit import accepted_study

        study = accepted_study(core)
        study.rules = copy.deepcopy(self._rules)
        study.settings = copy.deepcopy(self._settings)
        study.subset = self.current_subset().to_json()
        target = script.with_name(script.stem + ".uex.json")
        save_project(study, target)
        return target

    def export_script(self) -> Path | None:
        """File → Export analysis as Python script…: reproduces the shown numbers headless."""
        if self._result is None:
            return None
        path = self.choose_script_path()
        if path is None:
            return None
        from core.script_export import write_analysis_script

        outcomes = self.outcomes_view
        try:
            survey_path = self._script_survey_path(path)
            if survey_path is None:
                return None
            write_analysis_script(
                path, survey_path, subset=self._result.subset, rules=self._rules,
                settings=self._settings,
                outcome=outcomes.outcome_box.currentData() or None,
                group_var=outcomes.group_box.currentData() or None)
        except Exception as error:
            self.show_error(self.tr("Could not export the script"),
                            plain_message(error) or self.tr(
                                "The script could not be written to “{name}”.").format(
                                    name=path.name),
                            self.tr("Choose another folder."), format_details(error))
            return None
        self.statusBar().showMessage(self.tr("Saved the script {name}").format(name=path.name),
                                     8000)
        self.exportFinished.emit("script", path)
        return path

    # -- projects --------------------------------------------------------------------------------

    def _restore_subsets(self, core) -> None:
        study = getattr(core, "study", None)
        saved: dict[str, Subset] = {}
        subset = Subset()
        if study is not None:
            try:
                named = study.extra.get("subsets") or self._project_subsets(core)
                for name, data in (named or {}).items():
                    saved[str(name)] = Subset.from_json(data)
                if study.subset:
                    subset = Subset.from_json(study.subset)
            except Exception as error:
                record("Saved subsets could not be read", format_details(error), expected=True)
        self.subset_panel.stop_comparing()
        self.subset_panel.set_saved_subsets(saved)
        if subset.to_json() != Subset().to_json():
            self.subset_panel.set_subset(subset)

    @staticmethod
    def _project_subsets(core) -> dict:
        """Named subsets of the project file the survey came from (core.project keeps them
        beside the study, not in its ``extra``); {} when not from a project."""
        path = getattr(core, "project_path", None)
        if path is None:
            return {}
        from core.project import read_project

        return read_project(path).subsets

    def choose_project_path(self) -> Path | None:
        """Ask where to save the project (tests patch this)."""
        suggested = str(Path(self._last_dir or ".") / f"{self._title or 'survey'}.uex.json")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), suggested,
                                              self.tr("Upgrading Explorer project (*.uex.json)"))
        if not name:
            return None
        path = Path(name)
        if not path.name.lower().endswith(".uex.json"):
            path = path.with_name(path.name.removesuffix(".json") + ".uex.json")
        return path

    def save_project(self, ask: bool = False) -> Path | None:
        """Save the study, the subset and the saved subsets as a project file."""
        core = getattr(self._survey, "core", None)
        if core is None:
            return None
        path = self._project_path if (self._project_path is not None and not ask) else None
        is_sample = path is not None and self._sample_path is not None and \
            Path(path).resolve() == Path(self._sample_path).resolve()
        if path is None or is_sample:
            path = self.choose_project_path()
            if path is None:
                return None
        from core.study import save_project
        from core.study_edit import accepted_study

        study = accepted_study(core)
        study.subset = self.current_subset().to_json()
        study.rules = copy.deepcopy(self._rules)
        study.settings = copy.deepcopy(self._settings)
        study.extra = dict(study.extra)
        saved = self.subset_panel.saved_subsets()
        if saved:
            study.extra["subsets"] = {n: s.to_json() for n, s in saved.items()}
        else:
            study.extra.pop("subsets", None)
        try:
            save_project(study, path)
        except OSError as error:
            self.show_error(self.tr("Could not save the project"),
                            self.tr("The project could not be written to “{name}”.").format(
                                name=path.name),
                            self.tr("Choose another folder, or close the file if another program "
                                    "has it open."), format_details(error))
            return None
        self._project_path = path
        self.settings.add_recent(path)
        self.settings.set_last_project(path)
        self._refresh_recent()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 8000)
        return path

    # -- export ------------------------------------------------------------------------------------

    def export_table(self, panel: TablePanel | None) -> Path | None:
        if panel is None or not len(panel.model.frame().columns):
            return None
        noun = "firms" if panel is self.firms_panel else "workers"
        suggested = str(Path(self._last_dir or ".") / f"{self._title or 'survey'} - {noun}.xlsx")
        path = panel.choose_export_path(suggested)
        if path is None:
            return None
        try:
            n = panel.export_visible(path, sheet_name=noun.capitalize())
        except Exception as error:
            text = plain_message(error) or self.tr("The rows could not be exported.")
            self.show_error(self.tr("Could not export"), text, "", format_details(error))
            return None
        self.statusBar().showMessage(
            self.tr("Saved {n} rows to {name}").format(n=f"{n:,}", name=path.name), 8000)
        return path

    # -- recent files --------------------------------------------------------------------------------

    def _refresh_recent(self) -> None:
        files = self.settings.recent_files()
        self.recent_menu.clear()
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        self.welcome.set_recent(files)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    # -- errors ----------------------------------------------------------------------------------

    def _report_open_error(self, path: Path, error: BaseException, details: str = "") -> None:
        details = details or format_details(error)
        message = plain_message(error)
        if message:
            # An expected refusal (damaged file, wrong format): no console noise, details kept.
            log_file = record(f"Could not open {path}", details, expected=True)
            text, informative = message, self.tr(
                "The survey you had open is still open.") if self._title else ""
        else:
            log_file = record(f"Could not open {path}", details, expected=False)
            text = self.tr("Upgrading Explorer could not open “{name}”.").format(name=path.name)
            informative = self.tr(
                "This is probably a problem in Upgrading Explorer, not in your file. Your previous "
                "survey is still open. Please send the details below to the team."
            )
        self.show_error(self.tr("Could not open the file"), text, informative, details,
                        log_file=log_file)

    def show_error(self, title: str, text: str, informative: str = "", details: str = "",
                   log_file: Path | None = None) -> None:
        """A plain-words message; the traceback (if any) sits behind Show Details…."""
        box = make_error_box(self, title, text, informative, details, log_file)
        self.last_error_box = box
        box.exec()

    # -- drag and drop --------------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._loader is not None and self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None or self._loader is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns: a dialog inside dropEvent would freeze the drag source
        # (Windows Explorer) until it closes.
        QTimer.singleShot(0, lambda: self.open_path(path))

    # -- lifetime ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work (waits for the threads) and remember the window."""
        if self._load_task is not None:
            self._load_task.cancel()
            self._load_task = None
        self._analysis_timer.stop()
        self._highlight_timer.stop()
        self.analysis_runner.shutdown()
        self.runner.shutdown()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
