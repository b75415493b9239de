"""What a projector audience would see cut off: text that does not fit its widget, tabs pushed
behind scroll arrows, box hints cut, table rows hidden, chart axis titles longer than their axis,
a window wider than the screen (issue 13).

Each check measures the widget as drawn (its style's text rectangle against the text's advance in
the widget's own font), not a pixel comparison, so it holds in any language and font size.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTreeWidget,
    QWidget,
)

SLACK = 2
"""Pixels of rounding a text may exceed its room by (sub-pixel advances)."""


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    needs: int
    has: int

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} needs {self.needs} px, has {self.has}"


def _name(w: QWidget) -> str:
    chain, p = [], w
    while p is not None and len(chain) < 3:
        chain.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return "/".join(reversed(chain))


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and not w.visibleRegion().isEmpty()


def _combo(box: QComboBox) -> Clipped | None:
    text = box.currentText()
    if not text:
        return None
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()
    needs = box.fontMetrics().horizontalAdvance(text)
    return Clipped(_name(box), text, needs, room) if needs > room + SLACK else None


def _button(button: QAbstractButton) -> Clipped | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    needs = button.sizeHint().width()
    return Clipped(_name(button), text, needs, button.width()) \
        if needs > button.width() + SLACK else None


def _label(label: QLabel) -> Clipped | None:
    text = label.text()
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    needs = label.sizeHint().width()
    return Clipped(_name(label), text, needs, label.width()) \
        if needs > label.width() + SLACK else None


def _line_edit(edit: QLineEdit) -> Clipped | None:
    """An empty box whose hint (placeholder) is cut: "30,1..." for the survey's highest wage."""
    hint = edit.placeholderText()
    if edit.text() or not hint:
        return None
    needs = edit.fontMetrics().horizontalAdvance(hint)
    room = edit.contentsRect().width() - 8  # QLineEdit's own text margins
    return Clipped(_name(edit), hint, needs, room) if needs > room + SLACK else None


def _tabs(bar: QTabBar) -> list[Clipped]:
    out = []
    for i in range(bar.count()):
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() + SLACK < hint.width() or not bar.rect().contains(rect):
            out.append(Clipped(_name(bar), bar.tabText(i), hint.width(),
                               rect.intersected(bar.rect()).width()))
    return out


def _tree_items(tree: QTreeWidget) -> list[Clipped]:
    """Top-level items (the subset panel's facet headings) whose text the row cuts: wider than
    the column on one line, or, where the row wraps its text, taller than the row."""
    out = []
    wraps = tree.itemDelegate().__class__.__name__ == "WrappedHeadingDelegate"
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rect = tree.visualItemRect(item)
        if rect.isEmpty():
            continue
        font = item.font(0).resolve(tree.font())  # the delegate's font: the view's, made bold
        metrics = QFontMetrics(font)
        spanned = tree.isFirstColumnSpanned(i, tree.rootIndex())
        width = tree.viewport().width() if spanned else tree.columnWidth(0)
        room = width - rect.left() - tree.indentation() // 2
        if wraps:
            lines = metrics.boundingRect(QRect(0, 0, max(1, room), 100_000),
                                         Qt.TextFlag.TextWordWrap, item.text(0))
            longest = max(metrics.horizontalAdvance(word) for word in item.text(0).split())
            if lines.height() > rect.height() + SLACK or longest > room + SLACK:
                out.append(Clipped(_name(tree), item.text(0), lines.height(), rect.height()))
            continue
        needs = metrics.horizontalAdvance(item.text(0))
        if needs > room + SLACK:
            out.append(Clipped(_name(tree), item.text(0), needs, room))
    return out


def _axis_titles(chart: pg.PlotWidget) -> list[Clipped]:
    """Axis titles longer than their axis: pyqtgraph draws them on one line, centred, cut at
    both ends (the y-axis title of a short chart)."""
    out = []
    plot = chart.getPlotItem()
    if plot is None:
        return out
    for name, room in (("left", plot.getViewBox().height()), ("bottom", chart.width())):
        axis = plot.getAxis(name)
        item = axis.label
        if item is None or not axis.isVisible() or not item.isVisible():
            continue
        text = item.toPlainText().strip()
        needs = item.boundingRect().width()
        if text and needs > room + SLACK:
            out.append(Clipped(_name(chart) + f"[{name} axis]", text, round(needs), round(room)))
    return out


def _table_rows(table: QTableView) -> Clipped | None:
    model = table.model()
    if model is None or not model.rowCount():
        return None
    rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
    room = table.viewport().height()
    return Clipped(_name(table), f"{model.rowCount()} rows", rows, room) \
        if rows > room + SLACK else None


def clipped_texts(root: QWidget, *, tables: tuple[str, ...] = ()) -> list[Clipped]:
    """Every visible widget under ``root`` whose text does not fit, and each table named in
    ``tables`` (objectNames) that hides some of its rows."""
    out: list[Clipped] = []
    for w in [root, *root.findChildren(QWidget)]:
        # a chart is drawn in its viewport, which covers it: the view's own region is empty
        if not _shown(w.viewport() if isinstance(w, pg.PlotWidget) else w):
            continue
        found = None
        if isinstance(w, QComboBox):
            found = _combo(w)
        elif isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            found = _button(w)
        elif isinstance(w, QLabel):
            found = _label(w)
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox):
            found = _line_edit(w)
        elif isinstance(w, QTabBar):
            out += _tabs(w)
        elif isinstance(w, QTreeWidget):
            out += _tree_items(w)
        elif isinstance(w, pg.PlotWidget):
            out += _axis_titles(w)
        elif isinstance(w, QTableView) and w.objectName() in tables:
            found = _table_rows(w)
        if found is not None:
            out.append(found)
    return out


__all__ = ["Clipped", "clipped_texts"]
