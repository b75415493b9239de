"""Numbers on screen in the interface language's CLDR conventions (issue 13): "4.700" and "1,80"
in Vietnamese, as the findings already write them; English, Thai and Burmese keep "4,700"."""

from __future__ import annotations

from gui import i18n
from gui.chart_style import count, number, percent
from gui.locale_numbers import in_locale


def test_english_symbols_become_the_language_s():
    assert in_locale("30,160,000", "vi") == "30.160.000"
    assert in_locale("1.80 to 2.02", "vi") == "1,80 to 2,02"
    assert in_locale("+1,234.5", "vi") == "+1.234,5"
    for lang in ("en", "th", "my"):
        assert in_locale("30,160,000.5", lang) == "30,160,000.5"


def test_chart_labels_follow_the_interface_language(qtbot):
    try:
        i18n.install_language("vi")
        assert number(9_390_000) == "9,39 M"
        assert number(4700) == "4.700"
        assert number(1.912) == "1,91"
        assert count(1234) == "1.234"
        assert percent(0.523, 1) == "52,3%"
    finally:
        i18n.install_language("en")
    assert number(9_390_000) == "9.39 M" and number(1.912) == "1.91"
