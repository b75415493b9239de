"""Pay period, unit and currency read from the pay column's own name and question text.

Survey teams often ask only "Lương tháng (nghìn đồng)" or "monthly earnings" and give no pay-period
column: the period (month) and the unit (thousand đồng) are in the header. Without them the wage
measures have nothing to convert, or convert 6,500 (thousand) đồng as 6,500 đồng and find every worker
under the minimum wage. :func:`infer_pay_terms` reads them from the words, checks the unit against
the size of the values, and says in plain words what it read, so the inference reaches the
validation report instead of being applied silently (:func:`pay_terms_finding`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from core.common.findings import Finding
from core.common.messages import joined, say
from core.common.text import fold
from core.io.rawtable import RawTable


@dataclass(frozen=True)
class PayTerms:
    """What a pay column's name implies. ``period`` is a canonical pay period (month, week, day,
    hour) or None; ``scale`` multiplies the values into whole currency units (1000 for "nghìn
    đồng"); ``currency`` is VND, THB, MMK or USD, or None; ``evidence`` says why in plain words."""

    period: str | None
    scale: float
    currency: str | None
    evidence: str
    finding: str = field(default="", compare=False)
    """The import review's sentence: ``evidence`` capitalised, with a full stop, said with
    :func:`say` so it reads in the interface language."""


# ----------------------------------------------------------------------------- the words
# Matched on the folded text (Vietnamese diacritics dropped; Thai/Burmese folded the same way).
_PERIOD_WORDS: dict[str, tuple[str, ...]] = {
    "month": ("monthly", "per month", "a month", "each month", "every month", "month", "months",
              "mth", "luong thang", "thu nhap thang", "hang thang", "moi thang", "theo thang",
              "mot thang", "thang", "รายเดือน", "เงินเดือน", "ต่อเดือน", "လစာ", "တစ်လ"),
    "week": ("weekly", "per week", "a week", "each week", "week", "hang tuan", "moi tuan",
             "theo tuan", "tuan", "รายสัปดาห์", "ต่อสัปดาห์", "အပတ်"),
    "day": ("daily", "per day", "a day", "each day", "day", "luong ngay", "hang ngay", "moi ngay",
            "theo ngay", "cong nhat", "ngay", "รายวัน", "ต่อวัน", "နေ့စား", "တစ်နေ့"),
    "hour": ("hourly", "per hour", "an hour", "hour", "theo gio", "moi gio", "luong gio",
             "รายชั่วโมง", "ต่อชั่วโมง", "တစ်နာရီ"),
}
_YEAR_WORDS = ("annual", "annually", "yearly", "per year", "a year", "per annum", "hang nam",
               "moi nam", "ca nam", "รายปี", "ต่อปี", "တစ်နှစ်")


# Matched on the lower-cased text with its marks (NFC): symbols and "đ" carry meaning here.
_THOUSAND = re.compile(
    r"nghìn|ngàn|\bnghin\b|\bngan\s+(?:dong|vnd|đ)|\bthousands?\b|\bthous\.?|\bth\.\s*vnd|"
    r"['’`]000\b|\(\s*000\s*\)|\b000\s*(?:vn[dđ]|đ|dong|baht|thb|kyat|mmk|usd)|"
    r"[x×*]\s*1[,.\s]?000(?![,.\s]?\d)|\b1[,.\s]?000\s*(?:vn[dđ]|đ\b|đồng|dong|baht|thb|kyat|mmk)|"
    r"\bk\s*(?:vn[dđ]|đ|dong|đồng|baht|thb|kyat|mmk|usd|\$)|"
    r"(?<![\w])(?:vn[dđ]|đ|thb|mmk)\s*['’]?000|พัน|ထောင်")
_MILLION = re.compile(
    r"triệu|\btrieu\b|\bmillions?\b|\bmln\b|\bmn\s*(?:vn[dđ]|đ|dong|baht|thb|kyat|mmk|usd)|"
    r"\btr\.?\s*(?:đ|vnd|dong|đồng)|[x×*]\s*1[,.\s]?000[,.\s]?000(?!\d)|ล้าน|သန်း")
_LAKH = re.compile(r"\blakhs?\b|\blacs?\b|သိန်း")
_CURRENCIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("VND", re.compile(r"đồng|\bvn[dđ]\b|vn[dđ]|(?<![^\W\d_])đ(?![^\W\d_])|₫|"
                       r"\b(?:nghin|ngan|trieu)\s+dong\b|\(\s*dong\s*\)")),
    ("THB", re.compile(r"\bbaht\b|บาท|\bthb\b|฿")),
    ("MMK", re.compile(r"\bkyats?\b|ကျပ်|\bmmk\b")),
    ("USD", re.compile(r"\busd\b|us\$|\$|\bdollars?\b|đô la|\bdo la\b")),
)
_NOT_A_RATE = re.compile(
    r"\b(?:(?:last|past|previous)\s+)?(?:[2-9]|1[0-2]|two|three|six|twelve)\s+"
    r"(?:months|thang|weeks|tuan|days|ngay)\b|\b(?:pay|last|first)\s+day\b|\bpayday\b")
"""Time spans and dates ("last 12 months", "pay day") that name no pay rate."""
_NOTE = "; "


def _raw(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _has(text_folded: str, phrase: str) -> bool:
    p = fold(phrase)
    if not p:
        return False
    if re.search(r"[\u0e00-\u0e7f\u1000-\u109f]", p):
        return p in text_folded  # Thai and Burmese have no spaces between words
    return re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text_folded) is not None


def _periods_in(text: str) -> tuple[set[str], bool]:
    """Pay periods a text names, and whether it names a year (annual pay)."""
    f = fold(text)
    f = _NOT_A_RATE.sub(" ", f)
    found = {p for p, words in _PERIOD_WORDS.items() if any(_has(f, w) for w in words)}
    return found, any(_has(f, w) for w in _YEAR_WORDS)


def _scale_in(text: str) -> float:
    r = _raw(text)
    if _MILLION.search(r):
        return 1e6
    if _LAKH.search(r):
        return 1e5
    if _THOUSAND.search(r):
        return 1e3
    return 1.0


def _currency_in(text: str) -> str | None:
    r = _raw(text)
    found = [code for code, pattern in _CURRENCIES if pattern.search(r)]
    if "USD" in found and len(found) > 1:
        found.remove("USD")  # "$" beside another currency is decoration
    return found[0] if len(found) == 1 else None


def _median(table: RawTable, column: str) -> float | None:
    values = table.data[column]
    if not (pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)):
        values = values.map(lambda v: v.replace("\u00a0", "").replace(" ", "").replace(",", "")
                            if isinstance(v, str) else v)
    nums = pd.to_numeric(values, errors="coerce")
    nums = nums[nums > 0]
    return float(nums.median()) if len(nums) else None


_SCALE_LIMIT = {1e3: 1e6, 1e5: 1e4, 1e6: 1e4}
"""Above this median, values are already in whole units whatever the name says (6,500,000 under
"nghìn đồng" is 6.5 million đồng, not 6.5 billion)."""


def infer_pay_terms(table: RawTable, pay_column: str,
                    period_column: str | None) -> PayTerms | None:
    """Period, unit and currency implied by the pay column's name and question text; None when
    nothing is implied. A pay-period column, when there is one, wins over the name (the name's
    period is then only mentioned). A unit the values contradict is not applied, and the evidence
    says why."""
    name = str(pay_column)
    label = str(table.variable_labels.get(pay_column, "") or "")
    sources = [("column name", name)] + ([("question text", label)] if label.strip() else [])
    periods: set[str] = set()
    annual = False
    scale = 1.0
    currency: str | None = None
    sayers: list[tuple[str, str]] = []  # (what, text) of each source that implies something
    for what, text in sources:
        p, a = _periods_in(text)
        s = _scale_in(text)
        c = _currency_in(text)
        if p or a or s != 1.0 or c:
            sayers.append((what, text.strip()))
        periods |= p
        annual = annual or a
        if s != 1.0 and scale == 1.0:
            scale = s
        currency = currency or c
    if not sayers:
        return None
    notes: list[str] = []
    period: str | None = None
    if annual:
        notes.append(say("it names a yearly amount, which is not a pay period the wage measures "
                         "know: set the pay period by hand"))
    elif len(periods) > 1:
        notes.append(say("it names more than one period ({periods}), so none is assumed",
                         periods=", ".join(sorted(periods))))
    elif periods:
        period = periods.pop()
    if period is not None and period_column is not None:
        notes.append(say("the pay-period column '{column}' is used instead of the name",
                         column=period_column))
        named_period, period = period, None
    else:
        named_period = period
    median = _median(table, pay_column)
    if scale != 1.0 and median is not None and median > _SCALE_LIMIT[scale]:
        notes.append(say("the values (median {median}) are already in whole units, so they are "
                         "not multiplied by {scale}", median=f"{median:,.0f}",
                         scale=f"{scale:,.0f}"))
        unit_said, scale = scale, 1.0
    else:
        unit_said = scale
    if period is None and scale == 1.0 and currency is None and not named_period and not notes:
        return None
    finding = _finding_sentence(sayers, named_period, annual, unit_said, currency, notes)
    evidence = finding[0].lower() + finding[1:-1]  # "the column name '…' says …", no full stop
    return PayTerms(period=period, scale=scale, currency=currency, evidence=evidence,
                    finding=finding)


def _finding_sentence(sayers: list[tuple[str, str]], period: str | None, annual: bool,
                      unit: float, currency: str | None, notes: list[str]) -> str:
    """The finding's sentence, clause by clause in :func:`say` templates; the evidence is its
    English, not capitalised, without the full stop."""
    first = {"column name": say("The column name '{text}'", text=sayers[0][1]),
             "question text": say("The question text '{text}'", text=sayers[0][1])}[sayers[0][0]]
    pay = ({"month": say("monthly pay"), "week": say("weekly pay"), "day": say("daily pay"),
            "hour": say("hourly pay")}[period] if period
           else say("yearly pay") if annual else say("pay"))
    money = {"VND": say("đồng"), "THB": say("baht"), "MMK": say("kyat"),
             "USD": say("US dollars")}.get(currency or "")
    if unit != 1.0:
        scale = {1e3: say("thousand"), 1e5: say("lakh (100,000)"), 1e6: say("million")}[unit]
        pay = say("{pay} in {scale} {money}", pay=pay, scale=scale,
                  money=money or say("currency units"))
    elif money:
        pay = say("{pay} in {money}", pay=pay, money=money)
    if len(sayers) > 1:
        head = say("{first} and the question text '{text}' say {what}", first=first,
                   text=sayers[1][1], what=pay)
    else:
        head = say("{first} says {what}", first=first, what=pay)
    return joined([head, *(part for note in notes for part in (_NOTE, note)), "."])


def pay_terms_finding(terms: PayTerms, table: RawTable, pay_column: str) -> Finding:
    """The validation-report line for an inference: info when applied as read, a warning when
    the name and the data or another column disagree (so a person checks it)."""
    doubtful = _NOTE in terms.evidence
    sentence = terms.finding or terms.evidence[0].upper() + terms.evidence[1:] + "."
    return Finding("warning" if doubtful else "info", sentence, table=table.name,
                   column=pay_column, code="pay_terms_from_name")
