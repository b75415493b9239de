"""Category spellings: symbols, digits and negations keep distinct categories distinct."""

from __future__ import annotations

import pytest

from core.model.category_values import canonical_value, spelling_key, tokens, vocabulary
from core.model.roles import roles_for

FIXED = ["≥ 1 year", ">=1y", "1 year or more", "12 months+", "1-3 years", "from 1 to 3 years",
         "Fixed >=1y", "Fixed-term ≥ 1 year", "xác định thời hạn từ 1 năm", "từ 1 đến 3 năm",
         "12-36 months", "Fixed term", "1 year", "more than 1 year", "HĐ xác định thời hạn"]
SHORT = ["< 1 year", "<1y", "under 12 months", "less than 1 year", "Fixed <1y", "dưới 1 năm",
         "seasonal", "Hợp đồng thời vụ", "6 months", "Fixed-term < 1 year", "<= 6 months",
         "up to 3 months"]
NEITHER = ["≤ 1 year", "6-18 months", "more than 6 months", "not ≥ 1 year", "under 2 years",
           "≥ 1-3 years", "Probation 2 months", "1", "2 years 3", "Fixed"]


@pytest.mark.parametrize("text", FIXED)
def test_contract_durations_of_a_year_or_more_are_fixed_term(text):
    assert canonical_value("worker", "contract", text) == "fixed_term"


@pytest.mark.parametrize("text", SHORT)
def test_contract_durations_under_a_year_are_fixed_term_short(text):
    assert canonical_value("worker", "contract", text) == "fixed_term_short"


@pytest.mark.parametrize("text", NEITHER)
def test_durations_crossing_a_year_or_with_other_words_get_no_canonical_value(text):
    assert canonical_value("worker", "contract", text) is None


def test_other_contract_values_still_found():
    cv = canonical_value
    assert cv("worker", "contract", "Không xác định thời hạn") == "indefinite"
    assert cv("worker", "contract", "xác định thời hạn") == "fixed_term"
    assert cv("worker", "contract", "No contract") == "none"
    assert cv("worker", "contract", "Thử việc") == "probation"
    assert cv("worker", "contract", "fixed_term_short") == "fixed_term_short"
    assert "fixed_term_short" in vocabulary("worker", "contract")


@pytest.mark.parametrize("text,expected", [
    ("Vietnam2023", "Vietnam"), ("Viet Nam", "Vietnam"), ("VN", "Vietnam"), ("Việt Nam", "Vietnam"),
    ("VIETNAM ", "Vietnam"), ("Vietnam (2023)", "Vietnam"), ("VN_2023", "Vietnam"),
    ("Thailand 2022", "Thailand"), ("ประเทศไทย", "Thailand"), ("Thai", "Thailand"),
    ("Myanmar", "Myanmar"), ("Burma", "Myanmar"), ("မြန်မာ", "Myanmar"),
    ("Vietnam 2", None), ("Vietnam 2099", None), ("Not Vietnam", None)])
def test_country_spellings_and_a_trailing_survey_year(text, expected):
    assert canonical_value("firm", "country", text) == expected


def test_trailing_year_dropped_only_for_countries():
    assert canonical_value("firm", "sector", "Apparel 2023") is None
    assert canonical_value("firm", "sector", "Apparel") == "apparel"


def test_word_by_word_reading_refuses_negations_digits_and_symbols():
    cv = canonical_value
    assert cv("firm", "sector", "Apparel/garments") == "apparel"
    assert cv("firm", "sector", "Garments and textiles") == "apparel"
    assert cv("firm", "ownership", "Foreign-owned") == "foreign"
    assert cv("firm", "ownership", "non-foreign") is None
    assert cv("firm", "ownership", "not foreign") is None
    assert cv("firm", "ownership", "without foreign") is None
    assert cv("firm", "sector", "apparel 2") is None
    assert cv("firm", "sector", "> apparel") is None
    assert cv("firm", "region", "Region 1") is None  # a role without canonical values


def _mutations(text: str) -> list[str]:
    """Texts differing from ``text`` only by a comparison symbol, a digit or a negation."""
    out = [f"< {text}", f"≥ {text}", f"{text} >", f"= {text}", f"{text} 2", f"3{text}",
           f"not {text}", f"non-{text}", f"không {text}", f"no {text}", f"chưa {text}",
           f"without {text}"]
    for i, ch in enumerate(text):
        if ch.isdigit():
            out.append(text[:i] + str((int(ch) + 1) % 10) + text[i + 1:])
        if ch in "<>≤≥=":
            for other in "<>≤≥=":
                if other != ch:
                    out.append(text[:i] + other + text[i + 1:])
    return out


def _vocabulary_spellings():
    for level in ("firm", "worker"):
        for r in roles_for(level):
            for canon, spellings in vocabulary(level, r.name).items():
                for s in (canon, *spellings):
                    yield level, r.name, s


def test_property_spelling_key_never_merges_a_symbol_digit_or_negation_difference():
    checked = 0
    for _, _, s in _vocabulary_spellings():
        for m in _mutations(s):
            assert spelling_key(m) != spelling_key(s), (s, m)
            checked += 1
    assert checked > 500


def test_property_canonical_value_never_joins_texts_differing_by_a_symbol_digit_or_negation():
    """Every vocabulary spelling against every mutation: the two differ or one is None. Duration
    spellings are left to the explicit tables above (">= 1 year" and "1 year or more" are meant
    to meet)."""
    checked = 0
    for level, name, s in _vocabulary_spellings():
        if name == "contract" and any(ch.isdigit() for ch in s):
            continue
        base = canonical_value(level, name, s)
        assert base is not None, (name, s)
        for m in _mutations(s):
            got = canonical_value(level, name, m)
            assert got is None or got != base, (name, s, m, got)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("duration", ["1 year", "1y", "12 months", "1 năm", "2 years"])
@pytest.mark.parametrize("prefix", ["", "Fixed ", "Fixed-term ", "HĐ "])
def test_property_comparison_flip_changes_the_contract_value(duration, prefix):
    below = canonical_value("worker", "contract", f"{prefix}< {duration}")
    for sym in ("≥", ">=", ">"):
        above = canonical_value("worker", "contract", f"{prefix}{sym} {duration}")
        assert above == "fixed_term"
        assert below != above


def test_spelling_key_merges_only_case_space_diacritic_and_punctuation():
    assert spelling_key("Fixed-term ≥ 1 year") == spelling_key("fixed_term >=1 YEAR")
    assert spelling_key("Hà Nội") == spelling_key("ha noi") == spelling_key("HA-NOI")
    assert spelling_key("Fixed <1y") != spelling_key("Fixed >=1y")
    assert spelling_key("Region 1") != spelling_key("Region 2")
    assert spelling_key("1.5 years") != spelling_key("15 years")
    assert spelling_key("foreign") != spelling_key("non-foreign")
    assert tokens("<1y") == ["<", "1", "y"]


def test_thai_and_burmese_marks_are_not_stripped():
    # ใช่ (yes) and ไม่ใช่ (no) differ; dropping Thai vowel/tone marks would also join other words
    assert spelling_key("ใช่") != spelling_key("ใช")
    assert spelling_key("ชาย") != spelling_key("ชา")
    assert spelling_key("မြန်မာ") != spelling_key("မနမ")
