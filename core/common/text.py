"""Text normalisation shared by the mapper, the codebook parser and category cleaning.

Survey teams write "Giới tính", "Gioi tinh" and "GIOI TINH" for the same question, and "Apparel " or
"apparel" for the same sector. Matching therefore happens on a folded form: Unicode NFC, case-folded,
Vietnamese diacritics removed (đ → d), punctuation turned to spaces, whitespace collapsed.
"""

from __future__ import annotations

import functools
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
    return _fold_text(text if isinstance(text, str) else str(text))


@functools.lru_cache(maxsize=65536)
def _fold_text(text: str) -> str:
    """:func:`fold` of a text, remembered: a load folds the same role words and column names
    tens of thousands of times (#14); a folded text is a plain string, safe to share."""
    s = strip_diacritics(text).casefold()
    s = s.replace("_", " ")
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def tidy_spelling(text: str) -> str:
    """The display form of a category value: trimmed, inner whitespace collapsed (case kept)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


@functools.lru_cache(maxsize=8192)
def _phrase_pattern(phrase_folded: str) -> re.Pattern[str]:
    """The compiled whole-word pattern of a phrase. Kept here, not in ``re``'s own cache: the
    mapper tries a few thousand keywords per load, more than ``re`` keeps (#14)."""
    return re.compile(r"(?<!\w)" + re.escape(phrase_folded) + r"(?:s|es)?(?!\w)")  # plurals too


def contains_phrase(haystack_folded: str, phrase_folded: str) -> bool:
    """Whole-word phrase match on folded text (so 'iso' does not match 'isolated')."""
    if not phrase_folded or phrase_folded not in haystack_folded:
        return False  # the pattern starts with the phrase itself: no substring, no match
    return _phrase_pattern(phrase_folded).search(haystack_folded) is not None


def code_key(value: object) -> str | None:
    """The text key of a raw code, as project files write it: an integral number without its
    decimal part (1.0 → "1"), text trimmed; None for missing."""
    if value is None:
        return None
    if isinstance(value, str):  # the common case first: no numpy look-up per text cell (#14)
        return value.strip() or None
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


def code_key_codes(values, *, with_keys: bool = True):
    """Per row an integer code of the value's :func:`code_key` (12, 12.0 and "12" share one
    code; "007" keeps its own; -1 for missing), computed once per distinct raw value, and the
    keys in first-seen order (``None`` when ``with_keys`` is False: a plain numeric column then
    needs no per-value work at all). One home for every pass that compares columns as keys."""
    import numpy as np
    import pandas as pd

    try:
        raw, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:  # unhashable cells (never from our readers): compare their text
        raw, uniques = pd.factorize(values.map(lambda v: None if v is None else str(v)),
                                    use_na_sentinel=True)
    if (not with_keys and pd.api.types.is_numeric_dtype(values)
            and not pd.api.types.is_bool_dtype(values)
            and not pd.api.types.is_extension_array_dtype(values)):
        return np.asarray(raw, dtype=np.int64), None  # distinct numbers: distinct keys
    index: dict[str, int] = {}
    remap = np.empty(len(uniques) + 1, dtype=np.int64)
    remap[-1] = -1
    for i, u in enumerate(uniques):
        key = code_key(u)
        remap[i] = -1 if key is None else index.setdefault(key, len(index))
    return remap[raw], (list(index) if with_keys else None)
