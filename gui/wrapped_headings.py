"""Tree rows whose text wraps onto more lines instead of being cut (issue 13).

The subset panel's facet headings ("Loại nâng cấp cao nhất (doanh nghiệp)") and the rule
editor's items ("thay đổi định vị trong chuỗi") are wider than their column in Vietnamese and in
presentation mode; cut, they lose the words that say what is filtered or tested. Their rows grow
to the wrapped text's height at the width the row really has (the whole tree for a row spanning
its columns, else the first column; less indentation and check box).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrappedHeadingDelegate(QStyledItemDelegate):
    """Draws the first column of top-level rows (or of every row, ``all_rows``) wrapped at the
    room the row has; other cells as usual. Install with :func:`wrap_headings` (it also re-lays
    the rows out when the tree resizes)."""

    def __init__(self, tree: QTreeView, *, all_rows: bool = False) -> None:
        super().__init__(tree)
        self._tree = tree
        self.all_rows = all_rows

    def _is_heading(self, index: Index) -> bool:
        return index.column() == 0 and (self.all_rows or not index.parent().isValid())

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._is_heading(index):
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the text wraps at: the row's room (the viewport when the row spans its
        columns, else the first column) less indentation, check box and margins, as the style
        lays the cell out."""
        tree = self._tree
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        spanned = tree.isFirstColumnSpanned(index.row(), index.parent())
        room = (tree.viewport().width() if spanned else tree.columnWidth(0)) - indent
        cell = QStyleOptionViewItem(option)
        cell.rect = QRect(0, 0, max(40, room), 100_000)
        style = tree.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, tree)
        # the style draws the text inside that rectangle less a margin on each side
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        return max(30, text.width() - 2 * margin)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if not self._is_heading(index):
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        metrics = QFontMetrics(styled.font)
        bounds = metrics.boundingRect(QRect(0, 0, self.text_width(styled, index), 100_000),
                                      Qt.TextFlag.TextWordWrap, styled.text)
        # the row as Qt sizes one line, plus the height of the lines the wrap adds
        return QSize(hint.width(), hint.height() + max(0, bounds.height() - metrics.height()))


class _RelayoutOnResize(QObject):
    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._tree.viewport().width() != self._width:
            self._width = self._tree.viewport().width()
            self._tree.doItemsLayout()  # row heights follow the new wrap width
        return False


def wrap_headings(tree: QTreeView, *, all_rows: bool = False) -> WrappedHeadingDelegate:
    """Give ``tree`` wrapped top-level headings, or wrapped first-column text on every row
    (``all_rows``); rows of varying height."""
    tree.setUniformRowHeights(False)
    delegate = WrappedHeadingDelegate(tree, all_rows=all_rows)
    tree.setItemDelegate(delegate)
    tree.viewport().installEventFilter(_RelayoutOnResize(tree))
    return delegate
