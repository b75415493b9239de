"""Numbers on screen in the interface language's CLDR conventions (issue 13): "4.700" and "1,80"
in Vietnamese, as the findings already write them; English, Thai and Burmese keep "4,700"."""

from __future__ import annotations

import pytest

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


def test_typed_range_bounds_read_in_the_language_s_symbols():
    from gui.subset_panel import parse_number

    assert parse_number("1,500", "en") == 1500 and parse_number("2.5", "en") == 2.5
    assert parse_number("1.500", "vi") == 1500
    assert parse_number("30.160.000", "vi") == 30_160_000
    assert parse_number("2,5", "vi") == 2.5 and parse_number("1.234,5", "vi") == 1234.5
    assert parse_number("2.5", "vi") == 2.5  # a lone dot before other than three digits
    assert parse_number("1,500", "th") == 1500
    assert parse_number(" ", "vi") is None
    with pytest.raises(ValueError):
        parse_number("abc", "vi")


def test_exported_view_tables_read_numbers_in_the_symbols_they_were_shown_in():
    """A Vietnamese "1,91" must not reach the file as 191 (nor "4.700" as 4.7)."""
    from gui.locale_numbers import from_locale
    from gui.views import export_cell

    assert export_cell("1,91", "vi") == 1.91
    assert export_cell("4.700", "vi") == 4700
    assert export_cell("+1.234,5", "vi") == 1234.5
    assert export_cell("Có nâng cấp, loại A.", "vi") == "Có nâng cấp, loại A."
    assert export_cell("1,234", "en") == 1234 and export_cell("0.125", "th") == 0.125
    assert from_locale(in_locale("30,160,000.25", "vi"), "vi") == "30,160,000.25"
