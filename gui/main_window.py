"""The main window: open a survey, review its import, browse the tables, choose a subset.

It only turns gestures into calls: opening goes through an injected ``loader`` (wired to ``core`` by
main.py) on a background thread, the import review edits the study through ``core.model.study_edit``, the
subset panel evaluates subsets with ``core.analysis.subset``, derived columns come from
``core.analysis.pipeline.run_analysis`` (also off the GUI thread).

For the analysis views (another part of the window), the public surface is:

- ``subsetChanged(Subset)``: the current subset, after every change (``current_subset()``);
- ``comparisonChanged(A, B)``: two Subsets when "compare with…" is on, ``(None, None)`` when off
  (``comparison()``);
- ``surveyLoaded(LoadedSurvey)`` / ``derivedReady()``: a survey is shown / its derived columns are
  in; ``analysis_frames()`` gives the canonical firm and worker frames with the derived columns
  (what subsets filter), and ``subset_masks()`` the current core.analysis.subset.SubsetMasks;
- ``tabs``: the centre QTabWidget: Firms · Workers · Upgrading · Worker outcomes ·
  Economic × social · Chart builder.

The analysis views (gui.views) are wired here: once a survey's derived columns are in, and after
every subset, comparison or rule change, the window asks ONE :class:`AnalysisRunner` for
``core.analysis.pipeline.run_analysis`` of subset A (and B while comparing), off the GUI thread, latest
request wins, and hands the result to each view (the one shown at once, the others when their tab
is opened). A view's ``firmsSelected``/``workersSelected`` select exactly those rows in the tables;
rows selected in the firms table are highlighted in the views. Rules applied in the rule editor
become the window's rules (saved with the project) and recompute the derived columns and the
analysis. File → Export results workbook… and Export analysis as Python script… write what the
views show.

Projects (issue 6): the window holds ONE ``core.project.project_file.Project`` for what is open (``project``):
``project_from_loaded`` for a survey file, the project itself for a project file. The subset,
saved subsets, rules, settings and the current tab are written into it as the user works
(``projectChanged`` fires on every change of the study, rules, subset or settings; the autosave
listens). File → Save project / Save project as… write it with ``core.project.project_file.save_project``
(atomic, unknown keys kept). A project file opens in two steps: ``core.project.project_file.check_project``
(missing data files are asked for with ``choose_data_file``, changed ones reported by
``confirm_changed_files`` before anything is recomputed), then the survey is built in the
background. Project settings (disclosure thresholds, workshop mode) are edited in
File → Project settings…; workshop mode (View menu) hides individual firms but keeps aggregates.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import inspect
import json
import logging
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QRectF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from core.analysis.subset import Subset, SubsetMasks
from core.common.errors import ProjectFileError
from core.common.paths import guide_path
from core.model.study import is_project_file
from core.project.project_file import (
    DataFileMissingError,
    MissingDataFile,
    Project,
    ProjectCheck,
    ProjectOpenResult,
    check_data_files,
    check_project,
    project_from_loaded,
)
from core.project.project_file import save_project as save_project_file
from gui import i18n, presentation, survey_loader
from gui.analysis_runner import ROW_COLUMN, AnalysisRunner
from gui.charts import Chart
from gui.error_dialog import format_details, make_error_box, plain_message, record
from gui.loaded_survey import LoadedSurvey, Loader
from gui.settings_dialog import WORKSHOP_KEY, SettingsDialog
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
TAB_KEYS = ("firms", "workers", "upgrading", "outcomes", "matrix", "chart_builder")
"""Names of the centre tabs in a project's ``views`` (in tab order)."""
WINDOW_ONLY_SETTINGS = (WORKSHOP_KEY,)
"""Project settings the window uses itself; never handed to the analysis."""


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
    """The current core.analysis.subset.Subset."""
    comparisonChanged = Signal(object, object)
    """(A, B) Subsets while comparing; (None, None) otherwise."""
    analysisShown = Signal(object, object)
    """(result A, result B or None): the views were given a new analysis."""
    rulesChanged = Signal(object)
    """The window's rules changed (a dict; None = the default rules)."""
    exportFinished = Signal(str, object)
    """("results" or "script", Path) once an export is written."""
    projectChanged = Signal()
    """The project's study, rules, subset(s) or settings changed (the autosave listens)."""
    projectSaved = Signal(object)
    """The project was saved to this Path."""
    analysisFailed = Signal(str, str, str)
    """(what, plain message, details): the derived columns or the analysis failed in the
    background (the selftest listens)."""
    workshopModeChanged = Signal(bool)
    languageChanged = Signal(str)
    """The interface language changed (its code); the window has retranslated itself."""
    presentationChanged = Signal(bool)
    """Presentation mode switched on or off."""

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
        self.project: Project | None = None
        """The open project (None: nothing open, or a hand-made survey without a study)."""
        self._autosave = None
        self._restoring = False
        self._pending_view_state: dict | None = None
        self._pending_subset: Subset | None = None
        self._open_notes: list[str] = []
        self._workshop = False
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
        self.subset_panel.savedSubsetsChanged.connect(self._saved_subsets_changed)

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
        self.workshop_label = QLabel(self.tr("Workshop mode: individual firms hidden"), self)
        self.workshop_label.setObjectName("workshopModeLabel")
        self.workshop_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.workshop_label)
        self.workshop_label.setVisible(False)

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
        for view, title in zip(self.views, self._tab_titles()[2:], strict=True):
            self.tabs.addTab(view, title)
            self._wire_view(view)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_shown_view())
        self.tabs.currentChanged.connect(lambda _i: self._note_views())

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
        self._highlight_timer.timeout.connect(self._highlight_from_tables)
        self.firms_table.selectionModel().selectionChanged.connect(
            lambda *_: self._start_highlight("firms"))
        # Rows selected in the workers table highlight their firms in the views; a selection the
        # views made themselves (linked selection) leaves the firms-table highlight as it is.
        self._highlight_source = "firms"
        self._selecting_for_view = False
        self.workers_table.selectionModel().selectionChanged.connect(
            lambda *_: None if self._selecting_for_view else self._start_highlight("workers"))

    def _tab_titles(self) -> list[str]:
        return [self.tr("Firms"), self.tr("Workers"), self.tr("Upgrading"),
                self.tr("Worker outcomes"), self.tr("Economic × social"),
                self.tr("Chart builder")]

    def _wire_view(self, view: AnalysisView) -> None:
        view.firmsSelected.connect(self._view_selected_firms)
        view.workersSelected.connect(self._view_selected_workers)
        if isinstance(view, UpgradingView):
            view.rulesChanged.connect(self.set_rules)

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
        self.action_settings = QAction(self.tr("Project se&ttings…"), self)
        self.action_settings.setObjectName("actionProjectSettings")
        self.action_settings.setStatusTip(self.tr(
            "Disclosure thresholds and workshop mode, saved with the project"))
        self.action_settings.triggered.connect(lambda: self.edit_settings())
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
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

        self.action_workshop = QAction(self.tr("&Workshop mode (hide individual firms)"), self)
        self.action_workshop.setObjectName("actionWorkshopMode")
        self.action_workshop.setCheckable(True)
        self.action_workshop.setStatusTip(self.tr(
            "Hide the firms table, the firm list and firm ids in exports; totals, shares and "
            "charts stay"))
        self.action_workshop.toggled.connect(self.set_workshop_mode)
        view_menu.addAction(self.action_workshop)

        self.action_presentation = QAction(self.tr("Presentation &mode"), self)
        self.action_presentation.setObjectName("actionPresentationMode")
        self.action_presentation.setCheckable(True)
        self.action_presentation.setChecked(presentation.is_on())
        self.action_presentation.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action_presentation.setStatusTip(
            self.tr("Larger text and lines, high contrast: for a projector (F5)"))
        self.action_presentation.toggled.connect(self.set_presentation_mode)
        view_menu.addAction(self.action_presentation)

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
        self.action_firms_tab.setObjectName("actionFirmsTab")
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

        self.language_menu = self.menuBar().addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        available = i18n.available_languages()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)  # each language in its own words and script
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.setEnabled(code in available)
            action.setStatusTip(self.tr("Show the interface in {language}").format(language=name)
                                if code in available
                                else self.tr("Available once its translation is added"))
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.action_user_guide = QAction(self.tr("&User guide"), self)
        self.action_user_guide.setObjectName("actionUserGuide")
        self.action_user_guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action_user_guide.setStatusTip(
            self.tr("Open the user guide in your web browser (works offline) (F1)"))
        self.action_user_guide.triggered.connect(lambda: self.open_user_guide())
        help_menu.addAction(self.action_user_guide)
        self.action_handout = QAction(self.tr("Workshop &handout"), self)
        self.action_handout.setObjectName("actionWorkshopHandout")
        self.action_handout.setStatusTip(
            self.tr("Open the one-page workshop handout (PDF) to read or print"))
        self.action_handout.triggered.connect(lambda: self.open_handout())
        help_menu.addAction(self.action_handout)

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
        self.action_settings.setEnabled(self._survey is not None)
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
        self._update_title()
        self.summary_label.setText(self._summary_text(title, len(firms), len(workers)))
        self._update_actions()
        self._apply_workshop()
        self.surveyShown.emit(title)

    def _update_title(self) -> None:
        if not self._title:
            self.setWindowTitle(self.tr("Upgrading Explorer"))
            return
        title = self.tr("Upgrading Explorer — {title}").format(title=self._title)
        if self.project is not None and self.project.modified:
            title = self.tr("{title} (changed, not saved)").format(title=title)
        self.setWindowTitle(title)

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
        self._note_project_change()

    def _saved_subsets_changed(self) -> None:
        self._note_project_change()

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
        if is_project_file(path) and path.is_file():
            return self._open_project(path, None, {})
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
            self.progress_label.setText(i18n.progress_text(message))
            self.welcome.set_busy(i18n.progress_text(message))

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

    def _finish_open(self, path: Path, survey: LoadedSurvey, project: Project | None = None
                     ) -> bool:
        core = getattr(survey, "core", None)
        if project is None and core is not None and getattr(core, "study", None) is not None:
            project = project_from_loaded(core)
        previous = self.project
        self.project = project
        self._restoring = True  # what the window does now is the project's, not the user's
        try:
            self.show_loaded(survey)
        except Exception as error:  # a malformed LoadedSurvey is a bug, but say so in plain words
            self.project = previous
            self._restoring = False
            self._report_open_error(path, error, format_details(error))
            self.openFinished.emit(False)
            return False
        self._survey = survey
        if project is not None:
            self._project_path = project.path
        else:
            self._project_path = getattr(core, "project_path", None) if core is not None else None
        try:
            self._reset_analysis(project.study if project is not None
                                 else getattr(core, "study", None))
            self._restore_subsets()
            self._restore_views()
        finally:
            self._restoring = False
        self._update_title()
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
        from core.model.study_edit import accepted_study

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
        settings = self.analysis_settings() or None

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
        why = plain_message(error) or type(error).__name__
        self.statusBar().showMessage(
            self.tr("Upgrading types could not be computed: {why}").format(why=why), 15000)
        self.analysisFailed.emit("derived columns", why, details)

    def _derived_finished(self, token: int, derived: survey_loader.Derived) -> None:
        if token != self._derive_token or self._survey is None:
            return
        self.statusBar().clearMessage()
        if self._open_notes:
            self.statusBar().showMessage(" ".join(self._open_notes), 20000)
            self._open_notes = []
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
        pending, self._pending_subset = self._pending_subset, None
        if pending is not None:  # a saved subset on a derived column (highest_type, ...)
            self._restoring = True
            try:
                self.subset_panel.set_subset(pending)
            finally:
                self._restoring = False
        self._apply_workshop()
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
        self.set_workshop_mode(bool(self._settings.get(WORKSHOP_KEY, False)))
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
        self._note_project_change()
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
                           self.analysis_settings()], sort_keys=True, default=str)

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
            settings=self.analysis_settings() or None)
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
        self.analysisFailed.emit("analysis", message, details)

    def _analysis_ready(self, result: Any, result_b: Any) -> None:
        if self._survey is None:
            return
        self._result, self._result_b = result, result_b
        self._dirty_views = set(self.views)
        self._apply_view_state()
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
        firms = self._highlighted_table_firms()
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
        if self._result is None or self._workshop:
            return  # workshop mode: no individual firm is pointed at
        self._pending_firms = len(ids)
        self.select_firms(ids)

    def _view_selected_workers(self, rows: Any) -> None:
        if self._result is None:
            return
        rows = np.asarray(rows, dtype=np.int64)
        self._selecting_for_view = True
        try:
            self.select_worker_rows(rows)
        finally:
            self._selecting_for_view = False
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

    def _selected_workers_firms(self) -> list:
        """Firm ids of the rows selected in the workers table (each firm once, in order)."""
        workers = self._analysis_workers
        if self._workshop or workers is None or "firm_id" not in workers.columns:
            return []  # workshop mode: no individual firm is pointed at
        rows = self.selected_source_rows(self.workers_panel)
        rows = rows[rows < len(workers)]
        if not len(rows):
            return []
        return list(dict.fromkeys(workers["firm_id"].iloc[rows].dropna().tolist()))

    def _highlighted_table_firms(self) -> list:
        """The firms the views highlight: those selected in the table the user last selected
        rows in (the firms table, or the workers table: their workers' firms)."""
        if self._highlight_source == "workers":
            return self._selected_workers_firms()
        return self._selected_table_firms()

    def _start_highlight(self, source: str) -> None:
        self._highlight_source = source
        self._highlight_timer.start()

    def _highlight_from_tables(self) -> None:
        ids = self._highlighted_table_firms()
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
        from core.export.results_export import write_results_xlsx

        result = self._result
        if self._workshop:  # no individual firm in the workbook either
            result = dataclasses.replace(result, firms=result.firms.iloc[0:0])
        try:
            with tempfile.TemporaryDirectory(prefix="uex-charts-") as folder:
                images = self.chart_images(Path(folder))
                write_results_xlsx(result, path, about=self.about_results(), images=images,
                                   language=i18n.current_language())
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
        project = self.current_project()
        if project is None:
            return None
        target = script.with_name(script.stem + ".uex.json")
        save_project_file(copy.deepcopy(project), target)  # the open project keeps its own path
        return target

    def export_script(self) -> Path | None:
        """File → Export analysis as Python script…: reproduces the shown numbers headless."""
        if self._result is None:
            return None
        path = self.choose_script_path()
        if path is None:
            return None
        from core.export.script_export import write_analysis_script

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

    def current_project(self) -> Project | None:
        """The open project with the window's current state written into it (subset, saved
        subsets, rules, settings, open views)."""
        project = self.project
        if project is None:
            return None
        project.study.subset = self.current_subset().to_json()
        project.study.rules = copy.deepcopy(self._rules)
        project.study.settings = copy.deepcopy(self._settings)
        project.subsets = {n: s.to_json() for n, s in self.subset_panel.saved_subsets().items()}
        current = project.study.subset
        project.active_subset = next(
            (n for n, d in project.subsets.items() if d == current and current), None)
        project.views = self._views_state(project.views)
        return project

    def autosave_snapshot(self) -> Project | None:
        """What the autosave writes: the project when it has unsaved changes, else None."""
        if self.project is None or not self.project.modified or self._restoring:
            return None
        return self.current_project()

    def set_autosave(self, controller) -> None:
        """Wire a gui.autosave.AutosaveController: every project change is autosaved, Save
        project drops the autosave, closing the window ends the session cleanly."""
        self._autosave = controller
        self.projectChanged.connect(controller.note_change)
        self.projectSaved.connect(lambda _path: controller.project_saved())
        controller.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))

    def autosave(self):
        """The AutosaveController wired with set_autosave (None without one)."""
        return self._autosave

    def _note_project_change(self) -> None:
        """The user changed the study, rules, subset(s) or settings."""
        if self._restoring or self.project is None:
            return
        before = self._project_state()
        self.current_project()
        if self._project_state() == before:
            return  # a signal without a change (the same subset again, frames refreshed)
        if not self.project.modified:
            self.project.modified = True
            self._update_title()
        self.projectChanged.emit()

    def _project_state(self) -> str:
        p = self.project
        return json.dumps([p.study.subset, p.study.rules, p.study.settings, p.subsets],
                          sort_keys=True, default=str)

    def _views_state(self, previous: Any) -> dict:
        views = copy.deepcopy(previous) if isinstance(previous, dict) else {}
        views["open"] = [key for i, key in enumerate(TAB_KEYS[:self.tabs.count()])
                         if self.tabs.isTabVisible(i)]
        index = self.tabs.currentIndex()
        if 0 <= index < len(TAB_KEYS):
            views["current"] = TAB_KEYS[index]
        state = views.get("state") if isinstance(views.get("state"), dict) else {}
        if self.upgrading_view.result is not None:
            state["upgrading"] = {**(state.get("upgrading") or {}),
                                  "by": self.upgrading_view.split()}
        views["state"] = state
        return views

    def _note_views(self) -> None:
        """The current tab is part of the project (saved with it; no unsaved-changes mark)."""
        if self.project is not None and not self._restoring:
            self.project.views = self._views_state(self.project.views)

    def _restore_views(self) -> None:
        views = self.project.views if self.project is not None else {}
        views = views if isinstance(views, dict) else {}
        current = views.get("current")
        if current in TAB_KEYS:
            index = TAB_KEYS.index(current)
            if index < self.tabs.count() and self.tabs.isTabVisible(index):
                self.tabs.setCurrentIndex(index)
        state = views.get("state")
        self._pending_view_state = state if isinstance(state, dict) else None

    def _apply_view_state(self) -> None:
        """Per-view state saved with the project (the upgrading view's split), once the views
        have a result to show it with."""
        state, self._pending_view_state = self._pending_view_state, None
        by = ((state or {}).get("upgrading") or {}).get("by")
        if isinstance(by, str) and by:
            try:
                self.upgrading_view.set_split(by)
            except Exception:  # a split the survey no longer has: keep the default
                log.info("Saved split %r not applied", by, exc_info=True)

    def _restore_subsets(self) -> None:
        project = self.project
        saved: dict[str, Subset] = {}
        subset = Subset()
        if project is not None:
            try:
                for name, data in (project.subsets or {}).items():
                    saved[str(name)] = Subset.from_json(data)
                if project.study.subset:
                    subset = Subset.from_json(project.study.subset)
            except Exception as error:
                record("Saved subsets could not be read", format_details(error), expected=True)
        self.subset_panel.stop_comparing()
        self.subset_panel.set_saved_subsets(saved)
        self._pending_subset = None
        if subset.to_json() != Subset().to_json():
            self.subset_panel.set_subset(subset)
            if self.current_subset().to_json() != subset.to_json():
                self._pending_subset = subset  # names derived columns: again once they are in

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
        """File → Save project (Save project as… with ``ask``): the whole project, atomically,
        through core.project.project_file.save_project (keys this version does not know are kept)."""
        core = getattr(self._survey, "core", None)
        project = self.current_project()
        if core is None or project is None:
            return None
        path = project.path if not ask else None
        is_sample = path is not None and self._sample_path is not None and \
            Path(path).resolve() == Path(self._sample_path).resolve()
        if path is None or is_sample:
            path = self.choose_project_path()
            if path is None:
                return None
        try:
            path = save_project_file(project, path)
        except (ProjectFileError, OSError) as error:
            self.show_error(self.tr("Could not save the project"),
                            plain_message(error) or self.tr(
                                "The project could not be written to “{name}”.").format(
                                    name=path.name),
                            self.tr("Choose another folder, or close the file if another program "
                                    "has it open."), format_details(error))
            return None
        self._project_path = path
        self.settings.add_recent(path)
        self.settings.set_last_project(path)
        self._refresh_recent()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 8000)
        self.projectSaved.emit(path)
        return path

    # -- opening projects ------------------------------------------------------------------------

    def open_project(self, project: Project) -> bool:
        """Open a Project object (a restored autosave) the way a project file opens: check its
        data files, then build the survey in the background."""
        ref = project.study.firms or project.study.workers
        where = project.path or (Path(ref.path) if ref is not None else Path("project.uex.json"))
        return self._open_project(Path(where), project, {})

    def _is_current_load(self, path: Path) -> bool:
        return self._load_task is not None and self._loading_path == path

    def _open_project(self, path: Path, project: Project | None,
                      replacements: dict[Path, Path]) -> bool:
        """Step 1, off the GUI thread: read the project and find and hash its data files."""
        if self._load_task is not None:
            self.cancel_load(quiet=True)

        def job(progress, _cancelled):
            progress("Checking the project's data files")
            if project is None:
                return check_project(path, replacements)
            return check_data_files(project, replacements)

        asked = dict(replacements)

        def failed(error: BaseException, details: str) -> None:
            self._project_check_failed(path, project, asked, error, details)

        self._loading_path = path
        self._set_busy(self.tr("Opening {name}…").format(name=path.name))
        self._load_task = self.runner.start(
            job, on_finished=lambda check, p=path: self._project_checked(p, check),
            on_failed=failed, on_progress=self._load_progress, name=f"check {path.name}")
        return True

    def _project_check_failed(self, path: Path, project: Project | None,
                              replacements: dict[Path, Path], error: BaseException,
                              details: str) -> None:
        if not self._is_current_load(path):
            return
        self._load_task = None
        self._set_busy(None)
        if isinstance(error, DataFileMissingError):
            chosen = dict(replacements)
            for missing in error.missing:
                new = self.choose_data_file(missing)
                if new is None:
                    self.statusBar().showMessage(
                        self.tr("{name} was not opened").format(name=path.name), 8000)
                    self.openFinished.emit(False)
                    return
                chosen[missing.recorded] = Path(new)
            self._open_project(path, project, chosen)
            return
        self._report_open_error(path, error, details)
        self.openFinished.emit(False)

    def _project_checked(self, path: Path, check: ProjectCheck) -> None:
        """Step 1 done: say what changed BEFORE anything is recomputed; then step 2."""
        if not self._is_current_load(path):
            return
        self._load_task = None
        self._set_busy(None)
        if check.changed_files and not self.confirm_changed_files(check):
            self.statusBar().showMessage(
                self.tr("{name} was not opened").format(name=path.name), 8000)
            self.openFinished.emit(False)
            return
        self._load_checked(path, check)

    def _load_checked(self, path: Path, check: ProjectCheck) -> None:
        """Step 2, off the GUI thread: read the data and build the survey."""

        def job(progress, _cancelled):
            result = check.load(progress)
            result.loaded.notes.extend(result.notes)
            survey = survey_loader.to_window(result.loaded, path)
            survey.needs_review = False
            return result, survey

        self._loading_path = path
        self._set_busy(self.tr("Opening {name}…").format(name=path.name))
        self._load_task = self.runner.start(
            job, on_finished=lambda pair, p=path: self._project_loaded(p, pair),
            on_failed=lambda e, d, p=path: self._load_failed(p, e, d),
            on_progress=self._load_progress, name=f"open {path.name}")

    def _project_loaded(self, path: Path, pair: tuple[ProjectOpenResult, LoadedSurvey]) -> None:
        if not self._is_current_load(path):
            return
        self._load_task = None
        self._set_busy(None)
        result, survey = pair
        self._open_notes = list(result.notes)
        self._finish_open(path, survey, project=result.project)

    def choose_data_file(self, missing: MissingDataFile) -> Path | None:
        """Ask where a project's data file is now (tests patch this)."""
        title = self.tr("Where is “{name}” now? The project needs it").format(name=missing.name)
        filters = ";;".join([f"{missing.name} ({missing.name})", self.tr("All files (*)")])
        start = self._last_dir or str(missing.recorded.parent)
        name, _ = QFileDialog.getOpenFileName(self, title, start, filters)
        return Path(name) if name else None

    def confirm_changed_files(self, check: ProjectCheck) -> bool:
        """A data file changed since the project was saved: say so in plain words and let the
        user continue or cancel, before anything is recomputed (tests patch this)."""
        box = QMessageBox(self)
        box.setObjectName("changedDataBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The data has changed"))
        names = ", ".join(f"“{c.path.name}”" for c in check.changed_files)
        box.setText(self.tr("{names} changed since this project was saved.").format(names=names))
        box.setInformativeText(self.tr(
            "The numbers will be computed from the file as it is now, so they may differ from "
            "the ones you saved. If this is not the file you meant, choose Cancel: the survey you "
            "have open stays open."))
        box.setDetailedText("\n\n".join(c.message for c in check.changed_files))
        carry_on = box.addButton(self.tr("Open with the file as it is now"),
                                 QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is carry_on

    # -- settings and workshop mode --------------------------------------------------------------

    def project_settings(self) -> dict:
        """The project's settings (thresholds, workshop mode, ...)."""
        return copy.deepcopy(self._settings)

    def analysis_settings(self) -> dict:
        """The settings handed to core.analysis.pipeline.run_analysis (window-only keys left out)."""
        return {k: copy.deepcopy(v) for k, v in self._settings.items()
                if k not in WINDOW_ONLY_SETTINGS}

    def set_project_settings(self, values: dict) -> None:
        """Merge ``values`` into the project's settings; the analysis follows."""
        before = self.analysis_settings()
        for key, value in values.items():
            if key != WORKSHOP_KEY:
                self._settings[key] = copy.deepcopy(value)
        if WORKSHOP_KEY in values:
            self.set_workshop_mode(bool(values[WORKSHOP_KEY]))
        if self.analysis_settings() != before:
            self._note_project_change()
            self._schedule_analysis()

    def make_settings_dialog(self) -> SettingsDialog:
        """The Settings dialog filled with the project's settings (tests grab it)."""
        dialog = SettingsDialog(self._settings, self)
        dialog.workshop.setChecked(self._workshop)
        return dialog

    def edit_settings(self) -> bool:
        """File → Project settings…; True when the user pressed OK."""
        dialog = self.make_settings_dialog()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.set_project_settings(dialog.values())
            return True
        finally:
            dialog.deleteLater()

    def workshop_mode(self) -> bool:
        return self._workshop

    def set_workshop_mode(self, on: bool) -> None:
        """Hide individual firms (the Firms tab, the upgrading view's firm list, linked
        selection of firms, firm ids in exports); aggregates are unchanged. Saved in the
        project's settings."""
        on = bool(on)
        changed = on != self._workshop
        self._workshop = on
        if self.action_workshop.isChecked() != on:
            self.action_workshop.blockSignals(True)
            self.action_workshop.setChecked(on)
            self.action_workshop.blockSignals(False)
        if on:
            self._settings[WORKSHOP_KEY] = True
        else:
            self._settings.pop(WORKSHOP_KEY, None)
        self._apply_workshop()
        if changed:
            self._note_project_change()
            self.workshopModeChanged.emit(on)

    def _apply_workshop(self) -> None:
        on = self._workshop
        index = self.tabs.indexOf(self.firms_panel)
        if on and self.tabs.currentIndex() == index:
            self.tabs.setCurrentWidget(self.workers_panel)
        self.tabs.setTabVisible(index, not on)
        self.action_firms_tab.setEnabled(not on)
        self.upgrading_view.firm_list.parentWidget().setVisible(not on)
        self.workshop_label.setVisible(on)
        if on:
            self.firms_table.clearSelection()
            self.upgrading_view.firm_list.clearSelection()
        view, model = self.workers_panel.view, self.workers_model
        names = {str(c) for c in model.frame().columns}
        for name in self._firm_id_columns() & names:
            view.setColumnHidden(model.column_index(name), on)

    def _firm_id_columns(self) -> set[str]:
        """Columns holding firm ids in the tables: the canonical name and the survey's own."""
        out = {"firm_id"}
        study = self.project.study if self.project is not None else getattr(
            getattr(self._survey, "core", None), "study", None)
        roles = getattr(study, "roles", None) or {}
        for side in ("firms", "workers"):
            column = (roles.get(side) or {}).get("firm_id")
            if column:
                out.add(str(column))
        return out

    # -- export ------------------------------------------------------------------------------------

    def export_table(self, panel: TablePanel | None) -> Path | None:
        """Export the rows shown (in workshop mode: never the firms table, never firm ids)."""
        if panel is None or not len(panel.model.frame().columns):
            return None
        if self._workshop and panel is self.firms_panel:
            return None
        noun = "firms" if panel is self.firms_panel else "workers"
        suggested = str(Path(self._last_dir or ".") / f"{self._title or 'survey'} - {noun}.xlsx")
        path = panel.choose_export_path(suggested)
        if path is None:
            return None
        try:
            n = self._export_rows(panel, path, noun.capitalize())
        except Exception as error:
            text = plain_message(error) or self.tr("The rows could not be exported.")
            self.show_error(self.tr("Could not export"), text, "", format_details(error))
            return None
        self.statusBar().showMessage(
            self.tr("Saved {n} rows to {name}").format(n=f"{n:,}", name=path.name), 8000)
        return path

    def _export_rows(self, panel: TablePanel, path: Path, sheet_name: str) -> int:
        if not self._workshop:
            return panel.export_visible(path, sheet_name=sheet_name)
        from core.export.table_export import export_table

        model = panel.model
        hidden = self._firm_id_columns()
        columns = [model.column_name(c) for c in panel.view.visible_columns()]
        labels = model.value_labels() if model.show_value_labels() else None
        return export_table(model.frame(), path, rows=model.visible_rows(),
                            columns=[c for c in columns if str(c) not in hidden],
                            value_labels=labels, sheet_name=sheet_name)

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

    # -- language and presentation ---------------------------------------------------------------

    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` ('en', 'vi'; 'th' and 'my' once their catalogues
        exist) at once, without a restart, and remember it. The open survey, project, rules,
        subset, saved subsets, comparison and the tab shown stay; see :meth:`retranslate`."""
        if code not in i18n.available_languages():
            return False
        if code != i18n.current_language():
            i18n.install_language(code)
            i18n.save_language(i18n.current_language())
            self.retranslate()
        action = self.language_actions.get(i18n.current_language())
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.languageChanged.emit(i18n.current_language())
        return i18n.current_language() == code

    def retranslate(self) -> None:
        """Every text of the window again, in the language gui.i18n has installed.

        Texts are set where widgets are built, so what is cheap to build is built again (the
        menus, the welcome page, the four analysis views, which are then handed the current
        analysis at once); the rest keeps its state and sets its texts again (the tables and
        their models, the subset panel with its facets, the status bar). The survey, project,
        rules, subset, saved subsets, comparison, the tab shown and the upgrading view's split
        and worker-outcome choices stay; an open dialog keeps its language until it closes."""
        presenting = presentation.is_on()
        if presenting:  # build at the normal size, then enlarge as F5 does (one tested path)
            presentation.set_presentation(self, False)
        value_labels = self.action_value_labels.isChecked()
        self.removeAction(self.action_cancel)
        self.menuBar().clear()
        self._make_menus()
        self.action_value_labels.blockSignals(True)
        self.action_value_labels.setChecked(value_labels)
        self.action_value_labels.blockSignals(False)
        self.action_workshop.blockSignals(True)
        self.action_workshop.setChecked(self._workshop)
        self.action_workshop.blockSignals(False)
        self.action_cancel.setEnabled(self._load_task is not None)

        self.firms_panel.retranslate(self.tr("Firms table"), self.tr("firms"))
        self.workers_panel.retranslate(self.tr("Workers table"), self.tr("workers"))
        self._rebuild_views()
        for index, title in enumerate(self._tab_titles()):
            if index < self.tabs.count():
                self.tabs.setTabText(index, title)
        self.subset_panel.retranslate()
        self._rebuild_welcome()

        self.summary_label.setAccessibleName(self.tr("Survey summary"))
        self.progress.setAccessibleName(self.tr("Opening progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening the file (Esc)"))
        self.analysis_busy_label.setText(self.tr("Updating the analysis…"))
        self.analysis_busy.setAccessibleName(self.tr("Updating the analysis"))
        self.workshop_label.setText(self.tr("Workshop mode: individual firms hidden"))
        if self._title:
            self.summary_label.setText(self._summary_text(
                self._title, len(self.firms_model.frame()), len(self.workers_model.frame())))
            self._update_title()
        else:
            self._show_empty_state()
        self._update_actions()
        self._refresh_recent()
        self._apply_workshop()
        if presenting:
            presentation.set_presentation(self, True)
            self.action_presentation.setChecked(True)

    def _rebuild_views(self) -> None:
        """New analysis views in the new language, given the current analysis at once."""
        current = self.tabs.currentIndex()
        split = self.upgrading_view.split()
        outcomes = self.outcomes_view
        choices = (outcomes.outcome_box.currentData(), outcomes.group_box.currentData(),
                   outcomes.breakdown_box.currentData())
        self.outcomes_view.runner.finished.disconnect(self.outcomes_view._on_finished)
        self.outcomes_view.runner.failed.disconnect(self.outcomes_view._on_failed)
        new_views: list[AnalysisView] = [UpgradingView(self),
                                         OutcomesView(self, runner=self.analysis_runner),
                                         MatrixView(self), ChartBuilder(parent=self)]
        self.tabs.blockSignals(True)
        for old, new in zip(self.views, new_views, strict=True):
            index = self.tabs.indexOf(old)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, new, "")
            self._wire_view(new)
            old.setParent(None)
            old.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        (self.upgrading_view, self.outcomes_view, self.matrix_view,
         self.chart_builder) = new_views
        self.views = new_views
        self._dirty_views = set(self.views)
        if self._result is not None:
            self._refresh_view(self.upgrading_view)
            with_split = self.upgrading_view.split_box.findData(split) >= 0
            if with_split:
                self.upgrading_view.set_split(split)
            self._refresh_view(self.outcomes_view)
            for setter, name in zip((self.outcomes_view.set_outcome,
                                     self.outcomes_view.set_grouping,
                                     self.outcomes_view.set_breakdown), choices, strict=True):
                if name:
                    with contextlib.suppress(KeyError):  # a choice this result lacks
                        setter(name)
        self._refresh_shown_view()

    def _rebuild_welcome(self) -> None:
        old = self.welcome
        shown = self.stack.currentWidget() is old
        self.welcome = WelcomePage(self)
        self.welcome.openRequested.connect(self.open_file)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.open_path)
        self.stack.insertWidget(0, self.welcome)
        self.stack.removeWidget(old)
        old.deleteLater()
        if shown:
            self.stack.setCurrentWidget(self.welcome)

    def redraw_views(self) -> None:
        """Draw every view again (presentation mode changed the chart sizes)."""
        self._dirty_views = set(self.views)
        self._refresh_shown_view()

    def set_presentation_mode(self, on: bool) -> None:
        """View → Presentation mode (F5): larger text and lines, high contrast (gui.presentation);
        remembered for the next start."""
        on = bool(on)
        if on != presentation.is_on():
            presentation.set_presentation(self, on)
        if self.action_presentation.isChecked() != on:
            self.action_presentation.blockSignals(True)
            self.action_presentation.setChecked(on)
            self.action_presentation.blockSignals(False)
        self.settings.set_presentation_mode(on)
        self.presentationChanged.emit(on)

    # -- help ----------------------------------------------------------------------------------------

    def open_user_guide(self) -> bool:
        """Help → User guide (F1): the guide's HTML pages in the system browser, offline."""
        return self._open_help_file(guide_path("html", "index.html"), self.tr("The user guide"))

    def open_handout(self) -> bool:
        """Help → Workshop handout: the one-page PDF in the system's viewer."""
        return self._open_help_file(guide_path("handout.pdf"), self.tr("The workshop handout"))

    def _open_help_file(self, path: Path, what: str) -> bool:
        if not path.is_file():
            self.show_help_missing(self.tr(
                "{what} is not installed with this copy of Upgrading Explorer (it should be at "
                "{path}). Ask whoever gave you the program for a complete copy, or read the "
                "guide in the docs folder of the source.").format(what=what, path=path))
            return False
        if not self.open_external(QUrl.fromLocalFile(str(path))):
            self.show_help_missing(self.tr(
                "{what} could not be opened: no program on this computer opened {path}. Open "
                "the file yourself from that folder.").format(what=what, path=path))
            return False
        return True

    def open_external(self, url: QUrl) -> bool:
        """Hand a file to the system (browser, PDF viewer); tests patch this."""
        return QDesktopServices.openUrl(url)

    def show_help_missing(self, text: str) -> None:
        """A plain-words message when a help file is missing (tests patch this)."""
        box = QMessageBox(self)
        box.setObjectName("helpMissingBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Help"))
        box.setText(text)
        box.exec()

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
        if self._autosave is not None:  # unsaved work is kept and offered at the next start
            self._autosave.stop_at_exit()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
