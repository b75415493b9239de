"""Every control of the window (and of every tab, with the sample survey open) has a name a
screen reader can say and is reachable by keyboard; meaning is never carried by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.charts import HATCHES, SYMBOLS
from tests.gui.sample_window import close_window, open_sample_window, silence_errors

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets with neither an accessible name, nor visible text of their own, nor a
    label whose buddy they are."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.parent() is None:
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QLineEdit) or \
                isinstance(widget.parent().parent(), QComboBox):
            continue  # parts of a combo, spin box or line edit (editor, popup list, clear
            # button): the control itself carries the name
        if isinstance(widget, QHeaderView):
            continue  # a table's own header: the table carries the name
        if type(widget).__name__ in ("QTabBarScrollButton", "QToolBarExtension",
                                     "QTableCornerButton") or \
                widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers (tab scroll arrows, scroll-area corners)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text.replace("&", "").strip() or \
                id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                       f"{type(widget.parent()).__name__} {widget.parent().objectName()!r}")
    return missing


def unreachable_controls(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(root) and \
                not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and \
                not widget.objectName().startswith("qt_") and not isinstance(widget, QHeaderView) \
                and type(widget).__name__ not in ("QTabBarScrollButton", "QTableCornerButton"):
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot)
    yield win
    close_window(win)
    assert errors == []


def test_every_control_has_an_accessible_name(window) -> None:
    missing = unnamed_controls(window)
    assert missing == [], "\n".join(missing)


def test_every_control_is_reachable_by_keyboard(window) -> None:
    assert unreachable_controls(window) == []
    # the tabs and menus have keyboard shortcuts (View → Go to …, Ctrl+1…7)
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.action_open))}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+4", "Ctrl+7"} <= shortcuts


def test_colour_is_never_the_only_carrier_of_meaning(window) -> None:
    # series differ by hatch (bars) or symbol (points) as well as colour
    assert len(set(HATCHES)) == len(HATCHES) and len(set(SYMBOLS)) == len(SYMBOLS)
    # derived columns: bold italic and the legend's words, not only teal
    legend = window.firms_panel.legend.text()
    assert "<b>" in legend and "<i>" in legend
    # suppressed groups are written out ("too few to show"), not only greyed
    from gui.views.outcomes_view import note_for

    class Row:
        suppressed, few_firms, n_firms = True, False, 1

    class Thresholds:
        min_firms, min_workers = 3, 10

    assert note_for(Row, Thresholds)
