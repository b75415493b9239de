"""Numbers on screen in the interface language's conventions (issue 13; CLDR data from Babel).

The findings (core, Babel) already write "0,001" and "1.234" in Vietnamese while tables, charts
and counts wrote "0.001" and "1,234": on a Vietnamese projector "4,700" reads as four point
seven. The window formats its numbers the English way (Python's format specs, fast enough for a
1M-row table) and passes the text through :func:`in_locale`, which puts the language's group and
decimal symbols in place of "," and ".". Thai and Burmese share the English symbols (Latin digits
are kept, as in the findings).
"""

from __future__ import annotations

from functools import cache

from babel.numbers import format_compact_decimal, get_decimal_symbol, get_group_symbol

from core.analysis.findings_languages import wording
from gui.i18n import current_language


@cache
def _table(lang: str) -> dict[int, str] | None:
    """The ``str.translate`` table from English symbols to ``lang``'s; None where they agree."""
    locale = wording(lang).locale
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    if (group, decimal) == (",", "."):
        return None
    return {ord(","): group, ord("."): decimal}


def in_locale(text: str, lang: str | None = None) -> str:
    """``text``, a number (or numbers) formatted the English way, with the group and decimal
    symbols of ``lang`` (default: the interface language)."""
    table = _table(lang or current_language())
    return text.translate(table) if table else text


def from_locale(text: str, lang: str | None = None) -> str:
    """The inverse of :func:`in_locale`: a number shown in ``lang``'s symbols written the
    English way again (for code that reads back what the window shows, e.g. table export)."""
    table = _table(lang or current_language())
    if not table:
        return text
    back = {ord(symbol): chr(english) for english, symbol in table.items()}
    return text.translate(back)


def compact(value: float, lang: str | None = None, digits: int = 1) -> str:
    """``value`` in the language's short form ("30.2M", Vietnamese "30,2 Tr"), for a box too
    narrow for all its digits (the exact number goes in its tooltip)."""
    return format_compact_decimal(value, format_type="short", locale=wording(
        lang or current_language()).locale, fraction_digits=digits)


__all__ = ["compact", "from_locale", "in_locale"]
