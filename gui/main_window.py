"""The main window: the firm and worker tables of one survey, opened from a file or the sample.

It only turns gestures into calls: opening goes through an injected ``loader`` (wired to ``core`` by
main.py), so the window can be tested with any callable and never reads files itself.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from gui.loaded_survey import LoadedSurvey, Loader
from gui.table_model import DataFrameTableModel

__all__ = ["LoadedSurvey", "Loader", "MainWindow"]

log = logging.getLogger(__name__)

_MIN_COLUMN_WIDTH = 56
_MAX_COLUMN_WIDTH = 320
_SIZE_HINT_ROWS = 200
"""Rows sampled to size columns: enough for a fair width, cheap on a 1M-row table."""


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
    """Firms and Workers tabs, a File menu, drag-and-drop opening, and a one-line survey summary."""

    surveyShown = Signal(str)
    """Emitted with the title after a survey is shown (other views and tests listen to it)."""

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
        self._last_dir = ""
        self.setAcceptDrops(True)

        self.firms_model = DataFrameTableModel(parent=self)
        self.workers_model = DataFrameTableModel(parent=self)
        self.firms_table = self._make_table("firmsTable", self.tr("Firms table"), self.firms_model)
        self.workers_table = self._make_table(
            "workersTable", self.tr("Workers table"), self.workers_model
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("surveyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.firms_table, self.tr("Firms"))
        self.tabs.addTab(self.workers_table, self.tr("Workers"))
        self.setCentralWidget(self.tabs)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("surveySummary")
        self.summary_label.setAccessibleName(self.tr("Survey summary"))
        self.statusBar().addWidget(self.summary_label, 1)

        self._make_menus()
        self._update_actions()
        self._show_empty_state()
        self._resize_to_screen()

    # -- construction ------------------------------------------------------------------------------

    def _make_table(self, name: str, accessible: str, model: DataFrameTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(_SIZE_HINT_ROWS)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorClearable(True)  # a third click returns to the file's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # open in file order, unsorted
        view.setSortingEnabled(True)
        rows = view.verticalHeader()
        # Fixed row heights: Qt never measures 1M rows, and scrolling stays instant.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return view

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
        self.action_open.setEnabled(self._loader is not None)
        self.action_open_sample.setEnabled(
            self._loader is not None and self._sample_path is not None
        )

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
    ) -> None:
        """Replace what both tables show. ``variable_labels`` as in LoadedSurvey."""
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
        for view in (self.firms_table, self.workers_table):
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._fit_columns(view)
            view.scrollToTop()
        self._title = title
        self.setWindowTitle(self.tr("Upgrading Explorer — {title}").format(title=title))
        self.summary_label.setText(self._summary_text(title, len(firms), len(workers)))
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
        )

    def survey_title(self) -> str:
        return self._title

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

    def _fit_columns(self, view: QTableView) -> None:
        """Size columns to header and sampled contents, within bounds so one long text column
        cannot push the others off a projector screen."""
        view.resizeColumnsToContents()
        model = view.model()
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Room for the header text plus the sort arrow, which Qt's size hint leaves out.
            title_width = metrics.horizontalAdvance(title) + 34
            width = max(view.columnWidth(column) + 12, title_width, _MIN_COLUMN_WIDTH)
            view.setColumnWidth(column, min(width, _MAX_COLUMN_WIDTH))

    def set_show_value_labels(self, show: bool) -> None:
        """Labels ("Apparel") or codes (1) in both tables."""
        self.firms_model.set_show_value_labels(show)
        self.workers_model.set_show_value_labels(show)
        if self.action_value_labels.isChecked() != show:
            self.action_value_labels.setChecked(show)

    # -- opening files ----------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """Ask for a file (tests patch this instead of driving the native dialog)."""
        filters = ";;".join([
            self.tr("Surveys and projects (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.dta "
                    "*.sav *.zsav *.json)"),
            self.tr("All files (*)"),
        ])
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a survey"), self._last_dir, filters
        )
        return Path(name) if name else None

    def open_file(self) -> bool:
        """File → Open…: choose a file and open it. False if cancelled or it failed."""
        path = self.choose_file()
        if path is None:
            return False
        return self.open_path(path)

    def open_sample(self) -> bool:
        """File → Open sample survey."""
        if self._sample_path is None:
            return False
        return self.open_path(self._sample_path)

    def open_path(self, path: Path | str) -> bool:
        """Load through the injected loader and show the result. On failure the previous survey
        stays open and the user sees what went wrong; returns whether it opened."""
        path = Path(path)
        if self._loader is None:
            self.show_error(
                self.tr("Opening files is not available"),
                self.tr("This window was started without a file reader."),
                self.tr("Start Upgrading Explorer with “python main.py”."),
            )
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            survey = self._loader(path)
        except Exception as error:
            QApplication.restoreOverrideCursor()
            self._report_open_error(path, error)
            return False
        try:
            self.show_loaded(survey)
        except Exception as error:  # a malformed LoadedSurvey is a bug, but say so in plain words
            QApplication.restoreOverrideCursor()
            self._report_open_error(path, error)
            return False
        QApplication.restoreOverrideCursor()
        self._last_dir = str(path.parent)
        return True

    def _report_open_error(self, path: Path, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        message = getattr(error, "message", None)
        if isinstance(message, str) and message.strip():
            # An expected refusal (damaged file, wrong format): no console noise, details kept.
            log.info("Could not open %s\n%s", path, details)
            text, informative = message.strip(), ""
        else:
            log.error("Could not open %s\n%s", path, details)
            text = self.tr("Upgrading Explorer could not open “{name}”.").format(name=path.name)
            informative = self.tr(
                "This is probably a problem in Upgrading Explorer, not in your file. Your previous "
                "survey is still open. Please send the details below to the team."
            )
        self.show_error(self.tr("Could not open the file"), text, informative, details)

    def show_error(self, title: str, text: str, informative: str = "", details: str = "") -> None:
        """A plain-words message; the traceback (if any) sits behind Show Details…."""
        box = QMessageBox(self)
        box.setObjectName("errorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
