"""Top-level tree rows whose text wraps onto more lines instead of being cut (issue 13).

The subset panel's facet headings ("Loại nâng cấp cao nhất (doanh nghiệp)") are wider than the
panel in Vietnamese and in presentation mode; cut in the middle they lose the word that says
what is being filtered. Their rows grow to the wrapped text's height at the tree's width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrappedHeadingDelegate(QStyledItemDelegate):
    """Draws the first column of top-level rows wrapped at the tree's width; other rows as usual.
    Install with :func:`wrap_headings` (it also re-lays the rows out when the tree resizes)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    @staticmethod
    def _is_heading(index: Index) -> bool:
        return index.column() == 0 and not index.parent().isValid()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._is_heading(index):
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def text_width(self) -> int:
        """The width the heading text wraps at: the viewport less the branch indentation."""
        tree = self._tree
        indent = tree.indentation() if tree.rootIsDecorated() else 0
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
        return max(40, tree.viewport().width() - indent - 2 * (margin + 1))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if not self._is_heading(index):
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        metrics = QFontMetrics(styled.font)
        bounds = metrics.boundingRect(QRect(0, 0, self.text_width(), 100_000),
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


def wrap_headings(tree: QTreeView) -> WrappedHeadingDelegate:
    """Give ``tree`` wrapped top-level headings (rows of varying height)."""
    tree.setUniformRowHeights(False)
    delegate = WrappedHeadingDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.viewport().installEventFilter(_RelayoutOnResize(tree))
    return delegate
