"""Findings tab (``findingsView``): the research questions answered in words, first in the window.

Every statement is core's (core.analysis.findings, computed with the analysis off the GUI
thread: ``AnalysisResult.stated_findings``); this view only lists them, one word-wrapped label
per statement (labels wrap at any width, so nothing is elided on a projector). Clicking a
statement, or Enter on it, emits ``openView`` with the objectName of the view whose chart and
table are behind it, and the window shows that tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.analysis.findings_languages import wording
from gui.i18n import current_language
from gui.views.base import AnalysisView

if TYPE_CHECKING:
    from core.analysis.findings import Finding
    from core.analysis.pipeline import AnalysisResult


class StatementLabel(QLabel):
    """One finding: plain text (never rich text from data), wraps, takes focus, clickable."""

    activated = Signal(str)

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(finding.statement, parent)
        self.finding = finding
        self.setObjectName("findingStatement")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(finding.statement)
        if finding.caveat:
            self.setToolTip(finding.caveat)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.finding.view)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.finding.view)
            return
        super().keyPressEvent(event)


class FindingsView(AnalysisView):
    openView = Signal(str)
    """The objectName of the view behind the statement the user activated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("findingsView", parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("findingsHeading")
        self.heading.setWordWrap(True)
        self.provisional = QLabel(self)
        self.provisional.setObjectName("findingsProvisional")
        self.provisional.setWordWrap(True)
        self.provisional.setStyleSheet("color: #7a4b00;")
        self.provisional.hide()
        self.list_widget = QWidget(self)
        self.list_widget.setObjectName("findingsList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.list_widget)
        self.note = QLabel(self)
        self.note.setObjectName("findingsNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.provisional)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)
        self.labels: list[QLabel] = []
        self.retranslate()

    def set_result(self, result: AnalysisResult, *, result_b: AnalysisResult | None = None
                   ) -> None:
        self.result, self.result_b = result, result_b
        words = wording(current_language())
        stated = result.stated_findings(current_language())  # computed already unless the
        # language changed since the analysis ran
        self.heading.setText(self.tr("What the survey says about this subset: {firms} firms, "
                                     "{workers} workers").format(
            firms=words.count(result.n_firms), workers=words.count(result.n_workers)))
        # the window's quick pass: say so, the statements change when the full result comes
        self.provisional.setVisible(bool(getattr(result, "provisional", False)))
        for label in self.labels:
            self.list_layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for finding in stated:
            label = StatementLabel(finding, self.list_widget)
            label.activated.connect(self.openView)
            self.labels.append(label)
        if not stated:
            empty = QLabel(self.tr("No finding for this subset: it has no upgrading types or "
                                   "no workers."), self.list_widget)
            empty.setWordWrap(True)
            self.labels.append(empty)
        for i, label in enumerate(self.labels):
            self.list_layout.insertWidget(i, label)
        self._fit_labels()
        QTimer.singleShot(0, self, self._fit_labels)  # again once the list has its real width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The list as tall as its wrapped statements at the viewport's width: the scroll area
        kept the old height when longer statements (the full result after the quick pass)
        replaced shorter ones, and cut them off. No minimum sizes: the list scrolls."""
        viewport = self.scroll.viewport()
        self.list_layout.invalidate()
        height = self.list_layout.heightForWidth(viewport.width())
        if viewport.width() > 0 and height > 0:
            self.list_widget.resize(viewport.width(), max(height, viewport.height()))

    def retranslate(self) -> None:
        """The view's own words again (the language changed); the statements are core's."""
        self.note.setText(self.tr("Click a statement to see the chart and table behind it."))
        self.provisional.setText(self.tr(
            "⚠ Provisional: the adjusted gaps and the tests for few firms are still being "
            "computed. These statements are updated when they are ready."))
        self.list_widget.setAccessibleName(self.tr("Findings"))
        if self.result is not None:
            self.set_result(self.result, result_b=self.result_b)

    def texts(self) -> list[str]:
        """The statements as shown (tests and the report read them)."""
        return [label.text() for label in self.labels]


__all__ = ["FindingsView", "StatementLabel"]
