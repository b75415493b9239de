"""Tab bars whose titles take a second line when one line does not fit (issue 13).

On a 1024-px projector in Vietnamese the window's seven tab titles need 840–960 px of a
700-px bar: Qt would hide the last tabs behind scroll arrows, where a workshop audience never
finds them. Here the widest titles are put on two (or three) lines, one after the other,
until the bar fits. ``tabText`` stays the one-line title (menus, captions and messages use it); only the
drawing and the size hint see the two lines.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget, QWidget

#: most lines a title is broken into
MAX_LINES = 3

#: room kept free at the bar's right end (the tab widget's frame and the selected tab's overlap)
MARGIN = 8


def split_lines(text: str, metrics: QFontMetrics, lines: int = 2) -> str:
    """``text`` broken at the spaces that make its longest line shortest, into at most ``lines``
    lines; a title without a space (one word, or Thai and Burmese, written without spaces) stays
    on one line."""
    words = text.split(" ")
    lines = min(lines, len(words))
    if lines < 2:
        return text

    def widest(cuts: tuple[int, ...]) -> int:
        bounds = (0, *cuts, len(words))
        return max(metrics.horizontalAdvance(" ".join(words[a:b]))
                   for a, b in itertools.pairwise(bounds))

    best = min(itertools.combinations(range(1, len(words)), lines - 1), key=widest)
    bounds = (0, *best, len(words))
    return "\n".join(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))


class WrappingTabBar(QTabBar):
    """A tab bar that wraps its widest titles onto two lines when the room it is given
    (``set_room``) is narrower than the titles on one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(True)  # still the fallback when even two lines do not fit
        self._room = 0
        self._wrapped: dict[int, int] = {}  # tab index -> lines its title is drawn on
        # the selected tab may be drawn in a wider (bold) font: fit again when it changes
        self.currentChanged.connect(lambda _index: self._refit())

    def set_room(self, width: int) -> None:
        self._room = max(0, width)
        self._refit()

    def wrapped_tabs(self) -> frozenset[int]:
        """Indexes of the tabs drawn on more than one line (for tests)."""
        return frozenset(self._wrapped)

    def _one_line(self, index: int) -> QSize:
        return super().tabSizeHint(index)

    def _wrapped_size(self, index: int, lines: int) -> QSize:
        hint = self._one_line(index)
        text = self.tabText(index)
        metrics = self.fontMetrics()
        one = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
        two = metrics.size(Qt.TextFlag.TextShowMnemonic, split_lines(text, metrics, lines))
        return QSize(hint.width() - one.width() + two.width(),
                     hint.height() - one.height() + two.height())

    def _refit(self) -> None:
        """Break the title that saves most width onto one more line, again and again, until
        the visible tabs fit (or no title can be broken further)."""
        shown = [i for i in range(self.count()) if self.isTabVisible(i)]
        lines = dict.fromkeys(shown, 1)
        width = {i: self._one_line(i).width() for i in shown}
        total = sum(width.values())
        while self._room and total > self._room:
            options = [(width[i] - self._wrapped_size(i, lines[i] + 1).width(), i)
                       for i in shown if lines[i] < MAX_LINES]
            saving, index = max(options, default=(0, -1))
            if saving <= 0:
                break
            lines[index] += 1
            width[index] -= saving
            total -= saving
        wrapped = {i: n for i, n in lines.items() if n > 1}
        if wrapped != self._wrapped:
            self._wrapped = wrapped
            if self.count():
                self.setTabText(0, self.tabText(0))  # QTabBar lays its tabs out again
            self.updateGeometry()
            self.update()

    def tabSizeHint(self, index: int) -> QSize:
        if index in self._wrapped and 0 <= index < self.count():
            return self._wrapped_size(index, self._wrapped[index])
        return self._one_line(index)

    def minimumTabSizeHint(self, index: int) -> QSize:
        return self.tabSizeHint(index)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._wrapped = {}
        self._refit()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self._wrapped = {}
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._refit()

    def paintEvent(self, event) -> None:
        if not self._wrapped:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        metrics = self.fontMetrics()
        current = self.currentIndex()
        order = [i for i in range(self.count()) if self.isTabVisible(i) and i != current]
        if 0 <= current < self.count() and self.isTabVisible(current):
            order.append(current)  # the selected tab is drawn last: it overlaps its neighbours
        for index in order:
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            text = self.tabText(index)
            lines = self._wrapped.get(index, 1)
            option.text = split_lines(text, metrics, lines) if lines > 1 else text
            painter.drawControl(QStyle.ControlElement.CE_TabBarTab, option)


class WrappingTabWidget(QTabWidget):
    """A QTabWidget with a :class:`WrappingTabBar` that is given the widget's width as room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(WrappingTabBar(self))

    def wrapping_bar(self) -> WrappingTabBar:
        bar = self.tabBar()
        assert isinstance(bar, WrappingTabBar)
        return bar

    def resizeEvent(self, event) -> None:
        self.wrapping_bar().set_room(event.size().width() - MARGIN)
        super().resizeEvent(event)

    def setTabVisible(self, index: int, visible: bool) -> None:
        super().setTabVisible(index, visible)
        self.wrapping_bar().set_room(self.width() - MARGIN)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.wrapping_bar().set_room(self.width() - MARGIN)
