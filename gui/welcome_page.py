"""The page shown when no survey is open: Open survey…, Open sample, recent files, a drop hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_PATH_ROLE = Qt.ItemDataRole.UserRole.value + 1


class WelcomePage(QWidget):
    """Big, plain buttons for a projector; everything reachable with Tab and Enter."""

    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAccessibleName(self.tr("Welcome"))

        title = QLabel(self.tr("Upgrading Explorer"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr(
            "Open a survey workbook (Excel, CSV, Stata, SPSS) or a saved project, or start with "
            "the sample survey. You can also drop a file anywhere on this window."), self)
        subtitle.setObjectName("welcomeText")
        subtitle.setWordWrap(True)
        big = subtitle.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)
        subtitle.setFont(big)

        self.open_button = QPushButton(self.tr("&Open survey…"), self)
        self.open_button.setObjectName("welcomeOpen")
        self.sample_button = QPushButton(self.tr("Open the &sample survey"), self)
        self.sample_button.setObjectName("welcomeSample")
        for button in (self.open_button, self.sample_button):
            f = button.font()
            f.setPointSizeF(f.pointSizeF() * 1.3)
            button.setFont(f)
            button.setMinimumHeight(button.sizeHint().height() + 16)
            button.setMinimumWidth(260)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)

        self.recent_label = QLabel(self.tr("&Recent files"), self)
        self.recent_label.setFont(big)
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName(self.tr("Recent files"))
        self.recent.setFont(big)
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.itemActivated.connect(self._activated)
        self.recent_label.setBuddy(self.recent)

        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("welcomeBusy")
        self.busy_label.setFont(big)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(self.busy_label)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 2)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self.setTabOrder(self.open_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.recent)
        self.set_recent([])

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        has = bool(files)
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)

    def set_sample_available(self, available: bool) -> None:
        self.sample_button.setEnabled(available)

    def set_open_available(self, available: bool) -> None:
        self.open_button.setEnabled(available)

    def set_busy(self, message: str) -> None:
        self.busy_label.setText(message)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(Path(item.data(_PATH_ROLE)))
