"""A drop-down as wide as the item it shows, not its longest item: on a 1024×768 projector in
large Vietnamese text, three drop-downs sized to their longest items took three rows above the
outcomes chart where two fit; the flow layout re-wraps when a longer item is picked."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


class FittedComboBox(QComboBox):
    """:class:`QComboBox` whose size hint fits its current text (its list still shows every item
    in full); never narrower than its minimum width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.currentText()) + 4
        icon = 0 if self.itemIcon(self.currentIndex()).isNull() else self.iconSize().width() + 4
        contents = QSize(text + icon, hint.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents,
                                             self)
        return QSize(max(size.width(), self.minimumWidth()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
