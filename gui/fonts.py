"""Bundled open fonts (resources/fonts, SIL OFL 1.1), so Vietnamese, Thai and Burmese text renders
on a bare machine whose system fonts lack those scripts. Registered once per QApplication; Qt's
font fallback then finds them for any widget or chart label."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from core.common.paths import resource_path

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSansThai-Regular.ttf", "NotoSansMyanmar-Regular.ttf")


def install_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt (needs a QApplication); returns the families added.
    A missing or unreadable file is skipped: the system fonts still work."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
