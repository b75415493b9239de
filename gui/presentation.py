"""Presentation mode (View → Presentation mode, F5): a projector-friendly window.

What changes, all reversible in place (no rebuild, the survey and every choice stay):

- text 1.5× larger: the application font (every widget that inherits it: menus, tables, tabs,
  dialogs opened later) and the widgets that set their own size (titles, the subset line), each
  scaled from the size it was built with;
- tables: rows as tall as the larger text needs, bold black headings with black grid lines;
  the comparison tables' group sizes (firms, workers) in bold;
- charts (gui.charts.set_font_scale): tick labels, axis titles, legends, value labels and line
  widths (axes, bar outlines, CI whiskers) 1.35× of their already large size (12 pt ticks, so
  16 pt), legends in one row — existing charts are restyled and redrawn;
- high contrast: black on white, a dark-blue selection with white text, and the subset line
  ("312 of 480 firms · 790 of 1,200 workers") white on dark blue so the room sees what is shown.

:func:`set_presentation` does it; :func:`is_on` says whether it is on. The layout stays usable at
1280×720 (tests/gui/test_presentation.py checks no widget needs more).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

from gui import charts

SCALE = 1.5
CHART_SCALE = 1.35
"""Charts start larger (12 pt ticks against the widgets' 9) and share the window's 1280×720 with
the panels: 1.35× keeps a usable plot between title, ticks and legend."""
_BASE_PT = "uexBasePointSize"
_BASE_ROW = "uexBaseRowHeight"
_state = {"on": False, "scale": 1.0, "base_font": None, "base_palette": None}

STYLE = """
QHeaderView::section { color: #000000; background: #e4e4e4; font-weight: bold;
                       border: 1px solid #000000; padding: 2px 4px; }
QTableView { gridline-color: #000000; color: #000000; background: #ffffff;
             selection-background-color: #0b3d91; selection-color: #ffffff; }
QTreeView, QListView { color: #000000; background: #ffffff;
                       selection-background-color: #0b3d91; selection-color: #ffffff; }
QLabel#subsetSummary { color: #ffffff; background: #0b3d91; padding: 6px; border-radius: 3px; }
QTabBar::tab:selected { font-weight: bold; }
"""
TAB_STYLE = "QTabWidget#surveyTabs > QTabBar {{ font-size: {pt:.1f}pt; }}"
"""The main tabs grow less (1.15×): all six titles stay in view at 1280 px."""


def _style() -> str:
    base = _state["base_font"].pointSizeF() if _state["base_font"] is not None else 9.0
    return STYLE + TAB_STYLE.format(pt=base * 1.15)


def is_on() -> bool:
    return bool(_state["on"])


def scale() -> float:
    return float(_state["scale"])


def _high_contrast(base: QPalette) -> QPalette:
    palette = QPalette(base)
    black, white = QColor("#000000"), QColor("#ffffff")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in ((QPalette.ColorRole.Window, white),
                             (QPalette.ColorRole.WindowText, black),
                             (QPalette.ColorRole.Base, white),
                             (QPalette.ColorRole.AlternateBase, QColor("#f0f0f0")),
                             (QPalette.ColorRole.Text, black),
                             (QPalette.ColorRole.Button, QColor("#f2f2f2")),
                             (QPalette.ColorRole.ButtonText, black),
                             (QPalette.ColorRole.ToolTipBase, white),
                             (QPalette.ColorRole.ToolTipText, black),
                             (QPalette.ColorRole.Highlight, QColor("#0b3d91")),
                             (QPalette.ColorRole.HighlightedText, white),
                             (QPalette.ColorRole.PlaceholderText, QColor("#333333"))):
            palette.setColor(group, role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                     QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#555555"))
    return palette


def _scale_own_fonts(root: QWidget, old: float, new: float) -> None:
    """Widgets that set their own font size (titles, big buttons) keep their proportion: each is
    scaled from the size it had at scale 1 (remembered the first time it is seen)."""
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = widget.font()
        if font.pointSizeF() <= 0:
            continue
        base = widget.property(_BASE_PT)
        if base is None:
            base = font.pointSizeF() / old  # built while ``old`` was in force
            widget.setProperty(_BASE_PT, base)
        font.setPointSizeF(float(base) * new)
        widget.setFont(font)


ROW_PADDING = 10
"""Pixels around a row's text while presenting: the text grows 1.5×, its padding need not (rows
1.5× their normal height left a 1024×768 projector too little room for the chart above the
comparison table)."""


def _fit_rows(root: QWidget, old: float, new: float) -> None:
    """Row heights follow the text (tables fix their row height when built): at least the text's
    height plus :data:`ROW_PADDING` while presenting, never less than they were built with."""
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTableView):
            continue
        header = view.verticalHeader()
        base = view.property(_BASE_ROW)
        if base is None:
            base = header.defaultSectionSize() / old
            view.setProperty(_BASE_ROW, base)
        padding = ROW_PADDING if new != 1.0 else 8
        header.setDefaultSectionSize(max(round(float(base)), view.fontMetrics().height() + padding))


def redraw_charts(root: QWidget) -> None:
    """Restyle every chart's axes and title, then let the views draw their items again."""
    for chart in root.findChildren(charts.Chart):
        chart.apply_style()
    redraw = getattr(root, "redraw_views", None)
    if callable(redraw):
        redraw()
        return
    from gui.views import AnalysisView

    for view in root.findChildren(AnalysisView):
        if view.result is not None:
            view.set_result(view.result, result_b=view.result_b)


def set_presentation(window: QWidget, on: bool) -> None:
    """Presentation mode on or off for the application and ``window`` (see the module doc)."""
    app = QApplication.instance()
    if _state["base_font"] is None:
        _state["base_font"] = QFont(app.font())
        _state["base_palette"] = QPalette(app.palette())
    old = float(_state["scale"])
    new = SCALE if on else 1.0
    _state["on"], _state["scale"] = bool(on), new
    if not on:
        window.setStyleSheet("")
    font = QFont(_state["base_font"])
    font.setPointSizeF(_state["base_font"].pointSizeF() * new)
    app.setFont(font)
    app.setPalette(_high_contrast(_state["base_palette"]) if on else _state["base_palette"])
    # the font reaches the widgets through posted events: deliver them before a style sheet
    # polishes the widgets (a polished widget keeps the font it had then)
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
    for widget in window.findChildren(QWidget):  # a few (headers of views built late) miss
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):  # the change: inherit again
            widget.setFont(QFont())
    if on:
        window.setStyleSheet(_style())
    charts.set_font_scale(CHART_SCALE if on else 1.0)
    from gui.views import set_emphasis

    set_emphasis(on)
    _scale_own_fonts(window, old, new)
    _fit_rows(window, old, new)
    _widen_subset_panel(window, on)
    redraw_charts(window)


def _widen_subset_panel(window: QWidget, on: bool) -> None:
    """Bigger text needs a wider subset panel (facet names, ranges): at least 380 px while
    presenting; its former width comes back afterwards."""
    splitter = getattr(window, "splitter", None)
    if splitter is None or splitter.count() < 2:
        return
    sizes = splitter.sizes()
    if on:
        if window.property("uexSplitterSizes") is None:
            window.setProperty("uexSplitterSizes", sizes)
        total = sum(sizes)
        panel = min(max(sizes[0], 380), max(total - 700, sizes[0]))
        splitter.setSizes([panel, total - panel])
    else:
        saved = window.property("uexSplitterSizes")
        if saved:
            splitter.setSizes([int(v) for v in saved])
        window.setProperty("uexSplitterSizes", None)
