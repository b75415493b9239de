"""How every chart looks: the palette readable in grey, hatches, symbols, font sizes and line
widths (scaled for presentation mode), and the number formats of chart labels.

Colour: the Okabe–Ito palette, ordered so neighbouring series differ in lightness, plus a hatch
pattern per series, so bars stay distinguishable in greyscale print and for colour-blind viewers.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from gui.locale_numbers import in_locale

PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue (dark)
    "#E69F00",  # orange (light)
    "#009E73",  # bluish green (mid)
    "#CC79A7",  # reddish purple (light-mid)
    "#D55E00",  # vermillion (mid-dark)
    "#56B4E9",  # sky blue (light)
    "#F0E442",  # yellow (very light)
    "#000000",  # black
)
"""Okabe & Ito (2008) colour-blind-safe palette, reordered to alternate dark and light."""

HATCHES: tuple[str | None, ...] = (None, "/", "-", "\\", "+", "x", "|", "//")
"""One hatch per series, drawn as black lines over the colour (real lines, not a pattern brush,
so SVG files keep them): the series differ in grey too."""

SYMBOLS: tuple[str, ...] = ("o", "t", "s", "d", "+", "star", "x", "p")
"""Scatter symbols per group, for the same reason."""

INK = "#1a1a1a"
SELECTED = "#000000"
"""Outline of selected points and bars."""
FONT_PT = 12
"""Tick and label size on a 1280×800 window; titles are 2 pt larger. :func:`set_font_scale`
enlarges every chart created afterwards (presentation mode)."""
_font_scale = 1.0


def set_font_scale(scale: float) -> None:
    """Presentation mode: scale chart fonts and line widths (axes, bar outlines, CI whiskers) of
    everything drawn from now on; :meth:`Chart.apply_style` restyles an existing chart's axes and
    title, and drawing again (the views' ``set_result``) redraws its items at the new size."""
    global _font_scale
    _font_scale = float(scale)


def font_scale() -> float:
    """The scale set by :func:`set_font_scale` (1.0 normally)."""
    return _font_scale


def pt(extra: int = 0) -> int:
    """A font size in points at the current scale."""
    return round((FONT_PT + extra) * _font_scale)


def title_pt() -> int:
    """Chart titles grow less than the rest in presentation mode (they wrap, and every line
    taken by the title is a line less for the bars)."""
    return round((FONT_PT + 2) * (1 + (_font_scale - 1) * 0.5))


def lw(width: float) -> float:
    """A line width at the current scale (lines thicken a little less than text grows)."""
    return width * (1 + (_font_scale - 1) * 0.8)


def tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def color(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


def hatch(i: int) -> str | None:
    return HATCHES[i % len(HATCHES)]


def paint_hatch(p: QPainter, device_rect: QRectF, style: str | None, spacing: float = 7.0
                ) -> None:
    """Hatch lines inside a rectangle given in device pixels (the painter's transform is reset).
    Lines are clipped by arithmetic, not a clip path: SVG Tiny (QSvgGenerator) ignores clipping."""
    if not style or device_rect.width() < 1 or device_rect.height() < 1:
        return
    pen = QPen(QColor(INK))
    pen.setWidthF(1.0)
    p.setPen(pen)
    left, right = device_rect.left(), device_rect.right()
    top, bottom = device_rect.top(), device_rect.bottom()
    step = spacing / 2 if style == "//" else spacing
    kinds = {"/": "/", "//": "/", "\\": "\\", "-": "-", "|": "|", "+": "-|", "x": "/\\"}[style]
    for kind in kinds:
        if kind == "/":  # x + y = c
            c = left + top + step / 2
            while c < right + bottom:
                lo, hi = max(left, c - bottom), min(right, c - top)
                if lo < hi:
                    p.drawLine(QPointF(lo, c - lo), QPointF(hi, c - hi))
                c += step
        elif kind == "\\":  # y = x + c
            c = top - right + step / 2
            while c < bottom - left:
                lo, hi = max(left, top - c), min(right, bottom - c)
                if lo < hi:
                    p.drawLine(QPointF(lo, lo + c), QPointF(hi, hi + c))
                c += step
        elif kind == "-":
            y = top + step / 2
            while y < bottom:
                p.drawLine(QPointF(left, y), QPointF(right, y))
                y += step
        else:
            x = left + step / 2
            while x < right:
                p.drawLine(QPointF(x, top), QPointF(x, bottom))
                x += step


def percent(v: float, digits: int = 0) -> str:
    return "—" if v is None or not np.isfinite(v) else in_locale(f"{100 * v:.{digits}f}%")


def number(v: float) -> str:
    """Readable numbers for labels: 3 significant figures, thousands grouped, millions as 'M',
    in the interface language's symbols."""
    if v is None or not np.isfinite(v):
        return "—"
    return in_locale(_english_number(v))


def _english_number(v: float) -> str:
    a = abs(v)
    if a >= 1e6:
        return f"{v / 1e6:,.2f} M"
    if a >= 1000:
        return f"{v:,.0f}"
    if a >= 100:
        return f"{v:.0f}"
    if a >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def count(v: float) -> str:
    """Counts (firms, workers) as whole numbers: "51", not "51.0"."""
    return "—" if v is None or not np.isfinite(v) else in_locale(f"{v:,.0f}")


def percent1(v: float) -> str:
    return percent(v, 0)


percent1.is_percent = True  # type: ignore[attr-defined]


__all__ = ["FONT_PT", "HATCHES", "INK", "PALETTE", "SELECTED", "SYMBOLS", "color", "count", "font_scale",
           "hatch", "lw", "number", "paint_hatch", "percent", "percent1", "pt", "set_font_scale",
           "title_pt", "tr"]
