"""The import review (``importDialog``): check how a new survey file was read, fix it, accept once.

First the questions the proposal could not decide (``importQuestions``: one row each, the answers
best first with their evidence, the one used now marked; choosing one answers it), then everything
that was assumed or changed (``importInferred``: inferences, merges, dropped or split rows,
reshapes, units, each with its sheet/row/column; clicking one shows it in the preview). Below them:
the sheets and what each one is (firms / workers / codebook / other, changeable), each sheet's
header row (changeable: the sheet is read again and the preview follows), a preview of the rows, the
role proposed for every column with its confidence (changeable from a searchable list of roles with
plain-language descriptions), the missing codes per column, how spellings of categories are read,
and the validation report, where clicking a finding shows its row in the preview.

Every change is one call into :mod:`core.model.study_edit`, which returns the rebuilt survey; the dialog
only shows it. ``accepted_survey()`` is the core LoadedSurvey to open.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.common.findings import Finding
from core.common.messages import in_language
from core.model import study_edit
from core.model.loading import LoadedSurvey
from core.model.questions import Question
from core.model.roles import role, roles_for
from core.model.study import LEVEL_OF_SIDE
from gui.i18n import current_language
from gui.table_model import DataFrameTableModel

log = logging.getLogger(__name__)

_SIDE_ROLE = Qt.ItemDataRole.UserRole.value + 1
_CONF_LOW = 0.6


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def kind_titles() -> dict[str, str]:
    return {"firms": _tr("Firms (one row per firm)"),
            "workers": _tr("Workers (one row per worker)"),
            "codebook": _tr("Codebook (labels)"),
            "other": _tr("Not used")}


def role_title(name: str | None) -> str:
    return name or _tr("(no role)")


def question_text(question) -> str:
    """The question in the interface's language: core words it in English; the two shapes it
    asks in (the firm link, a column for a role) are translated here, with the role's own
    Vietnamese description where the interface is Vietnamese."""
    if question.role == "firm_id" and question.side == "workers":
        return _tr("Which column links workers to their firm?")
    if question.role == "firm_id":
        return _tr("Which column identifies the firm?")
    try:
        r = role(LEVEL_OF_SIDE[question.side], question.role)
    except KeyError:
        return question.text
    if question.candidates and question.candidates[0].value is not None:
        return question.text  # a value question (a pay period): core's words
    description = r.description_vi if current_language() == "vi" else r.description
    return _tr("Which column holds “%1”?").replace("%1", description)


def question_widget_name(question_id: str) -> str:
    """The objectName of a question's answer box: ``questionChoice_workers_firm_id``."""
    return "questionChoice_" + question_id.replace(".", "_")


def questions_title(n: int) -> str:
    return (_tr("1 question needs your answer") if n == 1
            else _tr("{n} questions need your answer").format(n=n))


def said(text: str) -> str:
    """Core's sentence (a finding, a question's reason, an answer's evidence) in the interface
    language; English where core's catalogue has none."""
    return in_language(text, current_language())


def candidate_text(question: Question, index: int | None, current: bool) -> str:
    """One answer of a question's box: "ID — 96 % of 240 worker rows match a firm", the one the
    survey uses now marked "Assumed now:"; ``index`` None is "None of these"."""
    if index is None:
        text = _tr("None of these")
    else:
        c = question.candidates[index]
        shown = c.value if c.value is not None else c.column
        label = str(shown) if shown is not None else _tr("None of these")
        text = f"{label} — {said(c.evidence)}" if c.evidence else label
    return _tr("Assumed now: {choice}").format(choice=text) if current else text


class RolePicker(QDialog):
    """A searchable list of roles with plain-language descriptions (English and Vietnamese)."""

    def __init__(self, level: str, column: str, current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePicker")
        self.setWindowTitle(self.tr("Role of column “{column}”").format(column=column))
        self.search = QLineEdit(self)
        self.search.setObjectName("rolePickerSearch")
        self.search.setPlaceholderText(self.tr("Type to search roles (English or Tiếng Việt)…"))
        self.search.setAccessibleName(self.tr("Search roles"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("rolePickerList")
        self.list.setAccessibleName(self.tr("Roles"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        none = QListWidgetItem(self.tr("(no role) — the column is kept for browsing only"))
        none.setData(_SIDE_ROLE, "")
        self.list.addItem(none)
        for r in roles_for(level):  # type: ignore[arg-type]
            item = QListWidgetItem(f"{r.name} — {r.description}")
            item.setData(_SIDE_ROLE, r.name)
            item.setToolTip(r.description_vi)
            words = " ".join((r.name, r.name.replace("_", " "), r.description,
                              r.description_vi, *r.keywords))
            item.setData(Qt.ItemDataRole.UserRole.value + 3, words.casefold())
            self.list.addItem(item)
            if r.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.hint = QLabel(self)
        self.hint.setObjectName("rolePickerHint")
        self.hint.setWordWrap(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_first_visible)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this role"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.data(_SIDE_ROLE):
                continue  # "(no role)" is always there
            hay = item.data(Qt.ItemDataRole.UserRole.value + 3) or item.text().casefold()
            hidden = bool(needle) and needle not in hay
            item.setHidden(hidden)
            if not hidden:
                shown += 1
                if first is None:
                    first = item
        self.hint.setText("" if shown or not needle else self.tr(
            "No role matches “{text}”. Try another word, or choose “(no role)”.").format(
                text=text.strip()))
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def _accept_first_visible(self) -> None:
        if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            self.accept()

    def chosen_role(self) -> str | None:
        item = self.list.currentItem()
        return (item.data(_SIDE_ROLE) or None) if item is not None else None


class ImportDialog(QDialog):
    """Review a newly opened survey; ``accepted_survey()`` after Accept."""

    surveyChanged = Signal()
    """Emitted after every rebuild (tests wait on it)."""

    def __init__(self, loaded: LoadedSurvey, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAccessibleName(self.tr("Import review"))
        self.setWindowTitle(self.tr("Check how “{name}” was read").format(name=Path(path).name))
        self.setModal(True)
        self._loaded = loaded
        self._path = Path(path)
        self._filling = False
        self._preview_table: str | None = None
        self.picker: RolePicker | None = None

        intro = QLabel(self.tr(
            "Upgrading Explorer has read <b>{name}</b>. Check what each sheet is and what each "
            "column means; change anything that is wrong, then press <b>Accept</b>. Your choices "
            "are remembered for this file.").format(name=self._path.name), self)
        intro.setWordWrap(True)
        intro.setObjectName("importIntro")

        # -- questions first -------------------------------------------------------------------
        self.questions_box = QGroupBox(self)
        self.questions_box.setObjectName("importQuestions")
        self.questions_box.setAccessibleName(self.tr("Questions the import could not decide"))
        title_font = self.questions_box.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.questions_box.setFont(title_font)  # the title; the rows get the dialog's font
        self.questions_box.setStyleSheet(
            "QGroupBox#importQuestions { background: #fff8e1; border: 1px solid #d9a400;"
            " border-radius: 4px; margin-top: 1.5em; }"
            "QGroupBox#importQuestions::title { subcontrol-origin: margin; left: 8px;"
            " padding: 0 4px; }")
        self.questions_scroll = QScrollArea(self.questions_box)
        self.questions_scroll.setObjectName("importQuestionsScroll")
        self.questions_scroll.setWidgetResizable(True)
        self.questions_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.questions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        qv = QVBoxLayout(self.questions_box)
        qv.setContentsMargins(6, 4, 6, 4)
        self.questions_hint = QLabel(self.tr(
            "The file does not decide these. The best guess is used now; choose another answer "
            "if it is wrong, or press “This is right”."), self.questions_box)
        self.questions_hint.setWordWrap(True)
        self.questions_hint.setFont(self.font())
        qv.addWidget(self.questions_hint)
        qv.addWidget(self.questions_scroll)
        self._question_boxes: dict[str, QComboBox] = {}
        self._question_ids: list[str] = []

        # -- what was assumed or changed ---------------------------------------------------------
        self.inferred_box = QGroupBox(self)
        self.inferred_box.setObjectName("importInferred")
        self.inferred_box.setAccessibleName(self.tr("What was assumed or changed"))
        self.inferred = QTableWidget(0, 4, self.inferred_box)
        self.inferred.setObjectName("importInferredList")
        self.inferred.setAccessibleName(self.tr("What was assumed or changed"))
        self.inferred.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"),
                                                 self.tr("Column"), self.tr("What was done")])
        self.inferred.verticalHeader().setVisible(False)
        self.inferred.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inferred.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inferred.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inferred.setWordWrap(False)
        self.inferred.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.inferred.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        ih = self.inferred.horizontalHeader()
        for c in (0, 1, 2):
            ih.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.inferred.cellClicked.connect(lambda r, _c: self.show_inferred(r))
        self.inferred.cellActivated.connect(lambda r, _c: self.show_inferred(r))
        iv = QVBoxLayout(self.inferred_box)
        iv.setContentsMargins(6, 4, 6, 4)
        iv.addWidget(self.inferred)

        # -- sheets ------------------------------------------------------------------------------
        self.sheets = QTableWidget(0, 5, self)
        self.sheets.setObjectName("importSheets")
        self.sheets.setAccessibleName(self.tr("Sheets in the file"))
        self.sheets.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("What it is"),
                                               self.tr("Header row"), self.tr("Rows"),
                                               self.tr("Columns")])
        self.sheets.verticalHeader().setVisible(False)
        self.sheets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sh = self.sheets.horizontalHeader()
        sh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3, 4):
            sh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.sheets.currentCellChanged.connect(lambda r, *_: self._sheet_selected(r))
        self._kind_boxes: dict[str, QComboBox] = {}
        self._header_boxes: dict[str, QSpinBox] = {}
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)
        self._header_timer.timeout.connect(self._apply_header_rows)

        # -- preview -----------------------------------------------------------------------------
        self.preview_model = DataFrameTableModel(parent=self)
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("Preview of the sheet"))
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("importPreviewLabel")
        preview_box = QWidget(self)
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.preview_label)
        pv.addWidget(self.preview, 1)

        # -- columns and roles ---------------------------------------------------------------------
        self.side_box = QComboBox(self)
        self.side_box.setObjectName("importSide")
        self.side_box.setAccessibleName(self.tr("Which table's columns"))
        self.side_box.addItem(self.tr("Firm table"), "firms")
        self.side_box.addItem(self.tr("Worker table"), "workers")
        self.side_box.currentIndexChanged.connect(lambda _i: self._fill_columns())
        self.columns = QTableWidget(0, 5, self)
        self.columns.setObjectName("importColumns")
        self.columns.setAccessibleName(self.tr("Columns and their roles"))
        self.columns.setHorizontalHeaderLabels([
            self.tr("Column"), self.tr("Role"), self.tr("How sure"), self.tr("Missing codes"),
            self.tr("Question and examples")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        ch = self.columns.horizontalHeader()
        for c in (0, 1, 2, 3):
            ch.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.columns.itemChanged.connect(self._column_item_changed)
        self.columns.cellDoubleClicked.connect(
            lambda r, c: self.open_role_picker(r) if c in (1, 2) else None)
        self.change_role = QPushButton(self.tr("Change role…"), self)
        self.change_role.setObjectName("importChangeRole")
        self.change_role.setToolTip(self.tr("Choose what the selected column means (F2 on a "
                                            "missing-codes cell edits the codes)"))
        self.change_role.clicked.connect(lambda: self.open_role_picker(self.columns.currentRow()))
        self.roles_note = QLabel(self)
        self.roles_note.setObjectName("importRolesNote")
        self.roles_note.setWordWrap(True)
        columns_box = QWidget(self)
        cv = QVBoxLayout(columns_box)
        cv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Columns of:"), self))
        top.addWidget(self.side_box)
        top.addWidget(self.change_role)
        top.addStretch(1)
        cv.addLayout(top)
        cv.addWidget(self.roles_note)
        cv.addWidget(self.columns, 1)

        # -- spellings -----------------------------------------------------------------------------
        self.merges = QListWidget(self)
        self.merges.setObjectName("importMerges")
        self.merges.setAccessibleName(self.tr("Spellings read as one value"))
        self.merges.setWordWrap(True)
        self.value_column = QComboBox(self)
        self.value_column.setObjectName("importValueColumn")
        self.value_column.setAccessibleName(self.tr("Category column"))
        self.value_column.currentIndexChanged.connect(lambda _i: self._fill_values())
        self.values = QTableWidget(0, 3, self)
        self.values.setObjectName("importValues")
        self.values.setAccessibleName(self.tr("Answers and how they are read"))
        self.values.setHorizontalHeaderLabels([self.tr("Answer in the file"), self.tr("Count"),
                                               self.tr("Read as (edit to merge)")])
        self.values.verticalHeader().setVisible(False)
        vh = self.values.horizontalHeader()
        vh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        vh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        vh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.values.itemChanged.connect(self._value_item_changed)
        spell_box = QWidget(self)
        sv = QVBoxLayout(spell_box)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("Spellings the app read as one value:"), self))
        sv.addWidget(self.merges, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Answers of the category column:"), self))
        row.addWidget(self.value_column, 1)
        sv.addLayout(row)
        sv.addWidget(self.values, 2)

        # -- problems ------------------------------------------------------------------------------
        self.problems = QTableWidget(0, 4, self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems found in the data"))
        self.problems.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Sheet"),
                                                 self.tr("Row"), self.tr("What was found")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(False)
        self.problems.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.problems.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ph = self.problems.horizontalHeader()
        for c in (0, 1, 2):
            ph.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        ph.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.cellClicked.connect(lambda r, _c: self.show_finding(r))
        self.problems.cellActivated.connect(lambda r, _c: self.show_finding(r))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.addTab(columns_box, self.tr("Columns and roles"))
        self.tabs.addTab(preview_box, self.tr("Preview"))
        self.tabs.addTab(spell_box, self.tr("Spellings"))
        self.tabs.addTab(self.problems, self.tr("Problems"))

        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(self.tr("Accept"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("importAccept")
        self.accept_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel opening"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("importCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.inferred_box)
        splitter.addWidget(self.sheets)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 0)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.questions_box)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._splitter = splitter
        # lists scroll rather than push the dialog past a 1024×768 projector with a large font
        short = self.fontMetrics().height() * 2 + 16
        for view in (self.inferred, self.sheets, self.columns, self.merges, self.values,
                     self.problems, self.preview):
            view.setMinimumHeight(short)

        QShortcut(QKeySequence(self.tr("Ctrl+R")), self,
                  activated=lambda: self.open_role_picker(self.columns.currentRow()))
        self.setTabOrder(self.inferred, self.sheets)
        self.setTabOrder(self.sheets, self.tabs)
        self.setTabOrder(self.tabs, self.side_box)
        self.setTabOrder(self.side_box, self.change_role)
        self.setTabOrder(self.change_role, self.columns)
        self.setTabOrder(self.columns, self.accept_button)
        self.setTabOrder(self.accept_button, self.cancel_button)

        self._refresh_all()
        self._fit_to_screen()
        first = self._first_side()
        self.side_box.setCurrentIndex(0 if first == "firms" else 1)

    def sizeHint(self) -> QSize:
        return QSize(1180, 760)

    def _fit_to_screen(self) -> None:
        width, height = 1180, 760
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)
        self._size_panes()

    def _size_panes(self) -> None:
        """The changes list gets a few rows, the sheets one row each (up to 5), the tabs the
        rest; the questions above them the room they need (see _fit_questions)."""
        self._fit_questions()
        height = max(self.height(), 300)
        row_h = self.fontMetrics().height() + 14
        n = max(1, len(study_edit.tables_of(self._loaded)))
        n_changes = max(1, self.inferred.rowCount())
        changes = (min(3, n_changes) + 1) * (self.fontMetrics().height() + 8) + row_h + 8
        self._splitter.setSizes([changes, min(5, n) * row_h + row_h + 8, height])

    def _fit_questions(self) -> None:
        """Every question shown without scrolling while they take under ~40 % of the height
        (a projector's large font included); beyond that the panel scrolls, never clips."""
        inner = self.questions_scroll.widget()
        if inner is None or not self._question_ids:
            return
        layout = inner.layout()
        # the width left if a scroll bar shows: enough height for that makes it unneeded
        width = (self.questions_scroll.width()
                 - self.questions_scroll.verticalScrollBar().sizeHint().width() - 2)
        if layout is not None and layout.hasHeightForWidth() and width > 100:
            need = layout.totalHeightForWidth(width) + 4
        else:
            need = inner.sizeHint().height() + 4
        cap = int(max(self.height(), 300) * 0.4)
        self.questions_scroll.setFixedHeight(max(self.fontMetrics().height() * 3,
                                                 min(need, cap)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_splitter"):
            self._fit_questions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):  # panes for the size it opens at
            self._shown_once = True
            QTimer.singleShot(0, self, self._size_panes)
        QTimer.singleShot(0, self, self._fit_questions)  # once the real widths are known

    # -- state -------------------------------------------------------------------------------------
    def loaded(self) -> LoadedSurvey:
        return self._loaded

    def accepted_survey(self) -> LoadedSurvey:
        return self._loaded

    def _first_side(self) -> str:
        return "firms" if self._loaded.survey.raw.get("firms") is not None else "workers"

    def _apply(self, edit: Callable[[], LoadedSurvey]) -> bool:
        """Run one core edit; on a refusal, say so in the status line and keep the old state."""
        try:
            new = edit()
        except Exception as error:  # a plain message for UserFacingError, else the type
            message = getattr(error, "message", None) or self.tr(
                "That change could not be made ({error}).").format(error=type(error).__name__)
            log.info("Import review edit refused", exc_info=True)
            self.status.setText(str(message))
            self._refresh_all()
            return False
        self._loaded = new
        self.status.setText("")
        self._refresh_all()
        return True

    def _refresh_all(self) -> None:
        self._fill_questions()
        self._fill_inferred()
        self._fill_sheets()
        self._fill_columns()
        self._fill_merges()
        self._fill_value_columns()
        self._fill_problems()
        if self._preview_table is None:
            tables = study_edit.tables_of(self._loaded)
            side = self._loaded.survey.raw.get(self._first_side())
            self._preview_table = side.name if side is not None else (
                tables[0].name if tables else None)
        self._show_preview(self._preview_table)
        self.surveyChanged.emit()

    # -- questions ---------------------------------------------------------------------------------
    def _fill_questions(self) -> None:
        """One row per open question: the question, why it is asked, the answers best first
        (the one used now marked), and "This is right" to keep the one used now."""
        study = self._loaded.study
        questions = list(study.questions)
        self._question_boxes.clear()
        self._question_ids = [q.id for q in questions]
        old = self.questions_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.questions_box.setTitle(questions_title(len(questions)))
        self.questions_box.setVisible(bool(questions))
        if not questions:
            return
        inner = QWidget()
        inner.setObjectName("importQuestionsList")
        inner.setFont(self.font())
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, q in enumerate(questions):
            name = q.id.replace(".", "_")
            text = QLabel(inner)
            text.setObjectName(f"questionText_{name}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setText(f"<b>{html.escape(question_text(q))}</b>"
                         + (f"<br>{html.escape(said(q.why))}" if q.why else ""))
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            # a wrapped label's own minimum assumes a narrow column; the grid's height for the
            # real width (heightForWidth) is what the row needs
            text.setMinimumHeight(self.fontMetrics().height())
            box = QComboBox(inner)
            box.setObjectName(question_widget_name(q.id))
            box.setAccessibleName(question_text(q))
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            current = study_edit.current_answer(study, q)
            choices: list[int | None] = list(range(len(q.candidates)))
            if not any(c.column is None and c.value is None for c in q.candidates):
                choices.append(None)
            for choice in choices:
                box.addItem(candidate_text(q, choice, choice == current), choice)
            box.setCurrentIndex(choices.index(current) if current in choices
                                else len(choices) - 1)
            box.setToolTip(box.currentText())
            width = box.view().sizeHintForColumn(0) + 24
            box.view().setMinimumWidth(min(width, 900))
            box.currentIndexChanged.connect(
                lambda _i, qid=q.id, b=box: QTimer.singleShot(
                    0, self, lambda: self._choice_made(qid, b.currentData())))
            keep = QPushButton(self.tr("This is right"), inner)
            keep.setObjectName(f"questionConfirm_{name}")
            keep.setToolTip(self.tr("Keep the answer shown and close this question"))
            keep.clicked.connect(lambda _c=False, qid=q.id, b=box: QTimer.singleShot(
                0, self, lambda: self._choice_made(qid, b.currentData(), force=True)))
            grid.addWidget(text, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(keep, row, 2)
            self._question_boxes[q.id] = box
        grid.setRowStretch(len(questions), 1)  # spare height below the rows, not between
        self.questions_scroll.setWidget(inner)
        self._fit_questions()

    def question_box(self, question_id: str) -> QComboBox | None:
        """The answer box of an open question (None once it is answered)."""
        return self._question_boxes.get(question_id)

    def question_ids(self) -> list[str]:
        return list(self._question_ids)

    def _choice_made(self, question_id: str, choice: int | None, force: bool = False) -> None:
        if self._filling or question_id not in self._question_ids:
            return
        question = study_edit.question_named(self._loaded.study, question_id)
        if not force and choice == study_edit.current_answer(self._loaded.study, question):
            return
        if choice is None:
            self.answer_question(question_id, None)
            return
        c = question.candidates[int(choice)]
        if c.value is not None:
            self.answer_question(question_id, None, str(c.value))
        else:
            self.answer_question(question_id, c.column)

    def answer_question(self, question_id: str, column: str | None,
                        value: str | None = None) -> bool:
        """Answer one question (a column, a value, or neither for "None of these"); the column
        list then shows that side, so the role just set is in view."""
        try:
            side = study_edit.question_named(self._loaded.study, question_id).side
        except KeyError:
            return False
        ok = self._apply(lambda: study_edit.answer_question(self._loaded, question_id, column,
                                                            value))
        if ok:
            self.side_box.setCurrentIndex(0 if side == "firms" else 1)
        return ok

    # -- what was assumed or changed ---------------------------------------------------------------
    def _fill_inferred(self) -> None:
        changes = study_edit.inferred_changes(self._loaded)
        self.inferred_box.setTitle(self.tr("What was assumed or changed ({n})").format(
            n=len(changes)))
        self.inferred.setRowCount(max(1, len(changes)))
        if not changes:
            empty = QTableWidgetItem(self.tr(
                "Nothing was assumed or changed: every answer is read as the file writes it."))
            self.inferred.setItem(0, 3, empty)
            for col in (0, 1, 2):
                self.inferred.setItem(0, col, QTableWidgetItem(""))
            return
        for row, finding in enumerate(changes):
            sheet = QTableWidgetItem(finding.table)
            sheet.setData(_SIDE_ROLE, finding)
            message = said(finding.message)
            cells = (sheet, QTableWidgetItem("" if finding.row is None else str(finding.row)),
                     QTableWidgetItem(finding.column or ""), QTableWidgetItem(message))
            tip = message
            if finding.row is not None or finding.column:
                tip = self.tr("{message}\n\nClick to see it in the preview.").format(
                    message=message)
            cells[3].setToolTip(tip)
            if finding.severity == "warning":
                cells[3].setBackground(QBrush(QColor("#fff1c7")))
            for col, item in enumerate(cells):
                self.inferred.setItem(row, col, item)

    def inferred_texts(self) -> list[str]:
        """Each line of "What was assumed or changed" as "sheet · row · column: what"."""
        out = []
        for r in range(self.inferred.rowCount()):
            parts = [self.inferred.item(r, c).text() if self.inferred.item(r, c) else ""
                     for c in range(4)]
            where = " · ".join(p for p in parts[:3] if p)
            out.append(f"{where}: {parts[3]}" if where else parts[3])
        return out

    def show_inferred(self, row: int) -> bool:
        """Show a change's row (and column) in the preview; False when it has none."""
        item = self.inferred.item(row, 0)
        finding = item.data(_SIDE_ROLE) if item is not None else None
        return self._show_finding(finding) if finding is not None else False

    # -- sheets ------------------------------------------------------------------------------------
    def _fill_sheets(self) -> None:
        tables = study_edit.tables_of(self._loaded)
        self._filling = True
        self.sheets.setRowCount(len(tables))
        titles = kind_titles()
        self._kind_boxes.clear()
        self._header_boxes.clear()
        for row, table in enumerate(tables):
            name = QTableWidgetItem(table.name)
            self.sheets.setItem(row, 0, name)
            kind = self._loaded.kinds.get(table.name, "other")
            box = QComboBox(self.sheets)
            box.setObjectName(f"kind_{table.name}")
            box.setAccessibleName(self.tr("What sheet {name} is").format(name=table.name))
            for key in study_edit.KINDS:
                box.addItem(titles[key], key)
            box.setCurrentIndex(study_edit.KINDS.index(kind))
            box.currentIndexChanged.connect(
                lambda _i, n=table.name, b=box: self.set_kind(n, b.currentData()))
            self.sheets.setCellWidget(row, 1, box)
            self._kind_boxes[table.name] = box
            source = study_edit.source_of(self._loaded, table.name)
            if source.kind in ("xlsx", "xlsm", "xlsb", "xls", "ods") and table.header_row:
                spin = QSpinBox(self.sheets)
                spin.setObjectName(f"header_{table.name}")
                spin.setAccessibleName(self.tr("Header row of {name}").format(name=table.name))
                spin.setRange(1, 10_000)
                spin.setValue(int(table.header_row))
                spin.setToolTip(self.tr("The row (as Excel numbers it) that holds the column names"))
                spin.valueChanged.connect(lambda _v: self._header_timer.start())
                self.sheets.setCellWidget(row, 2, spin)
                self._header_boxes[table.name] = spin
            else:
                self.sheets.setItem(row, 2, QTableWidgetItem(self.tr("—")))
            for col, value in ((3, table.n_rows), (4, table.n_columns)):
                item = QTableWidgetItem(f"{value:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.sheets.setItem(row, col, item)
            if table.name == self._preview_table:
                self.sheets.setCurrentCell(row, 0)
        self.sheets.resizeRowsToContents()
        self._filling = False

    def _sheet_selected(self, row: int) -> None:
        if self._filling or row < 0:
            return
        item = self.sheets.item(row, 0)
        if item is not None:
            self._show_preview(item.text())

    def set_kind(self, sheet: str, kind: str) -> bool:
        """Say what a sheet is (firms / workers / codebook / other)."""
        if self._filling:
            return False
        ok = self._apply(lambda: study_edit.set_table_kind(self._loaded, sheet, kind))
        if ok and kind in ("firms", "workers"):
            self.side_box.setCurrentIndex(0 if kind == "firms" else 1)
        return ok

    def set_header_row(self, sheet: str, header_row: int) -> bool:
        """Read the sheet again with its column names in this (1-based) row."""
        self._preview_table = sheet
        return self._apply(lambda: study_edit.set_header_row(self._loaded, sheet, header_row))

    def _apply_header_rows(self) -> None:
        for sheet, spin in list(self._header_boxes.items()):
            table = study_edit.table_named(self._loaded, sheet)
            if spin.value() != table.header_row:
                self.set_header_row(sheet, spin.value())
                return

    # -- preview -----------------------------------------------------------------------------------
    def _show_preview(self, sheet: str | None) -> None:
        if sheet is None:
            self.preview_model.set_frame(pd.DataFrame())
            return
        try:
            table = study_edit.table_named(self._loaded, sheet)
        except KeyError:
            return
        if sheet != self._preview_table or self.preview_model.frame() is not table.data:
            self.preview_model.set_frame(table.data, value_labels=table.value_labels,
                                         variable_labels=table.variable_labels)
            self.preview_model.set_row_labels(study_edit.sheet_rows(table))
            self.preview.resizeColumnsToContents()
            for c in range(self.preview_model.columnCount()):
                self.preview.setColumnWidth(c, min(self.preview.columnWidth(c) + 8, 260))
        self._preview_table = sheet
        header = table.header_row
        self.preview_label.setText(
            self.tr("Sheet “{sheet}”: column names from row {row}; the numbers on the left are "
                    "the rows as Excel shows them.").format(sheet=sheet, row=header)
            if header else self.tr("File “{sheet}”").format(sheet=sheet))

    def show_finding(self, row: int) -> bool:
        """Show the finding's row (and column) in the preview; False when it has no row."""
        item = self.problems.item(row, 0)
        if item is None:
            return False
        finding = item.data(_SIDE_ROLE)
        if finding is None:
            return False
        return self._show_finding(finding)

    def _show_finding(self, finding: Finding) -> bool:
        self.tabs.setCurrentIndex(1)
        try:
            table = study_edit.table_named(self._loaded, finding.table)
        except KeyError:
            return False
        self._show_preview(table.name)
        for r in range(self.sheets.rowCount()):
            if self.sheets.item(r, 0).text() == table.name:
                self._filling = True
                self.sheets.setCurrentCell(r, 0)
                self._filling = False
        column = 0
        if finding.column and finding.column in table.data.columns:
            column = self.preview_model.column_index(str(finding.column))
        if finding.row is None:
            if finding.column:
                self.preview.selectColumn(column)
            self.preview.scrollTo(self.preview_model.index(0, column))
            return finding.column is not None
        position = study_edit.row_position(table, int(finding.row))
        if position is None:
            return False
        self.preview_label.setText(self.tr("Sheet “{sheet}”, row {row}: {message}").format(
            sheet=table.name, row=finding.row, message=said(finding.message)))
        index = self.preview_model.index(int(self.preview_model.view_rows([position])[0]), column)
        self.preview.setCurrentIndex(index)
        self.preview.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.preview.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def preview_current_sheet_row(self) -> int | None:
        """The sheet row (as Excel shows it) of the preview's current row."""
        index = self.preview.currentIndex()
        if not index.isValid():
            return None
        return int(self.preview_model.headerData(index.row(), Qt.Orientation.Vertical))

    # -- columns and roles -------------------------------------------------------------------------
    def current_side(self) -> str:
        return self.side_box.currentData() or "firms"

    def _fill_columns(self) -> None:
        side = self.current_side()
        if not hasattr(self, "_role_descriptions"):
            self._role_descriptions = {
                (s, r.name): f"{r.description}\n{r.description_vi}"
                for s in ("firms", "workers") for r in roles_for(LEVEL_OF_SIDE[s])}
        reviews = study_edit.column_reviews(self._loaded, side)
        table = study_edit.side_table(self._loaded, side)
        self._filling = True
        self.columns.setRowCount(len(reviews))
        amber = QBrush(QColor("#fff1c7"))
        for row, review in enumerate(reviews):
            name = QTableWidgetItem(review.column)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(_SIDE_ROLE, review.column)
            role_item = QTableWidgetItem(role_title(review.role))
            role_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            described = self._role_descriptions.get((side, review.role or ""), "")
            role_item.setToolTip("\n".join(p for p in (described, self.tr(
                "Double-click or press “Change role…” to change it")) if p))
            if review.role is None:
                role_item.setForeground(QBrush(QColor("#777777")))
            else:
                font = role_item.font()
                font.setBold(True)
                role_item.setFont(font)
            sure = QTableWidgetItem("" if review.confidence is None
                                    else f"{review.confidence:.0%}")
            sure.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            sure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if review.confidence is not None and review.confidence < _CONF_LOW:
                sure.setBackground(amber)
                sure.setToolTip(self.tr("Not sure: please check this one"))
            missing = QTableWidgetItem(study_edit.format_codes(review.missing_codes))
            missing.setToolTip(self.tr("Answers that mean “no answer” (e.g. 98, 99, Don't know)."
                                       " Separate them with commas."))
            about = " · ".join(p for p in (review.question, ", ".join(review.examples)) if p)
            info = QTableWidgetItem(about)
            info.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            info.setToolTip(about)
            for col, item in enumerate((name, role_item, sure, missing, info)):
                self.columns.setItem(row, col, item)
        self._filling = False
        n_roles = sum(r.role is not None for r in reviews)
        if table is None:
            self.roles_note.setText(self.tr(
                "No sheet is used as this table. Choose one above under “What it is”."))
        else:
            self.roles_note.setText(self.tr(
                "Sheet “{sheet}”: {n} of {total} columns have a role. Columns without a role "
                "stay visible in the tables.").format(sheet=table.name, n=n_roles,
                                                      total=len(reviews)))
        self.change_role.setEnabled(bool(reviews))

    def _row_of(self, column: str) -> int:
        for r in range(self.columns.rowCount()):
            if self.columns.item(r, 0).text() == column:
                return r
        raise KeyError(column)

    def role_shown(self, column: str) -> str:
        return self.columns.item(self._row_of(column), 1).text()

    def open_role_picker(self, row: int) -> RolePicker | None:
        """Open the searchable role list for a row of the column table (non-blocking)."""
        if row < 0 or row >= self.columns.rowCount():
            return None
        column = self.columns.item(row, 0).text()
        side = self.current_side()
        current = self._loaded.study.roles.get(side, {})
        role = next((r for r, c in current.items() if c == column), None)
        picker = RolePicker(LEVEL_OF_SIDE[side], column, role, self)
        picker.accepted.connect(lambda: self.choose_role(side, column, picker.chosen_role()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        picker.search.setFocus()
        return picker

    def choose_role(self, side: str, column: str, role: str | None) -> bool:
        """Give a column a role (None: no role)."""
        table = study_edit.side_table(self._loaded, side)
        if role:
            return self._apply(lambda: study_edit.rebuild(
                self._loaded, study_edit.set_role(self._loaded.study, side, role, column, table)))
        return self._apply(lambda: study_edit.rebuild(
            self._loaded, study_edit.clear_role(self._loaded.study, side, column)))

    def set_missing(self, side: str, column: str, text: str) -> bool:
        codes = study_edit.parse_codes(text)
        return self._apply(lambda: study_edit.rebuild(
            self._loaded, study_edit.set_missing_codes(self._loaded.study, side, column, codes)))

    def _column_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 3:
            return
        column = self.columns.item(item.row(), 0).text()
        side = self.current_side()
        QTimer.singleShot(0, self, lambda: self.set_missing(side, column, item.text()))

    # -- spellings ---------------------------------------------------------------------------------
    def _fill_merges(self) -> None:
        self.merges.clear()
        merges = study_edit.spelling_merges(self._loaded)
        for finding in merges:
            item = QListWidgetItem(f"{finding.table} · {finding.column}: {said(finding.message)}")
            self.merges.addItem(item)
        if not merges:
            self.merges.addItem(self.tr("No different spellings of the same answer were found."))

    def _category_columns(self) -> list[tuple[str, str, str]]:
        out = []
        for side in ("firms", "workers"):
            level = LEVEL_OF_SIDE[side]
            for role_name, column in self._loaded.study.roles.get(side, {}).items():
                kinds = {r.name: r.kind for r in roles_for(level)}  # type: ignore[arg-type]
                if kinds.get(role_name) == "category":
                    out.append((side, column, role_name))
        return out

    def _fill_value_columns(self) -> None:
        current = self.value_choice()
        self._filling = True
        self.value_column.clear()
        self._value_choices = self._category_columns()
        for side, column, role_name in self._value_choices:
            where = self.tr("firms") if side == "firms" else self.tr("workers")
            self.value_column.addItem(f"{column} ({role_name}, {where})")
        if current is not None:
            self.select_value_column(*current, refill=False)
        self._filling = False
        self._fill_values()

    def value_choice(self) -> tuple[str, str] | None:
        """(side, column) of the category column whose answers are listed."""
        i = self.value_column.currentIndex()
        choices = getattr(self, "_value_choices", [])
        return (choices[i][0], choices[i][1]) if 0 <= i < len(choices) else None

    def select_value_column(self, side: str, column: str, refill: bool = True) -> bool:
        for i, (s, c, _r) in enumerate(getattr(self, "_value_choices", [])):
            if (s, c) == (side, column):
                self.value_column.setCurrentIndex(i)
                if refill:
                    self._fill_values()
                return True
        return False

    def _fill_values(self) -> None:
        if self._filling:
            return
        data = self.value_choice()
        self._filling = True
        if data is None:
            self.values.setRowCount(0)
            self._filling = False
            return
        side, column = data
        readings = study_edit.value_readings(self._loaded, side, column)
        self.values.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            raw = QTableWidgetItem(reading.raw)
            raw.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            count = QTableWidgetItem(f"{reading.count:,}")
            count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            read_as = QTableWidgetItem(reading.read_as)
            for col, item in enumerate((raw, count, read_as)):
                self.values.setItem(row, col, item)
        self._filling = False

    def set_reading(self, side: str, column: str, raw: str, read_as: str) -> bool:
        """Read one answer of a category column as ``read_as`` (merging it with that value)."""
        readings = {r.raw: r.read_as or r.raw
                    for r in study_edit.value_readings(self._loaded, side, column)}
        readings[raw] = read_as
        return self._apply(lambda: study_edit.rebuild(
            self._loaded, study_edit.set_value_merges(self._loaded.study, side, column,
                                                      readings)))

    def _value_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 2:
            return
        choice = self.value_choice()
        if choice is None:
            return
        side, column = choice
        raw = self.values.item(item.row(), 0).text()
        QTimer.singleShot(0, self, lambda: self.set_reading(side, column, raw, item.text()))

    # -- problems ----------------------------------------------------------------------------------
    def _fill_problems(self) -> None:
        order = {"error": 0, "warning": 1, "info": 2}
        findings = sorted((f for f in self._loaded.survey.findings if f.code != "spelling_merged"),
                          key=lambda f: order.get(f.severity, 3))
        words = {"error": self.tr("Error"), "warning": self.tr("Check"), "info": self.tr("Note")}
        colours = {"error": "#f8d7da", "warning": "#fff1c7"}
        self.problems.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            kind = QTableWidgetItem(words.get(finding.severity, finding.severity))
            kind.setData(_SIDE_ROLE, finding)
            if finding.severity in colours:
                kind.setBackground(QBrush(QColor(colours[finding.severity])))
            where = finding.table + (f" · {finding.column}" if finding.column else "")
            message = said(finding.message)
            cells = (kind, QTableWidgetItem(where),
                     QTableWidgetItem("" if finding.row is None else str(finding.row)),
                     QTableWidgetItem(message))
            cells[3].setToolTip(message)
            if finding.row is not None:
                cells[3].setToolTip(self.tr("{message}\n\nClick to see this row.").format(
                    message=message))
            for col, item in enumerate(cells):
                self.problems.setItem(row, col, item)
        n_err = sum(f.severity == "error" for f in findings)
        n_warn = sum(f.severity == "warning" for f in findings)
        title = self.tr("Problems ({n})").format(n=len(findings))
        self.tabs.setTabText(3, title)
        if n_err:
            self.status.setText(self.tr("{n} error(s) to look at before accepting").format(n=n_err)
                                if not self.status.text() else self.status.text())
        self._counts = (n_err, n_warn)

    def problem_count(self) -> int:
        return self.problems.rowCount()
