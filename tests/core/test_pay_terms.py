"""Pay period, unit and currency read from the pay column's name (issue 11, pattern 4)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.io.rawtable import RawTable
from core.model.pay_terms import PayTerms, infer_pay_terms, pay_terms_finding


def _table(name: str, values, label: str | None = None, **extra) -> RawTable:
    data = {name: values, **extra}
    return RawTable(name="Workers", data=pd.DataFrame(data), header_row=1,
                    variable_labels={name: label} if label else {})


def _terms(name: str, values=(6500, 7000, 5900), label=None, period_column=None, **extra):
    return infer_pay_terms(_table(name, list(values), label, **extra), name, period_column)


def test_vietnamese_monthly_pay_in_thousand_dong():
    t = _terms("Lương tháng (nghìn đồng)")
    assert t == PayTerms("month", 1000.0, "VND", "the column name 'Lương tháng (nghìn đồng)' says "
                                                 "monthly pay in thousand đồng")


@pytest.mark.parametrize("name", ["Lương tháng", "monthly earnings", "monthly_wage",
                                  "wage per month", "thu nhập hàng tháng", "ค่าจ้างรายเดือน",
                                  "Monthly pay", "เงินเดือน", "လစာ"])
def test_monthly_names(name):
    t = _terms(name, values=(6.5e6, 7e6))
    assert t is not None and t.period == "month" and t.scale == 1.0
    assert name in t.evidence and "monthly pay" in t.evidence


@pytest.mark.parametrize(("name", "period"), [
    ("daily wage", "day"), ("lương ngày", "day"), ("ค่าจ้างรายวัน", "day"),
    ("Weekly earnings", "week"), ("Pay per hour", "hour"), ("hourly_wage", "hour")])
def test_other_periods(name, period):
    assert _terms(name, values=(300, 320)).period == period


@pytest.mark.parametrize("name", ["Wage (thousand VND)", "Pay (nghìn VND)", "Pay ('000 VND)",
                                  "wage (000)", "wage x1000", "wage (k VND)", "Lương (ngàn đồng)",
                                  "Lương (nghìn đ)", "Wage, thousands of baht"])
def test_thousand_units(name):
    t = _terms(name)
    assert t.scale == 1000.0 and "thousand" in t.evidence


@pytest.mark.parametrize("name", ["Lương (triệu đồng)", "wage (million VND)", "Pay, mn VND"])
def test_million_units(name):
    t = _terms(name, values=(6.5, 7.0, 5.9))
    assert t.scale == 1e6 and t.currency == "VND" and "million" in t.evidence


@pytest.mark.parametrize(("name", "currency"), [
    ("Wage (VND)", "VND"), ("Lương (đồng)", "VND"), ("wage baht", "THB"), ("ค่าจ้าง (บาท)", "THB"),
    ("wage (kyat)", "MMK"), ("လုပ်ခ (ကျပ်)", "MMK"), ("Wage USD", "USD"), ("wage ($)", "USD")])
def test_currency_from_words(name, currency):
    assert _terms(name).currency == currency


def test_thousand_in_the_name_but_values_already_whole_is_not_scaled():
    t = _terms("Lương tháng (nghìn đồng)", values=(6_500_000, 7_200_000, 5_900_000))
    assert t.scale == 1.0 and t.period == "month" and t.currency == "VND"
    assert "6,500,000" in t.evidence and "not multiplied by 1,000" in t.evidence
    assert pay_terms_finding(t, _table("x", [1]), "Lương tháng (nghìn đồng)").severity == "warning"


def test_thousand_and_small_values_are_scaled_and_reported_as_info():
    name = "Lương tháng (nghìn đồng)"
    table = _table(name, [6500, 7000])
    t = infer_pay_terms(table, name, None)
    f = pay_terms_finding(t, table, name)
    assert f.severity == "info" and f.code == "pay_terms_from_name"
    assert f.column == name and f.table == "Workers" and f.message.startswith("The column name")


def test_a_pay_period_column_wins_over_the_name():
    t = _terms("monthly wage", values=(6.5e6, 2e5), period_column="Pay period",
               **{"Pay period": ["month", "day"]})
    assert t.period is None
    assert "'Pay period' is used instead" in t.evidence


def test_period_and_unit_from_the_question_text():
    t = _terms("W8a", label="Monthly pay, thousand VND")
    assert (t.period, t.scale, t.currency) == ("month", 1000.0, "VND")
    assert "question text" in t.evidence


@pytest.mark.parametrize("name", ["wage", "Tiền lương", "pay", "W8a", "income last 12 months",
                                  "Wage on the last pay day"])
def test_nothing_implied_gives_none(name):
    assert _terms(name) is None


def test_yearly_or_mixed_periods_assume_nothing():
    annual = _terms("Annual salary (USD)", values=(3000, 4000))
    assert annual.period is None and annual.currency == "USD" and "yearly" in annual.evidence
    mixed = _terms("Wage per week or month", values=(100, 400))
    assert mixed.period is None and "more than one period" in mixed.evidence


def test_text_numbers_count_for_the_magnitude_check():
    t = _terms("Lương tháng (nghìn đồng)", values=("6,500,000", "7,000,000", None))
    assert t.scale == 1.0


@pytest.mark.parametrize(("name", "label", "values", "period_column"), [
    ("Lương tháng (nghìn đồng)", None, (6500, 7000), None),
    ("pay", "Monthly wage (VND)", (6.5e6, 7e6), None),
    ("Lương tháng (nghìn đồng)", None, (6.5e6, 7e6), None),          # a unit the values refuse
    ("annual pay", "Yearly pay in baht", (90000, 120000), None),
    ("wage per month (kyat)", None, (150000, 180000), "period"),
    ("weekly or monthly pay", None, (800, 900), None),
])
def test_the_import_review_sentence_is_the_evidence_and_reads_in_vietnamese(name, label, values,
                                                                           period_column):
    """The finding is the evidence as a sentence, in English exactly as before, and each of its
    clauses is said in Vietnamese with the same names and numbers (issue 13)."""
    import re

    from core.common.messages import in_language

    extra = {"period": ["month"] * len(values)} if period_column else {}
    table = _table(name, list(values), label, **extra)
    t = infer_pay_terms(table, name, period_column)
    assert t is not None
    sentence = pay_terms_finding(t, table, name).message
    assert sentence == t.evidence[0].upper() + t.evidence[1:] + "."
    vi = in_language(sentence, "vi")
    words = re.sub(r"'[^']*'", "", vi)  # the names and question texts stay as written
    assert vi != sentence and not re.search(r"\b(says?|pay|monthly|thousand)\b", words), vi
    assert re.findall(r"\d[\d,]*", vi) == re.findall(r"\d[\d,]*", sentence)
    quoted = re.findall(r"'([^']*)'", sentence)
    assert quoted and all(q in vi for q in quoted)  # the names that said it, as written
