"""Before/now pairs by year and ordinal value maps from text, hand-worked."""

from __future__ import annotations

import pandas as pd
import pytest

from core.io.rawtable import RawTable
from core.model.pairs import find_pairs, ordinal_value_map

STAGES_A = ["CMT", "FOB", "CMT", "ODM"]
STAGES_B = ["FOB", "ODM", "OBM", "ODM"]


def _table(columns: dict, **kw) -> RawTable:
    return RawTable("Firms", pd.DataFrame(columns), header_row=1, **kw)


def _roles(matches) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in matches:
        out.setdefault(m.role, m.column)  # first = best per role
    return out


@pytest.mark.parametrize("before,now", [
    ("Position 2016", "Position 2019"), ("B1_stage_2016", "B1_stage_2019"),
    ("prod_mode_2019", "prod_mode_2022"),
    ("Main production arrangement 2018", "Main production arrangement 2021"),
    ("business model 2017", "business model 2020"), ("Phương thức sản xuất 2019",
                                                     "Phương thức sản xuất 2022"),
    ("hình thức sản xuất năm 2016", "hình thức sản xuất năm 2019"),
    ("2016_position", "2019_position")])
def test_stage_pairs_by_year_in_many_spellings(before, now):
    t = _table({now: STAGES_B, before: STAGES_A, "Sales 2016": [1e6] * 4})
    matches = find_pairs(t, "firm", {})
    assert _roles(matches) == {"stage_before": before, "stage_now": now}
    m = next(m for m in matches if m.role == "stage_now")
    assert m.confidence >= 0.9 and m.year == int(now[-4:] if now[-4:].isdigit() else now[:4])
    assert "differ only by the year" in m.evidence and "is before" in m.evidence


def test_stage_pair_found_from_vietnamese_values_alone_with_lower_confidence():
    t = _table({"q5_2016": ["gia công", "FOB", "thương hiệu riêng", "Gia công xuất khẩu"],
                "q5_2019": ["FOB", "thiết kế", "FOB", "FOB"]})
    matches = find_pairs(t, "firm", {})
    assert _roles(matches) == {"stage_before": "q5_2016", "stage_now": "q5_2019"}
    assert all(0.6 <= m.confidence < 0.9 for m in matches)
    assert "answers are value-chain stage answers" in matches[0].evidence


def test_stage_pair_with_numeric_codes_needs_the_name():
    t = _table({"stage_2016": [0, 1, 1, 2], "stage_2019": [1, 1, 2, 3],
                "q9_2016": [0, 1, 1, 2], "q9_2019": [1, 1, 2, 3]})
    matches = find_pairs(t, "firm", {})
    assert _roles(matches) == {"stage_before": "stage_2016", "stage_now": "stage_2019"}
    assert matches[0].confidence == 0.8


def test_stage_pair_from_value_labels():
    labels = {1: "Assembly / CMT", 2: "FOB / OEM", 3: "ODM (own design)", 4: "OBM (own brand)"}
    t = _table({"mode_2016": [1, 2, 2, 1], "mode_2019": [2, 3, 4, 2]},
               value_labels={"mode_2016": labels, "mode_2019": labels})
    assert _roles(find_pairs(t, "firm", {})) == {"stage_before": "mode_2016",
                                                 "stage_now": "mode_2019"}


@pytest.mark.parametrize("columns", [
    {"Sales 2016": [1e6, 2e6, 3e6], "Sales 2019": [2e6, 2e6, 4e6]},
    {"Employees 2016": [1, 2, 3], "Employees 2019": [2, 3, 3]},  # small numbers, no stage word
    {"Position 2016": [120, 450, 800], "Position 2019": [130, 460, 900]},  # not on the scale
    {"Unit price 2016": [1, 2, 3], "Unit price 2019": [2, 3, 4]},  # a price, not price setting
    {"Position 2016": ["CMT", "FOB", "ODM"], "Stage 2019": ["FOB", "ODM", "OBM"]},  # other stem
    {"q1_2016": ["a", "b", "c"], "q1_2019": ["b", "b", "c"]},
])
def test_year_columns_that_are_not_stage_or_price_pairs(columns):
    assert find_pairs(_table(columns), "firm", {}) == []


def test_two_digit_years_only_with_name_and_answers_agreeing():
    words = _table({"stage_16": ["CMT", "FOB", "CMT"], "stage_19": ["FOB", "ODM", "OBM"]})
    assert _roles(find_pairs(words, "firm", {})) == {"stage_before": "stage_16",
                                                     "stage_now": "stage_19"}
    numbers = _table({"stage_16": [0, 1, 1], "stage_19": [1, 2, 3]})
    assert find_pairs(numbers, "firm", {}) == []
    no_name = _table({"q5_16": ["CMT", "FOB", "CMT"], "q5_19": ["FOB", "ODM", "OBM"]})
    assert find_pairs(no_name, "firm", {}) == []


@pytest.mark.parametrize("before,now,values", [
    ("price_2019", "price_2022", ([1, 2, 4], [2, 3, 4])),
    ("e33_2016", "e33_2019", ([1, 1, 3], [2, 4, 4])),
    ("Quyết định giá 2016", "Quyết định giá 2019", ([1, 2, 3], [3, 3, 4])),
    ("Bargaining position 2016", "Bargaining position 2019",
     (["Buyer sets price", "Negotiate", "Buyer sets price"],
      ["Negotiate", "We set the price", "Negotiate"])),
])
def test_price_setting_pairs(before, now, values):
    t = _table({before: values[0], now: values[1]})
    assert _roles(find_pairs(t, "firm", {})) == {"price_setting_before": before,
                                                 "price_setting_now": now}


def test_taken_roles_are_skipped_unless_the_years_contradict_them():
    t = _table({"Position 2016": STAGES_A, "Position 2019": STAGES_B, "cur": STAGES_B})
    kept = find_pairs(t, "firm", {"stage_now": "cur"})
    assert _roles(kept) == {"stage_before": "Position 2016"}
    same = find_pairs(t, "firm", {"stage_now": "Position 2019"})
    assert _roles(same) == {"stage_before": "Position 2016"}
    swapped = find_pairs(t, "firm", {"stage_now": "Position 2016"})
    assert _roles(swapped) == {"stage_before": "Position 2016", "stage_now": "Position 2019"}
    now = next(m for m in swapped if m.role == "stage_now")
    assert "the name mapping had" in now.evidence


def test_three_years_take_the_two_latest_with_lower_confidence():
    t = _table({"mode_2016": STAGES_A, "mode_2019": STAGES_A, "mode_2022": STAGES_B})
    matches = find_pairs(t, "firm", {})
    assert _roles(matches) == {"stage_before": "mode_2019", "stage_now": "mode_2022"}
    assert matches[0].confidence < 0.8 and "2016 also exists" in matches[0].evidence


def test_lone_stage_column_only_when_its_name_says_now():
    now = _table({"Current production mode": STAGES_B, "other": [1, 2, 3, 4]})
    (m,) = find_pairs(now, "firm", {})
    assert (m.role, m.column, m.confidence, m.year) == ("stage_now", "Current production mode",
                                                        0.6, None)
    vi = _table({"Phương thức hiện nay": STAGES_B})
    assert _roles(find_pairs(vi, "firm", {})) == {"stage_now": "Phương thức hiện nay"}
    plain = _table({"Production mode": STAGES_B})
    assert find_pairs(plain, "firm", {}) == []
    assert find_pairs(now, "firm", {"stage_now": "x"}) == []


def test_worker_tables_have_no_pairs():
    t = _table({"Position 2016": STAGES_A, "Position 2019": STAGES_B})
    assert find_pairs(t, "worker", {}) == []


# ----------------------------------------------------------------------------- value maps
def test_stage_map_from_text_values_in_english_and_vietnamese():
    t = _table({"s": ["CMT", "CMP", "FOB", "OEM", "full package", "EMS", "ODM", "OBM",
                      "Gia công", "gia công xuất khẩu", "thiết kế", "thương hiệu riêng",
                      "consigned assembly", "own brand", "something else", "ODM/OBM", None]})
    vmap = ordinal_value_map("firm", "stage_now", t, "s")
    assert vmap == {"CMT": "0", "CMP": "0", "FOB": "1", "OEM": "1", "full package": "1",
                    "EMS": "1", "ODM": "2", "OBM": "3", "Gia công": "0",
                    "gia công xuất khẩu": "0", "thiết kế": "2", "thương hiệu riêng": "3",
                    "consigned assembly": "0", "own brand": "3"}


def test_stage_map_from_value_labels_recodes_one_based_codes():
    labels = {1: "Assembly / CMT / consigned assembly (buyer supplies inputs and design)",
              2: "FOB / OEM / EMS full package (firm sources and finances inputs)",
              3: "ODM (adds own design)", 4: "OBM (own brand)", 98: "Don't know",
              5: "No own brand"}
    t = _table({"s": [1, 2, 3, 4, 98, 5, 7]}, value_labels={"s": labels})
    assert ordinal_value_map("firm", "stage_before", t, "s") == {"1": "0", "2": "1", "3": "2",
                                                                 "4": "3"}


def test_bare_numbers_map_to_themselves_only_on_the_scale_and_without_labels():
    t = _table({"s": [0, 1, 2.0, 3, 4, 1.5, "2"]})
    assert ordinal_value_map("firm", "stage_now", t, "s") == {"0": "0", "1": "1", "2": "2",
                                                              "3": "3"}
    p = _table({"p": [0, 1, 4, 5]})
    assert ordinal_value_map("firm", "price_setting_now", p, "p") == {"1": "1", "4": "4"}


def test_price_setting_map_from_labels():
    labels = {1: "The buyer dictates the price", 2: "The buyer sets the price after some negotiation",
              3: "Price negotiated as equals", 4: "The firm sets the price", 9: "Don't know"}
    t = _table({"p": [1, 2, 3, 4, 9]}, value_labels={"p": labels})
    assert ordinal_value_map("firm", "price_setting_now", t, "p") == {"1": "1", "2": "2",
                                                                      "3": "3", "4": "4"}
    words = _table({"p": ["Buyer sets price", "Negotiate", "We set the price",
                          "Người mua quyết định giá", "Thương lượng", "Doanh nghiệp quyết định giá",
                          "Not sure"]})
    assert ordinal_value_map("firm", "price_setting_before", words, "p") == {
        "Buyer sets price": "1", "Negotiate": "3", "We set the price": "4",
        "Người mua quyết định giá": "1", "Thương lượng": "3", "Doanh nghiệp quyết định giá": "4"}


def test_value_map_only_for_ordinal_scale_roles():
    t = _table({"s": ["CMT"]})
    assert ordinal_value_map("firm", "sector", t, "s") == {}


def test_numbered_price_labels_read_unevenly_keep_their_codes():
    """Kobo choices 1..4 whose labels two of which both sound like negotiating: the words would
    read 2 and 3 as the same step, so the codes (on the 1..4 scale) decide."""
    labels = {1: "The buyer sets the price", 2: "The buyer proposes, we negotiate a little",
              3: "We negotiate as equals", 4: "We set the price"}
    t = _table({"price_2022": [1, 2, 3, 4, 2]}, value_labels={"price_2022": labels})
    vmap = ordinal_value_map("firm", "price_setting_now", t, "price_2022")
    assert vmap == {"1": "1", "2": "2", "3": "3", "4": "4"}


def test_numbered_stage_labels_one_off_the_scale_are_read_by_their_words():
    labels = {1: "CMT", 2: "FOB", 3: "ODM", 4: "OBM"}  # codes 1..4 for the 0..3 scale
    t = _table({"stage": [1, 2, 3, 4]}, value_labels={"stage": labels})
    assert ordinal_value_map("firm", "stage_now", t, "stage") == {
        "1": "0", "2": "1", "3": "2", "4": "3"}


def test_export_mode_by_year_is_not_a_stage_pair():
    t = _table({"firm": [1, 2, 3, 4], "Export mode 2016": [1, 2, 3, 1],
                "Export mode 2019": [2, 2, 3, 1]})
    assert [m for m in find_pairs(t, "firm", {}) if m.role.startswith("stage")] == []


def test_a_vague_name_with_bare_numbers_is_a_weak_pair_to_ask_about():
    """"Position 2016/2019" with codes 0..3 and no labels: maybe the stage, maybe not — the
    confidence stays below what propose_study accepts without a question (0.7)."""
    t = _table({"firm": [1, 2, 3, 4], "Position 2016": [0, 1, 2, 1],
                "Position 2019": [1, 1, 3, 2]})
    found = {m.role: m for m in find_pairs(t, "firm", {})}
    assert found["stage_before"].column == "Position 2016"
    assert found["stage_now"].column == "Position 2019"
    assert found["stage_now"].confidence < 0.7
