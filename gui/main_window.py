"""The main window: the shell. Widgets, menus, layout and signals; the work is in the controllers.

- :class:`gui.controllers.open_controller.OpenController` opens files, samples and projects
  (import review, remembered reviews, missing and changed data files, recent files);
- :class:`gui.controllers.analysis_controller.AnalysisController` computes the derived columns
  and the analysis on the window's ONE background worker (:class:`gui.concurrent.Executor`) and
  hands the results to the views;
- :class:`gui.controllers.selection_controller.SelectionController` links the selection between
  the views and the tables;
- :class:`gui.controllers.export_controller.ExportController` writes table exports, the results
  workbook, the analysis script and the chart images;
- :class:`gui.controllers.session_controller.SessionController` owns the core Session (all the
  user can change, saved as the project), its QUndoStack (Edit → Undo / Redo), the title and
  the autosave.

For the analysis views and tests, the public surface is: ``subsetChanged(Subset)``,
``comparisonChanged(A, B)`` ((None, None) when off), ``surveyLoaded(core LoadedSurvey)``,
``derivedReady()``, ``analysisShown(A, B)``; ``analysis_frames()`` (canonical frames with the
derived columns, what subsets filter), ``subset_masks()``, ``current_subset()``, ``comparison()``,
``current_result()``; ``tabs`` (Firms · Workers · Upgrading · Worker outcomes ·
Economic × social · Chart builder). The methods below that only delegate keep that surface, and
the ``choose_*``/``confirm_*``/``show_*`` dialogs stay here so tests can replace them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from core.analysis.subset import Subset, SubsetMasks
from core.common.paths import guide_path
from core.io import isolation
from core.model.loading import LoadedSurvey
from core.project.project_file import MissingDataFile, Project, ProjectCheck
from gui import i18n, presentation
from gui.concurrent import Executor
from gui.controllers.analysis_controller import AnalysisController
from gui.controllers.export_controller import ExportController
from gui.controllers.open_controller import OpenController
from gui.controllers.selection_controller import SelectionController, selected_source_rows
from gui.controllers.session_controller import TAB_KEYS, SessionController
from gui.error_dialog import make_error_box
from gui.menus import make_menus
from gui.settings_dialog import SettingsDialog
from gui.settings_store import SettingsStore
from gui.subset_panel import SubsetPanel
from gui.survey_loader import Loader, WindowTables
from gui.table_model import DataFrameTableModel
from gui.table_view import TablePanel
from gui.views import AnalysisView
from gui.views.chart_builder import ChartBuilder
from gui.views.findings_view import FindingsView
from gui.views.matrix_view import MatrixView
from gui.views.outcomes_view import OutcomesView
from gui.views.upgrading_view import UpgradingView
from gui.welcome_page import WelcomePage
from gui.wrapping_tabs import WrappingTabWidget

__all__ = ["MainWindow"]


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


class MainWindow(QMainWindow):
    """Welcome page, or the subset panel beside the tables and the analysis views."""

    surveyShown = Signal(str)
    """Emitted with the title after a survey is shown (other views and tests listen to it)."""
    surveyLoaded = Signal(object)
    """The core.model.loading.LoadedSurvey just shown (opened, or rebuilt with new roles)."""
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
    """The session's rules changed (a dict; None = the default rules)."""
    exportFinished = Signal(str, object)
    """("results" or "script", Path) once an export is written."""
    projectChanged = Signal()
    """A step was pushed on, undone or redone on the undo stack (the autosave listens)."""
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

    def __init__(self, loader: Loader | None = None, *, sample_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._loader = loader
        self._sample_path = sample_path
        self._title = ""
        self._column_roles: dict[str, dict[str, str]] = {"firms": {}, "workers": {}}
        self.last_error_box = None
        self.settings = SettingsStore()
        self._last_dir = self.settings.last_dir()
        self.executor = Executor(self)
        """The window's one background worker (gui.concurrent)."""
        self.setAcceptDrops(True)

        self.firms_panel = TablePanel("firmsTable", self.tr("Firms table"), self.tr("firms"), self)
        self.workers_panel = TablePanel("workersTable", self.tr("Workers table"),
                                        self.tr("workers"), self)
        self.firms_model: DataFrameTableModel = self.firms_panel.model
        self.workers_model: DataFrameTableModel = self.workers_panel.model
        self.firms_table: QTableView = self.firms_panel.view
        self.workers_table: QTableView = self.workers_panel.view
        self.subset_panel = SubsetPanel(self)
        self.tabs = WrappingTabWidget(self)
        self.tabs.setObjectName("surveyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.firms_panel, self.tr("Firms"))
        self.tabs.addTab(self.workers_panel, self.tr("Workers"))
        self._make_status_bar()

        self.open_controller = OpenController(self)
        self.session_controller = SessionController(self)
        self.selection_controller = SelectionController(self)
        self.analysis_controller = AnalysisController(self)
        self.export_controller = ExportController(self)
        self.firms_panel.exportRequested.connect(lambda: self.export_table(self.firms_panel))
        self.workers_panel.exportRequested.connect(lambda: self.export_table(self.workers_panel))
        self.subset_panel.subsetChanged.connect(self._subset_changed)
        self.subset_panel.comparisonChanged.connect(self.comparisonChanged)
        self.subsetChanged.connect(lambda _s: self.analysis_controller.schedule())
        self.comparisonChanged.connect(lambda _a, _b: self.analysis_controller.schedule())
        self._make_views()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspace")
        self.splitter.addWidget(self.subset_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([320, 960])
        self.welcome = self._new_welcome()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self._make_menus()
        self.update_actions()
        self.open_controller.refresh_recent()
        self._show_empty_state()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._resize_to_screen()
        splitter_state = self.settings.splitter_state()
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.setTabOrder(self.subset_panel, self.tabs)

    # -- construction ------------------------------------------------------------------------------

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("surveySummary")
        # a long survey name or language never makes the window wider than the screen: the
        # text is cut at the window's edge (whole in the tooltip)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.summary_label.setMinimumWidth(0)
        bar.addWidget(self.summary_label, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setRange(0, 0)  # busy: reading a workbook has no fraction to show
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("loadMessage")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelLoad")
        self.cancel_button.clicked.connect(self.cancel_load)
        self.analysis_busy_label = QLabel(self)
        self.analysis_busy_label.setObjectName("analysisBusyLabel")
        self.analysis_busy = QProgressBar(self)
        self.analysis_busy.setObjectName("analysisBusy")
        self.analysis_busy.setRange(0, 0)
        self.analysis_busy.setMaximumWidth(120)
        self.analysis_busy.setTextVisible(False)
        self.workshop_label = QLabel(self)
        self.workshop_label.setObjectName("workshopModeLabel")
        self.workshop_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        for w in (self.progress_label, self.progress, self.cancel_button,
                  self.analysis_busy_label, self.analysis_busy, self.workshop_label):
            bar.addPermanentWidget(w)
            w.setVisible(False)
        self._status_texts()

    def _status_texts(self) -> None:
        self.summary_label.setAccessibleName(self.tr("Survey summary"))
        self.progress.setAccessibleName(self.tr("Opening progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening the file (Esc)"))
        self.analysis_busy_label.setText(self.tr("Updating the analysis…"))
        self.analysis_busy.setAccessibleName(self.tr("Updating the analysis"))
        self.workshop_label.setText(self.tr("Workshop mode: individual firms hidden"))

    def new_views(self) -> list[AnalysisView]:
        return [UpgradingView(self), OutcomesView(self, runner=self.executor), MatrixView(self),
                ChartBuilder(parent=self)]

    def _make_views(self) -> None:
        """Findings first, then (after Firms · Workers) the analysis tabs, and their wiring."""
        self.findings_view = FindingsView(self)
        self.findings_view.openView.connect(self._open_view_named)
        self.tabs.insertTab(0, self.findings_view, self._tab_titles()[0])
        self.tabs.setCurrentIndex(0)
        self.views: list[AnalysisView] = self.new_views()
        (self.upgrading_view, self.outcomes_view, self.matrix_view,
         self.chart_builder) = self.views
        for view, title in zip(self.views, self._tab_titles()[3:], strict=True):
            self.tabs.addTab(view, title)
            self.wire_view(view)
        self.tabs.currentChanged.connect(lambda _i: self.analysis_controller.refresh_shown_view())
        self.tabs.currentChanged.connect(lambda _i: self.session_controller.note_current_view())

    def _open_view_named(self, name: str) -> None:
        """Show the tab holding the widget with this objectName (a finding's chart and table,
        or a table such as firmsTable inside its panel)."""
        widget = self.findChild(QWidget, name)
        while widget is not None and self.tabs.indexOf(widget) < 0:
            widget = widget.parentWidget()
        if widget is not None and self.tabs.isTabVisible(self.tabs.indexOf(widget)):
            self.tabs.setCurrentWidget(widget)

    def _tab_titles(self) -> list[str]:
        return [self.tr("Findings"), self.tr("Firms"), self.tr("Workers"), self.tr("Upgrading"),
                self.tr("Worker outcomes"), self.tr("Economic × social"),
                self.tr("Chart builder")]

    def view_keys(self) -> dict[str, AnalysisView]:
        """Each analysis view under its key in the session's view choices."""
        return dict(zip(TAB_KEYS[3:], self.views, strict=True))

    def wire_view(self, view: AnalysisView) -> None:
        self.selection_controller.wire_view(view)
        if isinstance(view, UpgradingView):
            view.rulesChanged.connect(self.set_rules)
        if hasattr(view, "viewStateChanged"):
            key = TAB_KEYS[3 + [type(v) for v in self.views].index(type(view))]
            view.viewStateChanged.connect(
                lambda *_a, k=key, v=view: self.session_controller.note_view_state(k, v))

    def _make_menus(self) -> None:
        make_menus(self)

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

    def update_actions(self) -> None:
        can_open = self._loader is not None
        sample = can_open and self._sample_path is not None
        self.action_open.setEnabled(can_open)
        self.action_open_sample.setEnabled(sample)
        self.welcome.set_open_available(can_open)
        self.welcome.set_sample_available(sample)
        survey = self.current_survey()
        has_study = survey is not None and self.project is not None
        result = self.current_result()[0]
        for action in (self.action_save, self.action_save_as, self.action_review):
            action.setEnabled(has_study)
        self.action_settings.setEnabled(survey is not None or bool(self._title))
        self.action_export.setEnabled(survey is not None or bool(self._title))
        # a quick pass' numbers are never exported: the full ones follow within seconds
        final = result is not None and not getattr(result, "provisional", False)
        self.action_export_results.setEnabled(final)
        self.action_export_report.setEnabled(final)
        self.action_export_script.setEnabled(final and survey is not None)
        self.recent_menu.setEnabled(can_open)

    def set_loader(self, loader: Loader | None, sample_path: Path | None = None) -> None:
        """Wire the window to a loader after construction (main.py may build the window first)."""
        self._loader = loader
        if sample_path is not None:
            self._sample_path = sample_path
        self.update_actions()

    def loader(self) -> Loader | None:
        return self._loader

    def sample_path(self) -> Path | None:
        return self._sample_path

    def last_dir(self) -> str:
        return self._last_dir

    def remember_folder(self, folder: Path) -> None:
        self._last_dir = str(folder)
        self.settings.set_last_dir(self._last_dir)

    # -- showing a survey -------------------------------------------------------------------------

    def show_survey(self, title: str, firms: pd.DataFrame, workers: pd.DataFrame, *,
                    firm_labels: Mapping[str, Mapping[Any, str]] | None = None,
                    worker_labels: Mapping[str, Mapping[Any, str]] | None = None,
                    variable_labels: Mapping[str, Any] | None = None,
                    derived_columns: set[str] | frozenset[str] = frozenset(),
                    canonical_firms: pd.DataFrame | None = None,
                    canonical_workers: pd.DataFrame | None = None,
                    column_roles: Mapping[str, Mapping[str, str]] | None = None) -> None:
        """Replace what both tables show. ``variable_labels`` {column: text} or per table; the
        canonical frames (aligned row for row) are what the subset panel filters on;
        ``column_roles`` {"firms"/"workers": {role: column}} gives the headers their words."""
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
        self._column_roles = {side: dict((column_roles or {}).get(side, {}))
                              for side in ("firms", "workers")}
        self._apply_headings()
        for panel in (self.firms_panel, self.workers_panel):
            panel.frame_changed()
        self._title = title
        self.analysis_controller.set_frames(canonical_firms, canonical_workers)
        self.subset_panel.set_frames(
            canonical_firms if canonical_firms is not None else pd.DataFrame(),
            canonical_workers if canonical_workers is not None else pd.DataFrame(),
            subset=Subset())
        self.stack.setCurrentWidget(self.splitter)
        self.update_title()
        self._set_summary(self._summary_text(title, len(firms), len(workers)))
        self.update_actions()
        self.apply_workshop()
        self.surveyShown.emit(title)

    def show_tables(self, tables: WindowTables) -> None:
        """Show what the tables show of an opened survey (gui.survey_loader.window_tables)."""
        self.show_survey(tables.title, tables.firms, tables.workers,
                         firm_labels=tables.firm_labels, worker_labels=tables.worker_labels,
                         variable_labels=tables.variable_labels,
                         canonical_firms=tables.canonical_firms,
                         canonical_workers=tables.canonical_workers,
                         column_roles=tables.column_roles)

    def update_title(self) -> None:
        if not self._title:
            self.setWindowTitle(self.tr("Upgrading Explorer"))
            return
        title = self.tr("Upgrading Explorer — {title}").format(title=self._title)
        if self.is_modified():
            title = self.tr("{title} (changed, not saved)").format(title=title)
        self.setWindowTitle(title)

    def survey_title(self) -> str:
        return self._title

    def current_survey(self) -> LoadedSurvey | None:
        """The core LoadedSurvey shown (None: nothing open, or tables shown by hand)."""
        return self.open_controller.survey

    def analysis_frames(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """Canonical firm and worker frames (+ derived columns once computed), aligned row for
        row with the tables: what subsets filter and the analysis views analyse."""
        return self.analysis_controller.firms, self.analysis_controller.workers

    def current_subset(self) -> Subset:
        return self.subset_panel.subset()

    def subset_masks(self) -> SubsetMasks | None:
        return self.subset_panel.masks()

    def comparison(self) -> tuple[Subset | None, Subset | None]:
        return self.subset_panel.comparison()

    def _set_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setToolTip(text)

    def _apply_headings(self) -> None:
        """Headers in words in the interface's language (core.model.column_labels), the code in
        the tooltip; again after a language switch."""
        from core.model.column_labels import column_headings
        from gui.views.labels import role_words

        for side, level, model in (("firms", "firm", self.firms_model),
                                   ("workers", "worker", self.workers_model)):
            roles = self._column_roles.get(side, {})
            # a column already named by its role ("year_founded") reads as the role's words
            headings = role_words(str(c) for c in model.frame().columns)
            headings.update(column_headings(roles, model.variable_labels(), level,
                                            i18n.current_language(), role_words(roles)))
            # columns the app computes are named by their own labels ("Highest upgrading type")
            headings.update(role_words(model.derived_columns()))
            model.set_headings(headings)

    def _counts_text(self, n_firms: int, n_workers: int) -> tuple[str, str]:
        # Same digit grouping as the tables, so the counts read the same everywhere.
        firms = (self.tr("1 firm") if n_firms == 1
                 else self.tr("{count} firms").format(count=f"{n_firms:,}"))
        workers = (self.tr("1 worker") if n_workers == 1
                   else self.tr("{count} workers").format(count=f"{n_workers:,}"))
        return firms, workers

    def _summary_text(self, title: str, n_firms: int, n_workers: int) -> str:
        """The survey and its size; once a subset is chosen, also what the views show (the
        panel's core counts), so the status bar never reads as if the whole survey were shown."""
        firms, workers = self._counts_text(n_firms, n_workers)
        text = self.tr("{title} · {firms} · {workers}").format(
            title=title, firms=firms, workers=workers)
        masks = self.subset_panel.masks()
        if masks is not None and not self.subset_panel.subset().is_empty():
            firms, workers = self._counts_text(masks.n_firms, masks.n_workers)
            text += self.tr(" · in the subset: {firms}, {workers}").format(
                firms=firms, workers=workers)
        return text

    def _update_summary(self) -> None:
        if self._title:
            self._set_summary(self._summary_text(
                self._title, len(self.firms_model.frame()), len(self.workers_model.frame())))

    def _show_empty_state(self) -> None:
        self.setWindowTitle(self.tr("Upgrading Explorer"))
        self.summary_label.setText(
            self.tr("No survey open. Use File → Open… or drop a survey file on this window."))
        self.stack.setCurrentWidget(self.welcome)

    def set_show_value_labels(self, show: bool) -> None:
        """Labels ("Apparel") or codes (1) in both tables."""
        self.firms_model.set_show_value_labels(show)
        self.workers_model.set_show_value_labels(show)
        if self.action_value_labels.isChecked() != show:
            self.action_value_labels.setChecked(show)

    def _subset_changed(self, subset: Subset) -> None:
        """Tables follow the subset at once (masks from core, via the panel)."""
        masks = self.subset_panel.masks()
        firms, workers = self.analysis_frames()
        for panel, frame, mask in ((self.firms_panel, firms, masks and masks.firms),
                                   (self.workers_panel, workers, masks and masks.workers)):
            fits = mask is not None and frame is not None and \
                len(mask) == len(panel.model.frame())
            panel.set_subset_mask(mask if fits else None)
        self._update_summary()
        self.subsetChanged.emit(subset)

    # -- opening (OpenController) ------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """Ask for a file (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([
            self.tr("Surveys and projects (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt "
                    "*.dta *.sav *.zsav *.json)"),
            self.tr("All files (*)")])
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a survey"), self._last_dir,
                                              filters)
        return Path(name) if name else None

    def open_file(self) -> bool:
        """File → Open…: choose a file and start opening it. False if cancelled."""
        path = self.choose_file()
        return False if path is None else self.open_path(path)

    def open_sample(self) -> bool:
        """File → Open sample survey."""
        return False if self._sample_path is None else self.open_path(self._sample_path)

    def open_path(self, path: Path | str) -> bool:
        """Start opening ``path`` in the background (see OpenController.open_path)."""
        return self.open_controller.open_path(path)

    def open_project(self, project: Project) -> bool:
        """Open a Project object (a restored autosave) as a project file opens."""
        return self.open_controller.open_project(project)

    def is_loading(self) -> bool:
        return self.open_controller.is_loading()

    def cancel_load(self, quiet: bool = False) -> None:
        self.open_controller.cancel_load(quiet)

    def import_dialog(self):
        """The import review being shown, if any (tests drive it)."""
        return self.open_controller.import_dialog()

    def review_import_again(self) -> bool:
        """File → Review import again… (accepting is one Undo step)."""
        return self.open_controller.review_import_again()

    def choose_data_file(self, missing: MissingDataFile) -> Path | None:
        """Ask where a project's data file is now (tests patch this)."""
        return self.open_controller.ask_data_file(missing)

    def confirm_changed_files(self, check: ProjectCheck) -> bool:
        """A data file changed since the project was saved: continue? (tests patch this)."""
        return self.open_controller.ask_changed_files(check)

    def confirm_outside_files(self, check: ProjectCheck) -> bool:
        """The project reads unvouched data outside its folder: read it? (tests patch this)."""
        return self.open_controller.ask_outside_files(check)

    # -- the analysis (AnalysisController) and selection (SelectionController) ------------------

    def current_result(self) -> tuple[Any, Any]:
        """(result A, result B or None) shown in the views; (None, None) before the first."""
        return self.analysis_controller.result, self.analysis_controller.result_b

    def add_derived_columns(self, firms: pd.DataFrame | None,
                            workers: pd.DataFrame | None) -> None:
        self.analysis_controller.add_derived_columns(firms, workers)

    def refresh_views(self) -> None:
        """Give every view the latest analysis now (before exporting their charts)."""
        self.analysis_controller.refresh_views()

    def redraw_views(self) -> None:
        """Draw every view again (presentation mode changed the chart sizes)."""
        self.analysis_controller.redraw_views()

    def select_firms(self, ids: Any) -> int:
        """Select exactly these firms' rows in the firms table; returns how many."""
        return self.selection_controller.select_firms(ids)

    def selected_source_rows(self, panel: TablePanel) -> np.ndarray:
        """Frame row positions of the rows selected in a table."""
        return selected_source_rows(panel)

    # -- the session (SessionController) -----------------------------------------------------------

    @property
    def project(self) -> Project | None:
        """The open project, live from the session (read it; change it with commands)."""
        return self.session_controller.project()

    def is_modified(self) -> bool:
        return self.session_controller.is_modified()

    def project_path(self) -> Path | None:
        return self.session_controller.project_path()

    def current_project(self) -> Project | None:
        """A copy of the project as it would be saved now (reading changes nothing)."""
        return self.session_controller.snapshot()

    def autosave_snapshot(self) -> Project | None:
        return self.session_controller.autosave_snapshot()

    def set_autosave(self, controller) -> None:
        """Wire a gui.autosave.AutosaveController (see SessionController.set_autosave)."""
        self.session_controller.set_autosave(controller)

    def autosave(self):
        return self.session_controller.autosave()

    def choose_project_path(self) -> Path | None:
        """Ask where to save the project (tests patch this)."""
        return self.session_controller.choose_project_path()

    def save_project(self, ask: bool = False) -> Path | None:
        """File → Save project (Save project as… with ``ask``)."""
        return self.session_controller.save_project(ask)

    def current_rules(self) -> dict | None:
        """The rules the analysis uses (None = the default rules); saved with the project."""
        return self.session_controller.rules()

    def set_rules(self, rules: dict | None) -> None:
        """Use these rules (the rule editor's Apply / Reset): one Undo step."""
        self.session_controller.set_rules(rules)

    def project_settings(self) -> dict:
        """The project's settings (thresholds, workshop mode, ...)."""
        return self.session_controller.project_settings()

    def analysis_settings(self) -> dict:
        """The settings handed to run_analysis (window-only keys left out)."""
        return self.session_controller.analysis_settings()

    def set_project_settings(self, values: dict) -> None:
        """Merge ``values`` into the project's settings: one Undo step; the analysis follows."""
        self.session_controller.set_project_settings(values)

    def make_settings_dialog(self) -> SettingsDialog:
        """The Settings dialog filled with the project's settings (tests grab it)."""
        return self.session_controller.make_settings_dialog()

    def edit_settings(self) -> bool:
        """File → Project settings…; True when the user pressed OK."""
        return self.session_controller.edit_settings()

    def workshop_mode(self) -> bool:
        return self.session_controller.workshop_mode()

    def set_workshop_mode(self, on: bool) -> None:
        """Hide individual firms (an Undo step; saved in the project's settings)."""
        self.session_controller.set_workshop_mode(on)

    def apply_workshop(self) -> None:
        """Show the session's workshop mode (no Firms tab, firm list, firm ids or selection)."""
        self.session_controller.show_workshop()

    def firm_id_columns(self) -> set[str]:
        """Columns holding firm ids in the tables: the canonical name and the survey's own."""
        return self.session_controller.firm_id_columns()

    # -- exports (ExportController) ----------------------------------------------------------------

    def export_table(self, panel: TablePanel | None) -> Path | None:
        """Export the rows shown (in workshop mode: never the firms table, never firm ids)."""
        return self.export_controller.export_table(panel)

    def choose_results_path(self) -> Path | None:
        """Ask where to save the results workbook (tests patch this)."""
        return self.export_controller.choose_results_path()

    def choose_script_path(self) -> Path | None:
        """Ask where to save the analysis script (tests patch this)."""
        return self.export_controller.choose_script_path()

    def export_results(self) -> Path | None:
        """File → Export results workbook… (written once the views are up to date)."""
        return self.export_controller.export_results()

    def export_script(self) -> Path | None:
        """File → Export analysis as Python script…: reproduces the shown numbers headless."""
        return self.export_controller.export_script()

    def choose_report_path(self) -> Path | None:
        """Ask where to save the report (tests patch this)."""
        return self.export_controller.choose_report_path()

    def export_report(self) -> Path | None:
        """File → Export report…: the findings with charts and tables, as a Word document."""
        return self.export_controller.export_report()

    # -- errors, drag and drop -------------------------------------------------------------------

    def show_error(self, title: str, text: str, informative: str = "", details: str = "",
                   log_file: Path | None = None) -> None:
        """A plain-words message; the traceback (if any) sits behind Show Details…."""
        box = make_error_box(self, title, text, informative, details, log_file)
        self.last_error_box = box
        box.exec()

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        return next((Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()), None)

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
        QTimer.singleShot(0, self, lambda: self.open_path(path))

    # -- language and presentation ---------------------------------------------------------------

    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` at once, without a restart, and remember it. The
        open survey, session (subset, rules, ...), undo history and the tab shown stay."""
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
        """Every text of the window again, in the language gui.i18n has installed: the menus,
        the welcome page and the analysis views are built again (and handed the current
        analysis at once, with their choices); the rest sets its texts again."""
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
        self.firms_panel.retranslate(self.tr("Firms table"), self.tr("firms"))
        self.workers_panel.retranslate(self.tr("Workers table"), self.tr("workers"))
        self.analysis_controller.rebuild_views()
        self.findings_view.retranslate()
        for index, title in enumerate(self._tab_titles()):
            if index < self.tabs.count():
                self.tabs.setTabText(index, title)
        self.subset_panel.retranslate()
        self._apply_headings()
        self._rebuild_welcome()
        self._status_texts()
        if self._title:
            self._update_summary()
            self.update_title()
        else:
            self._show_empty_state()
        self.update_actions()
        self.open_controller.refresh_recent()
        self.apply_workshop()
        if presenting:
            presentation.set_presentation(self, True)
            self.action_presentation.setChecked(True)

    def _new_welcome(self) -> WelcomePage:
        welcome = WelcomePage(self)
        welcome.openRequested.connect(self.open_file)
        welcome.sampleRequested.connect(self.open_sample)
        welcome.recentRequested.connect(self.open_path)
        return welcome

    def _rebuild_welcome(self) -> None:
        old = self.welcome
        shown = self.stack.currentWidget() is old
        self.welcome = self._new_welcome()
        self.stack.insertWidget(0, self.welcome)
        self.stack.removeWidget(old)
        old.deleteLater()
        if shown:
            self.stack.setCurrentWidget(self.welcome)

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
        """Stop background work (waits for the worker thread) and remember the window."""
        self.analysis_controller.timer.stop()
        self.selection_controller.timer.stop()
        isolation.cancel()  # a parse in the reader process would hold the worker thread
        self.executor.shutdown()
        autosave = self.autosave()
        if autosave is not None:  # unsaved work is kept and offered at the next start
            autosave.stop_at_exit()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
