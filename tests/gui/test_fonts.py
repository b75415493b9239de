"""The bundled fonts register and cover Vietnamese, Thai and Burmese text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from gui.fonts import install_bundled_fonts


def test_bundled_fonts_cover_vietnamese_thai_and_burmese(qtbot):
    families = install_bundled_fonts()
    assert {"Noto Sans Thai", "Noto Sans Myanmar"} <= set(families)
    checks = {"Noto Sans": "Nâng cấp chuỗi giá trị — người lao động",
              "Noto Sans Thai": "การยกระดับ", "Noto Sans Myanmar": "မြန်မာ"}
    for family, text in checks.items():
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace()), family
