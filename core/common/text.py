"""Text normalisation shared by the mapper, the codebook parser and category cleaning.

Survey teams write "Giới tính", "Gioi tinh" and "GIOI TINH" for the same question, and "Apparel " or
"apparel" for the same sector. Matching therefore happens on a folded form: Unicode NFC, case-folded,
Vietnamese diacritics removed (đ → d), punctuation turned to spaces, whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w%&]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    """Remove combining marks (Vietnamese tones and vowel marks); map đ/Đ to d."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: object) -> str:
    """The comparison form of a label or column name: lower case, no diacritics, single spaces."""
    if text is None:
        return ""
    s = strip_diacritics(str(text)).casefold()
    s = s.replace("_", " ")
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def tidy_spelling(text: str) -> str:
    """The display form of a category value: trimmed, inner whitespace collapsed (case kept)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def contains_phrase(haystack_folded: str, phrase_folded: str) -> bool:
    """Whole-word phrase match on folded text (so 'iso' does not match 'isolated')."""
    if not phrase_folded:
        return False
    pattern = r"(?<!\w)" + re.escape(phrase_folded) + r"(?:s|es)?(?!\w)"  # plural forms too
    return re.search(pattern, haystack_folded) is not None


def code_key(value: object) -> str | None:
    """The text key of a raw code, as project files write it: an integral number without its
    decimal part (1.0 → "1"), text trimmed; None for missing."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int,)):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    try:
        import numpy as np

        if isinstance(value, np.integer):
            return str(int(value))
        if isinstance(value, np.floating):
            return code_key(float(value))
    except ImportError:  # pragma: no cover
        pass
    s = str(value).strip()
    if s == "":
        return None
    return s
