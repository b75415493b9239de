"""The subset panel (``subsetPanel``): which firms and workers to look at.

Ticking values and typing ranges builds a :class:`core.analysis.subset.Subset`; everything the panel shows
about it — the masks, the count beside every value (under the *other* filters), the line
"312 of 480 firms · 790 of 1,200 workers" — comes from core (``apply_subset``, ``facet_counts``,
``subset_summary``). The panel emits the subset; the window applies the masks to the tables and
passes the subset (and the A-vs-B comparison) on to the analysis views.

The panel applies every gesture itself (so it works on its own) and then reports it as an edit
(``subsetEdited``, ``subsetSaved``, ``subsetDeleted``, ``subsetRenamed``, ``comparisonEdited``);
the window turns those into undoable commands of the session. What the window sets from the
session (``set_subset``, ``set_saved_subsets``, ``set_comparison``) is never reported as an edit,
so undo does not echo back as a new step.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.analysis.subset import Subset, SubsetMasks, apply_subset, facet_counts, subset_summary
from gui.i18n import SOURCE_LANGUAGE, current_language
from gui.locale_numbers import compact, in_locale
from gui.wrapped_headings import wrap_headings

FIRM_FACETS = ("country", "sector", "region", "ownership", "highest_type", "bargaining_change")
WORKER_FACETS = ("gender", "skill_group", "contract", "education")
FIRM_RANGES = ("employees", "year_founded")
WORKER_RANGES = ("age", "monthly_wage", "tenure_years")

_VALUE_ROLE = Qt.ItemDataRole.UserRole.value + 1
_FACET_ROLE = Qt.ItemDataRole.UserRole.value + 2


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def facet_title(name: str) -> str:
    """Plain words for a role name ("skill_group" → "Skill group")."""
    titles = {
        "country": _tr("Country"),
        "sector": _tr("Sector"),
        "region": _tr("Region"),
        "ownership": _tr("Ownership"),
        "highest_type": _tr("Highest upgrading type"),
        "bargaining_change": _tr("Bargaining power"),
        "gender": _tr("Gender"),
        "skill_group": _tr("Skill group"),
        "contract": _tr("Contract"),
        "education": _tr("Education"),
        "employees": _tr("Employees"),
        "year_founded": _tr("Year founded"),
        "age": _tr("Age"),
        "monthly_wage": _tr("Monthly wage"),
        "tenure_years": _tr("Years with the firm"),
    }
    return titles.get(name, name.replace("_", " ").capitalize())


def value_title(value: object) -> str:
    """Plain words for a canonical value ("fixed_term" → "Fixed term", "Vietnam" as is)."""
    from gui.views import value_text

    return value_text(value)


_PLAIN_NUMBERS = frozenset({"year_founded"})
"""Shown without thousands separators (1998, not 1,998)."""


def _number_text(value: float, grouping: bool = True) -> str:
    """A range bound as the tables show numbers: the interface language's symbols."""
    if not math.isfinite(value):
        return ""
    if value == int(value):
        return in_locale(f"{int(value):,}") if grouping else str(int(value))
    return in_locale(f"{value:,.2f}" if grouping else f"{value:.2f}")


_DOT_GROUPED = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")
"""1.500 / 30.160.000: dots that group thousands (Vietnamese), not a decimal point."""


def parse_number(text: str, lang: str | None = None) -> float | None:
    """A typed range bound → number; '' → None; ValueError for anything else.

    English, Thai, Burmese: '1,500' / '1 500' / '2.5'. Vietnamese writes '1.500' and '2,5'
    (the window shows them so): a comma is the decimal mark, dots in groups of three group
    thousands, and a lone dot before other than three digits ('2.5') is read as a decimal
    point. The field shows the number read back in the window's symbols, so a misreading shows.
    """
    cleaned = text.replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if in_locale("1,000.5", lang) == "1.000,5":  # the decimal comma of the language
        if "," in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")
        elif _DOT_GROUPED.fullmatch(cleaned):
            cleaned = cleaned.replace(".", "")
        return float(cleaned)
    return float(cleaned.replace(",", ""))


class _RangeEdit(QLineEdit):
    """A range bound whose hint (the survey's lowest or highest value) shows whole where it
    fits and in the language's short form where it does not ("30,1..." was cut on a projector
    in large text); the whole number is in the tooltip."""

    def set_hint(self, *texts: str) -> None:
        """The hint's forms, longest first: the first that fits is shown, else the last."""
        self._hints = [t for t in texts if t]
        self._fit_hint()

    def _fit_hint(self) -> None:
        hints = getattr(self, "_hints", [""])
        room = self.contentsRect().width() - 8  # the line edit's own text margins
        metrics = self.fontMetrics()
        self.setPlaceholderText(next((t for t in hints if metrics.horizontalAdvance(t) <= room),
                                     hints[-1]))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # presentation mode
            self._fit_hint()


@dataclass
class _RangeRow:
    level: str
    role: str
    low: QLineEdit
    high: QLineEdit


class SubsetPanel(QWidget):
    """Facets with counts, number ranges, the counts line, Clear, saved subsets, compare with…."""

    subsetChanged = Signal(object)
    """The current core.analysis.subset.Subset (emitted after every change)."""
    comparisonChanged = Signal(object, object)
    """(A, B) Subsets when comparing, (None, None) when not."""
    savedSubsetsChanged = Signal()
    subsetEdited = Signal(object, object, str)
    """(new Subset, old Subset, gesture): a user's change — gesture "facets" (a value ticked),
    "range", "clear" or "saved" (a saved subset applied)."""
    subsetSaved = Signal(str, object)
    """(name, Subset): the user saved the current subset under a name."""
    subsetDeleted = Signal(str, bool)
    """(name, whether comparing with it stopped): the user deleted a saved subset."""
    subsetRenamed = Signal(str, str)
    """(old name, new name): the user renamed a saved subset."""
    comparisonEdited = Signal(object, object)
    """(new B or None, old B or None): the user started, changed or stopped comparing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subsetPanel")
        self.setAccessibleName(self.tr("Subset panel"))
        self._firms = pd.DataFrame()
        self._workers = pd.DataFrame()
        self._subset = Subset()
        self._masks: SubsetMasks | None = None
        self._survey_open = False  # set_frames was called: "no rows" is then the survey's state
        self._saved: dict[str, Subset] = {}
        self._compare_name: str | None = None
        self._compare_with: Subset | None = None
        self._ranges: list[_RangeRow] = []
        self._updating = False

        self.title = title = QLabel(self.tr("Subset"), self)
        title.setObjectName("subsetTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)

        self.summary = QLabel(self)
        self.summary.setObjectName("subsetSummary")
        self.summary.setAccessibleName(self.tr("Subset size"))
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.summary.setFont(bold)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("subsetClear")
        self.clear_button.setToolTip(self.tr("Look at every firm and worker again"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("subsetSave")
        self.save_button.setToolTip(self.tr("Keep this subset under a name"))
        self.save_button.clicked.connect(self.save_current)
        self.saved_button = QToolButton(self)
        self.saved_button.setObjectName("subsetSaved")
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setToolTip(self.tr("Use a subset saved before"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._saved_menu = QMenu(self.saved_button)
        self._saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self._saved_menu)
        self.compare_button = QToolButton(self)
        self.compare_button.setObjectName("subsetCompare")
        self.compare_button.setText(self.tr("Compare with…"))
        self.compare_button.setToolTip(
            self.tr("Compare this subset (A) with a saved one (B) in the analysis views"))
        self.compare_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._compare_menu = QMenu(self.compare_button)
        self._compare_menu.aboutToShow.connect(self._fill_compare_menu)
        self.compare_button.setMenu(self._compare_menu)
        for button in (self.saved_button, self.compare_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.compare_label = QLabel(self)
        self.compare_label.setObjectName("subsetComparison")
        self.compare_label.setWordWrap(True)
        self.stop_compare = QPushButton(self.tr("Stop comparing"), self)
        self.stop_compare.setObjectName("subsetStopCompare")
        self.stop_compare.clicked.connect(self.stop_comparing)
        self.compare_box = QFrame(self)
        self.compare_box.setObjectName("subsetCompareBox")
        self.compare_box.setFrameShape(QFrame.Shape.StyledPanel)
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.setContentsMargins(6, 4, 6, 4)
        compare_layout.addWidget(self.compare_label)
        compare_layout.addWidget(self.stop_compare, 0, Qt.AlignmentFlag.AlignLeft)
        self.compare_box.setVisible(False)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("subsetFacets")
        self.tree.setAccessibleName(self.tr("Filter values"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        wrap_headings(self.tree)  # long facet headings take a second line, not an ellipsis
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(False)
        # long values ("Vietnam: minimum-wage Region III") keep their distinguishing end
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemActivated.connect(self._item_activated)

        self.ranges_box = QGroupBox(self.tr("Ranges"), self)
        self.ranges_box.setObjectName("subsetRanges")
        self._ranges_layout = QGridLayout(self.ranges_box)
        self._ranges_layout.setContentsMargins(6, 6, 6, 6)
        self._ranges_layout.setHorizontalSpacing(6)
        self._ranges_layout.setVerticalSpacing(4)
        self._ranges_layout.setColumnStretch(1, 1)
        self._ranges_layout.setColumnStretch(3, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.compare_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.ranges_box)
        self.setMinimumWidth(260)
        self._set_enabled(False)
        self.summary.setText(self.tr("No survey open"))

    def sizeHint(self) -> QSize:
        return QSize(320, 600)

    def retranslate(self) -> None:
        """Every text again in the interface's current language (gui.i18n switched it); the
        subset, the saved subsets and the comparison stay."""
        self.setAccessibleName(self.tr("Subset panel"))
        self.title.setText(self.tr("Subset"))
        self.summary.setAccessibleName(self.tr("Subset size"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Look at every firm and worker again"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Keep this subset under a name"))
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setToolTip(self.tr("Use a subset saved before"))
        self.compare_button.setText(self.tr("Compare with…"))
        self.compare_button.setToolTip(
            self.tr("Compare this subset (A) with a saved one (B) in the analysis views"))
        self.stop_compare.setText(self.tr("Stop comparing"))
        self.tree.setAccessibleName(self.tr("Filter values"))
        self.ranges_box.setTitle(self.tr("Ranges"))
        if self._compare_with is not None:
            self._show_comparison()
        self._build_facets()
        self._build_ranges()
        self._refresh(emit=False)

    # -- data ------------------------------------------------------------------------------------
    def set_frames(self, firms: pd.DataFrame, workers: pd.DataFrame,
                   subset: Subset | None = None) -> None:
        """Canonical firm and worker frames (with derived columns), aligned row for row with
        the tables. Keeps the current selection where its roles still exist."""
        self._firms = firms if firms is not None else pd.DataFrame()
        self._workers = workers if workers is not None else pd.DataFrame()
        self._survey_open = True
        keep = subset if subset is not None else self._subset
        self._subset = self._compatible(keep)
        self._build_facets()
        self._build_ranges()
        self._set_enabled(bool(len(self._firms.columns) or len(self._workers.columns)))
        self._refresh(emit=True)

    def _compatible(self, subset: Subset) -> Subset:
        f, w = set(self._firms.columns), set(self._workers.columns)
        return Subset({k: v for k, v in subset.firms.items() if k in f},
                      {k: v for k, v in subset.workers.items() if k in w},
                      {k: v for k, v in subset.firm_ranges.items() if k in f},
                      {k: v for k, v in subset.worker_ranges.items() if k in w},
                      subset.text)

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return self._firms, self._workers

    def subset(self) -> Subset:
        return Subset.from_json(self._subset.to_json())

    def masks(self) -> SubsetMasks | None:
        return self._masks

    def set_subset(self, subset: Subset | None) -> None:
        self._subset = self._compatible(subset or Subset())
        self._sync_widgets()
        self._refresh(emit=True)

    def clear(self) -> None:
        """Clear (the button, Ctrl+Shift+Backspace): every firm and worker again."""
        self._edit(lambda: self.set_subset(Subset()), "clear")

    def _edit(self, change, gesture: str) -> None:
        """Run a user's ``change`` and report it (when it changed the subset)."""
        old = self.subset()
        change()
        new = self.subset()
        if new.to_json() != old.to_json():
            self.subsetEdited.emit(new, old, gesture)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.clear_button, self.save_button, self.saved_button, self.compare_button,
                  self.tree, self.ranges_box):
            w.setEnabled(on)

    # -- facets ----------------------------------------------------------------------------------
    def _facet_roles(self) -> list[tuple[str, str]]:
        out = []
        for level, frame, names in (("firm", self._firms, FIRM_FACETS),
                                    ("worker", self._workers, WORKER_FACETS)):
            for name in names:
                if name in frame.columns and isinstance(frame[name].dtype, pd.CategoricalDtype) \
                        and len(frame[name].cat.categories):
                    out.append((level, name))
        return out

    def _build_facets(self) -> None:
        self._updating = True
        self.tree.clear()
        facet_font = QFont(self.tree.font())
        facet_font.setBold(True)
        for level, name in self._facet_roles():
            frame = self._firms if level == "firm" else self._workers
            unit = self.tr("firms") if level == "firm" else self.tr("workers")
            title = self.tr("{facet} ({unit})").format(facet=facet_title(name), unit=unit)
            top = QTreeWidgetItem([title, ""])
            top.setFont(0, facet_font)
            top.setData(0, _FACET_ROLE, (level, name))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setToolTip(0, title + "\n" + self.tr("Tick values to keep only those {unit}")
                           .format(unit=unit))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the heading has no count: it takes the full width
            for value in frame[name].cat.categories:
                item = QTreeWidgetItem([value_title(value), ""])
                item.setToolTip(0, value_title(value))
                item.setData(0, _VALUE_ROLE, str(value))
                item.setData(0, _FACET_ROLE, (level, name))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(item)
            top.setExpanded(True)
        self._updating = False
        self._sync_widgets()

    def _value_items(self, role: str) -> list[QTreeWidgetItem]:
        """The tree items of one facet's values."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, _FACET_ROLE)[1] == role:
                return [top.child(j) for j in range(top.childCount())]
        return []

    def facet_item(self, role: str, value: str) -> QTreeWidgetItem | None:
        """The tree item of one value (tests and keyboard helpers use it)."""
        wanted = str(value).casefold()
        return next((c for c in self._value_items(role)
                     if str(c.data(0, _VALUE_ROLE)).casefold() == wanted), None)

    def facet_counts_shown(self, role: str) -> dict[str, int]:
        """Value → the count shown beside it."""
        return {str(c.data(0, _VALUE_ROLE)): int(re.sub(r"\D", "", c.text(1)) or 0)
                for c in self._value_items(role)}

    def set_value_checked(self, role: str, value: str, checked: bool) -> None:
        item = self.facet_item(role, value)
        if item is None:
            raise KeyError(f"{role}={value}")
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Enter on a value ticks or unticks it (Space does too, natively)."""
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0 or item.data(0, _VALUE_ROLE) is None:
            return
        old = self.subset()
        level, name = item.data(0, _FACET_ROLE)
        top = item.parent()
        values = [str(top.child(j).data(0, _VALUE_ROLE)) for j in range(top.childCount())
                  if top.child(j).checkState(0) == Qt.CheckState.Checked]
        target = self._subset.firms if level == "firm" else self._subset.workers
        if values:
            target[name] = values
        else:
            target.pop(name, None)
        self._refresh(emit=True)
        if self._subset.to_json() != old.to_json():
            self.subsetEdited.emit(self.subset(), old, "facets")

    # -- ranges ----------------------------------------------------------------------------------
    def _build_ranges(self) -> None:
        while self._ranges_layout.count():
            w = self._ranges_layout.takeAt(0).widget()
            if w is not None:
                w.hide()  # gone at once, even before the event loop deletes it
                w.deleteLater()
        self._ranges = []
        row = 0
        for level, frame, names in (("firm", self._firms, FIRM_RANGES),
                                    ("worker", self._workers, WORKER_RANGES)):
            for name in names:
                if name not in frame.columns or not pd.api.types.is_numeric_dtype(frame[name]):
                    continue
                values = frame[name].to_numpy(dtype=float, na_value=np.nan)
                if not np.isfinite(values).any():
                    continue
                lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
                grouping = name not in _PLAIN_NUMBERS
                label = QLabel(facet_title(name), self.ranges_box)
                label.setWordWrap(True)  # a long name takes two lines, not the boxes' room
                label.setToolTip(self.tr("{role} of the {unit}").format(
                    role=facet_title(name),
                    unit=self.tr("firms") if level == "firm" else self.tr("workers")))
                low, high = _RangeEdit(self.ranges_box), _RangeEdit(self.ranges_box)
                for edit, end, value in ((low, "Low", lo), (high, "High", hi)):
                    text = _number_text(value, grouping)
                    edit.setObjectName(f"range_{name}_{end.lower()}")
                    short = grouping and abs(value) >= 1000
                    edit.set_hint(text, *((compact(value), compact(value, digits=0))
                                          if short else ()))
                    edit.setToolTip(self.tr("Leave empty for no limit") + "\n" + (
                        self.tr("Lowest in the survey: {value}") if end == "Low"
                        else self.tr("Highest in the survey: {value}")).format(value=text))
                    edit.setAccessibleName(self.tr("{role}: {end}").format(
                        role=facet_title(name),
                        end=self.tr("from") if end == "Low" else self.tr("to")))
                    edit.setMinimumWidth(56)
                    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                    edit.editingFinished.connect(self._range_edited)
                    edit.setProperty("grouping", grouping)
                label.setBuddy(low)
                dash = QLabel("–", self.ranges_box)
                self._ranges_layout.addWidget(label, row, 0)
                self._ranges_layout.addWidget(low, row, 1)
                self._ranges_layout.addWidget(dash, row, 2)
                self._ranges_layout.addWidget(high, row, 3)
                self._ranges.append(_RangeRow(level, name, low, high))
                row += 1
        self.ranges_box.setVisible(bool(self._ranges))
        self._sync_widgets()

    def set_range(self, role: str, low: float | None, high: float | None) -> None:
        for r in self._ranges:
            if r.role == role:
                grouping = role not in _PLAIN_NUMBERS
                r.low.setText("" if low is None else _number_text(low, grouping))
                r.high.setText("" if high is None else _number_text(high, grouping))
                self._range_edited()
                return
        raise KeyError(role)

    def _range_edited(self) -> None:
        if self._updating:
            return
        before = self.subset()
        changed = False
        for r in self._ranges:
            bounds = []
            ok = True
            for edit in (r.low, r.high):
                try:
                    bounds.append(parse_number(edit.text()))
                    edit.setStyleSheet("")
                    edit.setToolTip("")
                except ValueError:
                    ok = False
                    edit.setStyleSheet("QLineEdit { border: 2px solid #c0392b; }")
                    edit.setToolTip(self.tr("Type a number, or leave empty for no limit"))
            if not ok:
                continue
            grouping = r.role not in _PLAIN_NUMBERS
            for edit, value in zip((r.low, r.high), bounds, strict=True):
                if value is not None:  # the number as read, in the window's symbols
                    edit.setText(_number_text(value, grouping))
            target = self._subset.firm_ranges if r.level == "firm" else self._subset.worker_ranges
            new = (bounds[0], bounds[1])
            old = target.get(r.role)
            if new == (None, None):
                if old is not None:
                    target.pop(r.role)
                    changed = True
            elif old != new:
                target[r.role] = new
                changed = True
        if changed:
            self._refresh(emit=True)
            if self._subset.to_json() != before.to_json():
                self.subsetEdited.emit(self.subset(), before, "range")

    # -- refresh ---------------------------------------------------------------------------------
    def _sync_widgets(self) -> None:
        """Tick boxes and range fields to match the current Subset."""
        self._updating = True
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            level, name = top.data(0, _FACET_ROLE)
            chosen = (self._subset.firms if level == "firm" else self._subset.workers).get(name, [])
            folded = {str(v).casefold() for v in chosen}
            for j in range(top.childCount()):
                child = top.child(j)
                on = str(child.data(0, _VALUE_ROLE)).casefold() in folded
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for r in self._ranges:
            bounds = (self._subset.firm_ranges if r.level == "firm"
                      else self._subset.worker_ranges).get(r.role, (None, None))
            grouping = r.role not in _PLAIN_NUMBERS
            r.low.setText("" if bounds[0] is None else _number_text(bounds[0], grouping))
            r.high.setText("" if bounds[1] is None else _number_text(bounds[1], grouping))
            r.low.setStyleSheet("")
            r.high.setStyleSheet("")
        self._updating = False

    def _refresh(self, emit: bool) -> None:
        firms, workers = self._firms, self._workers
        self._masks = apply_subset(firms, workers, self._subset)
        self.summary.setText(self._summary_text(self._masks))
        counts = facet_counts(firms, workers, self._subset, self._facet_roles())
        grey = QBrush(QColor("#8a8a8a"))
        self._updating = True
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            key = top.data(0, _FACET_ROLE)
            series = counts.get(tuple(key))
            by_value = {} if series is None else {
                str(k): int(v) for k, v in series.items() if not pd.isna(k)}
            for j in range(top.childCount()):
                child = top.child(j)
                n = by_value.get(str(child.data(0, _VALUE_ROLE)), 0)
                child.setText(1, in_locale(f"{n:,}"))
                child.setForeground(0, grey if n == 0 else QBrush())
                child.setForeground(1, grey if n == 0 else QBrush())
            chosen = sum(top.child(j).checkState(0) == Qt.CheckState.Checked
                         for j in range(top.childCount()))
            top.setText(1, self.tr("{n} ticked").format(n=chosen) if chosen else "")
        self._updating = False
        if emit:
            self.subsetChanged.emit(self.subset())
            if self._compare_with is not None:
                self.comparisonChanged.emit(self.subset(), self.comparison_b())

    def _summary_text(self, masks: SubsetMasks) -> str:
        if not len(self._firms) and not len(self._workers):
            return (self.tr("This survey has no firms or workers yet") if self._survey_open
                    else self.tr("No survey open"))
        if current_language() == SOURCE_LANGUAGE:  # core's own words
            line = subset_summary(masks, len(self._firms), len(self._workers))
        else:
            line = self.tr("{n} of {total} firms · {m} of {all} workers").format(
                n=f"{masks.n_firms:,}", total=f"{len(self._firms):,}",
                m=f"{masks.n_workers:,}", all=f"{len(self._workers):,}")
        if (self._subset.workers or self._subset.worker_ranges) and len(self._workers):
            line += "\n" + self.tr("(the workers come from {n} firms)").format(
                n=f"{masks.n_firms_of_workers:,}")
        return line

    def summary_text(self) -> str:
        return self.summary.text()

    # -- saved subsets and comparison --------------------------------------------------------------
    def saved_subsets(self) -> dict[str, Subset]:
        return dict(self._saved)

    def set_saved_subsets(self, saved: dict[str, Subset]) -> None:
        self._saved = dict(saved)
        self.savedSubsetsChanged.emit()

    def ask_name(self) -> str | None:
        """Ask for a subset name (tests patch this instead of driving the dialog)."""
        name, ok = QInputDialog.getText(self, self.tr("Save subset"),
                                        self.tr("Name of this subset:"))
        return name.strip() if ok and name.strip() else None

    def ask_new_name(self, name: str) -> str | None:
        """Ask for a saved subset's new name (tests patch this)."""
        new, ok = QInputDialog.getText(self, self.tr("Rename subset"),
                                       self.tr("New name of “{name}”:").format(name=name),
                                       text=name)
        return new.strip() if ok and new.strip() else None

    def save_current(self, name: str | None = None) -> str | None:
        name = name or self.ask_name()
        if not name:
            return None
        self._saved[name] = self.subset()
        self.savedSubsetsChanged.emit()
        self.subsetSaved.emit(name, self.subset())
        return name

    def apply_saved(self, name: str) -> None:
        self._edit(lambda: self.set_subset(self._saved[name]), "saved")

    def delete_saved(self, name: str) -> None:
        if name not in self._saved:
            return
        self._saved.pop(name)
        stopped = self._compare_name == name
        if stopped:
            self.set_comparison(None)
        self.savedSubsetsChanged.emit()
        self.subsetDeleted.emit(name, stopped)

    def rename_saved(self, name: str, new_name: str | None = None) -> str | None:
        """Rename a saved subset in place; None when cancelled or the name is taken."""
        new_name = new_name or self.ask_new_name(name)
        if not new_name or new_name == name or name not in self._saved \
                or new_name in self._saved:
            return None
        self._saved = {(new_name if n == name else n): s for n, s in self._saved.items()}
        if self._compare_name == name:
            self._compare_name = new_name
            self._show_comparison()
        self.savedSubsetsChanged.emit()
        self.subsetRenamed.emit(name, new_name)
        return new_name

    def _fill_saved_menu(self) -> None:
        menu = self._saved_menu
        menu.clear()
        if not self._saved:
            empty = menu.addAction(self.tr("No saved subsets yet: use Save…"))
            empty.setEnabled(False)
            return
        for name in self._saved:
            action = menu.addAction(self.tr("Use “{name}”").format(name=name))
            action.triggered.connect(lambda _=False, n=name: self.apply_saved(n))
        menu.addSeparator()
        rename = menu.addMenu(self.tr("Rename"))
        for name in self._saved:
            action = rename.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.rename_saved(n))
        delete = menu.addMenu(self.tr("Delete"))
        for name in self._saved:
            action = delete.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.delete_saved(n))

    def _fill_compare_menu(self) -> None:
        menu = self._compare_menu
        menu.clear()
        everyone = menu.addAction(self.tr("Everyone (no filter)"))
        everyone.triggered.connect(lambda: self.compare_with(None))
        if self._saved:
            menu.addSeparator()
        for name in self._saved:
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.compare_with(n))

    def compare_with(self, name: str | None) -> None:
        """Set up A (this subset, as it changes) versus B (a saved subset, None = everyone)."""
        old = self.comparison_b()
        self.set_comparison(Subset() if name is None else self._saved[name], name)
        self.comparisonEdited.emit(self.comparison_b(), old)

    def stop_comparing(self) -> None:
        """Stop comparing (the button): A alone again."""
        old = self.comparison_b()
        if old is not None:
            self.set_comparison(None)
            self.comparisonEdited.emit(None, old)

    def set_comparison(self, subset_b: Subset | None, name: str | None = None) -> None:
        """Compare with ``subset_b`` (None: stop); ``name`` as shown (None: the saved subset
        equal to it, or everyone). Not reported as an edit."""
        was = self._compare_with is not None
        if subset_b is None:
            self._compare_name = None
            self._compare_with = None
            self.compare_box.setVisible(False)
            if was:
                self.comparisonChanged.emit(None, None)
            return
        b = Subset.from_json(subset_b.to_json())
        if name is None:
            name = next((n for n, s in self._saved.items() if s.to_json() == b.to_json()
                         and b.to_json()), None)
        self._compare_name = name
        self._compare_with = b
        self._show_comparison()
        self.compare_box.setVisible(True)
        self.comparisonChanged.emit(self.subset(), self.comparison_b())

    def _show_comparison(self) -> None:
        name = self._compare_name
        shown = self.tr("everyone") if name is None else f"“{name}”"
        self.compare_label.setText(
            self.tr("Comparing A: this subset\nwith B: {name}").format(name=shown))

    def comparison_b(self) -> Subset | None:
        return None if self._compare_with is None else Subset.from_json(
            self._compare_with.to_json())

    def comparison(self) -> tuple[Subset | None, Subset | None]:
        if self._compare_with is None:
            return None, None
        return self.subset(), self.comparison_b()

    def comparison_name(self) -> str | None:
        return self._compare_name
