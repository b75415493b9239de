"""Before/now pairs and ordinal value maps: the value-chain stage and price setting by year.

Survey teams ask the stage question twice and tell the two apart only by a year in the column name
(``Position 2016`` / ``Position 2019``, ``prod_mode_2019`` / ``prod_mode_2022``, "Main production
arrangement 2018" / "… 2021"), and answer it in words ("CMT", "FOB", "gia công"). Name matching
alone misses both. :func:`find_pairs` finds columns that differ only by a year and whose name, label
or values say stage or price setting: the earlier year is *before*, the later *now*.
:func:`ordinal_value_map` turns text answers and value labels into the ordinal scale of DOMAIN.md
("Functional": 0 assembly/CMT … 3 OBM; price setting 1 buyer dictates … 4 firm sets the price).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from core.common.messages import joined, say
from core.common.text import code_key, contains_phrase, fold
from core.io.rawtable import RawTable
from core.model.mapping import is_missing_label
from core.model.roles import Level, role


@dataclass(frozen=True)
class PairMatch:
    """One role found from a before/now pair (or a lone stage column), with plain evidence."""

    role: str
    column: str
    confidence: float
    evidence: str
    year: int | None


# ----------------------------------------------------------------------------- the scales
_STAGE_ACRONYMS: dict[int, tuple[str, ...]] = {
    0: ("cmt", "cmp", "cm", "cmtp", "cmpt", "cut make trim", "cut make and trim", "cut make pack",
        "cut make and pack"),
    1: ("fob", "oem", "ems", "full package", "fullpackage", "free on board",
        "original equipment manufacturer", "original equipment manufacturing",
        "electronics manufacturing services"),
    2: ("odm", "original design manufacturer", "original design manufacturing"),
    3: ("obm", "original brand manufacturer", "original brand manufacturing"),
}
_STAGE_PHRASES: dict[int, tuple[str, ...]] = {
    0: ("assembly", "assembling", "consigned", "consignment", "gia cong", "lap rap",
        "subcontract", "subcontracting", "subcontractor", "toll processing", "processing trade"),
    1: ("full package", "mua dut ban doan", "own sourcing", "sources inputs"),
    2: ("design", "own design", "thiet ke", "tu thiet ke"),
    3: ("own brand", "own label", "original brand", "thuong hieu rieng", "nhan hieu rieng",
        "thuong hieu cua minh", "thuong hieu doanh nghiep"),
}
_NEGATIONS = ("no", "not", "non", "without", "never", "khong", "chua")

_BUYER = ("buyer", "buyers", "customer", "customers", "client", "clients", "khach hang",
          "nguoi mua", "ben mua", "importer", "they")
_FIRM = ("we", "us", "our", "ourselves", "firm", "company", "enterprise", "factory", "supplier",
         "doanh nghiep", "chung toi", "cong ty", "minh", "nha may", "tu")
_NEGOTIATE = ("bargain", "bargaining", "thuong luong", "dam phan", "thoa thuan", "jointly",
              "together", "both", "equal", "equals", "mutual", "mutually", "shared")
_SETS = ("set", "sets", "dictate", "dictates", "decide", "decides", "determine", "determines",
         "impose", "imposes", "fix", "fixes", "quyet dinh", "ap dat", "dinh gia", "dat gia")
_THAI_BUYER, _THAI_FIRM, _THAI_NEGOTIATE = ("ผู้ซื้อ", "ลูกค้า"), ("เรา", "บริษัท"), ("ต่อรอง", "ร่วมกัน")


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    return any(contains_phrase(text, p) for p in phrases)


def _stage_of(text: object) -> int | None:
    """0–3 from a stage label or answer; None when it names no stage or more than one."""
    f = fold(text)
    if not f or _has(f, _NEGATIONS):
        return None
    hits = {k for k, words in _STAGE_ACRONYMS.items() if _has(f, words)}
    if not hits:
        hits = {k for k, words in _STAGE_PHRASES.items() if _has(f, words)}
    return hits.pop() if len(hits) == 1 else None


def _price_of(text: object) -> int | None:
    """1–4 from a price-setting label: 1 the buyer sets/dictates, 2 the buyer sets after some
    negotiation, 3 negotiated (as equals), 4 the firm sets the price."""
    raw = str(text) if text is not None else ""
    f = fold(text)
    if not f or _has(f, _NEGATIONS) or "ไม่" in raw:
        return None
    buyer = _has(f, _BUYER) or any(w in raw for w in _THAI_BUYER)
    firm = _has(f, _FIRM) or any(w in raw for w in _THAI_FIRM)
    negotiate = (_has(f, _NEGOTIATE) or any(w.startswith("negotia") for w in f.split())
                 or any(w in raw for w in _THAI_NEGOTIATE))
    if contains_phrase(f, "price taker"):
        return 1
    if contains_phrase(f, "price maker") or contains_phrase(f, "price setter"):
        return 4
    if negotiate:
        return 2 if buyer and not firm else 3
    sets = _has(f, _SETS) or "กำหนด" in raw
    if buyer and not firm and sets:
        return 1
    if firm and not buyer and sets:
        return 4
    return None


def _family(role_name: str) -> str | None:
    if role_name.startswith("stage_"):
        return "stage"
    if role_name.startswith("price_setting_"):
        return "price"
    return None


_RANGE = {"stage": (0, 3), "price": (1, 4)}


def _scale_of(family: str, text: object) -> int | None:
    return _stage_of(text) if family == "stage" else _price_of(text)


def _as_int(key: str) -> int | None:
    try:
        x = float(key)
    except ValueError:
        return None
    return int(x) if x.is_integer() else None


def _is_number(key: str) -> bool:
    try:
        float(key)
    except ValueError:
        return False
    return True


def _family_map(family: str, table: RawTable, column: str) -> tuple[dict[str, str], bool]:
    """Code → ordinal text for one scale, and whether any entry came from words (text values or
    value labels) rather than bare numbers."""
    labels = table.value_labels.get(column, {})
    missing = {code_key(c) for c in table.missing_values.get(column, [])}
    lo, hi = _RANGE[family]
    out: dict[str, str] = {}
    from_words = False
    labelled: set[str] = set()
    for code, label in labels.items():
        key = code_key(code)
        if key is None or key in missing or is_missing_label(str(label)):
            continue
        labelled.add(key)
        value = _scale_of(family, label)
        if value is not None:
            out[key] = str(value)
            from_words = True
    has_labels = bool(labelled)
    numbered = [k for k in labelled if _as_int(k) is not None and lo <= _as_int(k) <= hi]
    if numbered and len(numbered) == len(labelled):
        words = [int(out[k]) for k in sorted(numbered, key=_as_int) if k in out]
        if len(out) < len(numbered) or len(set(words)) < len(words) or words != sorted(words):
            # codes on the scale whose labels the words read unevenly ("we negotiate a little"
            # and "we negotiate as equals" both sound like negotiating): the codes decide
            out = {k: str(_as_int(k)) for k in numbered}
            from_words = False
    if column not in table.data.columns:
        return out, from_words
    for v in pd.unique(table.data[column].dropna()):
        key = code_key(v)
        if key is None or key in out or key in missing or key in labelled:
            continue
        if _is_number(key):
            n = _as_int(key)
            if not has_labels and n is not None and lo <= n <= hi:
                out[key] = str(n)
            continue
        if is_missing_label(key):
            continue
        value = _scale_of(family, key)
        if value is not None:
            out[key] = str(value)
            from_words = True
    return out, from_words


def ordinal_value_map(level: Level, role_name: str, table: RawTable, column: str
                      ) -> dict[str, str]:
    """Raw code (as :func:`code_key` text) → ordinal number (as text) for a stage or
    price-setting column, from its text values and value labels.

    Stage (DOMAIN.md "Functional"): 0 assembly/CMT/CMP/consigned/gia công, 1 FOB/OEM/full
    package/EMS, 2 ODM/design, 3 OBM/own brand. Price setting: 1 buyer dictates … 4 firm sets the
    price. Bare numeric codes map to themselves only when the column has no value labels and the
    number is on the scale. Values that fit nowhere are left out (the survey layer reports them
    as unlabeled)."""
    r = role(level, role_name)
    family = _family(r.name)
    if r.kind != "ordinal" or family is None:
        return {}
    return _family_map(family, table, column)[0]


# ----------------------------------------------------------------------------- finding pairs
_YEAR4 = re.compile(r"(?<!\d)(199\d|20[0-2]\d|203[0-5])(?!\d)")
_YEAR2 = re.compile(r"(?<=[_\s.\-])(\d{2})$")
_STAGE_WORDS = ("stage", "stages", "business model",
                "production mode", "main production arrangement", "production arrangement",
                "phuong thuc", "hinh thuc san xuat", "value chain", "chuoi gia tri",
                "production type", "cmt fob odm obm", "vi tri chuoi", "prod mode")
_STAGE_VAGUE = ("mode", "position", "arrangement", "vi tri")
"""Words that may mean the value-chain stage ("Position 2016") or something else ("Export
mode"): with stage answers (CMT, FOB…) they count; with bare numbers the pair is only asked."""
_STAGE_NOT = ("export", "transport", "payment", "shipping", "delivery", "job", "worker",
              "xuat khau", "thanh toan")
_PRICE_WORDS = ("price", "prices", "pricing", "bargaining", "sets price", "price setting",
                "dinh gia", "quyet dinh gia", "e33", "thuong luong gia", "price power")
_PRICE_NOT = ("unit price", "price change", "change", "percent", "amount", "value", "usd", "vnd",
              "gia don vi", "thay doi")
_NOW_WORDS = ("now", "current", "currently", "today", "at present", "present", "hien nay",
              "hien tai", "bay gio")
_BEFORE_WORDS = ("before", "previous", "previously", "earlier", "past", "years ago", "truoc day",
                 "nam truoc", "truoc")
_MIN_FIT = 0.9


@dataclass
class _Year:
    column: str
    stem: str
    year: int
    two_digit: bool


def _year_of(column: str) -> _Year | None:
    found = list(_YEAR4.finditer(column))
    if len(found) == 1:
        m = found[0]
        stem = fold(column[:m.start()] + " yyyy " + column[m.end():])
        return _Year(column, stem, int(m.group(1)), False)
    if found:
        return None
    m = _YEAR2.search(column)
    if m:
        yy = int(m.group(1))
        if yy >= 90 or yy <= 35:
            stem = fold(column[:m.start()] + " yyyy")
            return _Year(column, stem, (1900 if yy >= 90 else 2000) + yy, True)
    return None


def _words(table: RawTable, cols: list[str], stem: str) -> str:
    """Folded name stem plus the columns' question texts (years dropped)."""
    texts = [stem.replace("yyyy", " ")]
    for c in cols:
        label = table.variable_labels.get(c, "")
        texts.append(_YEAR4.sub(" ", str(label)))
    return fold(" ".join(texts))


def _fit(family: str, table: RawTable, cols: list[str]) -> tuple[float, bool, int]:
    """Share of the non-missing answers (both columns) on the scale, whether words (text values
    or labels) put them there, and how many answers there were."""
    n_total = n_fit = 0
    words = False
    for c in cols:
        vmap, from_words = _family_map(family, table, c)
        words = words or from_words
        missing = {code_key(x) for x in table.missing_values.get(c, [])}
        labels = table.value_labels.get(c, {})
        missing |= {code_key(k) for k, v in labels.items() if is_missing_label(str(v))}
        keys = [k for k in (code_key(v) for v in table.data[c].dropna()) if k is not None]
        keys = [k for k in keys if k not in missing and not is_missing_label(k)]
        n_total += len(keys)
        n_fit += sum(1 for k in keys if k in vmap)
    return (n_fit / n_total if n_total else 0.0), words, n_total


def _family_evidence(table: RawTable, cols: list[str], stem: str
                     ) -> tuple[str, float, str] | None:
    """Which paired role family the columns are (stage / price), with confidence and reason."""
    text = _words(table, cols, stem)
    name_price = _has(text, _PRICE_WORDS) and not _has(text, _PRICE_NOT)
    name_stage = _has(text, _STAGE_WORDS) and not _has(text, _STAGE_NOT)
    vague_stage = (not name_stage and _has(text, _STAGE_VAGUE)
                   and not _has(text, _STAGE_NOT))
    fits = {fam: _fit(fam, table, cols) for fam in ("stage", "price")}
    if not any(n for _, _, n in fits.values()):
        return None
    order = ("price", "stage") if name_price else ("stage", "price")
    for fam in order:
        share, by_words, _ = fits[fam]
        named = name_price if fam == "price" else name_stage
        what = say("value-chain stage") if fam == "stage" else say("price setting")
        if named and share >= _MIN_FIT:
            if by_words:
                return fam, 0.92, say("the name says {what} and the answers are {what} answers",
                                      what=what)
            lo, hi = _RANGE[fam]
            return fam, 0.8, say("the name says {what} and every answer is a number from {low} "
                                 "to {high}", what=what, low=lo, high=hi)
    share, by_words, _ = fits["stage"]
    if vague_stage and share >= _MIN_FIT:
        if by_words:
            return "stage", 0.9, say("the answers are value-chain stage answers (CMT, FOB, "
                                     "ODM…)")
        return "stage", 0.6, say("the name may mean the value-chain stage and every answer is a "
                                 "number from 0 to 3, but nothing says what the numbers mean")
    for fam in ("stage", "price"):
        share, by_words, _ = fits[fam]
        if by_words and share >= _MIN_FIT:
            if fam == "stage":
                return fam, 0.75, say("the answers are {what} answers (e.g. CMT, FOB, ODM, OBM)",
                                      what=say("value-chain stage"))
            return fam, 0.75, say("the answers are {what} answers", what=say("price setting"))
    return None


def find_pairs(table: RawTable, level: Level, taken: Mapping[str, str]) -> list[PairMatch]:
    """Stage and price-setting roles from columns that differ only by a year (earlier = before,
    later = now), and a lone stage column whose name says now/current (or before/previous).

    ``taken`` is role → column already mapped by names: those roles are skipped, unless the
    name mapping put the earlier year on *now* or the later on *before* (the evidence says so).
    When several column pairs fit one role, all are returned, best first per role: the first is
    the best guess, and a second one close to it is a question for the user."""
    if level != "firm":
        return []
    by_stem: dict[str, list[_Year]] = {}
    for col in table.data.columns:
        y = _year_of(str(col))
        if y is not None:
            by_stem.setdefault(y.stem, []).append(y)
    role_of = {col: r for r, col in taken.items()}
    out: list[PairMatch] = []
    claimed: set[str] = set()
    paired: set[str] = set()
    for stem, years in by_stem.items():
        distinct = sorted({y.year for y in years})
        if len(distinct) < 2 or len(distinct) != len(years):
            continue
        two_digit = any(y.two_digit for y in years)
        cols = [y.column for y in sorted(years, key=lambda y: y.year)]
        found = _family_evidence(table, cols, stem)
        if found is None:
            continue
        fam, conf, reason = found
        if two_digit and conf < 0.9:
            continue  # "_16" / "_19" only with the name and the answers agreeing
        if two_digit:
            conf -= 0.1
        before_y, now_y = sorted(years, key=lambda y: y.year)[-2:]
        extra: str = ""
        if len(years) > 2:
            conf -= 0.15
            others = ", ".join(str(y.year) for y in years if y not in (before_y, now_y))
            extra = say("; {others} also exists: the two latest years were taken, check which "
                        "year is the study's 'before'" if len(years) == 3 else
                        "; {others} also exist: the two latest years were taken, check which "
                        "year is the study's 'before'", others=others)
        paired.update(cols)
        base = say('"{before}" and "{now}" differ only by the year: {before_year} is before, '
                   "{now_year} is now; {reason}", before=before_y.column, now=now_y.column,
                   before_year=before_y.year, now_year=now_y.year, reason=reason)
        for when, y in (("before", before_y), ("now", now_y)):
            role_name = f"{'stage' if fam == 'stage' else 'price_setting'}_{when}"
            evidence = [base, extra]
            current = taken.get(role_name)
            if current == y.column:
                continue
            if current is not None:
                other = "now" if when == "before" else "before"
                swapped = current in cols
                if not swapped:
                    continue
                evidence.append(say(' (the name mapping had "{column}" as {role}; the years '
                                    "say it is now)" if other == "now" else
                                    ' (the name mapping had "{column}" as {role}; the years '
                                    "say it is before)", column=current, role=role_name))
            elif y.column in role_of:
                evidence.append(say(' (the name mapping had "{column}" as {role}; the pair is '
                                    "the stronger evidence)", column=y.column,
                                    role=role_of[y.column]))
            out.append(PairMatch(role_name, y.column, round(conf, 2), joined(evidence),
                                 y.year))
            claimed.add(role_name)
    out.extend(_lone_stage(table, taken, claimed, paired))
    order = {name: i for i, name in enumerate(_ROLE_ORDER)}
    return sorted(out, key=lambda m: (order[m.role], -m.confidence))


_ROLE_ORDER = ("stage_before", "stage_now", "price_setting_before", "price_setting_now")


def _lone_stage(table: RawTable, taken: Mapping[str, str], claimed: set[str],
                paired: set[str]) -> list[PairMatch]:
    """A stage column with stage answers and no year partner, whose name says when."""
    used = set(taken.values()) | paired
    out: list[PairMatch] = []
    for col in table.data.columns:
        col = str(col)
        if col in used:
            continue
        name = fold(col + " " + str(table.variable_labels.get(col, "")))
        now, before = _has(name, _NOW_WORDS), _has(name, _BEFORE_WORDS)
        if now == before:
            continue
        role_name = "stage_now" if now else "stage_before"
        if role_name in taken or role_name in claimed:
            continue
        share, by_words, n = _fit("stage", table, [col])
        if not (by_words and share >= _MIN_FIT and n):
            continue
        when = "now" if now else "before"
        out.append(PairMatch(role_name, col, 0.6,
                             f'"{col}" holds value-chain stage answers (CMT, FOB, ODM, OBM ...) '
                             f"and its name says {when}; no column of another year was found",
                             None))
        claimed.add(role_name)
    return out
