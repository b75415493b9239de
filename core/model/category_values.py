"""Category spellings that never merge distinct categories.

Survey teams spell one contract type as "Fixed-term ≥ 1 year", ">=1y" and "1 year or more", and a
different one as "Fixed <1y". Folding text for comparison must therefore keep what carries meaning:
comparison symbols (< > ≤ ≥ =), digits and negations (no, not, non, without, không, chưa). Only
case, spacing, Latin diacritics and punctuation such as "-" / "_" may differ between two spellings
that are merged (:func:`spelling_key`). :func:`canonical_value` maps a text to a role's canonical
value only through the role's vocabulary (core/model/roles.py plus the extra spellings here), the
contract-duration reading, or a country name followed by a survey year ("Vietnam2023").

This module must not import core.model.study (study imports it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.model.roles import Level, role

NEGATIONS = frozenset({"no", "not", "non", "without", "never", "none", "khong", "chua", "ko",
                       "kg"})
"""Words that turn a spelling into its opposite; a text holding one is never merged by words."""

_COMPARATOR_SUBS = (("≧", "≥"), ("≦", "≤"), ("＞", ">"), ("＜", "<"), ("＝", "="),
                    (">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"), ("⩾", "≥"), ("⩽", "≤"))
_SYMBOLS = frozenset("<>≤≥=≠+%&~±$€£¥₫")
_JOINING_WORDS = frozenset({"and", "or", "&", "va", "hoac", "textile", "textiles", "det"})

EXTRA_VALUES: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("worker", "contract"): {
        "fixed_term": ("fixed term contract", "fixed-term contract", "hợp đồng xác định thời hạn",
                       "hđ xác định thời hạn"),
        "fixed_term_short": ("fixed_term_short", "seasonal", "seasonal contract", "seasonal work",
                             "short term", "short-term", "short-term contract",
                             "short term contract", "thời vụ", "hợp đồng thời vụ", "mùa vụ",
                             "hợp đồng mùa vụ"),
        # temporary, casual and day work promise no year: never regular (DOMAIN.md "regular =
        # indefinite or ≥ 1 year"), whatever fixed_term_is_regular says (it governs fixed_term)
        "temporary": ("temporary worker", "temporary work", "temporary labour", "temporary labor",
                      "temporary employment", "temporary staff", "temp worker", "casual labour",
                      "casual labor", "casual worker", "casual labourer", "casual employment",
                      "day labourer", "day laborer", "day worker", "daily worker", "daily paid",
                      "daily-paid", "daily rated", "hợp đồng khoán", "lao động công nhật",
                      "làm công nhật", "ลูกจ้างชั่วคราว", "ลูกจ้างรายวัน", "ယာယီ"),
    },
    ("firm", "country"): {
        "Vietnam": ("viet nam", "việt nam", "vietnamese", "viet-nam", "vn", "vnm"),
        "Thailand": ("ประเทศไทย", "ไทย", "thai", "kingdom of thailand"),
        "Myanmar": ("burma", "မြန်မာ", "မြန်မာနိုင်ငံ", "republic of the union of myanmar"),
    },
}
"""Spellings the survey layer needs beyond the role vocabulary (core/model/roles.py); merged with
it, never overriding it. Contracts: ``fixed_term`` (a term of a year or more, regular unless
``fixed_term_is_regular`` is off), ``fixed_term_short`` (under a year), ``temporary`` (temporary,
casual and day work) — the last two never regular (core/analysis/measures.py)."""

_COUNTRY_ROLES = frozenset({"country"})
_YEAR = re.compile(r"199\d|20[0-2]\d|203[0-5]")


# ----------------------------------------------------------------------------- spelling key
def _strip_latin_marks(text: str) -> str:
    """Drop combining marks on Latin letters only (Vietnamese tones): Thai and Burmese vowel and
    tone marks are combining characters too, and dropping them would join different words."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    out: list[str] = []
    base_latin = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if not base_latin:
                out.append(ch)
            continue
        base_latin = ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _char_class(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if ch in _SYMBOLS:
        return "s"
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        return "w"
    return " "


def tokens(text: object) -> list[str]:
    """The meaningful pieces of a spelling: words, numbers (with inner "." or ","), and each
    comparison or unit symbol on its own; other punctuation and spacing only separate them."""
    if text is None:
        return []
    s = _strip_latin_marks(unicodedata.normalize("NFC", str(text))).casefold()
    for a, b in _COMPARATOR_SUBS:
        s = s.replace(a, b)
    out: list[str] = []
    cur = ""
    cur_class = " "
    for i, ch in enumerate(s):
        cls = _char_class(ch)
        if (ch in ".," and cur_class == "d" and i + 1 < len(s) and s[i + 1].isdigit()):
            cur += ch
            continue
        if cls == "s":
            if cur:
                out.append(cur)
            out.append(ch)
            cur, cur_class = "", " "
            continue
        if cls != cur_class or cls == " ":
            if cur:
                out.append(cur)
            cur = "" if cls == " " else ch
            cur_class = cls
            continue
        cur += ch
    if cur:
        out.append(cur)
    return out


def spelling_key(text: object) -> str:
    """The merge key of a category spelling: case, spacing, Latin diacritics and punctuation such
    as "-", "_", "/" and brackets may differ; comparison symbols, digits and words may not.

    "Fixed-term ≥ 1 year" and "fixed term >=1 year" share a key; "Fixed <1y" and "Fixed >=1y" do
    not; nor do "Region 1" and "Region 2", nor "foreign" and "non-foreign"."""
    return " ".join(tokens(text))


# ----------------------------------------------------------------------------- vocabulary
@lru_cache(maxsize=256)
def vocabulary(level: Level, role_name: str) -> dict[str, tuple[str, ...]]:
    """Canonical value → spellings: the role's own (roles.py) plus :data:`EXTRA_VALUES`, in the
    role's order (extra values last). Empty for roles without canonical values."""
    r = role(level, role_name)
    out: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in r.canonical_values.items()}
    if not out:
        return out
    for canon, spellings in EXTRA_VALUES.get((level, role_name), {}).items():
        out[canon] = tuple(dict.fromkeys((*out.get(canon, ()), *spellings)))
    return out


@lru_cache(maxsize=256)
def _exact(level: Level, role_name: str) -> dict[str, str]:
    """spelling key → canonical value; a key two values claim belongs to neither."""
    table: dict[str, str] = {}
    clash: set[str] = set()
    for canon, spellings in vocabulary(level, role_name).items():
        for s in (canon, *spellings):
            k = spelling_key(s)
            if not k:
                continue
            if table.get(k, canon) != canon:
                clash.add(k)
            table[k] = canon
    for k in clash:
        del table[k]
    return table


def has_negation(toks: list[str]) -> bool:
    """A negation word ("not", "không"), or Thai ไม่ inside a word (Thai has no spaces)."""
    return any(t in NEGATIONS or "ไม่" in t for t in toks)


def _is_plain_word(tok: str) -> bool:
    return all(_char_class(ch) == "w" for ch in tok)


def canonical_value(level: Level, role_name: str, text: object) -> str | None:
    """The canonical value a label or raw text stands for, if the role has canonical values.

    Texts differing in a comparison symbol, a digit or a negation never reach the same value
    unless the vocabulary lists both spellings (or, for contracts, both durations fall on the same
    side of one year; for countries, a trailing survey year is dropped: "Vietnam2023")."""
    vocab = vocabulary(level, role_name)
    if not vocab:
        return None
    key = spelling_key(text)
    if not key:
        return None
    exact = _exact(level, role_name)
    if key in exact:
        return exact[key]
    toks = key.split()
    if role_name in _COUNTRY_ROLES and len(toks) > 1 and _YEAR.fullmatch(toks[-1]):
        name_key = " ".join(toks[:-1])
        if name_key in exact:
            return exact[name_key]
    if level == "worker" and role_name == "contract":
        canon = contract_duration_value(toks)
        if canon is not None:
            return canon
    # "Apparel/garments", "Garments and textiles": every word names the same value
    words = [w for w in toks if w not in _JOINING_WORDS]
    if not words or has_negation(words) or any(not _is_plain_word(w) for w in words):
        return None
    found: set[str] = set()
    for w in words:
        hit = exact.get(w)
        if hit is None:
            return None
        found.add(hit)
    return found.pop() if len(found) == 1 else None


# ----------------------------------------------------------------------------- contract durations
_UNITS = {"y": 12.0, "yr": 12.0, "yrs": 12.0, "year": 12.0, "years": 12.0, "nam": 12.0,
          "ปี": 12.0, "m": 1.0, "mo": 1.0, "mos": 1.0, "mon": 1.0, "month": 1.0, "months": 1.0,
          "mth": 1.0, "mths": 1.0, "thang": 1.0, "เดือน": 1.0, "w": 12 / 52, "wk": 12 / 52,
          "wks": 12 / 52, "week": 12 / 52, "weeks": 12 / 52, "tuan": 12 / 52,
          "d": 12 / 365, "day": 12 / 365, "days": 12 / 365, "ngay": 12 / 365}
_AT_LEAST = (("≥",), (">",), ("at", "least"), ("or", "more"), ("or", "longer"), ("or", "above"),
             ("or", "over"), ("and", "above"), ("and", "over"), ("more", "than"), ("over",),
             ("above",), ("min",), ("minimum",), ("+",), ("tro", "len"), ("tren",), ("from",),
             ("tu",), ("since",))
_BELOW = (("<",), ("under",), ("less", "than"), ("below",), ("shorter", "than"), ("duoi",),
          ("it", "hon"), ("ngan", "hon"))
_AT_MOST = (("≤",), ("up", "to"), ("at", "most"), ("or", "less"), ("or", "shorter"),
            ("toi", "da"), ("max",), ("maximum",), ("within",))
_JOINERS = frozenset({"to", "den", "~", "and", "or"})
_RANGE_JOIN = tuple((j,) for j in sorted(_JOINERS))
_FIXED_CONTEXT = frozenset({"fixed", "term", "contract", "contracts", "hop", "dong", "hd", "xac",
                            "dinh", "thoi", "han", "temporary", "temp", "labour", "labor",
                            "written", "of", "a", "the", "duration", "co", "with", "=", "ft",
                            "xdth", "length", "period", "for"})


def _number(tok: str) -> float | None:
    try:
        return float(tok.replace(",", "."))
    except ValueError:
        return None


def _strip_phrases(toks: list[str], phrases) -> tuple[list[str], bool]:
    """Remove every occurrence of any phrase (a token tuple); say whether one was found."""
    out = list(toks)
    found = False
    for ph in sorted(phrases, key=len, reverse=True):
        i = 0
        while i + len(ph) <= len(out):
            if tuple(out[i:i + len(ph)]) == ph:
                del out[i:i + len(ph)]
                found = True
            else:
                i += 1
    return out, found


def _durations(toks: list[str]) -> tuple[list[float], list[str]]:
    """Numbers with their units, in months ("1y", "12 months", "1-3 years": unit after the
    second number applies to both); the tokens left over."""
    values: list[float] = []
    rest: list[str] = []
    pending: list[float] = []
    for tok in toks:
        n = _number(tok)
        if n is not None:
            pending.append(n)
            continue
        if tok in _UNITS and pending:
            values.extend(p * _UNITS[tok] for p in pending)
            pending = []
            continue
        if pending and tok in _JOINERS:
            rest.append(tok)
            continue
        if pending:
            return [], toks  # a number with no unit: not a duration
        rest.append(tok)
    if pending:
        return [], toks
    return values, rest


def contract_duration_value(toks: list[str]) -> str | None:
    """``fixed_term`` (one year or more), ``fixed_term_short`` (under a year) or None, from the
    tokens of a contract spelling that states a duration ("≥ 1 year", "1-3 years", "dưới 1 năm",
    "under 12 months"). None when the text holds a negation, words other than fixed-term words,
    or a duration range crossing one year ("6-18 months", "≤ 1 year")."""
    if has_negation(toks):
        return None
    values, rest = _durations(toks)
    if not values or len(values) > 2:
        return None
    rest, at_least = _strip_phrases(rest, _AT_LEAST)
    rest, below = _strip_phrases(rest, _BELOW)
    rest, at_most = _strip_phrases(rest, _AT_MOST)
    rest, _ = _strip_phrases(rest, _RANGE_JOIN)
    if any(t not in _FIXED_CONTEXT for t in rest):
        return None
    if sum((at_least, below, at_most)) > 1 and not (at_least and len(values) == 2):
        return None
    if len(values) == 2:  # a range "1-3 years", "from 1 to 3 years" (words, never "≥ 1-3")
        if below or at_most or any(t in _SYMBOLS for t in toks):
            return None
        lo, hi = sorted(values)
    elif at_least:
        lo, hi = values[0], float("inf")
    elif below or at_most:
        lo, hi = 0.0, values[0]
    else:  # "12 months", "1 year"
        lo = hi = values[0]
    year = 12.0
    if lo >= year - 1e-9:
        return "fixed_term"
    if hi < year - 1e-9 or (below and len(values) == 1 and hi <= year + 1e-9):
        return "fixed_term_short"
    return None
