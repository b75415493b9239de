"""Short column headings in words, for tables that would otherwise show questionnaire codes.

Why: survey files name their columns by question code (A1…F2, W0…W20, q_12b); a workshop reading a
table on a projector needs "Country", "Sector", "Export share". The heading is the column's role in
the reader's words when the column has one (the role catalogue, core.model.roles), else the
question text made short (its leading code, parentheses and the part after a colon removed, cut
at a word). The code is never lost: the window shows it in the header's tooltip and whenever value
labels are switched off.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.model.roles import Level, role

HEADING_CHARS = 32
"""Longest heading before it is cut at a word (the full text stays in the tooltip)."""

_LEADING_CODE = re.compile(
    r"^\s*(?:\[[^\]]{1,12}\]\s*[.:)\-–—]?"
    r"|\(?[A-Za-z]{0,4}[_.\-]?\d{1,3}[A-Za-z]?(?:[._]\d{1,3}[a-z]?)?\)?\s*[.:)\-–—])\s*")
_TIME_CLAUSE = re.compile(r"^(?:in|during|over|within) the (?:last|past) [\w-]+ \w+,\s*",
                          re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def shorten(text: str, limit: int = HEADING_CHARS) -> str:
    """'A4. Region or province (minimum wage region)' → 'Region or province'; 'Export share: %
    of sales exported' → 'Export share'; longer text is cut at a word with '…'."""
    text = " ".join(str(text).split())
    text = _LEADING_CODE.sub("", text, count=1)
    head, colon, _rest = text.partition(":")
    if colon and 0 < len(head.split()) <= 5:
        text = head
    text = _PARENTHESES.sub("", text).strip().rstrip("?.;,").strip()
    text = _TIME_CLAUSE.sub("", text)
    text = text[:1].upper() + text[1:]
    if len(text) <= limit:
        return text
    head, comma, _rest = text.partition(",")
    if comma and len(head) <= limit:  # 'Pay amount, per the pay period' → 'Pay amount'
        return head
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return (cut or text[: limit - 1]) + "…"


def role_heading(level: Level, name: str, language: str = "en") -> str:
    """The role's description in ``language`` ("vi" has its own; others use English), short."""
    try:
        found = role(level, name)
    except (KeyError, ValueError):
        return ""
    text = found.description_vi if language == "vi" and found.description_vi else found.description
    return shorten(text)


def column_headings(roles: Mapping[str, str], questions: Mapping[str, str], level: Level,
                    language: str = "en",
                    role_words: Mapping[str, str] | None = None) -> dict[str, str]:
    """Column → heading for every column with a role or a question text.

    ``roles`` is role → column (a Study's roles of one side); ``questions`` column → question
    text; ``role_words`` role → the interface's own word for it (the window's translated
    labels), preferred over the catalogue's description. A column without either keeps its code
    (it is left out)."""
    out: dict[str, str] = {}
    for column, text in questions.items():
        short = shorten(text) if text else ""
        if short:
            out[str(column)] = short
    words = role_words or {}
    for name, column in roles.items():
        heading = words.get(name) or role_heading(level, name, language)
        if heading:
            out[str(column)] = heading
    return _distinct(out)


def _distinct(headings: dict[str, str]) -> dict[str, str]:
    """Two columns never share a heading: each of a clash gets its code ("… (C3)")."""
    seen: dict[str, list[str]] = {}
    for column, heading in headings.items():
        seen.setdefault(heading.casefold(), []).append(column)
    for columns in seen.values():
        if len(columns) > 1:
            for column in columns:
                headings[column] = f"{headings[column]} ({column})"
    return headings


__all__ = ["HEADING_CHARS", "column_headings", "role_heading", "shorten"]
