"""Shared pyqtgraph helpers: one chart widget, categorical bars with CI whiskers, box plots,
jittered scatters, histograms, a palette readable in grey, and PNG/SVG export.

Every chart is a :class:`Chart` (a ``pg.PlotWidget`` on white, large fonts for projectors). Drawing
functions add items and register *hit regions* (rectangles in data coordinates, each with a payload),
so a click anywhere inside a bar, a box or a quadrant emits :attr:`Chart.clicked` with that payload;
tests call :meth:`Chart.click_data` with a data position instead of synthesising mouse events.

Colours, hatches, font sizes and label formats: :mod:`gui.chart_style` (re-exported here).

Export: PNG at 2× by rendering the view into a QImage; SVG by rendering the same view into a
``QSvgGenerator`` (pyqtgraph's own SVGExporter fails on PySide6 ≥ 6.11). Both go through
:meth:`QGraphicsView.render`, so the files show exactly what is on screen.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QTextOption
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsTextItem, QWidget

from core.common.atomic import atomic_path
from gui.chart_style import (
    FONT_PT,
    HATCHES,
    INK,
    PALETTE,
    SELECTED,
    SYMBOLS,
    color,
    count,
    font_scale,
    hatch,
    lw,
    number,
    paint_hatch,
    percent,
    percent1,
    pt,
    set_font_scale,
    title_pt,
    tr,
)
from gui.locale_numbers import in_locale


def plain(text: str) -> str:
    """Text for pyqtgraph's title, axis-title and legend labels, which render HTML: escaped, so a
    category or a file name such as ``</text><script>`` or ``<b>x</b>`` shows as typed (issue
    #15 item 15). Tick labels and TextItems are drawn as plain text already."""
    return html.escape(str(text), quote=False)

class HatchItem(pg.GraphicsObject):
    """Hatch lines over data-space rectangles (bars, boxes), spaced in screen pixels."""

    def __init__(self, rects: Sequence[QRectF], style: str | None) -> None:
        super().__init__()
        self.rects = [QRectF(r).normalized() for r in rects]
        self.style = style
        self._bounds = QRectF()
        for r in self.rects:
            self._bounds = self._bounds.united(r)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p: QPainter, *args: Any) -> None:
        transform = p.transform()
        p.save()
        p.resetTransform()
        for r in self.rects:
            paint_hatch(p, transform.mapRect(r), self.style)
        p.restore()


def add_hatch(chart: Chart, rects: Sequence[QRectF], index: int) -> None:
    style = hatch(index)
    if style is not None and rects:
        chart.addItem(HatchItem(rects, style))


@dataclass
class Hit:
    """A clickable rectangle in data coordinates and what clicking it means."""

    rect: QRectF
    payload: Any


class _Swatch(pg.graphicsItems.LegendItem.ItemSample):
    """Legend sample: the series colour with its hatch (or its scatter symbol)."""

    def __init__(self, index: int, symbol: str | None = None) -> None:
        super().__init__(pg.PlotDataItem())
        self.index = index
        self.symbol = symbol

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.symbol:
            p.translate(10, 10)
            pg.graphicsItems.ScatterPlotItem.drawSymbol(
                p, self.symbol, 14, pg.mkPen(INK, width=lw(1.2)), pg.mkBrush(color(self.index)))
            return
        rect = QRectF(1, 1, 18, 18)
        p.setPen(pg.mkPen(INK, width=lw(1)))
        p.setBrush(QBrush(color(self.index)))
        p.drawRect(rect)
        transform = p.transform()
        p.save()
        p.resetTransform()
        paint_hatch(p, transform.mapRect(rect), hatch(self.index), spacing=5.0)
        p.restore()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 20, 20)


class NumberAxis(pg.AxisItem):
    """Tick labels people read: 8 M instead of 8e+06, 12,000 instead of 12000."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self._tickLevels is not None or not values:
            return super().tickStrings(values, scale, spacing)
        top = max(abs(v) for v in values)
        out = []
        for v in values:
            if top >= 1e6:
                out.append(f"{v / 1e6:,.{0 if spacing >= 1e6 else 1}f} M")
            elif top >= 1e4:
                out.append(f"{v:,.0f}")
            else:
                out.extend(super().tickStrings([v], scale, spacing))
        return [in_locale(text) for text in out]


def wrap_centred(item: QGraphicsTextItem) -> None:
    """Make a chart text (title, axis title) wrap at its text width, lines centred."""
    document = item.document()
    option = document.defaultTextOption()
    if option.alignment() != Qt.AlignmentFlag.AlignHCenter:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)


class Chart(pg.PlotWidget):
    """A plot on white with plain-words axis labels, a title, a legend, hit regions and export.

    Signals: ``clicked(object)`` with the payload of the hit region under a left click (the
    smallest one when regions nest); ``clickedEmpty()`` for a click outside every region.
    """

    clicked = Signal(object)
    clickedEmpty = Signal()

    def __init__(self, title: str = "", x_label: str = "", y_label: str = "", *,
                 object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background="w",
                         axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        if object_name:
            self.setObjectName(object_name)
        self.setAccessibleName(title or object_name)
        self.title = title
        self._axis_labels: dict[str, str] = {}
        self.hits: list[Hit] = []
        self.legend: pg.LegendItem | None = None
        self._message: pg.TextItem | None = None
        self._selection_items: list[pg.GraphicsObject] = []
        self._left_lines = 1
        """How the y-axis title is drawn now: on 1 or 2 lines, or 0 (off screen, too long for
        the plot's height; see :meth:`fit_left_label`)."""
        self._left_extra = 0
        """Pixels added to the left axis' width for the y-axis title's second line."""
        self._fitting_left = False
        self._tip_note = ""
        """Words a view left off the drawing (:meth:`set_tip_note`), shown in the tooltip."""
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.setMouseEnabled(x=False, y=False)
        tick_font = QFont()
        tick_font.setPointSize(pt())
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(INK, width=lw(1)))
            axis.setTextPen(pg.mkPen(INK))
            axis.setTickFont(tick_font)
            axis.setStyle(tickTextOffset=6, autoExpandTextSpace=True)
            axis.enableAutoSIPrefix(False)  # never "(x0.001)" beside a plain-words label
        plot.getAxis("left").setWidth(round(64 * font_scale()))
        self.set_labels(title, x_label, y_label)
        self.scene().sigMouseClicked.connect(self._on_scene_click)
        self._label_room: tuple[float, float, float, float] | None = None
        """(lowest y, highest label anchor, highest y without labels, label height in px) of
        the bars drawn, so the value range can leave room above them at any chart height."""
        plot.getViewBox().sigResized.connect(self._fit_label_room)
        plot.getViewBox().sigResized.connect(self.fit_left_label)
        self._percent_axis: tuple[str, float, float] | None = None
        """(axis, top tick, smallest step) of percent ticks spaced by the plot's size."""
        plot.getViewBox().sigResized.connect(self._fit_percent_ticks)

    # -- text ------------------------------------------------------------------------------------

    def set_labels(self, title: str | None = None, x_label: str | None = None,
                   y_label: str | None = None) -> None:
        plot = self.getPlotItem()
        style = {"color": INK, "font-size": f"{pt(1)}pt"}
        if title is not None:
            self.title = title
            self.setAccessibleName(title)
            plot.setTitle(plain(title), color=INK, size=f"{title_pt()}pt", bold=True)
        if x_label is not None:
            self._axis_labels["bottom"] = x_label
            plot.setLabel("bottom", plain(x_label), **style)
            if self.title_folded:  # stays folded with the title until the chart is taller
                plot.getAxis("bottom").showLabel(False)
            self.fit_bottom_label()
        if y_label is not None:
            self._axis_labels["left"] = y_label
            plot.setLabel("left", plain(y_label), **style)
            self._left_lines = 1
            self.fit_left_label()

    def fit_left_label(self) -> None:
        """Keep the y-axis title whole along the plot's height: on one line, else wrapped on
        two, else off screen and in the chart's tooltip (exports draw it). pyqtgraph draws it on
        one rotated line centred on the axis, cut at both ends when the plot is shorter than
        the text ("ương ÷ lương tối thiểu" on a 1024×768 projector in Vietnamese)."""
        plot = self.getPlotItem()
        if plot is None or self._fitting_left:
            return
        axis = plot.getAxis("left")
        item = axis.label
        text = self._axis_labels.get("left", "")
        shown = axis.label.isVisible() if item is not None else False
        if (not text or item is None or self._message is not None
                or not (shown or self._left_lines == 0)):
            return  # no title, or a message chart that hid it itself
        room = plot.getViewBox().height() - 6
        self._fitting_left = True
        try:  # no plot yet (0 px while the layout settles): nothing fits, it comes back on resize
            lines, line_h = self._left_lines_for(item, room) if room > 0 else (0, 0.0)
            extra = round(line_h * 0.8) if lines == 2 else 0
            if axis.fixedWidth is not None and extra != self._left_extra:
                axis.setWidth(axis.fixedWidth - self._left_extra + extra)
            self._left_extra = extra
            if (lines > 0) != shown:
                axis.showLabel(lines > 0)
            self._left_lines = lines
            axis.resizeEvent()
            self._update_tooltip()
        finally:
            self._fitting_left = False

    @staticmethod
    def _left_lines_for(item: Any, room: float) -> tuple[int, float]:
        """(lines the title needs within ``room`` px: 1, 2 or 0 for neither, one line's height);
        leaves the item wrapped as decided."""
        document = item.document()
        item.setTextWidth(-1)
        line_h = document.size().height()
        if document.idealWidth() <= room:
            return 1, line_h
        wrap_centred(item)
        item.setTextWidth(room)
        if document.size().height() <= line_h * 1.9 and document.idealWidth() <= room + 1:
            return 2, line_h
        item.setTextWidth(-1)
        return 0, line_h

    def _update_tooltip(self) -> None:
        """The chart's tooltip carries every title the screen does not show."""
        words = []
        if self.title_folded:
            words += [plain(t) for t in (self.title, self._axis_labels.get("bottom", "")) if t]
        if self._left_lines == 0 and self._axis_labels.get("left"):
            words.append(plain(self._axis_labels["left"]))
        if self._tip_note:
            words.append(self._tip_note)
        self.setToolTip("\n".join(words))

    def set_tip_note(self, text: str) -> None:
        """Words a view left off the chart on screen (compact labels), kept in its tooltip
        beside any folded title."""
        self._tip_note = text
        self._update_tooltip()

    def fit_bottom_label(self, margin: int = 20) -> None:
        """Wrap the x-axis title to the plot's width, centred, and give the axis the height of
        its lines: pyqtgraph draws it on one line, cut at the chart's edge when long (a
        Vietnamese grouping name with its reference group)."""
        plot = self.getPlotItem()
        axis = plot.getAxis("bottom")
        item = axis.label
        if item is None or not axis.label.isVisible():
            return
        wrap_centred(item)
        left = plot.getAxis("left")
        width = max(120, self.width() - margin - (left.width() if left.isVisible() else 0))
        if item.textWidth() != width:
            item.setTextWidth(width)
        if axis.fixedHeight is not None:  # a category axis: room for the title's lines
            self._fit_category_height()
        else:
            axis._updateHeight()  # pyqtgraph's own sum of tick text and label height
        axis.resizeEvent()

    def x_title_room(self) -> float:
        """Height the x-axis title takes under a category axis' labels, as wrapped now (a
        two-line title given one line's room lay over the labels' second line)."""
        item = self.getPlotItem().getAxis("bottom").label
        lines = item.boundingRect().height() - 5 if item is not None else 0.0  # pyqtgraph's nudge
        return max(float(axis_title_room()), lines + 4)

    def _fit_category_height(self) -> None:
        """The category axis' height: its labels' lines, and its title's where it is shown."""
        ticks = getattr(self, "_category_ticks_h", None)
        axis = self.getPlotItem().getAxis("bottom")
        if ticks is None or axis.fixedHeight is None:
            return
        height = round(ticks + (self.x_title_room() if axis.label.isVisible() else 0))
        if axis.fixedHeight != height:
            axis.setHeight(height)

    MIN_PLOT_WITH_TITLE = 120
    """Below this plot height the titles are folded away on screen (see :meth:`fold_title`)."""

    def fold_title(self, title_height: int) -> bool:
        """Hide the title and the x-axis title on screen when the chart is so short that, with
        them, the plot would be under :data:`MIN_PLOT_WITH_TITLE` px (a 1024×768 projector in
        large text left the plot 0 px under a two-line title and a wrapped axis title; the
        drop-downs above the chart say the same). Both are in the tooltip, and exports draw
        them (:meth:`_title_shown`). Returns whether they are folded."""
        plot = self.getPlotItem()
        bottom = plot.getAxis("bottom")
        label_h = 0.0
        if self._axis_labels.get("bottom"):
            label_h = (self.x_title_room() if bottom.fixedHeight is not None
                       else bottom.label.boundingRect().height() * 0.8)
        ticks_h = 0.0
        if bottom.isVisible():  # the axis without its title, whether it is shown now or not
            ticks_h = bottom.height() - (label_h if bottom.label.isVisible() else 0.0)
        fold = bool(self.title) and self._message is None and (
            self.height() - title_height - ticks_h - label_h < self.MIN_PLOT_WITH_TITLE)
        self._set_folded(fold, title_height)
        return fold

    def _set_folded(self, fold: bool, title_height: int) -> None:
        plot = self.getPlotItem()
        label = plot.titleLabel
        label.setVisible(not fold)
        label.setMaximumHeight(0 if fold else title_height)
        plot.layout.setRowFixedHeight(0, 0 if fold else title_height)
        bottom = plot.getAxis("bottom")
        # the x-axis title goes with the fold, and comes back only where the fold hid it (a
        # message chart hides its axis titles itself: they stay hidden)
        if fold:
            toggle = bottom.label.isVisible()
        else:
            toggle = (self.title_folded and self._message is None
                      and bool(self._axis_labels.get("bottom")) and not bottom.label.isVisible())
        if toggle:
            bottom.showLabel(not fold)
            self._fit_category_height()  # a category axis: its title's room goes too
        self._title_folded = fold
        self._update_tooltip()

    @property
    def title_folded(self) -> bool:
        return bool(getattr(self, "_title_folded", False))

    @contextlib.contextmanager
    def _title_shown(self) -> Iterator[None]:
        """Exports carry the titles even where the screen folded them away."""
        folded, left_hidden = self.title_folded, self._left_lines == 0
        if not folded and not left_hidden:
            yield
            return
        plot = self.getPlotItem()
        height = max(30, round(plot.titleLabel.itemRect().height()))
        if folded:
            self._set_folded(False, height)
            self.fit_bottom_label()
        left = plot.getAxis("left")
        if left_hidden:  # wrapped to the plot's height, as far as it goes
            left.label.setTextWidth(max(60.0, plot.getViewBox().height() - 6))
            left.showLabel(True)
            left.resizeEvent()
        plot.layout.activate()
        try:
            yield
        finally:
            if folded:
                self._set_folded(True, height)
            if left_hidden:
                left.showLabel(False)
                left.label.setTextWidth(-1)
            plot.layout.activate()

    def axis_label(self, name: str = "bottom") -> str:
        """The text of the "bottom" or "left" axis title."""
        return self._axis_labels.get(name, "")

    def apply_style(self) -> None:
        """Fonts and line widths of the axes, title and message at the current
        :func:`set_font_scale` (presentation mode); bars and labels follow when redrawn."""
        plot = self.getPlotItem()
        tick_font = QFont()
        tick_font.setPointSize(pt())
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(INK, width=lw(1)))
            axis.setTickFont(tick_font)
            text = self._axis_labels.get(name)
            folded = name == "bottom" and self.title_folded
            if text and (axis.label.isVisible() or folded):
                plot.setLabel(name, plain(text), color=INK, **{"font-size": f"{pt(1)}pt"})
                if folded:
                    axis.showLabel(False)
        self.fit_bottom_label()
        plot.getAxis("left").setWidth(round(64 * font_scale()))
        self._left_extra = 0
        if self._left_lines == 0 and self._axis_labels.get("left"):  # hidden by the fit
            plot.setLabel("left", plain(self._axis_labels["left"]), color=INK,
                          **{"font-size": f"{pt(1)}pt"})
            plot.getAxis("left").showLabel(False)
        self.fit_left_label()
        if self._message is not None:
            font = QFont()
            font.setPointSize(pt(2))
            self._message.setFont(font)
        elif self.title:
            plot.setTitle(plain(self.title), color=INK, size=f"{title_pt()}pt", bold=True)

    def add_legend(self, entries: Sequence[tuple[int, str]], *, symbols: bool = False,
                   columns: int = 1, offset: tuple[int, int] = (-10, 10)) -> None:
        """A legend of (series index, name) with colour + hatch swatches (or symbols)."""
        if self.legend is not None:
            self.legend.scene() and self.legend.scene().removeItem(self.legend)
            self.legend = None
        if not entries:
            return
        legend = pg.LegendItem(offset=offset, labelTextColor=INK,
                               labelTextSize=f"{pt(-1)}pt", brush=pg.mkBrush(255, 255, 255, 225),
                               pen=pg.mkPen("#999999"), colCount=columns)
        legend.setParentItem(self.getPlotItem().vb)
        for index, name in entries:
            legend.addItem(_Swatch(index, SYMBOLS[index % len(SYMBOLS)] if symbols else None),
                           plain(name))
        self.legend = legend

    def show_message(self, text: str, title: str = "") -> None:
        """A plain-words message in the middle of an otherwise empty chart (axis titles cleared,
        long text wrapped)."""
        self.clear_chart()
        plot = self.getPlotItem()
        plot.getAxis("bottom").showLabel(False)
        plot.getAxis("left").showLabel(False)
        self._left_lines = 1  # the message hid the y-axis title itself
        self._update_tooltip()
        if title:
            self.set_labels(title=title)
        else:
            plot.setTitle(None)
        self.title = title
        item = pg.TextItem(wrap_label(text, 44), color=INK, anchor=(0.5, 0.5))
        font = QFont()
        font.setPointSize(pt(2))
        item.setFont(font)
        self.addItem(item)
        item.setPos(0.5, 0.5)
        self.getPlotItem().getAxis("bottom").setTicks([[]])
        self.getPlotItem().getAxis("left").setTicks([[]])
        self.setXRange(0, 1, padding=0)
        self.setYRange(0, 1, padding=0)
        self._message = item

    def message(self) -> str:
        return self._message.toPlainText() if self._message is not None else ""

    def has_message(self) -> bool:
        """Whether the chart shows a message in place of a drawing."""
        return self._message is not None

    def reserve_label_room(self, y_lo: float, label_top: float, y_hi: float, label_px: float
                           ) -> None:
        """Keep ``label_px`` pixels above ``label_top`` (the highest whisker, where the value
        labels sit) inside the plot, whatever its height: a short chart on a projector otherwise
        cuts the labels off at the top ("9.39 M" seen as half a line)."""
        self._label_room = (y_lo, label_top, y_hi, label_px)
        self._fit_label_room()

    def _fit_label_room(self) -> None:
        if self._label_room is None:
            return
        y_lo, label_top, y_hi, label_px = self._label_room
        plot_px = self.getPlotItem().getViewBox().height()
        if plot_px <= 0 or label_top <= y_lo:
            return
        usable = max(plot_px - label_px, plot_px / 3)  # a tiny chart keeps a third for bars
        needed = y_lo + (label_top - y_lo) * plot_px / usable
        self.setYRange(y_lo, max(y_hi, needed), padding=0)

    PERCENT_STEPS = (0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0)

    def set_percent_ticks(self, axis_name: str, top: float, step: float) -> None:
        """Ticks at whole percents from 0 to ``top`` on the "left" or "bottom" axis, every
        ``step`` or, where the plot is too short for their text, a wider step (0% 20% 40% …
        overlapped on a 75 px plot in presentation mode)."""
        self._percent_axis = (axis_name, top, step)
        self._fit_percent_ticks()

    def _fit_percent_ticks(self) -> None:
        plot = self.getPlotItem()
        if self._percent_axis is None or plot is None:
            return
        name, top, smallest = self._percent_axis
        axis, box = plot.getAxis(name), plot.getViewBox()
        low, high = box.viewRange()[1 if name == "left" else 0]
        length = box.height() if name == "left" else box.width()
        metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
        room = (1.3 * metrics.height() if name == "left"
                else 1.5 * metrics.horizontalAdvance("100%"))
        step = smallest
        if length > 0 and high > low:
            fitting = [s for s in self.PERCENT_STEPS
                       if s >= smallest - 1e-12 and s * length / (high - low) >= room]
            step = fitting[0] if fitting else self.PERCENT_STEPS[-1]
        axis.setTicks([[(v, f"{round(100 * v)}%") for v in np.arange(0, top + 1e-9, step)]])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # (a closed PlotWidget has no plot item left; resize events can still arrive)
        if getattr(self, "_categories", None) and self.getPlotItem() is not None:
            self.wrap_categories()

    def wrap_categories(self) -> None:
        """Wrap the category labels of a vertical bar chart to the slots' width now (drawn at
        another width, pyqtgraph would drop those that no longer fit)."""
        categories = self._categories or []
        axis = self.getPlotItem().getAxis("bottom")
        ticks = [(i, wrap_to_slot(self, c, len(categories))) for i, c in enumerate(categories)]
        axis.setTicks([ticks])
        fit_category_axis(self, axis, [t for _, t in ticks], horizontal=False)

    def clear_chart(self) -> None:
        self._label_room = None
        self._percent_axis = None
        self._tip_note = ""  # belongs to the drawing it described
        self._categories: list[str] | None = None
        self.getPlotItem().clear()
        self.hits = []
        self._selection_items = []
        self._message = None
        if self.legend is not None:
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
            self.legend = None
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTicks(None)
        plot.getAxis("left").setWidth(round(64 * font_scale()))
        self._left_extra = 0
        plot.getAxis("bottom").setHeight(None)
        self._category_ticks_h: float | None = None
        self.fit_left_label()

    # -- clicks ----------------------------------------------------------------------------------

    def add_hit(self, rect: QRectF, payload: Any) -> None:
        self.hits.append(Hit(rect.normalized(), payload))

    def hit_at(self, x: float, y: float) -> Hit | None:
        inside = [h for h in self.hits if h.rect.contains(QPointF(x, y))]
        if not inside:
            return None
        return min(inside, key=lambda h: h.rect.width() * h.rect.height())

    def click_data(self, x: float, y: float) -> Any:
        """What a left click at data position (x, y) does: emits and returns the payload."""
        hit = self.hit_at(x, y)
        if hit is None:
            self.clickedEmpty.emit()
            return None
        self.clicked.emit(hit.payload)
        return hit.payload

    def _on_scene_click(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.click_data(point.x(), point.y())
        event.accept()

    # -- selection overlay -----------------------------------------------------------------------

    def set_selection_items(self, items: Sequence[pg.GraphicsObject]) -> None:
        """Replace the overlay that marks the selection (drawn above everything else)."""
        for item in self._selection_items:
            self.removeItem(item)
        self._selection_items = list(items)
        for item in self._selection_items:
            item.setZValue(50)
            self.addItem(item)

    # -- export ----------------------------------------------------------------------------------

    def _source_rect(self) -> QRectF:
        rect = self.viewport().rect()
        if rect.width() < 50 or rect.height() < 50:  # never shown: export at a sensible size
            self.resize(960, 600)
            rect = self.viewport().rect()
        return QRectF(rect)

    def _caption_font(self, scale: float) -> QFont:
        font = QFont()
        font.setPointSizeF(max(pt(-2), 7) * scale)
        return font

    def _caption_height(self, caption: Sequence[str], width: float, scale: float) -> float:
        if not caption:
            return 0.0
        metrics = QFontMetrics(self._caption_font(scale))
        text = "\n".join(caption)
        bound = metrics.boundingRect(QRect(0, 0, round(width - 24 * scale), 10_000),
                                     int(Qt.TextFlag.TextWordWrap), text)
        return bound.height() + 14 * scale

    def _paint_caption(self, painter: QPainter, caption: Sequence[str], top: float, width: float,
                       scale: float) -> None:
        painter.setFont(self._caption_font(scale))
        painter.setPen(QColor("#333333"))
        painter.drawLine(QPointF(12 * scale, top + 3 * scale), QPointF(width - 12 * scale,
                                                                       top + 3 * scale))
        painter.drawText(QRectF(12 * scale, top + 8 * scale, width - 24 * scale, 10_000),
                         int(Qt.TextFlag.TextWordWrap), "\n".join(caption))

    def export_caption(self, caption: Sequence[str] = ()) -> list[str]:
        """The footer lines of an export: ``caption`` and the words the screen left off the
        drawing (:meth:`set_tip_note`: a short matrix chart's corners show counts only, and a
        picture has no tooltip to hold the rest)."""
        return [*caption, *([self._tip_note] if self._tip_note else [])]

    def render_image(self, scale: float = 2.0, caption: Sequence[str] = ()) -> QImage:
        """The chart at ``scale``× its on-screen size, with ``caption`` lines in a footer
        (what the picture shows: subset, counts, source, date)."""
        caption = self.export_caption(caption)
        source = self._source_rect()
        width = source.width() * scale
        footer = self._caption_height(caption, width, scale)
        image = QImage(round(width), round(source.height() * scale + footer),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        with self._title_shown():
            self.render(painter, QRectF(0, 0, width, source.height() * scale), source.toRect())
        if caption:
            self._paint_caption(painter, caption, source.height() * scale, width, scale)
        painter.end()
        return image

    def export_png(self, path: str | Path, scale: float = 2.0, *,
                   caption: Sequence[str] = ()) -> Path:
        """The chart as PNG at ``scale``× the on-screen size (default 2× for print)."""
        path = Path(path)
        image = self.render_image(scale, caption)
        with atomic_path(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"Could not write {path}")
        return path

    def export_svg(self, path: str | Path, *, caption: Sequence[str] = ()) -> Path:
        """The chart as SVG, rendered through QSvgGenerator (vector text and shapes)."""
        path = Path(path)
        caption = self.export_caption(caption)
        source = self._source_rect()
        footer = self._caption_height(caption, source.width(), 1.0)
        size = QSize(round(source.width()), round(source.height() + footer))
        with atomic_path(path) as tmp:
            self._write_svg(tmp, source, size, caption)
        return path

    def _write_svg(self, path: Path, source: QRectF, size: QSize, caption: Sequence[str]
                   ) -> None:
        """Draw into ``path``; the generator goes out of scope here, closing the file before
        it is renamed (Windows cannot rename an open file)."""
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setResolution(96)  # so browsers show it at its on-screen size
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title or "chart")
        generator.setDescription("\n".join([*caption, tr("Made with Upgrading Explorer")]))
        painter = QPainter(generator)
        with self._title_shown():
            self.render(painter, QRectF(0, 0, source.width(), source.height()), source.toRect())
        if caption:
            self._paint_caption(painter, caption, source.height(), source.width(), 1.0)
        painter.end()


# ---------------------------------------------------------------------------------------- bars

@dataclass
class BarSeries:
    """One series of a grouped bar chart: a value per category, optional CI and payloads.

    ``suppressed`` bars are not drawn; the chart says "too few firms to show" in their place.
    """

    name: str
    values: Sequence[float]
    low: Sequence[float] | None = None
    high: Sequence[float] | None = None
    payloads: Sequence[Any] | None = None
    suppressed: Sequence[bool] | None = None
    labels: Sequence[str] | None = None
    """Text above each bar (default: the value, formatted by the chart's ``fmt``)."""
    notes: Sequence[str] = field(default_factory=list)
    """Per category: a small note under the value label (e.g. 'n=23')."""


def _arr(values: Sequence[float] | None, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    return np.asarray(values, dtype=float)


def wrap_label(text: str, width: int = 14) -> str:
    """Break a long category label on spaces so ticks do not overlap (explicit newlines kept)."""
    out = []
    for part in str(text).split("\n"):
        words, line = part.split(), ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        out.append(line)
    return "\n".join(out) or str(text)


def _plot_width(chart: Chart) -> int:
    """The width the bars share: the chart less its left axis and margins (pixels)."""
    return chart.width() - chart.getPlotItem().getAxis("left").width() - 40


def _chars_per_slot(chart: Chart, n_cat: int, default: int = 14) -> int:
    """How many characters of a category label fit under its bars (labels wrap at spaces to
    that): 14 on a chart not laid out yet, else from the slot's width at the tick font."""
    plot_width = _plot_width(chart)
    if n_cat == 0 or plot_width < 200:
        return max(6, round(default / font_scale()))
    font = QFont()
    font.setPointSize(pt())
    from PySide6.QtGui import QFontMetrics

    per_char = QFontMetrics(font).horizontalAdvance("abcdefghij nopqrstu") / 19
    return max(6, min(28, int(plot_width / n_cat * 0.92 / per_char)))


def axis_title_room() -> int:
    """Height an axis title takes on a category axis whose height is fixed (pixels)."""
    font = QFont()
    font.setPointSize(pt(1))
    return QFontMetrics(font).height() + 8


def wrap_to_slot(chart: Chart, text: str, n_cat: int) -> str:
    """``text`` wrapped so each line fits under its bars: first at the characters a slot holds,
    then narrower while a line is still wider than the slot in pixels (pyqtgraph silently drops
    a tick label that reaches past the axis' end: "Có nâng cấp (bất kỳ loại nào)" under the
    right bar in large Vietnamese text was not drawn)."""
    chars = _chars_per_slot(chart, n_cat)
    wrapped = wrap_label(text, chars)
    plot_width = _plot_width(chart)
    if n_cat == 0 or plot_width < 200:
        return wrapped
    font = QFont()
    font.setPointSize(pt())
    metrics = QFontMetrics(font)
    slot = plot_width / n_cat * 0.92
    while chars > 6 and max(metrics.horizontalAdvance(line)
                            for line in wrapped.split("\n")) > slot:
        chars -= 1
        wrapped = wrap_label(text, chars)
    return wrapped


def fit_category_axis(chart: Chart, axis: pg.AxisItem, labels: Sequence[str],
                      horizontal: bool) -> None:
    """Room for every (possibly multi-line) category label, so none is dropped or overlaps
    the axis title."""
    font = QFont()
    font.setPointSize(pt())
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    lines = [str(t).split("\n") for t in labels] or [[""]]
    if horizontal:
        widest = max(metrics.horizontalAdvance(line) for ls in lines for line in ls)
        axis.setWidth(widest + 20 + (metrics.height() + 8 if axis.label.isVisible() else 0))
    else:
        n_lines = max(len(ls) for ls in lines)
        chart._category_ticks_h = n_lines * (metrics.height() + 2) + 16
        axis.setHeight(chart._category_ticks_h)
        chart._fit_category_height()  # with its title's room, none while folded


def bar_chart(chart: Chart, categories: Sequence[str], series: Sequence[BarSeries], *,
              fmt: Callable[[float], str] = number, y_range: tuple[float, float] | None = None,
              suppressed_text: str | None = None, legend: bool = True,
              legend_columns: int = 1, horizontal: bool = False) -> None:
    """Grouped bars (one ``BarGraphItem`` per series) with CI whiskers, value labels, hatches and a
    hit region per bar; categories on a text axis. Horizontal bars for long category names."""
    chart.clear_chart()
    n_cat, n_ser = len(categories), max(len(series), 1)
    if n_cat == 0 or not series:
        chart.show_message(tr("Nothing to show for this subset"))
        return
    group_width = 0.8
    width = group_width / n_ser
    suppressed_text = suppressed_text or tr("too few firms\nto show")
    top = 0.0
    for s in series:
        shown_mask = ~np.asarray(s.suppressed if s.suppressed is not None
                                 else [False] * n_cat, bool)
        vals = np.where(shown_mask, _arr(s.values, n_cat), np.nan)
        hi = np.where(shown_mask, _arr(s.high, n_cat), np.nan)
        cand = np.concatenate([vals[np.isfinite(vals)], hi[np.isfinite(hi)]])
        if cand.size:
            top = max(top, float(cand.max()))
    top = top or 1.0
    show_legend = legend and (len(series) > 1 or bool(series[0].name))
    if font_scale() > 1 and len(series) <= 3:
        legend_columns = len(series)  # presentation mode: the legend in one row, above the bars
    # room above the bars for the value labels and the legend (both grow in presentation mode)
    legend_rows = -(-min(len(series), 6) // max(legend_columns, 1))
    headroom = 1 + (0.18 if not show_legend else 0.22 + 0.09 * legend_rows) * font_scale()
    if show_legend and font_scale() > 1:  # presentation: the legend row clear of value labels
        headroom += 0.3
    y_lo, y_hi = y_range if y_range else (0.0, top * headroom)
    tick_top = y_hi
    if y_range and show_legend and font_scale() > 1:  # presentation mode, a fixed range (0–100%):
        y_hi = y_lo + (y_hi - y_lo) * (1 + 0.3 * legend_rows * font_scale())  # room for the legend
    label_font = QFont()
    label_font.setPointSize(pt(-1))
    label_top, label_texts = 0.0, []
    for j, s in enumerate(series):
        vals, lo, hi = _arr(s.values, n_cat), _arr(s.low, n_cat), _arr(s.high, n_cat)
        supp = np.asarray(s.suppressed if s.suppressed is not None else [False] * n_cat, bool)
        pos = np.arange(n_cat) - group_width / 2 + width * (j + 0.5)
        shown = np.isfinite(vals) & ~supp
        heights = np.where(shown, vals, 0.0)
        geometry = (dict(x0=np.zeros(n_cat), y=pos, width=heights, height=width * 0.92)
                    if horizontal else dict(x=pos, height=heights, width=width * 0.92))
        bars = pg.BarGraphItem(**geometry, brush=pg.mkBrush(color(j)), pen=pg.mkPen(INK, width=lw(1)))
        chart.addItem(bars)
        bar_w = width * 0.92
        add_hatch(chart, [QRectF(0, p_ - bar_w / 2, h, bar_w) if horizontal else
                          QRectF(p_ - bar_w / 2, 0, bar_w, h)
                          for p_, h in zip(pos, heights, strict=True) if h], j)
        ci = shown & np.isfinite(lo) & np.isfinite(hi)
        if ci.any():
            kw = (dict(x=vals[ci], y=pos[ci], left=vals[ci] - lo[ci], right=hi[ci] - vals[ci],
                       beam=width * 0.35) if horizontal else
                  dict(x=pos[ci], y=vals[ci], top=hi[ci] - vals[ci], bottom=vals[ci] - lo[ci],
                       beam=width * 0.35))
            chart.addItem(pg.ErrorBarItem(**kw, pen=pg.mkPen(INK, width=lw(2))))
        for i in range(n_cat):
            payload = s.payloads[i] if s.payloads is not None else (j, i)
            if supp[i] or not np.isfinite(vals[i]):
                text = suppressed_text if supp[i] else tr("no data")
                narrow = n_ser > 1 and not horizontal
                if narrow:  # one rotated line fits a narrow bar's width
                    text = " ".join(text.split())
                item = pg.TextItem(text, color="#555555", angle=90 if narrow else 0,
                                   anchor=(0, 0.5) if horizontal or narrow else (0.5, 1.0))
                item.setFont(label_font)
                chart.addItem(item)
                item.setPos(QPointF(0, pos[i]) if horizontal else QPointF(pos[i], 0))
                continue
            crowded = n_cat * n_ser > 14 and s.labels is None
            label = "" if crowded else s.labels[i] if s.labels is not None else fmt(vals[i])
            if s.notes and i < len(s.notes) and s.notes[i]:
                label = f"{label}\n{s.notes[i]}"
            end = hi[i] if np.isfinite(hi[i]) else vals[i]
            if label:
                label_top, label_texts = max(label_top, float(end)), [*label_texts, label]
            item = pg.TextItem(label, color=INK, anchor=(0, 0.5) if horizontal else (0.5, 1.0))
            item.setFont(label_font)
            chart.addItem(item)
            item.setPos(QPointF(end, pos[i]) if horizontal else QPointF(pos[i], end))
            # generous hit area: the whole column above the bar, so thin bars are easy to click
            rect = (QRectF(min(0.0, vals[i]), pos[i] - width / 2, max(abs(vals[i]), 0) +
                           (y_hi - y_lo) * 0.06, width)
                    if horizontal else
                    QRectF(pos[i] - width / 2, min(0.0, vals[i]), width,
                           max(abs(vals[i]), 0) + (y_hi - y_lo) * 0.06))
            chart.add_hit(rect, payload)
    if horizontal:
        ticks = [[(i, wrap_label(c, 28)) for i, c in enumerate(categories)]]
        axis = chart.getPlotItem().getAxis("left")
        axis.setTicks(ticks)
        fit_category_axis(chart, axis, [t for _, t in ticks[0]], horizontal)
        chart.setYRange(-0.6, n_cat - 0.4, padding=0)
        chart.setXRange(y_lo, y_hi * 1.12, padding=0)
        chart.getPlotItem().invertY(True)
    else:  # wrapped again whenever the chart's width changes
        chart._categories = [str(c) for c in categories]
        chart.wrap_categories()
        chart.getPlotItem().invertY(False)
        chart.setXRange(-0.6, n_cat - 0.4, padding=0)
        chart.setYRange(y_lo, y_hi, padding=0)
    if fmt is percent or getattr(fmt, "is_percent", False):
        step = (0.02 if y_hi <= 0.1 else 0.05 if y_hi <= 0.3 else 0.1 if y_hi <= 0.6 else 0.2)
        chart.set_percent_ticks("bottom" if horizontal else "left", tick_top, step)
    if show_legend:
        chart.add_legend([(j, s.name) for j, s in enumerate(series)], columns=legend_columns)
    if not horizontal and label_top > 0:
        lines = max((label.count("\n") + 1 for label in label_texts), default=1)
        legend_px = (chart.legend.boundingRect().height() + 12
                     if show_legend and chart.legend is not None else 0)  # the legend is on top
        chart.reserve_label_room(y_lo, label_top, y_hi,
                                 lines * QFontMetrics(label_font).height() + 6 + legend_px)




# ----------------------------------------------------------------------------------- boxplots

def box_stats(values: np.ndarray) -> dict[str, float]:
    """Quartiles and Tukey whiskers (1.5 × IQR, clipped to the data) of finite values."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return {}
    q1, med, q3 = np.percentile(v, [25, 50, 75])
    iqr = q3 - q1
    lo = float(v[v >= q1 - 1.5 * iqr].min())
    hi = float(v[v <= q3 + 1.5 * iqr].max())
    return {"q1": float(q1), "median": float(med), "q3": float(q3), "low": lo, "high": hi,
            "n": int(v.size), "outliers": v[(v < lo) | (v > hi)]}


def box_chart(chart: Chart, categories: Sequence[str], groups: Sequence[np.ndarray], *,
              payloads: Sequence[Any] | None = None, notes: Sequence[str] | None = None,
              hidden: Sequence[str | None] | None = None, fmt: Callable[[float], str] = number
              ) -> list[dict[str, float]]:
    """One box per category (quartiles, median, Tukey whiskers, outliers as small dots); a
    ``hidden[i]`` text replaces a box that must not be drawn (e.g. too few firms)."""
    chart.clear_chart()
    if not categories:
        chart.show_message(tr("Nothing to show for this subset"))
        return []
    stats = []
    label_font = QFont()
    label_font.setPointSize(pt(-1))
    ymax, ymin = -np.inf, np.inf
    for i, values in enumerate(groups):
        st = {} if hidden and hidden[i] else box_stats(values)
        stats.append(st)
        if not st:
            text = hidden[i] if hidden and hidden[i] else tr("no data")
            item = pg.TextItem(text, color="#555555", anchor=(0.5, 0.5))
            item.setFont(label_font)
            chart.addItem(item)
            item.setPos(i, np.nan)  # placed once the range is known
            st["_placeholder"] = item
            continue
        w = 0.6
        chart.addItem(pg.BarGraphItem(x=[i], y0=[st["q1"]], height=[st["q3"] - st["q1"]],
                                      width=w, brush=pg.mkBrush(color(i)),
                                      pen=pg.mkPen(INK, width=lw(1.5))))
        add_hatch(chart, [QRectF(i - w / 2, st["q1"], w, st["q3"] - st["q1"])], i)
        lines = np.array([[i - w / 2, st["median"]], [i + w / 2, st["median"]],
                          [i, st["q3"]], [i, st["high"]], [i, st["q1"]], [i, st["low"]],
                          [i - w / 4, st["high"]], [i + w / 4, st["high"]],
                          [i - w / 4, st["low"]], [i + w / 4, st["low"]]])
        chart.addItem(pg.PlotDataItem(lines[:, 0], lines[:, 1], connect="pairs",
                                      pen=pg.mkPen(INK, width=lw(2))))
        # the median drawn white-on-black so it shows on any fill
        chart.addItem(pg.PlotDataItem([i - w / 2, i + w / 2], [st["median"]] * 2,
                                      pen=pg.mkPen(INK, width=lw(4))))
        out = st["outliers"]
        if out.size:
            chart.addItem(pg.ScatterPlotItem(np.full(out.size, i), out, size=5,
                                             pen=pg.mkPen(None), brush=pg.mkBrush(60, 60, 60, 140)))
        text = pg.TextItem(fmt(st["median"]), color=INK, anchor=(0.5, 1.0),
                           fill=pg.mkBrush(255, 255, 255, 215))
        text.setFont(label_font)
        text.setZValue(20)
        chart.addItem(text)
        text.setPos(i, st["q3"])
        st["_label"] = text
        ymax = max(ymax, st["high"], float(out.max()) if out.size else st["high"])
        ymin = min(ymin, st["low"], float(out.min()) if out.size else st["low"])
        payload = payloads[i] if payloads is not None else i
        chart.add_hit(QRectF(i - w / 2, st["low"], w, st["high"] - st["low"] or 1e-9), payload)
    if not np.isfinite(ymax):
        ymin, ymax = 0.0, 1.0
    span = (ymax - ymin) or 1.0
    for st in stats:
        if "_placeholder" in st:
            item = st.pop("_placeholder")
            item.setPos(item.pos().x(), ymin + span / 2)
    # wrapped again whenever the chart's width changes, as the bar charts' labels are
    chart._categories = [c if not (notes and notes[i]) else f"{c}\n{notes[i]}"
                         for i, c in enumerate(categories)]
    chart.wrap_categories()
    chart.setXRange(-0.6, len(categories) - 0.4, padding=0)
    chart.setYRange(ymin - span * 0.04, ymax + span * 0.06, padding=0)
    return stats


# ------------------------------------------------------------------------------------ scatter

def jitter(n: int, amount: float = 0.25, seed: int = 20240) -> np.ndarray:
    """Deterministic jitter in [-amount, amount]: the same firm lands on the same spot each time."""
    return np.random.default_rng(seed).uniform(-amount, amount, n)


def scatter_points(chart: Chart, x: np.ndarray, y: np.ndarray, *, index: int = 0,
                   size: float = 10, data: Sequence[Any] | None = None,
                   name: str | None = None) -> pg.ScatterPlotItem:
    """Points of one group: palette colour, group symbol, thin dark outline (readable in grey)."""
    item = pg.ScatterPlotItem(np.asarray(x, float), np.asarray(y, float), size=size,
                              symbol=SYMBOLS[index % len(SYMBOLS)],
                              pen=pg.mkPen(INK, width=lw(0.8)),
                              brush=pg.mkBrush(color(index).red(), color(index).green(),
                                               color(index).blue(), 210),
                              data=list(data) if data is not None else None, name=name)
    chart.addItem(item)
    return item


def selection_overlay(x: np.ndarray, y: np.ndarray, size: float = 18) -> pg.ScatterPlotItem:
    """Rings around selected points (a second item, so the base scatter is never redrawn)."""
    return pg.ScatterPlotItem(np.asarray(x, float), np.asarray(y, float), size=size, symbol="o",
                              pen=pg.mkPen(SELECTED, width=lw(2.5)), brush=pg.mkBrush(None))


def histogram_chart(chart: Chart, groups: Sequence[tuple[str, np.ndarray]], *, bins: int = 20,
                    fmt: Callable[[float], str] = number) -> np.ndarray:
    """Overlaid step-free histograms (counts) sharing bin edges, one per group; returns the edges."""
    chart.clear_chart()
    finite = [v[np.isfinite(v)] for _, v in groups]
    allv = np.concatenate(finite) if finite else np.array([])
    if allv.size == 0:
        chart.show_message(tr("Nothing to show for this subset"))
        return np.array([])
    edges = np.histogram_bin_edges(allv, bins=bins)
    k = len(groups)
    width = (edges[1] - edges[0]) / max(k, 1)
    for j, (_name, v) in enumerate(groups):
        counts, _ = np.histogram(v[np.isfinite(v)], bins=edges)
        x = edges[:-1] + width * (j + 0.5)
        chart.addItem(pg.BarGraphItem(x=x, height=counts, width=width * 0.95,
                                      brush=pg.mkBrush(color(j)), pen=pg.mkPen(INK, width=lw(0.5))))
        add_hatch(chart, [QRectF(a - width * 0.475, 0, width * 0.95, c)
                          for a, c in zip(x, counts, strict=True) if c], j)
        for a, b, c in zip(edges[:-1], edges[1:], counts, strict=True):
            chart.add_hit(QRectF(a, 0, b - a, max(c, 0.5)), (j, float(a), float(b)))
    if k > 1:
        chart.add_legend([(j, name) for j, (name, _) in enumerate(groups)])
    chart.enableAutoRange()
    return edges


__all__ = [
    "FONT_PT",
    "HATCHES",
    "INK",
    "PALETTE",
    "SYMBOLS",
    "BarSeries",
    "Chart",
    "Hit",
    "bar_chart",
    "box_chart",
    "box_stats",
    "color",
    "count",
    "hatch",
    "histogram_chart",
    "jitter",
    "number",
    "paint_hatch",
    "percent",
    "percent1",
    "scatter_points",
    "selection_overlay",
    "set_font_scale",
    "title_pt",
    "tr",
    "wrap_label",
]
